// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/businesshourseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Desk::Gui {

namespace {

constexpr int kNoon = 12 * 60;

QTime timeOf(int minute)
{
    return minute >= 24 * 60 ? QTime(23, 59) : QTime(minute / 60, minute % 60);
}

int minuteOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

template<typename Widget> Widget *cell(const QTableWidget *table, int row, int column)
{
    return qobject_cast<Widget *>(table->cellWidget(row, column));
}

} // namespace

BusinessHoursEditor::BusinessHoursEditor(QWidget *parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_unitBox(new QComboBox(this))
    , m_ownHoursBox(new QCheckBox(this))
    , m_table(new QTableWidget(7, ColumnCount, this))
    , m_note(new QLabel(this))
    , m_standardButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("businessHoursEditor"));
    m_unitBox->setObjectName(QStringLiteral("unitComboBox"));
    m_ownHoursBox->setObjectName(QStringLiteral("ownHoursCheckBox"));
    m_table->setObjectName(QStringLiteral("hoursTable"));
    m_note->setObjectName(QStringLiteral("hoursNote"));
    m_hint->setWordWrap(true);
    m_unitBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_note->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    for (int row = 0; row < 7; ++row) {
        auto *day = new QTableWidgetItem;
        day->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, DayColumn, day);
        for (const int column : {int(MorningColumn), int(AfternoonColumn)}) {
            auto *open = new QCheckBox(m_table);
            m_table->setCellWidget(row, column, open);
            for (const int time : {column + 1, column + 2}) {
                auto *edit = new QTimeEdit(m_table);
                edit->setDisplayFormat(QStringLiteral("HH:mm"));
                m_table->setCellWidget(row, time, edit);
            }
            connect(open, &QCheckBox::toggled, this, &BusinessHoursEditor::updateEnabled);
        }
    }

    auto *unitRow = new QHBoxLayout;
    unitRow->addWidget(m_unitBox);
    unitRow->addWidget(m_ownHoursBox);
    unitRow->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_standardButton);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(unitRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_unitBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading) {
            return;
        }
        if (!setCurrentUnit(m_unitBox->currentData().toString())) {
            const QSignalBlocker blocker(m_unitBox);
            m_unitBox->setCurrentIndex(std::max(0, m_unitBox->findData(m_unit)));
        }
    });
    connect(m_ownHoursBox, &QCheckBox::toggled, this, [this](bool own) {
        if (m_loading || m_unit.isEmpty()) {
            return;
        }
        if (own) {
            m_hours.setUnitWeek(m_unit, m_hours.defaultWeek()); // start from the desk's week
        } else {
            m_hours.removeUnit(m_unit);
        }
        fillUnits();
        showUnit(m_unit);
    });
    connect(m_standardButton, &QPushButton::clicked, this,
        [this] { showWeek(Core::WeekHours::standard()); });
    connect(m_importButton, &QPushButton::clicked, this, &BusinessHoursEditor::onImport);
    connect(m_exportButton, &QPushButton::clicked, this, &BusinessHoursEditor::onExport);
    retranslate();
    showUnit(QString());
}

BusinessHoursEditor::~BusinessHoursEditor() = default;

void BusinessHoursEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void BusinessHoursEditor::retranslate()
{
    m_hint->setText(tr("Working hours count the handling times in working hours in the reports. "
                       "The legal deadlines are whole working days and do not change."));
    m_ownHoursBox->setText(tr("Own hours"));
    m_ownHoursBox->setToolTip(tr("Without its own hours a unit keeps the desk's hours"));
    m_table->setHorizontalHeaderLabels(
        {tr("Day"), tr("Morning"), tr("From"), tr("To"), tr("Afternoon"), tr("From"), tr("To")});
    for (int row = 0; row < 7; ++row) {
        m_table->item(row, DayColumn)->setText(locale().dayName(row + 1));
    }
    m_standardButton->setText(tr("&Standard hours"));
    m_standardButton->setToolTip(tr("Monday to Friday, 07:00-11:30 and 13:30-17:00"));
    m_importButton->setText(tr("Import hours..."));
    m_exportButton->setText(tr("Export hours..."));
    fillUnits();
}

void BusinessHoursEditor::setUnits(const QHash<QString, QString> &names)
{
    m_unitNames = names;
    fillUnits();
}

void BusinessHoursEditor::fillUnits()
{
    // The desk first, then the units that keep their own hours, then every other unit.
    QStringList own = m_hours.units();
    QStringList others;
    for (auto it = m_unitNames.cbegin(); it != m_unitNames.cend(); ++it) {
        if (!own.contains(it.key()) && !it.key().isEmpty()) {
            others << it.key();
        }
    }
    others.sort();
    m_loading = true;
    m_unitBox->clear();
    m_unitBox->addItem(tr("The desk (default hours)"), QString());
    for (const QStringList &group : {own, others}) {
        for (const QString &code : group) {
            const QString name = m_unitNames.value(code);
            const QString label = name.isEmpty() ? code : tr("%1 (%2)").arg(name, code);
            m_unitBox->addItem(own.contains(code) ? tr("%1 - own hours").arg(label) : label, code);
        }
    }
    m_unitBox->setCurrentIndex(std::max(0, m_unitBox->findData(m_unit)));
    m_loading = false;
}

void BusinessHoursEditor::setHours(const Core::BusinessHours &hours)
{
    m_hours = hours;
    fillUnits();
    showUnit(m_unitBox->findData(m_unit) >= 0 ? m_unit : QString());
}

bool BusinessHoursEditor::setCurrentUnit(const QString &unit)
{
    QString error;
    if (!storeShownWeek(&error)) {
        m_note->setText(error); // stay on the week with the mistake, and say what it is
        return false;
    }
    showUnit(unit);
    return true;
}

void BusinessHoursEditor::showUnit(const QString &unit)
{
    m_unit = unit;
    const bool own = unit.isEmpty() || m_hours.units().contains(unit);
    m_loading = true;
    m_unitBox->setCurrentIndex(std::max(0, m_unitBox->findData(unit)));
    m_ownHoursBox->setVisible(!unit.isEmpty());
    m_ownHoursBox->setChecked(own);
    m_loading = false;
    showWeek(m_hours.week(unit));
    m_table->setEnabled(own);
    m_standardButton->setEnabled(own);
}

QString BusinessHoursEditor::currentUnit() const
{
    return m_unit;
}

void BusinessHoursEditor::setSession(
    int isoWeekday, bool afternoon, bool open, const QTime &from, const QTime &to)
{
    const int row = isoWeekday - 1;
    const int column = afternoon ? AfternoonColumn : MorningColumn;
    cell<QCheckBox>(m_table, row, column)->setChecked(open);
    cell<QTimeEdit>(m_table, row, column + 1)->setTime(from);
    cell<QTimeEdit>(m_table, row, column + 2)->setTime(to);
    updateEnabled();
}

void BusinessHoursEditor::showWeek(const Core::WeekHours &week)
{
    bool trimmed = false;
    for (int row = 0; row < 7; ++row) {
        const QVector<Core::TimeRange> &ranges = week.days[std::size_t(row)];
        // Two sessions a day: a single range goes where its start falls.
        std::optional<Core::TimeRange> morning;
        std::optional<Core::TimeRange> afternoon;
        if (ranges.size() == 1) {
            (ranges.first().startMinute < kNoon ? morning : afternoon) = ranges.first();
        } else if (ranges.size() > 1) {
            morning = ranges.first();
            afternoon = ranges.last();
            trimmed = trimmed || ranges.size() > 2;
        }
        const Core::TimeRange closedMorning {7 * 60, 11 * 60 + 30};
        const Core::TimeRange closedAfternoon {13 * 60 + 30, 17 * 60};
        const Core::TimeRange m = morning.value_or(closedMorning);
        const Core::TimeRange a = afternoon.value_or(closedAfternoon);
        setSession(row + 1, false, morning.has_value(), timeOf(m.startMinute), timeOf(m.endMinute));
        setSession(
            row + 1, true, afternoon.has_value(), timeOf(a.startMinute), timeOf(a.endMinute));
    }
    m_note->setText(trimmed ? tr("Some days had more than two sessions: the first and the last "
                                 "are kept when you save.")
                            : tr("A make-up working Saturday without hours of its own uses "
                                 "Monday's hours."));
}

void BusinessHoursEditor::updateEnabled()
{
    for (int row = 0; row < 7; ++row) {
        for (const int column : {int(MorningColumn), int(AfternoonColumn)}) {
            const bool open = cell<QCheckBox>(m_table, row, column)->isChecked();
            cell<QTimeEdit>(m_table, row, column + 1)->setEnabled(open);
            cell<QTimeEdit>(m_table, row, column + 2)->setEnabled(open);
        }
    }
}

bool BusinessHoursEditor::tableWeek(Core::WeekHours *week, QString *error) const
{
    *week = Core::WeekHours();
    for (int row = 0; row < 7; ++row) {
        QVector<Core::TimeRange> ranges;
        for (const int column : {int(MorningColumn), int(AfternoonColumn)}) {
            if (!cell<QCheckBox>(m_table, row, column)->isChecked()) {
                continue;
            }
            const int from = minuteOf(cell<QTimeEdit>(m_table, row, column + 1)->time());
            const int to = minuteOf(cell<QTimeEdit>(m_table, row, column + 2)->time());
            const QString day = m_table->item(row, DayColumn)->text();
            if (to <= from) {
                *error = tr("%1: a session must end after it starts").arg(day);
                return false;
            }
            if (!ranges.isEmpty() && from < ranges.constLast().endMinute) {
                *error = tr("%1: the afternoon must start after the morning ends").arg(day);
                return false;
            }
            ranges.append({from, to});
        }
        week->days[std::size_t(row)] = ranges;
    }
    return true;
}

bool BusinessHoursEditor::storeShownWeek(QString *error)
{
    if (!m_unit.isEmpty() && !m_hours.units().contains(m_unit)) {
        return true; // the unit keeps the desk's hours: nothing of its own to store
    }
    Core::WeekHours week;
    if (!tableWeek(&week, error)) {
        return false;
    }
    if (m_unit.isEmpty()) {
        m_hours.setDefaultWeek(week);
    } else {
        m_hours.setUnitWeek(m_unit, week);
    }
    return true;
}

bool BusinessHoursEditor::editedHours(Core::BusinessHours *hours, QString *error)
{
    QString reason;
    if (!storeShownWeek(&reason)) {
        if (error) {
            *error = reason;
        }
        return false;
    }
    *hours = m_hours;
    return true;
}

bool BusinessHoursEditor::importJson(const QString &path, QString *error)
{
    Core::BusinessHours imported;
    if (!imported.loadFile(path, error)) {
        return false;
    }
    setHours(imported);
    return true;
}

bool BusinessHoursEditor::exportJson(const QString &path, QString *error)
{
    Core::BusinessHours hours;
    return editedHours(&hours, error) && hours.saveFile(path, error);
}

void BusinessHoursEditor::onImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import working hours"), QString(), tr("Working hours JSON (*.json)"));
    QString error;
    if (!path.isEmpty() && !importJson(path, &error)) {
        QMessageBox::warning(
            this, tr("Import working hours"), tr("The file could not be read: %1").arg(error));
    }
}

void BusinessHoursEditor::onExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export working hours"),
        QStringLiteral("business-hours.json"), tr("Working hours JSON (*.json)"));
    QString error;
    if (!path.isEmpty() && !exportJson(path, &error)) {
        QMessageBox::warning(
            this, tr("Export working hours"), tr("The file could not be written: %1").arg(error));
    }
}

} // namespace Desk::Gui
