// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/caserows.h"

#include "core/vietnamtime.h"
#include "reports/labels.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Desk::Reports {

namespace {

constexpr double kMsPerHour = 3600.0 * 1000.0;

struct ColumnInfo
{
    ColumnType type;
    const char *header;
    double width;
};

// Order follows enum Column.
const ColumnInfo kColumns[kColumnCount] = {
    {ColumnType::Text, QT_TRANSLATE_NOOP("Desk::Reports", "Case code"), 17},
    {ColumnType::Text, QT_TRANSLATE_NOOP("Desk::Reports", "Citizen"), 24},
    {ColumnType::Text, QT_TRANSLATE_NOOP("Desk::Reports", "Phone"), 14},
    {ColumnType::Text, QT_TRANSLATE_NOOP("Desk::Reports", "Kind"), 18},
    {ColumnType::Text, QT_TRANSLATE_NOOP("Desk::Reports", "Area"), 22},
    {ColumnType::Text, QT_TRANSLATE_NOOP("Desk::Reports", "Commune / ward"), 20},
    {ColumnType::Text, QT_TRANSLATE_NOOP("Desk::Reports", "Agency"), 28},
    {ColumnType::Text, QT_TRANSLATE_NOOP("Desk::Reports", "Staff"), 14},
    {ColumnType::DateTime, QT_TRANSLATE_NOOP("Desk::Reports", "Received on"), 16.5},
    {ColumnType::DateTime, QT_TRANSLATE_NOOP("Desk::Reports", "First response"), 16.5},
    {ColumnType::DateTime, QT_TRANSLATE_NOOP("Desk::Reports", "Routed"), 16.5},
    {ColumnType::DateTime, QT_TRANSLATE_NOOP("Desk::Reports", "Agency answered"), 16.5},
    {ColumnType::DateTime, QT_TRANSLATE_NOOP("Desk::Reports", "Replied"), 16.5},
    {ColumnType::DateTime, QT_TRANSLATE_NOOP("Desk::Reports", "Closed"), 16.5},
    {ColumnType::DateTime, QT_TRANSLATE_NOOP("Desk::Reports", "Due"), 16.5},
    {ColumnType::Text, QT_TRANSLATE_NOOP("Desk::Reports", "On time"), 9},
    {ColumnType::Text, QT_TRANSLATE_NOOP("Desk::Reports", "Prolonged"), 9},
    {ColumnType::Hours, QT_TRANSLATE_NOOP("Desk::Reports", "First response (working hours)"), 12},
    {ColumnType::Hours, QT_TRANSLATE_NOOP("Desk::Reports", "First response (calendar hours)"), 12},
    {ColumnType::Hours, QT_TRANSLATE_NOOP("Desk::Reports", "Routing (working hours)"), 12},
    {ColumnType::Hours, QT_TRANSLATE_NOOP("Desk::Reports", "Routing (calendar hours)"), 12},
    {ColumnType::Hours, QT_TRANSLATE_NOOP("Desk::Reports", "Agency (working hours)"), 12},
    {ColumnType::Hours, QT_TRANSLATE_NOOP("Desk::Reports", "Agency (calendar hours)"), 12},
    {ColumnType::Hours, QT_TRANSLATE_NOOP("Desk::Reports", "Resolution (working hours)"), 12},
    {ColumnType::Hours, QT_TRANSLATE_NOOP("Desk::Reports", "Resolution (calendar hours)"), 12},
    {ColumnType::Text, QT_TRANSLATE_NOOP("Desk::Reports", "Rating"), 14},
};

// Directory names when known, else the stored code; every value bound.
const char kRowsSql[] = "SELECT c.code, ci.display_name, ci.phone, c.kind, "
                        "COALESCE(ar.name, c.area_code), COALESCE(lo.name, c.locality_code), "
                        "COALESCE(ag.name, c.agency_code), c.assignee, c.opened_at_ms, "
                        "c.first_response_at_ms, c.routed_at_ms, c.agency_answered_at_ms, "
                        "c.replied_at_ms, c.closed_at_ms, c.due_at_ms, c.paused_total_ms, "
                        "c.prolonged, c.rating "
                        "FROM cases c "
                        "LEFT JOIN citizens ci ON ci.zalo_id = c.citizen_id "
                        "LEFT JOIN areas ar ON ar.code = c.area_code "
                        "LEFT JOIN localities lo ON lo.code = c.locality_code "
                        "LEFT JOIN agencies ag ON ag.code = c.agency_code "
                        "WHERE c.opened_at_ms >= ? AND c.opened_at_ms < ?";

std::optional<qint64> optionalMs(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

} // namespace

ColumnType columnType(Column column)
{
    return kColumns[int(column)].type;
}

QString columnHeader(Column column)
{
    return reportText(kColumns[int(column)].header);
}

double columnWidth(Column column)
{
    return kColumns[int(column)].width;
}

CaseRowReader::CaseRowReader(Store::Database &database, const Core::WorkingCalendar &calendar,
    const Core::BusinessHours &hours, const ReportOptions &options)
    : m_database(database)
    , m_options(options)
    , m_now(options.nowMs > 0 ? options.nowMs : Core::nowMs())
    , m_meter(calendar, hours.week(options.unit))
    , m_dues(calendar, options.defaultWorkingDays)
    , m_yes(yesLabel())
    , m_no(noLabel())
{ }

CaseRowReader::~CaseRowReader()
{
    if (m_query) {
        m_query->finish(); // do not pin a WAL snapshot
    }
}

qint64 CaseRowReader::count()
{
    QSqlQuery *query = selectCases(m_database, m_options,
        QStringLiteral(
            "SELECT count(*) FROM cases c WHERE c.opened_at_ms >= ? AND c.opened_at_ms < ?"),
        QLatin1String("c.agency_code"), QStringLiteral("counting cases to export"));
    if (!query) {
        m_error = m_database.lastError();
        return -1;
    }
    const Store::StatementReset reset(query);
    return query->next() ? query->value(0).toLongLong() : 0;
}

bool CaseRowReader::start()
{
    m_query = selectCases(m_database, m_options, QString::fromLatin1(kRowsSql),
        QLatin1String("c.agency_code"), QStringLiteral("reading cases to export"),
        QStringLiteral(" ORDER BY c.opened_at_ms, c.id"));
    if (!m_query) {
        m_error = m_database.lastError();
        return false;
    }
    return true;
}

bool CaseRowReader::next(CaseRow *row)
{
    if (!m_query || !m_query->next()) {
        if (m_query && m_query->lastError().isValid()) {
            m_error = m_query->lastError().text();
        }
        return false;
    }
    const QSqlQuery &q = *m_query;
    for (int i = 0; i < kColumnCount; ++i) {
        row->texts[i].clear();
        row->times[i].reset();
        row->hours[i].reset();
    }
    const auto text
        = [row](Column column, const QString &value) { row->texts[int(column)] = value; };
    text(Column::Code, q.value(0).toString());
    text(Column::CitizenName, q.value(1).toString());
    text(Column::Phone, q.value(2).toString());
    const QString kind = q.value(3).toString();
    auto label = m_kindLabels.constFind(kind);
    if (label == m_kindLabels.constEnd()) {
        label = m_kindLabels.insert(kind, kindLabel(kind));
    }
    text(Column::Kind, *label);
    text(Column::Area, q.value(4).toString());
    text(Column::Locality, q.value(5).toString());
    text(Column::Agency, q.value(6).toString());
    text(Column::Staff, q.value(7).toString());
    const qint64 opened = q.value(8).toLongLong();
    const Column timeColumns[] = {Column::Received, Column::FirstResponse, Column::Routed,
        Column::AgencyAnswered, Column::Replied, Column::Closed};
    for (int i = 0; i < 6; ++i) {
        row->times[int(timeColumns[i])] = optionalMs(q, 8 + i);
    }
    const qint64 due = m_dues.due(opened, optionalMs(q, 14));
    row->times[int(Column::Due)] = due;
    const std::optional<qint64> replied = row->times[int(Column::Replied)];
    if (replied) {
        text(Column::OnTime, *replied <= due ? m_yes : m_no);
    } else if (m_now > due) {
        text(Column::OnTime, m_no); // still open and already late
    }
    text(Column::Prolonged, q.value(16).toInt() != 0 ? m_yes : m_no);
    text(Column::Rating, q.value(17).toString());

    const auto durations = [&](Column workingColumn, std::optional<qint64> from,
                               std::optional<qint64> to, qint64 paused) {
        if (!from || !to) {
            return;
        }
        const SpanMs span = measureSpan(m_meter, *from, *to, paused);
        row->hours[int(workingColumn)] = double(span.working) / kMsPerHour;
        row->hours[int(workingColumn) + 1] = double(span.calendar) / kMsPerHour;
    };
    const std::optional<qint64> openedAt = opened;
    durations(
        Column::FirstResponseWorkingHours, openedAt, row->times[int(Column::FirstResponse)], 0);
    durations(Column::RoutingWorkingHours, openedAt, row->times[int(Column::Routed)], 0);
    durations(Column::AgencyWorkingHours, row->times[int(Column::Routed)],
        row->times[int(Column::AgencyAnswered)], 0);
    durations(Column::ResolutionWorkingHours, openedAt, replied, q.value(15).toLongLong());
    return true;
}

} // namespace Desk::Reports
