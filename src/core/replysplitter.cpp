// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/replysplitter.h"

#include <QChar>

namespace Desk::Core {

namespace {

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
}

bool endsSentence(char32_t c)
{
    return c == U'.' || c == U'!' || c == U'?' || c == U'…' || c == U';';
}

bool closesQuote(char32_t c)
{
    return c == U'"' || c == U'\'' || c == U')' || c == U']' || c == U'”' || c == U'’' || c == U'»';
}

int digits(int n)
{
    return int(QString::number(n).size());
}

/**
 * Break levels from best to worst. `cut` is where the part ends (exclusive); the caller
 * drops the whitespace around it. `minimum` keeps a good break from leaving a tiny part.
 */
enum class Level { Paragraph, Line, Sentence, Word };

bool isBreak(const QList<uint> &t, qsizetype cut, Level level)
{
    if (!isSpace(t[cut]))
        return false;
    switch (level) {
    case Level::Paragraph: // a blank line follows
        return t[cut] == U'\n' && cut + 1 < t.size() && t[cut + 1] == U'\n';
    case Level::Line:
        return t[cut] == U'\n';
    case Level::Sentence: {
        qsizetype end = cut - 1;
        if (end > 0 && closesQuote(t[end]))
            --end;
        return end >= 0 && endsSentence(t[end]);
    }
    case Level::Word:
        return true;
    }
    return false;
}

} // namespace

int ReplySplitter::zaloLength(const QString &text)
{
    return int(text.normalized(QString::NormalizationForm_C).toUcs4().size());
}

QStringList ReplySplitter::split(const QString &text) const
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    if (nfc.trimmed().isEmpty())
        return {};
    const QList<uint> points = nfc.toUcs4();
    if (points.size() <= m_limit)
        return {nfc};

    QList<QList<uint>> parts = splitCodePoints(points, m_limit);
    if (m_numbered) {
        // "(k/n) " must fit too, and its width depends on n: widen until the count of
        // parts no longer needs more digits than were reserved.
        int width = 1;
        for (;;) {
            parts = splitCodePoints(points, m_limit - (2 * width + 4));
            if (digits(int(parts.size())) <= width)
                break;
            width = digits(int(parts.size()));
        }
    }
    QStringList result;
    result.reserve(parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString part = QString::fromUcs4(
            reinterpret_cast<const char32_t *>(parts[i].constData()), parts[i].size());
        if (m_numbered)
            part = QStringLiteral("(%1/%2) ").arg(i + 1).arg(parts.size()) + part;
        result.append(part);
    }
    return result;
}

QList<QList<uint>> ReplySplitter::splitCodePoints(const QList<uint> &t, int budget) const
{
    budget = qMax(1, budget);
    QList<QList<uint>> parts;
    qsizetype start = 0;
    const qsizetype size = t.size();
    while (start < size) {
        qsizetype end = size;
        if (size - start > budget) {
            end = -1;
            const qsizetype last = start + budget; // t[start, last) fits
            // Half a message at least for paragraph and line breaks, a third for sentences:
            // otherwise a break early in the window would leave a part of a few words.
            const struct
            {
                Level level;
                qsizetype minimum;
            } levels[] = {
                {Level::Paragraph, start + budget / 2},
                {Level::Line, start + budget / 2},
                {Level::Sentence, start + budget / 3},
                {Level::Word, start + 1},
            };
            for (const auto &candidate : levels) {
                for (qsizetype cut = last; cut >= candidate.minimum && end < 0; --cut) {
                    if (isBreak(t, cut, candidate.level))
                        end = cut;
                }
                if (end >= 0)
                    break;
            }
            if (end < 0) {
                // One long "word" (a URL, a run of emoji): cut it, but keep a base letter
                // with its combining marks.
                end = last;
                while (end > start + 1 && QChar::isMark(t[end]))
                    --end;
            }
        }
        qsizetype partEnd = end;
        while (partEnd > start && isSpace(t[partEnd - 1]))
            --partEnd;
        if (partEnd > start)
            parts.append(t.mid(start, partEnd - start));
        start = end;
        while (start < size && isSpace(t[start]))
            ++start;
    }
    return parts;
}

} // namespace Desk::Core
