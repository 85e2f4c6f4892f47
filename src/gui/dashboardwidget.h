// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reportperiod.h"
#include "reports/metrics.h"
#include "store/store.h"

#include <QSet>
#include <QWidget>
#include <array>
#include <functional>
#include <optional>

class QChart;
class QChartView;
class QShortcut;
class QComboBox;
class QLabel;
class QPushButton;
class QThread;

namespace Desk::Gui {

class FilterChip;

/**
 * The supervisor dashboard over one report period (reports/metrics.h): cases received per
 * bucket, stacked by kind, the on-time share per bucket, the open backlog by age, late
 * (kéo dài) cases by agency, and the ratings. Every bar, segment and slice drills down:
 * drillDown() carries the inbox filter of the cases behind it (received in that bucket, of
 * that kind, that agency's prolonged cases, that rating, ...).
 *
 * The agency, staff, kind and area boxes narrow EVERY chart: the report is rebuilt with
 * Reports::ReportFilter, the backlog counts and every drill-down carry the same conditions.
 * The Export button opens the report export for the period and boxes shown.
 *
 * The report (3 s for a quarter at a million cases) is built off the GUI thread, on a worker
 * thread with its own Store connection (SQLite connections belong to one thread), like
 * Reports::ExportJob. Meanwhile the dashboard says it is computing; a result whose period or
 * boxes changed in the meantime is dropped and the newest request is built instead. One
 * build at a time; reportReady() follows each applied result.
 *
 * Reading at a glance: the period is named in words ("Quý IV/2026"), value axes step by whole
 * numbers, shares and dates are written the locale's way ("93,9 %", 06/12/2026), a chart with
 * nothing to draw says why, and the drill-down last sent to the inbox stays shown as a chip
 * that its ✕ or Esc removes (drillCleared()).
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
    /** Builds the report again in the background and redraws when it arrives (a build
     *  already running is superseded: its result will be dropped). */
    void reload();
    /** True from reload() until the newest request's report is drawn. */
    bool isBuilding() const { return m_worker != nullptr; }

    const std::optional<Reports::Report> &report() const { return m_report; }
    QChartView *chartView(Chart chart) const { return m_views[chart]; }
    /** The number behind each bar / slice of a chart, in drawing order. */
    QVector<double> values(Chart chart) const;
    /** The inbox filter of the cases behind element `index` of `chart`. */
    Store::CaseFilter drillFilter(Chart chart, int index) const;
    /** The kinds stacked in the volume chart (its series, bottom up). */
    QStringList volumeKinds() const;
    /** Cases of `kind` per bucket, in the volume chart's order. */
    QVector<double> volumeOf(const QString &kind) const;
    /** The cases behind one segment of the volume chart: that bucket and that kind. */
    Store::CaseFilter volumeDrillFilter(int bucket, const QString &kind) const;
    /** The boxes as a report filter ("" = all). */
    Reports::ReportFilter reportFilter() const;
    /** The chip naming the drill-down applied to the inbox (hidden when none). */
    FilterChip *drillChip() const { return m_drillChip; }
    /** Removes the drill-down chip (as its ✕ and Esc do); drillCleared() if one was shown. */
    void clearDrill();
    /** Why @p chart is empty ("No cases in this period"), or "" when it has something. */
    QString emptyText(Chart chart) const;

signals:
    /** A bar or slice was clicked: show these cases (MainWindow opens the inbox on them). */
    void drillDown(const Store::CaseFilter &filter, const QString &title);
    /** The drill-down chip was removed: the inbox should show its own filter again. */
    void drillCleared();
    /** The newest requested report was drawn; `ok` false when it could not be read (the
     *  reason is shown in the summary line). */
    void reportReady(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    /** What the worker computes, handed back to the GUI thread. */
    struct Built
    {
        std::optional<Reports::Report> report;
        QVector<double> backlog; // open cases per kBacklogBands band
        QString error;
    };
    void startBuild();
    void applyBuilt(quint64 generation, const Built &built);
    Store::CaseFilter backlogFilter(int band) const;
    void retranslate();
    void fillGroupBoxes();
    Store::CaseFilter baseFilter() const;
    void draw();
    void drawVolume();
    void emitDrill(Chart chart, int index, const QString &label);
    void showDrill(const Store::CaseFilter &filter, const QString &title);
    void setChart(Chart which, QChart *chart, const QString &emptyText);
    void fillPeriodBox();
    /** The bucket's name on a category axis: "07/2026", or "07" when there are many. */
    QString bucketLabel(const QString &key) const;
    void openExport();

    Store::Store *m_store;
    std::function<qint64()> m_now;
    Core::ReportPeriod m_period;
    std::optional<Reports::Report> m_report;
    QVector<double> m_backlog;
    QThread *m_worker = nullptr;
    quint64 m_generation = 0; // of the newest request; older results are stale
    bool m_rebuild = false; // a request came while the worker was busy
    QComboBox *m_periodBox;
    QComboBox *m_agencyBox;
    QComboBox *m_staffBox;
    QComboBox *m_kindBox;
    QComboBox *m_areaBox;
    QPushButton *m_exportButton;
    QLabel *m_summaryLabel;
    FilterChip *m_drillChip;
    QShortcut *m_escape;
    // Keys seen in this period's reports: the boxes keep offering them while one narrows.
    QSet<QString> m_knownAgencies;
    QSet<QString> m_knownStaff;
    QSet<QString> m_knownAreas;
    QHash<QString, QString> m_agencyNames; // code -> directory name, read with the boxes
    std::array<QChartView *, kChartCount> m_views {};
    std::array<QLabel *, kChartCount> m_emptyLabels {}; // over each chart: why it is empty
    std::array<QVector<double>, kChartCount> m_values;
    std::array<QStringList, kChartCount> m_keys; // bucket / agency / rating key per element
};

} // namespace Desk::Gui
