// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

class QSqlQuery;

namespace Desk::Store {

class Store;

/** An earlier answered case that resembles the one being answered. */
struct SimilarAnswer
{
    qint64 caseId = 0;
    QString caseCode;
    QString question; // the citizen's text messages of that case, joined, cut to ~500 chars
    QString answer; // the desk's text replies (not acknowledgements or rating questions)
    qint64 answeredAtMs = 0; // the last of those replies
    double score = 0; // higher is more similar (negated FTS5 bm25)
};

/**
 * Suggestions for the composer: earlier cases with an answer whose text resembles this
 * case's question, ranked by FTS5 bm25 over the folded case documents already indexed for
 * search (no second index). The question's two-syllable phrases are weighed by how rare
 * their syllables are in the whole index (fts5vocab), and only the rarest are queried:
 * "khai sinh" and "lai xe" find the right cases, "ho so" would match half of them.
 */
class SimilarAnswers
{
public:
    explicit SimilarAnswers(Store &store);

    /** Answered cases resembling the citizen's messages of `caseId` (never itself). */
    QVector<SimilarAnswer> forCase(qint64 caseId, int limit = 5);
    /** The same for any text (the CLI, tests), leaving out `excludeCaseId` (0: none). */
    QVector<SimilarAnswer> forText(const QString &text, qint64 excludeCaseId = 0, int limit = 5);

    QString lastError() const { return m_lastError; }

    /** Phrases queried at most: more makes the OR query slower without better top hits. */
    static constexpr int kQueriedPhrases = 10;

private:
    QString rarestPhrasesQuery(const QString &text);
    QString questionOf(qint64 caseId, int maxChars);
    bool fillAnswer(SimilarAnswer &answer);
    /** A cached statement run with `values`; nullptr (and lastError() set) on failure. */
    QSqlQuery *query(
        const QString &sql, std::initializer_list<QVariant> values, const QString &context);

    Store &m_store;
    QString m_lastError;
};

} // namespace Desk::Store
