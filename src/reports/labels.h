// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/metrics.h"

#include <QHash>
#include <QString>

namespace Desk::Reports {

// User-facing words of the reports, translated in context "Desk::Reports" (Vietnamese for staff).

/** The label of a case kind key ("question" -> "Hỏi đáp"); the key itself if unknown. */
QString kindLabel(const QString &kindKey);
QString measureLabel(Measure measure);
QString yesLabel();
QString noLabel();
/** What stands for a share nobody can compute (no case decided in the period): "—". */
QString noShareText();
/** "95.0 %" (one decimal, `decimals` digits) or noShareText() when there is no share. */
QString shareText(const std::optional<double> &share, int decimals = 1);
/** "(none)" for an empty group key (no staff assigned, no agency, ...). */
QString groupKeyLabel(const QString &key);
/** "2026-Q3 (01/07/2026 - 30/09/2026)". */
QString periodLabel(const Core::ReportPeriod &period);
/** "Agency: Sở Tư pháp; Staff: lan; Kind: Question" for a report filter; "" without one. */
QString filterLabel(const ReportFilter &filter, const QHash<QString, QString> &agencyNames = {});
QString summarySheetName();
/** "Danh sách", then "Danh sách (2)" ... for the continuation sheets. */
QString listSheetName(int part);

} // namespace Desk::Reports
