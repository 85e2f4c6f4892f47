// SPDX-License-Identifier: GPL-3.0-or-later
// `report`: the periodic handling-time report over the local store, printed (Vietnamese text or
// JSON) and optionally written as an Excel workbook and / or CSV through the same ExportJob the
// GUI uses.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/businesshours.h"
#include "core/vietnamtime.h"
#include "core/workingcalendar.h"
#include "reports/exportjob.h"
#include "reports/labels.h"
#include "reports/reportjson.h"
#include "store/store.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Desk::Cli {

namespace {

struct ReportCommandOptions
{
    QCommandLineOption period {QStringLiteral("period"),
        CliContext::tr("the period: 2026-07, 2026-Q3, 2026-H1 or 2026"), CliContext::tr("PERIOD")};
    QCommandLineOption cutoff {QStringLiteral("cutoff"),
        CliContext::tr("use the 15 -> 14 cut-off (a quarter from the 15th of the month before it "
                       "to the 14th of its last month)")};
    QCommandLineOption xlsx {
        QStringLiteral("xlsx"), CliContext::tr("write an Excel workbook"), CliContext::tr("FILE")};
    QCommandLineOption csv {QStringLiteral("csv"),
        CliContext::tr(
            "write the case list as CSV (tab-separated UTF-16, opens in columns in Excel)"),
        CliContext::tr("FILE")};
    QCommandLineOption json {QStringLiteral("json"), CliContext::tr("print a JSON object")};
    QCommandLineOption now {QStringLiteral("now"),
        CliContext::tr("measure open cases against this moment instead of now (ISO 8601)"),
        CliContext::tr("DATETIME")};
    QCommandLineOption unit {QStringLiteral("unit-name"),
        CliContext::tr("the unit named on the report"), CliContext::tr("NAME")};
    QCommandLineOption language {QStringLiteral("language"),
        CliContext::tr("the language of the workbook and the CSV: vi (default) or en"),
        CliContext::tr("LANGUAGE")};

    void addTo(QCommandLineParser &parser)
    {
        parser.addOptions({period, cutoff, xlsx, csv, json, now, unit, language});
    }
};

/** Loads a profile settings file (calendar.json, business-hours.json) when it exists. */
template<typename Settings>
bool loadProfileFile(CliContext &context, const QString &name, Settings &settings)
{
    const QString path = QDir(context.profile().dir()).filePath(name);
    if (!QFileInfo::exists(path)) {
        return true; // defaults
    }
    QString error;
    if (!settings.loadFile(path, &error)) {
        context.fail(ExitLocal, CliContext::tr("cannot read %1: %2").arg(path, error));
        return false;
    }
    return true;
}

QString hours(double value)
{
    return QString::number(value, 'f', 1);
}

void printText(QTextStream &out, const Reports::Report &report)
{
    const Reports::GroupMetrics &t = report.total;
    out << CliContext::tr("Report %1").arg(Reports::periodLabel(report.options.period));
    if (report.options.period.cutoff()) {
        out << ' ' << CliContext::tr("(15 -> 14 cut-off)");
    }
    out << '\n'
        << CliContext::tr("Received: %1 (out of scope, redirected: %2)")
               .arg(t.received)
               .arg(report.outOfScope)
        << '\n'
        << CliContext::tr("Answered on time: %1, answered late: %2, in progress: %3, overdue: %4, "
                          "prolonged: %5")
               .arg(t.answeredOnTime)
               .arg(t.answeredLate)
               .arg(t.inProgress)
               .arg(t.overdueOpen)
               .arg(t.prolonged)
        << '\n'
        << CliContext::tr("Share answered on time: %1").arg(Reports::shareText(t.onTimeShare()))
        << '\n'
        << CliContext::tr("Indicator 8 (TT 01/2018/TT-VPCP): %1 point(s)").arg(t.indicator8())
        << '\n';
    for (int m = 0; m < Reports::kMeasureCount; ++m) {
        const Reports::MeasureSummary &s = t.measures[std::size_t(m)];
        if (s.working.count == 0) {
            continue;
        }
        out << CliContext::tr("%1 (%2): working hours mean %3, median %4, p90 %5; calendar hours "
                              "mean %6, median %7, p90 %8")
                   .arg(Reports::measureLabel(Reports::Measure(m)))
                   .arg(s.working.count)
                   .arg(hours(s.working.meanHours), hours(s.working.medianHours),
                       hours(s.working.p90Hours), hours(s.calendar.meanHours),
                       hours(s.calendar.medianHours), hours(s.calendar.p90Hours))
            << '\n';
    }
    out << CliContext::tr("By kind:") << '\n';
    for (const Reports::GroupMetrics &g : report.byKind) {
        out << QStringLiteral("  %1: %2, ").arg(Reports::kindLabel(g.key)).arg(g.received)
            << CliContext::tr("on time %1").arg(Reports::shareText(g.onTimeShare())) << '\n';
    }
    if (!t.ratings.isEmpty()) {
        out << CliContext::tr("Ratings:") << '\n';
        for (auto it = t.ratings.begin(); it != t.ratings.end(); ++it) {
            out << QStringLiteral("  %1: %2\n").arg(Reports::ratingLabel(it.key())).arg(it.value());
        }
    }
}

} // namespace

int runReport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    ReportCommandOptions options;
    options.addTo(parser);
    if (const auto exit = context.parse(parser, QStringLiteral("report"), arguments)) {
        return *exit;
    }
    QString error;
    const std::optional<Core::ReportPeriod> period = Core::ReportPeriod::parse(
        parser.value(options.period), parser.isSet(options.cutoff), &error);
    if (!period) {
        return context.fail(ExitUsage,
            CliContext::tr("--period needs a period like 2026-07, 2026-Q3, 2026-H1 or 2026"));
    }
    Reports::ExportRequest request;
    request.options.period = *period;
    request.options.nowMs = Core::nowMs();
    if (parser.isSet(options.now)) {
        QDateTime now = QDateTime::fromString(parser.value(options.now), Qt::ISODateWithMs);
        if (!now.isValid()) {
            return context.fail(ExitUsage,
                CliContext::tr("--now needs a date and time in ISO 8601, e.g. 2026-10-01T08:00"));
        }
        if (now.timeSpec() == Qt::LocalTime) {
            now = QDateTime(now.date(), now.time(), QTimeZone(Core::kVietnamUtcOffsetSeconds));
        }
        request.options.nowMs = now.toMSecsSinceEpoch();
    }
    if (!loadProfileFile(context, QStringLiteral("calendar.json"), request.calendar)
        || !loadProfileFile(context, QStringLiteral("business-hours.json"), request.hours)) {
        return ExitLocal;
    }
    request.databasePath = context.profile().databasePath();
    if (!context.profile().isTeam() && !QFileInfo::exists(request.databasePath)) {
        return context.fail(
            ExitLocal, CliContext::tr("no database in the profile: %1").arg(request.databasePath));
    }
    request.unitName = parser.isSet(options.unit)
        ? parser.value(options.unit)
        : CliContext::tr("Advisory and Support Team, Public Administrative Service Center");
    request.xlsxPath = parser.value(options.xlsx);
    request.csvPath = parser.value(options.csv);
    if (parser.isSet(options.language)) {
        const QString language = parser.value(options.language).trimmed().toLower();
        if (language != QLatin1String("vi") && language != QLatin1String("en")) {
            return context.fail(ExitUsage, CliContext::tr("--language needs vi or en"));
        }
        request.language = language;
    }

    // The job computes the report on a worker thread, then writes the files it was given.
    Reports::ExportJob job(request);
    QEventLoop loop;
    QObject::connect(&job, &Reports::ExportJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.state() != Reports::ExportJob::State::Finished || !job.report()) {
        return context.fail(
            ExitLocal, CliContext::tr("the report failed: %1").arg(job.errorString()));
    }
    const Reports::Report report = *job.report();
    if (parser.isSet(options.json)) {
        QJsonObject object = Reports::reportToJson(report);
        QJsonObject files;
        if (!request.xlsxPath.isEmpty()) {
            files.insert(QStringLiteral("xlsx"), QFileInfo(request.xlsxPath).absoluteFilePath());
        }
        if (!request.csvPath.isEmpty()) {
            files.insert(QStringLiteral("csv"), QFileInfo(request.csvPath).absoluteFilePath());
        }
        object.insert(QStringLiteral("files"), files);
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        printText(context.out(), report);
        for (const QString &path : {request.xlsxPath, request.csvPath}) {
            if (!path.isEmpty()) {
                context.out()
                    << CliContext::tr("Written: %1").arg(QFileInfo(path).absoluteFilePath())
                    << '\n';
            }
        }
    }
    context.out().flush();
    return ExitOk;
}

} // namespace Desk::Cli
