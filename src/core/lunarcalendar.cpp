// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lunarcalendar.h"

#include <cmath>

namespace Desk::Core {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kRad = kPi / 180.0;
// Mean synodic month and the Julian day of the reference new moon of 1 January 1900 that
// the lunation numbers k below count from.
constexpr double kSynodicMonth = 29.530588853;
constexpr double kNewMoonEpoch = 2415021.076998695;

qint64 floorToInt(double value)
{
    return static_cast<qint64>(std::floor(value));
}

/** Julian day (fractional, TT) of new moon number @p k, after Meeus' abridged series. */
double newMoon(qint64 k)
{
    const double kk = static_cast<double>(k);
    const double t = kk / 1236.85; // Julian centuries since 1900
    const double t2 = t * t;
    const double t3 = t2 * t;
    double jd = 2415020.75933 + 29.53058868 * kk + 0.0001178 * t2 - 0.000000155 * t3;
    jd += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * kRad);
    const double m = 359.2242 + 29.10535608 * kk - 0.0000333 * t2 - 0.00000347 * t3; // sun
    const double mpr = 306.0253 + 385.81691806 * kk + 0.0107306 * t2 + 0.00001236 * t3; // moon
    const double f = 21.2964 + 390.67050646 * kk - 0.0016528 * t2 - 0.00000239 * t3;
    // Periodic terms, each with its own sign (Meeus ch. 49, abridged).
    double c1 = (0.1734 - 0.000393 * t) * std::sin(m * kRad) + 0.0021 * std::sin(2 * kRad * m);
    c1 += -0.4068 * std::sin(mpr * kRad) + 0.0161 * std::sin(kRad * 2 * mpr);
    c1 += -0.0004 * std::sin(kRad * 3 * mpr);
    c1 += 0.0104 * std::sin(kRad * 2 * f) - 0.0051 * std::sin(kRad * (m + mpr));
    c1 += -0.0074 * std::sin(kRad * (m - mpr)) + 0.0004 * std::sin(kRad * (2 * f + m));
    c1 += -0.0004 * std::sin(kRad * (2 * f - m)) - 0.0006 * std::sin(kRad * (2 * f + mpr));
    c1 += 0.0010 * std::sin(kRad * (2 * f - mpr)) + 0.0005 * std::sin(kRad * (2 * mpr + m));
    // ΔT (TT − UT) in days; the polynomial switches before 1900 (t < -11 ≈ year 800).
    double deltaT;
    if (t < -11) {
        deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
    } else {
        deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
    }
    return jd + c1 - deltaT;
}

/** The civil day (Julian day number) containing new moon @p k in the given time zone. */
qint64 newMoonDay(qint64 k, int timeZoneHours)
{
    return floorToInt(newMoon(k) + 0.5 + timeZoneHours / 24.0);
}

/** Apparent sun longitude in radians, normalised to [0, 2π), at Julian day @p jd. */
double sunLongitude(double jd)
{
    const double t = (jd - 2451545.0) / 36525.0; // Julian centuries since J2000
    const double t2 = t * t;
    const double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    const double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(kRad * m);
    dl += (0.019993 - 0.000101 * t) * std::sin(kRad * 2 * m) + 0.000290 * std::sin(kRad * 3 * m);
    double l = (l0 + dl) * kRad;
    l -= 2 * kPi * std::floor(l / (2 * kPi));
    return l;
}

/** Which of the 12 major solar terms (30° sectors, 0 = spring equinox) the sun is in at the
 *  start of civil day @p dayNumber; a lunar month's term decides its number. */
int sunSector(qint64 dayNumber, int timeZoneHours)
{
    const double jd = static_cast<double>(dayNumber) - 0.5 - timeZoneHours / 24.0;
    return static_cast<int>(std::floor(sunLongitude(jd) / kPi * 6));
}

/** Start (Julian day number) of lunar month 11 — the month containing the winter solstice —
 *  that begins in Gregorian year @p year. */
qint64 lunarMonth11(int year, int timeZoneHours)
{
    const qint64 off = QDate(year, 12, 31).toJulianDay() - 2415021;
    const qint64 k = floorToInt(static_cast<double>(off) / kSynodicMonth);
    qint64 start = newMoonDay(k, timeZoneHours);
    // Sector 9 starts at 270°, the solstice; a month starting after it is month 12, so
    // month 11 is the one before.
    if (sunSector(start, timeZoneHours) >= 9) {
        start = newMoonDay(k - 1, timeZoneHours);
    }
    return start;
}

/** In a 13-month year starting at month 11 = @p a11, the offset (1..12) of the first month
 *  without a major solar term: that month is the leap month. */
int leapMonthOffset(qint64 a11, int timeZoneHours)
{
    const qint64 k = floorToInt((static_cast<double>(a11) - kNewMoonEpoch) / kSynodicMonth + 0.5);
    int i = 1;
    int arc = sunSector(newMoonDay(k + i, timeZoneHours), timeZoneHours);
    int last = 0;
    do {
        last = arc;
        ++i;
        arc = sunSector(newMoonDay(k + i, timeZoneHours), timeZoneHours);
    } while (arc != last && i < 14);
    return i - 1;
}

} // namespace

LunarDate solarToLunar(const QDate &date, int timeZoneHours)
{
    if (!date.isValid()) {
        return {};
    }
    const qint64 dayNumber = date.toJulianDay();
    const qint64 k = floorToInt((static_cast<double>(dayNumber) - kNewMoonEpoch) / kSynodicMonth);
    qint64 monthStart = newMoonDay(k + 1, timeZoneHours);
    if (monthStart > dayNumber) {
        monthStart = newMoonDay(k, timeZoneHours);
    }
    const int yy = date.year();
    qint64 a11 = lunarMonth11(yy, timeZoneHours);
    qint64 b11 = a11;
    LunarDate lunar;
    if (a11 >= monthStart) {
        lunar.year = yy;
        a11 = lunarMonth11(yy - 1, timeZoneHours);
    } else {
        lunar.year = yy + 1;
        b11 = lunarMonth11(yy + 1, timeZoneHours);
    }
    lunar.day = static_cast<int>(dayNumber - monthStart + 1);
    const int diff = static_cast<int>((monthStart - a11) / 29);
    lunar.month = diff + 11;
    // Over 365 days between two months 11 means 13 lunar months: one of them is leap.
    if (b11 - a11 > 365) {
        const int leapDiff = leapMonthOffset(a11, timeZoneHours);
        if (diff >= leapDiff) {
            lunar.month = diff + 10;
            lunar.leap = diff == leapDiff;
        }
    }
    if (lunar.month > 12) {
        lunar.month -= 12;
    }
    // Months 11 and 12 belong to the lunar year that started in the previous Gregorian year.
    if (lunar.month >= 11 && diff < 4) {
        lunar.year -= 1;
    }
    return lunar;
}

QDate lunarToSolar(const LunarDate &lunar, int timeZoneHours)
{
    if (lunar.day < 1 || lunar.day > 30 || lunar.month < 1 || lunar.month > 12) {
        return {};
    }
    qint64 a11;
    qint64 b11;
    if (lunar.month < 11) {
        a11 = lunarMonth11(lunar.year - 1, timeZoneHours);
        b11 = lunarMonth11(lunar.year, timeZoneHours);
    } else {
        a11 = lunarMonth11(lunar.year, timeZoneHours);
        b11 = lunarMonth11(lunar.year + 1, timeZoneHours);
    }
    const qint64 k = floorToInt((static_cast<double>(a11) - kNewMoonEpoch) / kSynodicMonth + 0.5);
    int off = lunar.month - 11;
    if (off < 0) {
        off += 12;
    }
    if (b11 - a11 > 365) {
        const int leapOff = leapMonthOffset(a11, timeZoneHours);
        // The month without a major term repeats the number of the month before it.
        const int leapMonth = (leapOff + 10 - 1) % 12 + 1;
        if (lunar.leap && lunar.month != leapMonth) {
            return {};
        }
        if (lunar.leap || off >= leapOff) {
            off += 1;
        }
    } else if (lunar.leap) {
        return {};
    }
    const qint64 monthStart = newMoonDay(k + off, timeZoneHours);
    const QDate result = QDate::fromJulianDay(monthStart + lunar.day - 1);
    // Day 30 of a 29-day month lands in the next month: converting back exposes that.
    if (solarToLunar(result, timeZoneHours) != lunar) {
        return {};
    }
    return result;
}

int lunarLeapMonth(int lunarYear, int timeZoneHours)
{
    // Months 1..10 of lunar year Y lie in the span starting at month 11 of Gregorian Y-1;
    // months 11 and 12 lie in the span starting at month 11 of Gregorian Y.
    for (const int spanYear : {lunarYear - 1, lunarYear}) {
        const qint64 a11 = lunarMonth11(spanYear, timeZoneHours);
        const qint64 b11 = lunarMonth11(spanYear + 1, timeZoneHours);
        if (b11 - a11 <= 365) {
            continue;
        }
        const int leapMonth = (leapMonthOffset(a11, timeZoneHours) + 10 - 1) % 12 + 1;
        const bool early = leapMonth <= 10;
        if (early == (spanYear == lunarYear - 1)) {
            return leapMonth;
        }
    }
    return 0;
}

} // namespace Desk::Core
