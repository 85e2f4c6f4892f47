// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/exporthooks.h"
#include "reports/metrics.h"

#include <QHash>
#include <QString>

namespace Desk::Reports {

class CaseRowReader;

/** Excel's last row is 1,048,576; one is the header. */
constexpr qint64 kMaxRowsPerSheet = 1048575;

struct XlsxOptions
{
    QString unitName; // shown under the title of the summary sheet
    QHash<QString, QString> agencyNames; // agency code -> name for the "by agency" table
    qint64 rowsPerSheet = kMaxRowsPerSheet; // smaller in tests, to reach the continuation sheet
};

/**
 * Writes a periodic report workbook with libxlsxwriter in constant_memory mode: sheet
 * "Tổng hợp" (the summary laid out as a periodic report, with native Excel charts over its
 * tables) and "Danh sách" (one row per case from @p rows, continued on "Danh sách (2)" ...
 * past @p options.rowsPerSheet rows). Text is always written with worksheet_write_string,
 * which never makes a formula, so "=1+1" stays the text "=1+1". On failure or cancel no
 * file is left at @p path.
 */
ExportResult writeXlsx(const QString &path, const Report &report, CaseRowReader &rows,
    const XlsxOptions &options, const ExportHooks &hooks, QString *error);

} // namespace Desk::Reports
