// SPDX-License-Identifier: GPL-3.0-or-later
// `calendar` and `deadline`: the working-day calendar as administrators check it against each
// year's official notice, and the legal due moment of a period in working days.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/vietnamtime.h"
#include "core/workingcalendar.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Desk::Cli {

namespace {

/** The profile's calendar.json (the administrator's yearly overrides), when there is one. */
std::optional<int> loadCalendar(CliContext &context, const QCommandLineParser &parser,
    const QCommandLineOption &fileOption, Core::WorkingCalendar &calendar)
{
    QString path = parser.value(fileOption);
    if (path.isEmpty()) {
        path = QDir(context.profile().dir()).filePath(QStringLiteral("calendar.json"));
        if (!QFileInfo::exists(path)) {
            return std::nullopt; // statutory days only
        }
    }
    QString error;
    if (!calendar.loadFile(path, &error)) {
        return context.fail(
            ExitUsage, CliContext::tr("cannot read the calendar %1: %2").arg(path, error));
    }
    return std::nullopt;
}

QString kindKey(Core::DayOffKind kind)
{
    return kind == Core::DayOffKind::Compensatory ? QStringLiteral("compensatory")
                                                  : QStringLiteral("holiday");
}

QCommandLineOption calendarFileOption()
{
    return {QStringLiteral("calendar"),
        CliContext::tr("calendar overrides file (default: calendar.json in the profile)"),
        CliContext::tr("FILE")};
}

} // namespace

int runCalendar(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption year(
        QStringLiteral("year"), CliContext::tr("the year to list"), CliContext::tr("YEAR"));
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("print a JSON object"));
    const QCommandLineOption file = calendarFileOption();
    parser.addOptions({year, json, file});
    if (const auto exit = context.parse(parser, QStringLiteral("calendar"), arguments)) {
        return *exit;
    }
    bool ok = false;
    const int y = parser.value(year).toInt(&ok);
    if (!ok || y < 1900 || y > 2100) {
        return context.fail(ExitUsage, CliContext::tr("--year needs a year between 1900 and 2100"));
    }
    Core::WorkingCalendar calendar;
    if (const auto exit = loadCalendar(context, parser, file, calendar)) {
        return *exit;
    }
    const QVector<Core::DayOff> off = calendar.daysOff(y);
    const QVector<QDate> working = calendar.makeUpWorkingDays(y);
    if (parser.isSet(json)) {
        QJsonArray offArray;
        for (const Core::DayOff &day : off) {
            offArray.append(QJsonObject {{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                {QStringLiteral("name"), day.name}, {QStringLiteral("kind"), kindKey(day.kind)}});
        }
        QJsonArray workingArray;
        for (const QDate &day : working) {
            workingArray.append(day.toString(Qt::ISODate));
        }
        const QJsonObject object {{QStringLiteral("year"), y},
            {QStringLiteral("days_off"), offArray},
            {QStringLiteral("make_up_working_days"), workingArray}};
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        context.out() << CliContext::tr("Days off in %1 (besides Saturdays and Sundays):").arg(y)
                      << '\n';
        for (const Core::DayOff &day : off) {
            context.out() << QStringLiteral("  %1  %2%3\n")
                                 .arg(day.date.toString(Qt::ISODate), day.name,
                                     day.kind == Core::DayOffKind::Compensatory
                                         ? QLatin1Char(' ') + CliContext::tr("(compensatory)")
                                         : QString());
        }
        context.out() << CliContext::tr("Make-up working days:") << '\n';
        for (const QDate &day : working) {
            context.out() << QStringLiteral("  %1\n").arg(day.toString(Qt::ISODate));
        }
    }
    context.out().flush();
    return ExitOk;
}

int runDeadline(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
        CliContext::tr("when the case was received, ISO 8601 (Vietnam time if no offset)"),
        CliContext::tr("DATETIME"));
    const QCommandLineOption days(QStringLiteral("working-days"),
        CliContext::tr("the period in working days"), CliContext::tr("N"));
    const QCommandLineOption file = calendarFileOption();
    parser.addOptions({from, days, file});
    if (const auto exit = context.parse(parser, QStringLiteral("deadline"), arguments)) {
        return *exit;
    }
    QDateTime received = QDateTime::fromString(parser.value(from), Qt::ISODateWithMs);
    if (!received.isValid()) {
        const QDate date = QDate::fromString(parser.value(from), Qt::ISODate);
        if (date.isValid()) {
            received = QDateTime(date, QTime(0, 0), QTimeZone(Core::kVietnamUtcOffsetSeconds));
        }
    }
    if (!received.isValid()) {
        return context.fail(ExitUsage,
            CliContext::tr("--from needs a date and time in ISO 8601, e.g. 2026-11-27T16:30"));
    }
    if (received.timeSpec() == Qt::LocalTime) {
        // No offset given: staff mean Vietnam time, whatever the machine's zone.
        received = QDateTime(
            received.date(), received.time(), QTimeZone(Core::kVietnamUtcOffsetSeconds));
    }
    bool ok = false;
    const int n = parser.value(days).toInt(&ok);
    if (!ok || n < 0 || n > 3650) {
        return context.fail(
            ExitUsage, CliContext::tr("--working-days needs a whole number from 0 to 3650"));
    }
    Core::WorkingCalendar calendar;
    if (const auto exit = loadCalendar(context, parser, file, calendar)) {
        return *exit;
    }
    const QDateTime due = calendar.deadline(received, n);
    context.out() << Core::toIsoVietnam(due.toMSecsSinceEpoch()) << Qt::endl;
    return ExitOk;
}

} // namespace Desk::Cli
