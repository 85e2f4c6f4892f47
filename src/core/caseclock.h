// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/workingcalendar.h"

#include <QMap>
#include <QPair>
#include <QString>
#include <QVector>
#include <optional>

namespace Desk::Core {

/** The legal steps of a case, each with its own due moment in working days. */
enum class ClockStep {
    Acknowledge, // tell the citizen the case was received / accepted (first OA response)
    Route, // forward to the competent agency when outside the desk's competence
    AgencyAnswer, // the agency the case was forwarded to answers the desk
    FinalAnswer, // the answer to the citizen (the figure TT 01/2018 indicator 8 measures)
};

/** Stable key in clock_policies.step: "acknowledge", "route", "agency_answer", "final_answer". */
QString clockStepKey(ClockStep step);
std::optional<ClockStep> clockStepFromKey(const QString &key);
QList<ClockStep> allClockSteps();

/** One row of the clock_policies table. */
struct ClockPolicyRow
{
    QString kind; // a case kind key, or "*" for every kind without its own row
    ClockStep step = ClockStep::FinalAnswer;
    int workingDays = 0; // 0 = no clock for this step and kind
};

/**
 * Working days per case kind and step. A kind's own row wins over the "*" row; 0 working
 * days switches a step off for a kind (e.g. a rating needs no answer).
 */
class ClockPolicy
{
public:
    static constexpr const char *kAnyKind = "*";

    /**
     * The defaults from reference/public-service-rules.md §5.1-5.2:
     * - acknowledge 10 working days: Luật Tiếp công dân 2013 Art. 28 (tell the person within
     *   10 working days whether the matter was accepted, refused or forwarded);
     * - route 5 working days: ND 20/2008 Art. 9 (forward what is outside one's competence
     *   within 05 working days of receipt);
     * - agency answer 7 working days: ministry examples (TT 17/2014 BVHTTDL: units report
     *   within 07 working days); provinces set their own in their quy chế;
     * - final answer 15 working days: ND 43/2011 Art. 17 portal Q&A and provincial PAKN rules
     *   ("không quá 15 ngày làm việc kể từ ngày tiếp nhận");
     * - complaints / denunciations (khiếu nại, tố cáo) are outside ND 20 (Art. 1): the desk
     *   only redirects them, within 2 working days (TT 18/2018 BCT, Bộ GTVT practice).
     */
    static ClockPolicy defaults();

    void set(const QString &kind, ClockStep step, int workingDays);
    void remove(const QString &kind, ClockStep step);
    /** The kind's own row, else the "*" row; nullopt when neither exists or it is 0. */
    std::optional<int> workingDays(const QString &kind, ClockStep step) const;
    /** Every row, "*" first, then by kind and step. */
    QVector<ClockPolicyRow> rows() const;
    bool isEmpty() const { return m_days.isEmpty(); }

private:
    QMap<QPair<QString, int>, int> m_days;
};

/** A stretch of time with the clock stopped (waiting for the citizen). */
struct PauseInterval
{
    qint64 startMs = 0;
    qint64 endMs = 0; // 0: still paused
};

/** One hop to an agency. */
struct ClockTransfer
{
    qint64 routedAtMs = 0;
    qint64 answeredAtMs = 0; // 0: not answered yet
    qint64 dueAtMs = 0; // agreed at routing; 0: the policy's working days from routedAtMs
};

/** What the clocks of one case are computed from (all UTC ms, 0 = not reached). */
struct CaseClockInput
{
    QString kind; // '' = not classified yet: the "*" policy applies
    qint64 openedAtMs = 0; // receipt (tiếp nhận): every case clock starts here
    qint64 firstResponseAtMs = 0;
    qint64 routedAtMs = 0;
    qint64 agencyAnsweredAtMs = 0;
    qint64 repliedAtMs = 0;
    QVector<ClockTransfer> transfers; // in routing order
    QVector<PauseInterval> pauses; // in time order
};

/** The state of one step's clock at a moment. */
struct StepClock
{
    enum class State {
        NotApplicable, // no policy for the step, or the step does not arise (no transfer)
        Done,
        OnTrack,
        DueSoon, // from the start of the working day before the due day
        Overdue,
        Paused, // waiting for the citizen; the due moment moves when the clock resumes
    };

    ClockStep step = ClockStep::FinalAnswer;
    State state = State::NotApplicable;
    qint64 dueAtMs = 0;
    qint64 doneAtMs = 0;
    bool late = false; // done after the due moment
    /** Before the due day: working days left, counted like the deadline (today not counted),
     *  so 0 on the due day itself. Overdue: working days since the due day (0 right after). */
    int workingDays = 0;

    bool isOpen() const
    {
        return state == State::OnTrack || state == State::DueSoon || state == State::Overdue
            || state == State::Paused;
    }
};

/**
 * The legal clocks of one case (public-service-rules §5.1, §5.2, §6, §7.3):
 *
 * - every step's due moment is WorkingCalendar::deadline(start, N): the day of receipt is not
 *   counted and the period ends at 24:00 (UTC+7) of the Nth working day;
 * - acknowledge, route and final answer start at receipt; agency answer starts when the case
 *   was forwarded (the latest transfer);
 * - waiting for the citizen pauses the clock: the acknowledge and final-answer dues move by
 *   the working days spent paused. A pause counts the working days after the day it started
 *   up to and including the day it ended (the same convention as the deadline itself), so a
 *   pause that ends the same day moves nothing;
 * - "prolonged" (kéo dài, TT 01/2018 Art. 13 indicator 8): the final answer passed its due
 *   moment, whether it is still open or was answered late. It stays set after a late answer:
 *   the case counts as prolonged in the period's report.
 */
class CaseClock
{
public:
    static CaseClock compute(const CaseClockInput &input, const ClockPolicy &policy,
        const WorkingCalendar &calendar, qint64 nowMs);

    /**
     * The clocks as the case row stores them (due columns written by the store), for lists:
     * acknowledge, route, final answer, and the agency step while the latest transfer is
     * unanswered (CaseSummary::agencyDueAtMs). A closed case without an answer has no
     * running clock.
     */
    static CaseClock fromCase(
        const CaseSummary &row, const WorkingCalendar &calendar, qint64 nowMs);

    /**
     * The state of a step whose due moment is already known (e.g. read from the case row):
     * `dueAtMs` 0 = no clock, `doneAtMs` 0 = still open.
     */
    static StepClock evaluate(ClockStep step, qint64 dueAtMs, qint64 doneAtMs, bool paused,
        const WorkingCalendar &calendar, qint64 nowMs);

    /** Working days after the day of `fromMs` up to and including the day of `toMs`. */
    static int workingDaysBetween(const WorkingCalendar &calendar, qint64 fromMs, qint64 toMs);
    /** Working days the pauses stopped the clock (an open pause counts up to `nowMs`). */
    static int pausedWorkingDays(
        const WorkingCalendar &calendar, const QVector<PauseInterval> &pauses, qint64 nowMs);
    /** The end of the next working day after `nowMs`'s day: a due moment at or before it is
     *  "due soon" (the inbox filter binds it). */
    static qint64 dueSoonLimitMs(const WorkingCalendar &calendar, qint64 nowMs);

    StepClock step(ClockStep step) const { return m_steps.value(int(step)); }
    QVector<StepClock> steps() const;
    bool prolonged() const { return m_prolonged; }
    bool paused() const { return m_paused; }
    /** The step to show in one line: the open step due first (so the most urgent one), the
     *  final answer on a tie; the paused final answer while waiting for the citizen; the
     *  final answer when no step is open. */
    StepClock headline() const;

private:
    QMap<int, StepClock> m_steps;
    bool m_prolonged = false;
    bool m_paused = false;
};

} // namespace Desk::Core
