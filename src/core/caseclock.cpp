// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/caseclock.h"

#include "core/domain.h"
#include "core/vietnamtime.h"

#include <QTimeZone>
#include <algorithm>

namespace Desk::Core {

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 deadlineMs(const WorkingCalendar &calendar, qint64 startMs, int workingDays)
{
    return calendar.deadline(utc(startMs), workingDays).toMSecsSinceEpoch();
}

} // namespace

QString clockStepKey(ClockStep step)
{
    switch (step) {
    case ClockStep::Acknowledge:
        return QStringLiteral("acknowledge");
    case ClockStep::Route:
        return QStringLiteral("route");
    case ClockStep::AgencyAnswer:
        return QStringLiteral("agency_answer");
    case ClockStep::FinalAnswer:
        return QStringLiteral("final_answer");
    }
    return {};
}

std::optional<ClockStep> clockStepFromKey(const QString &key)
{
    for (const ClockStep step : allClockSteps()) {
        if (clockStepKey(step) == key) {
            return step;
        }
    }
    return std::nullopt;
}

QList<ClockStep> allClockSteps()
{
    return {
        ClockStep::Acknowledge, ClockStep::Route, ClockStep::AgencyAnswer, ClockStep::FinalAnswer};
}

// --- policy ----------------------------------------------------------------------------------

ClockPolicy ClockPolicy::defaults()
{
    ClockPolicy policy;
    const QString any = QString::fromLatin1(kAnyKind);
    policy.set(any, ClockStep::Acknowledge, 10); // Luật Tiếp công dân 2013 Art. 28
    policy.set(any, ClockStep::Route, 5); // ND 20/2008 Art. 9
    policy.set(any, ClockStep::AgencyAnswer, 7); // e.g. TT 17/2014/TT-BVHTTDL
    policy.set(any, ClockStep::FinalAnswer, 15); // ND 43/2011 Art. 17, provincial quy chế
    // Khiếu nại / tố cáo: not PAKN (ND 20 Art. 1); the answer is the redirect itself.
    const QString complaint = caseKindKey(CaseKind::Complaint);
    policy.set(complaint, ClockStep::Route, 2);
    policy.set(complaint, ClockStep::FinalAnswer, 2);
    return policy;
}

void ClockPolicy::set(const QString &kind, ClockStep step, int workingDays)
{
    m_days.insert({kind, int(step)}, std::max(0, workingDays));
}

void ClockPolicy::remove(const QString &kind, ClockStep step)
{
    m_days.remove({kind, int(step)});
}

std::optional<int> ClockPolicy::workingDays(const QString &kind, ClockStep step) const
{
    auto it = m_days.constFind({kind, int(step)});
    if (it == m_days.cend()) {
        it = m_days.constFind({QString::fromLatin1(kAnyKind), int(step)});
    }
    if (it == m_days.cend() || *it <= 0) {
        return std::nullopt;
    }
    return *it;
}

QVector<ClockPolicyRow> ClockPolicy::rows() const
{
    QVector<ClockPolicyRow> rows;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        rows.append({it.key().first, ClockStep(it.key().second), it.value()});
    }
    return rows; // map order: "*" sorts before every kind key (lower-case letters)
}

// --- clocks ----------------------------------------------------------------------------------

int CaseClock::workingDaysBetween(const WorkingCalendar &calendar, qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs) {
        return 0;
    }
    const QDate last = vietnamDate(toMs);
    int count = 0;
    for (QDate day = vietnamDate(fromMs).addDays(1); day <= last; day = day.addDays(1)) {
        if (calendar.isWorkingDay(day)) {
            ++count;
        }
    }
    return count;
}

int CaseClock::pausedWorkingDays(
    const WorkingCalendar &calendar, const QVector<PauseInterval> &pauses, qint64 nowMs)
{
    int days = 0;
    for (const PauseInterval &pause : pauses) {
        if (pause.startMs >= nowMs) {
            continue;
        }
        const qint64 end = pause.endMs > 0 ? std::min(pause.endMs, nowMs) : nowMs;
        days += workingDaysBetween(calendar, pause.startMs, end);
    }
    return days;
}

qint64 CaseClock::dueSoonLimitMs(const WorkingCalendar &calendar, qint64 nowMs)
{
    return deadlineMs(calendar, nowMs, 1);
}

StepClock CaseClock::evaluate(ClockStep step, qint64 dueAtMs, qint64 doneAtMs, bool paused,
    const WorkingCalendar &calendar, qint64 nowMs)
{
    StepClock clock;
    clock.step = step;
    clock.dueAtMs = dueAtMs;
    clock.doneAtMs = doneAtMs;
    if (dueAtMs <= 0) {
        clock.state = doneAtMs > 0 ? StepClock::State::Done : StepClock::State::NotApplicable;
        return clock;
    }
    if (doneAtMs > 0) {
        clock.state = StepClock::State::Done;
        clock.late = doneAtMs > dueAtMs;
        return clock;
    }
    if (nowMs > dueAtMs) {
        clock.state = paused ? StepClock::State::Paused : StepClock::State::Overdue;
        clock.workingDays = workingDaysBetween(calendar, dueAtMs, nowMs);
        return clock;
    }
    clock.workingDays = workingDaysBetween(calendar, nowMs, dueAtMs);
    if (paused) {
        clock.state = StepClock::State::Paused;
    } else if (dueAtMs <= dueSoonLimitMs(calendar, nowMs)) {
        clock.state = StepClock::State::DueSoon;
    } else {
        clock.state = StepClock::State::OnTrack;
    }
    return clock;
}

CaseClock CaseClock::compute(const CaseClockInput &input, const ClockPolicy &policy,
    const WorkingCalendar &calendar, qint64 nowMs)
{
    CaseClock clock;
    clock.m_paused = !input.pauses.isEmpty() && input.pauses.constLast().endMs <= 0;

    // Steps that the citizen's silence stops: their due moves by the paused working days up
    // to the moment they were done (or now).
    const auto pausable = [&](ClockStep step, qint64 doneAtMs) {
        const std::optional<int> days = policy.workingDays(input.kind, step);
        if (!days || input.openedAtMs <= 0) {
            return evaluate(step, 0, 0, false, calendar, nowMs);
        }
        const qint64 until = doneAtMs > 0 ? doneAtMs : nowMs;
        const int paused = pausedWorkingDays(calendar, input.pauses, until);
        const qint64 due = deadlineMs(calendar, input.openedAtMs, *days + paused);
        return evaluate(step, due, doneAtMs, clock.m_paused, calendar, nowMs);
    };
    clock.m_steps.insert(
        int(ClockStep::Acknowledge), pausable(ClockStep::Acknowledge, input.firstResponseAtMs));
    const StepClock final = pausable(ClockStep::FinalAnswer, input.repliedAtMs);
    clock.m_steps.insert(int(ClockStep::FinalAnswer), final);

    // Route: only a question until the case is answered; answered without forwarding means
    // it never needed forwarding.
    StepClock route;
    route.step = ClockStep::Route;
    if (const auto days = policy.workingDays(input.kind, ClockStep::Route);
        days && input.openedAtMs > 0 && (input.routedAtMs > 0 || input.repliedAtMs <= 0)) {
        route = evaluate(ClockStep::Route, deadlineMs(calendar, input.openedAtMs, *days),
            input.routedAtMs, false, calendar, nowMs);
    }
    clock.m_steps.insert(int(ClockStep::Route), route);

    // Agency answer: the latest hop (a re-route restarts it at the new agency).
    qint64 routedAt = input.routedAtMs;
    qint64 answeredAt = input.agencyAnsweredAtMs >= routedAt ? input.agencyAnsweredAtMs : 0;
    qint64 agreedDue = 0;
    if (!input.transfers.isEmpty()) {
        routedAt = input.transfers.constLast().routedAtMs;
        answeredAt = input.transfers.constLast().answeredAtMs;
        agreedDue = input.transfers.constLast().dueAtMs;
    }
    StepClock agency;
    agency.step = ClockStep::AgencyAnswer;
    const auto days = policy.workingDays(input.kind, ClockStep::AgencyAnswer);
    if (routedAt > 0 && (agreedDue > 0 || days)) {
        const qint64 due = agreedDue > 0 ? agreedDue : deadlineMs(calendar, routedAt, *days);
        agency = evaluate(ClockStep::AgencyAnswer, due, answeredAt, false, calendar, nowMs);
    }
    clock.m_steps.insert(int(ClockStep::AgencyAnswer), agency);

    clock.m_prolonged = final.late || final.state == StepClock::State::Overdue
        || (final.state == StepClock::State::Paused && nowMs > final.dueAtMs);
    return clock;
}

CaseClock CaseClock::fromCase(const CaseSummary &row, const WorkingCalendar &calendar, qint64 nowMs)
{
    CaseClock clock;
    clock.m_paused = row.pausedSinceMs > 0;
    const bool stopped = row.status == CaseStatus::Closed && row.repliedAtMs <= 0;
    const auto step = [&](ClockStep which, qint64 due, qint64 done) {
        StepClock result
            = evaluate(which, stopped ? 0 : due, done, clock.m_paused, calendar, nowMs);
        clock.m_steps.insert(int(which), result);
        return result;
    };
    step(ClockStep::Acknowledge, row.ackDueAtMs, row.firstResponseAtMs);
    step(ClockStep::Route, row.routeDueAtMs, row.routedAtMs);
    // The row carries the latest hop's due only while that agency has not answered.
    step(ClockStep::AgencyAnswer, row.agencyDueAtMs, 0);
    const StepClock final = step(ClockStep::FinalAnswer, row.dueAtMs, row.repliedAtMs);
    // From the due columns at `nowMs`, like compute(): the stored `prolonged` column is the
    // same rule applied when the store last wrote the row.
    clock.m_prolonged = final.late || final.state == StepClock::State::Overdue
        || (final.state == StepClock::State::Paused && nowMs > final.dueAtMs);
    return clock;
}

QVector<StepClock> CaseClock::steps() const
{
    QVector<StepClock> result;
    for (const ClockStep step : allClockSteps()) {
        result.append(m_steps.value(int(step)));
    }
    return result;
}

StepClock CaseClock::headline() const
{
    const StepClock final = step(ClockStep::FinalAnswer);
    // While the case waits for the citizen the whole case is on hold: the paused answer says so.
    if (m_paused && final.isOpen()) {
        return final;
    }
    // Otherwise the open step due first: an overdue step is always due before a running one,
    // so this is also the most urgent. On a tie the answer to the citizen speaks.
    StepClock best;
    for (const ClockStep candidate : {ClockStep::FinalAnswer, ClockStep::Acknowledge,
             ClockStep::AgencyAnswer, ClockStep::Route}) {
        const StepClock clock = step(candidate);
        if (clock.isOpen() && clock.dueAtMs > 0
            && (!best.isOpen() || clock.dueAtMs < best.dueAtMs)) {
            best = clock;
        }
    }
    return best.isOpen() ? best : final;
}

} // namespace Desk::Core
