// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/calendardialog.h"
#include "ui_calendardialog.h"

#include "core/vietnamtime.h"
#include "gui/businesshourseditor.h"
#include "gui/clocktext.h"
#include "reports/labels.h"
#include "store/clocks.h"
#include "store/directory.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>

namespace Desk::Gui {

namespace {

enum OverrideColumn { DateColumn, KindColumn, NameColumn };
enum PolicyColumn { PolicyKindColumn, PolicyStepColumn, PolicyDaysColumn };

template<typename Widget> Widget *cell(QTableWidget *table, int row, int column)
{
    return qobject_cast<Widget *>(table->cellWidget(row, column));
}

QString dayKindText(Core::DayOffKind kind)
{
    return kind == Core::DayOffKind::Compensatory ? CalendarDialog::tr("compensatory day off")
                                                  : CalendarDialog::tr("holiday");
}

} // namespace

QString clockKindText(const QString &kindKey)
{
    if (kindKey == QLatin1String(Core::ClockPolicy::kAnyKind)) {
        return CalendarDialog::tr("All kinds (default)");
    }
    return Reports::kindLabel(kindKey);
}

CalendarDialog::CalendarDialog(Store::Store *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::CalendarDialog)
    , m_clocks(std::make_unique<Store::Clocks>(*store))
    , m_hoursEditor(new BusinessHoursEditor(this))
    , m_calendar(m_clocks->calendar())
{
    m_ui->setupUi(this);
    m_ui->tabWidget->addTab(m_hoursEditor, QString());
    QHash<QString, QString> units;
    for (const Core::Agency &agency : Store::Directory(*store).agencies()) {
        units.insert(agency.code, agency.name);
    }
    m_hoursEditor->setUnits(units);
    m_hoursEditor->setHours(m_clocks->businessHours());
    for (QTableWidget *table : {m_ui->overridesTable, m_ui->daysOffTable, m_ui->policyTable}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
    }
    m_ui->nationalDayComboBox->addItems({QString(), QString()});
    retranslate();

    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, [this](int year) {
        if (!m_loading) {
            storeYear();
            m_year = year;
            loadYear();
        }
    });
    connect(m_ui->tetSpinBox, &QSpinBox::valueChanged, this, &CalendarDialog::updateDaysOff);
    connect(m_ui->nationalDayComboBox, &QComboBox::currentIndexChanged, this,
        &CalendarDialog::updateDaysOff);
    connect(m_ui->overridesTable, &QTableWidget::itemChanged, this, &CalendarDialog::updateDaysOff);
    connect(m_ui->addOverrideButton, &QPushButton::clicked, this, [this] {
        addOverride(
            QDate(m_year, Core::vietnamDate(Core::nowMs()).month(), 1), ExtraDayOff, QString());
        m_ui->overridesTable->setCurrentCell(m_ui->overridesTable->rowCount() - 1, DateColumn);
    });
    connect(m_ui->removeOverrideButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->overridesTable->currentRow();
        if (row >= 0) {
            m_ui->overridesTable->removeRow(row);
            updateDaysOff();
        }
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, &CalendarDialog::onImport);
    connect(m_ui->addPolicyButton, &QPushButton::clicked, this, [this] {
        addPolicyRow(caseKindKey(Core::CaseKind::Question), Core::ClockStep::FinalAnswer, 15);
        m_ui->policyTable->setCurrentCell(m_ui->policyTable->rowCount() - 1, PolicyKindColumn);
    });
    connect(m_ui->removePolicyButton, &QPushButton::clicked, this, [this] {
        if (m_ui->policyTable->currentRow() >= 0) {
            m_ui->policyTable->removeRow(m_ui->policyTable->currentRow());
        }
    });
    connect(m_ui->defaultsButton, &QPushButton::clicked, this,
        [this] { fillPolicy(Core::ClockPolicy::defaults()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CalendarDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CalendarDialog::reject);

    fillPolicy(m_clocks->policy());
    m_loading = true;
    m_ui->yearSpinBox->setValue(Core::vietnamDate(Core::nowMs()).year());
    m_loading = false;
    m_year = m_ui->yearSpinBox->value();
    loadYear();
}

CalendarDialog::~CalendarDialog() = default;

void CalendarDialog::setYear(int year)
{
    m_ui->yearSpinBox->setValue(year);
}

int CalendarDialog::year() const
{
    return m_year;
}

void CalendarDialog::retranslate()
{
    m_ui->overridesTable->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_ui->daysOffTable->setHorizontalHeaderLabels({tr("Date"), tr("Day"), tr("Name")});
    m_ui->policyTable->setHorizontalHeaderLabels({tr("Case kind"), tr("Step"), tr("Working days")});
    m_ui->tabWidget->setTabText(m_ui->tabWidget->indexOf(m_hoursEditor), tr("Working hours"));
    m_ui->nationalDayComboBox->setItemText(0, tr("1 September (before 2/9)"));
    m_ui->nationalDayComboBox->setItemText(1, tr("3 September (after 2/9)"));
    // Combo boxes inside the tables carry texts too: rebuild them from what they hold.
    const Core::ClockPolicy policy = editedPolicy();
    fillPolicy(policy);
    for (int row = 0; row < m_ui->overridesTable->rowCount(); ++row) {
        if (QComboBox *kind = cell<QComboBox>(m_ui->overridesTable, row, KindColumn)) {
            kind->setItemText(ExtraDayOff, tr("Extra day off"));
            kind->setItemText(CompensatoryDayOff, tr("Compensatory day off"));
            kind->setItemText(MakeUpWorkingDay, tr("Make-up working day"));
        }
    }
    updateDaysOff();
}

void CalendarDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void CalendarDialog::addOverride(const QDate &date, OverrideKind kind, const QString &name)
{
    QTableWidget *table = m_ui->overridesTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *dateEdit = new QDateEdit(date, table);
    dateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    dateEdit->setCalendarPopup(true);
    auto *kindBox = new QComboBox(table);
    kindBox->addItems({tr("Extra day off"), tr("Compensatory day off"), tr("Make-up working day")});
    kindBox->setCurrentIndex(kind);
    table->setCellWidget(row, DateColumn, dateEdit);
    table->setCellWidget(row, KindColumn, kindBox);
    table->setItem(row, NameColumn, new QTableWidgetItem(name));
    table->resizeColumnToContents(DateColumn);
    table->resizeColumnToContents(KindColumn);
    connect(dateEdit, &QDateEdit::dateChanged, this, &CalendarDialog::updateDaysOff);
    connect(kindBox, &QComboBox::currentIndexChanged, this, &CalendarDialog::updateDaysOff);
    updateDaysOff();
}

void CalendarDialog::storeYear()
{
    if (m_loading || m_year == 0) {
        return;
    }
    const Core::YearOverrides before = m_calendar.overrides(m_year);
    Core::YearOverrides overrides;
    const int tet = m_ui->tetSpinBox->value();
    if (before.tetDaysBefore || tet != Core::WorkingCalendar::kDefaultTetDaysBefore) {
        overrides.tetDaysBefore = tet;
    }
    const bool after = m_ui->nationalDayComboBox->currentIndex() == 1;
    if (before.nationalDayAfter || after) {
        overrides.nationalDayAfter = after;
    }
    QTableWidget *table = m_ui->overridesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QDateEdit *date = cell<QDateEdit>(table, row, DateColumn);
        const QComboBox *kind = cell<QComboBox>(table, row, KindColumn);
        const QTableWidgetItem *name = table->item(row, NameColumn);
        if (!date || !kind) {
            continue;
        }
        const Core::NamedDate named {date->date(), name ? name->text().trimmed() : QString()};
        switch (kind->currentIndex()) {
        case CompensatoryDayOff:
            overrides.compensatoryDays.append(named);
            break;
        case MakeUpWorkingDay:
            overrides.workingDays.append(named);
            break;
        default:
            overrides.extraDaysOff.append(named);
            break;
        }
    }
    m_calendar.setOverrides(m_year, overrides);
}

void CalendarDialog::loadYear()
{
    m_loading = true;
    const Core::YearOverrides overrides = m_calendar.overrides(m_year);
    m_ui->tetSpinBox->setValue(
        overrides.tetDaysBefore.value_or(Core::WorkingCalendar::kDefaultTetDaysBefore));
    m_ui->nationalDayComboBox->setCurrentIndex(overrides.nationalDayAfter.value_or(false) ? 1 : 0);
    m_ui->overridesTable->setRowCount(0);
    for (const Core::NamedDate &day : overrides.extraDaysOff) {
        addOverride(day.date, ExtraDayOff, day.name);
    }
    for (const Core::NamedDate &day : overrides.compensatoryDays) {
        addOverride(day.date, CompensatoryDayOff, day.name);
    }
    for (const Core::NamedDate &day : overrides.workingDays) {
        addOverride(day.date, MakeUpWorkingDay, day.name);
    }
    m_ui->overridesTable->resizeColumnsToContents();
    m_loading = false;
    updateDaysOff();
}

void CalendarDialog::updateDaysOff()
{
    if (m_loading || m_year == 0) {
        return;
    }
    storeYear();
    const QVector<Core::DayOff> daysOff = m_calendar.daysOff(m_year);
    const QVector<QDate> workingDays = m_calendar.makeUpWorkingDays(m_year);
    struct Row
    {
        QDate date;
        QString name;
        bool working = false;
    };
    QVector<Row> rows;
    for (const Core::DayOff &day : daysOff) {
        rows.append({day.date,
            day.name.isEmpty() ? dayKindText(day.kind)
                               : tr("%1 (%2)").arg(day.name, dayKindText(day.kind)),
            false});
    }
    const Core::YearOverrides overrides = m_calendar.overrides(m_year);
    for (const Core::NamedDate &named : overrides.workingDays) {
        if (workingDays.contains(named.date)) {
            rows.append({named.date,
                named.name.isEmpty() ? tr("make-up working day")
                                     : tr("%1 (%2)").arg(named.name, tr("make-up working day")),
                true});
        }
    }
    std::stable_sort(
        rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.date < b.date; });
    QTableWidget *table = m_ui->daysOffTable;
    table->setRowCount(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const QStringList texts {row.date.toString(QStringLiteral("dd/MM/yyyy")),
            locale().dayName(row.date.dayOfWeek()), row.name};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (row.working) {
                item->setForeground(QColor(0x1b, 0x7f, 0x3b)); // a working day, not a day off
            }
            table->setItem(i, column, item);
        }
    }
    table->resizeColumnsToContents();
    m_ui->daysOffLabel->setText(tr("Days off in %1 besides weekends: %2; make-up working days: %3")
                                    .arg(m_year)
                                    .arg(daysOff.size())
                                    .arg(workingDays.size()));
}

void CalendarDialog::fillPolicy(const Core::ClockPolicy &policy)
{
    m_ui->policyTable->setRowCount(0);
    for (const Core::ClockPolicyRow &row : policy.rows()) {
        addPolicyRow(row.kind, row.step, row.workingDays);
    }
    m_ui->policyTable->resizeColumnsToContents();
}

void CalendarDialog::addPolicyRow(const QString &kind, Core::ClockStep step, int workingDays)
{
    QTableWidget *table = m_ui->policyTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *kindBox = new QComboBox(table);
    kindBox->addItem(clockKindText(QString::fromLatin1(Core::ClockPolicy::kAnyKind)),
        QString::fromLatin1(Core::ClockPolicy::kAnyKind));
    for (const Core::CaseKind each : Core::allCaseKinds()) {
        kindBox->addItem(clockKindText(Core::caseKindKey(each)), Core::caseKindKey(each));
    }
    if (kindBox->findData(kind) < 0) {
        kindBox->addItem(kind, kind); // a kind this version does not know: keep it
    }
    kindBox->setCurrentIndex(kindBox->findData(kind));
    auto *stepBox = new QComboBox(table);
    for (const Core::ClockStep each : Core::allClockSteps()) {
        stepBox->addItem(clockStepText(each), Core::clockStepKey(each));
    }
    stepBox->setCurrentIndex(stepBox->findData(Core::clockStepKey(step)));
    auto *days = new QSpinBox(table);
    days->setRange(0, 365);
    days->setValue(workingDays);
    days->setSpecialValueText(tr("no deadline"));
    table->setCellWidget(row, PolicyKindColumn, kindBox);
    table->setCellWidget(row, PolicyStepColumn, stepBox);
    table->setCellWidget(row, PolicyDaysColumn, days);
}

Core::ClockPolicy CalendarDialog::editedPolicy() const
{
    Core::ClockPolicy policy;
    QTableWidget *table = m_ui->policyTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QComboBox *kind = cell<QComboBox>(table, row, PolicyKindColumn);
        const QComboBox *step = cell<QComboBox>(table, row, PolicyStepColumn);
        const QSpinBox *days = cell<QSpinBox>(table, row, PolicyDaysColumn);
        if (!kind || !step || !days) {
            continue;
        }
        if (const auto which = Core::clockStepFromKey(step->currentData().toString())) {
            policy.set(kind->currentData().toString(), *which, days->value());
        }
    }
    return policy;
}

Core::WorkingCalendar CalendarDialog::editedCalendar()
{
    storeYear();
    return m_calendar;
}

bool CalendarDialog::importJson(const QString &path, QString *error)
{
    Core::WorkingCalendar imported;
    if (!imported.loadFile(path, error)) {
        return false;
    }
    storeYear();
    // Years in the file replace the same years here; other years stay as they were.
    const QJsonObject years = QJsonDocument::fromJson(imported.toJson()).object();
    for (auto it = years.begin(); it != years.end(); ++it) {
        const int year = it.key().toInt();
        m_calendar.setOverrides(year, imported.overrides(year));
    }
    loadYear();
    return true;
}

void CalendarDialog::onImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import calendar"), QString(), tr("Calendar JSON (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!importJson(path, &error)) {
        QMessageBox::warning(
            this, tr("Import calendar"), tr("The file could not be read: %1").arg(error));
    }
}

bool CalendarDialog::save(QString *error)
{
    QString reason;
    Core::BusinessHours hours;
    // Hours first: a mistake there must not leave the other two half saved.
    bool ok = m_hoursEditor->editedHours(&hours, &reason)
        && m_clocks->saveCalendar(editedCalendar(), &reason);
    if (ok && !m_clocks->replacePolicy(editedPolicy())) {
        ok = false;
        reason = m_clocks->lastError();
    }
    ok = ok && m_clocks->saveBusinessHours(hours, &reason);
    if (!ok && error) {
        *error = reason;
    }
    return ok;
}

void CalendarDialog::accept()
{
    QString error;
    if (!save(&error)) {
        QMessageBox::warning(
            this, windowTitle(), tr("The calendar and deadlines were not saved: %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace Desk::Gui
