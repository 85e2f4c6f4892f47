// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/casequery.h"

#include "core/textfold.h"
#include "store/caserepository.h"
#include "store/casetext.h"
#include "store/database.h"
#include "store/storelog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Desk::Store {

namespace {

static_assert(CaseText::kOrdinalBits == 20, "the SQL below shifts by 20");

// Case ids of the documents matching the bound FTS expression.
const QLatin1String kHitCases("SELECT rowid >> 20 FROM case_search WHERE case_search MATCH ?");

const QLatin1String kNewestFirst(" ORDER BY c.last_activity_at_ms DESC, c.id DESC");

QString selectCases()
{
    return QLatin1String("SELECT ") + CaseRepository::summaryColumns() + QLatin1Char(' ')
        + CaseRepository::summaryFrom();
}

bool newerFirst(const Core::CaseSummary &a, const Core::CaseSummary &b)
{
    if (a.lastActivityAtMs != b.lastActivityAtMs) {
        return a.lastActivityAtMs > b.lastActivityAtMs;
    }
    return a.id > b.id;
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
    return conditions;
}

QVector<Core::CaseSummary> CaseQuery::page(
    const CaseFilter &filter, int offset, int limit, bool *ok)
{
    *ok = true;
    if (limit <= 0) {
        return {};
    }
    offset = std::max(offset, 0);
    const Conditions conditions = conditionsFor(filter);
    const QString match = Core::ftsQueryFromUserText(filter.searchText);
    // Text with nothing searchable in it (only punctuation) filters nothing, like spaces.
    if (match.isEmpty()) {
        return listPage(conditions, offset, limit, ok);
    }
    return searchPage(match, conditions, offset, limit, ok);
}

int CaseQuery::count(const CaseFilter &filter, bool *ok)
{
    const Conditions conditions = conditionsFor(filter);
    const QString match = Core::ftsQueryFromUserText(filter.searchText);
    QString sql = QStringLiteral("SELECT count(*) FROM cases c WHERE 1") + conditions.sql;
    QVariantList values = conditions.values;
    if (!match.isEmpty()) {
        sql += QLatin1String(" AND c.id IN (") + kHitCases + QLatin1Char(')');
        values.append(match);
    }
    QSqlQuery *query = m_db.statement(sql);
    *ok = m_db.run(query, values, QStringLiteral("counting cases"));
    if (!*ok) {
        return 0;
    }
    StatementReset reset(query);
    return query->next() ? query->value(0).toInt() : 0;
}

CaseCount CaseQuery::countCapped(const CaseFilter &filter, int cap, bool *ok)
{
    const Conditions conditions = conditionsFor(filter);
    const QString match = Core::ftsQueryFromUserText(filter.searchText);
    cap = std::max(cap, 1);
    QString sql;
    QVariantList values;
    if (match.isEmpty()) {
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases c WHERE 1") + conditions.sql
            + QLatin1String(" LIMIT ?)");
        values = concat({conditions.values, {cap + 1}});
    } else if (conditions.sql.isEmpty()) {
        // DISTINCT streams here, so LIMIT stops the FTS scan after cap + 1 cases.
        sql = QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT rowid >> 20 FROM case_search "
                             "WHERE case_search MATCH ? LIMIT ?)");
        values = {match, cap + 1};
    } else {
        // Hits drive the join (CROSS JOIN keeps that order) so the LIMIT can stop early.
        sql = QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT c.id FROM case_search "
                             "CROSS JOIN cases c ON c.id = (case_search.rowid >> 20) "
                             "WHERE case_search MATCH ?")
            + conditions.sql + QLatin1String(" LIMIT ?)");
        values = concat({{match}, conditions.values, {cap + 1}});
    }
    QSqlQuery *query = m_db.statement(sql);
    *ok = m_db.run(query, values, QStringLiteral("counting cases"));
    if (!*ok) {
        return {};
    }
    StatementReset reset(query);
    const int found = query->next() ? query->value(0).toInt() : 0;
    CaseCount result;
    result.capped = found > cap;
    result.count = std::min(found, cap);
    return result;
}

QVector<Core::CaseSummary> CaseQuery::listPage(
    const Conditions &conditions, int offset, int limit, bool *ok)
{
    const QString sql = selectCases() + QLatin1String(" WHERE 1") + conditions.sql + kNewestFirst
        + QLatin1String(" LIMIT ? OFFSET ?");
    return readRows(sql, concat({conditions.values, {limit, offset}}), ok);
}

QVector<Core::CaseSummary> CaseQuery::materializedPage(
    const QString &match, const Conditions &conditions, int offset, int limit, bool *ok)
{
    const QString sql = selectCases() + QLatin1String(" WHERE c.id IN (") + kHitCases
        + QLatin1Char(')') + conditions.sql + kNewestFirst + QLatin1String(" LIMIT ? OFFSET ?");
    return readRows(sql, concat({{match}, conditions.values, {limit, offset}}), ok);
}

/*
 * First pages of a search, exact but bounded. Case ids grow with opening time and busy cases
 * are mostly recent, so:
 *  1. take the newest K hits (FTS walks rowids backwards and stops; cheap for any word);
 *     their cases, sorted by activity, give a top-n candidate list. If the FTS had fewer
 *     than K hits, that list is the complete answer.
 *  2. Any other match is a case older than the oldest candidate (id < minCase). It can only
 *     reach the top n if its last activity >= T, the n-th candidate's. Such "old but
 *     recently active" cases are few: they are checked one by one with a rowid-range FTS
 *     probe. If there are too many, or step 1 found fewer than n rows, try a larger K, and
 *     finally sort every matching case (the plain plan).
 */
QVector<Core::CaseSummary> CaseQuery::searchPage(
    const QString &match, const Conditions &conditions, int offset, int limit, bool *ok)
{
    const int wanted = offset + limit;
    if (wanted > kFastPlanMaxRows) {
        return materializedPage(match, conditions, offset, limit, ok);
    }
    for (const int hits : kCandidateHits) {
        QSqlQuery *probe = m_db.statement(
            QStringLiteral("SELECT count(*), min(rowid) FROM (SELECT rowid FROM case_search "
                           "WHERE case_search MATCH ? ORDER BY rowid DESC LIMIT ?)"));
        if (!m_db.run(probe, {match, hits}, QStringLiteral("searching cases"))) {
            *ok = false;
            return {};
        }
        qint64 scanned = 0;
        qint64 minRowid = 0;
        if (probe->next()) {
            scanned = probe->value(0).toLongLong();
            minRowid = probe->value(1).toLongLong();
        }
        probe->finish();
        if (scanned == 0) {
            *ok = true;
            return {};
        }

        const QString candidatesSql = selectCases()
            + QLatin1String(" WHERE c.id IN (SELECT rowid >> 20 FROM case_search "
                            "WHERE case_search MATCH ? AND rowid >= ?)")
            + conditions.sql + kNewestFirst + QLatin1String(" LIMIT ?");
        QVector<Core::CaseSummary> rows
            = readRows(candidatesSql, concat({{match, minRowid}, conditions.values, {wanted}}), ok);
        if (!*ok) {
            return {};
        }
        const bool complete = scanned < hits;
        if (!complete && rows.size() < wanted) {
            continue; // not enough candidates passed the filters: look further back
        }
        if (!complete) {
            const qint64 threshold = rows.constLast().lastActivityAtMs;
            const qint64 minCase = CaseText::caseIdOfRowid(minRowid);
            const QString lateWhere
                = QStringLiteral(" WHERE c.last_activity_at_ms >= ? AND c.id < ?") + conditions.sql;
            QSqlQuery *late
                = m_db.statement(QStringLiteral("SELECT count(*) FROM cases c") + lateWhere);
            if (!m_db.run(late, concat({{threshold, minCase}, conditions.values}),
                    QStringLiteral("searching cases"))) {
                *ok = false;
                return {};
            }
            const qint64 lateCases = late->next() ? late->value(0).toLongLong() : 0;
            late->finish();
            qCDebug(lcStore) << "search plan: newest" << hits << "hits, threshold" << threshold
                             << "late cases" << lateCases;
            if (lateCases > kMaxLateCases) {
                continue;
            }
            if (lateCases > 0) {
                const QString lateSql = selectCases() + lateWhere
                    + QLatin1String(" AND EXISTS (SELECT 1 FROM case_search "
                                    "WHERE case_search MATCH ? AND rowid BETWEEN (c.id << 20) "
                                    "AND ((c.id << 20) + 1048575))");
                rows += readRows(
                    lateSql, concat({{threshold, minCase}, conditions.values, {match}}), ok);
                if (!*ok) {
                    return {};
                }
                std::sort(rows.begin(), rows.end(), newerFirst);
            }
        }
        return rows.mid(offset, limit);
    }
    qCDebug(lcStore) << "search plan: sorting every matching case";
    return materializedPage(match, conditions, offset, limit, ok);
}

QVector<Core::CaseSummary> CaseQuery::readRows(
    const QString &sql, const QVariantList &values, bool *ok)
{
    QVector<Core::CaseSummary> rows;
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

} // namespace Desk::Store
