// SPDX-License-Identifier: GPL-3.0-or-later
// Citizen text is never markup, offscreen over a real SQLite store: names, messages, addresses
// and file names holding "<img src=x>", "<b>bold</b>" and "&amp;" are shown as those very
// characters in the inbox, the case heading, the citizen panel, the timeline, the routing and
// agency-answer dialogs, the transfer list, the similar answers, the composer, the outbox and
// the history. Labels hold the raw text in PlainText; tooltips hold the escaped text, marked
// as rich text, and a QTextDocument (what QToolTip renders with) gives back the raw text.
#include "gui/agencyanswerdialog.h"
#include "gui/casehistorymodel.h"
#include "gui/caseview.h"
#include "gui/citizenpanel.h"
#include "gui/inboxmodel.h"
#include "gui/outboxlistmodel.h"
#include "gui/plaintext.h"
#include "gui/replycomposer.h"
#include "gui/routingdialog.h"
#include "gui/similaranswerspanel.h"
#include "gui/timelinemodel.h"
#include "gui/transferlistwidget.h"
#include "store/casework.h"
#include "store/clocks.h"
#include "store/directory.h"
#include "store/outbox.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QTextDocument>
#include <QTimer>

using namespace Desk;
using namespace Desk::TestSupport;

namespace {

/** What a tooltip shows: Qt renders it as rich text when mightBeRichText says so. */
QString shownToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip)) {
        return tip;
    }
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

/** What a label shows. */
QString shownLabel(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich) {
        return label->text();
    }
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void toolTipRoundTrips_data() { hostile(); }
    void toolTipRoundTrips();
    void inboxRows_data() { hostile(); }
    void inboxRows();
    void caseHeadingAndCitizenPanel_data() { hostile(); }
    void caseHeadingAndCitizenPanel();
    void timeline_data() { hostile(); }
    void timeline();
    void routingAndAnswerDialogs_data() { hostile(); }
    void routingAndAnswerDialogs();
    void transferList_data() { hostile(); }
    void transferList();
    void similarAnswers_data() { hostile(); }
    void similarAnswers();
    void composerOutboxAndHistory_data() { hostile(); }
    void composerOutboxAndHistory();
    void warningBox_data() { hostile(); }
    void warningBox();

private:
    static void hostile();
    /** A case of a citizen called `name` who wrote `text` (and shared `name` as address). */
    qint64 openCase(const QString &name, const QString &text, bool answered = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
    int m_serial = 0;
};

void TestPlainText::init()
{
    openFreshStore(m_dir, m_store);
    QVERIFY(Store::Directory(*m_store).seedDefaults());
    QVERIFY(!Store::Clocks(*m_store).policy().isEmpty());
}

void TestPlainText::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestPlainText::hostile()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addRow("image tag") << "<img src=x>"
                               << "<img src=x> đây là ảnh giấy khai sinh";
    QTest::addRow("bold") << "<b>bold</b> Lan"
                          << "<b>bold</b> cho tôi hỏi thủ tục khai sinh";
    QTest::addRow("entity") << "Nguyễn &amp; Con"
                            << "Thủ tục khai sinh A &amp; B &lt;gấp&gt;";
    QTest::addRow("line breaks and a link") << "Trần <a href=\"http://x.invalid\">Bình</a>"
                                            << "dòng 1\n<i>dòng 2</i>\n  thụt lề khai sinh";
}

qint64 TestPlainText::openCase(const QString &name, const QString &text, bool answered)
{
    const QString citizen = QStringLiteral("84%1").arg(++m_serial, 17, 10, QLatin1Char('0'));
    Core::Citizen who = person(citizen, name);
    who.address = name;
    who.phone = QStringLiteral("0912 345 678");
    QVector<Core::Message> rows {in(citizen + QLatin1String("-q"), citizen, vn(2026, 7, 1), text)};
    if (answered) {
        rows << message(citizen + QLatin1String("-a"), citizen, Core::Direction::Outbound,
            vn(2026, 7, 1, 10), text + QStringLiteral(" (trả lời)"));
    }
    const auto result = m_store->ingestConversation(who, rows);
    return result.ok && !result.touchedCaseIds.isEmpty() ? *result.touchedCaseIds.begin() : 0;
}

void TestPlainText::toolTipRoundTrips()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    for (const QString &raw : {name, text}) {
        const QString tip = Gui::plainToolTip(raw);
        QVERIFY(tip.contains(raw.toHtmlEscaped()));
        QVERIFY(Qt::mightBeRichText(tip)); // else Qt would show "&lt;" literally
        QCOMPARE(shownToolTip(tip), raw);
    }
    QCOMPARE(Gui::plainToolTip(QString()), QString());
}

void TestPlainText::inboxRows()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QVERIFY(openCase(name, text));
    Gui::InboxModel model(m_store.get());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex citizen = model.index(0, Gui::InboxModel::CitizenColumn);
    const QModelIndex firstLine = model.index(0, Gui::InboxModel::FirstLineColumn);
    QCOMPARE(citizen.data().toString(), name); // item views paint DisplayRole as plain text
    QCOMPARE(shownToolTip(citizen.data(Qt::ToolTipRole).toString()), name);
    QVERIFY(citizen.data(Qt::ToolTipRole).toString().contains(name.toHtmlEscaped()));
    const QString line = firstLine.data().toString();
    QVERIFY2(text.simplified().startsWith(line.simplified().left(20)), qPrintable(line));
    // The tooltip keeps the message's line breaks; the row shows it on one line.
    QCOMPARE(shownToolTip(firstLine.data(Qt::ToolTipRole).toString()).simplified(), line);
}

void TestPlainText::caseHeadingAndCitizenPanel()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    const qint64 caseId = openCase(name, text);
    QVERIFY(caseId);
    Gui::CaseView view(m_store.get(), nullptr);
    view.showCase(caseId);
    const auto *title = view.findChild<QLabel *>(QStringLiteral("caseTitleLabel"));
    QVERIFY(title);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    // Shortened to its width ("TV-2026-00000…"), the whole title is the tooltip: both plain.
    const QString wholeTitle
        = title->toolTip().isEmpty() ? title->text() : shownToolTip(title->toolTip());
    QVERIFY2(wholeTitle.endsWith(name), qPrintable(wholeTitle));
    QVERIFY(wholeTitle.startsWith(shownLabel(title).chopped(1)) || shownLabel(title) == wholeTitle);

    auto *panel = view.findChild<Gui::CitizenPanel *>(QStringLiteral("citizenPanel"));
    QVERIFY(panel);
    for (const char *labelName : {"nameLabel", "addressLabel"}) {
        const auto *label = panel->findChild<QLabel *>(QLatin1String(labelName));
        QVERIFY2(label, labelName);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), name);
        QCOMPARE(shownLabel(label), name);
    }
}

void TestPlainText::timeline()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    const qint64 caseId = openCase(name, text, true);
    QVERIFY(caseId);
    Gui::TimelineModel model;
    model.setMessages(m_store->messagesForCase(caseId), name);
    QCOMPARE(model.rowCount(), 2);
    // The bubble delegate paints these roles with QPainter::drawText: plain text.
    QCOMPARE(model.index(0).data().toString(), text);
    QCOMPARE(model.index(0).data(Gui::TimelineModel::SenderRole).toString(), name);
    QCOMPARE(model.index(1).data().toString(), text + QStringLiteral(" (trả lời)"));
    for (int row = 0; row < 2; ++row) {
        const QVariant tip = model.index(row).data(Qt::ToolTipRole);
        QVERIFY(!tip.isValid() || shownToolTip(tip.toString()) == model.index(row).data());
    }
}

void TestPlainText::routingAndAnswerDialogs()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    const qint64 caseId = openCase(name, text);
    QVERIFY(caseId);
    {
        Gui::RoutingDialog dialog(m_store.get(), caseId);
        const auto *heading = dialog.findChild<QLabel *>(QStringLiteral("caseLabel"));
        QVERIFY(heading);
        QCOMPARE(heading->textFormat(), Qt::PlainText);
        QVERIFY(heading->text().endsWith(name));
        QCOMPARE(
            dialog.findChild<QLabel *>(QStringLiteral("reasonLabel"))->textFormat(), Qt::PlainText);
    }
    Store::CaseWork work(*m_store);
    QVERIFY(work.route(
        caseId, QStringLiteral("SO_TP"), text, 0, QStringLiteral("lan"), vn(2026, 7, 2)));
    Gui::AgencyAnswerDialog dialog(m_store.get(), caseId);
    QVERIFY(dialog.hasOpenTransfer());
    for (const char *labelName : {"caseLabel", "transferNoteLabel"}) {
        const auto *label = dialog.findChild<QLabel *>(QLatin1String(labelName));
        QVERIFY2(label, labelName);
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("caseLabel"))->text().endsWith(name));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("transferNoteLabel"))->text().contains(text));
}

void TestPlainText::transferList()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    const qint64 caseId = openCase(name, text);
    QVERIFY(caseId);
    Store::CaseWork work(*m_store);
    const qint64 transfer = work.route(
        caseId, QStringLiteral("SO_TP"), text, 0, QStringLiteral("lan"), vn(2026, 7, 2));
    QVERIFY(transfer);
    const QString file = m_dir->filePath(
        name.contains(QLatin1Char('/')) ? QStringLiteral("x.pdf") : name + QStringLiteral(".pdf"));
    QVERIFY(work.recordAgencyAnswer(transfer, text, {file}, QStringLiteral("lan"), vn(2026, 7, 3)));
    Gui::TransferListWidget list(m_store.get());
    list.showCase(caseId);
    const auto *hop = list.findChild<QLabel *>(QStringLiteral("transferHop1"));
    QVERIFY(hop);
    const QString shown = shownLabel(hop);
    // The note and the answer, literally, line breaks kept (HTML folds runs of spaces).
    const QString folded = text.simplified();
    QVERIFY2(
        shown.count(text.section(QLatin1Char('\n'), 0, 0).simplified()) == 2, qPrintable(shown));
    QVERIFY2(shown.simplified().count(folded) == 2, qPrintable(shown));
    QVERIFY2(shown.contains(QFileInfo(file).fileName()), qPrintable(shown));
    QVERIFY(!hop->text().contains(QLatin1String("<img")));
}

void TestPlainText::similarAnswers()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QVERIFY(openCase(name, text, true)); // answered earlier
    const qint64 caseId = openCase(name, text);
    QVERIFY(caseId);
    Gui::SimilarAnswersPanel panel(m_store.get());
    panel.setCase(caseId);
    auto *list = panel.findChild<QListWidget *>();
    QVERIFY(list);
    QTRY_COMPARE(list->count(), 1); // loaded from the event loop
    const QString answer = text + QStringLiteral(" (trả lời)");
    QCOMPARE(shownToolTip(list->item(0)->toolTip()), answer);
    QVERIFY(list->item(0)->toolTip().contains(answer.toHtmlEscaped()));
}

void TestPlainText::composerOutboxAndHistory()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    const qint64 caseId = openCase(name, text);
    QVERIFY(caseId);
    Gui::ReplyComposer composer(m_store.get());
    composer.setCase(caseId);
    composer.setQuotedMessage(QStringLiteral("m1"), text);
    const auto *quote = composer.findChild<QLabel *>(QStringLiteral("quoteLabel"));
    QVERIFY(quote);
    QCOMPARE(quote->textFormat(), Qt::PlainText);
    QCOMPARE(shownToolTip(quote->toolTip()), text);

    // An outbox row quoting the citizen's words and a note doing the same.
    Store::OutboxPart part;
    part.text = text;
    QVERIFY(!Store::Outbox(*m_store)
                 .enqueue(caseId, {part}, Store::OutboxPurpose::Reply, name, vn(2026, 7, 2))
                 .isEmpty());
    Gui::OutboxListModel outbox;
    outbox.setItems(Store::Outbox(*m_store).forCase(caseId));
    QCOMPARE(outbox.rowCount(), 1);
    const QString tip = shownToolTip(outbox.index(0).data(Qt::ToolTipRole).toString());
    QVERIFY2(tip.startsWith(text + QLatin1Char('\n')), qPrintable(tip));
    QVERIFY2(tip.contains(name), qPrintable(tip));

    QVERIFY(Store::CaseWork(*m_store).addNote(caseId, text, name, vn(2026, 7, 2)));
    Gui::CaseHistoryModel history;
    history.setEvents(m_store->caseEvents(caseId));
    bool found = false;
    for (int row = 0; row < history.rowCount(); ++row) {
        const QModelIndex what = history.index(row, Gui::CaseHistoryModel::WhatColumn);
        QCOMPARE(shownToolTip(what.data(Qt::ToolTipRole).toString()), what.data().toString());
        found = found || what.data().toString().contains(text);
    }
    QVERIFY(found);
}

void TestPlainText::warningBox()
{
    QFETCH(QString, name);
    QString seenText;
    Qt::TextFormat seenFormat = Qt::AutoText;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            seenText = box->text();
            seenFormat = box->textFormat();
            box->accept();
        }
    });
    Gui::warnPlain(nullptr, QStringLiteral("Lỗi"), name);
    QCOMPARE(seenText, name);
    QCOMPARE(seenFormat, Qt::PlainText);
}

DESK_TEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
