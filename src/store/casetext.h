// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QString>

namespace Desk::Store::CaseText {

/**
 * Search documents live in the contentless FTS5 table `case_search`. A document's rowid
 * carries its case: rowid = case_id << kOrdinalBits | ordinal, so a hit maps to its case
 * with a shift instead of a lookup in `messages` (200,000 lookups for a common word would
 * cost more than the whole FTS query). Ordinal 0 is the case's header document (citizen
 * name, phone, case code); messages take 1, 2, ... in insertion order.
 */
constexpr int kOrdinalBits = 20;
constexpr qint64 kMaxOrdinal = (qint64(1) << kOrdinalBits) - 1;

constexpr qint64 searchRowid(qint64 caseId, qint64 ordinal)
{
    return (caseId << kOrdinalBits) | ordinal;
}
constexpr qint64 caseIdOfRowid(qint64 rowid)
{
    return rowid >> kOrdinalBits;
}

/** Folded citizen part of a header document: display name and phone. */
QString citizenSearchText(const QString &displayName, const QString &phone);
/**
 * The header document of a case: the citizen part plus the code, folded, plus the bare
 * sequence number so `TV-2026-123` (no zero padding, as citizens type it) also matches.
 */
QString headerDocument(const QString &citizenSearchText, const QString &caseCode);
/** Folded text indexed for one message: its text and any attachment name. */
QString messageDocument(const Core::Message &message);

/** The inbox's one-line summary of a message: trimmed text or a marker such as "[image]". */
QString summaryLine(const Core::Message &message);
constexpr int kSummaryMaxChars = 200;

} // namespace Desk::Store::CaseText
