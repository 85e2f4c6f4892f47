// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dashboardwidget.h"

#include "core/businesshours.h"
#include "core/domain.h"
#include "core/ratingscale.h"
#include "core/vietnamtime.h"
#include "gui/calendardialog.h"
#include "store/clocks.h"

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
    , m_summaryLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardWidget"));
    m_periodBox->setObjectName(QStringLiteral("periodComboBox"));
    m_agencyBox->setObjectName(QStringLiteral("agencyComboBox"));
    m_staffBox->setObjectName(QStringLiteral("staffComboBox"));
    m_kindBox->setObjectName(QStringLiteral("kindComboBox"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_periodBox->setEditable(true); // any period key: 2026-07, 2026-Q3, 2026-H1, 2026
    m_periodBox->addItems(recentPeriods(Core::nowMs()));
    m_periodBox->setCurrentText(m_period.key());

    auto *filters = new QHBoxLayout;
    for (QComboBox *box : {m_periodBox, m_agencyBox, m_staffBox, m_kindBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(box);
    }
    filters->addStretch(1);
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
            m_period = *period;
            reload();
        }
    });
    for (QComboBox *box : {m_agencyBox, m_staffBox, m_kindBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardWidget::draw);
    }
    retranslate();
}

DashboardWidget::~DashboardWidget() = default;

void DashboardWidget::setPeriod(const Core::ReportPeriod &period)
{
    m_period = period;
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
    fillGroupBoxes();
    draw();
}

bool DashboardWidget::reload()
{
    const qint64 now = m_now();
    Store::Clocks clocks(*m_store);
    clocks.sweepProlonged(now); // open cases that passed their due since the last write
    const Core::WorkingCalendar calendar = clocks.calendar();
    const Core::BusinessHours hours;
    Reports::ReportBuilder builder(m_store->database(), calendar, hours);
    Reports::ReportOptions options;
    options.period = m_period;
    options.nowMs = now;
    options.bucketLength = Core::ReportPeriod::Length::Month;
    QString error;
    m_report = builder.build(options, &error);
    if (!m_report) {
        m_summaryLabel->setText(tr("The report could not be read: %1").arg(error));
    }
    fillGroupBoxes();
    draw();
    return m_report.has_value();
}

void DashboardWidget::fillGroupBoxes()
{
    QStringList agencies;
    QStringList staff;
    if (m_report) {
        for (const Reports::GroupMetrics &group : m_report->byAgency) {
            if (!group.key.isEmpty()) {
                agencies << group.key;
            }
        }
        for (const Reports::GroupMetrics &group : m_report->byStaff) {
            if (!group.key.isEmpty()) {
                staff << group.key;
            }
        }
    }
    QStringList kinds;
    for (const Core::CaseKind kind : Core::allCaseKinds()) {
        kinds << Core::caseKindKey(kind);
    }
    const auto same = [](const QString &key) { return key; };
    setComboKeys(m_agencyBox, tr("All agencies"), agencies, same);
    setComboKeys(m_staffBox, tr("All staff"), staff, same);
    setComboKeys(m_kindBox, tr("All kinds"), kinds, &clockKindText);
}

Store::CaseFilter DashboardWidget::baseFilter() const
{
    Store::CaseFilter filter;
    filter.agencyCode = m_agencyBox->currentData().toString();
    filter.assignee = m_staffBox->currentData().toString();
    filter.kind = m_kindBox->currentData().toString();
    filter.openedFromMs = m_period.startMs();
    filter.openedToMs = m_period.endMs();
    return filter;
}

const Reports::GroupMetrics &DashboardWidget::selectedGroup() const
{
    const auto find = [](const QVector<Reports::GroupMetrics> &groups,
                          const QString &key) -> const Reports::GroupMetrics * {
        for (const Reports::GroupMetrics &group : groups) {
            if (group.key == key) {
                return &group;
            }
        }
        return nullptr;
    };
    static const Reports::GroupMetrics empty;
    const Store::CaseFilter filter = baseFilter();
    if (!m_report) {
        return empty;
    }
    const Reports::GroupMetrics *group = nullptr;
    if (!filter.agencyCode.isEmpty()) {
        group = find(m_report->byAgency, filter.agencyCode);
    } else if (!filter.assignee.isEmpty()) {
        group = find(m_report->byStaff, filter.assignee);
    } else if (!filter.kind.isEmpty()) {
        group = find(m_report->byKind, filter.kind);
    } else {
        group = &m_report->total;
    }
    return group ? *group : empty;
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
    case BacklogChart: {
        const qint64 now = m_now();
        const int from = kBacklogBands[index];
        filter.openOnly = true;
        filter.openedFromMs = index + 1 < int(kBacklogBands.size())
            ? now - qint64(kBacklogBands[index + 1]) * kDayMs
            : 0;
        filter.openedToMs = now - qint64(from) * kDayMs + 1;
        break;
    }
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

void DashboardWidget::emitDrill(Chart chart, int index, const QString &label)
{
    emit drillDown(drillFilter(chart, index), label);
}

void DashboardWidget::draw()
{
    const auto barChart = [this](Chart which, const QString &title, const QStringList &labels,
                              const QVector<double> &numbers, const QColor &color, double max) {
        m_values[which] = numbers;
        auto *set = new QBarSet(title);
        set->setColor(color);
        for (const double number : numbers) {
            set->append(number);
        }
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        auto *chart = new QChart;
        chart->setTitle(title);
        chart->addSeries(series);
        chart->legend()->hide();
        auto *axisX = new QBarCategoryAxis;
        axisX->append(labels);
        auto *axisY = new QValueAxis;
        double top = max;
        for (const double number : numbers) {
            top = std::max(top, number);
        }
        // Whole numbers on the axis: counts are integers, shares run 0-100.
        const int whole = std::max(1, int(std::ceil(top)));
        axisY->setRange(0, whole);
        axisY->setTickCount(std::min(whole, 5) + 1);
        axisY->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        connect(series, &QBarSeries::clicked, this, [this, which, labels](int index, QBarSet *) {
            emitDrill(which, index, labels.value(index));
        });
        QChart *old = m_views[which]->chart();
        m_views[which]->setChart(chart);
        delete old;
    };

    QStringList buckets;
    QStringList bucketLabels;
    QVector<double> received;
    QVector<double> onTime;
    if (m_report) {
        for (const Reports::GroupMetrics &bucket : m_report->byBucket) {
            buckets << bucket.key;
            bucketLabels << bucket.key;
            received << double(bucket.received);
            onTime << (bucket.decided() > 0 ? 100.0 * bucket.onTimeShare() : 0.0);
        }
    }
    m_keys[VolumeChart] = buckets;
    m_keys[OnTimeChart] = buckets;
    barChart(
        VolumeChart, tr("Cases received"), bucketLabels, received, QColor(0x1f, 0x5f, 0xa8), 0);
    barChart(OnTimeChart, tr("Answered on time (%)"), bucketLabels, onTime,
        QColor(0x1b, 0x7f, 0x3b), 100);

    // The backlog is counted from the case rows now, whatever the period: open work ages.
    QStringList bandLabels {tr("0-7 days"), tr("8-14 days"), tr("15-30 days"), tr("over 30 days")};
    QVector<double> backlog;
    m_keys[BacklogChart] = bandLabels;
    for (int band = 0; band < int(kBacklogBands.size()); ++band) {
        m_keys[BacklogChart][band] = QString::number(band);
        backlog << double(m_store->countCases(drillFilter(BacklogChart, band)));
    }
    barChart(
        BacklogChart, tr("Open cases by age"), bandLabels, backlog, QColor(0xb2, 0x6a, 0x00), 0);

    QStringList agencies;
    QVector<double> late;
    if (m_report) {
        const QString only = baseFilter().agencyCode;
        for (const Reports::GroupMetrics &group : m_report->byAgency) {
            if (group.prolonged > 0 && (only.isEmpty() || group.key == only)) {
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

    // Ratings: a pie of the selected group's levels.
    const Reports::GroupMetrics &group = selectedGroup();
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
        m_summaryLabel->setText(tr("%1: %2 cases received · answered on time %3 % · "
                                   "prolonged %4 · indicator 8 (TT 01/2018): %5 points · "
                                   "complaints redirected %6")
                                    .arg(m_period.key())
                                    .arg(group.received)
                                    .arg(qRound(100 * group.onTimeShare()))
                                    .arg(group.prolonged)
                                    .arg(group.indicator8())
                                    .arg(m_report->outOfScope));
    }
}

} // namespace Desk::Gui
