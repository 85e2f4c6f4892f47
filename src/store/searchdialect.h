// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace Desk::Store {

class Database;

/**
 * The one place where full-text search differs between the engines: FTS5 on a single desk,
 * a GIN-indexed tsvector on a team's PostgreSQL. Both index the same folded case document
 * (casetext.h) under the same key (`case_search.rowid` = the case's search key), so joins,
 * order and paging are written once; only how a document is written and how a query matches
 * differ. Queries are built here from words of letters and digits only, so user input never
 * reaches either engine's query syntax.
 */
class SearchDialect
{
public:
    virtual ~SearchDialect() = default;

    /** The implementation for the engine `db` speaks. */
    static const SearchDialect &of(const Database &db);

    /** Indexes the folded document under `key`. */
    virtual bool add(Database &db, qint64 key, const QString &foldedDocument) const = 0;
    /** Removes the document under `key`; FTS5 needs the text exactly as it was indexed. */
    virtual bool remove(Database &db, qint64 key, const QString &foldedDocument) const = 0;
    /** The number of indexed documents, and whether the index is sound (`check`). */
    virtual bool check(Database &db, qint64 *documents, QString *problem) const = 0;

    /** A condition on table `case_search` taking one value: a query made by the two below. */
    virtual QString matchCondition() const = 0;
    /** Every word, the last one as a prefix when it has two characters or more. */
    virtual QString allWordsQuery(const QStringList &words) const = 0;
    /** Any of the words. */
    virtual QString anyWordQuery(const QStringList &words) const = 0;
    /**
     * The join from search hits to their cases: SQLite's CROSS JOIN keeps the search table
     * as the outer loop (its key order is the inbox order, so LIMIT stops early); PostgreSQL
     * plans joins itself and takes no ON after CROSS JOIN.
     */
    virtual QString pinnedJoin() const = 0;
    /** What follows `FROM case_search CROSS JOIN cases c` to use the unread index, if any. */
    virtual QString unreadIndexHint() const = 0;

    /**
     * `SELECT rowid, score` of documents matching any of `words` with keys >= `oldestKey`,
     * best first (lower score is better), at most `limit`; `casesWithWord` (same order as
     * `words`) gives rare words more say where the engine has no bm25 of its own.
     */
    struct Ranked
    {
        QString sql;
        QVariantList values;
    };
    virtual Ranked ranked(const QStringList &words, const QVector<int> &casesWithWord,
        qint64 oldestKey, int limit) const = 0;
};

} // namespace Desk::Store
