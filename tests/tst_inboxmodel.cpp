// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox model over a real SQLite store: paging, filters, refresh, model invariants.
#include "app/translations.h"
#include "core/caseclock.h"
#include "gui/caseclockwidget.h"
#include "gui/imagesource.h"
#include "gui/inboxdelegate.h"
#include "gui/inboxmodel.h"
#include "gui/inboxwidget.h"
#include "gui/mainwindow.h"
#include "store/clocks.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/store.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtTest>

using namespace Desk;

namespace {

qint64 vn(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone(7 * 3600))
        .toMSecsSinceEpoch();
}

Core::Message inboxMessage(
    const QString &id, const QString &citizen, Core::Direction direction, qint64 timeMs)
{
    Core::Message m;
    m.messageId = id;
    m.citizenId = citizen;
    m.direction = direction;
    m.timeMs = timeMs;
    m.type = QStringLiteral("text");
    m.text = QStringLiteral("Hỏi về thủ tục cấp đổi giấy phép lái xe");
    return m;
}

/** One case opened at `opened`, optionally moved to `status` and then acknowledged by an OA
 *  message at `respondedAt` (after the status, so it is not taken for the answer). Routed
 *  cases are forwarded an hour after receipt; the agency answered a day later (routed) or
 *  not yet (awaiting_agency). */
qint64 addCase(Store::Store &store, const QString &citizen, qint64 opened,
    std::optional<Core::CaseStatus> status, qint64 respondedAt)
{
    Core::Citizen person;
    person.zaloId = citizen;
    person.displayName = citizen;
    const auto first = store.ingestConversation(person,
        {inboxMessage(citizen + QStringLiteral("-q"), citizen, Core::Direction::Inbound, opened)});
    const qint64 id = *first.touchedCaseIds.cbegin();
    if (status) {
        store.setCaseStatus(id, *status, QStringLiteral("lan"));
    }
    if (status == Core::CaseStatus::Routed || status == Core::CaseStatus::AwaitingAgency) {
        const bool answered = status == Core::CaseStatus::Routed;
        QSqlQuery insert(store.database().connection());
        insert.prepare(QStringLiteral("INSERT INTO transfers(case_id, agency_code, routed_at_ms, "
                                      "answered_at_ms, routed_by) VALUES(?, 'STP', ?, ?, 'lan')"));
        insert.addBindValue(id);
        insert.addBindValue(opened + 3600 * 1000);
        insert.addBindValue(answered ? QVariant(opened + 24 * 3600 * 1000) : QVariant());
        if (!insert.exec()) {
            qWarning() << insert.lastError().text();
        }
        Store::Clocks clocks(store);
        clocks.onRouted(id);
        if (answered) {
            clocks.onAgencyAnswered(id);
        }
    }
    if (respondedAt > 0) {
        store.ingestConversation(std::nullopt,
            {inboxMessage(
                citizen + QStringLiteral("-a"), citizen, Core::Direction::Outbound, respondedAt)});
    }
    return id;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<Desk::Core::CaseStatus>)

class TestInboxModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesRowsIn();
    void modelInvariants();
    void filters_data();
    void filters();
    void unreadIsMarkedAndRefreshFollowsTheStore();
    void repliedCaseWithNewCitizenMessageStandsOut();
    void legalClockColumn_data();
    void legalClockColumn();
    void legalClockFilters_data();
    void legalClockFilters();
    void caseClockPanel();
    void lineTexts_data();
    void lineTexts();
    void windowChip_data();
    void windowChip();
    void cappedCountStillPages();
    void newActivityWaitsForF5();
    void queuingAReplyUpdatesTheRow();
    void keyboard();
    // These install translations: last, so the ones above read the source texts.
    void countText_data();
    void countText();
    void fitsAt1366();

private:
    QTemporaryDir m_tmp;
    Store::Store m_store;
    static constexpr int kCitizens = 450;
    const qint64 m_base = QDateTime(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
};

void TestInboxModel::initTestCase()
{
    QString error;
    QVERIFY2(
        m_store.open(m_tmp.filePath(QStringLiteral("inbox.sqlite")), &error), qPrintable(error));
    const QStringList topics {QStringLiteral("Cho hỏi thủ tục đăng ký khai sinh cho con"),
        QStringLiteral("Hồ sơ cấp giấy chứng nhận quyền sử dụng đất của tôi tới đâu rồi"),
        QStringLiteral("Tôi muốn nhận kết quả qua bưu điện")};
    for (int i = 0; i < kCitizens; ++i) {
        Core::Citizen citizen;
        citizen.zaloId = QStringLiteral("90000000000000%1").arg(i, 5, 10, QLatin1Char('0'));
        citizen.displayName = QStringLiteral("Công dân %1").arg(i);
        Core::Message message;
        message.messageId = QStringLiteral("m%1").arg(i, 19, 10, QLatin1Char('0'));
        message.citizenId = citizen.zaloId;
        message.timeMs = m_base + i * 60000LL;
        message.type = QStringLiteral("text");
        message.text = topics.at(i % topics.size());
        const auto result = m_store.ingestConversation(citizen, {message});
        QCOMPARE(result.insertedMessages, 1);
    }
}

void TestInboxModel::pagesRowsIn()
{
    Gui::InboxModel model(&m_store);
    QCOMPARE(model.totalCount(), kCitizens);
    QCOMPARE(model.rowCount(), Gui::InboxModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * Gui::InboxModel::kPageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), kCitizens);
    QVERIFY(!model.canFetchMore({}));
    // Newest first: the last citizen wrote last.
    QCOMPARE(model.index(0, Gui::InboxModel::CitizenColumn).data().toString(),
        QStringLiteral("Công dân %1").arg(kCitizens - 1));
    QCOMPARE(model.columnCount(), int(Gui::InboxModel::ColumnCount));
    QVERIFY(!model.headerData(Gui::InboxModel::ReplyWindowColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString()
                 .isEmpty());
}

void TestInboxModel::modelInvariants()
{
    Gui::InboxModel model(&m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), kCitizens);
    Store::CaseFilter filter;
    filter.searchText = QStringLiteral("khai sinh");
    model.setFilter(filter);
    model.refresh();
    QCOMPARE(model.totalCount(), kCitizens / 3);
}

void TestInboxModel::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("unreadOnly");
    QTest::addColumn<int>("expected");
    QTest::addRow("everything") << QString() << false << kCitizens;
    QTest::addRow("folded search") << QStringLiteral("dang ky khai sinh") << false << kCitizens / 3;
    QTest::addRow("another topic") << QStringLiteral("BƯU ĐIỆN") << false << kCitizens / 3;
    QTest::addRow("unread only") << QString() << true << kCitizens;
    QTest::addRow("nothing matches") << QStringLiteral("xyzzy") << false << 0;
}

void TestInboxModel::filters()
{
    QFETCH(QString, search);
    QFETCH(bool, unreadOnly);
    QFETCH(int, expected);
    Gui::InboxModel model(&m_store);
    QSignalSpy total(&model, &Gui::InboxModel::totalCountChanged);
    Store::CaseFilter filter;
    filter.searchText = search;
    filter.unreadOnly = unreadOnly;
    model.setFilter(filter);
    QCOMPARE(total.count(), 1);
    QCOMPARE(model.totalCount(), expected);
    QCOMPARE(model.rowCount(), std::min(expected, int(Gui::InboxModel::kPageSize)));
}

void TestInboxModel::unreadIsMarkedAndRefreshFollowsTheStore()
{
    Gui::InboxModel model(&m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex code = model.index(0, Gui::InboxModel::CodeColumn);
    QVERIFY(code.data(Gui::InboxModel::UnreadRole).toBool());
    QCOMPARE(code.data(Gui::InboxModel::UnreadCountRole).toInt(), 1);
    // Only the name is bold: the accent bar and the count mark the row, not a bold line.
    QVERIFY(
        model.index(0, Gui::InboxModel::CitizenColumn).data(Qt::FontRole).value<QFont>().bold());
    for (const int column : {int(Gui::InboxModel::CodeColumn),
             int(Gui::InboxModel::FirstLineColumn), int(Gui::InboxModel::StatusColumn)}) {
        QVERIFY(!model.index(0, column).data(Qt::FontRole).isValid());
    }
    QVERIFY(code.data().toString().startsWith(QStringLiteral("TV-")));
    const qint64 caseId = model.caseIdAt(0);
    QVERIFY(m_store.markCaseRead(caseId, QStringLiteral("tester")));
    model.refresh();
    const int row = model.rowOfCase(caseId);
    QVERIFY(row >= 0);
    QVERIFY(!model.index(row, 0).data(Gui::InboxModel::UnreadRole).toBool());
    // Reply window follows the injected clock: the newest message is 2 days old → paid.
    model.setClock([this] { return m_base + kCitizens * 60000LL + 50LL * 3600 * 1000; });
    QVERIFY(model.index(row, Gui::InboxModel::ReplyWindowColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Paid")));
}

void TestInboxModel::repliedCaseWithNewCitizenMessageStandsOut()
{
    QTemporaryDir tmp;
    Store::Store store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("replied.sqlite"))));
    Core::Citizen citizen;
    citizen.zaloId = QStringLiteral("9223372036854775999"); // above 2^63: text end to end
    citizen.displayName = QStringLiteral("Lê Thị Hồng");
    const auto message = [&](const QString &id, Core::Direction direction, qint64 offsetMs) {
        Core::Message m;
        m.messageId = id;
        m.citizenId = citizen.zaloId;
        m.direction = direction;
        m.timeMs = m_base + offsetMs;
        m.type = QStringLiteral("text");
        m.text = QStringLiteral("…");
        return m;
    };
    // Question, the OA's answer from its web console: "replied", nothing pending.
    QVERIFY(store
                .ingestConversation(citizen,
                    {message(QStringLiteral("q1"), Core::Direction::Inbound, 0),
                        message(QStringLiteral("a1"), Core::Direction::Outbound, 60000)})
                .ok);
    Gui::InboxModel model(&store);
    const QModelIndex status = model.index(0, Gui::InboxModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Replied"));
    QVERIFY(!status.data(Qt::ToolTipRole).isValid());
    // The citizen writes again: the replied case needs an answer and says so.
    QVERIFY(store
                .ingestConversation(
                    citizen, {message(QStringLiteral("q2"), Core::Direction::Inbound, 120000)})
                .ok);
    model.refresh();
    const QModelIndex again = model.index(0, Gui::InboxModel::StatusColumn);
    QCOMPARE(again.data().toString(), QStringLiteral("Replied, new message"));
    QVERIFY(again.data(Qt::ToolTipRole).toString().contains(QStringLiteral("needs an answer")));
    QVERIFY(again.data(Qt::ForegroundRole).value<QColor>().isValid());
}

void TestInboxModel::legalClockColumn_data()
{
    using S = Core::CaseStatus;
    using State = Core::StepClock::State;
    QTest::addColumn<qint64>("opened");
    QTest::addColumn<std::optional<S>>("status");
    QTest::addColumn<qint64>("respondedAt");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("state");
    QTest::addColumn<QColor>("color");
    QTest::addColumn<bool>("prolonged");
    QTest::addColumn<QString>("chip");
    const QColor red(0xc6, 0x28, 0x28);
    const QColor amber(0xb2, 0x6a, 0x00);
    const QColor grey(0x80, 0x80, 0x80);
    const QColor green(0x1b, 0x7f, 0x3b);
    const std::optional<S> routed = S::Routed;
    // Opened Mon 2/11, acknowledged 3/11, forwarded and the agency answered: the answer is due
    // at the end of Mon 23/11.
    QTest::addRow("on track") << vn(11, 2) << routed << vn(11, 3) << vn(11, 16)
                              << QStringLiteral("23/11 · 5 working day(s) left")
                              << int(State::OnTrack) << green << false
                              << QStringLiteral("Due 23/11 · 5 day(s) left");
    QTest::addRow("due next working day")
        << vn(11, 2) << routed << vn(11, 3) << vn(11, 20)
        << QStringLiteral("23/11 · Due next working day") << int(State::DueSoon) << amber << false
        << QStringLiteral("Due 23/11");
    QTest::addRow("due tomorrow") << vn(11, 2) << routed << vn(11, 3) << vn(11, 22)
                                  << QStringLiteral("23/11 · Due tomorrow") << int(State::DueSoon)
                                  << amber << false << QStringLiteral("Due tomorrow");
    QTest::addRow("overdue") << vn(11, 2) << routed << vn(11, 3) << vn(11, 25)
                             << QStringLiteral("23/11 · Overdue 2 working day(s) · Prolonged")
                             << int(State::Overdue) << red << true
                             << QStringLiteral("Overdue 2 day(s)");
    // Nothing done: forwarding (due Mon 9/11, ND 20/2008 Art. 9) was due first.
    QTest::addRow("forwarding overdue")
        << vn(11, 2) << std::optional<S>() << qint64(0) << vn(11, 18)
        << QStringLiteral("09/11 · Forwarding: Overdue 7 working day(s)") << int(State::Overdue)
        << red << false << QStringLiteral("Forwarding: Overdue 7 day(s)");
    // Forwarded, never acknowledged: the acknowledgement (due Mon 16/11) comes first.
    QTest::addRow("acknowledgement overdue")
        << vn(11, 2) << routed << qint64(0) << vn(11, 18)
        << QStringLiteral("16/11 · Receipt: Overdue 2 working day(s)") << int(State::Overdue) << red
        << false << QStringLiteral("Receipt: Overdue 2 day(s)");
    // Forwarded on 2/11, no answer from the agency yet: 7 working days -> Wed 11/11.
    QTest::addRow("agency answer due tomorrow")
        << vn(11, 2) << std::optional<S>(S::AwaitingAgency) << vn(11, 3) << vn(11, 10)
        << QStringLiteral("11/11 · Agency: Due tomorrow") << int(State::DueSoon) << amber << false
        << QStringLiteral("Agency: Due tomorrow");
    QTest::addRow("paused") << vn(11, 2) << std::optional<S>(S::WaitingCitizen) << qint64(0)
                            << vn(11, 5) << QStringLiteral("Paused - waiting for citizen")
                            << int(State::Paused) << grey << false
                            << QStringLiteral("Clock paused");
    QTest::addRow("answered by the OA console")
        << vn(11, 2) << std::optional<S>() << vn(11, 3) << vn(11, 30)
        << QStringLiteral("Done on time") << int(State::Done) << green << false
        << QStringLiteral("Answered on time");
    QTest::addRow("closed without an answer")
        << vn(11, 2) << std::optional<S>(S::Closed) << qint64(0) << vn(11, 30)
        << QStringLiteral("—") << int(State::NotApplicable) << QColor() << false << QString();
}

void TestInboxModel::legalClockColumn()
{
    QFETCH(qint64, opened);
    QFETCH(std::optional<Core::CaseStatus>, status);
    QFETCH(qint64, respondedAt);
    QFETCH(qint64, now);
    QFETCH(QString, text);
    QFETCH(int, state);
    QFETCH(QColor, color);
    QFETCH(bool, prolonged);
    QFETCH(QString, chip);
    QTemporaryDir tmp;
    Store::Store store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("clock.sqlite"))));
    addCase(store, QStringLiteral("9100000000000000001"), opened, status, respondedAt);
    Gui::InboxModel model(&store);
    model.setClock([now] { return now; });
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex cell = model.index(0, Gui::InboxModel::LegalClockColumn);
    QString shown = cell.data().toString();
    // The "Prolonged" mark on a still-open case depends only on the stored flag and `now`;
    // the paused case's real pause started today, so compare the words, not a pause length.
    QCOMPARE(shown, text);
    QCOMPARE(cell.data(Gui::InboxModel::ClockStateRole).toInt(), state);
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), color);
    QCOMPARE(cell.data(Gui::InboxModel::ProlongedRole).toBool(), prolonged);
    // The chip drawn in the row: shorter words, the same colour; none without a clock.
    QCOMPARE(cell.data(Gui::InboxModel::ChipTextRole).toString(), chip);
    // A narrow row drops the step's name ("Forwarding: ") first.
    QVERIFY(chip.endsWith(cell.data(Gui::InboxModel::ChipShortTextRole).toString()));
    if (state != int(Core::StepClock::State::NotApplicable)) {
        QVERIFY(cell.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Answer to the citizen")));
    }
    QVERIFY(!model.headerData(Gui::InboxModel::LegalClockColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString()
                 .isEmpty());
}

void TestInboxModel::legalClockFilters_data()
{
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("dueSoon");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("overdue") << true << false << QStringList {QStringLiteral("A")};
    QTest::addRow("due soon") << false << true
                              << QStringList {QStringLiteral("B"), QStringLiteral("C")};
    QTest::addRow("no clock filter")
        << false << false
        << QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
}

void TestInboxModel::legalClockFilters()
{
    QFETCH(bool, overdue);
    QFETCH(bool, dueSoon);
    QFETCH(QStringList, expected);
    QTemporaryDir tmp;
    Store::Store store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("filters.sqlite"))));
    // At Fri 20/11: A never acknowledged (due 16/11), B answer due Mon 23/11, C opened 16/11
    // and not forwarded (forwarding due Mon 23/11).
    addCase(store, QStringLiteral("A"), vn(11, 2), std::nullopt, 0);
    addCase(store, QStringLiteral("B"), vn(11, 2, 11), Core::CaseStatus::Routed, vn(11, 3));
    addCase(store, QStringLiteral("C"), vn(11, 16), std::nullopt, 0);
    Gui::InboxModel model(&store);
    const qint64 now = vn(11, 20);
    model.setClock([now] { return now; });
    Store::CaseFilter filter;
    filter.overdueOnly = overdue;
    filter.dueSoonOnly = dueSoon;
    filter.nowMs = now;
    model.setFilter(filter);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        shown << model.index(row, Gui::InboxModel::CitizenColumn).data().toString();
    }
    shown.sort();
    QCOMPARE(shown, expected);
    QCOMPARE(model.totalCount(), int(expected.size()));
    for (int row = 0; row < model.rowCount() && (overdue || dueSoon); ++row) {
        const auto state
            = Core::StepClock::State(model.index(row, Gui::InboxModel::LegalClockColumn)
                                         .data(Gui::InboxModel::ClockStateRole)
                                         .toInt());
        QCOMPARE(
            state, overdue ? Core::StepClock::State::Overdue : Core::StepClock::State::DueSoon);
    }
}

void TestInboxModel::caseClockPanel()
{
    QTemporaryDir tmp;
    Store::Store store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("panel.sqlite"))));
    // Acknowledged 3/11 and routed: at Mon 16/11 the answer (due 23/11) has 5 working days.
    const qint64 id
        = addCase(store, QStringLiteral("P"), vn(11, 2), Core::CaseStatus::Routed, vn(11, 3));
    Gui::CaseClockWidget panel(&store);
    panel.setNow([] { return vn(11, 16); });
    panel.showCase(id);
    panel.show();
    const auto text = [&panel](const QString &name) {
        const auto *label = panel.findChild<QLabel *>(name);
        return label && label->isVisible() ? label->text() : QStringLiteral("(missing)");
    };
    QCOMPARE(
        text(QStringLiteral("clockState_final_answer")), QStringLiteral("5 working day(s) left"));
    QCOMPARE(text(QStringLiteral("clockDue_final_answer")), QStringLiteral("23/11/2026"));
    QCOMPARE(text(QStringLiteral("clockState_acknowledge")), QStringLiteral("Done on time"));
    QCOMPARE(text(QStringLiteral("clockState_agency_answer")), QStringLiteral("Done on time"));
    panel.showCase(0);
    QVERIFY(!panel.isVisible());
}

void TestInboxModel::lineTexts_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name"); // file name, link title, address
    QTest::addColumn<bool>("outbound");
    QTest::addColumn<QString>("line");
    QTest::addRow("text") << QStringLiteral("text")
                          << QStringLiteral("Hồ sơ của tôi đến đâu rồi ạ?") << QString() << false
                          << QStringLiteral("Hồ sơ của tôi đến đâu rồi ạ?");
    QTest::addRow("text on several lines")
        << QStringLiteral("text") << QStringLiteral("Dạ em gửi\nbổ sung") << QString() << false
        << QStringLiteral("Dạ em gửi bổ sung");
    QTest::addRow("picture") << QStringLiteral("image") << QString() << QString() << false
                             << QStringLiteral("Image");
    QTest::addRow("picture with a caption")
        << QStringLiteral("image") << QStringLiteral("Căn cước mặt trước") << QString() << false
        << QStringLiteral("Image · Căn cước mặt trước");
    QTest::addRow("gif") << QStringLiteral("gif") << QString() << QString() << false
                         << QStringLiteral("Animated image (GIF)");
    QTest::addRow("sticker") << QStringLiteral("sticker") << QString() << QString() << false
                             << QStringLiteral("Sticker");
    QTest::addRow("file") << QStringLiteral("file") << QString() << QStringLiteral("to-khai.pdf")
                          << false << QStringLiteral("File: to-khai.pdf");
    QTest::addRow("link") << QStringLiteral("link") << QStringLiteral("Tra cứu hồ sơ")
                          << QStringLiteral("Cổng Dịch vụ công") << false
                          << QStringLiteral("Link: Cổng Dịch vụ công");
    QTest::addRow("location") << QStringLiteral("location") << QString()
                              << QStringLiteral("Phường 5, Cà Mau") << false
                              << QStringLiteral("Location: Phường 5, Cà Mau");
    QTest::addRow("voice") << QStringLiteral("voice") << QString() << QString() << false
                           << QStringLiteral("Voice message");
    QTest::addRow("the desk answered last")
        << QStringLiteral("text") << QStringLiteral("Dạ, anh chị mang theo căn cước ạ.")
        << QString() << true << QStringLiteral("You: Dạ, anh chị mang theo căn cước ạ.");
}

void TestInboxModel::lineTexts()
{
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(bool, outbound);
    QFETCH(QString, line);
    QTemporaryDir tmp;
    Store::Store store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("lines.sqlite"))));
    const QString citizen = QStringLiteral("9200000000000000001");
    Core::Message newest = inboxMessage(QStringLiteral("n"), citizen,
        outbound ? Core::Direction::Outbound : Core::Direction::Inbound, m_base + 60000);
    newest.type = type;
    newest.text = text;
    newest.fileName = name;
    newest.url = QStringLiteral("https://example.invalid/x");
    Core::Citizen person;
    person.zaloId = citizen;
    person.displayName = QStringLiteral("Phạm Thị Thu");
    QVERIFY(store
                .ingestConversation(person,
                    {inboxMessage(QStringLiteral("q"), citizen, Core::Direction::Inbound, m_base),
                        newest})
                .ok);
    Gui::InboxModel model(&store);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(Gui::InboxModel::LineRole).toString(), line);
    QCOMPARE(model.index(0, Gui::InboxModel::FirstLineColumn).data().toString(), line);
    // The tooltip has the message in full and the question that opened the case.
    const QString tip
        = model.index(0, Gui::InboxModel::FirstLineColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("First message: Hỏi về thủ tục cấp đổi giấy phép lái xe")),
        qPrintable(tip));
}

void TestInboxModel::windowChip_data()
{
    QTest::addColumn<int>("hours"); // since the citizen's message
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QColor>("color");
    const QColor green(0x1b, 0x7f, 0x3b);
    const QColor amber(0xb2, 0x6a, 0x00);
    const QColor red(0xc6, 0x28, 0x28);
    QTest::addRow("free") << 1 << QStringLiteral("Zalo free · 47 h") << green;
    QTest::addRow("free, ending") << 44 << QStringLiteral("Zalo free · 4 h") << amber;
    QTest::addRow("paid") << 50 << QStringLiteral("Zalo paid · 4 d") << amber;
    QTest::addRow("paid, last day") << 150 << QStringLiteral("Zalo paid · 18 h") << red;
    QTest::addRow("closed") << 200 << QStringLiteral("Zalo closed (7 days)")
                            << QColor(0x80, 0x80, 0x80);
}

void TestInboxModel::windowChip()
{
    QFETCH(int, hours);
    QFETCH(QString, chip);
    QFETCH(QColor, color);
    Gui::InboxModel model(&m_store);
    const qint64 inbound = m_store.caseById(model.caseIdAt(0))->lastInboundAtMs;
    model.setClock([inbound, hours] { return inbound + hours * 3600LL * 1000; });
    const QModelIndex cell = model.index(0, Gui::InboxModel::ReplyWindowColumn);
    QCOMPARE(cell.data(Gui::InboxModel::ChipTextRole).toString(), chip);
    // A narrow row drops the step's name ("Forwarding: ") first.
    QVERIFY(chip.endsWith(cell.data(Gui::InboxModel::ChipShortTextRole).toString()));
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), color);
    // The status chip is the status in words.
    QCOMPARE(model.index(0, Gui::InboxModel::StatusColumn)
                 .data(Gui::InboxModel::ChipTextRole)
                 .toString(),
        QStringLiteral("New"));
}

void TestInboxModel::cappedCountStillPages()
{
    // PostgreSQL counts every hit of an exact count: the inbox counts up to the cap and
    // says "at least"; the rows still page in to the end.
    Gui::InboxModel model(&m_store);
    model.setCountCap(100);
    QSignalSpy total(&model, &Gui::InboxModel::totalCountChanged);
    model.setFilter({});
    QCOMPARE(total.count(), 1);
    QCOMPARE(model.totalCount(), 100);
    QVERIFY(model.totalCapped());
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), kCitizens);
    Store::CaseFilter filter;
    filter.searchText = QStringLiteral("khai sinh");
    model.setCountCap(Store::Store::kDefaultCountCap);
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), kCitizens / 3);
    QVERIFY(!model.totalCapped());
}

namespace {

/** `count` citizens who wrote one question each, a minute apart (the newest last). */
QVector<QString> fillCitizens(Store::Store &store, int count, qint64 base)
{
    QVector<QString> ids;
    for (int i = 0; i < count; ++i) {
        Core::Citizen citizen;
        citizen.zaloId = QStringLiteral("93000000000000%1").arg(i, 5, 10, QLatin1Char('0'));
        citizen.displayName = QStringLiteral("Người hỏi %1").arg(i);
        store.ingestConversation(citizen,
            {inboxMessage(citizen.zaloId + QStringLiteral("-q"), citizen.zaloId,
                Core::Direction::Inbound, base + i * 60000LL)});
        ids << citizen.zaloId;
    }
    return ids;
}

QTableView *casesView(QWidget *inbox)
{
    return inbox->findChild<QTableView *>(QStringLiteral("casesTableView"));
}

} // namespace

void TestInboxModel::newActivityWaitsForF5()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("activity.sqlite"));
    Store::Store store;
    QVERIFY(store.open(path));
    fillCitizens(store, 30, m_base);
    Gui::InboxWidget inbox(&store);
    inbox.resize(520, 700);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inbox));
    QTableView *view = casesView(&inbox);
    Gui::InboxModel *model = inbox.model();
    inbox.selectCase(model->caseIdAt(4));
    const qint64 chosen = inbox.currentCaseId();
    QCOMPARE(chosen, model->caseIdAt(4));
    const QPoint point = view->visualRect(model->index(2, 0)).center();
    const qint64 underPointer = model->caseIdAt(view->indexAt(point).row());
    QVERIFY(underPointer != 0 && underPointer != chosen);

    // A sync pass writes through its own connection (as the sync thread does): a citizen
    // further down sends a picture, and a new citizen writes.
    const qint64 other = model->caseIdAt(10);
    const QString otherCitizen = store.caseById(other)->citizenId;
    {
        Store::Store sync;
        QVERIFY(sync.open(path));
        Core::Message picture = inboxMessage(
            QStringLiteral("pic"), otherCitizen, Core::Direction::Inbound, m_base + 3600 * 1000);
        picture.type = QStringLiteral("image");
        picture.text = QStringLiteral("Ảnh giấy hẹn");
        QVERIFY(sync.ingestConversation(std::nullopt, {picture}).ok);
        Core::Citizen newcomer;
        newcomer.zaloId = QStringLiteral("9399999999999999999");
        newcomer.displayName = QStringLiteral("Người mới");
        QVERIFY(sync.ingestConversation(newcomer,
                        {inboxMessage(QStringLiteral("new"), newcomer.zaloId,
                            Core::Direction::Inbound, m_base + 3700 * 1000)})
                    .ok);
    }
    QSignalSpy selected(&inbox, &Gui::InboxWidget::caseSelected);
    inbox.refresh(); // what the main window does after the pass
    // Nothing moved: the selection, the row under the pointer, the other case's row.
    QCOMPARE(inbox.currentCaseId(), chosen);
    QCOMPARE(view->currentIndex().row(), 4);
    QCOMPARE(model->caseIdAt(view->indexAt(point).row()), underPointer);
    QCOMPARE(model->rowOfCase(other), 10);
    QCOMPARE(selected.count(), 0);
    // ... but the row shows the picture, and the marker counts the two cases with news.
    QCOMPARE(model->index(10, 0).data(Gui::InboxModel::LineRole).toString(),
        QStringLiteral("Image · Ảnh giấy hẹn"));
    QCOMPARE(model->pendingCount(), 2);
    auto *marker = inbox.findChild<QPushButton *>(QStringLiteral("newActivityButton"));
    QVERIFY(marker);
    QVERIFY(marker->isVisible());
    QVERIFY2(marker->text().startsWith(QStringLiteral("2 ")), qPrintable(marker->text()));
    QCOMPARE(model->totalCount(), 31);
    inbox.grab().save(QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR))
                          .filePath(QStringLiteral("inbox-new-activity.png")));

    // A click opens the case that was under the pointer.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(inbox.currentCaseId(), underPointer);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toLongLong(), underPointer);

    // F5 in the list: the new order; the case staff are on stays selected.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F5);
    QCOMPARE(model->pendingCount(), 0);
    QVERIFY(marker->isHidden());
    QCOMPARE(store.caseById(model->caseIdAt(0))->citizenId, QStringLiteral("9399999999999999999"));
    QCOMPARE(model->caseIdAt(1), other);
    QCOMPARE(inbox.currentCaseId(), underPointer);
    QCOMPARE(model->caseIdAt(view->currentIndex().row()), underPointer);
    QCOMPARE(selected.count(), 1); // the same case: not opened again
}

void TestInboxModel::queuingAReplyUpdatesTheRow()
{
    QTemporaryDir tmp;
    Store::Store store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("queue.sqlite"))));
    fillCitizens(store, 8, m_base);
    Gui::InboxWidget inbox(&store);
    Gui::InboxModel *model = inbox.model();
    const qint64 caseId = model->caseIdAt(3);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    Store::OutboxPart part;
    part.text = QStringLiteral("Dạ, anh chị mang theo căn cước công dân ạ.");
    QCOMPARE(Store::Outbox(store)
                 .enqueue(caseId, {part}, Store::OutboxPurpose::Reply, QStringLiteral("lan"),
                     m_base + 3600 * 1000)
                 .size(),
        1);
    // No refresh by anyone: the store's announcement updates the row, in its place.
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model->rowOfCase(caseId), 3);
    QCOMPARE(model->index(3, 0).data(Gui::InboxModel::LineRole).toString(),
        QStringLiteral("Waiting to send: Dạ, anh chị mang theo căn cước công dân ạ."));
    QCOMPARE(model->index(3, 0).data(Gui::InboxModel::WaitingRole).toInt(), 1);
    QCOMPARE(model->index(3, 0).data(Gui::InboxModel::OutboxStateRole).toString(),
        QStringLiteral("queued"));
    QCOMPARE(model->pendingCount(), 0); // our own reply is no news
    QCOMPARE(model->index(2, 0).data(Gui::InboxModel::WaitingRole).toInt(), 0);
}

void TestInboxModel::keyboard()
{
    QTemporaryDir tmp;
    Store::Store store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("keys.sqlite"))));
    fillCitizens(store, 10, m_base);
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *inbox = new Gui::InboxWidget(&store);
    auto *after = new QLineEdit;
    after->setObjectName(QStringLiteral("after"));
    layout->addWidget(inbox);
    layout->addWidget(after);
    host.resize(520, 700);
    host.show();
    host.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&host));
    QTableView *view = casesView(inbox);
    Gui::InboxModel *model = inbox->model();
    QVERIFY(!view->tabKeyNavigation());
    // Rows 1 to 4 are read: the next unread after row 0 is row 5.
    for (int row = 1; row <= 4; ++row) {
        QVERIFY(store.markCaseRead(model->caseIdAt(row), QStringLiteral("lan")));
    }
    QVERIFY(!model->index(2, 0).data(Gui::InboxModel::UnreadRole).toBool());
    inbox->selectCase(model->caseIdAt(0));
    view->setFocus();
    QSignalSpy opened(inbox, &Gui::InboxWidget::caseOpened);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), model->caseIdAt(0));
    QVERIFY(inbox->selectNext());
    QCOMPARE(inbox->currentCaseId(), model->caseIdAt(1));
    QVERIFY(inbox->selectPrevious());
    QCOMPARE(inbox->currentCaseId(), model->caseIdAt(0));
    QVERIFY(!inbox->selectPrevious());
    QVERIFY(inbox->selectNextUnread());
    QCOMPARE(inbox->currentCaseId(), model->caseIdAt(5));
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(1).at(0).toLongLong(), model->caseIdAt(5));

    // Focus shows: a frame in the selected row's text colour while the list has focus.
    const QRect current = view->visualRect(view->currentIndex());
    const QPoint edge(current.left() + 1, current.center().y());
    const QColor frame = view->palette().color(QPalette::Active, QPalette::HighlightedText);
    QCOMPARE(view->viewport()->grab().toImage().pixelColor(edge), frame);
    // Tab leaves the list for the next control.
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(!view->hasFocus());
    QVERIFY(after->hasFocus());
    QVERIFY(view->viewport()->grab().toImage().pixelColor(edge) != frame);
}

void TestInboxModel::countText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("capped");
    QTest::addColumn<QString>("text");
    QTest::addRow("vi capped") << QStringLiteral("vi") << 10000 << true
                               << QStringLiteral("10.000+ vụ việc");
    QTest::addRow("vi exact") << QStringLiteral("vi") << 1234 << false
                              << QStringLiteral("1.234 vụ việc");
    QTest::addRow("en capped") << QStringLiteral("en") << 10000 << true
                               << QStringLiteral("10,000+ cases");
    QTest::addRow("en one") << QStringLiteral("en") << 1 << false << QStringLiteral("1 case");
}

void TestInboxModel::countText()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(bool, capped);
    QFETCH(QString, text);
    QVERIFY(Desk::installTranslations(language));
    QCOMPARE(Gui::InboxModel::countText(count, capped), text);
}

void TestInboxModel::fitsAt1366()
{
    // The usual office screen: the main window at 1366x768 in Vietnamese, the inbox beside the
    // case view with every part of its rows in view and no horizontal scroll bar.
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    const auto english = qScopeGuard([] { Desk::installTranslations(QStringLiteral("en")); });
    Gui::NullImageSource images;
    Gui::MainWindow window(&m_store, nullptr, &images);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.inbox()->selectCase(window.inbox()->model()->caseIdAt(1));
    QCoreApplication::processEvents();
    QTableView *view = casesView(window.inbox());
    QVERIFY(view);
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    QVERIFY(view->horizontalScrollBar()->maximum() == 0
        || view->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff);
    const QRect inboxRect(window.inbox()->mapTo(&window, QPoint()), window.inbox()->size());
    QVERIFY2(inboxRect.right() < window.width(), qPrintable(QString::number(inboxRect.right())));
    // The filters are all inside the inbox.
    for (const char *name : {"searchLineEdit", "statusComboBox", "unreadCheckBox",
             "overdueCheckBox", "dueSoonCheckBox"}) {
        auto *box = window.inbox()->findChild<QWidget *>(QLatin1String(name));
        QVERIFY(box && box->isVisible());
        const int right = box->mapTo(window.inbox(), QPoint(box->width(), 0)).x();
        QVERIFY2(right <= window.inbox()->width(), name);
    }
    // Each row: name, code, time, the message and the chips side by side, none outside.
    Gui::InboxModel *model = window.inbox()->model();
    for (int row = 0; row < 12 && row < model->rowCount(); ++row) {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.font = view->font();
        option.rect = view->visualRect(model->index(row, 0));
        const auto parts = Gui::InboxDelegate::layout(option, model->index(row, 0));
        QVERIFY(option.rect.contains(parts.name) && option.rect.contains(parts.time));
        QVERIFY(parts.name.right() < parts.code.left() || parts.code.width() == 0);
        QVERIFY(parts.code.right() < parts.time.left());
        QCOMPARE(parts.chips.size(), 3);
        for (const auto &chip : parts.chips) {
            QVERIFY2(option.rect.contains(chip.rect), qPrintable(chip.text));
            QVERIFY(chip.rect.left() > parts.line.right());
        }
        // The message keeps at least 40 % of the row.
        QVERIFY2(parts.line.width() * 10 >= option.rect.width() * 4,
            qPrintable(
                QStringLiteral("%1 of %2").arg(parts.line.width()).arg(option.rect.width())));
    }
    window.grab().save(
        QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR)).filePath(QStringLiteral("inbox-1366-vi.png")));
}

DESK_TEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
