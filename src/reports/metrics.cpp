// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/metrics.h"

#include "core/vietnamtime.h"
#include "core/workingcalendar.h"
#include "reports/logging.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace Desk::Reports {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

/** A group's counters plus its duration accumulators (working and calendar per measure). */
struct GroupAccumulator
{
    GroupMetrics metrics;
    std::array<DurationStats, kMeasureCount> working;
    std::array<DurationStats, kMeasureCount> calendar;

    void addDuration(Measure measure, qint64 workingMs, qint64 calendarMs)
    {
        working[std::size_t(measure)].add(workingMs);
        calendar[std::size_t(measure)].add(calendarMs);
    }

    GroupMetrics finish()
    {
        for (std::size_t i = 0; i < working.size(); ++i) {
            metrics.measures[i].working = working[i].summary();
            metrics.measures[i].calendar = calendar[i].summary();
        }
        return metrics;
    }
};

/** The groups one case (or one transfer) falls in. */
struct Groups
{
    GroupAccumulator total;
    std::array<QHash<QString, GroupAccumulator>, 4> keyed; // Staff, Agency, Kind, Area
    std::vector<GroupAccumulator> buckets;
    QVector<Core::ReportPeriod> bucketPeriods;

    int bucketOf(qint64 openedMs) const
    {
        for (int i = 0; i < bucketPeriods.size(); ++i) {
            if (bucketPeriods.at(i).contains(openedMs)) {
                return i;
            }
        }
        return -1;
    }

    /** Every group of a row: total, staff, agency, kind, area, bucket (at most 6). The
     *  bucket's index goes to @p bucket (-1 outside every bucket). */
    int collect(const QString (&keys)[4], qint64 openedMs, GroupAccumulator *(&out)[6],
        int *bucket = nullptr)
    {
        int n = 0;
        out[n++] = &total;
        for (std::size_t i = 0; i < keyed.size(); ++i) {
            GroupAccumulator &group = keyed[i][keys[i]];
            group.metrics.key = keys[i];
            out[n++] = &group;
        }
        const int index = bucketOf(openedMs);
        if (index >= 0) {
            out[n++] = &buckets[std::size_t(index)];
        }
        if (bucket) {
            *bucket = index;
        }
        return n;
    }
};

QVector<GroupMetrics> sortedGroups(QHash<QString, GroupAccumulator> &groups)
{
    QVector<GroupMetrics> result;
    result.reserve(groups.size());
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        result.append(it.value().finish());
    }
    std::sort(result.begin(), result.end(),
        [](const GroupMetrics &a, const GroupMetrics &b) { return a.key < b.key; });
    return result;
}

std::optional<qint64> optionalMs(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

bool isOutOfScope(const QString &kind, const QString &status)
{
    return kind == QLatin1String("complaint") || status == QLatin1String("out_of_scope");
}

} // namespace

std::optional<double> GroupMetrics::onTimeShare() const
{
    const qint64 n = decided();
    if (n == 0) {
        return std::nullopt;
    }
    return double(answeredOnTime) / double(n);
}

int GroupMetrics::indicator8() const
{
    if (prolonged > 0) {
        return 0;
    }
    if (received == 0 || answeredOnTime == decided()) {
        return 2;
    }
    // Integer comparison: 90 % exactly scores 1, without floating-point doubt.
    return answeredOnTime * 10 >= decided() * 9 ? 1 : 0;
}

QStringList Report::bucketKinds() const
{
    QStringList kinds;
    for (const QMap<QString, qint64> &bucket : byBucketKind) {
        for (auto it = bucket.cbegin(); it != bucket.cend(); ++it) {
            if (!kinds.contains(it.key())) {
                kinds.append(it.key());
            }
        }
    }
    kinds.sort();
    return kinds;
}

qint64 Report::bucketVolume(int bucket, const QString &kind) const
{
    return bucket >= 0 && bucket < byBucketKind.size() ? byBucketKind.at(bucket).value(kind) : 0;
}

QSqlQuery *selectCases(Store::Database &database, const ReportOptions &options, const QString &sql,
    QLatin1String agencyColumn, const QString &context, const QString &suffix)
{
    QString text = sql;
    QVariantList values {options.period.startMs(), options.period.endMs()};
    const auto condition = [&](const QString &column, const QString &value) {
        if (!value.isEmpty()) {
            text += QLatin1String(" AND ") + column + QLatin1String(" = ?");
            values.append(value);
        }
    };
    condition(agencyColumn, options.filter.agency);
    condition(QStringLiteral("c.assignee"), options.filter.staff);
    condition(QStringLiteral("c.kind"), options.filter.kind);
    condition(QStringLiteral("c.area_code"), options.filter.area);
    QSqlQuery *query = database.statement(text + suffix);
    return database.run(query, values, context) ? query : nullptr;
}

const QVector<GroupMetrics> &Report::groups(GroupBy by) const
{
    switch (by) {
    case GroupBy::Staff:
        return byStaff;
    case GroupBy::Agency:
        return byAgency;
    case GroupBy::Kind:
        return byKind;
    case GroupBy::Area:
        return byArea;
    case GroupBy::Bucket:
        break;
    }
    return byBucket;
}

SpanMs measureSpan(Core::WorkingTimeMeter &meter, qint64 fromMs, qint64 toMs, qint64 pausedMs)
{
    SpanMs result;
    const qint64 span = std::max<qint64>(toMs - fromMs, 0);
    result.calendar = std::max<qint64>(span - pausedMs, 0);
    result.working = meter.between(fromMs, toMs);
    if (pausedMs > 0 && span > 0) {
        result.working = qint64(double(result.working) * double(result.calendar) / double(span));
    }
    return result;
}

DueResolver::DueResolver(const Core::WorkingCalendar &calendar, int workingDays)
    : m_calendar(calendar)
    , m_workingDays(workingDays)
{ }

qint64 DueResolver::due(qint64 openedAtMs, std::optional<qint64> dueAtMs)
{
    if (dueAtMs) {
        return *dueAtMs;
    }
    // The deadline depends only on the Vietnam day of receipt.
    const qint64 localMs = openedAtMs + qint64(Core::kVietnamUtcOffsetSeconds) * 1000;
    const qint64 day = localMs >= 0 ? localMs / kDayMs : (localMs - kDayMs + 1) / kDayMs;
    auto it = m_byDay.constFind(day);
    if (it == m_byDay.constEnd()) {
        const QDateTime received = Core::toVietnamTime(openedAtMs);
        it = m_byDay.insert(day, m_calendar.deadline(received, m_workingDays).toMSecsSinceEpoch());
    }
    return it.value();
}

ReportBuilder::ReportBuilder(Store::Database &database, const Core::WorkingCalendar &calendar,
    const Core::BusinessHours &hours)
    : m_database(database)
    , m_calendar(calendar)
    , m_hours(hours)
{ }

std::optional<Report> ReportBuilder::build(const ReportOptions &options, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    const auto fail = [&]() -> std::optional<Report> {
        if (error) {
            *error = m_database.lastError();
        }
        return std::nullopt;
    };
    Report report;
    report.options = options;
    report.generatedAtMs = Core::nowMs();
    const qint64 now = options.nowMs > 0 ? options.nowMs : report.generatedAtMs;

    Groups groups;
    groups.bucketPeriods = options.period.buckets(options.bucketLength);
    groups.buckets.resize(std::size_t(groups.bucketPeriods.size()));
    report.byBucketKind.resize(groups.bucketPeriods.size());
    for (int i = 0; i < groups.bucketPeriods.size(); ++i) {
        groups.buckets[std::size_t(i)].metrics.key = groups.bucketPeriods.at(i).key();
    }
    Core::WorkingTimeMeter meter(m_calendar, m_hours.week(options.unit));
    DueResolver dues(m_calendar, options.defaultWorkingDays);

    QSqlQuery *cases = selectCases(m_database, options,
        QStringLiteral("SELECT c.opened_at_ms, c.kind, c.status, c.assignee, c.agency_code, "
                       "c.area_code, c.first_response_at_ms, c.routed_at_ms, c.replied_at_ms, "
                       "c.due_at_ms, c.paused_total_ms, c.prolonged, c.rating FROM cases c "
                       "WHERE c.opened_at_ms >= ? AND c.opened_at_ms < ?"),
        QLatin1String("c.agency_code"), QStringLiteral("reading cases for a report"));
    if (!cases) {
        return fail();
    }
    {
        const Store::StatementReset reset(cases);
        GroupAccumulator *targets[6];
        while (cases->next()) {
            const qint64 opened = cases->value(0).toLongLong();
            const QString kind = cases->value(1).toString();
            if (isOutOfScope(kind, cases->value(2).toString())) {
                ++report.outOfScope;
                continue;
            }
            const QString keys[4] = {cases->value(3).toString(), cases->value(4).toString(), kind,
                cases->value(5).toString()};
            const std::optional<qint64> firstResponse = optionalMs(*cases, 6);
            const std::optional<qint64> routed = optionalMs(*cases, 7);
            const std::optional<qint64> replied = optionalMs(*cases, 8);
            const qint64 due = dues.due(opened, optionalMs(*cases, 9));
            const qint64 paused = cases->value(10).toLongLong();
            const bool prolonged = cases->value(11).toInt() != 0;
            const QString rating = cases->value(12).toString();

            int bucket = -1;
            const int n = groups.collect(keys, opened, targets, &bucket);
            if (bucket >= 0) {
                ++report.byBucketKind[bucket][kind];
            }
            for (int i = 0; i < n; ++i) {
                GroupMetrics &m = targets[i]->metrics;
                ++m.received;
                if (replied) {
                    ++(*replied <= due ? m.answeredOnTime : m.answeredLate);
                } else {
                    ++(now > due ? m.overdueOpen : m.inProgress);
                }
                m.prolonged += prolonged ? 1 : 0;
                if (!rating.isEmpty()) {
                    ++m.ratings[rating];
                }
            }
            const auto measure = [&](Measure which, std::optional<qint64> at, qint64 pause) {
                if (!at) {
                    return;
                }
                const SpanMs span = measureSpan(meter, opened, *at, pause);
                for (int i = 0; i < n; ++i) {
                    targets[i]->addDuration(which, span.working, span.calendar);
                }
            };
            measure(Measure::FirstResponse, firstResponse, 0);
            measure(Measure::Routing, routed, 0);
            measure(Measure::Resolution, replied, paused);
        }
    }

    // An agency filter keeps the hops of that agency, whichever agency the case went to last.
    QSqlQuery *transfers = selectCases(m_database, options,
        QStringLiteral("SELECT t.routed_at_ms, t.answered_at_ms, t.agency_code, c.assignee, "
                       "c.kind, c.area_code, c.opened_at_ms, c.status "
                       "FROM cases c JOIN transfers t ON t.case_id = c.id "
                       "WHERE c.opened_at_ms >= ? AND c.opened_at_ms < ? "
                       "AND t.answered_at_ms IS NOT NULL"),
        QLatin1String("t.agency_code"), QStringLiteral("reading transfers for a report"));
    if (!transfers) {
        return fail();
    }
    {
        const Store::StatementReset reset(transfers);
        GroupAccumulator *targets[6];
        while (transfers->next()) {
            const QString kind = transfers->value(4).toString();
            if (isOutOfScope(kind, transfers->value(7).toString())) {
                continue;
            }
            const qint64 routed = transfers->value(0).toLongLong();
            const qint64 answered = transfers->value(1).toLongLong();
            // The agency of the hop, not the case's last agency: each answers for its own.
            const QString keys[4] = {transfers->value(3).toString(), transfers->value(2).toString(),
                kind, transfers->value(5).toString()};
            const int n = groups.collect(keys, transfers->value(6).toLongLong(), targets);
            const SpanMs span = measureSpan(meter, routed, answered);
            for (int i = 0; i < n; ++i) {
                targets[i]->addDuration(Measure::AgencyTurnaround, span.working, span.calendar);
            }
        }
    }

    report.total = groups.total.finish();
    report.byStaff = sortedGroups(groups.keyed[0]);
    report.byAgency = sortedGroups(groups.keyed[1]);
    report.byKind = sortedGroups(groups.keyed[2]);
    report.byArea = sortedGroups(groups.keyed[3]);
    for (GroupAccumulator &bucket : groups.buckets) {
        report.byBucket.append(bucket.finish());
    }
    qCInfo(lcReports) << "report" << options.period.key() << report.total.received << "cases in"
                      << timer.elapsed() << "ms";
    return report;
}

} // namespace Desk::Reports
