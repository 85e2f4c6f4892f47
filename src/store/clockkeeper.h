// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/caseclock.h"
#include "core/domain.h"
#include "core/workingcalendar.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>
#include <QVariant>

namespace Desk::Store {

class Database;

/**
 * Keeps the clock columns of the case rows (ack_due_at_ms, route_due_at_ms, due_at_ms,
 * prolonged, paused_since_ms, paused_total_ms, transfers.due_at_ms) in step with the case,
 * inside the caller's transaction. Used by ingest, Store::setCaseStatus and the Clocks
 * companion; every Store has one on its own connection.
 *
 * The calendar is the profile's calendar.json, the file next to the database (the same file
 * the CLI and the settings dialog use); the policy is the clock_policies table, the built-in
 * defaults while the table is empty. Both are cached and re-read when this process changed
 * them (invalidateAll) or after a few seconds (another process, e.g. the team gateway).
 */
class ClockKeeper
{
public:
    explicit ClockKeeper(Database &db)
        : m_db(db)
    { }

    QString calendarPath() const;
    const Core::WorkingCalendar &calendar();
    const Core::ClockPolicy &policy();
    /** Every keeper of this process re-reads policy and calendar on its next use. */
    static void invalidateAll();

    /** The case's clock inputs (row, transfers, pauses from the audit log). */
    bool load(qint64 caseId, Core::CaseClockInput *input, bool *found = nullptr);
    /** Computes the clocks at `nowMs` and writes the due columns and kéo dài. */
    bool write(qint64 caseId, const Core::CaseClockInput &input, qint64 nowMs);
    bool refresh(qint64 caseId, qint64 nowMs);
    /** Milestones that only move earlier: the first response and the final answer. */
    bool recordMilestones(qint64 caseId, qint64 firstResponseAtMs, qint64 repliedAtMs);
    /** After ingest wrote a case: a case opened by that call has no transfers or pauses yet,
     *  so its clocks come from what ingest knows without reading anything back. */
    bool afterIngest(qint64 caseId, bool opened, qint64 openedAtMs, qint64 firstResponseAtMs,
        qint64 repliedAtMs);
    /** `SET` assignments (`column = ?, ...`) and their values, for a caller's UPDATE. */
    struct Columns
    {
        QString assignments;
        QVariantList values;
    };
    /** afterIngest() of a case the call opened, as columns for the UPDATE that writes the case
     *  anyway (a statement fewer, a round trip on PostgreSQL). */
    Columns openedColumns(qint64 openedAtMs, qint64 firstResponseAtMs, qint64 repliedAtMs);
    /** Pause / resume when a case enters or leaves waiting_citizen; a staff "replied" is the
     *  final answer (given by phone or at the desk). */
    bool statusChanged(qint64 caseId, Core::CaseStatus from, Core::CaseStatus to, qint64 atMs);
    /** The latest transfer's routing moment as the case's routed_at (first hop only). */
    bool routed(qint64 caseId, qint64 nowMs);
    bool agencyAnswered(qint64 caseId, qint64 nowMs);
    /** Sets kéo dài on open cases whose final answer passed its due moment; how many. */
    int sweepProlonged(qint64 nowMs, bool *ok);

private:
    /** ack_due_at_ms, route_due_at_ms, due_at_ms and prolonged, as write() stores them. */
    QVariantList dueValues(const Core::CaseClockInput &input, qint64 nowMs);
    bool loadPolicy();
    void loadCalendar();
    bool stale();

    Database &m_db;
    Core::WorkingCalendar m_calendar;
    Core::ClockPolicy m_policy;
    bool m_loaded = false;
    int m_generation = -1;
    void loadSharedCalendar();

    QDateTime m_calendarModified;
    qint64 m_calendarSize = -1;
    QElapsedTimer m_checked;
};

} // namespace Desk::Store
