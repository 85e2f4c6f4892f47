// SPDX-License-Identifier: GPL-3.0-or-later
// Export benchmark (a program, not a test):
//
//   bench_report_export <cases> [dir=/tmp/deskbench] [reuse]
//
// Creates <dir>/export-<cases>.sqlite (unless "reuse"), then runs each phase in its own child
// process so the peak RSS (getrusage maxrss) is per phase:
//   xlsx  the desk's export: ReportBuilder for the year, then writeXlsx (summary sheet with
//         charts + the case list from CaseRowReader, constant_memory);
//   csv   writeCsv of the same rows;
//   raw   libxlsxwriter alone writing the same 26 columns x N rows (same texts, dates as
//         numbers with the date format, hours as numbers, bold frozen header, autofilter) in
//         constant_memory mode, from the generator that filled the database (no SQL, no Qt):
//         the floor the desk's export is compared with.
#include "core/businesshours.h"
#include "core/workingcalendar.h"
#include "reportbenchdata.h"
#include "reports/caserows.h"
#include "reports/csvexport.h"
#include "reports/xlsxexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sys/wait.h>
#include <unistd.h>
#include <xlsxwriter.h>

using namespace Desk;

namespace {

struct Result
{
    double seconds = 0;
    double reportSeconds = 0;
    double rssMb = 0;
};

Reports::ReportOptions yearOptions()
{
    Reports::ReportOptions options;
    options.period = *Core::ReportPeriod::parse(QStringLiteral("2026"), false);
    options.nowMs
        = QDateTime(QDate(2027, 1, 10), QTime(9, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
    return options;
}

Result runDesk(const QString &db, const QString &out, bool xlsx)
{
    Result result;
    Store::Store store;
    if (!store.open(db)) {
        return result;
    }
    const Core::WorkingCalendar calendar;
    const Core::BusinessHours hours;
    QElapsedTimer timer;
    timer.start();
    Reports::CaseRowReader rows(store.database(), calendar, hours, yearOptions());
    QString error;
    Reports::ExportResult written = Reports::ExportResult::Failed;
    if (xlsx) {
        Reports::ReportBuilder builder(store.database(), calendar, hours);
        const std::optional<Reports::Report> report = builder.build(yearOptions());
        result.reportSeconds = timer.nsecsElapsed() / 1e9;
        Reports::XlsxOptions options;
        options.agencyNames = Reports::agencyNames(store.database());
        written = Reports::writeXlsx(out, *report, rows, options, {}, &error);
    } else {
        written = Reports::writeCsv(out, rows, {}, &error);
    }
    result.seconds = timer.nsecsElapsed() / 1e9;
    if (written != Reports::ExportResult::Ok) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
        result.seconds = -1;
    }
    result.rssMb = Bench::peakRssMb();
    return result;
}

Result runRaw(qint64 n, const QString &out)
{
    QElapsedTimer timer;
    timer.start();
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(out.toUtf8().constData(), &options);
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy hh:mm");
    lxw_format *number = workbook_add_format(workbook);
    format_set_num_format(number, "#,##0.00");
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Danh sách");
    for (int c = 0; c < Reports::kColumnCount; ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), 14, nullptr);
        worksheet_write_string(sheet, 0, lxw_col_t(c), "Tiêu đề cột", header);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    const auto serial = [](qint64 ms) { return double(ms + 7 * 3600000LL) / 86400000.0 + 25569.0; };
    const auto hoursOf = [](qint64 ms) { return double(ms) / 3600000.0; };
    for (qint64 i = 0; i < n; ++i) {
        const Bench::BenchCase c = Bench::benchCase(i, n);
        const lxw_row_t r = lxw_row_t(i + 1);
        const std::string texts[]
            = {c.code, c.name, c.phone, "Hỏi đáp", "Lĩnh vực " + c.area, "Xã " + c.locality,
                c.agency.empty() ? std::string() : "Cơ quan " + c.agency, c.assignee};
        for (int t = 0; t < 8; ++t) {
            if (!texts[t].empty()) {
                worksheet_write_string(sheet, r, lxw_col_t(t), texts[t].c_str(), nullptr);
            }
        }
        const std::optional<qint64> times[] = {c.opened, c.firstResponse, c.routed,
            c.agencyAnswered, c.replied, c.closed, c.due.value_or(c.opened + 21 * 86400000LL)};
        for (int t = 0; t < 7; ++t) {
            if (times[t]) {
                worksheet_write_number(sheet, r, lxw_col_t(8 + t), serial(*times[t]), date);
            }
        }
        worksheet_write_string(sheet, r, 15, c.replied ? "Có" : "Không", nullptr);
        worksheet_write_string(sheet, r, 16, c.prolonged ? "Có" : "Không", nullptr);
        const std::optional<qint64> spans[]
            = {c.firstResponse ? std::optional(*c.firstResponse - c.opened) : std::nullopt,
                c.routed ? std::optional(*c.routed - c.opened) : std::nullopt,
                c.agencyAnswered ? std::optional(*c.agencyAnswered - *c.routed) : std::nullopt,
                c.replied ? std::optional(*c.replied - c.opened) : std::nullopt};
        for (int s = 0; s < 4; ++s) {
            if (spans[s]) {
                worksheet_write_number(
                    sheet, r, lxw_col_t(17 + 2 * s), hoursOf(*spans[s]) * 0.3, number);
                worksheet_write_number(sheet, r, lxw_col_t(18 + 2 * s), hoursOf(*spans[s]), number);
            }
        }
        if (!c.rating.empty()) {
            worksheet_write_string(sheet, r, 25, c.rating.c_str(), nullptr);
        }
    }
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(n), Reports::kColumnCount - 1);
    Result result;
    result.seconds = workbook_close(workbook) == LXW_NO_ERROR ? timer.nsecsElapsed() / 1e9 : -1;
    result.rssMb = Bench::peakRssMb();
    return result;
}

/** Runs @p phase in a child process and returns what it measured. */
template<typename Phase> Result inChild(Phase phase)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0) {
        return {};
    }
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipeFds[0]);
        const Result result = phase();
        [[maybe_unused]] const ssize_t w = write(pipeFds[1], &result, sizeof result);
        _exit(0);
    }
    close(pipeFds[1]);
    Result result;
    [[maybe_unused]] const ssize_t r = read(pipeFds[0], &result, sizeof result);
    close(pipeFds[0]);
    waitpid(pid, nullptr, 0);
    return result;
}

double megabytes(const QString &path)
{
    return double(QFileInfo(path).size()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    const QString dir
        = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp/deskbench");
    const bool reuse = argc > 3 && QByteArray(argv[3]) == "reuse";
    QDir().mkpath(dir);
    const QString db = QDir(dir).filePath(QStringLiteral("export-%1.sqlite").arg(n));
    if (!reuse && !Bench::createReportDb(db, n)) {
        return 1;
    }
    const QString xlsx = QDir(dir).filePath(QStringLiteral("export-%1.xlsx").arg(n));
    const QString csv = QDir(dir).filePath(QStringLiteral("export-%1.csv").arg(n));
    const QString raw = QDir(dir).filePath(QStringLiteral("raw-%1.xlsx").arg(n));
    const Result desk = inChild([&] { return runDesk(db, xlsx, true); });
    const Result csvResult = inChild([&] { return runDesk(db, csv, false); });
    const Result rawResult = inChild([&] { return runRaw(n, raw); });
    std::printf("%lld rows x %d columns\n", static_cast<long long>(n), Reports::kColumnCount);
    std::printf(
        "  desk xlsx: %.2f s (report %.2f s + workbook %.2f s), peak RSS %.1f MB, %.1f MB\n",
        desk.seconds, desk.reportSeconds, desk.seconds - desk.reportSeconds, desk.rssMb,
        megabytes(xlsx));
    std::printf("  desk csv : %.2f s, peak RSS %.1f MB, %.1f MB\n", csvResult.seconds,
        csvResult.rssMb, megabytes(csv));
    std::printf("  raw libxlsxwriter constant_memory: %.2f s, peak RSS %.1f MB, %.1f MB\n",
        rawResult.seconds, rawResult.rssMb, megabytes(raw));
    std::printf("  ratio desk workbook (without the report) / raw: %.2f; with the report: %.2f\n",
        (desk.seconds - desk.reportSeconds) / rawResult.seconds, desk.seconds / rawResult.seconds);
    return 0;
}
