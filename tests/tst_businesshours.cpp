// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/businesshours.h"
#include "core/workingcalendar.h"
#include "support/testmain.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace Desk::Core;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

qint64 vn(int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone(7 * 3600))
        .toMSecsSinceEpoch();
}

/** Independent reference: walk minute by minute (slow, fine for a few spans). */
qint64 referenceMillis(
    const WorkingCalendar &calendar, const WeekHours &week, qint64 from, qint64 to)
{
    qint64 total = 0;
    const qint64 minute = 60 * 1000;
    for (qint64 t = from; t < to; t += minute) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(t, QTimeZone(7 * 3600));
        if (!calendar.isWorkingDay(local.date())) {
            continue;
        }
        int weekday = local.date().dayOfWeek();
        if (weekday >= 6 && week.day(weekday).isEmpty()) {
            weekday = 1;
        }
        const int m = local.time().hour() * 60 + local.time().minute();
        for (const TimeRange &range : week.day(weekday)) {
            if (m >= range.startMinute && m < range.endMinute) {
                total += std::min(minute, to - t);
            }
        }
    }
    return total;
}

} // namespace

class TestBusinessHours : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        const BusinessHours hours;
        const WeekHours week = hours.week();
        QCOMPARE(week.millisOfDay(Qt::Monday), 8 * kHourMs); // 4.5 h + 3.5 h
        QCOMPARE(week.millisOfDay(Qt::Friday), 8 * kHourMs);
        QCOMPARE(week.millisOfDay(Qt::Saturday), 0);
        QCOMPARE(week.day(Qt::Tuesday).first(), (TimeRange {7 * 60, 11 * 60 + 30}));
        QCOMPARE(week.day(Qt::Tuesday).last(), (TimeRange {13 * 60 + 30, 17 * 60}));
    }

    void between_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<double>("hours");
        // July 2026: Mon 6, Fri 10, Sat 11, Mon 13. 1-2/9/2026 (Tue, Wed) are National Day.
        QTest::addRow("inside a morning") << vn(7, 6, 8) << vn(7, 6, 10) << 2.0;
        QTest::addRow("over lunch") << vn(7, 6, 11) << vn(7, 6, 14) << 1.0;
        QTest::addRow("before opening to after closing") << vn(7, 6, 6) << vn(7, 6, 18) << 8.0;
        QTest::addRow("whole day") << vn(7, 6) << vn(7, 7) << 8.0;
        QTest::addRow("over a weekend") << vn(7, 10, 16) << vn(7, 13, 8) << 2.0;
        QTest::addRow("weekend only") << vn(7, 11, 10) << vn(7, 12, 18) << 0.0;
        QTest::addRow("over the National Day holiday") << vn(8, 31, 16) << vn(9, 3, 10) << 4.0;
        QTest::addRow("two weeks") << vn(7, 6) << vn(7, 20) << 80.0;
        QTest::addRow("reversed") << vn(7, 6, 10) << vn(7, 6, 8) << 0.0;
        QTest::addRow("half past eleven") << vn(7, 6, 11, 15) << vn(7, 6, 13, 45) << 0.5;
    }
    void between()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(double, hours);
        const WorkingCalendar calendar;
        const BusinessHours businessHours;
        QCOMPARE(workingMillisBetween(calendar, businessHours, from, to), qint64(hours * kHourMs));
        WorkingTimeMeter meter(calendar, businessHours.week());
        QCOMPARE(meter.between(from, to), qint64(hours * kHourMs));
    }

    void makeUpSaturdayUsesWeekdayHours()
    {
        WorkingCalendar calendar;
        YearOverrides overrides;
        overrides.workingDays.append({QDate(2026, 7, 11), QStringLiteral("Làm bù")});
        calendar.setOverrides(2026, overrides);
        const BusinessHours hours;
        QCOMPARE(workingMillisBetween(calendar, hours, vn(7, 11, 8), vn(7, 11, 10)), 2 * kHourMs);
        QCOMPARE(workingMillisBetween(calendar, hours, vn(7, 10), vn(7, 13)), 16 * kHourMs);
    }

    void unitOverride()
    {
        BusinessHours hours;
        WeekHours longDay;
        for (int day = 0; day < 5; ++day) {
            longDay.days[std::size_t(day)] = {{7 * 60 + 30, 17 * 60 + 30}};
        }
        hours.setUnitWeek(QStringLiteral("STP"), longDay);
        const WorkingCalendar calendar;
        QCOMPARE(
            workingMillisBetween(calendar, hours, vn(7, 6, 6), vn(7, 6, 18), QStringLiteral("STP")),
            10 * kHourMs);
        QCOMPARE(
            workingMillisBetween(calendar, hours, vn(7, 6, 6), vn(7, 6, 18), QStringLiteral("XYZ")),
            8 * kHourMs);
        QCOMPARE(hours.units(), QStringList {QStringLiteral("STP")});
    }

    void meterMatchesMinuteWalk()
    {
        // Random spans across weeks, holidays (2/9, Tết 2027) and a year boundary.
        const WorkingCalendar calendar;
        const WeekHours week = WeekHours::standard();
        WorkingTimeMeter meter(calendar, week);
        QRandomGenerator random(20260901);
        const qint64 base = vn(8, 20);
        for (int i = 0; i < 40; ++i) {
            const qint64 from = base + qint64(random.bounded(200 * 24)) * kHourMs / 2
                + random.bounded(60) * 60000;
            const qint64 to = from + qint64(random.bounded(24 * 12)) * kHourMs / 4;
            QCOMPARE(meter.between(from, to), referenceMillis(calendar, week, from, to));
        }
    }

    void jsonRoundTrip()
    {
        BusinessHours hours;
        WeekHours saturdayMornings = WeekHours::standard();
        saturdayMornings.days[5] = {{7 * 60 + 30, 11 * 60}};
        hours.setUnitWeek(QStringLiteral("TTHCC"), saturdayMornings);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hours.json"));
        QString error;
        QVERIFY2(hours.saveFile(path, &error), qPrintable(error));
        BusinessHours loaded;
        QVERIFY2(loaded.loadFile(path, &error), qPrintable(error));
        QCOMPARE(loaded.week(QStringLiteral("TTHCC")), saturdayMornings);
        QCOMPARE(loaded.defaultWeek(), WeekHours::standard());
        QVERIFY(loaded.toJson().contains("\"sat\""));
    }

    void rejectsMalformedJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("not json") << QByteArray("{");
        QTest::addRow("bad day") << QByteArray(R"({"default": {"monday": []}})");
        QTest::addRow("bad time") << QByteArray(R"({"default": {"mon": [["7h", "11:30"]]}})");
        QTest::addRow("empty range") << QByteArray(R"({"default": {"mon": [["09:00", "09:00"]]}})");
        QTest::addRow("overlap") << QByteArray(
            R"({"default": {"mon": [["07:00", "12:00"], ["11:00", "17:00"]]}})");
        QTest::addRow("bad unit") << QByteArray(R"({"units": {"STP": {"tue": [["17:00"]]}}})");
    }
    void rejectsMalformedJson()
    {
        QFETCH(QByteArray, json);
        BusinessHours hours;
        WeekHours custom;
        custom.days[0] = {{8 * 60, 9 * 60}};
        hours.setDefaultWeek(custom);
        QString error;
        QVERIFY(!hours.loadJson(json, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(hours.defaultWeek(), custom); // unchanged
    }
};

DESK_TEST_GUILESS_MAIN(TestBusinessHours)
#include "tst_businesshours.moc"
