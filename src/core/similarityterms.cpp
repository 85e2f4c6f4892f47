// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/similarityterms.h"

#include "core/textfold.h"

#include <QSet>

namespace Desk::Core {

namespace {

/**
 * Folded function words of citizens' messages: pronouns and forms of address, politeness,
 * question words, copulas and connectives. A phrase made of these ("cho toi hoi") is in
 * every other message and would rank the most talkative cases first.
 */
const QSet<QString> &functionWords()
{
    static const QSet<QString> words = [] {
        const char *const list[] = {"a", "ah", "ai", "anh", "bao", "bay", "biet", "ca", "cac",
            "can", "cam", "chi", "cho", "chu", "co", "con", "cua", "da", "day", "de", "den", "di",
            "duoc", "em", "gi", "giup", "ha", "hay", "hoi", "ko", "k", "khong", "kg", "la", "luc",
            "ma", "minh", "muon", "nay", "nao", "ne", "neu", "nhe", "nhi", "nhieu", "nhu", "nhung",
            "o", "oi", "on", "phai", "qua", "ra", "roi", "rang", "sao", "se", "sau", "tai", "thay",
            "thi", "toi", "tra", "trong", "tu", "va", "vao", "vay", "ve", "vi", "voi", "vui",
            "long", "xin", "xem", "chao", "dc", "j", "mot", "luon", "van", "chua", "moi", "cung",
            "bi", "khi", "nguoi"};
        QSet<QString> set;
        for (const char *word : list) {
            set.insert(QString::fromLatin1(word));
        }
        return set;
    }();
    return words;
}

/** Folded syllables in order; tokens with digits become empty markers that break phrases. */
QStringList tokens(const QString &text)
{
    const QString folded = foldForSearch(text);
    QStringList result;
    QString current;
    bool hasDigit = false;
    const auto flush = [&] {
        if (!current.isEmpty()) {
            result.append(hasDigit ? QString() : current);
        }
        current.clear();
        hasDigit = false;
    };
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber()) {
            current.append(ch);
            hasDigit = hasDigit || ch.isDigit();
        } else {
            flush();
        }
    }
    flush();
    return result;
}

} // namespace

QString SimilarityTerms::Phrase::ftsPhrase() const
{
    // Syllables are letters only (tokens() drops everything else), so quoting is enough.
    return QLatin1Char('"') + syllables.join(QLatin1Char(' ')) + QLatin1Char('"');
}

bool SimilarityTerms::isFunctionWord(const QString &foldedSyllable)
{
    return foldedSyllable.size() < 2 || functionWords().contains(foldedSyllable);
}

QVector<SimilarityTerms::Phrase> SimilarityTerms::phrases(const QString &text, int maxPhrases)
{
    const QStringList words = tokens(text);
    QVector<Phrase> result;
    QSet<QString> seen;
    const auto add = [&](QStringList syllables) {
        const QString key = syllables.join(QLatin1Char(' '));
        if (!seen.contains(key)) {
            seen.insert(key);
            result.append(Phrase {std::move(syllables)});
        }
    };
    for (int i = 0; i + 1 < words.size() && result.size() < maxPhrases; ++i) {
        const QString &first = words.at(i);
        const QString &second = words.at(i + 1);
        // Both syllables carry meaning ("cap lai", "giay phep"); never across a code or a
        // number, never with a function word ("hoi thu" from "hỏi thủ tục" is noise).
        if (first.isEmpty() || second.isEmpty() || isFunctionWord(first)
            || isFunctionWord(second)) {
            continue;
        }
        add({first, second});
    }
    if (result.isEmpty()) {
        // A one-word question ("hộ chiếu?") or only function-word pairs: single syllables.
        for (const QString &word : words) {
            if (!word.isEmpty() && !isFunctionWord(word) && result.size() < maxPhrases) {
                add({word});
            }
        }
    }
    return result;
}

QStringList SimilarityTerms::syllables(const QVector<Phrase> &phrases)
{
    QStringList result;
    QSet<QString> seen;
    for (const Phrase &phrase : phrases) {
        for (const QString &syllable : phrase.syllables) {
            if (!seen.contains(syllable)) {
                seen.insert(syllable);
                result.append(syllable);
            }
        }
    }
    return result;
}

QString SimilarityTerms::orQuery(const QVector<Phrase> &phrases)
{
    QStringList parts;
    parts.reserve(phrases.size());
    for (const Phrase &phrase : phrases) {
        parts.append(phrase.ftsPhrase());
    }
    return parts.join(QLatin1String(" OR "));
}

} // namespace Desk::Core
