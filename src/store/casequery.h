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
 * Without search text the case indexes on last activity (per status, unread only) give the
 * order. With search text the FTS5 table drives: its rowids are the inbox order (see
 * casetext.h), so `ORDER BY rowid DESC LIMIT 50` reads one page of hits and stops, and a
 * hit joins its case through the unique index on cases.search_rowid. No bm25 ranking: on a
 * common word it costs ~1.7 µs per hit (0.3-0.6 s at 1M messages, see the reference notes).
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

private:
    struct Conditions
    {
        QString sql; // " AND ..." fragments on `c`, constant text only
        QVariantList values;
    };
    static Conditions conditionsFor(const CaseFilter &filter);
    int scalarInt(const QString &sql, const QVariantList &values, bool *ok);

    Database &m_db;
};

} // namespace Desk::Store
