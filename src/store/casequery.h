// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QVariantList>
#include <QVector>

namespace Desk::Store {

class Database;

/**
 * The inbox list: filter, search and page cases, newest activity first, all in SQL.
 *
 * Search runs over `case_search` (see casetext.h), whose rowids carry the case id, so a hit
 * becomes a case with a shift. Sorting the hits by the case's last activity is the costly
 * part for common words (a word in 20 % of 1M messages touches most of the 100k cases), so
 * the first pages use a bounded plan (see `searchPage`); deep pages and rare words
 * materialise the matching case ids and sort them.
 */
class CaseQuery
{
public:
    explicit CaseQuery(Database &db)
        : m_db(db)
    { }

    QVector<Core::CaseSummary> page(const CaseFilter &filter, int offset, int limit, bool *ok);
    int count(const CaseFilter &filter, bool *ok);
    CaseCount countCapped(const CaseFilter &filter, int cap, bool *ok);

    /** Hits scanned (newest cases first) before trusting that the top rows are known. */
    static constexpr int kCandidateHits[] = {2000, 16000};
    /** Older cases with recent activity checked one by one before giving up the fast plan. */
    static constexpr int kMaxLateCases = 200;
    /** Deeper than this the fast plan stops paying off. */
    static constexpr int kFastPlanMaxRows = 500;

private:
    struct Conditions
    {
        QString sql; // " AND ..." fragments on `c`, constant text only
        QVariantList values;
    };
    static Conditions conditionsFor(const CaseFilter &filter);

    QVector<Core::CaseSummary> listPage(
        const Conditions &conditions, int offset, int limit, bool *ok);
    QVector<Core::CaseSummary> searchPage(
        const QString &match, const Conditions &conditions, int offset, int limit, bool *ok);
    QVector<Core::CaseSummary> materializedPage(
        const QString &match, const Conditions &conditions, int offset, int limit, bool *ok);
    QVector<Core::CaseSummary> readRows(const QString &sql, const QVariantList &values, bool *ok);

    Database &m_db;
};

} // namespace Desk::Store
