// SPDX-License-Identifier: GPL-3.0-or-later
// Case clocks in the store (real SQLite files): dues on ingest, OA milestones, pause/resume
// through the status, the hooks, policy and calendar changes, the inbox clock filters.
#include "core/caseclock.h"
#include "core/vietnamtime.h"
#include "store/clocks.h"
#include "store/database.h"
#include "store/store.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk;
using namespace Desk::TestSupport;

namespace {

qint64 endOf(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(23, 59, 59, 999), QTimeZone(7 * 3600))
        .toMSecsSinceEpoch();
}

QString stamp(qint64 ms)
{
    return ms > 0 ? Core::toIsoVietnam(ms) : QStringLiteral("(none)");
}

/** Independent of CaseClock: the working days after `from`'s day up to `to`'s day. */
int countWorkingDays(const Core::WorkingCalendar &calendar, qint64 from, qint64 to)
{
    int count = 0;
    for (QDate day = Core::vietnamDate(from).addDays(1); day <= Core::vietnamDate(to);
         day = day.addDays(1)) {
        count += calendar.isWorkingDay(day) ? 1 : 0;
    }
    return count;
}

qint64 deadline(const Core::WorkingCalendar &calendar, qint64 from, int days)
{
    return calendar.deadline(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), days)
        .toMSecsSinceEpoch();
}

} // namespace

class TestClocks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void ingestOpensCaseWithDues();
    void oaMessagesSetMilestones_data();
    void oaMessagesSetMilestones();
    void staffRepliedIsTheFinalAnswer();
    void waitingCitizenPausesAndResumeShiftsTheDue();
    void citizenWritingResumesTheClock_data();
    void citizenWritingResumesTheClock();
    void policySeededAndRefreshAfterChange();
    void kindPolicyApplies();
    void hooks();
    void agreedTransferDueStays();
    void calendarChangeMovesOpenCases();
    void clockFilters_data();
    void clockFilters();
    void backlogPeriodAndRatingFilters_data();
    void backlogPeriodAndRatingFilters();

private:
    qint64 open(const QString &citizen, qint64 at);
    /** The citizens of the cases `filter` lists, sorted. */
    QStringList citizensFound(const Store::CaseFilter &filter) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
};

void TestClocks::init()
{
    openFreshStore(m_dir, m_store);
}

qint64 TestClocks::open(const QString &citizen, qint64 at)
{
    const auto result = m_store->ingestConversation(person(citizen, QStringLiteral("Lê Văn Tám")),
        {in(citizen + QStringLiteral("-m1"), citizen, at)});
    [&] { QVERIFY2(result.ok, qPrintable(result.error)); }();
    return onlyCaseOf(*m_store, citizen).id;
}

QStringList TestClocks::citizensFound(const Store::CaseFilter &filter) const
{
    QStringList found;
    for (const auto &summary : m_store->cases(filter, 0, 100)) {
        found << summary.citizenId;
    }
    found.sort();
    return found;
}

void TestClocks::ingestOpensCaseWithDues()
{
    const qint64 id = open(QStringLiteral("1001"), vn(2026, 11, 2, 10));
    const auto summary = m_store->caseById(id);
    QVERIFY(summary);
    QCOMPARE(stamp(summary->ackDueAtMs), stamp(endOf(2026, 11, 16)));
    QCOMPARE(stamp(summary->routeDueAtMs), stamp(endOf(2026, 11, 9)));
    QCOMPARE(stamp(summary->dueAtMs), stamp(endOf(2026, 11, 23)));
    QCOMPARE(summary->firstResponseAtMs, qint64(0));
    QCOMPARE(summary->repliedAtMs, qint64(0));
    QCOMPARE(summary->pausedSinceMs, qint64(0));
    // Opened long ago and never answered: kéo dài already.
    QVERIFY(summary->prolonged == (Core::nowMs() > endOf(2026, 11, 23)));
    QCOMPARE(summary->kind, QString());
}

void TestClocks::oaMessagesSetMilestones_data()
{
    QTest::addColumn<QString>("statusBefore"); // '' = leave the case new
    QTest::addColumn<QVector<qint64>>("oaTimes"); // OA messages, each synced in its own call
    QTest::addColumn<qint64>("firstResponse");
    QTest::addColumn<qint64>("replied");
    const qint64 t1 = vn(2026, 11, 3, 9);
    const qint64 t2 = vn(2026, 11, 4, 9);
    QTest::addRow("console reply answers a new case")
        << QString() << QVector<qint64> {t1} << t1 << t1;
    QTest::addRow("routed case: only the first response")
        << QStringLiteral("routed") << QVector<qint64> {t1} << t1 << qint64(0);
    QTest::addRow("history out of order keeps the earliest")
        << QStringLiteral("routed") << QVector<qint64> {t2, t1} << t1 << qint64(0);
    QTest::addRow("a later reply does not move the answer")
        << QString() << QVector<qint64> {t1, t2} << t1 << t1;
}

void TestClocks::oaMessagesSetMilestones()
{
    QFETCH(QString, statusBefore);
    QFETCH(QVector<qint64>, oaTimes);
    QFETCH(qint64, firstResponse);
    QFETCH(qint64, replied);
    const QString citizen = QStringLiteral("2001");
    const qint64 id = open(citizen, vn(2026, 11, 2, 10));
    if (!statusBefore.isEmpty()) {
        QVERIFY(m_store->setCaseStatus(
            id, *Core::caseStatusFromKey(statusBefore), QStringLiteral("lan")));
    }
    for (int i = 0; i < oaTimes.size(); ++i) {
        const auto result = m_store->ingestConversation(
            std::nullopt, {out(QStringLiteral("oa-%1").arg(i), citizen, oaTimes.at(i))});
        QVERIFY2(result.ok, qPrintable(result.error));
    }
    const auto summary = m_store->caseById(id);
    QCOMPARE(stamp(summary->firstResponseAtMs), stamp(firstResponse));
    QCOMPARE(stamp(summary->repliedAtMs), stamp(replied));
    // Answered on 3/11, well before 23/11: not kéo dài, whatever today is.
    if (replied > 0) {
        QVERIFY(!summary->prolonged);
    }
    const auto clock = Store::Clocks(*m_store).clock(id, vn(2026, 11, 5));
    QVERIFY(clock);
    QCOMPARE(clock->step(Core::ClockStep::Acknowledge).state, Core::StepClock::State::Done);
}

void TestClocks::staffRepliedIsTheFinalAnswer()
{
    const qint64 id = open(QStringLiteral("2500"), vn(2026, 11, 2, 10));
    const qint64 before = Core::nowMs();
    QVERIFY(m_store->setCaseStatus(id, Core::CaseStatus::Replied, QStringLiteral("lan")));
    const auto summary = m_store->caseById(id);
    QVERIFY(summary->repliedAtMs >= before);
    QCOMPARE(summary->firstResponseAtMs, summary->repliedAtMs);
    QCOMPARE(summary->prolonged, summary->repliedAtMs > summary->dueAtMs);
}

void TestClocks::waitingCitizenPausesAndResumeShiftsTheDue()
{
    Store::Clocks clocks(*m_store);
    const Core::WorkingCalendar calendar = clocks.calendar();
    const qint64 now = Core::nowMs();
    const qint64 opened = now - 20LL * 24 * 3600 * 1000;
    const qint64 id = open(QStringLiteral("3001"), opened);
    const qint64 dueBefore = m_store->caseById(id)->dueAtMs;
    QCOMPARE(stamp(dueBefore), stamp(deadline(calendar, opened, 15)));

    QVERIFY(m_store->setCaseStatus(id, Core::CaseStatus::WaitingCitizen, QStringLiteral("lan")));
    auto summary = m_store->caseById(id);
    QVERIFY(summary->pausedSinceMs >= now);
    QCOMPARE(summary->dueAtMs, dueBefore); // nothing paused yet
    QVERIFY(clocks.clock(id)->paused());

    // The pause began ten days ago (as if staff had set it then).
    const qint64 pauseStart = now - 10LL * 24 * 3600 * 1000;
    {
        RawConnection raw(m_store->path());
        QVERIFY(raw.exec(
            QStringLiteral("UPDATE cases SET paused_since_ms = ? WHERE id = ?"), {pauseStart, id}));
        QVERIFY(raw.exec(QStringLiteral("UPDATE case_events SET at_ms = ? WHERE case_id = ? AND "
                                        "kind = 'status_changed'"),
            {pauseStart, id}));
    }
    Store::CaseFilter overdue;
    overdue.overdueOnly = true;
    QCOMPARE(m_store->countCases(overdue), 0); // paused cases are never overdue

    QVERIFY(m_store->setCaseStatus(id, Core::CaseStatus::Classified, QStringLiteral("lan")));
    summary = m_store->caseById(id);
    const int paused = countWorkingDays(calendar, pauseStart, Core::nowMs());
    QVERIFY(paused >= 5); // ten calendar days hold at least six working days, minus holidays
    QCOMPARE(summary->pausedSinceMs, qint64(0));
    QVERIFY(summary->pausedTotalMs >= 10LL * 24 * 3600 * 1000);
    QCOMPARE(stamp(summary->dueAtMs), stamp(deadline(calendar, opened, 15 + paused)));
    QCOMPARE(stamp(summary->ackDueAtMs), stamp(deadline(calendar, opened, 10 + paused)));
    QCOMPARE(stamp(summary->routeDueAtMs), stamp(deadline(calendar, opened, 5))); // not moved
    QVERIFY(!clocks.clock(id)->paused());
}

void TestClocks::citizenWritingResumesTheClock_data()
{
    QTest::addColumn<QString>("statusBefore"); // the status the wait started from
    QTest::addColumn<qint64>("messageAt"); // the citizen's message; 0 = an OA message instead
    QTest::addColumn<bool>("resumes");
    QTest::addColumn<QString>("statusAfter");
    // Opened Mon 2/11/2026 09:00; waiting for the citizen since Wed 4/11 10:00.
    QTest::addRow("the citizen answers a week later") << QStringLiteral(
        "classified") << vn(2026, 11, 11, 15) << true << QStringLiteral("classified");
    QTest::addRow("the same day: no working day lost") << QStringLiteral(
        "classified") << vn(2026, 11, 4, 16) << true << QStringLiteral("classified");
    QTest::addRow("back to where it was (awaiting the agency)") << QStringLiteral(
        "awaiting_agency") << vn(2026, 11, 9, 8) << true << QStringLiteral("awaiting_agency");
    // History synced late: a message from before the wait is not the answer asked for.
    QTest::addRow("an older message keeps the wait") << QStringLiteral(
        "classified") << vn(2026, 11, 3, 8) << false << QStringLiteral("waiting_citizen");
    QTest::addRow("an OA message keeps the wait")
        << QStringLiteral("classified") << qint64(0) << false << QStringLiteral("waiting_citizen");
}

void TestClocks::citizenWritingResumesTheClock()
{
    QFETCH(QString, statusBefore);
    QFETCH(qint64, messageAt);
    QFETCH(bool, resumes);
    QFETCH(QString, statusAfter);
    const QString citizen = QStringLiteral("3500");
    const qint64 opened = vn(2026, 11, 2, 9);
    const qint64 pauseStart = vn(2026, 11, 4, 10);
    const qint64 id = open(citizen, opened);
    QVERIFY(
        m_store->setCaseStatus(id, *Core::caseStatusFromKey(statusBefore), QStringLiteral("lan")));
    QVERIFY(m_store->setCaseStatus(id, Core::CaseStatus::WaitingCitizen, QStringLiteral("lan")));
    {
        // The wait began on 4/11 (as if staff had set it then).
        RawConnection raw(m_store->path());
        QVERIFY(raw.exec(
            QStringLiteral("UPDATE cases SET paused_since_ms = ? WHERE id = ?"), {pauseStart, id}));
        QVERIFY(raw.exec(QStringLiteral("UPDATE case_events SET at_ms = ? WHERE case_id = ? AND "
                                        "kind = 'status_changed' AND detail LIKE ?"),
            {pauseStart, id, QStringLiteral("%\"to\":\"waiting_citizen\"%")}));
    }
    Store::Clocks clocks(*m_store);
    const Core::WorkingCalendar calendar = clocks.calendar();
    const qint64 dueBefore = m_store->caseById(id)->dueAtMs;
    QCOMPARE(stamp(dueBefore), stamp(deadline(calendar, opened, 15)));

    const Core::Message message = messageAt > 0
        ? in(citizen + QStringLiteral("-m2"), citizen, messageAt)
        : out(citizen + QStringLiteral("-oa"), citizen, vn(2026, 11, 6, 9));
    const auto result = m_store->ingestConversation(std::nullopt, {message});
    QVERIFY2(result.ok, qPrintable(result.error));
    const auto summary = m_store->caseById(id);
    QCOMPARE(Core::caseStatusKey(summary->status), statusAfter);
    if (!resumes) {
        QCOMPARE(summary->pausedSinceMs, pauseStart);
        QCOMPARE(summary->pausedTotalMs, qint64(0));
        QVERIFY(clocks.clock(id)->paused());
        return;
    }
    // The paused span is the wait: from its start to the citizen's message.
    QCOMPARE(summary->pausedSinceMs, qint64(0));
    QCOMPARE(summary->pausedTotalMs, messageAt - pauseStart);
    const int paused = countWorkingDays(calendar, pauseStart, messageAt);
    QCOMPARE(stamp(summary->dueAtMs), stamp(deadline(calendar, opened, 15 + paused)));
    QCOMPARE(stamp(summary->ackDueAtMs), stamp(deadline(calendar, opened, 10 + paused)));
    QVERIFY(paused == 0 || summary->dueAtMs > dueBefore);
    QVERIFY(!clocks.clock(id, messageAt + 1000)->paused());
    // The audit log says who ended the wait, and when.
    const auto events = m_store->caseEvents(id);
    QVERIFY(!events.isEmpty());
    const Core::CaseEvent &last = events.constLast();
    QCOMPARE(last.kind, QStringLiteral("status_changed"));
    QCOMPARE(last.atMs, messageAt);
    QVERIFY(last.detail.contains(QStringLiteral("citizen_replied")));
    // Later clock refreshes keep the same pause (rebuilt from the audit log).
    QVERIFY(clocks.refresh(id));
    QCOMPARE(stamp(m_store->caseById(id)->dueAtMs), stamp(summary->dueAtMs));
}

void TestClocks::policySeededAndRefreshAfterChange()
{
    const qint64 id = open(QStringLiteral("4001"), vn(2026, 11, 2, 10));
    Store::Clocks clocks(*m_store);
    const Core::ClockPolicy seeded = clocks.policy();
    QCOMPARE(seeded.rows().size(), Core::ClockPolicy::defaults().rows().size());
    {
        RawConnection raw(m_store->path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM clock_policies")).toInt(),
            int(seeded.rows().size()));
    }
    QVERIFY(clocks.setPolicy(QStringLiteral("*"), Core::ClockStep::FinalAnswer, 20));
    QCOMPARE(stamp(m_store->caseById(id)->dueAtMs), stamp(endOf(2026, 11, 23))); // not yet
    QVERIFY(clocks.refresh(id));
    QCOMPARE(stamp(m_store->caseById(id)->dueAtMs), stamp(endOf(2026, 11, 30)));

    // Replacing the whole policy re-computes the open cases at once.
    Core::ClockPolicy policy = Core::ClockPolicy::defaults();
    policy.set(QStringLiteral("*"), Core::ClockStep::FinalAnswer, 10);
    QSignalSpy changed(m_store.get(), &Store::Store::casesChanged);
    QVERIFY(clocks.replacePolicy(policy));
    QCOMPARE(stamp(m_store->caseById(id)->dueAtMs), stamp(endOf(2026, 11, 16)));
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().first().value<QSet<qint64>>().contains(id));
    QCOMPARE(
        clocks.policy().workingDays(QStringLiteral("question"), Core::ClockStep::FinalAnswer), 10);
}

void TestClocks::kindPolicyApplies()
{
    const qint64 id = open(QStringLiteral("5001"), vn(2026, 11, 27, 16));
    {
        RawConnection raw(m_store->path());
        QVERIFY(raw.exec(QStringLiteral("UPDATE cases SET kind = 'complaint' WHERE id = ?"), {id}));
    }
    Store::Clocks clocks(*m_store);
    QVERIFY(clocks.refresh(id));
    const auto summary = m_store->caseById(id);
    QCOMPARE(summary->kind, QStringLiteral("complaint"));
    QCOMPARE(stamp(summary->dueAtMs), stamp(endOf(2026, 12, 1))); // redirect: 2 working days
}

void TestClocks::hooks()
{
    const qint64 id = open(QStringLiteral("6001"), vn(2026, 11, 2, 10));
    Store::Clocks clocks(*m_store);
    QVERIFY(clocks.onResponded(id, vn(2026, 11, 3), false));
    auto summary = m_store->caseById(id);
    QCOMPARE(stamp(summary->firstResponseAtMs), stamp(vn(2026, 11, 3)));
    QCOMPARE(summary->repliedAtMs, qint64(0));

    // Routed on Wed 4/11 (the lead's routing writes the transfer row, then calls the hook
    // inside its transaction).
    {
        RawConnection raw(m_store->path());
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO transfers(case_id, agency_code, routed_at_ms, "
                                        "routed_by) VALUES(?, 'STP', ?, 'lan')"),
            {id, vn(2026, 11, 4)}));
    }
    QVERIFY(m_store->database().begin());
    QVERIFY(clocks.onRouted(id));
    QVERIFY(m_store->database().commit());
    summary = m_store->caseById(id);
    QCOMPARE(stamp(summary->routedAtMs), stamp(vn(2026, 11, 4)));
    {
        RawConnection raw(m_store->path());
        QCOMPARE(stamp(raw.scalar(QStringLiteral("SELECT due_at_ms FROM transfers")).toLongLong()),
            stamp(endOf(2026, 11, 13)));
        QVERIFY(raw.exec(
            QStringLiteral("UPDATE transfers SET answered_at_ms = ?"), {vn(2026, 11, 12)}));
    }
    QVERIFY(clocks.onAgencyAnswered(id));
    QCOMPARE(stamp(m_store->caseById(id)->agencyAnsweredAtMs), stamp(vn(2026, 11, 12)));
    const auto clock = clocks.clock(id, vn(2026, 11, 13));
    QCOMPARE(clock->step(Core::ClockStep::AgencyAnswer).state, Core::StepClock::State::Done);
    QCOMPARE(clock->step(Core::ClockStep::Route).state, Core::StepClock::State::Done);

    // A final answer after the due moment: kéo dài, and it stays.
    QSignalSpy changed(m_store.get(), &Store::Store::casesChanged);
    QVERIFY(clocks.onResponded(id, vn(2026, 11, 25), true));
    QCOMPARE(changed.count(), 1); // outside a transaction the hook announces the case
    summary = m_store->caseById(id);
    QCOMPARE(stamp(summary->repliedAtMs), stamp(vn(2026, 11, 25)));
    QCOMPARE(stamp(summary->firstResponseAtMs), stamp(vn(2026, 11, 3)));
    QVERIFY(summary->prolonged);
    QVERIFY(clocks.refresh(id));
    QVERIFY(m_store->caseById(id)->prolonged);
}

void TestClocks::agreedTransferDueStays()
{
    const qint64 id = open(QStringLiteral("6501"), vn(2026, 11, 2, 10));
    {
        RawConnection raw(m_store->path());
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO transfers(case_id, agency_code, routed_at_ms, "
                                        "due_at_ms, routed_by) VALUES(?, 'STP', ?, ?, 'lan')"),
            {id, vn(2026, 11, 4), endOf(2026, 11, 20)}));
    }
    Store::Clocks clocks(*m_store);
    QVERIFY(clocks.onRouted(id));
    QVERIFY(clocks.refresh(id));
    {
        RawConnection raw(m_store->path());
        QCOMPARE(stamp(raw.scalar(QStringLiteral("SELECT due_at_ms FROM transfers")).toLongLong()),
            stamp(endOf(2026, 11, 20)));
    }
    QCOMPARE(stamp(clocks.clock(id, vn(2026, 11, 16))->step(Core::ClockStep::AgencyAnswer).dueAtMs),
        stamp(endOf(2026, 11, 20)));
}

void TestClocks::calendarChangeMovesOpenCases()
{
    const qint64 openId = open(QStringLiteral("7001"), vn(2026, 11, 2, 10));
    const qint64 answeredId = open(QStringLiteral("7002"), vn(2026, 11, 2, 11));
    QVERIFY(m_store
                ->ingestConversation(std::nullopt,
                    {out(QStringLiteral("oa-7002"), QStringLiteral("7002"), vn(2026, 11, 3))})
                .ok);
    Store::Clocks clocks(*m_store);
    // A single desk keeps it beside its file; a team's database keeps it for every desk.
    QCOMPARE(clocks.calendarPath(),
        onPostgres() ? QString() : m_dir->filePath(QStringLiteral("calendar.json")));

    Core::WorkingCalendar calendar;
    Core::YearOverrides overrides;
    overrides.extraDaysOff.append({QDate(2026, 11, 20), QStringLiteral("Nghỉ theo thông báo")});
    calendar.setOverrides(2026, overrides);
    QString error;
    QVERIFY2(clocks.saveCalendar(calendar, &error), qPrintable(error));
    QVERIFY(onPostgres() || QFile::exists(clocks.calendarPath()));
    QCOMPARE(stamp(m_store->caseById(openId)->dueAtMs), stamp(endOf(2026, 11, 24)));
    QCOMPARE(stamp(m_store->caseById(answeredId)->dueAtMs), stamp(endOf(2026, 11, 23)));

    // A second store on the same profile (the sync worker's, or a colleague's desk) reads it.
    Store::Store other;
    QVERIFY(other.open(m_store->path()));
    QVERIFY(other
                .ingestConversation(std::nullopt,
                    {in(QStringLiteral("7003-m1"), QStringLiteral("7003"), vn(2026, 11, 2, 12))})
                .ok);
    QCOMPARE(stamp(onlyCaseOf(other, QStringLiteral("7003")).dueAtMs), stamp(endOf(2026, 11, 24)));
}

void TestClocks::clockFilters_data()
{
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("dueSoon");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("expected"); // citizens
    // At Friday 20/11/2026 10:00 (route = forwarding, 5 working days; agency 7):
    //  A opened 2/11, nothing done: acknowledgement due 16/11, forwarding due 9/11 -> overdue;
    //  B opened 2/11, acknowledged 3/11, forwarded 3/11, agency answered 10/11: only the
    //    final answer is open, due Mon 23/11 -> due soon;
    //  C opened 16/11, nothing done: forwarding due Mon 23/11 -> due soon;
    //  H opened 12/11, acknowledged and forwarded 13/11 with the agency's answer agreed for
    //    18/11, no answer yet -> overdue (the agency step only);
    //  J opened 18/11: forwarding due 25/11 -> neither;
    //  D opened 2/11, waiting for the citizen -> neither (paused);
    //  E opened 2/11, answered 5/11 -> neither; F like A but closed -> neither.
    QTest::addRow("overdue") << true << false << QString() << QStringList {"A", "H"};
    QTest::addRow("due soon") << false << true << QString() << QStringList {"B", "C"};
    QTest::addRow("overdue complaints")
        << true << false << QStringLiteral("complaint") << QStringList {};
    QTest::addRow("every question")
        << false << false << QStringLiteral("question") << QStringList {"B"};
}

void TestClocks::clockFilters()
{
    QFETCH(bool, overdue);
    QFETCH(bool, dueSoon);
    QFETCH(QString, kind);
    QFETCH(QStringList, expected);
    Store::Clocks clocks(*m_store);
    // Acknowledged (routed first, so the OA message is a first response, not the answer) and
    // forwarded at `routed`, with an agreed due or the policy's.
    const auto forward = [&](const QString &citizen, qint64 opened, qint64 routed, qint64 agreedDue,
                             qint64 answered) {
        const qint64 id = open(citizen, opened);
        QVERIFY(m_store->setCaseStatus(id, Core::CaseStatus::Routed, QStringLiteral("lan")));
        QVERIFY(m_store
                    ->ingestConversation(
                        std::nullopt, {out(QStringLiteral("oa-") + citizen, citizen, routed)})
                    .ok);
        {
            RawConnection raw(m_store->path());
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO transfers(case_id, agency_code, "
                                            "routed_at_ms, due_at_ms, answered_at_ms, routed_by) "
                                            "VALUES(?, 'STP', ?, ?, ?, 'lan')"),
                {id, routed, agreedDue > 0 ? QVariant(agreedDue) : QVariant(),
                    answered > 0 ? QVariant(answered) : QVariant()}));
        }
        QVERIFY(clocks.onRouted(id));
        if (answered > 0) {
            QVERIFY(clocks.onAgencyAnswered(id));
        }
    };
    open(QStringLiteral("A"), vn(2026, 11, 2, 9));
    forward(QStringLiteral("B"), vn(2026, 11, 2, 10), vn(2026, 11, 3), 0, vn(2026, 11, 10));
    open(QStringLiteral("C"), vn(2026, 11, 16, 10));
    forward(QStringLiteral("H"), vn(2026, 11, 12, 10), vn(2026, 11, 13), endOf(2026, 11, 18), 0);
    open(QStringLiteral("J"), vn(2026, 11, 18, 10));
    const qint64 d = open(QStringLiteral("D"), vn(2026, 11, 2, 11));
    QVERIFY(m_store->setCaseStatus(d, Core::CaseStatus::WaitingCitizen, QStringLiteral("lan")));
    open(QStringLiteral("E"), vn(2026, 11, 2, 12));
    QVERIFY(m_store
                ->ingestConversation(std::nullopt,
                    {out(QStringLiteral("oa-E"), QStringLiteral("E"), vn(2026, 11, 5))})
                .ok);
    const qint64 f = open(QStringLiteral("F"), vn(2026, 11, 2, 13));
    QVERIFY(m_store->setCaseStatus(f, Core::CaseStatus::Closed, QStringLiteral("lan")));
    {
        RawConnection raw(m_store->path());
        QVERIFY(
            raw.exec(QStringLiteral("UPDATE cases SET kind = 'question' WHERE citizen_id = 'B'")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE cases SET kind = 'report' WHERE citizen_id IN "
                                        "('A', 'C', 'H', 'J')")));
    }

    Store::CaseFilter filter;
    filter.overdueOnly = overdue;
    filter.dueSoonOnly = dueSoon;
    filter.kind = kind;
    filter.nowMs = vn(2026, 11, 20, 10);
    QCOMPARE(citizensFound(filter), expected);
    QCOMPARE(m_store->countCases(filter), int(expected.size()));
    QCOMPARE(m_store->countCasesCapped(filter).count, int(expected.size()));
    // With search text the same conditions apply to the FTS hits.
    filter.searchText = QStringLiteral("thủ tục");
    QCOMPARE(m_store->countCases(filter), int(expected.size()));
    // The inbox's deadline column shows the step that put each case in the list.
    if (overdue || dueSoon) {
        const Core::WorkingCalendar calendar = clocks.calendar();
        for (const auto &summary : m_store->cases(filter, 0, 100)) {
            const Core::StepClock headline
                = Core::CaseClock::fromCase(summary, calendar, filter.nowMs).headline();
            QCOMPARE(headline.state,
                overdue ? Core::StepClock::State::Overdue : Core::StepClock::State::DueSoon);
        }
    }
}

void TestClocks::backlogPeriodAndRatingFilters_data()
{
    QTest::addColumn<bool>("openOnly");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("rating");
    QTest::addColumn<QStringList>("expected");
    // P opened 2/11 and open; Q opened 16/11, answered and rated; R opened 20/11 and closed.
    QTest::addRow("backlog") << true << qint64(0) << qint64(0) << QString() << QStringList {"P"};
    QTest::addRow("received 10/11 to 20/11 (exclusive)")
        << false << vn(2026, 11, 10, 0) << vn(2026, 11, 20, 0) << QString() << QStringList {"Q"};
    QTest::addRow("received from 10/11")
        << false << vn(2026, 11, 10, 0) << qint64(0) << QString() << QStringList {"Q", "R"};
    QTest::addRow("rated") << false << qint64(0) << qint64(0) << QStringLiteral("hai_long")
                           << QStringList {"Q"};
}

void TestClocks::backlogPeriodAndRatingFilters()
{
    QFETCH(bool, openOnly);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, rating);
    QFETCH(QStringList, expected);
    open(QStringLiteral("P"), vn(2026, 11, 2));
    const qint64 q = open(QStringLiteral("Q"), vn(2026, 11, 16));
    QVERIFY(m_store
                ->ingestConversation(std::nullopt,
                    {out(QStringLiteral("oa-Q"), QStringLiteral("Q"), vn(2026, 11, 17))})
                .ok);
    const qint64 r = open(QStringLiteral("R"), vn(2026, 11, 20));
    QVERIFY(m_store->setCaseStatus(r, Core::CaseStatus::Closed, QStringLiteral("lan")));
    {
        RawConnection raw(m_store->path());
        QVERIFY(raw.exec(QStringLiteral("UPDATE cases SET rating = 'hai_long' WHERE id = ?"), {q}));
    }
    Store::CaseFilter filter;
    filter.openOnly = openOnly;
    filter.openedFromMs = from;
    filter.openedToMs = to;
    filter.rating = rating;
    QCOMPARE(citizensFound(filter), expected);
    QCOMPARE(m_store->countCases(filter), int(expected.size()));
}

DESK_TEST_GUILESS_MAIN(TestClocks)
#include "tst_clocks.moc"
