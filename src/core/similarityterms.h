// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Desk::Core {

/**
 * The words of a citizen's question that can find earlier cases about the same thing.
 * Vietnamese writes one syllable per word ("khai sinh", "giấy phép lái xe"), so a single
 * syllable says little: "sinh" alone is in "khai sinh", "sinh viên" and "phát sinh". Two
 * adjacent syllables ("khai sinh", "lai xe") are close to the real words, and as FTS5 phrase
 * queries they match only where the syllables stand together.
 *
 * The store weighs each phrase by how rare its syllables are (fts5vocab) and queries the
 * rarest; this class only proposes, without any database.
 */
class SimilarityTerms
{
public:
    /** A phrase: two adjacent folded syllables (one when the text has a single word). */
    struct Phrase
    {
        QStringList syllables;
        QString ftsPhrase() const; // "khai sinh", quoted for an FTS5 MATCH
    };

    /**
     * Folded, de-duplicated phrases of `text` in reading order, at most `maxPhrases`.
     * Function words (tôi, cho, hỏi, ạ, ...) and tokens with digits (dossier codes and phone
     * numbers belong to one citizen, not to a topic) never start or end a phrase.
     */
    static QVector<Phrase> phrases(const QString &text, int maxPhrases = 64);

    /** The distinct syllables of `phrases`, for one document-frequency lookup. */
    static QStringList syllables(const QVector<Phrase> &phrases);

    /** `"a b" OR "c d" ...`: an FTS5 expression matching any of the phrases. */
    static QString orQuery(const QVector<Phrase> &phrases);

    /** True for syllables that carry no topic (folded: "toi", "cho", "hoi", ...). */
    static bool isFunctionWord(const QString &foldedSyllable);
};

} // namespace Desk::Core
