// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportjson.h"

#include "core/vietnamtime.h"

#include <QJsonArray>

namespace Desk::Reports {

namespace {

const char *const kMeasureKeys[kMeasureCount]
    = {"first_response", "routing", "agency_turnaround", "resolution"};

QJsonObject durationToJson(const DurationSummary &summary)
{
    return {{QStringLiteral("count"), summary.count},
        {QStringLiteral("mean_hours"), summary.meanHours},
        {QStringLiteral("median_hours"), summary.medianHours},
        {QStringLiteral("p90_hours"), summary.p90Hours},
        {QStringLiteral("approximate"), summary.approximate}};
}

QJsonObject groupToJson(const GroupMetrics &group)
{
    QJsonObject measures;
    for (int m = 0; m < kMeasureCount; ++m) {
        const MeasureSummary &summary = group.measures[std::size_t(m)];
        measures.insert(QLatin1String(kMeasureKeys[m]),
            QJsonObject {{QStringLiteral("working"), durationToJson(summary.working)},
                {QStringLiteral("calendar"), durationToJson(summary.calendar)}});
    }
    QJsonObject ratings;
    for (auto it = group.ratings.begin(); it != group.ratings.end(); ++it) {
        ratings.insert(it.key(), it.value());
    }
    return {{QStringLiteral("key"), group.key}, {QStringLiteral("received"), group.received},
        {QStringLiteral("answered_on_time"), group.answeredOnTime},
        {QStringLiteral("answered_late"), group.answeredLate},
        {QStringLiteral("in_progress"), group.inProgress},
        {QStringLiteral("overdue_open"), group.overdueOpen},
        {QStringLiteral("prolonged"), group.prolonged},
        // null when nothing is decided (a period without cases is not "100 % on time").
        {QStringLiteral("on_time_share"),
            group.onTimeShare() ? QJsonValue(*group.onTimeShare()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("indicator8"), group.indicator8()}, {QStringLiteral("ratings"), ratings},
        {QStringLiteral("measures"), measures}};
}

QJsonArray groupsToJson(const QVector<GroupMetrics> &groups)
{
    QJsonArray array;
    for (const GroupMetrics &group : groups) {
        array.append(groupToJson(group));
    }
    return array;
}

QJsonArray bucketKindsToJson(const Report &report)
{
    QJsonArray array;
    for (int i = 0; i < report.byBucket.size() && i < report.byBucketKind.size(); ++i) {
        QJsonObject kinds;
        const QMap<QString, qint64> &bucket = report.byBucketKind.at(i);
        for (auto it = bucket.cbegin(); it != bucket.cend(); ++it) {
            kinds.insert(it.key(), it.value());
        }
        array.append(QJsonObject {
            {QStringLiteral("key"), report.byBucket.at(i).key}, {QStringLiteral("kinds"), kinds}});
    }
    return array;
}

} // namespace

QJsonObject reportToJson(const Report &report)
{
    const Core::ReportPeriod &period = report.options.period;
    const ReportFilter &filter = report.options.filter;
    return {{QStringLiteral("period"), period.key()}, {QStringLiteral("cutoff"), period.cutoff()},
        {QStringLiteral("filter"),
            QJsonObject {{QStringLiteral("agency"), filter.agency},
                {QStringLiteral("staff"), filter.staff}, {QStringLiteral("kind"), filter.kind},
                {QStringLiteral("area"), filter.area}}},
        {QStringLiteral("start"), Core::toIsoVietnam(period.startMs())},
        {QStringLiteral("end"), Core::toIsoVietnam(period.endMs())},
        {QStringLiteral("now"),
            Core::toIsoVietnam(
                report.options.nowMs > 0 ? report.options.nowMs : report.generatedAtMs)},
        {QStringLiteral("total"), groupToJson(report.total)},
        {QStringLiteral("out_of_scope"), report.outOfScope},
        {QStringLiteral("by_staff"), groupsToJson(report.byStaff)},
        {QStringLiteral("by_agency"), groupsToJson(report.byAgency)},
        {QStringLiteral("by_kind"), groupsToJson(report.byKind)},
        {QStringLiteral("by_area"), groupsToJson(report.byArea)},
        {QStringLiteral("by_period"), groupsToJson(report.byBucket)},
        {QStringLiteral("by_period_kind"), bucketKindsToJson(report)}};
}

} // namespace Desk::Reports
