// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reportperiod.h"
#include "support/testmain.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using Desk::Core::ReportPeriod;

namespace {

qint64 vnMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
}

} // namespace

class TestReportPeriod : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("cutoff");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addRow("month") << "2026-07" << false << "2026-07" << QDate(2026, 7, 1)
                               << QDate(2026, 7, 31);
        QTest::addRow("month cut-off")
            << "2026-07" << true << "2026-07" << QDate(2026, 6, 15) << QDate(2026, 7, 14);
        QTest::addRow("January cut-off crosses the year")
            << "2026-01" << true << "2026-01" << QDate(2025, 12, 15) << QDate(2026, 1, 14);
        QTest::addRow("December") << "2026-12" << false << "2026-12" << QDate(2026, 12, 1)
                                  << QDate(2026, 12, 31);
        QTest::addRow("quarter") << "2026-Q3" << false << "2026-Q3" << QDate(2026, 7, 1)
                                 << QDate(2026, 9, 30);
        QTest::addRow("quarter cut-off")
            << "2026-Q3" << true << "2026-Q3" << QDate(2026, 6, 15) << QDate(2026, 9, 14);
        QTest::addRow("Q1 cut-off crosses the year")
            << "2026-Q1" << true << "2026-Q1" << QDate(2025, 12, 15) << QDate(2026, 3, 14);
        QTest::addRow("Q4 lower case")
            << "2026-q4" << false << "2026-Q4" << QDate(2026, 10, 1) << QDate(2026, 12, 31);
        QTest::addRow("half") << "2026-H1" << false << "2026-H1" << QDate(2026, 1, 1)
                              << QDate(2026, 6, 30);
        QTest::addRow("half cut-off")
            << "2026-H1" << true << "2026-H1" << QDate(2025, 12, 15) << QDate(2026, 6, 14);
        QTest::addRow("second half cut-off")
            << "2026-H2" << true << "2026-H2" << QDate(2026, 6, 15) << QDate(2026, 12, 14);
        QTest::addRow("year") << "2026" << false << "2026" << QDate(2026, 1, 1)
                              << QDate(2026, 12, 31);
        QTest::addRow("year cut-off")
            << "2026" << true << "2026" << QDate(2025, 12, 15) << QDate(2026, 12, 14);
        QTest::addRow("leap February")
            << "2028-02" << false << "2028-02" << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, cutoff);
        QFETCH(QString, key);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const std::optional<ReportPeriod> period = ReportPeriod::parse(text, cutoff);
        QVERIFY(period);
        QCOMPARE(period->key(), key);
        QCOMPARE(period->cutoff(), cutoff);
        QCOMPARE(period->firstDay(), first);
        QCOMPARE(period->lastDay(), last);
        QCOMPARE(period->startMs(), vnMidnight(first));
        QCOMPARE(period->endMs(), vnMidnight(last.addDays(1)));
        // The last instant inside is 23:59:59.999 +07:00 of the last day.
        const QDateTime lastInstant
            = QDateTime::fromMSecsSinceEpoch(period->endMs() - 1, QTimeZone(7 * 3600));
        QCOMPARE(lastInstant.date(), last);
        QCOMPARE(lastInstant.time(), QTime(23, 59, 59, 999));
        QVERIFY(period->contains(period->startMs()));
        QVERIFY(!period->contains(period->endMs()));
        QVERIFY(!period->contains(period->startMs() - 1));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-H3", "26-Q1",
                 "2026-7", "abc", "2026-W3", "2026-Q3x"}) {
            QTest::addRow("%s", bad) << QString::fromLatin1(bad);
        }
    }
    void rejects()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!ReportPeriod::parse(text, false, &error));
        QVERIFY(!error.isEmpty());
    }

    void containing_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<bool>("cutoff");
        QTest::addColumn<QString>("key");
        const auto at = [](int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0) {
            return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), QTimeZone(7 * 3600))
                .toMSecsSinceEpoch();
        };
        const int quarter = int(ReportPeriod::Length::Quarter);
        const int year = int(ReportPeriod::Length::Year);
        const int month = int(ReportPeriod::Length::Month);
        QTest::addRow("15/06 starts cut-off Q3") << quarter << at(2026, 6, 15) << true << "2026-Q3";
        QTest::addRow("14/06 end is cut-off Q2")
            << quarter << at(2026, 6, 14, 23, 59, 59, 999) << true << "2026-Q2";
        QTest::addRow("14/06 is calendar Q2") << quarter << at(2026, 6, 14) << false << "2026-Q2";
        QTest::addRow("20/12 is next cut-off year") << year << at(2025, 12, 20) << true << "2026";
        QTest::addRow("20/12 is calendar year") << year << at(2025, 12, 20) << false << "2025";
        QTest::addRow("31/12 cut-off month is January")
            << month << at(2025, 12, 31, 12) << true << "2026-01";
        // 17:30 UTC on 30/06 is already 1/7 in Vietnam.
        QTest::addRow("Vietnam date, not UTC")
            << month
            << QDateTime(QDate(2026, 6, 30), QTime(17, 30), QTimeZone::utc()).toMSecsSinceEpoch()
            << false << "2026-07";
    }
    void containing()
    {
        QFETCH(int, length);
        QFETCH(qint64, at);
        QFETCH(bool, cutoff);
        QFETCH(QString, key);
        const ReportPeriod period
            = ReportPeriod::containing(ReportPeriod::Length(length), at, cutoff);
        QCOMPARE(period.key(), key);
        QVERIFY(period.contains(at));
    }

    void buckets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("cutoff");
        QTest::addColumn<int>("length");
        QTest::addColumn<QStringList>("keys");
        const int month = int(ReportPeriod::Length::Month);
        const int quarter = int(ReportPeriod::Length::Quarter);
        QTest::addRow("quarter by month")
            << "2026-Q3" << false << month << QStringList {"2026-07", "2026-08", "2026-09"};
        QTest::addRow("cut-off quarter by month")
            << "2026-Q1" << true << month << QStringList {"2026-01", "2026-02", "2026-03"};
        QTest::addRow("year by quarter")
            << "2026" << true << quarter
            << QStringList {"2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"};
        QTest::addRow("month by quarter is itself")
            << "2026-05" << false << quarter << QStringList {"2026-05"};
    }
    void buckets()
    {
        QFETCH(QString, text);
        QFETCH(bool, cutoff);
        QFETCH(int, length);
        QFETCH(QStringList, keys);
        const ReportPeriod period = *ReportPeriod::parse(text, cutoff);
        const QVector<ReportPeriod> buckets = period.buckets(ReportPeriod::Length(length));
        QStringList got;
        for (const ReportPeriod &bucket : buckets) {
            got << bucket.key();
        }
        QCOMPARE(got, keys);
        // Buckets tile the period: no gap, no overlap.
        QCOMPARE(buckets.first().startMs(), period.startMs());
        QCOMPARE(buckets.last().endMs(), period.endMs());
        for (int i = 1; i < buckets.size(); ++i) {
            QCOMPARE(buckets.at(i).startMs(), buckets.at(i - 1).endMs());
        }
    }
};

DESK_TEST_GUILESS_MAIN(TestReportPeriod)
#include "tst_reportperiod.moc"
