// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/assigneebox.h"

#include "core/vietnamtime.h"
#include "gui/logging.h"
#include "store/casework.h"
#include "store/replyvalues.h"
#include "store/store.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>

namespace Desk::Gui {

AssigneeBox::AssigneeBox(Store::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(QStringLiteral("assigneeComboBox"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(10);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    connect(m_combo, &QComboBox::activated, this, [this] { applyChoice(); });
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, &AssigneeBox::applyChoice);
    m_label->setText(tr("Handled by:"));
    setCase(0, QString());
}

void AssigneeBox::setCase(qint64 caseId, const QString &assignee)
{
    const bool sameCase = caseId == m_caseId && assignee == m_assignee;
    m_caseId = caseId;
    m_assignee = assignee;
    setEnabled(caseId != 0);
    if (!sameCase || m_combo->count() == 0) {
        fill();
    }
}

void AssigneeBox::fill()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    QStringList logins = m_caseId != 0 ? Store::recentStaffLogins(*m_store) : QStringList();
    for (const QString &login : {m_actor, m_assignee}) {
        if (!login.isEmpty() && !logins.contains(login)) {
            logins.append(login);
        }
    }
    logins.sort(Qt::CaseInsensitive);
    m_combo->clear();
    m_combo->addItem(tr("(nobody)"), QString());
    for (const QString &login : std::as_const(logins)) {
        m_combo->addItem(login, login);
    }
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_assignee)));
}

void AssigneeBox::applyChoice()
{
    if (m_filling || m_caseId == 0) {
        return;
    }
    // A typed login, or the entry whose text was chosen ("(nobody)" means no one).
    const QString typed = m_combo->currentText().trimmed();
    const int index = m_combo->findText(typed);
    const QString login = index >= 0 ? m_combo->itemData(index).toString() : typed;
    if (login != m_assignee) {
        assign(login);
    }
}

bool AssigneeBox::assign(const QString &login)
{
    if (m_caseId == 0) {
        return false;
    }
    if (!Store::CaseWork(*m_store).assign(m_caseId, login, m_actor, Core::nowMs())) {
        qCWarning(lcGui) << "case" << m_caseId << "not assigned:" << m_store->lastError();
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_assignee)));
        return false;
    }
    m_assignee = login;
    fill();
    emit assigned(m_caseId, login);
    return true;
}

void AssigneeBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_label->setText(tr("Handled by:"));
        if (m_combo->count() > 0) {
            m_combo->setItemText(0, tr("(nobody)"));
        }
    }
    QWidget::changeEvent(event);
}

} // namespace Desk::Gui
