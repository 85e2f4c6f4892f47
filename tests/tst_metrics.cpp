// SPDX-License-Identifier: GPL-3.0-or-later
// Metrics over a fixed data set in a real SQLite store; every expected figure below was
// worked out by hand (working hours: Mon-Fri 07:00-11:30, 13:30-17:00 Vietnam time).
#include "core/classifier.h"
#include "core/ratingscale.h"
#include "core/workingcalendar.h"
#include "reports/labels.h"
#include "reports/metrics.h"
#include "reports/reportjson.h"
#include "store/caseautomation.h"
#include "support/reportfixtures.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Desk;
using namespace Desk::Reports;
using Desk::TestSupport::CaseSpec;
using Desk::TestSupport::vnEndOfDay;
using Desk::TestSupport::vnTime;

Q_DECLARE_METATYPE(Desk::Reports::ReportFilter)

namespace {

constexpr double kEpsilon = 1e-3;

/** The July 2026 data set (see the table in july()). Returns false if a write failed. */
bool writeJuly(Store::Store &store)
{
    const auto t = [](int month, int day, int hour = 9, int minute = 0) {
        return vnTime(2026, month, day, hour, minute);
    };
    QVector<CaseSpec> cases(16);
    // 1: answered in an hour, on time, rated.
    cases[0].opened = t(7, 1);
    cases[0].assignee = QStringLiteral("lan");
    cases[0].firstResponse = t(7, 1, 9, 30);
    cases[0].replied = t(7, 1, 10);
    cases[0].due = vnEndOfDay(2026, 7, 22);
    cases[0].rating = QStringLiteral("rat_hai_long");
    cases[0].area = QStringLiteral("ho_tich");
    // 2: answered late (28 days), prolonged.
    cases[1].opened = t(7, 2);
    cases[1].assignee = QStringLiteral("lan");
    cases[1].replied = t(7, 30);
    cases[1].due = vnEndOfDay(2026, 7, 23);
    cases[1].prolonged = true;
    // 3: routed to an agency, which answered; on time.
    cases[2].opened = t(7, 6, 8);
    cases[2].kind = QStringLiteral("report");
    cases[2].assignee = QStringLiteral("minh");
    cases[2].agency = QStringLiteral("STP");
    cases[2].routed = t(7, 6, 10);
    cases[2].agencyAnswered = t(7, 8, 10);
    cases[2].replied = t(7, 8, 15);
    cases[2].due = vnEndOfDay(2026, 7, 27);
    cases[2].rating = QStringLiteral("hai_long");
    cases[2].area = QStringLiteral("ho_tich");
    // 4: Friday 16:00 to Monday 08:00, no due: 15 working days -> 31/07.
    cases[3].opened = t(7, 10, 16);
    cases[3].kind = QStringLiteral("petition");
    cases[3].assignee = QStringLiteral("minh");
    cases[3].replied = t(7, 13, 8);
    // 5: same day across lunch.
    cases[4].opened = t(7, 14);
    cases[4].assignee = QStringLiteral("lan");
    cases[4].replied = t(7, 14, 14, 30);
    cases[4].due = vnEndOfDay(2026, 7, 31);
    // 6: open, due 05/08 -> overdue on 20/08.
    cases[5].opened = t(7, 15);
    cases[5].assignee = QStringLiteral("lan");
    cases[5].due = vnEndOfDay(2026, 8, 5);
    // 7: open, no due: default 15 working days from Mon 20/07 -> 10/08, overdue.
    cases[6].opened = t(7, 20);
    cases[6].assignee = QStringLiteral("minh");
    // 8: routed, agency has not answered, due 25/08 -> in progress.
    cases[7].opened = t(7, 28);
    cases[7].kind = QStringLiteral("report");
    cases[7].assignee = QStringLiteral("minh");
    cases[7].agency = QStringLiteral("STP");
    cases[7].routed = t(7, 28, 11);
    cases[7].due = vnEndOfDay(2026, 8, 25);
    // 9: unassigned look-up, answered in 5 minutes.
    cases[8].opened = t(7, 29);
    cases[8].kind = QStringLiteral("dossier_lookup");
    cases[8].firstResponse = t(7, 29, 9, 5);
    cases[8].replied = t(7, 29, 9, 5);
    cases[8].due = vnEndOfDay(2026, 8, 19);
    // 10: postal, open, due 28/08 -> in progress.
    cases[9].opened = t(7, 30);
    cases[9].kind = QStringLiteral("postal");
    cases[9].assignee = QStringLiteral("lan");
    cases[9].due = vnEndOfDay(2026, 8, 28);
    // 11: Friday 16:00 to Monday 08:00 with a first response at the reply.
    cases[10].opened = t(7, 31, 16);
    cases[10].assignee = QStringLiteral("lan");
    cases[10].firstResponse = t(8, 3, 8);
    cases[10].replied = t(8, 3, 8);
    cases[10].due = vnEndOfDay(2026, 8, 21);
    // 12: the last minute of July (Vietnam time), open, due 21/08 -> in progress.
    cases[11].opened = t(7, 31, 23, 59);
    cases[11].assignee = QStringLiteral("lan");
    cases[11].due = vnEndOfDay(2026, 8, 21);
    // 13: a complaint: out of scope, counted apart.
    cases[12].opened = t(7, 16);
    cases[12].kind = QStringLiteral("complaint");
    cases[12].assignee = QStringLiteral("lan");
    // 14 and 15: just outside July on both sides.
    cases[13].opened = t(6, 30, 23, 59);
    cases[13].replied = t(7, 1, 8);
    cases[14].opened = t(8, 1, 0, 0);
    // 16: August, in a paused-clock case for the quarter.
    cases[15].opened = t(8, 3, 8);
    cases[15].replied = t(8, 4, 8);
    cases[15].paused = 12 * 3600 * 1000;
    qint64 routedCase = 0;
    for (int i = 0; i < cases.size(); ++i) {
        const qint64 id = TestSupport::addCase(store, cases.at(i));
        if (id == 0) {
            return false;
        }
        if (i == 2) {
            routedCase = id;
        }
        if (i == 7
            && !TestSupport::addTransfer(store, id, QStringLiteral("STP"), t(7, 28, 11), {})) {
            return false;
        }
    }
    return TestSupport::addTransfer(
        store, routedCase, QStringLiteral("STP"), t(7, 6, 10), t(7, 8, 10));
}

const GroupMetrics *find(const QVector<GroupMetrics> &groups, const QString &key)
{
    for (const GroupMetrics &group : groups) {
        if (group.key == key) {
            return &group;
        }
    }
    return nullptr;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store::Store>();
        QString error;
        QVERIFY2(m_store->open(Desk::TestSupport::storeLocation(
                                   m_dir, QStringLiteral("desk-%1.sqlite").arg(++m_serial)),
                     &error),
            qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void july()
    {
        QVERIFY(writeJuly(*m_store));
        const Report report = build(QStringLiteral("2026-07"), false);
        const GroupMetrics &t = report.total;
        QCOMPARE(t.received, 12);
        QCOMPARE(t.answeredOnTime, 6); // 1, 3, 4, 5, 9, 11
        QCOMPARE(t.answeredLate, 1); // 2
        QCOMPARE(t.overdueOpen, 2); // 6, 7 (default due 10/08)
        QCOMPARE(t.inProgress, 3); // 8, 10, 12
        QCOMPARE(t.prolonged, 1);
        QCOMPARE(report.outOfScope, 1);
        QCOMPARE(t.decided(), 9);
        QVERIFY(t.onTimeShare());
        QVERIFY(qAbs(*t.onTimeShare() - 6.0 / 9.0) < 1e-9);
        QCOMPARE(t.indicator8(), 0);
        QCOMPARE(t.ratings.value(QStringLiteral("rat_hai_long")), 1);
        QCOMPARE(t.ratings.value(QStringLiteral("hai_long")), 1);
        QCOMPARE(t.ratings.size(), 2);

        // Resolution, working hours: 0.0833 (9), 1 (1), 2 (4), 2 (11), 3.5 (5), 21 (3), 160 (2).
        const MeasureSummary &resolution = t.measure(Measure::Resolution);
        QCOMPARE(resolution.working.count, 7);
        QVERIFY(qAbs(resolution.working.medianHours - 2.0) < kEpsilon);
        QVERIFY(qAbs(resolution.working.meanHours - (189.5 + 1.0 / 12.0) / 7.0) < kEpsilon);
        QVERIFY(qAbs(resolution.working.p90Hours - 160.0) < kEpsilon);
        QVERIFY(!resolution.working.approximate);
        // Calendar: 0.0833, 1, 5.5, 55, 64, 64, 672.
        QVERIFY(qAbs(resolution.calendar.medianHours - 55.0) < kEpsilon);
        QVERIFY(qAbs(resolution.calendar.p90Hours - 672.0) < kEpsilon);
        // First response: 0.5 (1), 0.0833 (9), 2 working / 64 calendar (11).
        const MeasureSummary &first = t.measure(Measure::FirstResponse);
        QCOMPARE(first.working.count, 3);
        QVERIFY(qAbs(first.working.medianHours - 0.5) < kEpsilon);
        QVERIFY(qAbs(first.calendar.p90Hours - 64.0) < kEpsilon);
        // Routing: case 3 (2 h) and case 8 (2 h, 09:00 -> 11:00).
        QCOMPARE(t.measure(Measure::Routing).working.count, 2);
        QVERIFY(qAbs(t.measure(Measure::Routing).working.meanHours - 2.0) < kEpsilon);
        // Agency turnaround: Mon 10:00 -> Wed 10:00 = 5 + 8 + 3 working hours, 48 calendar.
        const MeasureSummary &agency = t.measure(Measure::AgencyTurnaround);
        QCOMPARE(agency.working.count, 1);
        QVERIFY(qAbs(agency.working.medianHours - 16.0) < kEpsilon);
        QVERIFY(qAbs(agency.calendar.medianHours - 48.0) < kEpsilon);

        const GroupMetrics *lan = find(report.byStaff, QStringLiteral("lan"));
        QVERIFY(lan);
        QCOMPARE(lan->received, 7);
        QCOMPARE(lan->answeredOnTime, 3);
        QCOMPARE(lan->answeredLate, 1);
        QCOMPARE(lan->overdueOpen, 1);
        QCOMPARE(lan->inProgress, 2);
        const GroupMetrics *minh = find(report.byStaff, QStringLiteral("minh"));
        QVERIFY(minh);
        QCOMPARE(minh->received, 4);
        QCOMPARE(minh->indicator8(), 0); // 2 of 3 decided on time
        const GroupMetrics *nobody = find(report.byStaff, QString());
        QVERIFY(nobody);
        QCOMPARE(nobody->received, 1);
        QCOMPARE(nobody->indicator8(), 2);
        QCOMPARE(report.byStaff.size(), 3);

        QCOMPARE(find(report.byKind, QStringLiteral("question"))->received, 7);
        QCOMPARE(find(report.byKind, QStringLiteral("report"))->received, 2);
        QVERIFY(!find(report.byKind, QStringLiteral("complaint")));
        const GroupMetrics *stp = find(report.byAgency, QStringLiteral("STP"));
        QVERIFY(stp);
        QCOMPARE(stp->received, 2);
        QCOMPARE(stp->measure(Measure::AgencyTurnaround).working.count, 1);
        QCOMPARE(report.byBucket.size(), 1);
        QCOMPARE(report.byBucket.first().key, QStringLiteral("2026-07"));
        QCOMPARE(report.byBucket.first().received, 12);
    }

    void quarterBucketsAndPause()
    {
        QVERIFY(writeJuly(*m_store));
        const Report report = build(QStringLiteral("2026-Q3"), false);
        QCOMPARE(report.total.received, 14); // 12 + 1/8 00:00 + 3/8; not 30/06
        QCOMPARE(report.byBucket.size(), 3);
        QCOMPARE(report.byBucket.at(0).received, 12);
        QCOMPARE(report.byBucket.at(1).received, 2);
        QCOMPARE(report.byBucket.at(2).key, QStringLiteral("2026-09"));
        QCOMPARE(report.byBucket.at(2).received, 0);
        // Case 16: 24 calendar hours less a 12 h pause; 8 working hours scaled by 12/24.
        const MeasureSummary &august = report.byBucket.at(1).measure(Measure::Resolution);
        QCOMPARE(august.calendar.count, 1);
        QVERIFY(qAbs(august.calendar.medianHours - 12.0) < kEpsilon);
        QVERIFY(qAbs(august.working.medianHours - 4.0) < kEpsilon);
    }

    void cutoffMonth()
    {
        QVERIFY(writeJuly(*m_store));
        // 15/06 - 14/07: the 30/06 case and cases 1-5.
        const Report report = build(QStringLiteral("2026-07"), true);
        QCOMPARE(report.total.received, 6);
        QCOMPARE(report.outOfScope, 0);
    }

    void medianAcrossWeekendAndHoliday()
    {
        // Fri 10/07 16:00 -> Mon 08:00 = 2 h; Mon 31/08 16:00 -> Thu 03/09 10:00 over the
        // National Day holiday (1-2/09) = 4 h; Tue 14/07 09:00 -> 14:30 = 3.5 h.
        const qint64 replies[][2] = {{vnTime(2026, 7, 10, 16), vnTime(2026, 7, 13, 8)},
            {vnTime(2026, 8, 31, 16), vnTime(2026, 9, 3, 10)},
            {vnTime(2026, 7, 14, 9), vnTime(2026, 7, 14, 14, 30)}};
        for (const auto &pair : replies) {
            CaseSpec spec;
            spec.opened = pair[0];
            spec.replied = pair[1];
            QVERIFY(TestSupport::addCase(*m_store, spec));
        }
        const Report report = build(QStringLiteral("2026-Q3"), false);
        const MeasureSummary &resolution = report.total.measure(Measure::Resolution);
        QCOMPARE(resolution.working.count, 3);
        QVERIFY(qAbs(resolution.working.medianHours - 3.5) < kEpsilon);
        QVERIFY(qAbs(resolution.working.meanHours - 9.5 / 3.0) < kEpsilon);
        QVERIFY(qAbs(resolution.calendar.medianHours - 64.0) < kEpsilon); // 5.5, 64, 66
        QCOMPARE(report.total.answeredOnTime, 3); // default due 15 working days
    }

    void indicator8_data()
    {
        QTest::addColumn<int>("onTime");
        QTest::addColumn<int>("late");
        QTest::addColumn<bool>("prolonged");
        QTest::addColumn<int>("score");
        QTest::addColumn<double>("share"); // -1: none (nothing decided)
        QTest::addRow("no PAKN") << 0 << 0 << false << 2 << -1.0;
        QTest::addRow("100 percent") << 10 << 0 << false << 2 << 1.0;
        QTest::addRow("95 percent") << 19 << 1 << false << 1 << 0.95;
        QTest::addRow("90 percent exactly") << 9 << 1 << false << 1 << 0.9;
        QTest::addRow("80 percent") << 8 << 2 << false << 0 << 0.8;
        QTest::addRow("100 percent but one prolonged") << 10 << 0 << true << 0 << 1.0;
        QTest::addRow("95 percent and prolonged") << 19 << 1 << true << 0 << 0.95;
    }
    void indicator8()
    {
        QFETCH(int, onTime);
        QFETCH(int, late);
        QFETCH(bool, prolonged);
        QFETCH(int, score);
        QFETCH(double, share);
        for (int i = 0; i < onTime + late; ++i) {
            CaseSpec spec;
            spec.opened = vnTime(2026, 7, 6, 9, i);
            spec.due = vnEndOfDay(2026, 7, 20);
            spec.replied = i < onTime ? vnTime(2026, 7, 10) : vnTime(2026, 7, 25);
            spec.prolonged = prolonged && i == 0;
            QVERIFY(TestSupport::addCase(*m_store, spec));
        }
        const Report report = build(QStringLiteral("2026-Q3"), false);
        QCOMPARE(report.total.received, onTime + late);
        QCOMPARE(report.total.answeredOnTime, onTime);
        if (share < 0) {
            QVERIFY(!report.total.onTimeShare());
        } else {
            QVERIFY(report.total.onTimeShare());
            QVERIFY(qAbs(*report.total.onTimeShare() - share) < 1e-9);
        }
        QCOMPARE(report.total.indicator8(), score);
    }

    /** Conversations that begin with OA console answers arrive as `replied` cases; after the
     *  automation's pass the report counts them under their kind, none "Not classified". */
    void repliedConversationsAreClassified()
    {
        const auto conversation = [](const QString &citizen, qint64 at, bool oaFirst) {
            QVector<Core::Message> rows;
            Core::Message oa;
            oa.messageId = QStringLiteral("oa-") + citizen;
            oa.citizenId = citizen;
            oa.direction = Core::Direction::Outbound;
            oa.timeMs = oaFirst ? at : at + 60000;
            oa.type = QStringLiteral("text");
            oa.text = QStringLiteral("Cảm ơn anh/chị đã liên hệ, Trung tâm sẽ trả lời sớm.");
            oa.rawJson = QStringLiteral("{}");
            Core::Message question = oa;
            question.messageId = QStringLiteral("in-") + citizen;
            question.direction = Core::Direction::Inbound;
            question.timeMs = oaFirst ? at + 60000 : at;
            question.text = QStringLiteral("Cho tôi hỏi thủ tục đăng ký khai sinh cho con");
            rows << (oaFirst ? oa : question) << (oaFirst ? question : oa);
            return rows;
        };
        Core::Citizen citizen;
        for (int i = 0; i < 2; ++i) {
            citizen.zaloId = QStringLiteral("840000000000000000%1").arg(i);
            citizen.displayName = QStringLiteral("Dân %1").arg(i);
            QVERIFY(m_store
                        ->ingestConversation(
                            citizen, conversation(citizen.zaloId, vnTime(2026, 7, 6 + i), i == 0))
                        .ok);
        }
        const Report before = build(QStringLiteral("2026-Q3"), false);
        QCOMPARE(before.total.received, 2);
        QVERIFY(find(before.byKind, QString()));
        QCOMPARE(find(before.byKind, QString())->received, 2);

        Store::CaseAutomation automation(
            *m_store, Core::Classifier::fromDefaults(), Core::RatingScale::threeLevel());
        QCOMPARE(automation.run(vnTime(2026, 7, 9)).classified, 2);
        const Report after = build(QStringLiteral("2026-Q3"), false);
        QCOMPARE(after.total.received, 2);
        QVERIFY(!find(after.byKind, QString()));
        QVERIFY(find(after.byKind, QStringLiteral("question")));
        QCOMPARE(find(after.byKind, QStringLiteral("question"))->received, 2);
        QCOMPARE(find(after.byArea, QStringLiteral("ho_tich"))->received, 2);
    }

    /** A period (or a month of it) where nothing is decided has no on-time share: "—" in text,
     *  null in JSON, never 100 %. */
    void undecidedPeriodHasNoShare_data()
    {
        QTest::addColumn<int>("inProgress"); // cases received, none answered nor due yet
        QTest::addRow("no case at all") << 0;
        QTest::addRow("only cases in progress") << 2;
    }
    void undecidedPeriodHasNoShare()
    {
        QFETCH(int, inProgress);
        for (int i = 0; i < inProgress; ++i) {
            CaseSpec spec;
            spec.opened = vnTime(2026, 9, 28, 9, i);
            spec.due = vnEndOfDay(2026, 10, 20);
            QVERIFY(TestSupport::addCase(*m_store, spec));
        }
        const Report report = build(QStringLiteral("2026-Q3"), false);
        QCOMPARE(report.total.received, inProgress);
        QCOMPARE(report.total.decided(), 0);
        QVERIFY(!report.total.onTimeShare());
        QCOMPARE(shareText(report.total.onTimeShare()), QStringLiteral("\u2014"));
        const QJsonObject json = reportToJson(report);
        QVERIFY(json.value(QLatin1String("total"))
                    .toObject()
                    .value(QLatin1String("on_time_share"))
                    .isNull());
        // July has no case in either row: its bucket has no share either.
        QCOMPARE(report.byBucket.size(), 3);
        QVERIFY(!report.byBucket.at(0).onTimeShare());
        QVERIFY(json.value(QLatin1String("by_period"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("on_time_share"))
                    .isNull());
        // A decided month next to it still has its figure.
        CaseSpec answered;
        answered.opened = vnTime(2026, 7, 6);
        answered.due = vnEndOfDay(2026, 7, 20);
        answered.replied = vnTime(2026, 7, 8);
        QVERIFY(TestSupport::addCase(*m_store, answered));
        const Report withOne = build(QStringLiteral("2026-Q3"), false);
        QCOMPARE(shareText(withOne.byBucket.at(0).onTimeShare()), QStringLiteral("100.0 %"));
        QCOMPARE(shareText(withOne.byBucket.at(1).onTimeShare()), QStringLiteral("\u2014"));
    }

    void filteredReport_data()
    {
        QTest::addColumn<ReportFilter>("filter");
        // received, on time, late, overdue open, in progress, prolonged, out of scope
        QTest::addColumn<QVector<qint64>>("counts");
        QTest::addColumn<int>("resolutionCount");
        QTest::addColumn<double>("resolutionMedian"); // working hours
        QTest::addColumn<int>("turnaroundCount"); // answered transfers of the agency
        QTest::addColumn<QStringList>("kinds"); // byKind keys
        const auto filter
            = [](const char *agency, const char *staff, const char *kind, const char *area) {
                  return ReportFilter {QString::fromLatin1(agency), QString::fromLatin1(staff),
                      QString::fromLatin1(kind), QString::fromLatin1(area)};
              };
        // minh: cases 3, 4, 7, 8; resolution 21 (3) and 2 (4) working hours.
        QTest::addRow("staff minh")
            << filter("", "minh", "", "") << QVector<qint64> {4, 2, 0, 1, 1, 0, 0} << 2 << 11.5 << 1
            << QStringList {"petition", "question", "report"};
        // lan: 1, 2, 5, 6, 10, 11, 12 and the complaint 13 (apart); 1, 160, 3.5, 2 h.
        QTest::addRow("staff lan")
            << filter("", "lan", "", "") << QVector<qint64> {7, 3, 1, 1, 2, 1, 1} << 4 << 2.75 << 0
            << QStringList {"postal", "question"};
        // STP: cases 3 and 8, and the transfer STP answered for case 3.
        QTest::addRow("agency STP")
            << filter("STP", "", "", "") << QVector<qint64> {2, 1, 0, 0, 1, 0, 0} << 1 << 21.0 << 1
            << QStringList {"report"};
        // Questions: 1, 2, 5, 6, 7, 11, 12; resolution 1, 2, 3.5, 160.
        QTest::addRow("kind question")
            << filter("", "", "question", "") << QVector<qint64> {7, 3, 1, 2, 1, 1, 0} << 4 << 2.75
            << 0 << QStringList {"question"};
        QTest::addRow("kind complaint")
            << filter("", "", "complaint", "") << QVector<qint64> {0, 0, 0, 0, 0, 0, 1} << 0 << 0.0
            << 0 << QStringList {};
        // Area hộ tịch: cases 1 (1 h) and 3 (21 h).
        QTest::addRow("area ho_tich")
            << filter("", "", "", "ho_tich") << QVector<qint64> {2, 2, 0, 0, 0, 0, 0} << 2 << 11.0
            << 1 << QStringList {"question", "report"};
        // Every condition at once: lan's questions (not the complaint, not the postal case).
        QTest::addRow("lan's questions")
            << filter("", "lan", "question", "") << QVector<qint64> {6, 3, 1, 1, 1, 1, 0} << 4
            << 2.75 << 0 << QStringList {"question"};
        QTest::addRow("minh at STP in hộ tịch")
            << filter("STP", "minh", "report", "ho_tich") << QVector<qint64> {1, 1, 0, 0, 0, 0, 0}
            << 1 << 21.0 << 1 << QStringList {"report"};
        QTest::addRow("nobody matches")
            << filter("XYZ", "", "", "") << QVector<qint64> {0, 0, 0, 0, 0, 0, 0} << 0 << 0.0 << 0
            << QStringList {};
    }
    void filteredReport()
    {
        QFETCH(ReportFilter, filter);
        QFETCH(QVector<qint64>, counts);
        QFETCH(int, resolutionCount);
        QFETCH(double, resolutionMedian);
        QFETCH(int, turnaroundCount);
        QFETCH(QStringList, kinds);
        QVERIFY(writeJuly(*m_store));
        const Report report = build(QStringLiteral("2026-07"), false, filter);
        const GroupMetrics &t = report.total;
        QCOMPARE((QVector<qint64> {t.received, t.answeredOnTime, t.answeredLate, t.overdueOpen,
                     t.inProgress, t.prolonged, report.outOfScope}),
            counts);
        const MeasureSummary &resolution = t.measure(Measure::Resolution);
        QCOMPARE(resolution.working.count, resolutionCount);
        QVERIFY2(qAbs(resolution.working.medianHours - resolutionMedian) < kEpsilon,
            qPrintable(QString::number(resolution.working.medianHours)));
        QCOMPARE(t.measure(Measure::AgencyTurnaround).working.count, turnaroundCount);
        QStringList byKind;
        for (const GroupMetrics &group : report.byKind) {
            byKind << group.key;
        }
        QCOMPARE(byKind, kinds);
        // Every chart narrows: the buckets and the kind table hold the same cases.
        QCOMPARE(report.byBucket.value(0).received, t.received);
        qint64 inTable = 0;
        for (const QString &kind : report.bucketKinds()) {
            inTable += report.bucketVolume(0, kind);
        }
        QCOMPARE(inTable, t.received);
    }

    void filterEqualsTheUnfilteredGroup_data()
    {
        QTest::addColumn<int>("dimension");
        QTest::addRow("staff") << int(GroupBy::Staff);
        QTest::addRow("agency") << int(GroupBy::Agency);
        QTest::addRow("kind") << int(GroupBy::Kind);
        QTest::addRow("area") << int(GroupBy::Area);
    }
    void filterEqualsTheUnfilteredGroup()
    {
        // Independent of the hand-checked rows above: for every non-empty key of a grouping,
        // the report filtered to that key has the group's figures as its total.
        QFETCH(int, dimension);
        QVERIFY(writeJuly(*m_store));
        const Report all = build(QStringLiteral("2026-Q3"), false);
        const auto by = GroupBy(dimension);
        int compared = 0;
        for (const GroupMetrics &group : all.groups(by)) {
            if (group.key.isEmpty()) {
                continue; // "" means "no condition" in a filter
            }
            ReportFilter filter;
            QString *slot[] = {&filter.staff, &filter.agency, &filter.kind, &filter.area};
            *slot[dimension] = group.key;
            const Report one = build(QStringLiteral("2026-Q3"), false, filter);
            const GroupMetrics &t = one.total;
            QCOMPARE(t.received, group.received);
            QCOMPARE(t.answeredOnTime, group.answeredOnTime);
            QCOMPARE(t.answeredLate, group.answeredLate);
            QCOMPARE(t.overdueOpen, group.overdueOpen);
            QCOMPARE(t.inProgress, group.inProgress);
            QCOMPARE(t.prolonged, group.prolonged);
            QCOMPARE(t.ratings, group.ratings);
            for (int m = 0; m < kMeasureCount; ++m) {
                QCOMPARE(t.measures[std::size_t(m)].working.count,
                    group.measures[std::size_t(m)].working.count);
                QVERIFY(qAbs(t.measures[std::size_t(m)].working.meanHours
                            - group.measures[std::size_t(m)].working.meanHours)
                    < kEpsilon);
            }
            ++compared;
        }
        QVERIFY(compared > 0);
    }

    void volumeByBucketAndKind_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<bool>("cutoff");
        QTest::addColumn<QString>("staff");
        // "bucket:kind=count" for every non-empty cell, in bucket then kind order.
        QTest::addColumn<QStringList>("cells");
        QTest::addRow("July") << QStringLiteral("2026-07") << false << QString()
                              << QStringList {"2026-07:dossier_lookup=1", "2026-07:petition=1",
                                     "2026-07:postal=1", "2026-07:question=7", "2026-07:report=2"};
        // August holds case 15 (1/8 00:00) and case 16 (3/8); September is empty.
        QTest::addRow("third quarter")
            << QStringLiteral("2026-Q3") << false << QString()
            << QStringList {"2026-07:dossier_lookup=1", "2026-07:petition=1", "2026-07:postal=1",
                   "2026-07:question=7", "2026-07:report=2", "2026-08:question=2"};
        QTest::addRow("third quarter, minh only")
            << QStringLiteral("2026-Q3") << false << QStringLiteral("minh")
            << QStringList {"2026-07:petition=1", "2026-07:question=1", "2026-07:report=2"};
        // 15/06 - 14/07: the 30/06 question and cases 1-5.
        QTest::addRow("July with the 15 -> 14 cut-off")
            << QStringLiteral("2026-07") << true << QString()
            << QStringList {"2026-07:petition=1", "2026-07:question=4", "2026-07:report=1"};
    }
    void volumeByBucketAndKind()
    {
        QFETCH(QString, period);
        QFETCH(bool, cutoff);
        QFETCH(QString, staff);
        QFETCH(QStringList, cells);
        QVERIFY(writeJuly(*m_store));
        ReportFilter filter;
        filter.staff = staff;
        const Report report = build(period, cutoff, filter);
        QCOMPARE(report.byBucketKind.size(), report.byBucket.size());
        QStringList found;
        for (int bucket = 0; bucket < report.byBucket.size(); ++bucket) {
            qint64 sum = 0;
            for (const QString &kind : report.bucketKinds()) {
                const qint64 n = report.bucketVolume(bucket, kind);
                if (n > 0) {
                    found << QStringLiteral("%1:%2=%3")
                                 .arg(report.byBucket.at(bucket).key, kind)
                                 .arg(n);
                }
                sum += n;
            }
            // The stacked bars add up to the bucket's volume.
            QCOMPARE(sum, report.byBucket.at(bucket).received);
        }
        QCOMPARE(found, cells);
        QCOMPARE(report.bucketVolume(report.byBucket.size(), QStringLiteral("question")), 0);
    }

private:
    Report build(const QString &period, bool cutoff, const ReportFilter &filter = {})
    {
        ReportOptions options;
        options.period = *Core::ReportPeriod::parse(period, cutoff);
        options.filter = filter;
        options.nowMs = vnTime(2026, 8, 20, 9);
        ReportBuilder builder(m_store->database(), m_calendar, m_hours);
        QString error;
        const std::optional<Report> report = builder.build(options, &error);
        if (!report) {
            qWarning() << error;
            return {};
        }
        return *report;
    }

    QTemporaryDir m_dir;
    int m_serial = 0;
    std::unique_ptr<Store::Store> m_store;
    Core::WorkingCalendar m_calendar;
    Core::BusinessHours m_hours;
};

DESK_TEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
