// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QVariantList>
#include <QVector>

namespace Desk::Store {

class ClockKeeper;
class Database;

/**
 * The inbox list: filter, search and page cases, newest activity first, all in SQL.
 *
 * One order key serves everything: cases.search_rowid = last activity (ms) * 1024 + a slot,
 * which is also the FTS5 rowid of the case's search document (see casetext.h). Without
 * search text the order indexes (all, per status, unread only) walk it backwards. With
 * search text the FTS5 table drives: `ORDER BY rowid DESC LIMIT 50` reads one page of hits
 * and stops, and each hit finds its case (and the filter columns) through an index on
 * search_rowid. No bm25 ranking: on a common word it costs ~1.7 µs per hit (0.3-0.6 s at 1M
 * messages, see the reference notes).
 *
 * The clock filters read the due columns the ClockKeeper maintains; "overdue" and "due soon"
 * are comparisons with bound moments computed here (now, the end of the next working day).
 */
class CaseQuery
{
public:
    CaseQuery(Database &db, ClockKeeper &clocks)
        : m_db(db)
        , m_clocks(clocks)
    { }

    QVector<Core::CaseSummary> page(const CaseFilter &filter, int offset, int limit, bool *ok);
    int count(const CaseFilter &filter, bool *ok);
    CaseCount countCapped(const CaseFilter &filter, int cap, bool *ok);

private:
    struct Conditions
    {
        QString sql; // " AND ..." fragments on `c`, constant text only
        QVariantList values;
    };
    Conditions conditionsFor(const CaseFilter &filter);
    int scalarInt(const QString &sql, const QVariantList &values, bool *ok);

    Database &m_db;
    ClockKeeper &m_clocks; // the calendar that says when "due soon" starts
};

} // namespace Desk::Store
