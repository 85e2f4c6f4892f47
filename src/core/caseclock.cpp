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

int urgency(StepClock::State state)
{
    switch (state) {
    case StepClock::State::Overdue:
        return 3;
    case StepClock::State::DueSoon:
        return 2;
    case StepClock::State::OnTrack:
    case StepClock::State::Paused:
        return 1;
    case StepClock::State::Done:
    case StepClock::State::NotApplicable:
        break;
    }
    return 0;
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
    StepClock agency;
    agency.step = ClockStep::AgencyAnswer;
    clock.m_steps.insert(int(ClockStep::AgencyAnswer), agency);
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
    // Route is advice ("forward if outside competence"), not a promise to the citizen, so it
    // never takes the headline; it shows in the case's clock panel.
    const StepClock final = step(ClockStep::FinalAnswer);
    StepClock best;
    for (const ClockStep candidate :
        {ClockStep::Acknowledge, ClockStep::AgencyAnswer, ClockStep::FinalAnswer}) {
        const StepClock clock = step(candidate);
        if (!clock.isOpen()) {
            continue;
        }
        if (!best.isOpen() || urgency(clock.state) > urgency(best.state)
            || (urgency(clock.state) == urgency(best.state) && clock.dueAtMs < best.dueAtMs)) {
            best = clock;
        }
    }
    if (!best.isOpen()) {
        return final;
    }
    // Nothing pressing: the answer to the citizen is the date that matters.
    return urgency(best.state) <= 1 && final.isOpen() ? final : best;
}

} // namespace Desk::Core
