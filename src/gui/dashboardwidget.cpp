// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dashboardwidget.h"

#include "core/businesshours.h"
#include "core/domain.h"
#include "core/ratingscale.h"
#include "core/vietnamtime.h"
#include "gui/calendardialog.h"
#include "gui/exportdialog.h"
#include "reports/exporthooks.h"
#include "reports/labels.h"
#include "store/clocks.h"
#include "store/directory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QThread>
#include <QValueAxis>
#include <cmath>

namespace Desk::Gui {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QStringList recentPeriods(qint64 nowMs)
{
    using L = Core::ReportPeriod::Length;
    const QDate today = Core::vietnamDate(nowMs);
    QStringList keys;
    for (int back = 0; back < 3; ++back) {
        keys << today.addMonths(-back).toString(QStringLiteral("yyyy-MM"));
    }
    keys << Core::ReportPeriod::containing(L::Quarter, nowMs, false).key()
         << Core::ReportPeriod::containing(L::HalfYear, nowMs, false).key()
         << QString::number(today.year()) << QString::number(today.year() - 1);
    return keys;
}

void setComboKeys(QComboBox *box, const QString &allText, const QStringList &keys,
    const std::function<QString(const QString &)> &label)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allText, QString());
    for (const QString &key : keys) {
        box->addItem(label(key), key);
    }
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

/** A bar chart of @p series over @p labels, whole numbers on the axis up to at least
 *  @p top (counts are integers, shares run 0-100). */
QChart *barChartOf(QAbstractBarSeries *series, const QString &title, const QStringList &labels,
    double top, bool legend)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    chart->legend()->setVisible(legend);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    auto *axisY = new QValueAxis;
    const int whole = std::max(1, int(std::ceil(top)));
    axisY->setRange(0, whole);
    axisY->setTickCount(std::min(whole, 5) + 1);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    return chart;
}

/** One colour per kind in the stacked volume chart, in kind-key order. */
QColor kindColor(int index)
{
    static const QColor colors[]
        = {QColor(0x1f, 0x5f, 0xa8), QColor(0x2e, 0x8b, 0x57), QColor(0xb2, 0x6a, 0x00),
            QColor(0x6a, 0x3d, 0x9a), QColor(0x00, 0x83, 0x8f), QColor(0xc6, 0x28, 0x28),
            QColor(0x7f, 0x7f, 0x00), QColor(0x8c, 0x56, 0x4b), QColor(0x80, 0x80, 0x80)};
    return colors[index % int(std::size(colors))];
}

} // namespace

DashboardWidget::DashboardWidget(Store::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_now(&Core::nowMs)
    , m_period(
          Core::ReportPeriod::containing(Core::ReportPeriod::Length::Quarter, Core::nowMs(), false))
    , m_periodBox(new QComboBox(this))
    , m_agencyBox(new QComboBox(this))
    , m_staffBox(new QComboBox(this))
    , m_kindBox(new QComboBox(this))
    , m_areaBox(new QComboBox(this))
    , m_exportButton(new QPushButton(this))
    , m_summaryLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardWidget"));
    m_periodBox->setObjectName(QStringLiteral("periodComboBox"));
    m_agencyBox->setObjectName(QStringLiteral("agencyComboBox"));
    m_staffBox->setObjectName(QStringLiteral("staffComboBox"));
    m_kindBox->setObjectName(QStringLiteral("kindComboBox"));
    m_areaBox->setObjectName(QStringLiteral("areaComboBox"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_periodBox->setEditable(true); // any period key: 2026-07, 2026-Q3, 2026-H1, 2026
    m_periodBox->addItems(recentPeriods(Core::nowMs()));
    m_periodBox->setCurrentText(m_period.key());

    auto *filters = new QHBoxLayout;
    for (QComboBox *box : {m_periodBox, m_agencyBox, m_staffBox, m_kindBox, m_areaBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(box);
    }
    filters->addStretch(1);
    filters->addWidget(m_exportButton);
    auto *grid = new QGridLayout;
    for (int chart = 0; chart < kChartCount; ++chart) {
        m_views[chart] = new QChartView(this);
        m_views[chart]->setObjectName(QStringLiteral("chartView%1").arg(chart));
        m_views[chart]->setRenderHint(QPainter::Antialiasing);
        m_views[chart]->setMinimumSize(320, 220);
        grid->addWidget(m_views[chart], chart / 3, chart % 3);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(grid, 1);

    connect(m_periodBox, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (const auto period = Core::ReportPeriod::parse(text.trimmed(), false)) {
            setPeriod(*period);
        }
    });
    // Every box narrows every chart: the report is computed again for those cases.
    for (QComboBox *box : {m_agencyBox, m_staffBox, m_kindBox, m_areaBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardWidget::reload);
    }
    connect(m_exportButton, &QPushButton::clicked, this, &DashboardWidget::openExport);
    retranslate();
}

DashboardWidget::~DashboardWidget()
{
    // The worker holds its own connection and a queued call back to this widget: let it end
    // (its result is dropped with the widget).
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void DashboardWidget::setPeriod(const Core::ReportPeriod &period)
{
    m_period = period;
    m_knownAgencies.clear();
    m_knownStaff.clear();
    m_knownAreas.clear();
    const QSignalBlocker blocker(m_periodBox);
    m_periodBox->setCurrentText(period.key());
    reload();
}

void DashboardWidget::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
}

void DashboardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DashboardWidget::retranslate()
{
    m_periodBox->setToolTip(tr("Report period: a month (2026-07), quarter (2026-Q3), half year "
                               "(2026-H1) or year (2026), by the day cases were received"));
    m_exportButton->setText(tr("Export to Excel..."));
    m_exportButton->setToolTip(
        tr("The periodic report of this period and these cases as an Excel workbook"));
    fillGroupBoxes();
    draw();
}

void DashboardWidget::reload()
{
    ++m_generation;
    m_summaryLabel->setText(tr("Computing the report..."));
    setCursor(Qt::BusyCursor);
    if (m_worker) {
        m_rebuild = true; // started when the running build ends; its result is stale
        return;
    }
    startBuild();
}

void DashboardWidget::startBuild()
{
    m_rebuild = false;
    const quint64 generation = m_generation;
    const qint64 now = m_now();
    const QString path = m_store->path();
    Reports::ReportOptions options;
    options.period = m_period;
    options.nowMs = now;
    options.bucketLength = Core::ReportPeriod::Length::Month;
    options.filter = reportFilter();
    QVector<Store::CaseFilter> bands;
    for (int band = 0; band < int(kBacklogBands.size()); ++band) {
        bands << backlogFilter(band);
    }
    m_worker = QThread::create([this, generation, now, path, options, bands] {
        Built built;
        Store::Store store;
        if (!store.open(path, &built.error)) {
            built.error = built.error.isEmpty() ? store.lastError() : built.error;
        } else {
            Store::Clocks clocks(store);
            clocks.sweepProlonged(now); // open cases that passed their due since the last write
            const Core::WorkingCalendar calendar = clocks.calendar();
            const Core::BusinessHours hours = clocks.businessHours();
            Reports::ReportBuilder builder(store.database(), calendar, hours); // holds references
            built.report = builder.build(options, &built.error);
            for (const Store::CaseFilter &filter : bands) {
                built.backlog << double(store.countCases(filter));
            }
        }
        QMetaObject::invokeMethod(
            this, [this, generation, built] { applyBuilt(generation, built); },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void DashboardWidget::applyBuilt(quint64 generation, const Built &built)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (generation != m_generation || m_rebuild) {
        startBuild(); // the period or a box changed meanwhile: this result is stale
        return;
    }
    unsetCursor();
    m_report = built.report;
    m_backlog = built.backlog;
    fillGroupBoxes();
    draw();
    if (!m_report) {
        m_summaryLabel->setText(tr("The report could not be read: %1").arg(built.error));
    }
    emit reportReady(m_report.has_value());
}

void DashboardWidget::fillGroupBoxes()
{
    const Reports::ReportFilter selected = reportFilter();
    const auto remember = [](QSet<QString> &known, const QVector<Reports::GroupMetrics> &groups,
                              const QString &current) {
        for (const Reports::GroupMetrics &group : groups) {
            if (!group.key.isEmpty()) {
                known.insert(group.key);
            }
        }
        if (!current.isEmpty()) {
            known.insert(current); // what is chosen stays choosable, cases or not
        }
        QStringList keys(known.cbegin(), known.cend());
        keys.sort();
        return keys;
    };
    const QVector<Reports::GroupMetrics> none;
    const QStringList agencies
        = remember(m_knownAgencies, m_report ? m_report->byAgency : none, selected.agency);
    const QStringList staff
        = remember(m_knownStaff, m_report ? m_report->byStaff : none, selected.staff);
    const QStringList areas
        = remember(m_knownAreas, m_report ? m_report->byArea : none, selected.area);
    QStringList kinds;
    for (const Core::CaseKind kind : Core::allCaseKinds()) {
        kinds << Core::caseKindKey(kind);
    }
    // Names from the directory where it has them; the code otherwise.
    const QHash<QString, QString> agencyNames = Reports::agencyNames(m_store->database());
    QHash<QString, QString> areaNames;
    for (const Core::Area &area : Store::Directory(*m_store).areas()) {
        areaNames.insert(area.code, area.name);
    }
    const auto named = [](const QHash<QString, QString> &names) {
        return [&names](const QString &key) { return names.value(key, key); };
    };
    setComboKeys(m_agencyBox, tr("All agencies"), agencies, named(agencyNames));
    setComboKeys(m_staffBox, tr("All staff"), staff, [](const QString &key) { return key; });
    setComboKeys(m_kindBox, tr("All kinds"), kinds, &clockKindText);
    setComboKeys(m_areaBox, tr("All areas"), areas, named(areaNames));
}

Reports::ReportFilter DashboardWidget::reportFilter() const
{
    Reports::ReportFilter filter;
    filter.agency = m_agencyBox->currentData().toString();
    filter.staff = m_staffBox->currentData().toString();
    filter.kind = m_kindBox->currentData().toString();
    filter.area = m_areaBox->currentData().toString();
    return filter;
}

Store::CaseFilter DashboardWidget::baseFilter() const
{
    const Reports::ReportFilter report = reportFilter();
    Store::CaseFilter filter;
    filter.agencyCode = report.agency;
    filter.assignee = report.staff;
    filter.kind = report.kind;
    filter.areaCode = report.area;
    filter.openedFromMs = m_period.startMs();
    filter.openedToMs = m_period.endMs();
    return filter;
}

QVector<double> DashboardWidget::values(Chart chart) const
{
    return m_values[chart];
}

Store::CaseFilter DashboardWidget::drillFilter(Chart chart, int index) const
{
    Store::CaseFilter filter = baseFilter();
    const QStringList &keys = m_keys[chart];
    if (index < 0 || index >= keys.size()) {
        return filter;
    }
    switch (chart) {
    case VolumeChart:
    case OnTimeChart:
        for (const Core::ReportPeriod &bucket :
            m_period.buckets(Core::ReportPeriod::Length::Month)) {
            if (bucket.key() == keys.at(index)) {
                filter.openedFromMs = bucket.startMs();
                filter.openedToMs = bucket.endMs();
            }
        }
        break;
    case BacklogChart:
        return backlogFilter(index);
    case LateByAgencyChart:
        filter.agencyCode = keys.at(index);
        filter.prolongedOnly = true;
        break;
    case RatingsChart:
        filter.rating = keys.at(index);
        break;
    }
    return filter;
}

Store::CaseFilter DashboardWidget::backlogFilter(int band) const
{
    Store::CaseFilter filter = baseFilter();
    const qint64 now = m_now();
    filter.openOnly = true;
    filter.openedFromMs
        = band + 1 < int(kBacklogBands.size()) ? now - qint64(kBacklogBands[band + 1]) * kDayMs : 0;
    filter.openedToMs = now - qint64(kBacklogBands[band]) * kDayMs + 1;
    return filter;
}

QStringList DashboardWidget::volumeKinds() const
{
    return m_report ? m_report->bucketKinds() : QStringList();
}

QVector<double> DashboardWidget::volumeOf(const QString &kind) const
{
    QVector<double> numbers;
    for (int bucket = 0; m_report && bucket < m_report->byBucket.size(); ++bucket) {
        numbers << double(m_report->bucketVolume(bucket, kind));
    }
    return numbers;
}

Store::CaseFilter DashboardWidget::volumeDrillFilter(int bucket, const QString &kind) const
{
    Store::CaseFilter filter = drillFilter(VolumeChart, bucket);
    if (!kind.isEmpty()) {
        filter.kind = kind;
    }
    return filter;
}

void DashboardWidget::emitDrill(Chart chart, int index, const QString &label)
{
    emit drillDown(drillFilter(chart, index), label);
}

void DashboardWidget::openExport()
{
    ExportDialog dialog(m_store, this);
    dialog.setPeriod(m_period);
    dialog.setFilter(reportFilter());
    dialog.exec();
}

void DashboardWidget::drawVolume()
{
    // Volume over time by kind: one stacked segment per kind, each drilling to its cases.
    QStringList buckets;
    QVector<double> received;
    double top = 0;
    for (int i = 0; m_report && i < m_report->byBucket.size(); ++i) {
        buckets << m_report->byBucket.at(i).key;
        received << double(m_report->byBucket.at(i).received);
        top = std::max(top, received.constLast());
    }
    m_keys[VolumeChart] = buckets;
    m_values[VolumeChart] = received;
    auto *series = new QStackedBarSeries;
    const QStringList kinds = volumeKinds();
    for (int k = 0; k < kinds.size(); ++k) {
        auto *set = new QBarSet(Reports::kindLabel(kinds.at(k)));
        set->setColor(kindColor(k));
        set->setProperty("kind", kinds.at(k));
        for (const double number : volumeOf(kinds.at(k))) {
            set->append(number);
        }
        series->append(set);
    }
    connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *set) {
        const QString kind = set->property("kind").toString();
        emit drillDown(volumeDrillFilter(index, kind),
            QStringLiteral("%1 · %2").arg(m_keys[VolumeChart].value(index), set->label()));
    });
    QChart *chart = barChartOf(series, tr("Cases received by kind"), buckets, top, true);
    QChart *old = m_views[VolumeChart]->chart();
    m_views[VolumeChart]->setChart(chart);
    delete old;
}

void DashboardWidget::draw()
{
    const auto barChart = [this](Chart which, const QString &title, const QStringList &labels,
                              const QVector<double> &numbers, const QColor &color, double max) {
        m_values[which] = numbers;
        auto *set = new QBarSet(title);
        set->setColor(color);
        double top = max;
        for (const double number : numbers) {
            set->append(number);
            top = std::max(top, number);
        }
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        connect(series, &QBarSeries::clicked, this, [this, which, labels](int index, QBarSet *) {
            emitDrill(which, index, labels.value(index));
        });
        QChart *chart = barChartOf(series, title, labels, top, false);
        QChart *old = m_views[which]->chart();
        m_views[which]->setChart(chart);
        delete old;
    };

    drawVolume();
    QStringList buckets;
    QVector<double> onTime;
    if (m_report) {
        for (const Reports::GroupMetrics &bucket : m_report->byBucket) {
            buckets << bucket.key;
            // No bar for a month where nothing was decided (the summary line says "—").
            onTime << 100.0 * bucket.onTimeShare().value_or(0.0);
        }
    }
    m_keys[OnTimeChart] = buckets;
    barChart(
        OnTimeChart, tr("Answered on time (%)"), buckets, onTime, QColor(0x1b, 0x7f, 0x3b), 100);

    // The backlog is counted from the case rows now, whatever the period: open work ages.
    QStringList bandLabels {tr("0-7 days"), tr("8-14 days"), tr("15-30 days"), tr("over 30 days")};
    QVector<double> backlog;
    m_keys[BacklogChart] = bandLabels;
    for (int band = 0; band < int(kBacklogBands.size()); ++band) {
        m_keys[BacklogChart][band] = QString::number(band);
        backlog << m_backlog.value(band); // counted by the worker with the report
    }
    barChart(
        BacklogChart, tr("Open cases by age"), bandLabels, backlog, QColor(0xb2, 0x6a, 0x00), 0);

    QStringList agencies;
    QVector<double> late;
    if (m_report) {
        // The report is already narrowed by the boxes (an agency box leaves that agency).
        for (const Reports::GroupMetrics &group : m_report->byAgency) {
            if (group.prolonged > 0) {
                agencies << group.key;
                late << double(group.prolonged);
            }
        }
    }
    QStringList agencyLabels = agencies;
    for (QString &label : agencyLabels) {
        if (label.isEmpty()) {
            label = tr("the desk");
        }
    }
    m_keys[LateByAgencyChart] = agencies;
    barChart(LateByAgencyChart, tr("Prolonged cases by agency"), agencyLabels, late,
        QColor(0xc6, 0x28, 0x28), 0);

    // Ratings: a pie of the levels of the cases the boxes select.
    static const Reports::GroupMetrics empty;
    const Reports::GroupMetrics &group = m_report ? m_report->total : empty;
    const Core::RatingScale scale = Core::RatingScale::threeLevel();
    auto *pie = new QPieSeries;
    m_keys[RatingsChart].clear();
    m_values[RatingsChart].clear();
    for (auto it = group.ratings.cbegin(); it != group.ratings.cend(); ++it) {
        const auto level = scale.level(it.key());
        QPieSlice *slice = pie->append(
            QStringLiteral("%1: %2").arg(level ? level->label : it.key()).arg(it.value()),
            double(it.value()));
        slice->setLabelVisible(true);
        m_keys[RatingsChart] << it.key();
        m_values[RatingsChart] << double(it.value());
    }
    connect(pie, &QPieSeries::clicked, this, [this, pie](QPieSlice *slice) {
        emitDrill(RatingsChart, pie->slices().indexOf(slice), slice->label());
    });
    auto *ratings = new QChart;
    ratings->setTitle(tr("Ratings"));
    ratings->addSeries(pie);
    ratings->legend()->hide();
    QChart *old = m_views[RatingsChart]->chart();
    m_views[RatingsChart]->setChart(ratings);
    delete old;

    if (m_report) {
        m_summaryLabel->setText(tr("%1: %2 cases received · answered on time %3 · "
                                   "prolonged %4 · indicator 8 (TT 01/2018): %5 points · "
                                   "complaints redirected %6")
                                    .arg(m_period.key())
                                    .arg(group.received)
                                    .arg(Reports::shareText(group.onTimeShare(), 0))
                                    .arg(group.prolonged)
                                    .arg(group.indicator8())
                                    .arg(m_report->outOfScope));
    }
}

} // namespace Desk::Gui
