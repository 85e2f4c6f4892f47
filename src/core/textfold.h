// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Desk::Core {

/** NFC form, the only form text is stored in. */
QString toNfc(const QString &text);

/**
 * Folds Vietnamese text for search and rules: NFD, drop combining marks, đ/Đ -> d, lower case.
 * SQLite's unicode61 tokenizer folds tone marks but not đ, so both the index and the
 * query go through this one function.
 */
QString foldForSearch(const QString &text);

/**
 * The folded words (runs of letters and digits) of what a user typed, in order: what both
 * search engines match. Anything else (quotes, operators, '-') only separates words, so
 * user input never reaches a query syntax.
 */
QStringList searchWords(const QString &text);

/**
 * Turns what a user typed into an FTS5 MATCH expression over folded text: every word
 * is quoted (so `HS-2024-1` or a stray quote cannot break the query syntax) and the
 * last word is a prefix match when it has at least two characters. Empty when there is
 * nothing searchable.
 */
QString ftsQueryFromUserText(const QString &text);
/** The same expression from words searchWords() made. */
QString ftsQueryFromWords(const QStringList &words);

} // namespace Desk::Core
