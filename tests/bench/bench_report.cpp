// SPDX-License-Identifier: GPL-3.0-or-later
// Report computation over N cases (a program, not a test).
//
//   bench_report [cases=1000000] [db=/tmp/deskbench/report.sqlite] [reuse]
//
// Creates the database (schema by Store::open, rows by raw sqlite3 INSERTs) unless "reuse",
// then times ReportBuilder::build for the year 2026 (all cases), a quarter and a month, and the
// year narrowed to one kind and to one agency (the dashboard's boxes), and prints
// seconds and the peak RSS of the process (getrusage maxrss).
#include "core/businesshours.h"
#include "core/workingcalendar.h"
#include "reportbenchdata.h"
#include "reports/metrics.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Desk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                  : QStringLiteral("/tmp/deskbench/report.sqlite");
    const bool reuse = argc > 3 && QByteArray(argv[3]) == "reuse";
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!reuse && !Bench::createReportDb(path, n)) {
        return 1;
    }
    const double rssBefore = Bench::peakRssMb();
    Store::Store store;
    if (!store.open(path)) {
        return 1;
    }
    const Core::WorkingCalendar calendar;
    const Core::BusinessHours hours;
    Reports::ReportBuilder builder(store.database(), calendar, hours);
    // The three periods, then the year narrowed as the dashboard's boxes do (one kind; one
    // agency): the filtered statements read the same index range and skip rows.
    struct Run
    {
        const char *period;
        const char *label;
        Reports::ReportFilter filter;
    };
    const Run runs[]
        = {{"2026", "2026", {}}, {"2026-Q3", "2026-Q3", {}}, {"2026-07", "2026-07", {}},
            {"2026", "2026 kind=question", {{}, {}, QStringLiteral("question"), {}}},
            {"2026", "2026 agency=AG7", {QStringLiteral("AG7"), {}, {}, {}}}};
    for (const Run &run : runs) {
        const char *period = run.label;
        Reports::ReportOptions options;
        options.period = *Core::ReportPeriod::parse(QString::fromLatin1(run.period), false);
        options.filter = run.filter;
        options.nowMs
            = QDateTime(QDate(2027, 1, 10), QTime(9, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
        QElapsedTimer timer;
        timer.start();
        const std::optional<Reports::Report> report = builder.build(options);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!report) {
            return 1;
        }
        const Reports::GroupMetrics &t = report->total;
        std::printf("report %-18s %8lld cases: %.2f s (%.0f cases/s), on time %lld, late %lld, "
                    "open %lld, out of scope %lld, median resolution %.1f working h%s; "
                    "peak RSS %.1f MB (%.1f MB before the reports)\n",
            period, static_cast<long long>(t.received + report->outOfScope), seconds,
            double(t.received + report->outOfScope) / seconds,
            static_cast<long long>(t.answeredOnTime), static_cast<long long>(t.answeredLate),
            static_cast<long long>(t.inProgress + t.overdueOpen),
            static_cast<long long>(report->outOfScope),
            t.measure(Reports::Measure::Resolution).working.medianHours,
            t.measure(Reports::Measure::Resolution).working.approximate ? " (histogram)" : "",
            Bench::peakRssMb(), rssBefore);
    }
    return 0;
}
