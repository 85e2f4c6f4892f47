// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/exporthooks.h"

#include <QString>

namespace Desk::Reports {

class CaseRowReader;

/** The field separator of the exported file: a tab (see writeCsv for why). */
constexpr char16_t kCsvSeparator = u'\t';

/**
 * One field of the exported file (RFC 4180 quoting with kCsvSeparator): quoted when it holds a
 * tab, quote, CR, LF, comma or semicolon, quotes doubled. The formula guard comes first: an
 * apostrophe before = + - @ TAB CR at the start of the text AND after every tab, CR or LF inside
 * it, so no piece a reader can cut the value into (by the separator or by lines, honouring the
 * quotes or not) starts like a formula.
 */
QString csvField(const QString &text);

/**
 * The "Danh sách" columns as a tab-separated UTF-16LE file with a BOM (FF FE), CRLF line
 * ends, dates "dd/MM/yyyy HH:mm" in Vietnam time, hours with a dot and 2 decimals.
 *
 * Why not comma-separated UTF-8: Excel splits a .csv by the Windows list separator, which is
 * ";" under Vietnamese regional settings, so a comma file opens in one column there; a
 * "sep=," first line fixes the split but makes Excel ignore the UTF-8 BOM (Vietnamese turns
 * into mojibake); ";" for the vi locale breaks the same file on an English-settings PC. A
 * UTF-16LE file with BOM is Excel's own "Unicode Text" format: it is split at tabs and read
 * as Unicode whatever the regional settings. Python reads it with
 * csv.reader(open(p, encoding="utf-16", newline=""), delimiter="\t").
 * Written through QSaveFile: a failed or cancelled export leaves no partial file.
 */
ExportResult writeCsv(
    const QString &path, CaseRowReader &rows, const ExportHooks &hooks, QString *error);

} // namespace Desk::Reports
