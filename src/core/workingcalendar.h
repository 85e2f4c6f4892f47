// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace Desk::Core {

enum class DayOffKind {
    Holiday, // a statutory holiday (Labour Code 2019 Art. 112) or an extra day off by notice
    Compensatory, // nghỉ bù: replaces a holiday that fell on a weekend (Art. 111(3)) or a swap
    Weekend, // an ordinary Saturday/Sunday; never listed by daysOff(), only by dayOff()
};

struct DayOff
{
    QDate date;
    QString name;
    DayOffKind kind = DayOffKind::Holiday;
};

struct NamedDate
{
    QDate date;
    QString name;
};

/** What an administrator enters for one year from the Prime Minister's official notice. */
struct YearOverrides
{
    // Tết is 5 days; by default the last day of the lunar year plus 1–4 Tết (1 day before).
    std::optional<int> tetDaysBefore;
    // The day next to 2/9: false = 1/9 (default), true = 3/9.
    std::optional<bool> nationalDayAfter;
    QVector<NamedDate> extraDaysOff; // e.g. swapped days around Tết
    QVector<NamedDate> compensatoryDays; // explicit nghỉ bù, listed as Compensatory
    QVector<NamedDate> workingDays; // make-up working Saturdays (làm bù)
};

/**
 * Vietnamese administrative working days: Saturday and Sunday off, the Art. 112 holidays,
 * automatic nghỉ bù on the next working day, and per-year overrides from official notices.
 * Working hours per unit are not modelled: deadlines are whole days.
 */
class WorkingCalendar
{
public:
    /** Default placement of the five Tết days: the last day of the lunar year, then 1–4 Tết. */
    static constexpr int kDefaultTetDaysBefore = 1;
    static constexpr int kTetDays = 5;

    void setOverrides(int year, const YearOverrides &overrides);
    YearOverrides overrides(int year) const { return m_overrides.value(year); }

    /** JSON: {"2026": {"tetDaysBefore": 1, "nationalDayAdjacent": "before"|"after",
     *  "daysOff": [{"date": "2026-…", "name": "…", "kind": "holiday"|"compensatory"}],
     *  "workingDays": [{"date": "…", "name": "…"}]}, …}. Returns false and leaves the
     *  calendar unchanged on malformed input, with a reason in @p error. */
    bool loadJson(const QByteArray &json, QString *error = nullptr);
    QByteArray toJson() const;
    bool loadFile(const QString &path, QString *error = nullptr);
    bool saveFile(const QString &path, QString *error = nullptr) const;

    /** Holidays and compensatory days of @p year in date order (weekends not listed). */
    QVector<DayOff> daysOff(int year) const;
    QVector<QDate> makeUpWorkingDays(int year) const;
    /** The reason @p date is not a working day, or nullopt if it is one. */
    std::optional<DayOff> dayOff(const QDate &date) const;
    bool isWorkingDay(const QDate &date) const;

    /**
     * Civil Code 2015 Art. 147–148 for a period of @p workingDays working days: the day of
     * receipt is not counted, counting starts the next day, and the period ends at the END
     * of the Nth working day, returned as 23:59:59.999 at UTC+7. A receipt on a day off
     * therefore still counts from the next working day. N <= 0 means "the same day": the
     * end of the receipt day, moved to the end of the next working day if that day is off.
     */
    QDateTime deadline(const QDateTime &received, int workingDays) const;

private:
    struct YearData
    {
        QMap<QDate, DayOff> daysOff;
        QVector<QDate> workingDays;
    };
    const YearData &yearData(int year) const;
    YearData computeYear(int year) const;

    QMap<int, YearOverrides> m_overrides;
    // Computing a year needs lunar conversions; deadlines ask day by day, so cache.
    mutable QHash<int, YearData> m_cache;
};

} // namespace Desk::Core
