// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/exporthooks.h"

#include <QString>

namespace Desk::Reports {

class CaseRowReader;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled;
 *  text that looks like a formula (looksLikeFormula) gets a leading apostrophe first. */
QString csvField(const QString &text);

/**
 * The "Danh sách" columns as CSV: UTF-8 with a BOM (so Excel opens Vietnamese text right),
 * CRLF line ends, dates "dd/MM/yyyy HH:mm" in Vietnam time, hours with a dot and 2 decimals.
 * Written through QSaveFile: a failed or cancelled export leaves no partial file.
 */
ExportResult writeCsv(
    const QString &path, CaseRowReader &rows, const ExportHooks &hooks, QString *error);

} // namespace Desk::Reports
