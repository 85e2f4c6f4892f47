// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/businesshours.h"
#include "reports/metrics.h"

#include <QString>

#include <optional>

class QSqlQuery;

namespace Desk::Reports {

/** The columns of the one-row-per-case list ("Danh sách" sheet and the CSV). */
enum class Column {
    Code,
    CitizenName,
    Phone,
    Kind,
    Area,
    Locality,
    Agency,
    Staff,
    Received,
    FirstResponse,
    Routed,
    AgencyAnswered,
    Replied,
    Closed,
    Due,
    OnTime,
    Prolonged,
    FirstResponseWorkingHours,
    FirstResponseCalendarHours,
    RoutingWorkingHours,
    RoutingCalendarHours,
    AgencyWorkingHours,
    AgencyCalendarHours,
    ResolutionWorkingHours,
    ResolutionCalendarHours,
    Rating,
    Count
};
constexpr int kColumnCount = int(Column::Count);

enum class ColumnType { Text, DateTime, Hours };

ColumnType columnType(Column column);
QString columnHeader(Column column);
/** Width in Excel character units. */
double columnWidth(Column column);

/** One case as listed: texts resolved to labels, milestones as UTC ms, durations in hours. */
struct CaseRow
{
    QString texts[kColumnCount]; // Text columns
    std::optional<qint64> times[kColumnCount]; // DateTime columns
    std::optional<double> hours[kColumnCount]; // Hours columns
};

/**
 * Streams the cases received in a period (narrowed by ReportOptions::filter), oldest first, with
 * the same due / on-time / working time rules as ReportBuilder. One forward-only statement with
 * bound values; one row in memory.
 */
class CaseRowReader
{
public:
    CaseRowReader(Store::Database &database, const Core::WorkingCalendar &calendar,
        const Core::BusinessHours &hours, const ReportOptions &options);
    ~CaseRowReader();
    CaseRowReader(const CaseRowReader &) = delete;
    CaseRowReader &operator=(const CaseRowReader &) = delete;

    /** Number of rows the reader will give; -1 on a database error. */
    qint64 count();
    /** Runs the query; false on a database error (see error()). */
    bool start();
    /** The next row, false at the end. */
    bool next(CaseRow *row);
    QString error() const { return m_error; }

private:
    Store::Database &m_database;
    ReportOptions m_options;
    qint64 m_now = 0;
    Core::WorkingTimeMeter m_meter;
    DueResolver m_dues;
    QSqlQuery *m_query = nullptr;
    QString m_error;
    // Translated once: a translate() call per cell is a visible share of a 1M-row export.
    QHash<QString, QString> m_kindLabels;
    QString m_yes;
    QString m_no;
};

} // namespace Desk::Reports
