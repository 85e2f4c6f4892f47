// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/clockkeeper.h"

#include "store/database.h"
#include "store/shareddocuments.h"
#include "store/storelog.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace Desk::Store {

namespace {

QAtomicInt g_generation {0};
// Another process (the gateway, the CLI) may change the policy or the calendar file.
constexpr qint64 kRecheckMs = 3000;

QVariant msOrNull(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant();
}

const QString &waitingKey()
{
    static const QString key = Core::caseStatusKey(Core::CaseStatus::WaitingCitizen);
    return key;
}

} // namespace

void ClockKeeper::invalidateAll()
{
    g_generation.fetchAndAddOrdered(1);
}

QString ClockKeeper::calendarPath() const
{
    const QString database = m_db.path();
    return database.isEmpty() || m_db.isPostgres()
        ? QString()
        : QFileInfo(database).absoluteDir().filePath(QStringLiteral("calendar.json"));
}

bool ClockKeeper::stale()
{
    if (!m_loaded || m_generation != g_generation.loadAcquire() || !m_checked.isValid()
        || m_checked.elapsed() > kRecheckMs) {
        m_generation = g_generation.loadAcquire();
        m_checked.start();
        return true;
    }
    return false;
}

const Core::WorkingCalendar &ClockKeeper::calendar()
{
    if (stale()) {
        loadPolicy();
        loadCalendar();
        m_loaded = true;
    }
    return m_calendar;
}

const Core::ClockPolicy &ClockKeeper::policy()
{
    calendar(); // one staleness check refreshes both
    return m_policy;
}

void ClockKeeper::loadCalendar()
{
    if (m_db.isPostgres()) {
        loadSharedCalendar();
        return;
    }
    const QFileInfo file(calendarPath());
    if (!file.exists()) {
        m_calendar = Core::WorkingCalendar();
        m_calendarModified = {};
        m_calendarSize = -1;
        return;
    }
    if (file.lastModified() == m_calendarModified && file.size() == m_calendarSize) {
        return;
    }
    Core::WorkingCalendar calendar;
    QString error;
    if (!calendar.loadFile(file.filePath(), &error)) {
        // Keep counting with what we had: a half-edited file must not stop ingest.
        qCWarning(lcStore) << "calendar" << file.filePath() << "not used:" << error;
        return;
    }
    m_calendar = calendar;
    m_calendarModified = file.lastModified();
    m_calendarSize = file.size();
}

void ClockKeeper::loadSharedCalendar()
{
    bool ok = false;
    const auto document = SharedDocuments::read(m_db, SharedDocuments::kCalendar, &ok);
    if (!ok) {
        return; // keep counting with what we had; the next check reads again
    }
    if (!document) {
        m_calendar = Core::WorkingCalendar();
        m_calendarSize = -1;
        return;
    }
    if (document->updatedAtMs == m_calendarSize) {
        return;
    }
    Core::WorkingCalendar calendar;
    QString error;
    if (!calendar.loadJson(document->json, &error)) {
        qCWarning(lcStore) << "shared calendar not used:" << error;
        return;
    }
    m_calendar = calendar;
    m_calendarSize = document->updatedAtMs; // the version seen, as the file's size below
}

bool ClockKeeper::loadPolicy()
{
    QSqlQuery *query
        = m_db.query(QStringLiteral("SELECT kind, step, working_days FROM clock_policies"), {},
            QStringLiteral("reading the clock policy"));
    if (!query) {
        m_policy = Core::ClockPolicy::defaults();
        return false;
    }
    StatementReset reset(query);
    Core::ClockPolicy policy;
    while (query->next()) {
        const auto step = Core::clockStepFromKey(query->value(1).toString());
        if (!step) {
            qCWarning(lcStore) << "unknown clock step in clock_policies:"
                               << query->value(1).toString();
            continue;
        }
        policy.set(query->value(0).toString(), *step, query->value(2).toInt());
    }
    m_policy = policy.isEmpty() ? Core::ClockPolicy::defaults() : policy;
    return true;
}

bool ClockKeeper::load(qint64 caseId, Core::CaseClockInput *input, bool *found)
{
    *input = {};
    if (found) {
        *found = false;
    }
    QSqlQuery *row = m_db.query(
        QStringLiteral("SELECT kind, opened_at_ms, COALESCE(first_response_at_ms, 0), "
                       "COALESCE(routed_at_ms, 0), COALESCE(agency_answered_at_ms, 0), "
                       "COALESCE(replied_at_ms, 0), COALESCE(paused_since_ms, 0) "
                       "FROM cases WHERE id = ?"),
        {caseId}, QStringLiteral("reading a case's clocks"));
    if (!row) {
        return false;
    }
    qint64 pausedSince = 0;
    {
        StatementReset reset(row);
        if (!row->next()) {
            return true;
        }
        input->kind = row->value(0).toString();
        input->openedAtMs = row->value(1).toLongLong();
        input->firstResponseAtMs = row->value(2).toLongLong();
        input->routedAtMs = row->value(3).toLongLong();
        input->agencyAnsweredAtMs = row->value(4).toLongLong();
        input->repliedAtMs = row->value(5).toLongLong();
        pausedSince = row->value(6).toLongLong();
    }
    if (found) {
        *found = true;
    }

    QSqlQuery *transfers = m_db.query(
        QStringLiteral("SELECT routed_at_ms, COALESCE(answered_at_ms, 0), COALESCE(due_at_ms, 0) "
                       "FROM transfers WHERE case_id = ? ORDER BY id"),
        {caseId}, QStringLiteral("reading a case's transfers"));
    if (!transfers) {
        return false;
    }
    {
        StatementReset reset(transfers);
        while (transfers->next()) {
            input->transfers.append({transfers->value(0).toLongLong(),
                transfers->value(1).toLongLong(), transfers->value(2).toLongLong()});
        }
    }

    // The audit log is the record of every pause: each status change into or out of
    // waiting_citizen, with its moment.
    QSqlQuery *events
        = m_db.query(QStringLiteral("SELECT at_ms, detail FROM case_events "
                                    "WHERE case_id = ? AND kind = 'status_changed' ORDER BY id"),
            {caseId}, QStringLiteral("reading a case's pauses"));
    if (!events) {
        return false;
    }
    StatementReset reset(events);
    while (events->next()) {
        const QJsonObject detail
            = QJsonDocument::fromJson(events->value(1).toString().toUtf8()).object();
        const bool from = detail.value(QLatin1String("from")).toString() == waitingKey();
        const bool to = detail.value(QLatin1String("to")).toString() == waitingKey();
        const qint64 at = events->value(0).toLongLong();
        const bool open = !input->pauses.isEmpty() && input->pauses.constLast().endMs <= 0;
        if (to && !from && !open) {
            input->pauses.append({at, 0});
        } else if (from && !to && open) {
            input->pauses.last().endMs = std::max(at, input->pauses.constLast().startMs);
        }
    }
    const bool open = !input->pauses.isEmpty() && input->pauses.constLast().endMs <= 0;
    if (pausedSince > 0 && !open) {
        input->pauses.append({pausedSince, 0}); // paused by a write that left no audit row
    } else if (pausedSince <= 0 && open) {
        input->pauses.removeLast(); // the row says running: trust the row
    }
    return true;
}

bool ClockKeeper::write(qint64 caseId, const Core::CaseClockInput &input, qint64 nowMs)
{
    if (!m_db.run(m_db.statement(QStringLiteral(
                      "UPDATE cases SET ack_due_at_ms = ?, route_due_at_ms = ?, due_at_ms = ?, "
                      "prolonged = ? WHERE id = ?")),
            dueValues(input, nowMs) << caseId, QStringLiteral("writing a case's due moments"))) {
        return false;
    }
    if (input.transfers.isEmpty()) {
        return true;
    }
    // Each hop's own due moment, for the agency lists and reports, where routing did not set
    // one itself (staff may agree another date with the agency).
    const std::optional<int> days = policy().workingDays(input.kind, Core::ClockStep::AgencyAnswer);
    QSqlQuery *ids
        = m_db.query(QStringLiteral("SELECT id, routed_at_ms FROM transfers WHERE case_id = ? "
                                    "AND due_at_ms IS NULL ORDER BY id"),
            {caseId}, QStringLiteral("reading a case's transfers"));
    if (!ids) {
        return false;
    }
    QVector<QPair<qint64, qint64>> dues;
    {
        StatementReset reset(ids);
        while (ids->next()) {
            const qint64 routedAt = ids->value(1).toLongLong();
            const qint64 due = days && routedAt > 0
                ? calendar()
                      .deadline(QDateTime::fromMSecsSinceEpoch(routedAt, Qt::UTC), *days)
                      .toMSecsSinceEpoch()
                : 0;
            dues.append({ids->value(0).toLongLong(), due});
        }
    }
    for (const auto &[id, due] : std::as_const(dues)) {
        if (!m_db.run(
                m_db.statement(QStringLiteral("UPDATE transfers SET due_at_ms = ? WHERE id = ?")),
                {msOrNull(due), id}, QStringLiteral("writing a transfer's due moment"))) {
            return false;
        }
    }
    return true;
}

QVariantList ClockKeeper::dueValues(const Core::CaseClockInput &input, qint64 nowMs)
{
    const Core::CaseClock clock = Core::CaseClock::compute(input, policy(), calendar(), nowMs);
    return {msOrNull(clock.step(Core::ClockStep::Acknowledge).dueAtMs),
        msOrNull(clock.step(Core::ClockStep::Route).dueAtMs),
        msOrNull(clock.step(Core::ClockStep::FinalAnswer).dueAtMs), clock.prolonged() ? 1 : 0};
}

bool ClockKeeper::refresh(qint64 caseId, qint64 nowMs)
{
    Core::CaseClockInput input;
    bool found = false;
    if (!load(caseId, &input, &found)) {
        return false;
    }
    if (!found) {
        return m_db.fail(QStringLiteral("updating clocks: no case %1").arg(caseId));
    }
    return write(caseId, input, nowMs);
}

bool ClockKeeper::recordMilestones(qint64 caseId, qint64 firstResponseAtMs, qint64 repliedAtMs)
{
    if (firstResponseAtMs <= 0 && repliedAtMs <= 0) {
        return true;
    }
    // Sync may see history out of order: keep the earliest moment of each. One statement for
    // both (a round trip each on PostgreSQL); a moment of 0 leaves its column as it is.
    const QString earliest = QStringLiteral(
        "%1 = CASE WHEN CAST(? AS bigint) > 0 AND (%1 IS NULL OR %1 > CAST(? AS bigint)) "
        "THEN CAST(? AS bigint) ELSE %1 END");
    return m_db.run(
        m_db.statement(QStringLiteral("UPDATE cases SET ")
            + earliest.arg(QStringLiteral("first_response_at_ms")) + QStringLiteral(", ")
            + earliest.arg(QStringLiteral("replied_at_ms")) + QStringLiteral(" WHERE id = ?")),
        {firstResponseAtMs, firstResponseAtMs, firstResponseAtMs, repliedAtMs, repliedAtMs,
            repliedAtMs, caseId},
        QStringLiteral("recording a case's milestones"));
}

bool ClockKeeper::afterIngest(
    qint64 caseId, bool opened, qint64 openedAtMs, qint64 firstResponseAtMs, qint64 repliedAtMs)
{
    if (!opened) {
        return recordMilestones(caseId, firstResponseAtMs, repliedAtMs)
            && refresh(caseId, QDateTime::currentMSecsSinceEpoch());
    }
    const Columns columns = openedColumns(openedAtMs, firstResponseAtMs, repliedAtMs);
    return m_db.run(m_db.statement(QStringLiteral("UPDATE cases SET ") + columns.assignments
                        + QStringLiteral(" WHERE id = ?")),
        QVariantList(columns.values) << caseId, QStringLiteral("writing a case's due moments"));
}

ClockKeeper::Columns ClockKeeper::openedColumns(
    qint64 openedAtMs, qint64 firstResponseAtMs, qint64 repliedAtMs)
{
    // Opened by that call: its milestones are still empty, so they and the due moments are
    // written as they are, without the earliest-of logic of recordMilestones().
    Core::CaseClockInput input;
    input.openedAtMs = openedAtMs;
    input.firstResponseAtMs = firstResponseAtMs;
    input.repliedAtMs = repliedAtMs;
    return {QStringLiteral("ack_due_at_ms = ?, route_due_at_ms = ?, due_at_ms = ?, prolonged = ?, "
                           "first_response_at_ms = ?, replied_at_ms = ?"),
        dueValues(input, QDateTime::currentMSecsSinceEpoch())
            << msOrNull(firstResponseAtMs) << msOrNull(repliedAtMs)};
}

bool ClockKeeper::statusChanged(
    qint64 caseId, Core::CaseStatus from, Core::CaseStatus to, qint64 atMs)
{
    using S = Core::CaseStatus;
    bool changed = false;
    if (to == S::WaitingCitizen && from != S::WaitingCitizen) {
        changed = m_db.run(
            m_db.statement(QStringLiteral("UPDATE cases SET paused_since_ms = ? WHERE id = ?")),
            {atMs, caseId}, QStringLiteral("pausing a case's clocks"));
        if (!changed) {
            return false;
        }
    } else if (from == S::WaitingCitizen && to != S::WaitingCitizen) {
        changed = m_db.run(m_db.statement(QStringLiteral(
                               "UPDATE cases SET paused_total_ms = paused_total_ms + "
                               "CASE WHEN paused_since_ms < ? THEN ? - paused_since_ms ELSE 0 END, "
                               "paused_since_ms = NULL WHERE id = ?")),
            {atMs, atMs, caseId}, QStringLiteral("resuming a case's clocks"));
        if (!changed) {
            return false;
        }
    }
    if (to == S::Replied) {
        // Staff marked it answered (by phone, at the desk): that is the final answer.
        if (!recordMilestones(caseId, atMs, atMs)) {
            return false;
        }
        changed = true;
    }
    return !changed || refresh(caseId, atMs);
}

bool ClockKeeper::routed(qint64 caseId, qint64 nowMs)
{
    return m_db.run(m_db.statement(QStringLiteral(
                        "UPDATE cases SET routed_at_ms = COALESCE(routed_at_ms, "
                        "(SELECT min(routed_at_ms) FROM transfers WHERE case_id = ?)) "
                        "WHERE id = ?")),
               {caseId, caseId}, QStringLiteral("recording a case's routing"))
        && refresh(caseId, nowMs);
}

bool ClockKeeper::agencyAnswered(qint64 caseId, qint64 nowMs)
{
    return m_db.run(m_db.statement(QStringLiteral(
                        "UPDATE cases SET agency_answered_at_ms = COALESCE("
                        "(SELECT max(answered_at_ms) FROM transfers WHERE case_id = ?), "
                        "agency_answered_at_ms) WHERE id = ?")),
               {caseId, caseId}, QStringLiteral("recording an agency's answer"))
        && refresh(caseId, nowMs);
}

int ClockKeeper::sweepProlonged(qint64 nowMs, bool *ok)
{
    // Walks the partial index of open cases by due moment: only the overdue ones are read.
    QSqlQuery *query = m_db.query(
        QStringLiteral("UPDATE cases SET prolonged = 1 WHERE replied_at_ms IS NULL "
                       "AND due_at_ms < ? AND paused_since_ms IS NULL AND prolonged = 0"),
        {nowMs}, QStringLiteral("marking prolonged cases"));
    *ok = query != nullptr;
    return query ? query->numRowsAffected() : 0;
}

} // namespace Desk::Store
