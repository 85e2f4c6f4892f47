// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/businesshours.h"
#include "core/reportperiod.h"
#include "reports/durationstats.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace Desk::Core {
class WorkingCalendar;
}
class QSqlQuery;

namespace Desk::Store {
class Database;
}

namespace Desk::Reports {

/** The handling times a report measures. */
enum class Measure {
    FirstResponse, // first_response_at - opened_at
    Routing, // routed_at - opened_at
    AgencyTurnaround, // per answered transfer: answered_at - routed_at
    Resolution, // replied_at - opened_at - paused_total (the clock stopped while waiting)
};
constexpr int kMeasureCount = 4;

/** One measure in working hours (business hours of working days) and in calendar hours. */
struct MeasureSummary
{
    DurationSummary working;
    DurationSummary calendar;
};

/**
 * The figures of one group of cases (all of them, one staff member, one agency, one kind,
 * one area or one period bucket). Out-of-scope cases (complaints) are never in a group.
 */
struct GroupMetrics
{
    QString key; // assignee login, agency code, kind key, area code or bucket key; "" = none
    qint64 received = 0;
    qint64 answeredOnTime = 0; // replied_at <= due
    qint64 answeredLate = 0;
    qint64 inProgress = 0; // open and not yet due at the report's "now"
    qint64 overdueOpen = 0; // open and past due
    qint64 prolonged = 0; // kéo dài (cases.prolonged)
    std::array<MeasureSummary, kMeasureCount> measures;
    QMap<QString, qint64> ratings; // raw level key -> count (unrated cases not listed)

    const MeasureSummary &measure(Measure m) const { return measures[std::size_t(m)]; }
    /** Cases whose outcome is known: answered, or open past due. */
    qint64 decided() const { return answeredOnTime + answeredLate + overdueOpen; }
    /** answeredOnTime / decided(), 0..1; none when nothing is decided (no case in the period,
     *  or all still in progress): shown as "—" (shareText), JSON null, an em dash in the
     *  workbook, never as 100 %. */
    std::optional<double> onTimeShare() const;
    /**
     * TT 01/2018/TT-VPCP Art. 13, indicator 8 (PAKN): 2 = no PAKN, or 100 % on time and none
     * prolonged; 1 = >= 90 % on time and none prolonged; 0 otherwise.
     */
    int indicator8() const;
};

enum class GroupBy { Staff, Agency, Kind, Area, Bucket };

/**
 * Narrows a report (and the exported case list) to the cases of one agency, staff member, kind
 * and / or area; "" = no condition. The filtered report's total equals the unfiltered report's
 * group of that key: cases count under cases.agency_code, and the agency turnaround under each
 * transfer's own agency (what that agency answered for).
 */
struct ReportFilter
{
    QString agency; // agency code
    QString staff; // assignee login
    QString kind; // case kind key
    QString area; // procedure area code

    bool isEmpty() const
    {
        return agency.isEmpty() && staff.isEmpty() && kind.isEmpty() && area.isEmpty();
    }
};

struct ReportOptions
{
    Core::ReportPeriod period;
    /** Size of the "by period" buckets inside the period (months by default). */
    Core::ReportPeriod::Length bucketLength = Core::ReportPeriod::Length::Month;
    /** What "now" is for open cases (in progress vs overdue); UTC ms. */
    qint64 nowMs = 0;
    /** Due time of a case without due_at_ms: the deadline of this many working days
     *  (ND 20/2008 Art. 14: 15 working days for handling a PAKN). */
    int defaultWorkingDays = 15;
    /** Whose business hours count as working time ("" = the desk's default). */
    QString unit;
    /** Only these cases (every case when empty). */
    ReportFilter filter;
};

/** A periodic report: cases received in [period.startMs, period.endMs), by opened_at. */
struct Report
{
    ReportOptions options;
    qint64 generatedAtMs = 0;
    GroupMetrics total;
    qint64 outOfScope = 0; // complaints / denunciations received in the period (redirected)
    QVector<GroupMetrics> byStaff; // sorted by key
    QVector<GroupMetrics> byAgency;
    QVector<GroupMetrics> byKind;
    QVector<GroupMetrics> byArea;
    QVector<GroupMetrics> byBucket; // every bucket of the period, in time order, empty ones too
    /** Volume by kind per bucket: byBucketKind[i][kind key] = cases received in byBucket[i]
     *  (kinds without a case in that bucket are absent). Same cases as the groups. */
    QVector<QMap<QString, qint64>> byBucketKind;

    const QVector<GroupMetrics> &groups(GroupBy by) const;
    /** Every kind key of byBucketKind, sorted: the series of a "volume by kind" chart. */
    QStringList bucketKinds() const;
    /** Cases of @p kind received in bucket @p bucket (0 when none). */
    qint64 bucketVolume(int bucket, const QString &kind) const;
};

/**
 * Computes reports from a store's cases and transfers tables. Reads with forward-only
 * statements and bound values, one row at a time, so a million cases cost seconds and a few
 * MB. Build it on the thread that owns the Store (Store::database()).
 */
class ReportBuilder
{
public:
    ReportBuilder(Store::Database &database, const Core::WorkingCalendar &calendar,
        const Core::BusinessHours &hours);

    /** nullopt on a database error, with the reason in @p error. */
    std::optional<Report> build(const ReportOptions &options, QString *error = nullptr);

private:
    Store::Database &m_database;
    const Core::WorkingCalendar &m_calendar;
    const Core::BusinessHours &m_hours;
};

/**
 * Runs @p sql over the cases table aliased "c", whose WHERE ends with
 * "c.opened_at_ms >= ? AND c.opened_at_ms < ?": binds the period's bounds, appends the
 * filter's conditions (constant text, bound values; the agency condition on @p agencyColumn,
 * e.g. "t.agency_code" for transfers) and then @p suffix (ORDER BY ...). Without a filter the
 * statement is @p sql + @p suffix exactly. nullptr on a database error.
 */
QSqlQuery *selectCases(Store::Database &database, const ReportOptions &options, const QString &sql,
    QLatin1String agencyColumn, const QString &context, const QString &suffix = QString());

/** Working and calendar milliseconds of one measured interval. */
struct SpanMs
{
    qint64 working = 0;
    qint64 calendar = 0;
};

/**
 * [fromMs, toMs) less @p pausedMs. The store keeps only the total pause, not when it
 * happened, so working time is reduced by the same share as calendar time.
 */
SpanMs measureSpan(Core::WorkingTimeMeter &meter, qint64 fromMs, qint64 toMs, qint64 pausedMs = 0);

/** The due moment of a case: its due_at_ms, or the default deadline from opened_at. Caches
 *  per Vietnam day of receipt (deadlines are whole days), so it is cheap per case. */
class DueResolver
{
public:
    DueResolver(const Core::WorkingCalendar &calendar, int workingDays);
    qint64 due(qint64 openedAtMs, std::optional<qint64> dueAtMs);

private:
    const Core::WorkingCalendar &m_calendar;
    int m_workingDays;
    QHash<qint64, qint64> m_byDay;
};

} // namespace Desk::Reports
