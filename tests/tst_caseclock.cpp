// SPDX-License-Identifier: GPL-3.0-or-later
// Legal clocks of a case: policy lookup, due moments per kind and step over weekends, Tết 2026
// and a make-up Saturday, pause and resume, the one-working-day warning, overdue, kéo dài.
#include "core/caseclock.h"
#include "core/domain.h"
#include "support/testmain.h"

#include <QTimeZone>
#include <QtTest>

using namespace Desk::Core;

namespace {

const QTimeZone kVietnam(7 * 3600);

qint64 vn(int year, int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), kVietnam).toMSecsSinceEpoch();
}

qint64 endOf(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(23, 59, 59, 999), kVietnam).toMSecsSinceEpoch();
}

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, kVietnam).toString(Qt::ISODateWithMs);
}

// Opened Monday 2/11/2026 10:00: acknowledge due Mon 16/11, route Mon 9/11, final Mon 23/11.
CaseClockInput november(const QString &kind = QStringLiteral("question"))
{
    CaseClockInput input;
    input.kind = kind;
    input.openedAtMs = vn(2026, 11, 2);
    return input;
}

} // namespace

Q_DECLARE_METATYPE(Desk::Core::ClockStep)
Q_DECLARE_METATYPE(Desk::Core::StepClock::State)

class TestCaseClock : public QObject
{
    Q_OBJECT
private slots:
    void policyLookup_data();
    void policyLookup();
    void policyOverrideAndSwitchOff();
    void dues_data();
    void dues();
    void states_data();
    void states();
    void headlineIsTheOpenStepDueFirst_data();
    void headlineIsTheOpenStepDueFirst();
    void listClockFromTheRow();
    void pauseMovesAcknowledgeAndFinal_data();
    void pauseMovesAcknowledgeAndFinal();
    void openPauseShowsPaused();
    void prolonged_data();
    void prolonged();
    void agencyAnswerFollowsTheLatestTransfer();
    void routeIsMootWhenAnsweredWithoutForwarding();
    void stepKeysRoundTrip();
};

void TestCaseClock::policyLookup_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ClockStep>("step");
    QTest::addColumn<int>("days");
    for (const CaseKind kind : {CaseKind::Question, CaseKind::Report, CaseKind::Petition}) {
        const QString key = caseKindKey(kind);
        QTest::addRow("%s acknowledge", qPrintable(key)) << key << ClockStep::Acknowledge << 10;
        QTest::addRow("%s route", qPrintable(key)) << key << ClockStep::Route << 5;
        QTest::addRow("%s agency", qPrintable(key)) << key << ClockStep::AgencyAnswer << 7;
        QTest::addRow("%s final", qPrintable(key)) << key << ClockStep::FinalAnswer << 15;
    }
    QTest::addRow("unclassified final") << QString() << ClockStep::FinalAnswer << 15;
    QTest::addRow("complaint redirect") << QStringLiteral("complaint") << ClockStep::Route << 2;
    QTest::addRow("complaint final") << QStringLiteral("complaint") << ClockStep::FinalAnswer << 2;
    QTest::addRow("complaint acknowledge (from *)")
        << QStringLiteral("complaint") << ClockStep::Acknowledge << 10;
}

void TestCaseClock::policyLookup()
{
    QFETCH(QString, kind);
    QFETCH(ClockStep, step);
    QFETCH(int, days);
    QCOMPARE(ClockPolicy::defaults().workingDays(kind, step), std::optional<int>(days));
}

void TestCaseClock::policyOverrideAndSwitchOff()
{
    ClockPolicy policy = ClockPolicy::defaults();
    policy.set(QStringLiteral("rating"), ClockStep::FinalAnswer, 0);
    policy.set(QStringLiteral("report"), ClockStep::FinalAnswer, 20);
    QCOMPARE(policy.workingDays(QStringLiteral("rating"), ClockStep::FinalAnswer), std::nullopt);
    QCOMPARE(policy.workingDays(QStringLiteral("report"), ClockStep::FinalAnswer), 20);
    QCOMPARE(policy.workingDays(QStringLiteral("question"), ClockStep::FinalAnswer), 15);
    policy.remove(QStringLiteral("report"), ClockStep::FinalAnswer);
    QCOMPARE(policy.workingDays(QStringLiteral("report"), ClockStep::FinalAnswer), 15);
    const QVector<ClockPolicyRow> rows = policy.rows();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().kind, QStringLiteral("*"));

    // A rating needs no answer: no clock at all for that step.
    CaseClockInput input = november(QStringLiteral("rating"));
    const CaseClock clock = CaseClock::compute(input, policy, WorkingCalendar(), vn(2026, 11, 3));
    QCOMPARE(clock.step(ClockStep::FinalAnswer).state, StepClock::State::NotApplicable);
    QVERIFY(!clock.prolonged());
}

void TestCaseClock::dues_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ClockStep>("step");
    QTest::addColumn<qint64>("startMs"); // receipt, or routing for the agency step
    QTest::addColumn<bool>("makeUpSaturday");
    QTest::addColumn<qint64>("expectedDue");

    // Friday 27/11/2026: counting starts Monday 30/11 (Art. 147), weekends skipped.
    const qint64 friday = vn(2026, 11, 27, 16);
    QTest::addRow("question acknowledge over two weekends")
        << "question" << ClockStep::Acknowledge << friday << false << endOf(2026, 12, 11);
    QTest::addRow("question route")
        << "question" << ClockStep::Route << friday << false << endOf(2026, 12, 4);
    QTest::addRow("question final")
        << "question" << ClockStep::FinalAnswer << vn(2026, 11, 2) << false << endOf(2026, 11, 23);
    QTest::addRow("report agency answer")
        << "report" << ClockStep::AgencyAnswer << vn(2026, 12, 2) << false << endOf(2026, 12, 11);
    QTest::addRow("petition final")
        << "petition" << ClockStep::FinalAnswer << vn(2026, 11, 2) << false << endOf(2026, 11, 23);
    QTest::addRow("complaint redirect")
        << "complaint" << ClockStep::FinalAnswer << friday << false << endOf(2026, 12, 1);
    // Received on a Saturday: counts from Monday like a Friday receipt.
    QTest::addRow("received on Saturday")
        << "question" << ClockStep::Route << vn(2026, 11, 28) << false << endOf(2026, 12, 4);
    // Monday 30/11 00:30 +07 is still Sunday in UTC: counting starts Tuesday, not Monday.
    QTest::addRow("Vietnam date, not UTC")
        << "question" << ClockStep::Route << vn(2026, 11, 30, 0, 30) << false << endOf(2026, 12, 7);
    // Tết 2026: 16/2-20/2 off. Thu 12/2 + 10: Fri 13, Mon 23 - Fri 27, Mon 2/3 - Thu 5/3.
    QTest::addRow("acknowledge across Tet 2026")
        << "question" << ClockStep::Acknowledge << vn(2026, 2, 12) << false << endOf(2026, 3, 5);
    QTest::addRow("route across Tet 2026")
        << "question" << ClockStep::Route << vn(2026, 2, 13) << false << endOf(2026, 2, 27);
    // A make-up working Saturday 14/3/2026 counts: Wed 11/3 + 5 ends Tue 17/3, not Wed 18/3.
    QTest::addRow("without make-up Saturday")
        << "question" << ClockStep::Route << vn(2026, 3, 11) << false << endOf(2026, 3, 18);
    QTest::addRow("with make-up Saturday")
        << "question" << ClockStep::Route << vn(2026, 3, 11) << true << endOf(2026, 3, 17);
}

void TestCaseClock::dues()
{
    QFETCH(QString, kind);
    QFETCH(ClockStep, step);
    QFETCH(qint64, startMs);
    QFETCH(bool, makeUpSaturday);
    QFETCH(qint64, expectedDue);

    WorkingCalendar calendar;
    if (makeUpSaturday) {
        YearOverrides overrides;
        overrides.workingDays.append({QDate(2026, 3, 14), QStringLiteral("Làm bù")});
        calendar.setOverrides(2026, overrides);
    }
    CaseClockInput input;
    input.kind = kind;
    input.openedAtMs = startMs;
    if (step == ClockStep::AgencyAnswer) {
        input.openedAtMs = startMs - 24LL * 3600 * 1000;
        input.transfers.append({startMs, 0});
    }
    const CaseClock clock
        = CaseClock::compute(input, ClockPolicy::defaults(), calendar, input.openedAtMs);
    QCOMPARE(stamp(clock.step(step).dueAtMs), stamp(expectedDue));
}

void TestCaseClock::states_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<StepClock::State>("state");
    QTest::addColumn<int>("workingDays");
    // Final answer due at the end of Monday 23/11/2026.
    QTest::addRow("two working days before") << vn(2026, 11, 19) << StepClock::State::OnTrack << 2;
    QTest::addRow("one working day before") << vn(2026, 11, 20) << StepClock::State::DueSoon << 1;
    QTest::addRow("weekend before a Monday due")
        << vn(2026, 11, 21) << StepClock::State::DueSoon << 1;
    QTest::addRow("on the due day") << vn(2026, 11, 23, 17) << StepClock::State::DueSoon << 0;
    QTest::addRow("last minute of the due day")
        << vn(2026, 11, 23, 23, 59) << StepClock::State::DueSoon << 0;
    QTest::addRow("next morning") << vn(2026, 11, 24, 0, 5) << StepClock::State::Overdue << 1;
    QTest::addRow("a week later") << vn(2026, 11, 30) << StepClock::State::Overdue << 5;
    QTest::addRow("a week earlier") << vn(2026, 11, 16) << StepClock::State::OnTrack << 5;
}

void TestCaseClock::states()
{
    QFETCH(qint64, now);
    QFETCH(StepClock::State, state);
    QFETCH(int, workingDays);
    const CaseClock clock
        = CaseClock::compute(november(), ClockPolicy::defaults(), WorkingCalendar(), now);
    const StepClock final = clock.step(ClockStep::FinalAnswer);
    QCOMPARE(stamp(final.dueAtMs), stamp(endOf(2026, 11, 23)));
    QCOMPARE(final.state, state);
    QCOMPARE(final.workingDays, workingDays);
    QCOMPARE(clock.prolonged(), state == StepClock::State::Overdue);
}

void TestCaseClock::headlineIsTheOpenStepDueFirst_data()
{
    QTest::addColumn<qint64>("firstResponse");
    QTest::addColumn<qint64>("routed");
    QTest::addColumn<qint64>("agencyAnswered");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<qint64>("replied");
    QTest::addColumn<ClockStep>("step");
    QTest::addColumn<StepClock::State>("state");
    // Opened Mon 2/11, seen on Fri 20/11. Dues: route 9/11, acknowledgement 16/11, answer
    // 23/11; an agency reached on 3/11 owes its answer by 12/11.
    const qint64 none = 0;
    QTest::addRow("nothing done: forwarding was due first")
        << none << none << none << false << none << ClockStep::Route << StepClock::State::Overdue;
    QTest::addRow("forwarded, the agency is silent")
        << none << vn(2026, 11, 3) << none << false << none << ClockStep::AgencyAnswer
        << StepClock::State::Overdue;
    QTest::addRow("agency answered, no acknowledgement")
        << none << vn(2026, 11, 3) << vn(2026, 11, 5) << false << none << ClockStep::Acknowledge
        << StepClock::State::Overdue;
    QTest::addRow("only the answer is left")
        << vn(2026, 11, 3) << vn(2026, 11, 3) << vn(2026, 11, 5) << false << none
        << ClockStep::FinalAnswer << StepClock::State::DueSoon;
    QTest::addRow("waiting for the citizen") << none << none << none << true << none
                                             << ClockStep::FinalAnswer << StepClock::State::Paused;
    QTest::addRow("answered: the done answer")
        << vn(2026, 11, 3) << none << none << false << vn(2026, 11, 4) << ClockStep::FinalAnswer
        << StepClock::State::Done;
}

void TestCaseClock::headlineIsTheOpenStepDueFirst()
{
    QFETCH(qint64, firstResponse);
    QFETCH(qint64, routed);
    QFETCH(qint64, agencyAnswered);
    QFETCH(bool, paused);
    QFETCH(qint64, replied);
    QFETCH(ClockStep, step);
    QFETCH(StepClock::State, state);
    CaseClockInput input = november();
    input.firstResponseAtMs = firstResponse;
    input.routedAtMs = routed;
    input.agencyAnsweredAtMs = agencyAnswered;
    input.repliedAtMs = replied;
    if (paused) {
        input.pauses = {{vn(2026, 11, 19), 0}};
    }
    const CaseClock clock
        = CaseClock::compute(input, ClockPolicy::defaults(), WorkingCalendar(), vn(2026, 11, 20));
    QCOMPARE(clock.headline().step, step);
    QCOMPARE(clock.headline().state, state);
    // No other open step is due before the headline (unless the case is paused).
    for (const StepClock &other : clock.steps()) {
        if (!paused && other.isOpen() && other.dueAtMs > 0) {
            QVERIFY(other.dueAtMs >= clock.headline().dueAtMs);
        }
    }
}

void TestCaseClock::listClockFromTheRow()
{
    // The inbox builds the clocks from the case row: the latest hop's due while unanswered.
    CaseSummary row;
    row.status = CaseStatus::AwaitingAgency;
    row.openedAtMs = vn(2026, 11, 2);
    row.firstResponseAtMs = vn(2026, 11, 3);
    row.routedAtMs = vn(2026, 11, 3);
    row.ackDueAtMs = endOf(2026, 11, 16);
    row.routeDueAtMs = endOf(2026, 11, 9);
    row.dueAtMs = endOf(2026, 11, 23);
    row.agencyDueAtMs = endOf(2026, 11, 12);
    CaseClock clock = CaseClock::fromCase(row, WorkingCalendar(), vn(2026, 11, 11));
    QCOMPARE(clock.step(ClockStep::AgencyAnswer).state, StepClock::State::DueSoon);
    QCOMPARE(clock.headline().step, ClockStep::AgencyAnswer);
    QCOMPARE(stamp(clock.headline().dueAtMs), stamp(endOf(2026, 11, 12)));
    // The agency answered: its step leaves the list's clocks, the answer to the citizen leads.
    row.agencyDueAtMs = 0;
    clock = CaseClock::fromCase(row, WorkingCalendar(), vn(2026, 11, 11));
    QCOMPARE(clock.step(ClockStep::AgencyAnswer).state, StepClock::State::NotApplicable);
    QCOMPARE(clock.headline().step, ClockStep::FinalAnswer);
    QCOMPARE(clock.headline().state, StepClock::State::OnTrack);
}

void TestCaseClock::pauseMovesAcknowledgeAndFinal_data()
{
    QTest::addColumn<qint64>("pauseStart");
    QTest::addColumn<qint64>("pauseEnd");
    QTest::addColumn<int>("pausedDays");
    QTest::addColumn<qint64>("acknowledgeDue");
    QTest::addColumn<qint64>("finalDue");
    // Wed 4/11 09:00 to Mon 9/11 15:00 stops Thu 5, Fri 6 and Mon 9: both dues move 3 days.
    QTest::addRow("three working days") << vn(2026, 11, 4, 9) << vn(2026, 11, 9, 15) << 3
                                        << endOf(2026, 11, 19) << endOf(2026, 11, 26);
    QTest::addRow("same day moves nothing") << vn(2026, 11, 4, 9) << vn(2026, 11, 4, 16) << 0
                                            << endOf(2026, 11, 16) << endOf(2026, 11, 23);
    // Fri 6/11 to Sat 7/11 stops no working day; Fri to Mon stops Monday.
    QTest::addRow("over a weekend") << vn(2026, 11, 6, 9) << vn(2026, 11, 7, 9) << 0
                                    << endOf(2026, 11, 16) << endOf(2026, 11, 23);
    QTest::addRow("Friday to Monday") << vn(2026, 11, 6, 9) << vn(2026, 11, 9, 9) << 1
                                      << endOf(2026, 11, 17) << endOf(2026, 11, 24);
}

void TestCaseClock::pauseMovesAcknowledgeAndFinal()
{
    QFETCH(qint64, pauseStart);
    QFETCH(qint64, pauseEnd);
    QFETCH(int, pausedDays);
    QFETCH(qint64, acknowledgeDue);
    QFETCH(qint64, finalDue);
    CaseClockInput input = november();
    input.pauses.append({pauseStart, pauseEnd});
    const qint64 now = vn(2026, 11, 10);
    QCOMPARE(CaseClock::pausedWorkingDays(WorkingCalendar(), input.pauses, now), pausedDays);
    const CaseClock clock
        = CaseClock::compute(input, ClockPolicy::defaults(), WorkingCalendar(), now);
    QVERIFY(!clock.paused());
    QCOMPARE(stamp(clock.step(ClockStep::Acknowledge).dueAtMs), stamp(acknowledgeDue));
    QCOMPARE(stamp(clock.step(ClockStep::FinalAnswer).dueAtMs), stamp(finalDue));
    // Forwarding is the desk's own job: the citizen's silence does not move it.
    QCOMPARE(stamp(clock.step(ClockStep::Route).dueAtMs), stamp(endOf(2026, 11, 9)));
}

void TestCaseClock::openPauseShowsPaused()
{
    CaseClockInput input = november();
    input.pauses.append({vn(2026, 11, 4, 9), 0});
    // Friday 6/11: paused for Thu 5 and Fri 6 so far.
    const CaseClock clock
        = CaseClock::compute(input, ClockPolicy::defaults(), WorkingCalendar(), vn(2026, 11, 6));
    QVERIFY(clock.paused());
    QCOMPARE(clock.step(ClockStep::FinalAnswer).state, StepClock::State::Paused);
    QCOMPARE(clock.step(ClockStep::Acknowledge).state, StepClock::State::Paused);
    QCOMPARE(clock.step(ClockStep::Route).state, StepClock::State::DueSoon); // Mon 9/11
    QCOMPARE(stamp(clock.step(ClockStep::FinalAnswer).dueAtMs), stamp(endOf(2026, 11, 25)));
    QVERIFY(!clock.prolonged());
}

void TestCaseClock::prolonged_data()
{
    QTest::addColumn<qint64>("repliedAt");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("late");
    QTest::addColumn<bool>("prolonged");
    QTest::addRow("answered on time") << vn(2026, 11, 20) << vn(2026, 12, 20) << false << false;
    QTest::addRow("answered on the due day")
        << vn(2026, 11, 23, 23, 0) << vn(2026, 12, 20) << false << false;
    QTest::addRow("answered late stays prolonged")
        << vn(2026, 11, 25) << vn(2026, 12, 20) << true << true;
    QTest::addRow("still open, overdue") << qint64(0) << vn(2026, 11, 24) << false << true;
    QTest::addRow("still open, in time") << qint64(0) << vn(2026, 11, 23) << false << false;
}

void TestCaseClock::prolonged()
{
    QFETCH(qint64, repliedAt);
    QFETCH(qint64, now);
    QFETCH(bool, late);
    QFETCH(bool, prolonged);
    CaseClockInput input = november();
    input.firstResponseAtMs = vn(2026, 11, 3);
    input.repliedAtMs = repliedAt;
    const CaseClock clock
        = CaseClock::compute(input, ClockPolicy::defaults(), WorkingCalendar(), now);
    QCOMPARE(clock.step(ClockStep::FinalAnswer).late, late);
    QCOMPARE(clock.prolonged(), prolonged);
}

void TestCaseClock::agencyAnswerFollowsTheLatestTransfer()
{
    CaseClockInput input = november();
    input.routedAtMs = vn(2026, 11, 4);
    // First agency answered "not ours" on 5/11; re-routed on Mon 9/11: 7 LV -> Wed 18/11.
    input.transfers = {{vn(2026, 11, 4), vn(2026, 11, 5)}, {vn(2026, 11, 9), 0}};
    CaseClock clock
        = CaseClock::compute(input, ClockPolicy::defaults(), WorkingCalendar(), vn(2026, 11, 17));
    StepClock agency = clock.step(ClockStep::AgencyAnswer);
    QCOMPARE(stamp(agency.dueAtMs), stamp(endOf(2026, 11, 18)));
    QCOMPARE(agency.state, StepClock::State::DueSoon);
    QCOMPARE(clock.step(ClockStep::Route).state, StepClock::State::Done);

    input.transfers.last().answeredAtMs = vn(2026, 11, 19);
    clock = CaseClock::compute(input, ClockPolicy::defaults(), WorkingCalendar(), vn(2026, 11, 20));
    agency = clock.step(ClockStep::AgencyAnswer);
    QCOMPARE(agency.state, StepClock::State::Done);
    QVERIFY(agency.late);

    // A due date agreed with the agency at routing wins over the policy's working days.
    input.transfers.last().dueAtMs = endOf(2026, 11, 20);
    clock = CaseClock::compute(input, ClockPolicy::defaults(), WorkingCalendar(), vn(2026, 11, 20));
    QCOMPARE(stamp(clock.step(ClockStep::AgencyAnswer).dueAtMs), stamp(endOf(2026, 11, 20)));
    QVERIFY(!clock.step(ClockStep::AgencyAnswer).late);

    // Without transfer rows the case row's own routing milestones drive it.
    input.transfers.clear();
    input.agencyAnsweredAtMs = vn(2026, 11, 6);
    clock = CaseClock::compute(input, ClockPolicy::defaults(), WorkingCalendar(), vn(2026, 11, 20));
    QCOMPARE(stamp(clock.step(ClockStep::AgencyAnswer).dueAtMs), stamp(endOf(2026, 11, 13)));
    QVERIFY(!clock.step(ClockStep::AgencyAnswer).late);
}

void TestCaseClock::routeIsMootWhenAnsweredWithoutForwarding()
{
    CaseClockInput input = november();
    CaseClock clock
        = CaseClock::compute(input, ClockPolicy::defaults(), WorkingCalendar(), vn(2026, 11, 10));
    QCOMPARE(clock.step(ClockStep::Route).state, StepClock::State::Overdue);
    QCOMPARE(clock.step(ClockStep::AgencyAnswer).state, StepClock::State::NotApplicable);
    // Forwarding was due first (ND 20/2008 Art. 9: within 5 working days of receipt).
    QCOMPARE(clock.headline().step, ClockStep::Route);

    input.firstResponseAtMs = input.repliedAtMs = vn(2026, 11, 12);
    clock = CaseClock::compute(input, ClockPolicy::defaults(), WorkingCalendar(), vn(2026, 11, 13));
    QCOMPARE(clock.step(ClockStep::Route).state, StepClock::State::NotApplicable);
}

void TestCaseClock::stepKeysRoundTrip()
{
    for (const ClockStep step : allClockSteps()) {
        QCOMPARE(clockStepFromKey(clockStepKey(step)), std::optional<ClockStep>(step));
    }
    QCOMPARE(clockStepFromKey(QStringLiteral("nonsense")), std::nullopt);
}

DESK_TEST_GUILESS_MAIN(TestCaseClock)
#include "tst_caseclock.moc"
