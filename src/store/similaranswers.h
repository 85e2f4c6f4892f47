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
 * search (no second index), among the newest kWindowCases cases. The query is an OR of
 * the question's rarest words in that window: they decide which cases can match.
 *
 * The window keeps a lookup in milliseconds whatever the size of the profile: bm25 costs
 * per matching document, and in a profile of years every common word matches tens of
 * thousands. It is also what staff want: about a year of a province desk's cases, whose
 * answers cite the rules in force (communes merged and districts ended on 1 July 2025;
 * an answer from before says the wrong office).
 */
class SimilarAnswers
{
public:
    /** Searches the newest `windowCases` cases (kWindowCases unless a test says less). */
    explicit SimilarAnswers(Store &store, int windowCases = kWindowCases);

    /** Answered cases resembling the citizen's messages of `caseId` (never itself). */
    QVector<SimilarAnswer> forCase(qint64 caseId, int limit = 5);
    /** The same for any text (the CLI, tests), leaving out `excludeCaseId` (0: none). */
    QVector<SimilarAnswer> forText(const QString &text, qint64 excludeCaseId = 0, int limit = 5);

    QString lastError() const { return m_lastError; }

    /** How many of the newest cases are searched. */
    static constexpr int kWindowCases = 10000;
    /** Content words of the question considered, and the rarest of them queried. */
    static constexpr int kCandidateWords = 16;
    static constexpr int kQueriedWords = 6;
    /** Counting a word's cases stops here: above it a word is common, whatever its count. */
    static constexpr int kCommonCases = 2000;

private:
    /** The search key of the oldest case in the window (0 when there are fewer cases). */
    qint64 windowStart(bool *ok);
    /** The question's rarest words in the window with their case counts (capped). */
    struct RarestWords
    {
        QStringList words;
        QVector<int> casesWithWord;
    };
    RarestWords rarestWords(const QString &text, qint64 oldestKey, bool *ok);
    QString questionOf(qint64 caseId, int maxChars);
    bool fillAnswer(SimilarAnswer &answer);
    /** A cached statement run with `values`; nullptr (and lastError() set) on failure. */
    QSqlQuery *query(
        const QString &sql, std::initializer_list<QVariant> values, const QString &context);

    Store &m_store;
    int m_windowCases;
    QString m_lastError;
};

} // namespace Desk::Store
