// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/searchdialect.h"

#include "core/similarityterms.h"
#include "core/textfold.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace Desk::Store {

namespace {

/** SQLite FTS5: a contentless table; bm25 as `rank`. */
class Fts5Search final : public SearchDialect
{
public:
    bool add(Database &db, qint64 key, const QString &foldedDocument) const override
    {
        return db.run(
            db.statement(QStringLiteral("INSERT INTO case_search(rowid, body) VALUES(?, ?)")),
            {key, textValue(foldedDocument)}, QStringLiteral("indexing a case for search"));
    }
    bool remove(Database &db, qint64 key, const QString &foldedDocument) const override
    {
        // Contentless FTS5 forgets the text: deleting needs exactly the text that was indexed.
        return db.run(db.statement(QStringLiteral("INSERT INTO case_search(case_search, rowid, "
                                                  "body) VALUES('delete', ?, ?)")),
            {key, textValue(foldedDocument)},
            QStringLiteral("removing a case from the search index"));
    }
    bool check(Database &db, qint64 *documents, QString *problem) const override
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral(
                "INSERT INTO case_search(case_search, rank) VALUES('integrity-check', 0)"))) {
            *problem = QStringLiteral("search index: ") + query.lastError().text();
            return false;
        }
        bool ok = false;
        *documents = db.scalar(QStringLiteral("SELECT count(*) FROM case_search"), {},
                           QStringLiteral("counting search documents"), &ok)
                         .toLongLong();
        return ok;
    }
    QString matchCondition() const override { return QStringLiteral("case_search MATCH ?"); }
    QString allWordsQuery(const QStringList &words) const override
    {
        return Core::ftsQueryFromWords(words);
    }
    QString anyWordQuery(const QStringList &words) const override
    {
        return Core::SimilarityTerms::orQuery(words);
    }
    QString pinnedJoin() const override { return QStringLiteral(" CROSS JOIN "); }
    QString unreadIndexHint() const override
    {
        // SQLite does not pick the partial index by itself (156 ms instead of 44 ms for 92,000
        // hits at 1M messages).
        return QStringLiteral(" INDEXED BY cases_unread_by_order");
    }
    Ranked ranked(
        const QStringList &words, const QVector<int> &, qint64 oldestKey, int limit) const override
    {
        return {QStringLiteral("SELECT rowid, rank AS score FROM case_search"
                               " WHERE case_search MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?"),
            {anyWordQuery(words), oldestKey, limit}};
    }
};

/** PostgreSQL: tsvector with the 'simple' configuration (no stemming, no stop words). */
class PostgresSearch final : public SearchDialect
{
public:
    bool add(Database &db, qint64 key, const QString &foldedDocument) const override
    {
        return db.run(db.statement(QStringLiteral("INSERT INTO case_search(rowid, body) "
                                                  "VALUES(?, to_tsvector('simple', ?))")),
            {key, textValue(words(foldedDocument))}, QStringLiteral("indexing a case for search"));
    }
    bool remove(Database &db, qint64 key, const QString &) const override
    {
        return db.run(db.statement(QStringLiteral("DELETE FROM case_search WHERE rowid = ?")),
            {key}, QStringLiteral("removing a case from the search index"));
    }
    bool check(Database &db, qint64 *documents, QString *problem) const override
    {
        // Every document belongs to a case under the key the case records.
        bool ok = false;
        const qint64 orphans
            = db.scalar(QStringLiteral("SELECT count(*) FROM case_search s WHERE NOT EXISTS "
                                       "(SELECT 1 FROM cases c WHERE c.search_rowid = s.rowid)"),
                    {}, QStringLiteral("checking the search index"), &ok)
                  .toLongLong();
        if (ok && orphans > 0) {
            *problem = QStringLiteral("search index: %1 documents belong to no case").arg(orphans);
        }
        *documents = db.scalar(QStringLiteral("SELECT count(*) FROM case_search"), {},
                           QStringLiteral("counting search documents"), &ok)
                         .toLongLong();
        return ok && orphans == 0;
    }

private:
    static QString words(const QString &foldedDocument)
    {
        // PostgreSQL's parser keeps '-', '.', '/' and '@' inside tokens (tv-2026-000123 would
        // become 'tv', '-2026', '-000123'): only letters and digits make words, as in FTS5.
        QString words = foldedDocument;
        for (QChar &ch : words) {
            if (!ch.isLetterOrNumber()) {
                ch = QLatin1Char(' ');
            }
        }
        return words;
    }

public:
    QString matchCondition() const override
    {
        return QStringLiteral("case_search.body @@ to_tsquery('simple', ?)");
    }
    QString allWordsQuery(const QStringList &words) const override
    {
        QStringList terms = words;
        if (!terms.isEmpty() && terms.constLast().size() >= 2) {
            terms.last() += QLatin1String(":*");
        }
        return terms.join(QLatin1String(" & "));
    }
    QString anyWordQuery(const QStringList &words) const override
    {
        return words.join(QLatin1String(" | "));
    }
    QString pinnedJoin() const override { return QStringLiteral(" JOIN "); }
    QString unreadIndexHint() const override { return QString(); }
    Ranked ranked(const QStringList &words, const QVector<int> &casesWithWord, qint64 oldestKey,
        int limit) const override
    {
        // ts_rank has no inverse document frequency: each matched word adds a weight from how
        // few cases have it (rare words decide, as with bm25), ts_rank_cd breaks ties by how
        // often and how close the words occur. Negated: lower is better, as FTS5's rank.
        Ranked result;
        QStringList weighted;
        for (int i = 0; i < words.size(); ++i) {
            weighted.append(QStringLiteral("CASE WHEN body @@ to_tsquery('simple', ?) THEN "
                                           "CAST(? AS double precision) ELSE 0 END"));
            const int cases = i < casesWithWord.size() ? std::max(casesWithWord.at(i), 1) : 1;
            result.values << words.at(i) << 1.0 + std::log(1.0 + 1000.0 / cases);
        }
        result.sql = QStringLiteral("SELECT rowid, -(%1 + ts_rank_cd(body, q) / 100.0) AS score"
                                    " FROM case_search, to_tsquery('simple', ?) q"
                                    " WHERE body @@ q AND rowid >= ? ORDER BY score LIMIT ?")
                         .arg(weighted.isEmpty() ? QStringLiteral("0")
                                                 : weighted.join(QLatin1String(" + ")));
        result.values << anyWordQuery(words) << oldestKey << limit;
        return result;
    }
};

} // namespace

const SearchDialect &SearchDialect::of(const Database &db)
{
    static const Fts5Search fts5;
    static const PostgresSearch postgres;
    if (db.isPostgres()) {
        return postgres;
    }
    return fts5;
}

} // namespace Desk::Store
