// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/similaranswers.h"

#include "core/similarityterms.h"
#include "store/database.h"
#include "store/searchdialect.h"
#include "store/store.h"
#include "store/storelog.h"

#include <QSqlQuery>
#include <algorithm>

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

SimilarAnswers::SimilarAnswers(Store &store, int windowCases)
    : m_store(store)
    , m_windowCases(qMax(1, windowCases))
{ }

QVector<SimilarAnswer> SimilarAnswers::forCase(qint64 caseId, int limit)
{
    return forText(questionOf(caseId, 4000), caseId, limit);
}

QVector<SimilarAnswer> SimilarAnswers::forText(const QString &text, qint64 excludeCaseId, int limit)
{
    m_lastError.clear();
    QVector<SimilarAnswer> result;
    if (limit <= 0) {
        return result;
    }
    bool ok = true;
    const qint64 oldestKey = windowStart(&ok);
    const RarestWords match = ok ? rarestWords(text, oldestKey, &ok) : RarestWords();
    if (!ok || match.words.isEmpty()) {
        return result;
    }
    // Ranked inside the search index first, over the recent window only (its cost grows with
    // the matching documents, about 2 us each on FTS5), then the few best are joined to their
    // cases and checked for an answer; joining every hit before sorting costs several times
    // more. Over-fetched: a hit may be this case, or not answered yet.
    const SearchDialect &search = SearchDialect::of(m_store.database());
    const SearchDialect::Ranked ranked
        = search.ranked(match.words, match.casesWithWord, oldestKey, limit * 4 + 1);
    QVariantList values = ranked.values;
    values << excludeCaseId;
    QSqlQuery *q
        = m_store.database().statement(QStringLiteral("SELECT c.id, c.code, r.score FROM (")
            + ranked.sql + QStringLiteral(") r") + search.pinnedJoin()
            + QStringLiteral("cases c ON c.search_rowid = r.rowid"
                             " WHERE c.id <> ? AND EXISTS (SELECT 1 FROM messages m"
                             " WHERE m.case_id = c.id AND m.direction = 'out')"
                             " ORDER BY r.score"));
    if (!m_store.database().run(q, values, QStringLiteral("finding similar answered cases"))) {
        m_lastError = m_store.database().lastError();
        q = nullptr;
    }
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

SimilarAnswers::RarestWords SimilarAnswers::rarestWords(
    const QString &text, qint64 oldestKey, bool *ok)
{
    const SearchDialect &search = SearchDialect::of(m_store.database());
    // How many cases of the window have each word, counted up to kCommonCases: an exact
    // count of a word in every other case would cost more than the ranking it prepares.
    QVector<QPair<int, QString>> counted;
    for (const QString &word : Core::SimilarityTerms::words(text, kCandidateWords)) {
        QSqlQuery *q
            = query(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM case_search WHERE ")
                    + search.matchCondition() + QStringLiteral(" AND rowid >= ? LIMIT ?) hits"),
                {search.anyWordQuery({word}), oldestKey, kCommonCases},
                QStringLiteral("counting a word's cases"));
        if (!q) {
            *ok = false;
            return {};
        }
        StatementReset reset(q);
        const int cases = q->next() ? q->value(0).toInt() : 0;
        if (cases > 0) { // a word no recent case has cannot find one
            counted.append({cases, word});
        }
    }
    // The rarest few: they decide which cases match, and an OR of every common word would
    // match most of the window (bm25 still weighs the chosen ones by rarity).
    std::stable_sort(counted.begin(), counted.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    RarestWords chosen;
    for (int i = 0; i < counted.size() && i < kQueriedWords; ++i) {
        chosen.words.append(counted.at(i).second);
        chosen.casesWithWord.append(counted.at(i).first);
    }
    return chosen;
}

qint64 SimilarAnswers::windowStart(bool *ok)
{
    // The search key is the case's last activity (casetext.h), so the newest documents of the
    // window are those from this key on; the index on search_rowid finds it in a walk
    // of as many entries.
    QSqlQuery *q = query(QStringLiteral("SELECT search_rowid FROM cases"
                                        " WHERE search_rowid IS NOT NULL"
                                        " ORDER BY search_rowid DESC LIMIT 1 OFFSET ?"),
        {m_windowCases - 1}, QStringLiteral("finding the newest cases"));
    *ok = q != nullptr;
    if (!q) {
        return 0;
    }
    StatementReset reset(q);
    return q->next() ? q->value(0).toLongLong() : 0; // fewer cases: all of them
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
