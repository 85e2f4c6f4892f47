// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's sync line: up to date, new messages, and conversations Zalo has not given
// the desk yet (amber, named in the tooltip as plain text), offscreen.
#include "gui/syncstatuswidget.h"
#include "support/testmain.h"

#include <QTest>
#include <QTextDocument>
#include <QTimeZone>

using namespace Desk;

class TestSyncStatusWidget : public QObject
{
    Q_OBJECT
private slots:
    void reportLine_data();
    void reportLine();
    void teamServiceLine_data();
    void teamServiceLine();
};

void TestSyncStatusWidget::reportLine_data()
{
    QTest::addColumn<int>("newMessages");
    QTest::addColumn<QStringList>("notSynced");
    QTest::addColumn<QString>("textContains");
    QTest::addColumn<bool>("amber");
    QTest::addRow("up to date") << 0 << QStringList() << "no new messages" << false;
    QTest::addRow("new messages") << 3 << QStringList() << "3 new message(s)" << false;
    QTest::addRow("one conversation waits")
        << 1 << QStringList {QStringLiteral("Trần Thu Duyên")}
        << "1 conversation(s) not read yet, retried automatically" << true;
    QTest::addRow("names are plain text")
        << 0 << QStringList {QStringLiteral("<b>Lan</b> & Minh"), QStringLiteral("<img src=x>")}
        << "2 conversation(s) not read yet" << true;
}

void TestSyncStatusWidget::reportLine()
{
    QFETCH(int, newMessages);
    QFETCH(QStringList, notSynced);
    QFETCH(QString, textContains);
    QFETCH(bool, amber);
    Gui::SyncStatusWidget widget;
    Zalo::SyncReport report;
    report.newMessages = newMessages;
    report.finishedAtMs = QDateTime::currentMSecsSinceEpoch();
    report.citizensNotSynced = int(notSynced.size());
    report.notSyncedNames = notSynced;
    widget.setReport(report);
    QVERIFY2(widget.text().contains(textContains), qPrintable(widget.text()));
    QCOMPARE(widget.textFormat(), Qt::PlainText);
    QCOMPARE(widget.styleSheet().contains(QLatin1String("#b26a00")), amber);
    QCOMPARE(widget.toolTip().isEmpty(), notSynced.isEmpty());
    // What the tooltip shows, rendered as Qt renders it: every name literally, one a line.
    QTextDocument shown;
    shown.setHtml(widget.toolTip());
    for (const QString &name : notSynced) {
        QVERIFY2(shown.toPlainText().contains(name), qPrintable(shown.toPlainText()));
    }
    QVERIFY(!widget.lastSyncFailed());
}

void TestSyncStatusWidget::teamServiceLine_data()
{
    QTest::addColumn<bool>("alive");
    QTest::addColumn<qint64>("lastBeatMs");
    QTest::addColumn<QString>("textContains");
    QTest::addColumn<bool>("red");
    // 2026-12-06 10:02 in Vietnam.
    const qint64 at
        = QDateTime(QDate(2026, 12, 6), QTime(10, 2), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
    QTest::addRow("working") << true << at << "service is working" << false;
    QTest::addRow("stale since 10:02") << false << at << "has not worked since 10:02" << true;
    QTest::addRow("never started") << false << qint64(0) << "has not started yet" << true;
}

void TestSyncStatusWidget::teamServiceLine()
{
    QFETCH(bool, alive);
    QFETCH(qint64, lastBeatMs);
    QFETCH(QString, textContains);
    QFETCH(bool, red);
    Gui::SyncStatusWidget widget;
    // A sync report of this desk (none in a team) must not win over the service's state.
    widget.setTeamService(alive, lastBeatMs);
    QVERIFY2(widget.text().contains(textContains), qPrintable(widget.text()));
    QVERIFY(!widget.text().contains(QLatin1String("Not synced")));
    QCOMPARE(widget.styleSheet().contains(QLatin1String("#c62828")), red);
}

DESK_TEST_MAIN(TestSyncStatusWidget)
#include "tst_syncstatuswidget.moc"
