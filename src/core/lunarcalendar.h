// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace Desk::Core {

/** A date of the Vietnamese lunisolar calendar (âm lịch). */
struct LunarDate
{
    int day = 0;
    int month = 0; // 1..12; a leap month repeats the number of the month before it
    int year = 0; // the Gregorian year in which this lunar year's month 1 starts
    bool leap = false;

    bool operator==(const LunarDate &other) const
    {
        return day == other.day && month == other.month && year == other.year && leap == other.leap;
    }
    bool operator!=(const LunarDate &other) const { return !(*this == other); }
};

/**
 * The Vietnamese lunar calendar after Hồ Ngọc Đức's astronomical algorithm, evaluated at
 * UTC+7 by default. The time zone is a parameter because the Vietnamese and Chinese
 * calendars differ only by it (e.g. Tết 1985 and 2030), and tests check both.
 * Accurate for 1900–2100; outside that range the simplified series drift.
 */
LunarDate solarToLunar(const QDate &date, int timeZoneHours = 7);

/** Returns an invalid QDate when the lunar date does not exist (day 30 of a short month,
 *  a leap month in a year without that leap month, out-of-range fields). */
QDate lunarToSolar(const LunarDate &lunar, int timeZoneHours = 7);

/** The leap month number of the lunar year starting in Gregorian @p lunarYear, or 0. */
int lunarLeapMonth(int lunarYear, int timeZoneHours = 7);

} // namespace Desk::Core
