// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/metrics.h"

#include <QJsonObject>

namespace Desk::Reports {

/**
 * A report as JSON (CLI --json, scripts): keys in snake_case; times ISO 8601 +07:00; hours as
 * numbers. Layout: {period, cutoff, start, end, now, total: {...group}, out_of_scope,
 * by_staff: [...], by_agency, by_kind, by_area, by_period}, where a group is {key, received,
 * answered_on_time, answered_late, in_progress, overdue_open, prolonged, on_time_share,
 * indicator8, ratings: {level: n}, measures: {first_response|routing|agency_turnaround|
 * resolution: {working|calendar: {count, mean_hours, median_hours, p90_hours, approximate}}}}.
 */
QJsonObject reportToJson(const Report &report);

} // namespace Desk::Reports
