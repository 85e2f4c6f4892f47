// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox model over a real SQLite store: paging, filters, refresh, model invariants.
#include "app/translations.h"
#include "core/caseclock.h"
#include "gui/caseclockwidget.h"
#include "gui/inboxmodel.h"
#include "gui/inboxwidget.h"
#include "store/clocks.h"
#include "store/database.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTimeZone>
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
    void unreadIsBoldAndRefreshFollowsTheStore();
    void repliedCaseWithNewCitizenMessageStandsOut();
    void legalClockColumn_data();
    void legalClockColumn();
    void legalClockFilters_data();
    void legalClockFilters();
    void caseClockPanel();
    void deadlineColumnsFit();

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

void TestInboxModel::unreadIsBoldAndRefreshFollowsTheStore()
{
    Gui::InboxModel model(&m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex code = model.index(0, Gui::InboxModel::CodeColumn);
    QVERIFY(code.data(Gui::InboxModel::UnreadRole).toBool());
    QVERIFY(code.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(code.data().toString().startsWith(QStringLiteral("● TV-")));
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
    const QColor red(0xc6, 0x28, 0x28);
    const QColor amber(0xb2, 0x6a, 0x00);
    const QColor grey(0x80, 0x80, 0x80);
    const QColor green(0x1b, 0x7f, 0x3b);
    const std::optional<S> routed = S::Routed;
    // Opened Mon 2/11, acknowledged 3/11, forwarded and the agency answered: the answer is due
    // at the end of Mon 23/11.
    QTest::addRow("on track") << vn(11, 2) << routed << vn(11, 3) << vn(11, 16)
                              << QStringLiteral("23/11 · 5 working day(s) left")
                              << int(State::OnTrack) << green << false;
    QTest::addRow("due next working day")
        << vn(11, 2) << routed << vn(11, 3) << vn(11, 20)
        << QStringLiteral("23/11 · Due next working day") << int(State::DueSoon) << amber << false;
    QTest::addRow("due tomorrow") << vn(11, 2) << routed << vn(11, 3) << vn(11, 22)
                                  << QStringLiteral("23/11 · Due tomorrow") << int(State::DueSoon)
                                  << amber << false;
    QTest::addRow("overdue") << vn(11, 2) << routed << vn(11, 3) << vn(11, 25)
                             << QStringLiteral("23/11 · Overdue 2 working day(s) · Prolonged")
                             << int(State::Overdue) << red << true;
    // Nothing done: forwarding (due Mon 9/11, ND 20/2008 Art. 9) was due first.
    QTest::addRow("forwarding overdue")
        << vn(11, 2) << std::optional<S>() << qint64(0) << vn(11, 18)
        << QStringLiteral("09/11 · Forwarding: Overdue 7 working day(s)") << int(State::Overdue)
        << red << false;
    // Forwarded, never acknowledged: the acknowledgement (due Mon 16/11) comes first.
    QTest::addRow("acknowledgement overdue")
        << vn(11, 2) << routed << qint64(0) << vn(11, 18)
        << QStringLiteral("16/11 · Receipt: Overdue 2 working day(s)") << int(State::Overdue) << red
        << false;
    // Forwarded on 2/11, no answer from the agency yet: 7 working days -> Wed 11/11.
    QTest::addRow("agency answer due tomorrow")
        << vn(11, 2) << std::optional<S>(S::AwaitingAgency) << vn(11, 3) << vn(11, 10)
        << QStringLiteral("11/11 · Agency: Due tomorrow") << int(State::DueSoon) << amber << false;
    QTest::addRow("paused") << vn(11, 2) << std::optional<S>(S::WaitingCitizen) << qint64(0)
                            << vn(11, 5) << QStringLiteral("Paused - waiting for citizen")
                            << int(State::Paused) << grey << false;
    QTest::addRow("answered by the OA console")
        << vn(11, 2) << std::optional<S>() << vn(11, 3) << vn(11, 30)
        << QStringLiteral("Done on time") << int(State::Done) << green << false;
    QTest::addRow("closed without an answer")
        << vn(11, 2) << std::optional<S>(S::Closed) << qint64(0) << vn(11, 30)
        << QStringLiteral("—") << int(State::NotApplicable) << QColor() << false;
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

void TestInboxModel::deadlineColumnsFit()
{
    // A 1440 px main window leaves the inbox about 860 px next to the case view: the status,
    // the legal deadline beside it and the Zalo reply window must all be in view there, in
    // the staff's language; the message takes what is left; the times may scroll out.
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    const auto english = qScopeGuard([] { Desk::installTranslations(QStringLiteral("en")); });
    Gui::InboxWidget inbox(&m_store);
    inbox.resize(860, 600);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inbox));
    auto *view = inbox.findChild<QTableView *>(QStringLiteral("casesTableView"));
    QVERIFY(view);
    QHeaderView *header = view->horizontalHeader();
    using M = Gui::InboxModel;
    QCOMPARE(header->visualIndex(M::LegalClockColumn), header->visualIndex(M::StatusColumn) + 1);
    QCOMPARE(
        header->visualIndex(M::ReplyWindowColumn), header->visualIndex(M::LegalClockColumn) + 1);
    QCOMPARE(header->sectionResizeMode(M::FirstLineColumn), QHeaderView::Stretch);
    for (const int column : {int(M::CodeColumn), int(M::StatusColumn), int(M::LegalClockColumn),
             int(M::ReplyWindowColumn)}) {
        const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
        QVERIFY2(right <= view->viewport()->width(),
            qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                           .arg(column)
                           .arg(right)
                           .arg(view->viewport()->width())));
    }
    QVERIFY(header->sectionSize(M::FirstLineColumn) >= 60);
}

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
