// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/businesshours.h"
#include "core/caseclock.h"
#include "core/workingcalendar.h"

#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace Desk::Store {

class ClockKeeper;
class Store;

/**
 * The legal clocks of the cases (companion of Store, on its connection and thread): the
 * clock policy the administrator edits (clock_policies), the working-day calendar
 * (calendar.json in the profile), the business hours per unit (business-hours.json, for
 * working-hour figures in reports), and the hooks that keep each case's due moments in step.
 *
 * Ingest and Store::setCaseStatus keep the clocks themselves (case opened, OA message seen,
 * waiting_citizen <-> other). The hooks below are for the writes other companions make
 * (outbox, routing): call them INSIDE the transaction of the change, after writing it; they
 * do not announce (the caller's announceChanged covers the case). Called outside a
 * transaction, they run in their own and announce the case.
 */
class Clocks
{
public:
    explicit Clocks(Store &store);
    ~Clocks();
    Clocks(const Clocks &) = delete;
    Clocks &operator=(const Clocks &) = delete;

    QString lastError() const;

    // --- policy ---------------------------------------------------------------------------
    /** The clock_policies rows; the defaults are written there on first use, and then the
     *  open cases' due moments are computed (cases migrated from schema v2 have none). Call
     *  it once at start-up. */
    Core::ClockPolicy policy();
    bool setPolicy(const QString &kind, Core::ClockStep step, int workingDays);
    bool removePolicy(const QString &kind, Core::ClockStep step);
    /** Replaces every row (the settings dialog) and re-computes the open cases. */
    bool replacePolicy(const Core::ClockPolicy &policy);

    // --- calendar ---------------------------------------------------------------------------
    QString calendarPath() const;
    Core::WorkingCalendar calendar();
    /** Writes calendar.json atomically and re-computes the open cases' due moments. */
    bool saveCalendar(const Core::WorkingCalendar &calendar, QString *error = nullptr);

    // --- business hours ---------------------------------------------------------------------
    /** business-hours.json next to the database: the file `advisory-desk-cli report` reads. */
    QString businessHoursPath() const;
    /** The profile's business hours per unit; the built-in week when there is no file (or it
     *  cannot be read: logged, and the caller's working hours stay countable). */
    Core::BusinessHours businessHours();
    /** Writes business-hours.json atomically. Due moments are whole working days, so no case
     *  changes; reports count working hours with the new week from then on. */
    bool saveBusinessHours(const Core::BusinessHours &hours, QString *error = nullptr);

    // --- cases ------------------------------------------------------------------------------
    /** Re-computes the due columns and kéo dài of one case from its row, transfers, pauses. */
    bool refresh(qint64 caseId);
    /** Re-computes every case without a final answer (after a policy or calendar change). */
    int refreshOpenCases(bool *ok = nullptr);
    /** The clocks of a case at `nowMs` (0 = now), for the case view; nullopt if no case. */
    std::optional<Core::CaseClock> clock(qint64 caseId, qint64 nowMs = 0);

    /** An OA reply left for the citizen at `atMs`: the first response if none yet; with
     *  `final` also the final answer (the case becomes answered for the clocks). */
    bool onResponded(qint64 caseId, qint64 atMs, bool final);
    /** A transfers row was written: routed_at (first hop) and the hop's due moment. */
    bool onRouted(qint64 caseId);
    /** A transfer's answered_at was written: the case's agency_answered_at follows it. */
    bool onAgencyAnswered(qint64 caseId);
    /** Marks kéo dài on open cases past their final due moment (cheap: partial index). */
    int sweepProlonged(qint64 nowMs = 0, bool *ok = nullptr);

private:
    template<typename Body> bool inTransaction(qint64 caseId, Body body);
    bool refreshOpen(QSet<qint64> *ids);

    Store &m_store;
    std::unique_ptr<ClockKeeper> m_keeper;
};

} // namespace Desk::Store
