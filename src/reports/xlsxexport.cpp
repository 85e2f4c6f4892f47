// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/xlsxexport.h"

#include "core/vietnamtime.h"
#include "reports/caserows.h"
#include "reports/labels.h"
#include "reports/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace Desk::Reports {

namespace {

constexpr int kMaxCellChars = 32767; // Excel's limit; libxlsxwriter refuses longer strings
constexpr double kExcelUnixEpoch = 25569.0; // serial day number of 1970-01-01
constexpr double kMsPerDay = 24.0 * 3600.0 * 1000.0;
constexpr int kNarrowColumnChars = 14; // the width of columns C onwards on the summary sheet

QString translated(const char *text)
{
    return reportText(text);
}

/**
 * A number format in the report's language. Excel stores the codes with "." and ","
 * whatever the locale; the [$-42A] tag (Vietnamese) makes LibreOffice show "93,9 %" and
 * "1.234" however its own locale is set; Excel shows the reader's separators, which on a
 * Vietnamese PC are the same. The space before % is the Vietnamese way of writing it.
 */
QByteArray numberFormat(const char *english, const char *vietnamese)
{
    return reportLanguage() == QLatin1String("vi") ? QByteArray("[$-42A]") + vietnamese
                                                   : QByteArray(english);
}

/** Excel serial date of a UTC instant shown in Vietnam time (Excel dates have no zone). */
double excelSerial(qint64 utcMs)
{
    return double(utcMs + qint64(Core::kVietnamUtcOffsetSeconds) * 1000) / kMsPerDay
        + kExcelUnixEpoch;
}

/**
 * Every text cell goes through here. worksheet_write_string() always writes a string cell
 * (shared or inline string), never a formula: unlike Python's XlsxWriter write(), the C
 * library has no type guessing, and formulas only come from worksheet_write_formula(), which
 * this exporter never calls for data. So "=HYPERLINK(...)", "+84..." or "@SUM" stay text
 * (tst_xlsxexport reads them back to check). Control characters are escaped by the library
 * (_xHHHH_).
 */
lxw_error writeText(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &text,
    lxw_format *format = nullptr)
{
    if (text.isEmpty()) {
        return format ? worksheet_write_blank(sheet, row, col, format) : LXW_NO_ERROR;
    }
    const QByteArray utf8
        = (text.size() > kMaxCellChars ? text.left(kMaxCellChars) : text).toUtf8();
    return worksheet_write_string(sheet, row, col, utf8.constData(), format);
}

struct WorkbookCloser
{
    void operator()(lxw_workbook *workbook) const { lxw_workbook_free(workbook); }
};

/** The formats of the workbook (owned by it). */
struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *section = nullptr;
    lxw_format *date = nullptr;
    lxw_format *hours = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *integer = nullptr;

    explicit Formats(lxw_workbook *workbook)
    {
        title = workbook_add_format(workbook);
        format_set_bold(title);
        format_set_font_size(title, 14);
        header = workbook_add_format(workbook);
        format_set_bold(header);
        format_set_bg_color(header, 0xDDEBF7);
        format_set_border(header, LXW_BORDER_THIN);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        section = workbook_add_format(workbook);
        format_set_bold(section);
        date = workbook_add_format(workbook);
        format_set_num_format(date, "dd/mm/yyyy hh:mm");
        hours = workbook_add_format(workbook);
        format_set_num_format(hours, numberFormat("#,##0.00", "#,##0.00").constData());
        percent = workbook_add_format(workbook);
        format_set_num_format(percent, numberFormat("0.0%", "0.0 %").constData());
        integer = workbook_add_format(workbook);
        format_set_num_format(integer, numberFormat("#,##0", "#,##0").constData());
    }
};

/** Writes the summary sheet top to bottom (constant_memory needs rows in order). */
class SummaryWriter
{
public:
    SummaryWriter(lxw_workbook *workbook, lxw_worksheet *sheet, const Formats &formats,
        const Report &report, const XlsxOptions &options)
        : m_workbook(workbook)
        , m_sheet(sheet)
        , m_formats(formats)
        , m_report(report)
        , m_options(options)
        , m_sheetName(summarySheetName().toUtf8())
    { }

    void write()
    {
        // Column A holds the longest labels (Vietnamese ones run longer than English); B also
        // holds the generated date and time, which shows as ### when narrower.
        worksheet_set_column(m_sheet, 0, 0, 44, nullptr);
        worksheet_set_column(m_sheet, 1, 1, 17, nullptr);
        worksheet_set_column(m_sheet, 2, 7, 14, nullptr);
        writeText(m_sheet, m_row++, 0,
            translated(QT_TRANSLATE_NOOP("Desk::Reports",
                "Report on questions, reports and petitions received through Zalo OA")),
            m_formats.title);
        label(translated(QT_TRANSLATE_NOOP("Desk::Reports", "Unit")), m_options.unitName);
        label(translated(QT_TRANSLATE_NOOP("Desk::Reports", "Reporting period")),
            periodLabel(m_report.options.period)
                + (m_report.options.period.cutoff() ? QLatin1Char(' ')
                            + translated(QT_TRANSLATE_NOOP("Desk::Reports", "(15 -> 14 cut-off)"))
                                                    : QString()));
        // Only when narrowed: an unfiltered workbook keeps its layout row for row.
        if (!m_report.options.filter.isEmpty()) {
            label(translated(QT_TRANSLATE_NOOP("Desk::Reports", "Only the cases of")),
                filterLabel(m_report.options.filter, m_options.agencyNames));
        }
        writeText(m_sheet, m_row, 0, translated(QT_TRANSLATE_NOOP("Desk::Reports", "Generated")));
        worksheet_write_number(
            m_sheet, m_row++, 1, excelSerial(m_report.generatedAtMs), m_formats.date);
        ++m_row;
        writeFigures();
        ++m_row;
        const int kindFirst = writeGroupTable(
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "By kind")), m_report.byKind, true);
        const int kindLast = m_row - 1;
        ++m_row;
        writeGroupTable(
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "By agency")), m_report.byAgency, false);
        ++m_row;
        const int ratingFirst = writeRatings();
        const int ratingLast = m_row - 1;
        ++m_row;
        writeDurations();

        insertResultsChart();
        if (kindLast >= kindFirst) {
            insertChart(LXW_CHART_BAR,
                translated(QT_TRANSLATE_NOOP("Desk::Reports", "Received by kind")), kindFirst,
                kindLast, 1, 20);
        }
        if (ratingLast >= ratingFirst) {
            insertChart(LXW_CHART_PIE, translated(QT_TRANSLATE_NOOP("Desk::Reports", "Ratings")),
                ratingFirst, ratingLast, 1, 40);
        }
    }

private:
    void label(const QString &name, const QString &value)
    {
        writeText(m_sheet, m_row, 0, name);
        writeText(m_sheet, m_row++, 1, value);
    }

    void headerRow(const QStringList &titles)
    {
        // Wrapped titles ("Trung bình, giờ làm việc") need two lines: constant_memory writes a
        // row once, so its height is set before its cells.
        const bool wraps = std::any_of(titles.cbegin() + 1, titles.cend(),
            [](const QString &title) { return title.size() > kNarrowColumnChars; });
        if (wraps) {
            worksheet_set_row(m_sheet, m_row, 31, nullptr);
        }
        for (int i = 0; i < titles.size(); ++i) {
            writeText(m_sheet, m_row, lxw_col_t(i), titles.at(i), m_formats.header);
        }
        ++m_row;
    }

    void count(const QString &name, double value, lxw_format *format)
    {
        writeText(m_sheet, m_row, 0, name);
        worksheet_write_number(m_sheet, m_row++, 1, value, format);
    }

    /** A percentage cell, or an em dash when nothing was decided (never "100 %"). */
    void writeShare(lxw_row_t row, lxw_col_t col, const std::optional<double> &share)
    {
        if (share) {
            worksheet_write_number(m_sheet, row, col, *share, m_formats.percent);
        } else {
            writeText(m_sheet, row, col, noShareText());
        }
    }

    void writeFigures()
    {
        const GroupMetrics &t = m_report.total;
        headerRow({translated(QT_TRANSLATE_NOOP("Desk::Reports", "Figure")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Value"))});
        count(translated(QT_TRANSLATE_NOOP("Desk::Reports", "Received")), double(t.received),
            m_formats.integer);
        m_resultsFirst = int(m_row);
        count(translated(QT_TRANSLATE_NOOP("Desk::Reports", "Answered on time")),
            double(t.answeredOnTime), m_formats.integer);
        count(translated(QT_TRANSLATE_NOOP("Desk::Reports", "Answered late")),
            double(t.answeredLate), m_formats.integer);
        count(translated(QT_TRANSLATE_NOOP("Desk::Reports", "In progress (not yet due)")),
            double(t.inProgress), m_formats.integer);
        count(translated(QT_TRANSLATE_NOOP("Desk::Reports", "Overdue (still open)")),
            double(t.overdueOpen), m_formats.integer);
        m_resultsLast = int(m_row) - 1;
        count(translated(QT_TRANSLATE_NOOP("Desk::Reports", "Prolonged")), double(t.prolonged),
            m_formats.integer);
        count(
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Out of scope (complaints, redirected)")),
            double(m_report.outOfScope), m_formats.integer);
        writeText(m_sheet, m_row, 0,
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Share answered on time")));
        writeShare(m_row++, 1, t.onTimeShare());
        count(translated(
                  QT_TRANSLATE_NOOP("Desk::Reports", "Indicator 8 score (TT 01/2018/TT-VPCP)")),
            t.indicator8(), m_formats.integer);
    }

    /** Returns the first data row (for a chart over column B). */
    int writeGroupTable(const QString &title, const QVector<GroupMetrics> &groups, bool kinds)
    {
        writeText(m_sheet, m_row++, 0, title, m_formats.section);
        headerRow({kinds ? translated(QT_TRANSLATE_NOOP("Desk::Reports", "Kind"))
                         : translated(QT_TRANSLATE_NOOP("Desk::Reports", "Agency")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Received")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "On time")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Late")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "In progress")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Overdue")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "On-time share"))});
        const int first = int(m_row);
        for (const GroupMetrics &g : groups) {
            if (g.received == 0) {
                continue; // an agency seen only through transfers of other cases
            }
            const QString name = kinds ? kindLabel(g.key)
                                       : groupKeyLabel(m_options.agencyNames.value(g.key, g.key));
            writeText(m_sheet, m_row, 0, name);
            const double values[] = {double(g.received), double(g.answeredOnTime),
                double(g.answeredLate), double(g.inProgress), double(g.overdueOpen)};
            for (int i = 0; i < 5; ++i) {
                worksheet_write_number(
                    m_sheet, m_row, lxw_col_t(1 + i), values[i], m_formats.integer);
            }
            writeShare(m_row++, 6, g.onTimeShare());
        }
        return first;
    }

    int writeRatings()
    {
        writeText(m_sheet, m_row++, 0, translated(QT_TRANSLATE_NOOP("Desk::Reports", "Ratings")),
            m_formats.section);
        headerRow({translated(QT_TRANSLATE_NOOP("Desk::Reports", "Level")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Count"))});
        const int first = int(m_row);
        const QMap<QString, qint64> &ratings = m_report.total.ratings;
        for (auto it = ratings.begin(); it != ratings.end(); ++it) {
            count(ratingLabel(it.key()), double(it.value()), m_formats.integer);
        }
        return first;
    }

    void writeDurations()
    {
        writeText(m_sheet, m_row++, 0,
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Handling time (hours)")),
            m_formats.section);
        headerRow({translated(QT_TRANSLATE_NOOP("Desk::Reports", "Measure")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Count")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Mean, working hours")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Median, working hours")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "P90, working hours")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Mean, calendar hours")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "Median, calendar hours")),
            translated(QT_TRANSLATE_NOOP("Desk::Reports", "P90, calendar hours"))});
        for (int m = 0; m < kMeasureCount; ++m) {
            const MeasureSummary &s = m_report.total.measures[std::size_t(m)];
            writeText(m_sheet, m_row, 0, measureLabel(Measure(m)));
            worksheet_write_number(m_sheet, m_row, 1, double(s.working.count), m_formats.integer);
            const double values[] = {s.working.meanHours, s.working.medianHours, s.working.p90Hours,
                s.calendar.meanHours, s.calendar.medianHours, s.calendar.p90Hours};
            for (int i = 0; i < 6; ++i) {
                worksheet_write_number(
                    m_sheet, m_row, lxw_col_t(2 + i), values[i], m_formats.hours);
            }
            ++m_row;
        }
    }

    void insertResultsChart()
    {
        insertChart(LXW_CHART_COLUMN, translated(QT_TRANSLATE_NOOP("Desk::Reports", "Results")),
            m_resultsFirst, m_resultsLast, 1, 1);
    }

    /** A native chart: categories in column A, values in column B of [first, last]. */
    void insertChart(
        uint8_t type, const QString &title, int first, int last, int valueColumn, int anchorRow)
    {
        lxw_chart *chart = workbook_add_chart(m_workbook, type);
        lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(
            series, m_sheetName.constData(), lxw_row_t(first), 0, lxw_row_t(last), 0);
        chart_series_set_values(series, m_sheetName.constData(), lxw_row_t(first),
            lxw_col_t(valueColumn), lxw_row_t(last), lxw_col_t(valueColumn));
        const QByteArray titleUtf8 = title.toUtf8();
        chart_title_set_name(chart, titleUtf8.constData());
        if (type != LXW_CHART_PIE) {
            chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        }
        worksheet_insert_chart(m_sheet, lxw_row_t(anchorRow), 9, chart);
    }

    lxw_workbook *m_workbook;
    lxw_worksheet *m_sheet;
    const Formats &m_formats;
    const Report &m_report;
    const XlsxOptions &m_options;
    QByteArray m_sheetName;
    lxw_row_t m_row = 0;
    int m_resultsFirst = 0;
    int m_resultsLast = 0;
};

/** Starts a "Danh sách" sheet: widths, bold frozen header. */
lxw_worksheet *addListSheet(lxw_workbook *workbook, const Formats &formats, int part)
{
    lxw_worksheet *sheet
        = workbook_add_worksheet(workbook, listSheetName(part).toUtf8().constData());
    if (!sheet) {
        return nullptr;
    }
    for (int c = 0; c < kColumnCount; ++c) {
        const Column column = Column(c);
        lxw_format *format = columnType(column) == ColumnType::DateTime ? formats.date
            : columnType(column) == ColumnType::Hours                   ? formats.hours
                                                                        : nullptr;
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(column), format);
        writeText(sheet, 0, lxw_col_t(c), columnHeader(column), formats.header);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    return sheet;
}

void finishListSheet(lxw_worksheet *sheet, qint64 dataRows)
{
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(dataRows), lxw_col_t(kColumnCount - 1));
}

/**
 * The folder libxlsxwriter keeps its temporary sheet files in, as the C library's narrow
 * open() will read it. On Windows that is the ANSI code page, where a temporary folder under
 * "C:\\Users\\Nguyễn Thị Lan" has no spelling and the export would fail or fall back to the
 * working directory (Program Files, not writable); the folder's 8.3 short name is plain ASCII.
 * Empty means libxlsxwriter's own choice (TMPDIR or /tmp), which is right on Linux.
 */
QByteArray libraryTempDir()
{
#ifdef Q_OS_WIN
    const std::wstring temp = QDir::toNativeSeparators(QDir::tempPath()).toStdWString();
    wchar_t shortPath[MAX_PATH] = {};
    const DWORD length = GetShortPathNameW(temp.c_str(), shortPath, MAX_PATH);
    const QString folder = length > 0 && length < MAX_PATH
        ? QString::fromWCharArray(shortPath, int(length))
        : QString::fromStdWString(temp);
    const bool ascii
        = std::all_of(folder.cbegin(), folder.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        qCWarning(lcReports) << "temporary folder has no ASCII (8.3) name; the export may fail:"
                             << folder;
    }
    return folder.toLatin1();
#else
    return {};
#endif
}

} // namespace

ExportResult writeXlsx(const QString &path, const Report &report, CaseRowReader &rows,
    const XlsxOptions &options, const ExportHooks &hooks, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error) {
            *error = why;
        }
        QFile::remove(path);
        return ExportResult::Failed;
    };
    // constant_memory: one row of the list in memory, strings written inline.
    lxw_workbook_options workbookOptions = {};
    workbookOptions.constant_memory = LXW_TRUE;
    QByteArray tempDir = libraryTempDir();
    workbookOptions.tmpdir = tempDir.isEmpty() ? nullptr : tempDir.data();
    // libxlsxwriter takes UTF-8 file names on every platform (wide Win32 calls on Windows).
    const QByteArray pathUtf8 = path.toUtf8();
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(
        workbook_new_opt(pathUtf8.constData(), &workbookOptions));
    if (!workbook) {
        return fail(translated(QT_TRANSLATE_NOOP("Desk::Reports", "cannot create the workbook")));
    }
    const Formats formats(workbook.get());
    lxw_worksheet *summary
        = workbook_add_worksheet(workbook.get(), summarySheetName().toUtf8().constData());
    SummaryWriter(workbook.get(), summary, formats, report, options).write();

    if (!rows.start()) {
        return fail(rows.error());
    }
    int part = 1;
    lxw_worksheet *sheet = addListSheet(workbook.get(), formats, part);
    qint64 sheetRows = 0;
    qint64 written = 0;
    CaseRow row;
    while (rows.next(&row)) {
        if (hooks.cancelled()) {
            workbook.reset(); // frees without writing the file
            QFile::remove(path);
            return ExportResult::Cancelled;
        }
        if (sheetRows == options.rowsPerSheet) {
            finishListSheet(sheet, sheetRows);
            sheet = addListSheet(workbook.get(), formats, ++part);
            sheetRows = 0;
        }
        const lxw_row_t r = lxw_row_t(++sheetRows);
        for (int c = 0; c < kColumnCount; ++c) {
            const lxw_col_t col = lxw_col_t(c);
            switch (columnType(Column(c))) {
            case ColumnType::Text:
                writeText(sheet, r, col, row.texts[c]);
                break;
            case ColumnType::DateTime:
                if (row.times[c]) {
                    worksheet_write_number(sheet, r, col, excelSerial(*row.times[c]), formats.date);
                }
                break;
            case ColumnType::Hours:
                if (row.hours[c]) {
                    worksheet_write_number(sheet, r, col, *row.hours[c], formats.hours);
                }
                break;
            }
        }
        if (++written % kProgressEvery == 0 && hooks.progress) {
            hooks.progress(written);
        }
    }
    if (!rows.error().isEmpty()) {
        return fail(rows.error());
    }
    finishListSheet(sheet, sheetRows);
    const lxw_error closed = workbook_close(workbook.release());
    if (closed != LXW_NO_ERROR) {
        return fail(translated(QT_TRANSLATE_NOOP("Desk::Reports", "cannot write %1: %2"))
                        .arg(path, QString::fromUtf8(lxw_strerror(closed))));
    }
    if (hooks.progress) {
        hooks.progress(written);
    }
    qCInfo(lcReports) << "xlsx" << written << "rows," << part << "list sheet(s)";
    return ExportResult::Ok;
}

} // namespace Desk::Reports
