// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfold.h"

namespace Desk::Core {

QString toNfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        const auto category = ch.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing) {
            continue;
        }
        // đ (U+0111) and Đ (U+0110) have no decomposition, so NFD leaves them alone.
        if (ch.unicode() == 0x0111 || ch.unicode() == 0x0110) {
            folded.append(QLatin1Char('d'));
            continue;
        }
        folded.append(ch.toLower());
    }
    return folded;
}

QStringList searchWords(const QString &text)
{
    const QString folded = foldForSearch(text);
    QStringList words;
    QString current;
    const auto flush = [&]() {
        if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    };
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber()) {
            current.append(ch);
        } else {
            flush();
        }
    }
    flush();
    return words;
}

QString ftsQueryFromUserText(const QString &text)
{
    return ftsQueryFromWords(searchWords(text));
}

QString ftsQueryFromWords(const QStringList &words)
{
    QStringList terms;
    for (int i = 0; i < words.size(); ++i) {
        QString term = QLatin1Char('"') + words.at(i) + QLatin1Char('"');
        if (i == words.size() - 1 && words.at(i).size() >= 2) {
            term += QLatin1Char('*');
        }
        terms.append(term);
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace Desk::Core
