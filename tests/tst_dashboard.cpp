// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor dashboard over a real SQLite store: figures per chart from the metrics API,
// drill-down filters that find exactly the cases behind a bar or a slice, group boxes, and a
// picture of the dashboard for a human to look at.
#include "gui/dashboardwidget.h"
#include "store/database.h"
#include "store/store.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPieSeries>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

using namespace Desk;

namespace {

qint64 vn(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone(7 * 3600))
        .toMSecsSinceEpoch();
}

/** The report the dashboard builds off the GUI thread has arrived and is drawn. */
bool built(const Gui::DashboardWidget &dashboard)
{
    return QTest::qWaitFor([&] { return !dashboard.isBuilding(); }, 30000);
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chartFigures();
    void drillDownFindsTheCases_data();
    void drillDownFindsTheCases();
    void clickEmitsTheFilter();
    void groupBoxesNarrow();
    void volumeStackedByKind();
    void boxesNarrowEveryChart_data();
    void boxesNarrowEveryChart();
    void renderToPng();
    void buildsOffTheGuiThread();
    void staleResultsAreDropped_data();
    void staleResultsAreDropped();

private:
    qint64 addCase(const QString &citizen, qint64 opened, qint64 answered);
    void sql(const QString &statement, const QVariantList &values);

    QTemporaryDir m_dir;
    Store::Store m_store;
    const qint64 m_now = vn(11, 20);
};

qint64 TestDashboard::addCase(const QString &citizen, qint64 opened, qint64 answered)
{
    Core::Message question;
    question.messageId = citizen + QStringLiteral("-q");
    question.citizenId = citizen;
    question.timeMs = opened;
    question.type = QStringLiteral("text");
    question.text = QStringLiteral("Cho hỏi thủ tục đăng ký kinh doanh");
    auto result = m_store.ingestConversation(std::nullopt, {question});
    const qint64 id = *result.touchedCaseIds.cbegin();
    if (answered > 0) {
        Core::Message answer = question;
        answer.messageId = citizen + QStringLiteral("-a");
        answer.direction = Core::Direction::Outbound;
        answer.timeMs = answered;
        m_store.ingestConversation(std::nullopt, {answer}); // the OA console answered
    }
    return id;
}

void TestDashboard::sql(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(m_store.database().connection());
    query.prepare(statement);
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

void TestDashboard::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("advisory-desk.sqlite"))));
    // October: two answered on time. November: one on time, one late (kéo dài) at agency STP,
    // one still open and recent. Ratings on two cases.
    const qint64 a = addCase(QStringLiteral("a"), vn(10, 5), vn(10, 6));
    addCase(QStringLiteral("b"), vn(10, 12), vn(10, 14));
    const qint64 c = addCase(QStringLiteral("c"), vn(11, 2), vn(11, 3));
    const qint64 d = addCase(QStringLiteral("d"), vn(11, 3), 0);
    const qint64 e = addCase(QStringLiteral("e"), vn(11, 16), 0);
    sql(QStringLiteral("UPDATE cases SET replied_at_ms = ?, prolonged = 1, agency_code = 'STP', "
                       "status = 'replied' WHERE id = ?"),
        {vn(11, 30), d});
    sql(QStringLiteral("UPDATE cases SET rating = 'hai_long' WHERE id IN (?, ?)"), {a, c});
    sql(QStringLiteral("UPDATE cases SET assignee = 'lan' WHERE id = ?"), {c});
    // Kinds: a, b, d questions; c a report in hộ tịch; e a petition.
    sql(QStringLiteral("UPDATE cases SET kind = 'question'"), {});
    sql(QStringLiteral("UPDATE cases SET kind = 'report', area_code = 'hotich' WHERE id = ?"), {c});
    sql(QStringLiteral("UPDATE cases SET kind = 'petition' WHERE id = ?"), {e});
}

void TestDashboard::chartFigures()
{
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    dashboard.setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q4"), false));
    QVERIFY(built(dashboard));
    QVERIFY(dashboard.report());
    QCOMPARE(dashboard.values(Gui::DashboardWidget::VolumeChart), (QVector<double> {2, 3, 0}));
    QCOMPARE(dashboard.values(Gui::DashboardWidget::LateByAgencyChart), QVector<double> {1});
    QCOMPARE(dashboard.values(Gui::DashboardWidget::RatingsChart), QVector<double> {2});
    // Open now: e (4 days old) in the first band; d was answered.
    QCOMPARE(dashboard.values(Gui::DashboardWidget::BacklogChart), (QVector<double> {1, 0, 0, 0}));
    const QVector<double> onTime = dashboard.values(Gui::DashboardWidget::OnTimeChart);
    QCOMPARE(onTime.value(0), 100.0);
    QCOMPARE(onTime.value(1), 50.0);
}

void TestDashboard::drillDownFindsTheCases_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("cases");
    QTest::addRow("received in October") << int(Gui::DashboardWidget::VolumeChart) << 0 << 2;
    QTest::addRow("received in November") << int(Gui::DashboardWidget::VolumeChart) << 1 << 3;
    QTest::addRow("on-time share, November") << int(Gui::DashboardWidget::OnTimeChart) << 1 << 3;
    QTest::addRow("backlog, first week") << int(Gui::DashboardWidget::BacklogChart) << 0 << 1;
    QTest::addRow("backlog, over a month") << int(Gui::DashboardWidget::BacklogChart) << 3 << 0;
    QTest::addRow("prolonged at STP") << int(Gui::DashboardWidget::LateByAgencyChart) << 0 << 1;
    QTest::addRow("rated hai_long") << int(Gui::DashboardWidget::RatingsChart) << 0 << 2;
}

void TestDashboard::drillDownFindsTheCases()
{
    QFETCH(int, chart);
    QFETCH(int, index);
    QFETCH(int, cases);
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    dashboard.setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q4"), false));
    QVERIFY(built(dashboard));
    const auto which = Gui::DashboardWidget::Chart(chart);
    const Store::CaseFilter filter = dashboard.drillFilter(which, index);
    QCOMPARE(m_store.countCases(filter), cases);
    // Every chart's figure is the count of the cases it drills to.
    QCOMPARE(int(dashboard.values(which).value(index)),
        which == Gui::DashboardWidget::OnTimeChart ? 50 : cases);
}

void TestDashboard::clickEmitsTheFilter()
{
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    dashboard.setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q4"), false));
    QVERIFY(built(dashboard));
    QSignalSpy drill(&dashboard, &Gui::DashboardWidget::drillDown);
    // The volume bars are stacked by kind: a segment is that bucket's cases of that kind.
    auto *bars = qobject_cast<QAbstractBarSeries *>(
        dashboard.chartView(Gui::DashboardWidget::VolumeChart)->chart()->series().value(0));
    QVERIFY(bars);
    emit bars->clicked(1, bars->barSets().value(1)); // questions received in November
    QCOMPARE(drill.count(), 1);
    QCOMPARE(m_store.countCases(drill.first().first().value<Store::CaseFilter>()), 1);
    auto *onTime = qobject_cast<QBarSeries *>(
        dashboard.chartView(Gui::DashboardWidget::OnTimeChart)->chart()->series().value(0));
    QVERIFY(onTime);
    emit onTime->clicked(1, onTime->barSets().value(0)); // everything received in November
    QCOMPARE(drill.count(), 2);
    QCOMPARE(m_store.countCases(drill.last().first().value<Store::CaseFilter>()), 3);
    auto *pie = qobject_cast<QPieSeries *>(
        dashboard.chartView(Gui::DashboardWidget::RatingsChart)->chart()->series().value(0));
    QVERIFY(pie);
    emit pie->clicked(pie->slices().value(0));
    QCOMPARE(drill.count(), 3);
    QCOMPARE(drill.last().first().value<Store::CaseFilter>().rating, QStringLiteral("hai_long"));
}

void TestDashboard::groupBoxesNarrow()
{
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    dashboard.setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q4"), false));
    QVERIFY(built(dashboard));
    auto *staff = dashboard.findChild<QComboBox *>(QStringLiteral("staffComboBox"));
    const int lan = staff->findData(QStringLiteral("lan"));
    QVERIFY(lan > 0);
    staff->setCurrentIndex(lan);
    QVERIFY(built(dashboard));
    QCOMPARE(dashboard.values(Gui::DashboardWidget::RatingsChart), QVector<double> {1});
    const Store::CaseFilter filter = dashboard.drillFilter(Gui::DashboardWidget::VolumeChart, 1);
    QCOMPARE(filter.assignee, QStringLiteral("lan"));
    QCOMPARE(m_store.countCases(filter), 1);
}

void TestDashboard::volumeStackedByKind()
{
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    dashboard.setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q4"), false));
    QVERIFY(built(dashboard));
    QCOMPARE(dashboard.volumeKinds(), (QStringList {"petition", "question", "report"}));
    QCOMPARE(dashboard.volumeOf(QStringLiteral("question")), (QVector<double> {2, 1, 0}));
    QCOMPARE(dashboard.volumeOf(QStringLiteral("report")), (QVector<double> {0, 1, 0}));
    QCOMPARE(dashboard.volumeOf(QStringLiteral("petition")), (QVector<double> {0, 1, 0}));
    // The stacked segments add up to the bucket, and each drills to exactly its cases.
    const QVector<double> totals = dashboard.values(Gui::DashboardWidget::VolumeChart);
    for (int bucket = 0; bucket < totals.size(); ++bucket) {
        double sum = 0;
        for (const QString &kind : dashboard.volumeKinds()) {
            const double n = dashboard.volumeOf(kind).value(bucket);
            QCOMPARE(double(m_store.countCases(dashboard.volumeDrillFilter(bucket, kind))), n);
            sum += n;
        }
        QCOMPARE(sum, totals.at(bucket));
    }
    // The chart is one stacked series with a set per kind; a click on a segment drills.
    auto *series = qobject_cast<QStackedBarSeries *>(
        dashboard.chartView(Gui::DashboardWidget::VolumeChart)->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->count(), 3);
    QSignalSpy drill(&dashboard, &Gui::DashboardWidget::drillDown);
    emit series->clicked(1, series->barSets().at(2)); // November's report
    QCOMPARE(drill.count(), 1);
    const auto filter = drill.first().first().value<Store::CaseFilter>();
    QCOMPARE(filter.kind, QStringLiteral("report"));
    QCOMPARE(m_store.countCases(filter), 1);
}

void TestDashboard::boxesNarrowEveryChart_data()
{
    QTest::addColumn<QString>("box");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVector<double>>("volume"); // Oct, Nov, Dec
    QTest::addColumn<QVector<double>>("onTime");
    QTest::addColumn<QVector<double>>("backlog");
    QTest::addColumn<QVector<double>>("late");
    QTest::addColumn<QVector<double>>("ratings");
    using V = QVector<double>;
    QTest::addRow("agency STP") << "agencyComboBox"
                                << "STP" << V {0, 1, 0} << V {0, 0, 0} << V {0, 0, 0, 0} << V {1}
                                << V {};
    QTest::addRow("questions") << "kindComboBox"
                               << "question" << V {2, 1, 0} << V {100, 0, 0} << V {0, 0, 0, 0}
                               << V {1} << V {1};
    QTest::addRow("petitions") << "kindComboBox"
                               << "petition" << V {0, 1, 0} << V {0, 0, 0} << V {1, 0, 0, 0} << V {}
                               << V {};
    QTest::addRow("area hộ tịch") << "areaComboBox"
                                  << "hotich" << V {0, 1, 0} << V {0, 100, 0} << V {0, 0, 0, 0}
                                  << V {} << V {1};
    QTest::addRow("staff lan") << "staffComboBox"
                               << "lan" << V {0, 1, 0} << V {0, 100, 0} << V {0, 0, 0, 0} << V {}
                               << V {1};
}

void TestDashboard::boxesNarrowEveryChart()
{
    QFETCH(QString, box);
    QFETCH(QString, key);
    QFETCH(QVector<double>, volume);
    QFETCH(QVector<double>, onTime);
    QFETCH(QVector<double>, backlog);
    QFETCH(QVector<double>, late);
    QFETCH(QVector<double>, ratings);
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    dashboard.setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q4"), false));
    QVERIFY(built(dashboard));
    auto *combo = dashboard.findChild<QComboBox *>(box);
    QVERIFY(combo);
    const int index = combo->findData(key);
    QVERIFY2(index > 0, qPrintable(key));
    combo->setCurrentIndex(index);
    QVERIFY(built(dashboard));
    using D = Gui::DashboardWidget;
    QCOMPARE(dashboard.values(D::VolumeChart), volume);
    QCOMPARE(dashboard.values(D::OnTimeChart), onTime);
    QCOMPARE(dashboard.values(D::BacklogChart), backlog);
    QCOMPARE(dashboard.values(D::LateByAgencyChart), late);
    QCOMPARE(dashboard.values(D::RatingsChart), ratings);
    QCOMPARE(dashboard.report()->total.received, qint64(volume.at(0) + volume.at(1)));
    // Every bar drills to exactly the cases it counts, within the box's selection.
    for (const D::Chart chart : {D::VolumeChart, D::BacklogChart, D::LateByAgencyChart}) {
        const QVector<double> numbers = dashboard.values(chart);
        for (int i = 0; i < numbers.size(); ++i) {
            QCOMPARE(double(m_store.countCases(dashboard.drillFilter(chart, i))), numbers.at(i));
        }
    }
    // The box keeps its choice and still offers the others while it narrows.
    QCOMPARE(combo->currentData().toString(), key);
    QVERIFY(combo->count() >= 2);
    combo->setCurrentIndex(0);
    QVERIFY(built(dashboard));
    QCOMPARE(dashboard.report()->total.received, 5);
}

void TestDashboard::renderToPng()
{
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    dashboard.setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q4"), false));
    QVERIFY(built(dashboard));
    dashboard.resize(1200, 720);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    const QString path
        = QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR)).filePath(QStringLiteral("dashboard.png"));
    QVERIFY(dashboard.grab().save(path));
}

void TestDashboard::buildsOffTheGuiThread()
{
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    // A timer on the GUI thread: it can only tick while the report is being built if the
    // build does not block the GUI thread.
    int ticksWhileBuilding = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (dashboard.isBuilding()) {
            ++ticksWhileBuilding;
        }
    });
    ticker.start();
    QSignalSpy ready(&dashboard, &Gui::DashboardWidget::reportReady);
    dashboard.setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q4"), false));
    QVERIFY(dashboard.isBuilding()); // returned at once, the work goes on elsewhere
    QCOMPARE(dashboard.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
        Gui::DashboardWidget::tr("Computing the report..."));
    QCOMPARE(dashboard.cursor().shape(), Qt::BusyCursor);
    QVERIFY(ready.wait(30000));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toBool(), true);
    QVERIFY(!dashboard.isBuilding());
    QVERIFY(ticksWhileBuilding > 0);
    QVERIFY(dashboard.report());
    QCOMPARE(dashboard.report()->total.received, 5);
    QVERIFY(dashboard.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .startsWith(QStringLiteral("2026-Q4")));
    QCOMPARE(dashboard.cursor().shape(), Qt::ArrowCursor);
}

void TestDashboard::staleResultsAreDropped_data()
{
    QTest::addColumn<QString>("firstPeriod");
    QTest::addColumn<QString>("firstStaff"); // '' = all
    QTest::addColumn<QString>("lastPeriod");
    QTest::addColumn<QString>("lastStaff");
    QTest::addColumn<int>("received");
    QTest::addRow("staff lan, then all staff") << "2026-Q4"
                                               << "lan"
                                               << "2026-Q4"
                                               << "" << 5;
    QTest::addRow("all staff, then lan") << "2026-Q4"
                                         << ""
                                         << "2026-Q4"
                                         << "lan" << 1;
    QTest::addRow("Q4, then Q3") << "2026-Q4"
                                 << ""
                                 << "2026-Q3"
                                 << "" << 0;
}

void TestDashboard::staleResultsAreDropped()
{
    QFETCH(QString, firstPeriod);
    QFETCH(QString, firstStaff);
    QFETCH(QString, lastPeriod);
    QFETCH(QString, lastStaff);
    QFETCH(int, received);
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    dashboard.setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q4"), false));
    QVERIFY(built(dashboard)); // the boxes now offer the period's staff
    auto *staff = dashboard.findChild<QComboBox *>(QStringLiteral("staffComboBox"));
    QVERIFY(staff->findData(QStringLiteral("lan")) > 0);

    QSignalSpy ready(&dashboard, &Gui::DashboardWidget::reportReady);
    // Two requests back to back: the first is still being built when the second comes.
    dashboard.setPeriod(*Core::ReportPeriod::parse(firstPeriod, false));
    staff->setCurrentIndex(std::max(0, staff->findData(firstStaff)));
    QVERIFY(dashboard.isBuilding());
    if (lastPeriod != firstPeriod) {
        dashboard.setPeriod(*Core::ReportPeriod::parse(lastPeriod, false));
    }
    staff->setCurrentIndex(std::max(0, staff->findData(lastStaff)));
    QVERIFY(ready.wait(30000));
    QVERIFY(built(dashboard));
    QCOMPARE(ready.count(), 1); // only the newest request's report was drawn
    QVERIFY(dashboard.report());
    QCOMPARE(dashboard.report()->options.period.key(), lastPeriod);
    QCOMPARE(dashboard.report()->options.filter.staff, lastStaff);
    QCOMPARE(dashboard.report()->total.received, received);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
