// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/templatepromptdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Desk::Gui {

TemplatePromptDialog::TemplatePromptDialog(const QString &templateTitle, const QStringList &missing,
    const Core::TemplateRenderer::Values &suggestions, QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("templatePromptDialog"));
    setWindowTitle(tr("Values for the template"));
    auto *intro = new QLabel(
        tr("The template \"%1\" needs values the case does not have. Fill them in; the reply "
           "is inserted only when every value is given.")
            .arg(templateTitle),
        this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const QString &name : missing) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name + QStringLiteral("LineEdit"));
        edit->setText(suggestions.value(name));
        edit->setMinimumWidth(320);
        edit->setPlaceholderText(QStringLiteral("{%1}").arg(name));
        connect(edit, &QLineEdit::textChanged, this, &TemplatePromptDialog::updateOk);
        form->addRow(Core::TemplateRenderer::variableDescription(name), edit);
        m_fields.insert(name, edit);
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Insert"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateOk();
    // The first empty field gets the cursor: staff type straight away.
    for (const QString &name : missing) {
        if (m_fields.value(name)->text().trimmed().isEmpty()) {
            m_fields.value(name)->setFocus();
            break;
        }
    }
}

Core::TemplateRenderer::Values TemplatePromptDialog::values() const
{
    Core::TemplateRenderer::Values result;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        result.insert(it.key(), it.value()->text().trimmed());
    }
    return result;
}

void TemplatePromptDialog::updateOk()
{
    bool complete = true;
    for (const QLineEdit *edit : std::as_const(m_fields)) {
        complete = complete && !edit->text().trimmed().isEmpty();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace Desk::Gui
