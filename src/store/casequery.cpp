// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/casequery.h"

#include "core/caseclock.h"
#include "core/textfold.h"
#include "core/vietnamtime.h"
#include "store/caserepository.h"
#include "store/clockkeeper.h"
#include "store/database.h"
#include "store/searchdialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Desk::Store {

namespace {

/**
 * Matching case documents joined to their cases. CROSS JOIN pins the FTS table as the outer
 * loop on SQLite, so its rowid order (newest activity first) needs no sort and LIMIT stops the
 * scan. For "unread only" the partial index answers the filter without reading the case row.
 */
QString searchFrom(const SearchDialect &search, const CaseFilter &filter, bool withCitizen)
{
    const bool unreadIndex = filter.unreadOnly && !filter.status;
    // Counts leave the citizen out: SQLite would still look it up (and the case row) per hit.
    return QLatin1String(" FROM case_search") + search.pinnedJoin() + QLatin1String("cases c")
        + (unreadIndex ? search.unreadIndexHint() : QString())
        + QLatin1String(" ON c.search_rowid = case_search.rowid")
        + (withCitizen ? QLatin1String(" LEFT JOIN citizens z ON z.zalo_id = c.citizen_id")
                       : QLatin1String())
        + QLatin1String(" WHERE ") + search.matchCondition();
}

/** Text with nothing searchable in it (only punctuation) filters nothing, like spaces. */
QString matchText(const SearchDialect &search, const QString &userText)
{
    const QStringList words = Core::searchWords(userText);
    return words.isEmpty() ? QString() : search.allWordsQuery(words);
}

QVariantList concat(std::initializer_list<QVariantList> parts)
{
    QVariantList all;
    for (const QVariantList &part : parts) {
        all += part;
    }
    return all;
}

} // namespace

CaseQuery::Conditions CaseQuery::conditionsFor(const CaseFilter &filter)
{
    Conditions conditions;
    if (filter.status) {
        conditions.sql += QLatin1String(" AND c.status = ?");
        conditions.values.append(Core::caseStatusKey(*filter.status));
    }
    if (filter.unreadOnly) {
        // Written exactly like the partial index's WHERE so SQLite can use that index.
        conditions.sql += QLatin1String(" AND c.unread_count > 0");
    }
    const auto equals = [&conditions](const char *column, const QString &value) {
        if (!value.isEmpty()) {
            conditions.sql
                += QLatin1String(" AND c.") + QLatin1String(column) + QLatin1String(" = ?");
            conditions.values.append(value);
        }
    };
    equals("kind", filter.kind);
    equals("agency_code", filter.agencyCode);
    equals("assignee", filter.assignee);
    equals("area_code", filter.areaCode);
    equals("rating", filter.rating);
    if (filter.openedFromMs > 0) {
        conditions.sql += QLatin1String(" AND c.opened_at_ms >= ?");
        conditions.values.append(filter.openedFromMs);
    }
    if (filter.openedToMs > 0) {
        conditions.sql += QLatin1String(" AND c.opened_at_ms < ?");
        conditions.values.append(filter.openedToMs);
    }
    if (filter.prolongedOnly) {
        conditions.sql += QLatin1String(" AND c.prolonged = 1");
    }
    if (filter.openOnly) {
        conditions.sql += QLatin1String(" AND c.replied_at_ms IS NULL AND c.status <> 'closed'");
    }
    if (filter.overdueOnly || filter.dueSoonOnly) {
        // A clock runs until the final answer, and not while waiting for the citizen or
        // after the case was closed. `replied_at_ms IS NULL` as in the partial index.
        const qint64 now = filter.nowMs > 0 ? filter.nowMs : Core::nowMs();
        conditions.sql += QLatin1String(" AND c.replied_at_ms IS NULL AND c.paused_since_ms IS NULL"
                                        " AND c.status <> 'closed'");
        // Every open step, as the inbox's deadline column shows the nearest one: the final
        // answer, the acknowledgement, forwarding (ND 20/2008 Art. 9) and the agency's answer.
        const QString due
            = QLatin1String("(c.due_at_ms %1 ? OR "
                            "(c.first_response_at_ms IS NULL AND c.ack_due_at_ms %1 ?) OR "
                            "(c.routed_at_ms IS NULL AND c.route_due_at_ms %1 ?) OR ")
            + CaseRepository::agencyDueExpression() + QLatin1String(" %1 ?)");
        // NULL (no such step) compares as unknown: COALESCE makes it "no".
        const QString overdue
            = QLatin1String("COALESCE(") + due.arg(QLatin1String("<")) + QLatin1String(", FALSE)");
        const auto bind = [&conditions](qint64 moment) {
            conditions.values << moment << moment << moment << moment;
        };
        if (filter.overdueOnly) {
            conditions.sql += QLatin1String(" AND ") + overdue;
            bind(now);
        }
        if (filter.dueSoonOnly) {
            const qint64 limit = Core::CaseClock::dueSoonLimitMs(m_clocks.calendar(), now);
            conditions.sql += QLatin1String(" AND NOT ") + overdue + QLatin1String(" AND COALESCE(")
                + due.arg(QLatin1String("<=")) + QLatin1String(", FALSE)");
            bind(now);
            bind(limit);
        }
    }
    return conditions;
}

QVector<Core::CaseSummary> CaseQuery::page(
    const CaseFilter &filter, int offset, int limit, bool *ok)
{
    *ok = true;
    QVector<Core::CaseSummary> rows;
    if (limit <= 0) {
        return rows;
    }
    const Conditions conditions = conditionsFor(filter);
    // Text with nothing searchable in it (only punctuation) filters nothing, like spaces.
    const SearchDialect &search = SearchDialect::of(m_db);
    const QString match = matchText(search, filter.searchText);
    QString sql = QLatin1String("SELECT ") + CaseRepository::summaryColumns();
    QVariantList values;
    if (match.isEmpty()) {
        sql += QLatin1Char(' ') + CaseRepository::summaryFrom() + QLatin1String(" WHERE TRUE")
            + conditions.sql + QLatin1String(" ORDER BY c.search_rowid DESC LIMIT ? OFFSET ?");
        values = concat({conditions.values, {limit, std::max(offset, 0)}});
    } else {
        sql += searchFrom(search, filter, true) + conditions.sql
            + QLatin1String(" ORDER BY case_search.rowid DESC LIMIT ? OFFSET ?");
        values = concat({{match}, conditions.values, {limit, std::max(offset, 0)}});
    }
    QSqlQuery *query = m_db.statement(sql);
    *ok = m_db.run(query, values, QStringLiteral("listing cases"));
    if (!*ok) {
        return rows;
    }
    StatementReset reset(query);
    while (query->next()) {
        rows.append(CaseRepository::readSummary(*query));
    }
    if (query->lastError().isValid()) {
        *ok = m_db.fail(QStringLiteral("listing cases"), query->lastError());
    }
    return rows;
}

int CaseQuery::count(const CaseFilter &filter, bool *ok)
{
    const Conditions conditions = conditionsFor(filter);
    const SearchDialect &search = SearchDialect::of(m_db);
    const QString match = matchText(search, filter.searchText);
    if (match.isEmpty()) {
        return scalarInt(QStringLiteral("SELECT count(*) FROM cases c WHERE TRUE") + conditions.sql,
            conditions.values, ok);
    }
    if (conditions.sql.isEmpty()) {
        // One document per case: counting documents counts cases, no join needed.
        return scalarInt(
            QStringLiteral("SELECT count(*) FROM case_search WHERE ") + search.matchCondition(),
            {match}, ok);
    }
    return scalarInt(
        QStringLiteral("SELECT count(*)") + searchFrom(search, filter, false) + conditions.sql,
        concat({{match}, conditions.values}), ok);
}

CaseCount CaseQuery::countCapped(const CaseFilter &filter, int cap, bool *ok)
{
    const Conditions conditions = conditionsFor(filter);
    const SearchDialect &search = SearchDialect::of(m_db);
    const QString match = matchText(search, filter.searchText);
    cap = std::max(cap, 1);
    QString inner;
    QVariantList values;
    if (match.isEmpty()) {
        inner = QStringLiteral("SELECT 1 FROM cases c WHERE TRUE") + conditions.sql;
        values = conditions.values;
    } else if (conditions.sql.isEmpty()) {
        inner = QStringLiteral("SELECT 1 FROM case_search WHERE ") + search.matchCondition();
        values = {match};
    } else {
        // Each hit costs a case lookup for the filters: stop after cap + 1 matches.
        inner = QStringLiteral("SELECT 1") + searchFrom(search, filter, false) + conditions.sql;
        values = concat({{match}, conditions.values});
    }
    values.append(cap + 1);
    const int found = scalarInt(
        QStringLiteral("SELECT count(*) FROM (") + inner + QLatin1String(" LIMIT ?) hits"), values,
        ok);
    CaseCount result;
    result.capped = found > cap;
    result.count = std::min(found, cap);
    return result;
}

int CaseQuery::scalarInt(const QString &sql, const QVariantList &values, bool *ok)
{
    QSqlQuery *query = m_db.statement(sql);
    *ok = m_db.run(query, values, QStringLiteral("counting cases"));
    if (!*ok) {
        return 0;
    }
    StatementReset reset(query);
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace Desk::Store
