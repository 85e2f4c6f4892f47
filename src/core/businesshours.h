// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <vector>

namespace Desk::Core {

class WorkingCalendar;

/** One opening interval of a day, minutes from 00:00 Vietnam time, [start, end). */
struct TimeRange
{
    int startMinute = 0;
    int endMinute = 0;
    bool operator==(const TimeRange &other) const
    {
        return startMinute == other.startMinute && endMinute == other.endMinute;
    }
};

/** Opening hours of a week; index 0 = Monday ... 6 = Sunday. */
struct WeekHours
{
    std::array<QVector<TimeRange>, 7> days;

    /** Mon-Fri 07:00-11:30 and 13:30-17:00: the usual office hours of the province's units. */
    static WeekHours standard();
    /** Intervals of @p isoWeekday (1 = Monday). */
    const QVector<TimeRange> &day(int isoWeekday) const { return days.at(isoWeekday - 1); }
    qint64 millisOfDay(int isoWeekday) const;
    bool operator==(const WeekHours &other) const { return days == other.days; }
};

/**
 * Business hours per unit (the desk itself = unit "", agencies by code). A unit without an
 * override uses the default week. Only days the WorkingCalendar calls working days count; a
 * make-up working Saturday (làm bù) has no hours of its own in a Mon-Fri week, so it uses
 * Monday's hours (it replaces a weekday).
 */
class BusinessHours
{
public:
    BusinessHours();

    WeekHours defaultWeek() const { return m_default; }
    void setDefaultWeek(const WeekHours &week) { m_default = week; }
    /** The week of @p unit, or the default. */
    WeekHours week(const QString &unit = QString()) const;
    void setUnitWeek(const QString &unit, const WeekHours &week);
    void removeUnit(const QString &unit);
    QStringList units() const;

    /** JSON: {"default": {"mon": [["07:00","11:30"],["13:30","17:00"]], ...},
     *  "units": {"<code>": {...same shape...}}}. A day not listed is closed. Returns false and
     *  leaves the hours unchanged on malformed input (overlapping or unordered ranges too). */
    bool loadJson(const QByteArray &json, QString *error = nullptr);
    QByteArray toJson() const;
    bool loadFile(const QString &path, QString *error = nullptr);
    bool saveFile(const QString &path, QString *error = nullptr) const;

private:
    WeekHours m_default;
    QHash<QString, WeekHours> m_units;
};

/**
 * Working time between two instants, for many calls over one calendar and one week: keeps a
 * per-day table (working ms of the day and a running sum), so a call costs O(ranges of two
 * days) however far apart the instants are. Reports make millions of calls. Not thread-safe.
 */
class WorkingTimeMeter
{
public:
    WorkingTimeMeter(const WorkingCalendar &calendar, const WeekHours &week);

    /** Milliseconds inside business hours on working days in [fromMs, toMs); 0 if to <= from. */
    qint64 between(qint64 fromMs, qint64 toMs);

private:
    struct Day
    {
        qint8 schedule = -1; // index into m_week.days, -1 = not a working day
        qint64 before = 0; // working ms of all earlier days in the table
    };
    void ensure(qint64 firstDay, qint64 lastDay);
    qint64 overlap(qint64 day, qint64 fromInDayMs, qint64 toInDayMs) const;

    const WorkingCalendar &m_calendar;
    WeekHours m_week;
    qint64 m_base = 0; // Vietnam-time day number (days since 1970-01-01) of m_days[0]
    std::vector<Day> m_days;
};

/** One-off form of WorkingTimeMeter::between for @p unit's hours. */
qint64 workingMillisBetween(const WorkingCalendar &calendar, const BusinessHours &hours,
    qint64 fromMs, qint64 toMs, const QString &unit = QString());

} // namespace Desk::Core
