// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/caserepository.h"

#include "core/casecode.h"
#include "store/database.h"
#include "store/storelog.h"

#include <QSqlQuery>
#include <algorithm>

namespace Desk::Store {

namespace {

Core::CaseStatus statusFromKey(const QString &key)
{
    if (const auto status = Core::caseStatusFromKey(key)) {
        return *status;
    }
    qCWarning(lcStore) << "unknown case status in the database:" << key;
    return Core::CaseStatus::New;
}

} // namespace

QString CaseRepository::summaryColumns()
{
    const QString columns = QStringLiteral(
        "c.id, c.code, c.citizen_id, COALESCE(z.display_name, ''), c.first_line, c.status, "
        "c.opened_at_ms, c.last_activity_at_ms, c.last_inbound_at_ms, c.message_count, "
        "c.unread_count, COALESCE(c.previous_case_id, 0), "
        "c.kind, c.area_code, c.locality_code, c.procedure_code, c.agency_code, c.assignee, "
        "c.rating, COALESCE(c.first_response_at_ms, 0), COALESCE(c.routed_at_ms, 0), "
        "COALESCE(c.agency_answered_at_ms, 0), COALESCE(c.replied_at_ms, 0), "
        "COALESCE(c.ack_due_at_ms, 0), COALESCE(c.route_due_at_ms, 0), COALESCE(c.due_at_ms, 0), "
        "COALESCE(c.paused_since_ms, 0), c.paused_total_ms, c.prolonged, COALESCE(");
    return columns + agencyDueExpression() + QStringLiteral(", 0)");
}

QString CaseRepository::agencyDueExpression()
{
    // The latest hop only (a re-route restarts the agency clock, as in CaseClock); its index
    // transfers_by_case(case_id, id) makes this one lookup per case.
    return QStringLiteral("(SELECT CASE WHEN t.answered_at_ms IS NULL THEN t.due_at_ms END "
                          "FROM transfers t WHERE t.case_id = c.id ORDER BY t.id DESC LIMIT 1)");
}

QString CaseRepository::summaryFrom()
{
    // LEFT JOIN keeps `cases` the outer loop, so ORDER BY ... LIMIT walks the case index.
    return QStringLiteral("FROM cases c LEFT JOIN citizens z ON z.zalo_id = c.citizen_id");
}

Core::CaseSummary CaseRepository::readSummary(const QSqlQuery &query)
{
    Core::CaseSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.code = query.value(1).toString();
    summary.citizenId = query.value(2).toString();
    summary.citizenName = query.value(3).toString();
    summary.firstLine = query.value(4).toString();
    summary.status = statusFromKey(query.value(5).toString());
    summary.openedAtMs = query.value(6).toLongLong();
    summary.lastActivityAtMs = query.value(7).toLongLong();
    summary.lastInboundAtMs = query.value(8).toLongLong();
    summary.messageCount = query.value(9).toInt();
    summary.unreadCount = query.value(10).toInt();
    summary.previousCaseId = query.value(11).toLongLong();
    summary.kind = query.value(12).toString();
    summary.areaCode = query.value(13).toString();
    summary.localityCode = query.value(14).toString();
    summary.procedureCode = query.value(15).toString();
    summary.agencyCode = query.value(16).toString();
    summary.assignee = query.value(17).toString();
    summary.rating = query.value(18).toString();
    summary.firstResponseAtMs = query.value(19).toLongLong();
    summary.routedAtMs = query.value(20).toLongLong();
    summary.agencyAnsweredAtMs = query.value(21).toLongLong();
    summary.repliedAtMs = query.value(22).toLongLong();
    summary.ackDueAtMs = query.value(23).toLongLong();
    summary.routeDueAtMs = query.value(24).toLongLong();
    summary.dueAtMs = query.value(25).toLongLong();
    summary.pausedSinceMs = query.value(26).toLongLong();
    summary.pausedTotalMs = query.value(27).toLongLong();
    summary.prolonged = query.value(28).toInt() != 0;
    summary.agencyDueAtMs = query.value(29).toLongLong();
    return summary;
}

std::optional<Core::CaseSummary> CaseRepository::single(
    const QString &where, const QVariant &value, bool *ok)
{
    QSqlQuery *query = m_db.query(QStringLiteral("SELECT ") + summaryColumns() + QLatin1Char(' ')
            + summaryFrom() + QLatin1String(" WHERE ") + where,
        {value}, QStringLiteral("reading a case"));
    if (ok) {
        *ok = query != nullptr;
    }
    if (!query) {
        return std::nullopt;
    }
    StatementReset reset(query);
    if (!query->next()) {
        return std::nullopt;
    }
    return readSummary(*query);
}

std::optional<Core::CaseSummary> CaseRepository::byId(qint64 caseId, bool *ok)
{
    return single(QStringLiteral("c.id = ?"), caseId, ok);
}

std::optional<Core::CaseSummary> CaseRepository::byCode(const QString &code, bool *ok)
{
    // Accept the code the way a citizen quotes it: "tv 2026 123", "TV-2026-000123".
    const auto parsed = Core::parseCaseCode(code);
    if (!parsed) {
        if (ok) {
            *ok = true;
        }
        return std::nullopt;
    }
    return single(
        QStringLiteral("c.code = ?"), Core::formatCaseCode(parsed->year, parsed->sequence), ok);
}

std::optional<CaseRow> CaseRepository::latestOfCitizen(const QString &citizenId, bool *ok)
{
    QSqlQuery *query = m_db.query(
        QStringLiteral(
            "SELECT id, code, status, first_line, opened_at_ms, last_activity_at_ms, "
            "last_inbound_at_ms, message_count, unread_count, "
            "COALESCE(previous_case_id, 0), COALESCE(closed_at_ms, 0), COALESCE(search_rowid, 0) "
            "FROM cases WHERE citizen_id = ? ORDER BY id DESC LIMIT 1"),
        {citizenId}, QStringLiteral("reading the citizen's latest case"));
    *ok = query != nullptr;
    if (!query) {
        return std::nullopt;
    }
    StatementReset reset(query);
    if (!query->next()) {
        return std::nullopt;
    }
    CaseRow row;
    row.id = query->value(0).toLongLong();
    row.code = query->value(1).toString();
    row.citizenId = citizenId;
    row.status = statusFromKey(query->value(2).toString());
    row.firstLine = query->value(3).toString();
    row.openedAtMs = query->value(4).toLongLong();
    row.lastActivityAtMs = query->value(5).toLongLong();
    row.lastInboundAtMs = query->value(6).toLongLong();
    row.messageCount = query->value(7).toInt();
    row.unreadCount = query->value(8).toInt();
    row.previousCaseId = query->value(9).toLongLong();
    row.closedAtMs = query->value(10).toLongLong();
    row.searchRowid = query->value(11).toLongLong();
    return row;
}

qint64 CaseRepository::allocateSequence(int year, bool *ok)
{
    // One statement, inside the ingest transaction: two writers cannot get the same number
    // (BEGIN IMMEDIATE serialises them on SQLite; on PostgreSQL the upsert locks the row).
    // The column is qualified: PostgreSQL finds a bare `last_sequence` ambiguous here.
    return m_db
        .scalar(QStringLiteral("INSERT INTO case_code_sequences(year, last_sequence) VALUES(?, 1) "
                               "ON CONFLICT(year) DO UPDATE SET last_sequence = "
                               "case_code_sequences.last_sequence + 1 "
                               "RETURNING last_sequence"),
            {year}, QStringLiteral("allocating a case code"), ok)
        .toLongLong();
}

bool CaseRepository::insert(CaseRow &row)
{
    QSqlQuery *query = m_db.statement(QStringLiteral(
        "INSERT INTO cases(code, citizen_id, status, first_line, opened_at_ms, "
        "last_activity_at_ms, last_inbound_at_ms, message_count, unread_count, previous_case_id) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    row.id = m_db.insertReturningId(query,
        {row.code, row.citizenId, Core::caseStatusKey(row.status), textValue(row.firstLine),
            row.openedAtMs, row.lastActivityAtMs, row.lastInboundAtMs, row.messageCount,
            row.unreadCount, row.previousCaseId > 0 ? QVariant(row.previousCaseId) : QVariant()},
        QStringLiteral("opening a case"));
    if (row.id < 0) {
        return false;
    }
    return row.id > 0 || m_db.fail(QStringLiteral("opening a case: no row id returned"));
}

namespace {

/** UPDATE of the activity columns (and `more`), without its WHERE. */
QString activitySql(const QString &more)
{
    return QStringLiteral("UPDATE cases SET status = ?, first_line = ?, opened_at_ms = ?, "
                          "last_activity_at_ms = ?, last_inbound_at_ms = ?, message_count = ?, "
                          "unread_count = ?, search_rowid = ?")
        + (more.isEmpty() ? QString() : QStringLiteral(", ") + more);
}

QVariantList activityValues(const CaseRow &row, const QVariantList &moreValues)
{
    return QVariantList {Core::caseStatusKey(row.status), textValue(row.firstLine), row.openedAtMs,
               row.lastActivityAtMs, row.lastInboundAtMs, row.messageCount, row.unreadCount,
               row.searchRowid > 0 ? QVariant(row.searchRowid) : QVariant()}
    + moreValues;
}

} // namespace

bool CaseRepository::updateActivity(
    const CaseRow &row, const QString &more, const QVariantList &moreValues)
{
    return m_db.run(m_db.statement(activitySql(more) + QStringLiteral(" WHERE id = ?")),
        activityValues(row, moreValues) << row.id, QStringLiteral("updating a case"));
}

bool CaseRepository::updateActivityClaimingKey(
    const CaseRow &row, bool *claimed, const QString &more, const QVariantList &moreValues)
{
    QSqlQuery *query = m_db.statement(activitySql(more)
        + QStringLiteral(" WHERE id = ? AND NOT EXISTS (SELECT 1 FROM cases other "
                         "WHERE other.search_rowid = ? AND other.id <> ?)"));
    if (!m_db.run(query, activityValues(row, moreValues) << row.id << row.searchRowid << row.id,
            QStringLiteral("updating a case"))) {
        return false;
    }
    *claimed = query->numRowsAffected() > 0;
    return true;
}

bool CaseRepository::setUnread(qint64 caseId, int unread)
{
    return m_db.run(
        m_db.statement(QStringLiteral("UPDATE cases SET unread_count = ? WHERE id = ?")),
        {unread, caseId}, QStringLiteral("updating unread count"));
}

bool CaseRepository::setStatus(qint64 caseId, Core::CaseStatus status, qint64 closedAtMs)
{
    return m_db.run(m_db.statement(QStringLiteral(
                        "UPDATE cases SET status = ?, closed_at_ms = ? WHERE id = ?")),
        {Core::caseStatusKey(status), closedAtMs > 0 ? QVariant(closedAtMs) : QVariant(), caseId},
        QStringLiteral("changing case status"));
}

qint64 CaseRepository::newestCaseOfCitizen(const QString &citizenId, bool *ok)
{
    return m_db
        .scalar(QStringLiteral("SELECT max(id) FROM cases WHERE citizen_id = ?"), {citizenId},
            QStringLiteral("reading the citizen's cases"), ok)
        .toLongLong();
}

bool CaseRepository::addEvent(const Core::CaseEvent &event)
{
    return addEvents({event});
}

bool CaseRepository::addEvents(const QVector<Core::CaseEvent> &events)
{
    constexpr qsizetype kRowsPerStatement = 32;
    for (qsizetype start = 0; start < events.size(); start += kRowsPerStatement) {
        const qsizetype rows = std::min(kRowsPerStatement, events.size() - start);
        const QString sql
            = QStringLiteral("INSERT INTO case_events(case_id, at_ms, actor, kind, detail) VALUES")
            + Database::valueRows(5, rows);
        QVariantList values;
        values.reserve(rows * 5);
        for (qsizetype i = 0; i < rows; ++i) {
            const Core::CaseEvent &event = events.at(start + i);
            values << event.caseId << event.atMs << textValue(event.actor) << textValue(event.kind)
                   << textValue(event.detail);
        }
        if (!m_db.run(m_db.statement(sql), values, QStringLiteral("writing the audit log"))) {
            return false;
        }
    }
    return true;
}

bool CaseRepository::addEvent(
    qint64 caseId, qint64 atMs, const QString &actor, const QString &kind, const QString &detail)
{
    Core::CaseEvent event;
    event.caseId = caseId;
    event.atMs = atMs;
    event.actor = actor;
    event.kind = kind;
    event.detail = detail;
    return addEvent(event);
}

QVector<Core::CaseEvent> CaseRepository::events(qint64 caseId, bool *ok)
{
    QVector<Core::CaseEvent> result;
    QSqlQuery *query = m_db.query(
        QStringLiteral("SELECT id, case_id, at_ms, actor, kind, detail FROM case_events "
                       "WHERE case_id = ? ORDER BY id"),
        {caseId}, QStringLiteral("reading the audit log"));
    if (ok) {
        *ok = query != nullptr;
    }
    if (!query) {
        return result;
    }
    StatementReset reset(query);
    while (query->next()) {
        Core::CaseEvent event;
        event.id = query->value(0).toLongLong();
        event.caseId = query->value(1).toLongLong();
        event.atMs = query->value(2).toLongLong();
        event.actor = query->value(3).toString();
        event.kind = query->value(4).toString();
        event.detail = query->value(5).toString();
        result.append(event);
    }
    return result;
}

} // namespace Desk::Store
