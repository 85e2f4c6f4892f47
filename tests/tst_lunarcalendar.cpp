// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lunarcalendar.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk::Core;

class TestLunarCalendar : public QObject
{
    Q_OBJECT
private slots:
    void tet_data();
    void tet();
    void gioTo_data();
    void gioTo();
    void roundTrip_data();
    void roundTrip();
    void leapMonth_data();
    void leapMonth();
    void nonexistent_data();
    void nonexistent();
};

void TestLunarCalendar::tet_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("timeZone");
    QTest::addColumn<QDate>("expected");
    // 1985: the famous split — Vietnam celebrated on 21/1, China on 20/2.
    QTest::addRow("1985 VN") << 1985 << 7 << QDate(1985, 1, 21);
    QTest::addRow("1985 CN") << 1985 << 8 << QDate(1985, 2, 20);
    QTest::addRow("2023") << 2023 << 7 << QDate(2023, 1, 22);
    QTest::addRow("2024") << 2024 << 7 << QDate(2024, 2, 10);
    QTest::addRow("2025") << 2025 << 7 << QDate(2025, 1, 29);
    QTest::addRow("2026") << 2026 << 7 << QDate(2026, 2, 17);
    QTest::addRow("2027") << 2027 << 7 << QDate(2027, 2, 6);
    QTest::addRow("2028") << 2028 << 7 << QDate(2028, 1, 26);
    QTest::addRow("2029") << 2029 << 7 << QDate(2029, 2, 13);
    // 2030: the new moon falls just before midnight at UTC+7, just after it at UTC+8.
    QTest::addRow("2030 VN") << 2030 << 7 << QDate(2030, 2, 2);
    QTest::addRow("2030 CN") << 2030 << 8 << QDate(2030, 2, 3);
    QTest::addRow("2031") << 2031 << 7 << QDate(2031, 1, 23);
}

void TestLunarCalendar::tet()
{
    QFETCH(int, year);
    QFETCH(int, timeZone);
    QFETCH(QDate, expected);
    QCOMPARE(lunarToSolar({1, 1, year, false}, timeZone), expected);
    const LunarDate back = solarToLunar(expected, timeZone);
    QCOMPARE(back.day, 1);
    QCOMPARE(back.month, 1);
    QCOMPARE(back.year, year);
    QVERIFY(!back.leap);
    // The day before is the last day (29 or 30) of month 12 of the previous lunar year.
    const LunarDate eve = solarToLunar(expected.addDays(-1), timeZone);
    QCOMPARE(eve.month, 12);
    QCOMPARE(eve.year, year - 1);
    QVERIFY(eve.day == 29 || eve.day == 30);
}

void TestLunarCalendar::gioTo_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");
    QTest::addRow("2023") << 2023 << QDate(2023, 4, 29);
    QTest::addRow("2024") << 2024 << QDate(2024, 4, 18);
    QTest::addRow("2025") << 2025 << QDate(2025, 4, 7);
    QTest::addRow("2026") << 2026 << QDate(2026, 4, 26);
    QTest::addRow("2027") << 2027 << QDate(2027, 4, 16);
    QTest::addRow("2028") << 2028 << QDate(2028, 4, 4);
    QTest::addRow("2029") << 2029 << QDate(2029, 4, 23);
    QTest::addRow("2030") << 2030 << QDate(2030, 4, 12);
    QTest::addRow("2031") << 2031 << QDate(2031, 4, 1);
}

void TestLunarCalendar::gioTo()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);
    QCOMPARE(lunarToSolar({10, 3, year, false}), expected);
    QCOMPARE(solarToLunar(expected), (LunarDate {10, 3, year, false}));
}

void TestLunarCalendar::roundTrip_data()
{
    QTest::addColumn<int>("year");
    for (const int year : {1900, 1985, 2023, 2025, 2026, 2033, 2100}) {
        QTest::addRow("%d", year) << year;
    }
}

void TestLunarCalendar::roundTrip()
{
    QFETCH(int, year);
    LunarDate previous = solarToLunar(QDate(year, 1, 1).addDays(-1));
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        const LunarDate lunar = solarToLunar(date);
        QCOMPARE(lunarToSolar(lunar), date);
        // Consecutive days either continue the month or start a new one at day 1.
        if (lunar.day == 1) {
            QVERIFY2(previous.day == 29 || previous.day == 30, qPrintable(date.toString()));
        } else {
            QCOMPARE(lunar.day, previous.day + 1);
            QCOMPARE(lunar.month, previous.month);
            QCOMPARE(lunar.leap, previous.leap);
        }
        previous = lunar;
    }
}

void TestLunarCalendar::leapMonth_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("leapMonth");
    QTest::addColumn<QDate>("regularStart");
    QTest::addColumn<QDate>("leapStart");
    QTest::addRow("2023 leap 2") << 2023 << 2 << QDate(2023, 2, 20) << QDate(2023, 3, 22);
    QTest::addRow("2025 leap 6") << 2025 << 6 << QDate(2025, 6, 25) << QDate(2025, 7, 25);
    QTest::addRow("2020 leap 4") << 2020 << 4 << QDate(2020, 4, 23) << QDate(2020, 5, 23);
    QTest::addRow("2024 none") << 2024 << 0 << QDate() << QDate();
    QTest::addRow("2026 none") << 2026 << 0 << QDate() << QDate();
}

void TestLunarCalendar::leapMonth()
{
    QFETCH(int, year);
    QFETCH(int, leapMonth);
    QFETCH(QDate, regularStart);
    QFETCH(QDate, leapStart);
    QCOMPARE(lunarLeapMonth(year), leapMonth);
    if (leapMonth == 0) {
        for (int month = 1; month <= 12; ++month) {
            QVERIFY(!lunarToSolar({1, month, year, true}).isValid());
        }
        return;
    }
    QCOMPARE(lunarToSolar({1, leapMonth, year, false}), regularStart);
    QCOMPARE(lunarToSolar({1, leapMonth, year, true}), leapStart);
    QCOMPARE(solarToLunar(leapStart), (LunarDate {1, leapMonth, year, true}));
    QCOMPARE(solarToLunar(leapStart.addDays(-1)).leap, false);
    // Another month of the same year has no leap twin.
    QVERIFY(!lunarToSolar({1, leapMonth == 1 ? 2 : 1, year, true}).isValid());
}

void TestLunarCalendar::nonexistent_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::addRow("day 0") << 0 << 1 << 2026;
    QTest::addRow("day 31") << 31 << 1 << 2026;
    QTest::addRow("month 13") << 1 << 13 << 2026;
}

void TestLunarCalendar::nonexistent()
{
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(int, year);
    QVERIFY(!lunarToSolar({day, month, year, false}).isValid());
    // Every short (29-day) month in 2026 rejects its day 30.
    int shortMonths = 0;
    for (int m = 1; m <= 12; ++m) {
        const QDate first = lunarToSolar({1, m, 2026, false});
        const QDate nextFirst
            = m < 12 ? lunarToSolar({1, m + 1, 2026, false}) : lunarToSolar({1, 1, 2027, false});
        if (first.daysTo(nextFirst) == 29) {
            ++shortMonths;
            QVERIFY(!lunarToSolar({30, m, 2026, false}).isValid());
        } else {
            QCOMPARE(first.daysTo(nextFirst), 30);
            QCOMPARE(lunarToSolar({30, m, 2026, false}), nextFirst.addDays(-1));
        }
    }
    QVERIFY(shortMonths > 0);
}

DESK_TEST_APPLESS_MAIN(TestLunarCalendar)
#include "tst_lunarcalendar.moc"
