// SPDX-License-Identifier: GPL-3.0-or-later
// Source-language (English) texts; the Vietnamese ones come from translations/.
#include "core/vietnamtime.h"
#include "gui/displaytext.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk;

class TestDisplayText : public QObject
{
    Q_OBJECT
private slots:
    void duration_data();
    void duration();
    void shortTime_data();
    void shortTime();
    void replyWindow_data();
    void replyWindow();
};

namespace {
constexpr qint64 kMinute = 60LL * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// 2026-11-28 10:00 in Vietnam = 03:00 UTC.
const qint64 kNow = QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch();
} // namespace

void TestDisplayText::duration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::addRow("under a minute rounds up") << qint64(5000) << QStringLiteral("1 min");
    QTest::addRow("minutes") << 45 * kMinute << QStringLiteral("45 min");
    QTest::addRow("whole hours") << 3 * kHour << QStringLiteral("3 h");
    QTest::addRow("hours and minutes") << 31 * kHour + 5 * kMinute << QStringLiteral("1 d 7 h");
    QTest::addRow("days and hours") << 3 * kDay + 4 * kHour << QStringLiteral("3 d 4 h");
    QTest::addRow("whole days") << 2 * kDay << QStringLiteral("2 d");
}

void TestDisplayText::duration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(Gui::durationText(ms), text);
}

void TestDisplayText::shortTime_data()
{
    QTest::addColumn<qint64>("when");
    QTest::addColumn<QString>("text");
    QTest::addRow("today in Vietnam time") << kNow - kHour << QStringLiteral("09:00");
    // 2026-11-27 23:30 UTC is already 28/11 06:30 in Vietnam: still "today".
    QTest::addRow("UTC yesterday, Vietnam today")
        << kNow - 3 * kHour - 30 * kMinute << QStringLiteral("06:30");
    QTest::addRow("earlier this year") << kNow - 10 * kDay << QStringLiteral("18/11 10:00");
    QTest::addRow("last year") << kNow - 400 * kDay << QStringLiteral("24/10/2025");
    QTest::addRow("nothing") << qint64(0) << QString();
}

void TestDisplayText::shortTime()
{
    QFETCH(qint64, when);
    QFETCH(QString, text);
    QCOMPARE(Gui::shortTimeText(when, kNow), text);
}

void TestDisplayText::replyWindow_data()
{
    QTest::addColumn<qint64>("lastInbound");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("colored");
    QTest::addRow("free") << kNow - 17 * kHour << QStringLiteral("Free, 1 d 7 h left") << true;
    QTest::addRow("paid") << kNow - 3 * kDay << QStringLiteral("Paid, 4 d left") << true;
    QTest::addRow("closed") << kNow - 8 * kDay << QStringLiteral("Over 7 days: cannot reply")
                            << true;
    QTest::addRow("never wrote") << qint64(0) << QStringLiteral("—") << false;
}

void TestDisplayText::replyWindow()
{
    QFETCH(qint64, lastInbound);
    QFETCH(QString, text);
    QFETCH(bool, colored);
    const auto window = Core::ReplyWindow::at(lastInbound, kNow);
    QCOMPARE(Gui::replyWindowText(window), text);
    QCOMPARE(Gui::replyWindowColor(window).isValid(), colored);
}

DESK_TEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
