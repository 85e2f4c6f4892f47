// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor dashboard over a real SQLite store: figures per chart from the metrics API,
// drill-down filters that find exactly the cases behind a bar or a slice, group boxes, and a
// picture of the dashboard for a human to look at.
#include "app/translations.h"
#include "gui/dashboardwidget.h"
#include "gui/filterchip.h"
#include "store/database.h"
#include "store/store.h"
#include "support/testmain.h"

#include <QAbstractButton>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPieSeries>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QTimer>
#include <QValueAxis>
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
    void wholeNumberTicks_data();
    void wholeNumberTicks();
    void vietnameseFormats();
    void emptyChartsSayWhy_data();
    void emptyChartsSayWhy();
    void drillChipAndEscape();
    void periodInWords_data();
    void periodInWords();
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
    // A long agency name, as the directory has them: the chart shows it whole.
    sql(QStringLiteral("INSERT INTO agencies (code, name) VALUES (?, ?)"),
        {QStringLiteral("STP"), QStringLiteral("Sở Tài nguyên và Môi trường tỉnh Cà Mau")});
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
    // For a human to look at: Vietnamese at 1366x768, a quarter with data and an empty one,
    // with a drill-down chip shown.
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    const auto english = qScopeGuard([] { Desk::installTranslations(QStringLiteral("en")); });
    for (const QString &period : {QStringLiteral("2026-Q4"), QStringLiteral("2026-Q1")}) {
        Gui::DashboardWidget dashboard(&m_store);
        dashboard.setNow([this] { return m_now; });
        dashboard.setPeriod(*Core::ReportPeriod::parse(period, false));
        QVERIFY(built(dashboard));
        dashboard.resize(1366, 768);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        if (auto *pie
            = qobject_cast<QPieSeries *>(dashboard.chartView(Gui::DashboardWidget::RatingsChart)
                                             ->chart()
                                             ->series()
                                             .value(0));
            pie && !pie->slices().isEmpty()) {
            emit pie->clicked(pie->slices().value(0));
        }
        // Nothing cut off at 1366 px: no axis label elided, every chart its minimum size.
        QCoreApplication::processEvents();
        for (int chart = 0; chart < Gui::DashboardWidget::kChartCount; ++chart) {
            const QChartView *view = dashboard.chartView(Gui::DashboardWidget::Chart(chart));
            QVERIFY(view->width() >= view->minimumWidth());
            for (const QAbstractAxis *axis : view->chart()->axes()) {
                QVERIFY2(!axis->labelsTruncated(), qPrintable(view->chart()->title()));
            }
        }
        const QString path = QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR))
                                 .filePath(QStringLiteral("dashboard-%1.png").arg(period));
        QVERIFY(dashboard.grab().save(path));
    }
}

/** The value axis of @p chart: ticks from 0 at a whole step, labels without decimals. */
static QValueAxis *valueAxis(
    const Gui::DashboardWidget &dashboard, Gui::DashboardWidget::Chart chart)
{
    const QList<QAbstractAxis *> axes = dashboard.chartView(chart)->chart()->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

void TestDashboard::wholeNumberTicks_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("chart");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("top");
    QTest::addRow("volume, Q4: 3 cases at most")
        << "2026-Q4" << int(Gui::DashboardWidget::VolumeChart) << 1 << 3;
    QTest::addRow("on time, Q4: 0-100 percent")
        << "2026-Q4" << int(Gui::DashboardWidget::OnTimeChart) << 20 << 100;
    QTest::addRow("backlog, Q4") << "2026-Q4" << int(Gui::DashboardWidget::BacklogChart) << 1 << 1;
    QTest::addRow("volume, empty Q1")
        << "2026-Q1" << int(Gui::DashboardWidget::VolumeChart) << 1 << 1;
}

void TestDashboard::wholeNumberTicks()
{
    QFETCH(QString, period);
    QFETCH(int, chart);
    QFETCH(int, step);
    QFETCH(int, top);
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    dashboard.setPeriod(*Core::ReportPeriod::parse(period, false));
    QVERIFY(built(dashboard));
    QValueAxis *axis = valueAxis(dashboard, Gui::DashboardWidget::Chart(chart));
    QVERIFY(axis);
    QCOMPARE(axis->tickType(), QValueAxis::TicksFixed);
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), double(top));
    QCOMPARE(axis->labelFormat(), QStringLiteral("%.0f")); // no decimals (and "%d" draws nothing
                                                           // with localised numbers in Qt 6.4)
    QCOMPARE(axis->tickCount(), top / step + 1);
    // Every tick is a whole number: 0, step, 2 step, ... up to the top.
    for (int i = 0; i < axis->tickCount(); ++i) {
        const double tick = axis->min() + i * (axis->max() - axis->min()) / (axis->tickCount() - 1);
        QCOMPARE(tick, double(i * step));
    }
}

/** Shares and dates the Vietnamese way under the vi locale: "93,9", one decimal, 01/10/2026. */
void TestDashboard::vietnameseFormats()
{
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    const auto english = qScopeGuard([] { Desk::installTranslations(QStringLiteral("en")); });
    // March 2027 (after every other test's period and "now"): one of three decided cases
    // answered on time, 33.333... % -> one decimal.
    const auto march = [](int day) {
        return QDateTime(QDate(2027, 3, day), QTime(10, 0), QTimeZone(7 * 3600))
            .toMSecsSinceEpoch();
    };
    addCase(QStringLiteral("m1"), march(1), march(2));
    const qint64 g = addCase(QStringLiteral("m2"), march(1), 0);
    const qint64 h = addCase(QStringLiteral("m3"), march(2), 0);
    sql(QStringLiteral("UPDATE cases SET due_at_ms = ? WHERE id IN (?, ?)"), {march(5), g, h});
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([march] { return march(20); });
    dashboard.setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2027-03"), false));
    QVERIFY(built(dashboard));
    QCOMPARE(dashboard.values(Gui::DashboardWidget::OnTimeChart), QVector<double> {33.3});
    QChart *chart = dashboard.chartView(Gui::DashboardWidget::OnTimeChart)->chart();
    QVERIFY(chart->localizeNumbers());
    QCOMPARE(chart->locale().language(), QLocale::Vietnamese);
    auto *bars = qobject_cast<QBarSeries *>(chart->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->labelsFormat(), QStringLiteral("@value %"));
    // What the chart writes for @value (ChartPresenter::numberToString, 'g').
    QCOMPARE(chart->locale().toString(33.3, 'g', bars->labelsPrecision()), QStringLiteral("33,3"));
    const QString summary = dashboard.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Tháng 3/2027 (01/03/2027 - 31/03/2027)")),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("33 %")), qPrintable(summary));
}

void TestDashboard::emptyChartsSayWhy_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("chart");
    QTest::addColumn<QString>("why"); // "" = the chart has something to show
    using D = Gui::DashboardWidget;
    QTest::addRow("volume, empty Q1")
        << "2026-Q1" << int(D::VolumeChart) << "Không có hồ sơ trong kỳ này";
    QTest::addRow("on time, empty Q1") << "2026-Q1" << int(D::OnTimeChart)
                                       << "Trong kỳ này chưa có hồ sơ nào đã trả lời hoặc quá hạn";
    QTest::addRow("prolonged, empty Q1")
        << "2026-Q1" << int(D::LateByAgencyChart) << "Không có hồ sơ kéo dài trong kỳ này";
    QTest::addRow("ratings, empty Q1")
        << "2026-Q1" << int(D::RatingsChart) << "Không có đánh giá trong kỳ này";
    QTest::addRow("volume, Q4") << "2026-Q4" << int(D::VolumeChart) << "";
    QTest::addRow("on time, Q4") << "2026-Q4" << int(D::OnTimeChart) << "";
    QTest::addRow("ratings, Q4") << "2026-Q4" << int(D::RatingsChart) << "";
}

void TestDashboard::emptyChartsSayWhy()
{
    QFETCH(QString, period);
    QFETCH(int, chart);
    QFETCH(QString, why);
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    const auto english = qScopeGuard([] { Desk::installTranslations(QStringLiteral("en")); });
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    dashboard.setPeriod(*Core::ReportPeriod::parse(period, false));
    QVERIFY(built(dashboard));
    QCOMPARE(dashboard.emptyText(Gui::DashboardWidget::Chart(chart)), why);
    auto *label = dashboard.findChild<QLabel *>(QStringLiteral("emptyLabel%1").arg(chart));
    QVERIFY(label);
    QCOMPARE(label->isHidden(), why.isEmpty());
}

/** A drill-down sent to the inbox shows as a chip; its ✕ or Esc removes it (drillCleared). */
void TestDashboard::drillChipAndEscape()
{
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    dashboard.setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q4"), false));
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QVERIFY(built(dashboard));
    Gui::FilterChip *chip = dashboard.drillChip();
    QVERIFY(chip->isHidden());
    QSignalSpy cleared(&dashboard, &Gui::DashboardWidget::drillCleared);
    for (const bool byKey : {true, false}) {
        auto *pie = qobject_cast<QPieSeries *>(
            dashboard.chartView(Gui::DashboardWidget::RatingsChart)->chart()->series().value(0));
        QVERIFY(pie);
        emit pie->clicked(pie->slices().value(0));
        QVERIFY(chip->isVisible());
        QVERIFY2(
            chip->filterText().contains(QStringLiteral("Ratings")), qPrintable(chip->filterText()));
        if (byKey) {
            dashboard.activateWindow();
            QTest::keyClick(
                dashboard.findChild<QComboBox *>(QStringLiteral("staffComboBox")), Qt::Key_Escape);
        } else {
            QTest::mouseClick(
                chip->findChild<QAbstractButton *>(QStringLiteral("filterChipRemoveButton")),
                Qt::LeftButton);
        }
        QVERIFY(chip->isHidden());
        QCOMPARE(cleared.count(), byKey ? 1 : 2);
    }
    QTest::keyClick(&dashboard, Qt::Key_Escape); // nothing to clear: no signal
    QCOMPARE(cleared.count(), 2);
}

void TestDashboard::periodInWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");
    QTest::addRow("vi quarter") << "vi"
                                << "2026-Q4"
                                << "Quý IV/2026";
    QTest::addRow("vi month") << "vi"
                              << "2026-12"
                              << "Tháng 12/2026";
    QTest::addRow("vi first half") << "vi"
                                   << "2026-H1"
                                   << "6 tháng đầu năm 2026";
    QTest::addRow("vi year") << "vi"
                             << "2025"
                             << "Năm 2025";
    QTest::addRow("en quarter") << "en"
                                << "2026-Q3"
                                << "Quarter III/2026";
}

void TestDashboard::periodInWords()
{
    QFETCH(QString, language);
    QFETCH(QString, key);
    QFETCH(QString, title);
    QVERIFY(Desk::installTranslations(language));
    const auto english = qScopeGuard([] { Desk::installTranslations(QStringLiteral("en")); });
    Gui::DashboardWidget dashboard(&m_store);
    dashboard.setNow([this] { return m_now; });
    dashboard.setPeriod(*Core::ReportPeriod::parse(key, false));
    QVERIFY(built(dashboard));
    auto *box = dashboard.findChild<QComboBox *>(QStringLiteral("periodComboBox"));
    QCOMPARE(box->currentText(), title);
    QCOMPARE(box->currentData().toString(), key);
    // Picking a listed period by its name (the box's own items).
    const int other = box->findData(QStringLiteral("2026-11"));
    QVERIFY(other >= 0);
    box->setCurrentIndex(other);
    emit box->activated(other);
    QVERIFY(built(dashboard));
    QCOMPARE(dashboard.report()->options.period.key(), QStringLiteral("2026-11"));
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
                .startsWith(QStringLiteral("Quarter IV/2026 (01/10/2026 - 31/12/2026)")));
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

DESK_TEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
