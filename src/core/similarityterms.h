// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Desk::Core {

/**
 * The words of a citizen's question that can find earlier cases about the same thing:
 * folded syllables in reading order, without function words (tôi, cho, hỏi, ạ, ...) and
 * without tokens that contain digits (dossier codes and phone numbers belong to one
 * citizen, not to a topic). bm25 then weighs each word by how rare it is, so "khai" and
 * "sinh" together outrank a case that shares only "ho so".
 *
 * Single syllables and not phrases: an FTS5 phrase query reads the positions of every
 * occurrence of its words, several times the cost of an OR of the same words, and the
 * ranking already rewards cases that have both syllables.
 */
class SimilarityTerms
{
public:
    /** Distinct content syllables of `text`, in reading order, at most `maxWords`. */
    static QStringList words(const QString &text, int maxWords = 12);

    /** `"a" OR "b" ...`: an FTS5 expression matching any of the words (empty for none). */
    static QString orQuery(const QStringList &words);

    /** True for syllables that carry no topic (folded: "toi", "cho", "hoi", ...). */
    static bool isFunctionWord(const QString &foldedSyllable);
};

} // namespace Desk::Core
