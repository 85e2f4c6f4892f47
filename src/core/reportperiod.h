// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace Desk::Core {

/**
 * A reporting period: a month, quarter, half-year or year, either on calendar months or with
 * the "15 -> 14" cut-off of periodic administrative reports (a quarter runs from the 15th of
 * the month before it to the 14th of its last month, e.g. Q3 = 15/06 00:00 to 14/09
 * 23:59:59.999; a month from the 15th of the previous month to its 14th; a year from 15/12 of
 * the previous year to 14/12). Bounds are [startMs, endMs) in UTC ms, days in Vietnam time.
 */
class ReportPeriod
{
public:
    enum class Length { Month, Quarter, HalfYear, Year };

    ReportPeriod() = default;
    ReportPeriod(Length length, int year, int index, bool cutoff);

    /** "2026-07", "2026-Q3", "2026-H1", "2026" (case-insensitive Q/H). nullopt if malformed. */
    static std::optional<ReportPeriod> parse(
        const QString &text, bool cutoff, QString *error = nullptr);
    /** The period of @p length (same cut-off rule) that contains @p utcMs. */
    static ReportPeriod containing(Length length, qint64 utcMs, bool cutoff);

    bool isValid() const { return m_year > 0; }
    Length length() const { return m_length; }
    int year() const { return m_year; }
    /** Month 1-12, quarter 1-4, half 1-2, or 1 for a year. */
    int index() const { return m_index; }
    bool cutoff() const { return m_cutoff; }
    /** The key as parsed: "2026-Q3". */
    QString key() const;
    /** First and last day (inclusive), Vietnam dates. */
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_afterLast.addDays(-1); }
    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }
    bool contains(qint64 utcMs) const { return utcMs >= m_startMs && utcMs < m_endMs; }

    /** The consecutive periods of @p length that tile this one (e.g. the 3 months of a
     *  quarter); a length longer than this period gives this period alone. */
    QVector<ReportPeriod> buckets(Length length) const;

    bool operator==(const ReportPeriod &other) const
    {
        return m_length == other.m_length && m_year == other.m_year && m_index == other.m_index
            && m_cutoff == other.m_cutoff;
    }

private:
    Length m_length = Length::Month;
    int m_year = 0;
    int m_index = 0;
    bool m_cutoff = false;
    QDate m_first;
    QDate m_afterLast;
    // Cached: reports test membership per case, and a QDateTime with a zone costs microseconds.
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
};

/** Months in a period length: 1, 3, 6 or 12. */
int monthsIn(ReportPeriod::Length length);

} // namespace Desk::Core
