// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/metrics.h"

#include <QHash>
#include <QLocale>
#include <QString>

namespace Desk::Reports {

// User-facing words of the reports, translated in context "Desk::Reports" (Vietnamese for staff).

/**
 * The language an exported report is written in, for the current thread: inside a scope every
 * label of this file, the column headers and the workbook's number formats follow @p language
 * ("vi" or "en") whatever the UI language, so a workbook for an inspector is Vietnamese from
 * an English desk too. Vietnamese words come from the app's compiled translation
 * (:/i18n/advisory-desk_vi.qm) when it is linked in, else from the installed translators.
 * Without a scope the texts follow the application (its translators and QLocale default).
 * The export job opens one on its worker thread (ExportRequest::language).
 */
class ReportLanguageScope
{
public:
    explicit ReportLanguageScope(const QString &language);
    ~ReportLanguageScope();
    ReportLanguageScope(const ReportLanguageScope &) = delete;
    ReportLanguageScope &operator=(const ReportLanguageScope &) = delete;

    /** A scope's language; a plain value so the per-thread slot needs no destructor. */
    enum class Language : unsigned char { Application, English, Vietnamese };

private:
    Language m_previous;
};

/** "vi" or "en": the scope's language, else the application's (QLocale default). */
QString reportLanguage();
/** @p source (English, context "Desk::Reports") in the report's language. */
QString reportText(const char *source);
/** The report language's number formatting: "93,9" in Vietnamese, "93.9" in English. */
QLocale reportLocale();

/** The label of a case kind key ("question" -> "Hỏi đáp"); the key itself if unknown. */
QString kindLabel(const QString &kindKey);
QString measureLabel(Measure measure);
QString yesLabel();
QString noLabel();
/** What stands for a share nobody can compute (no case decided in the period): "—". */
QString noShareText();
/** "95,0 %" (Vietnamese) / "95.0 %" (English), `decimals` digits, or noShareText() when
 *  there is no share. */
QString shareText(const std::optional<double> &share, int decimals = 1);
/** "(none)" for an empty group key (no staff assigned, no agency, ...). */
QString groupKeyLabel(const QString &key);
/** The period in words: "Tháng 7/2026", "Quý III/2026", "6 tháng đầu năm 2026", "Năm 2026". */
QString periodTitle(const Core::ReportPeriod &period);
/** "Quý III/2026 (01/07/2026 - 30/09/2026)". */
QString periodLabel(const Core::ReportPeriod &period);
/** A rating level's name ("Rất hài lòng") for its stored key; the key when unknown. */
QString ratingLabel(const QString &key);
/** "Agency: Sở Tư pháp; Staff: lan; Kind: Question" for a report filter; "" without one. */
QString filterLabel(const ReportFilter &filter, const QHash<QString, QString> &agencyNames = {});
QString summarySheetName();
/** "Danh sách", then "Danh sách (2)" ... for the continuation sheets. */
QString listSheetName(int part);

} // namespace Desk::Reports
