// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workingcalendar.h"
#include "support/testmain.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace Desk::Core;

namespace {

const QTimeZone kVietnam(7 * 3600);

QDateTime vn(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), kVietnam);
}

QDateTime endOf(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(23, 59, 59, 999), kVietnam);
}

// From a (fictional) 2026 notice: an extra day off on Monday 16/3 and a make-up working
// Saturday 14/3; 2/9 joined by 3/9 instead of 1/9.
const char kOverridesJson[] = R"({
  "2026": {
    "nationalDayAdjacent": "after",
    "daysOff": [{"date": "2026-03-16", "name": "Nghỉ hoán đổi", "kind": "holiday"}],
    "workingDays": [{"date": "2026-03-14", "name": "Làm bù cho 16/3"}]
  }
})";

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT
private slots:
    void daysOff2026_data();
    void daysOff2026();
    void defaultCount();
    void overrides_data();
    void overrides();
    void explicitCompensatoryReplacesAutomatic();
    void jsonRoundTrip();
    void badJson_data();
    void badJson();
    void deadline_data();
    void deadline();
};

void TestWorkingCalendar::daysOff2026_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("kind");
    QTest::addRow("new year") << QDate(2026, 1, 1) << int(DayOffKind::Holiday);
    // Tết 2026 (1/1 ÂL) is Tuesday 17/2: default block 16/2 (last day of the year) – 20/2.
    QTest::addRow("tet eve") << QDate(2026, 2, 16) << int(DayOffKind::Holiday);
    QTest::addRow("tet 1") << QDate(2026, 2, 17) << int(DayOffKind::Holiday);
    QTest::addRow("tet 4") << QDate(2026, 2, 20) << int(DayOffKind::Holiday);
    QTest::addRow("gio to on sunday") << QDate(2026, 4, 26) << int(DayOffKind::Holiday);
    QTest::addRow("gio to nghi bu monday") << QDate(2026, 4, 27) << int(DayOffKind::Compensatory);
    QTest::addRow("30/4") << QDate(2026, 4, 30) << int(DayOffKind::Holiday);
    QTest::addRow("1/5") << QDate(2026, 5, 1) << int(DayOffKind::Holiday);
    QTest::addRow("1/9 default adjacent") << QDate(2026, 9, 1) << int(DayOffKind::Holiday);
    QTest::addRow("2/9") << QDate(2026, 9, 2) << int(DayOffKind::Holiday);
}

void TestWorkingCalendar::daysOff2026()
{
    QFETCH(QDate, date);
    QFETCH(int, kind);
    WorkingCalendar calendar;
    const QVector<DayOff> days = calendar.daysOff(2026);
    const auto it = std::find_if(
        days.cbegin(), days.cend(), [&](const DayOff &day) { return day.date == date; });
    QVERIFY2(it != days.cend(), qPrintable(date.toString(Qt::ISODate)));
    QCOMPARE(int(it->kind), kind);
    QVERIFY(!it->name.isEmpty());
    QVERIFY(!calendar.isWorkingDay(date));
}

void TestWorkingCalendar::defaultCount()
{
    WorkingCalendar calendar;
    // 11 statutory days, all on weekdays in 2026 except Giỗ Tổ, plus its one nghỉ bù.
    const QVector<DayOff> days = calendar.daysOff(2026);
    QCOMPARE(days.size(), 12);
    QVERIFY(std::is_sorted(days.cbegin(), days.cend(),
        [](const DayOff &a, const DayOff &b) { return a.date < b.date; }));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 9, 3)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 23)));
    QCOMPARE(int(calendar.dayOff(QDate(2026, 3, 7))->kind), int(DayOffKind::Weekend));
    QVERIFY(calendar.makeUpWorkingDays(2026).isEmpty());
    // Tết 2027 is Saturday 6/2: block 5/2–9/2 covers Sat and Sun, so nghỉ bù 10/2 and 11/2.
    QCOMPARE(int(calendar.dayOff(QDate(2027, 2, 10))->kind), int(DayOffKind::Compensatory));
    QCOMPARE(int(calendar.dayOff(QDate(2027, 2, 11))->kind), int(DayOffKind::Compensatory));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 12)));
}

void TestWorkingCalendar::overrides_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::addRow("make-up saturday works") << QDate(2026, 3, 14) << true;
    QTest::addRow("extra day off") << QDate(2026, 3, 16) << false;
    QTest::addRow("1/9 now works") << QDate(2026, 9, 1) << true;
    QTest::addRow("3/9 now off") << QDate(2026, 9, 3) << false;
    QTest::addRow("other saturday still off") << QDate(2026, 3, 21) << false;
    QTest::addRow("other year untouched") << QDate(2027, 9, 1) << false;
}

void TestWorkingCalendar::overrides()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    WorkingCalendar calendar;
    QString error;
    QVERIFY2(calendar.loadJson(kOverridesJson, &error), qPrintable(error));
    QCOMPARE(calendar.isWorkingDay(date), working);
    QCOMPARE(calendar.makeUpWorkingDays(2026), QVector<QDate> {QDate(2026, 3, 14)});
}

void TestWorkingCalendar::explicitCompensatoryReplacesAutomatic()
{
    WorkingCalendar calendar;
    YearOverrides overrides;
    overrides.compensatoryDays.append({QDate(2026, 4, 28), QStringLiteral("Nghỉ bù Giỗ Tổ")});
    calendar.setOverrides(2026, overrides);
    QVERIFY(calendar.isWorkingDay(QDate(2026, 4, 27)));
    QCOMPARE(int(calendar.dayOff(QDate(2026, 4, 28))->kind), int(DayOffKind::Compensatory));
}

void TestWorkingCalendar::jsonRoundTrip()
{
    WorkingCalendar calendar;
    QVERIFY(calendar.loadJson(kOverridesJson));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("calendar.json"));
    QString error;
    QVERIFY2(calendar.saveFile(path, &error), qPrintable(error));
    WorkingCalendar reloaded;
    QVERIFY2(reloaded.loadFile(path, &error), qPrintable(error));
    QCOMPARE(reloaded.toJson(), calendar.toJson());
    QCOMPARE(reloaded.daysOff(2026).size(), calendar.daysOff(2026).size());
    QVERIFY(reloaded.isWorkingDay(QDate(2026, 3, 14)));
    QCOMPARE(reloaded.dayOff(QDate(2026, 3, 16))->name, QStringLiteral("Nghỉ hoán đổi"));
}

void TestWorkingCalendar::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("not json") << QByteArray("{");
    QTest::addRow("array") << QByteArray("[]");
    QTest::addRow("bad year") << QByteArray(R"({"abc": {}})");
    QTest::addRow("bad date") << QByteArray(R"({"2026": {"daysOff": [{"date": "31/12"}]}})");
    QTest::addRow("bad kind") << QByteArray(
        R"({"2026": {"daysOff": [{"date": "2026-03-16", "kind": "x"}]}})");
    QTest::addRow("bad adjacent") << QByteArray(R"({"2026": {"nationalDayAdjacent": "x"}})");
}

void TestWorkingCalendar::badJson()
{
    QFETCH(QByteArray, json);
    WorkingCalendar calendar;
    QVERIFY(calendar.loadJson(kOverridesJson));
    QString error;
    QVERIFY(!calendar.loadJson(json, &error));
    QVERIFY(!error.isEmpty());
    // A rejected file leaves the previous overrides in force.
    QVERIFY(calendar.isWorkingDay(QDate(2026, 3, 14)));
}

void TestWorkingCalendar::deadline_data()
{
    QTest::addColumn<bool>("withOverrides");
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("expected");
    QTest::addRow("friday +1 -> monday") << false << vn(2026, 3, 6) << 1 << endOf(2026, 3, 9);
    QTest::addRow("friday late UTC is saturday in VN")
        << false << QDateTime(QDate(2026, 3, 6), QTime(18, 0), Qt::UTC) << 1 << endOf(2026, 3, 9);
    QTest::addRow("saturday +1 -> monday") << false << vn(2026, 3, 7) << 1 << endOf(2026, 3, 9);
    QTest::addRow("saturday +2 -> tuesday") << false << vn(2026, 3, 7) << 2 << endOf(2026, 3, 10);
    QTest::addRow("day before tet +1 -> after the block")
        << false << vn(2026, 2, 13) << 1 << endOf(2026, 2, 23);
    QTest::addRow("wednesday +5 -> next wednesday")
        << false << vn(2026, 3, 4) << 5 << endOf(2026, 3, 11);
    QTest::addRow("before gio to and nghi bu")
        << false << vn(2026, 4, 24) << 1 << endOf(2026, 4, 28);
    QTest::addRow("N=0 on a working day is the same day")
        << false << vn(2026, 3, 6) << 0 << endOf(2026, 3, 6);
    QTest::addRow("N=0 on saturday moves to monday")
        << false << vn(2026, 3, 7) << 0 << endOf(2026, 3, 9);
    QTest::addRow("make-up saturday counts") << true << vn(2026, 3, 13) << 1 << endOf(2026, 3, 14);
    QTest::addRow("extra day off skipped") << true << vn(2026, 3, 13) << 2 << endOf(2026, 3, 17);
}

void TestWorkingCalendar::deadline()
{
    QFETCH(bool, withOverrides);
    QFETCH(QDateTime, received);
    QFETCH(int, days);
    QFETCH(QDateTime, expected);
    WorkingCalendar calendar;
    if (withOverrides) {
        QVERIFY(calendar.loadJson(kOverridesJson));
    }
    const QDateTime result = calendar.deadline(received, days);
    QCOMPARE(result, expected);
    QCOMPARE(result.offsetFromUtc(), 7 * 3600);
    QCOMPARE(result.time(), QTime(23, 59, 59, 999));
}

DESK_TEST_APPLESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
