// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QString>
#include <QStringList>

namespace Desk::Store::CaseText {

/**
 * Search indexes one document per CASE in the contentless FTS5 table `case_search`: the
 * citizen's folded name and phone, the case code, then every message's folded text. Its
 * rowid (`cases.search_rowid`) is the case's last activity in ms times kKeySlots plus a
 * slot, so FTS rowid order IS the inbox order (newest activity first): a search walks the
 * hits backwards and stops after one page, whatever the word, instead of collecting and
 * sorting every hit (a word in 20 % of 1M messages is 200,000 hits). Case ids do not give
 * that order: the first sync imports the newest conversations first.
 *
 * When a case changes, its document is deleted (contentless FTS5 needs the indexed text
 * again, rebuilt from the stored messages) and inserted anew under its new key.
 */
constexpr qint64 kKeySlots = 1024;

/** The FTS rowid of a case with this last activity; `attempt` moves to the next free slot. */
constexpr qint64 searchKey(qint64 lastActivityMs, qint64 caseId, int attempt)
{
    return (lastActivityMs > 0 ? lastActivityMs : 0) * kKeySlots + (caseId + attempt) % kKeySlots;
}

/** Folded citizen part of a case document: display name and phone. */
QString citizenSearchText(const QString &displayName, const QString &phone);
/**
 * The head of a case document: the citizen part plus the folded code, plus the bare
 * sequence number so `TV-2026-123` (no zero padding, as citizens type it) also matches.
 */
QString headerDocument(const QString &citizenSearchText, const QString &caseCode);
/** Folded text indexed for one message: its text and any attachment name. */
QString messageDocument(const QString &text, const QString &fileName);
QString messageDocument(const Core::Message &message);
/** Header, then the messages in the order they were stored (messages.id). */
QString caseDocument(
    const QString &citizenSearchText, const QString &caseCode, const QStringList &messageDocuments);

/**
 * The inbox's one-line summary of a message: its trimmed text, or a language-neutral marker
 * the GUI turns into a label: "[image]", "[gif]", "[sticker]", "[voice]", "[unreadable]",
 * "[file] <name>", "[link] <title or url>", "[location] <address>" (links and locations
 * show the marker even with a caption).
 */
QString summaryLine(const Core::Message &message);
constexpr int kSummaryMaxChars = 200;

} // namespace Desk::Store::CaseText
