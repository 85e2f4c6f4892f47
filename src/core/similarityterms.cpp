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

/** Folded syllables in order; tokens with digits become empty (they name no topic). */
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

bool SimilarityTerms::isFunctionWord(const QString &foldedSyllable)
{
    return foldedSyllable.size() < 2 || functionWords().contains(foldedSyllable);
}

QStringList SimilarityTerms::words(const QString &text, int maxWords)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &word : tokens(text)) {
        if (result.size() >= maxWords) {
            break;
        }
        if (!word.isEmpty() && !isFunctionWord(word) && !seen.contains(word)) {
            seen.insert(word);
            result.append(word);
        }
    }
    return result;
}

QString SimilarityTerms::orQuery(const QStringList &words)
{
    QStringList parts;
    parts.reserve(words.size());
    for (const QString &word : words) {
        // Words are letters only (tokens() splits on everything else): quoting is enough.
        parts.append(QLatin1Char('"') + word + QLatin1Char('"'));
    }
    return parts.join(QLatin1String(" OR "));
}

} // namespace Desk::Core
