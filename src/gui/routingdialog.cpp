// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/routingdialog.h"
#include "ui_routingdialog.h"

#include "core/caseclock.h"
#include "core/profile.h"
#include "core/textfold.h"
#include "core/vietnamtime.h"
#include "gui/caseheading.h"
#include "gui/plaintext.h"
#include "reports/labels.h"
#include "store/casework.h"
#include "store/clocks.h"
#include "store/directory.h"
#include "store/store.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>

namespace Desk::Gui {

namespace {

constexpr int kCodeRole = Qt::UserRole;
constexpr int kFoldedRole = Qt::UserRole + 1;

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

RoutingDialog::RoutingDialog(Store::Store *store, qint64 caseId, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::RoutingDialog)
    , m_store(store)
    , m_caseId(caseId)
    , m_actor(Core::currentStaffLogin())
{
    m_ui->setupUi(this);
    CaseHeading::style(m_ui->caseLabel);
    // The heading names the citizen; the reason may quote the citizen's words.
    setPlainText({m_ui->caseLabel, m_ui->reasonLabel});
    m_ui->dueDateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));

    loadCase();
    fillAgencies();
    resetDueDate();

    m_confirm = [this](const QString &title, const QString &summary) {
        QMessageBox box(QMessageBox::Question, title, summary, QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText); // the note and the names are typed text
        QPushButton *yes = box.addButton(tr("&Route"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(tr("&Go back"), QMessageBox::RejectRole));
        box.exec();
        return box.clickedButton() == yes;
    };
    connect(m_ui->agencyFilterEdit, &QLineEdit::textChanged, this, &RoutingDialog::filterAgencies);
    connect(m_ui->agencyList, &QListWidget::currentItemChanged, this, &RoutingDialog::updateChoice);
    connect(m_ui->dueDateEdit, &QDateEdit::dateChanged, this, &RoutingDialog::updateDueLabel);
    connect(m_ui->dueCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_ui->dueDateEdit->setEnabled(checked);
        updateDueLabel();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RoutingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateTexts();
    m_ui->agencyList->setFocus();
}

RoutingDialog::~RoutingDialog() = default;

void RoutingDialog::loadCase()
{
    m_case = m_store->caseById(m_caseId);
    Store::Clocks clocks(*m_store);
    m_calendar = clocks.calendar();
    const QString kind = m_case ? m_case->kind : QString();
    m_defaultDays = clocks.policy().workingDays(kind, Core::ClockStep::AgencyAnswer).value_or(0);
    if (m_case) {
        const Store::Directory directory(*m_store);
        m_suggestion = directory.routingSuggester().suggest(
            {m_case->kind, m_case->areaCode, m_case->procedureCode, m_case->localityCode});
    }
}

void RoutingDialog::fillAgencies()
{
    const Store::Directory directory(*m_store);
    QListWidgetItem *suggested = nullptr;
    for (const Core::Agency &agency : directory.agencies()) {
        if (!agency.active) {
            continue;
        }
        auto *item = new QListWidgetItem(agency.name, m_ui->agencyList);
        item->setData(kCodeRole, agency.code);
        item->setData(kFoldedRole, Core::foldForSearch(agency.name + u' ' + agency.code));
        item->setToolTip(agency.code);
        if (agency.code == m_suggestion.agencyCode) {
            // The star needs no translation; bold alone is lost on a selected row.
            item->setText(QStringLiteral("★ ") + agency.name);
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            suggested = item;
        }
    }
    if (suggested) {
        m_ui->agencyList->setCurrentItem(suggested);
        m_ui->agencyList->scrollToItem(suggested, QAbstractItemView::PositionAtCenter);
    }
}

void RoutingDialog::filterAgencies(const QString &text)
{
    const QStringList words = Core::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem *firstVisible = nullptr;
    for (int row = 0; row < m_ui->agencyList->count(); ++row) {
        QListWidgetItem *item = m_ui->agencyList->item(row);
        const QString folded = item->data(kFoldedRole).toString();
        bool visible = true;
        for (const QString &word : words) {
            visible = visible && folded.contains(word);
        }
        item->setHidden(!visible);
        if (visible && !firstVisible) {
            firstVisible = item;
        }
    }
    // Typing narrows the list but never chooses by itself (a click once routed a case to
    // the first agency of the list): only when one agency is left is that the choice.
    QListWidgetItem *current = m_ui->agencyList->currentItem();
    const QStringList visible = visibleAgencies();
    if (visible.size() == 1) {
        m_ui->agencyList->setCurrentItem(firstVisible);
    } else if (current && current->isHidden()) {
        m_ui->agencyList->setCurrentItem(nullptr);
    }
    updateChoice();
}

QStringList RoutingDialog::visibleAgencies() const
{
    QStringList codes;
    for (int row = 0; row < m_ui->agencyList->count(); ++row) {
        const QListWidgetItem *item = m_ui->agencyList->item(row);
        if (!item->isHidden()) {
            codes << item->data(kCodeRole).toString();
        }
    }
    return codes;
}

QString RoutingDialog::selectedAgency() const
{
    const QListWidgetItem *item = m_ui->agencyList->currentItem();
    return item && !item->isHidden() && item->isSelected() ? item->data(kCodeRole).toString()
                                                           : QString();
}

bool RoutingDialog::canRoute() const
{
    return m_case.has_value() && !selectedAgency().isEmpty();
}

QString RoutingDialog::agencyName(const QString &code) const
{
    const auto agency = Store::Directory(*m_store).agency(code);
    return agency ? agency->name : code;
}

void RoutingDialog::updateChoice()
{
    const QString code = selectedAgency();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canRoute());
    m_ui->choiceLabel->setText(code.isEmpty()
            ? tr("No agency chosen yet: pick one in the list.")
            : tr("Will be sent to: <b>%1</b>").arg(agencyName(code).toHtmlEscaped()));
}

QString RoutingDialog::summaryText() const
{
    const QString code = selectedAgency();
    if (!m_case || code.isEmpty()) {
        return QString();
    }
    const QString note = m_ui->noteEdit->toPlainText().trimmed();
    const auto due = dueDate();
    QStringList lines;
    lines << tr("Case: %1").arg(m_case->code)
          << tr("Citizen: %1")
                 .arg(m_case->citizenName.isEmpty() ? m_case->citizenId : m_case->citizenName)
          << tr("Agency: %1").arg(agencyName(code))
          << tr("Note to the agency: %1").arg(note.isEmpty() ? tr("(none)") : note)
          << (due ? tr("Answer due: %1").arg(dateText(*due)) : tr("Answer due: no date agreed"))
          << QString()
          << tr("The citizen is told: nothing yet. Routing sends no message to the citizen; "
                "answer them once the agency has answered.")
          << tr("You can recall the routing within %n minute(s).", nullptr,
                 Store::CaseWork(*m_store).recallMinutes());
    return lines.join(u'\n');
}

bool RoutingDialog::selectAgency(const QString &code)
{
    for (int row = 0; row < m_ui->agencyList->count(); ++row) {
        QListWidgetItem *item = m_ui->agencyList->item(row);
        if (item->data(kCodeRole).toString() == code) {
            item->setHidden(false);
            m_ui->agencyList->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void RoutingDialog::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    resetDueDate();
    updateTexts();
}

void RoutingDialog::resetDueDate()
{
    const qint64 now = m_nowMs > 0 ? m_nowMs : Core::nowMs();
    const QDate today = Core::vietnamDate(now);
    m_ui->dueDateEdit->setMinimumDate(today);
    m_ui->dueCheck->setChecked(m_defaultDays > 0);
    m_ui->dueDateEdit->setEnabled(m_defaultDays > 0);
    m_ui->dueDateEdit->setDate(m_defaultDays > 0
            ? m_calendar.deadline(Core::toVietnamTime(now), m_defaultDays).date()
            : today);
    updateDueLabel();
}

std::optional<QDate> RoutingDialog::dueDate() const
{
    if (!m_ui->dueCheck->isChecked()) {
        return std::nullopt;
    }
    return m_ui->dueDateEdit->date();
}

void RoutingDialog::setDueDate(const QDate &date)
{
    m_ui->dueCheck->setChecked(date.isValid());
    if (date.isValid()) {
        m_ui->dueDateEdit->setDate(date);
    }
}

qint64 RoutingDialog::dueAtMs() const
{
    const auto date = dueDate();
    if (!date) {
        return 0;
    }
    // The end of the day in Vietnam, like every legal deadline (Civil Code Art. 148).
    return QDateTime(*date, QTime(23, 59, 59, 999), QTimeZone(Core::kVietnamUtcOffsetSeconds))
        .toMSecsSinceEpoch();
}

int RoutingDialog::dueWorkingDays() const
{
    const qint64 due = dueAtMs();
    return due > 0 ? Core::CaseClock::workingDaysBetween(
               m_calendar, m_nowMs > 0 ? m_nowMs : Core::nowMs(), due)
                   : 0;
}

void RoutingDialog::updateDueLabel()
{
    const auto date = dueDate();
    if (!date) {
        m_ui->dueLabel->setText(m_defaultDays > 0
                ? tr("No date agreed: the agency answers within %n working day(s) of the clock "
                     "policy.",
                    nullptr, m_defaultDays)
                : tr("No date agreed and no policy: the agency's answer has no clock."));
        return;
    }
    QString text = tr("due %1 (%n working day(s))", nullptr, dueWorkingDays()).arg(dateText(*date));
    if (const auto off = m_calendar.dayOff(*date)) {
        text += QStringLiteral(" · ")
            + (off->name.isEmpty() ? tr("%1 is not a working day").arg(dateText(*date))
                                   : tr("%1 is a day off: %2").arg(dateText(*date), off->name));
    }
    m_ui->dueLabel->setText(text);
}

void RoutingDialog::updateTexts()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Route..."));
    m_ui->caseLabel->setText(CaseHeading::text(m_case));
    updateChoice();
    if (!m_case) {
        return;
    }

    const Store::Directory directory(*m_store);
    const QString unknown = tr("not classified");
    m_ui->kindValue->setText(m_case->kind.isEmpty() ? unknown : Reports::kindLabel(m_case->kind));
    const auto area = directory.area(m_case->areaCode);
    m_ui->areaValue->setText(area ? area->name : unknown);
    const auto procedure = directory.procedure(m_case->procedureCode);
    m_ui->procedureValue->setText(procedure
            ? tr("%1 (%2, %3 level)")
                  .arg(procedure->name, procedure->code,
                      procedure->level == QLatin1String("province") ? tr("province")
                                                                    : tr("commune"))
            : unknown);
    const auto locality = directory.locality(m_case->localityCode);
    m_ui->localityValue->setText(locality ? locality->name : unknown);

    if (m_suggestion.isValid()) {
        m_ui->suggestionLabel->setText(
            tr("<b>%1</b> (preselected below: check it or choose another)")
                .arg(m_suggestion.agencyName.toHtmlEscaped()));
    } else {
        m_ui->suggestionLabel->setText(tr("No suggestion: choose the agency below."));
    }
    m_ui->reasonLabel->setText(tr("Why: %1").arg(m_suggestion.reason));

    const auto open = Store::CaseWork(*m_store).openTransfer(m_caseId);
    if (open) {
        const auto agency = directory.agency(open->agencyCode);
        m_ui->openTransferLabel->setText(
            tr("This case already waits for %1 (sent %2). Routing it again adds a new transfer; "
               "the earlier one stays open until its answer is recorded.")
                .arg(agency ? agency->name : open->agencyCode,
                    dateText(Core::vietnamDate(open->routedAtMs))));
    }
    m_ui->openTransferLabel->setVisible(open.has_value());
    updateDueLabel();
}

bool RoutingDialog::route()
{
    m_lastError.clear();
    const QString agency = selectedAgency();
    if (!m_case) {
        m_lastError = CaseHeading::text(m_case);
        return false;
    }
    if (agency.isEmpty()) {
        m_lastError = tr("Choose the agency to send the case to.");
        return false;
    }
    Store::CaseWork work(*m_store);
    m_transferId = work.route(m_caseId, agency, m_ui->noteEdit->toPlainText().trimmed(), dueAtMs(),
        m_actor, m_nowMs > 0 ? m_nowMs : Core::nowMs());
    if (m_transferId == 0) {
        m_lastError = tr("The case could not be routed: %1").arg(work.lastError());
        return false;
    }
    return true;
}

void RoutingDialog::accept()
{
    if (!canRoute()) {
        return; // Enter with nothing chosen does nothing
    }
    if (!m_confirm(tr("Route %1?").arg(m_case->code), summaryText())) {
        return;
    }
    if (route()) {
        QDialog::accept();
    } else {
        warnPlain(this, windowTitle(), m_lastError);
    }
}

void RoutingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QDialog::changeEvent(event);
}

} // namespace Desk::Gui
