// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Desk::Core {

/**
 * Splits a reply that is too long for one Zalo consultation message (2,000 characters)
 * into parts that each fit, breaking at a paragraph if one is near the limit, else at a
 * line, a sentence, a word, and only as a last resort inside a word (never inside a
 * surrogate pair or before a combining mark).
 *
 * Characters are counted as Zalo counts them: Unicode code points of the NFC text. The
 * parts are NFC. Whitespace at a break is dropped; nothing else is lost or reordered.
 * With numbering, every part of a multi-part reply starts with "(k/n) ", and that prefix
 * counts against the limit.
 */
class ReplySplitter
{
public:
    static constexpr int kZaloLimit = 2000;

    explicit ReplySplitter(int limit = kZaloLimit, bool numbered = false)
        : m_limit(qMax(1, limit))
        , m_numbered(numbered)
    { }

    /** Empty for an empty or blank text; one part (unchanged but NFC) if it fits. */
    QStringList split(const QString &text) const;

    /** Characters as Zalo counts them: code points after NFC. */
    static int zaloLength(const QString &text);

private:
    QList<QList<uint>> splitCodePoints(const QList<uint> &text, int budget) const;

    int m_limit;
    bool m_numbered;
};

} // namespace Desk::Core
