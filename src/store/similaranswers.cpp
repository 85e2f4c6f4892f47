// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/similaranswers.h"

#include "core/similarityterms.h"
#include "store/database.h"
#include "store/store.h"
#include "store/storelog.h"

#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace Desk::Store {

namespace {

// Replies that answer nothing: they would make every case look like every other.
const QString kNotAnAnswer
    = QStringLiteral("NOT EXISTS (SELECT 1 FROM outbox o WHERE o.zalo_message_id = m.message_id"
                     " AND o.purpose IN ('acknowledgement', 'rating_request'))");

QString cut(const QString &text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + QChar(0x2026);
}

} // namespace

SimilarAnswers::SimilarAnswers(Store &store)
    : m_store(store)
{ }

QVector<SimilarAnswer> SimilarAnswers::forCase(qint64 caseId, int limit)
{
    return forText(questionOf(caseId, 4000), caseId, limit);
}

QVector<SimilarAnswer> SimilarAnswers::forText(const QString &text, qint64 excludeCaseId, int limit)
{
    m_lastError.clear();
    QVector<SimilarAnswer> result;
    const QString match = rarestPhrasesQuery(text);
    if (match.isEmpty() || limit <= 0) {
        return result;
    }
    // CROSS JOIN keeps the FTS table outside; the answered test uses the (case, direction)
    // index. Over-fetch a little: a hit may have only acknowledgements as replies.
    QSqlQuery *q = query(
        QStringLiteral("SELECT c.id, c.code, bm25(case_search) AS score"
                       " FROM case_search CROSS JOIN cases c ON c.search_rowid = case_search.rowid"
                       " WHERE case_search MATCH ? AND c.id <> ?"
                       " AND EXISTS (SELECT 1 FROM messages m WHERE m.case_id = c.id"
                       " AND m.direction = 'out')"
                       " ORDER BY score LIMIT ?"),
        {match, excludeCaseId, limit * 2}, QStringLiteral("finding similar answered cases"));
    if (!q) {
        return result;
    }
    {
        StatementReset reset(q);
        while (q->next()) {
            SimilarAnswer answer;
            answer.caseId = q->value(0).toLongLong();
            answer.caseCode = q->value(1).toString();
            answer.score = -q->value(2).toDouble();
            result.append(answer);
        }
    }
    QVector<SimilarAnswer> answered;
    for (SimilarAnswer &answer : result) {
        if (answered.size() < limit && fillAnswer(answer)) {
            answered.append(answer);
        }
    }
    return answered;
}

QString SimilarAnswers::rarestPhrasesQuery(const QString &text)
{
    using Core::SimilarityTerms;
    const QVector<SimilarityTerms::Phrase> phrases = SimilarityTerms::phrases(text);
    if (phrases.isEmpty()) {
        return QString();
    }
    Database &db = m_store.database();
    // A per-connection view of the index's vocabulary (temp: nothing is added to the file).
    if (!db.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_search_vocab"
                                " USING fts5vocab(main, case_search, row)"),
            QStringLiteral("opening the search vocabulary"))) {
        m_lastError = db.lastError();
        return QString();
    }
    bool ok = false;
    const double documents
        = db.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE search_rowid IS NOT NULL"), {},
                QStringLiteral("counting case documents"), &ok)
              .toDouble();
    if (!ok || documents <= 0) {
        return QString();
    }
    QHash<QString, double> idf;
    for (const QString &syllable : SimilarityTerms::syllables(phrases)) {
        QSqlQuery *q = query(QStringLiteral("SELECT doc FROM temp.case_search_vocab"
                                            " WHERE term = ?"),
            {syllable}, QStringLiteral("reading the search vocabulary"));
        if (!q) {
            return QString();
        }
        StatementReset reset(q);
        const double df = q->next() ? q->value(0).toDouble() : 0;
        // A syllable no case has cannot match; one in every case cannot discriminate.
        if (df > 0 && df < documents) {
            idf.insert(syllable, std::log((documents - df + 0.5) / (df + 0.5) + 1.0));
        }
    }
    QVector<QPair<double, int>> weighted;
    for (int i = 0; i < phrases.size(); ++i) {
        double weight = 0;
        bool usable = true;
        for (const QString &syllable : phrases.at(i).syllables) {
            usable = usable && idf.contains(syllable);
            weight += idf.value(syllable);
        }
        if (usable) {
            weighted.append({weight, i});
        }
    }
    std::stable_sort(weighted.begin(), weighted.end(),
        [](const auto &a, const auto &b) { return a.first > b.first; });
    QVector<SimilarityTerms::Phrase> chosen;
    for (int i = 0; i < weighted.size() && chosen.size() < kQueriedPhrases; ++i) {
        chosen.append(phrases.at(weighted.at(i).second));
    }
    return SimilarityTerms::orQuery(chosen);
}

QSqlQuery *SimilarAnswers::query(
    const QString &sql, std::initializer_list<QVariant> values, const QString &context)
{
    Database &db = m_store.database();
    QSqlQuery *q = db.query(sql, values, context);
    if (!q) {
        m_lastError = db.lastError();
    }
    return q;
}

QString SimilarAnswers::questionOf(qint64 caseId, int maxChars)
{
    QSqlQuery *q = query(QStringLiteral("SELECT text FROM messages WHERE case_id = ?"
                                        " AND direction = 'in' AND text <> ''"
                                        " ORDER BY time_ms, id"),
        {caseId}, QStringLiteral("reading a case's question"));
    if (!q) {
        return QString();
    }
    StatementReset reset(q);
    QStringList parts;
    int total = 0;
    while (q->next() && total < maxChars) {
        parts.append(q->value(0).toString());
        total += parts.constLast().size() + 1;
    }
    return cut(parts.join(QLatin1Char('\n')), maxChars);
}

bool SimilarAnswers::fillAnswer(SimilarAnswer &answer)
{
    QSqlQuery *q = query(QStringLiteral("SELECT m.text, m.time_ms FROM messages m"
                                        " WHERE m.case_id = ? AND m.direction = 'out'"
                                        " AND m.text <> '' AND ")
            + kNotAnAnswer + QStringLiteral(" ORDER BY m.time_ms, m.id"),
        {answer.caseId}, QStringLiteral("reading an earlier answer"));
    if (!q) {
        return false;
    }
    {
        StatementReset reset(q);
        QStringList parts;
        while (q->next()) {
            parts.append(q->value(0).toString());
            answer.answeredAtMs = q->value(1).toLongLong();
        }
        // Split replies were one answer: their parts go back together.
        answer.answer = parts.join(QLatin1Char('\n'));
    }
    if (answer.answer.isEmpty()) {
        return false;
    }
    answer.question = questionOf(answer.caseId, 500);
    return true;
}

} // namespace Desk::Store
