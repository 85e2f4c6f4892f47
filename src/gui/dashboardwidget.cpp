// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dashboardwidget.h"

#include "core/businesshours.h"
#include "core/domain.h"
#include "core/ratingscale.h"
#include "core/vietnamtime.h"
#include "gui/calendardialog.h"
#include "gui/exportdialog.h"
#include "gui/filterchip.h"
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
#include <QLineEdit>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QShortcut>
#include <QStackedBarSeries>
#include <QThread>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace Desk::Gui {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QVector<Core::ReportPeriod> recentPeriods(qint64 nowMs)
{
    using L = Core::ReportPeriod::Length;
    const QDate today = Core::vietnamDate(nowMs);
    QVector<Core::ReportPeriod> periods;
    for (int back = 0; back < 3; ++back) {
        const QDate month = today.addMonths(-back);
        periods << Core::ReportPeriod(L::Month, month.year(), month.month(), false);
    }
    periods << Core::ReportPeriod::containing(L::Quarter, nowMs, false)
            << Core::ReportPeriod::containing(L::HalfYear, nowMs, false)
            << Core::ReportPeriod(L::Year, today.year(), 1, false)
            << Core::ReportPeriod(L::Year, today.year() - 1, 1, false);
    return periods;
}

/** A whole-number axis step giving about five intervals up to @p top: 1, 2, 5, 10, 20, 50... */
int axisStep(double top)
{
    const double raw = std::max(1.0, top / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= raw) {
            return int(factor * magnitude);
        }
    }
    return int(10 * magnitude);
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

/** A category label on lines of about @p width characters (axis labels are rich text): a
 *  long agency name stays whole instead of ending in "...". */
QString wrappedLabel(const QString &label, int width = 16)
{
    QStringList lines;
    for (const QString &word : label.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.constLast().size() + 1 + word.size() <= width) {
            lines.last() += u' ' + word;
        } else {
            lines << word;
        }
    }
    for (QString &line : lines) {
        line = line.toHtmlEscaped();
    }
    return lines.join(QLatin1String("<br>"));
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
    // One name per line at the side: in a row under a third of a 1366 px screen, Qt cut
    // six kinds' names to "Tra..." and "Ph...".
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *axisX = new QBarCategoryAxis;
    QStringList wrapped;
    for (const QString &label : labels) {
        wrapped << wrappedLabel(label);
    }
    axisX->append(wrapped);
    // Qt elides "8-14 ngày" to "8-14 ng..." with room to spare; wrapped labels fit as they are.
    axisX->setTruncateLabels(false);
    auto *axisY = new QValueAxis;
    // Ticks at whole multiples of a round step from 0 (never 21 / 43 / 65).
    // Fixed ticks over a range that is a whole number of steps (Qt 6.4 draws no labels for
    // TicksDynamic on these charts).
    const int step = axisStep(top);
    const int intervals = std::max(1, int(std::ceil(top / step)));
    axisY->setRange(0, intervals * step);
    axisY->setTickType(QValueAxis::TicksFixed);
    axisY->setTickCount(intervals + 1);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    // Numbers the locale's way: "93,9" in Vietnamese.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    return chart;
}

/** The month bucket of @p period with @p key; the period itself when there is none. */
Core::ReportPeriod bucketPeriod(const Core::ReportPeriod &period, const QString &key)
{
    for (const Core::ReportPeriod &bucket : period.buckets(Core::ReportPeriod::Length::Month)) {
        if (bucket.key() == key) {
            return bucket;
        }
    }
    return period;
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
    , m_drillChip(new FilterChip(this))
    , m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), this))
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
    m_periodBox->setInsertPolicy(QComboBox::NoInsert);
    m_drillChip->setObjectName(QStringLiteral("drillChip"));
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);

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
    for (int chart = 0; chart < kChartCount; ++chart) {
        // Centred over the plot: a chart with nothing to draw says why.
        m_emptyLabels[chart] = new QLabel(m_views[chart]);
        m_emptyLabels[chart]->setObjectName(QStringLiteral("emptyLabel%1").arg(chart));
        m_emptyLabels[chart]->setAlignment(Qt::AlignCenter);
        m_emptyLabels[chart]->setWordWrap(true);
        m_emptyLabels[chart]->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_emptyLabels[chart]->setMinimumWidth(280);
        m_emptyLabels[chart]->setStyleSheet(
            QStringLiteral("color: #444; font-style: italic; background: rgba(255, 255, 255, 0.9);"
                           " padding: 6px;"));
        auto *overlay = new QVBoxLayout(m_views[chart]);
        overlay->addWidget(m_emptyLabels[chart], 0, Qt::AlignCenter);
        m_emptyLabels[chart]->hide();
    }
    auto *chips = new QHBoxLayout;
    chips->addWidget(m_drillChip);
    chips->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(chips);
    layout->addLayout(grid, 1);

    // A listed period is picked by its name; a key typed in (2026-Q3) is read on Enter.
    connect(m_periodBox, &QComboBox::activated, this, [this](int index) {
        if (const auto period
            = Core::ReportPeriod::parse(m_periodBox->itemData(index).toString(), false)) {
            setPeriod(*period);
        }
    });
    connect(m_periodBox->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        const QString text = m_periodBox->currentText().trimmed();
        const int listed = m_periodBox->findText(text);
        const auto period = Core::ReportPeriod::parse(
            listed >= 0 ? m_periodBox->itemData(listed).toString() : text, false);
        if (period) {
            setPeriod(*period);
        } else {
            fillPeriodBox(); // back to the period shown
        }
    });
    connect(m_escape, &QShortcut::activated, this, &DashboardWidget::clearDrill);
    connect(m_drillChip, &FilterChip::cleared, this, &DashboardWidget::drillCleared);
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
    fillPeriodBox();
    reload();
}

void DashboardWidget::fillPeriodBox()
{
    const QSignalBlocker blocker(m_periodBox);
    m_periodBox->clear();
    QVector<Core::ReportPeriod> periods = recentPeriods(m_now());
    if (!periods.contains(m_period)) {
        periods.prepend(m_period);
    }
    for (const Core::ReportPeriod &period : periods) {
        m_periodBox->addItem(Reports::periodTitle(period), period.key());
        m_periodBox->setItemData(
            m_periodBox->count() - 1, Reports::periodLabel(period), Qt::ToolTipRole);
    }
    m_periodBox->setCurrentIndex(m_periodBox->findData(m_period.key()));
}

void DashboardWidget::clearDrill()
{
    m_drillChip->clear();
}

void DashboardWidget::showDrill(const Store::CaseFilter &filter, const QString &title)
{
    emit drillDown(filter, title);
    m_drillChip->setFilterText(tr("Inbox shows: %1").arg(title));
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
    fillPeriodBox();
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
    m_agencyNames = Reports::agencyNames(m_store->database());
    const QHash<QString, QString> &agencyNames = m_agencyNames;
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
    const QChart *shown = m_views[chart]->chart();
    showDrill(drillFilter(chart, index),
        shown ? QStringLiteral("%1 · %2").arg(shown->title(), label) : label);
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
        showDrill(volumeDrillFilter(index, kind),
            QStringLiteral("%1 · %2").arg(
                Reports::periodTitle(bucketPeriod(m_period, m_keys[VolumeChart].value(index))),
                set->label()));
    });
    QStringList labels;
    for (const QString &bucket : buckets) {
        labels << bucketLabel(bucket);
    }
    QChart *chart = barChartOf(series, tr("Cases received by kind"), labels, top, true);
    setChart(VolumeChart, chart, top > 0 ? QString() : tr("No cases in this period"));
}

QString DashboardWidget::bucketLabel(const QString &key) const
{
    const Core::ReportPeriod bucket = bucketPeriod(m_period, key);
    const bool many = m_report && m_report->byBucket.size() > 6;
    return many
        ? QStringLiteral("%1").arg(bucket.index(), 2, 10, QLatin1Char('0'))
        : QStringLiteral("%1/%2").arg(bucket.index(), 2, 10, QLatin1Char('0')).arg(bucket.year());
}

void DashboardWidget::setChart(Chart which, QChart *chart, const QString &emptyText)
{
    QChart *old = m_views[which]->chart();
    m_views[which]->setChart(chart);
    delete old;
    // While the first report is computed there is nothing to explain yet.
    m_emptyLabels[which]->setText(m_report ? emptyText : QString());
    m_emptyLabels[which]->setVisible(m_report && !emptyText.isEmpty());
}

QString DashboardWidget::emptyText(Chart chart) const
{
    return m_emptyLabels[chart]->isHidden() ? QString() : m_emptyLabels[chart]->text();
}

void DashboardWidget::draw()
{
    const auto barChart = [this](Chart which, const QString &title, const QStringList &labels,
                              const QVector<double> &numbers, const QColor &color, double max,
                              const QString &empty, const QString &labelsFormat = QString()) {
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
        if (!labelsFormat.isEmpty()) {
            series->setLabelsFormat(labelsFormat);
        }
        connect(series, &QBarSeries::clicked, this, [this, which, labels](int index, QBarSet *) {
            emitDrill(which, index, labels.value(index));
        });
        const bool nothing = std::all_of(
            numbers.cbegin(), numbers.cend(), [](double number) { return number <= 0; });
        setChart(which, barChartOf(series, title, labels, top, false), nothing ? empty : QString());
    };

    drawVolume();
    QStringList buckets;
    QStringList bucketLabels;
    QVector<double> onTime;
    bool decided = false;
    if (m_report) {
        for (const Reports::GroupMetrics &bucket : m_report->byBucket) {
            buckets << bucket.key;
            bucketLabels << bucketLabel(bucket.key);
            // No bar for a month where nothing was decided (the summary line says "—"); one
            // decimal, as the workbook shows it ("93,9 %", not "93.8776").
            const std::optional<double> share = bucket.onTimeShare();
            decided = decided || share.has_value();
            onTime << std::round(1000.0 * share.value_or(0.0)) / 10.0;
        }
    }
    m_keys[OnTimeChart] = buckets;
    barChart(OnTimeChart, tr("Answered on time (%)"), bucketLabels, onTime,
        QColor(0x1b, 0x7f, 0x3b), 100,
        decided ? QString() : tr("No case answered or past its due date in this period"),
        QStringLiteral("@value %"));
    if (decided) {
        m_emptyLabels[OnTimeChart]->hide(); // 0 % on time is a result, not an empty chart
    }

    // The backlog is counted from the case rows now, whatever the period: open work ages.
    QStringList bandLabels {tr("0-7 days"), tr("8-14 days"), tr("15-30 days"), tr("over 30 days")};
    QVector<double> backlog;
    m_keys[BacklogChart] = bandLabels;
    for (int band = 0; band < int(kBacklogBands.size()); ++band) {
        m_keys[BacklogChart][band] = QString::number(band);
        backlog << m_backlog.value(band); // counted by the worker with the report
    }
    barChart(BacklogChart, tr("Open cases by age"), bandLabels, backlog, QColor(0xb2, 0x6a, 0x00),
        0, tr("No open cases"));

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
    QStringList agencyLabels;
    for (const QString &agency : agencies) {
        // The directory's name, never the code (STP -> Sở Tư pháp).
        agencyLabels << (agency.isEmpty() ? tr("the desk") : m_agencyNames.value(agency, agency));
    }
    m_keys[LateByAgencyChart] = agencies;
    barChart(LateByAgencyChart, tr("Prolonged cases by agency"), agencyLabels, late,
        QColor(0xc6, 0x28, 0x28), 0, tr("No prolonged cases in this period"));

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
    setChart(RatingsChart, ratings,
        group.ratings.isEmpty() ? tr("No ratings in this period") : QString());

    if (m_report) {
        m_summaryLabel->setText(tr("%1: %2 cases received · answered on time %3 · "
                                   "prolonged %4 · indicator 8 (TT 01/2018): %5 points · "
                                   "complaints redirected %6")
                                    .arg(Reports::periodLabel(m_period))
                                    .arg(group.received)
                                    .arg(Reports::shareText(group.onTimeShare(), 0))
                                    .arg(group.prolonged)
                                    .arg(group.indicator8())
                                    .arg(m_report->outOfScope));
    }
}

} // namespace Desk::Gui
