// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reportperiod.h"
#include "reports/metrics.h"
#include "store/store.h"

#include <QWidget>
#include <array>
#include <functional>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;

namespace Desk::Gui {

/**
 * The supervisor dashboard over one report period (reports/metrics.h): cases received per
 * bucket, the on-time share per bucket, the open backlog by age, late cases by agency, and
 * the ratings. Every bar and slice drills down: drillDown() carries the inbox filter of the
 * cases behind it (received in that bucket, that agency's prolonged cases, that rating, ...).
 *
 * The agency, staff and kind boxes narrow the group charts (late cases, on-time share,
 * ratings) to that group and every drill-down to those cases; the metrics API reports groups
 * one dimension at a time, so the volume-per-bucket chart stays the period's total.
 */
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    enum Chart { VolumeChart, OnTimeChart, BacklogChart, LateByAgencyChart, RatingsChart };
    static constexpr int kChartCount = 5;
    /** Backlog age bands in calendar days: [0,7], [8,14], [15,30], over 30. */
    static constexpr std::array<int, 4> kBacklogBands {0, 8, 15, 31};

    explicit DashboardWidget(Store::Store *store, QWidget *parent = nullptr);
    ~DashboardWidget() override;

    void setPeriod(const Core::ReportPeriod &period);
    /** For tests: a fixed "now" (open vs overdue, backlog ages). */
    void setNow(std::function<qint64()> now);
    /** Re-reads the report and redraws; false (with the reason shown) on a database error. */
    bool reload();

    const std::optional<Reports::Report> &report() const { return m_report; }
    QChartView *chartView(Chart chart) const { return m_views[chart]; }
    /** The number behind each bar / slice of a chart, in drawing order. */
    QVector<double> values(Chart chart) const;
    /** The inbox filter of the cases behind element `index` of `chart`. */
    Store::CaseFilter drillFilter(Chart chart, int index) const;

signals:
    /** A bar or slice was clicked: show these cases (MainWindow opens the inbox on them). */
    void drillDown(const Store::CaseFilter &filter, const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillGroupBoxes();
    Store::CaseFilter baseFilter() const;
    const Reports::GroupMetrics &selectedGroup() const;
    void draw();
    void emitDrill(Chart chart, int index, const QString &label);

    Store::Store *m_store;
    std::function<qint64()> m_now;
    Core::ReportPeriod m_period;
    std::optional<Reports::Report> m_report;
    QComboBox *m_periodBox;
    QComboBox *m_agencyBox;
    QComboBox *m_staffBox;
    QComboBox *m_kindBox;
    QLabel *m_summaryLabel;
    std::array<QChartView *, kChartCount> m_views {};
    std::array<QVector<double>, kChartCount> m_values;
    std::array<QStringList, kChartCount> m_keys; // bucket / agency / rating key per element
};

} // namespace Desk::Gui
