// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/templatepromptdialog.h"

#include "core/textfold.h"
#include "store/directory.h"
#include "store/replyvalues.h"

#include <QCollator>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Desk::Gui {

namespace {

/** Sorted the Vietnamese way, without repeats. */
QStringList sortedUnique(QStringList entries)
{
    entries.removeAll(QString());
    entries.removeDuplicates();
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    std::sort(entries.begin(), entries.end(), collator);
    return entries;
}

} // namespace

TemplateChoices templateChoices(Store::Store &store)
{
    const Store::Directory directory(store);
    QStringList procedures;
    for (const Core::Procedure &procedure : directory.procedures()) {
        procedures << procedure.name;
    }
    QStringList agencies;
    for (const Core::Agency &agency : directory.agencies()) {
        if (agency.active) {
            agencies << agency.name;
        }
    }
    return {{QStringLiteral("thu_tuc"), sortedUnique(procedures)},
        {QStringLiteral("don_vi"), sortedUnique(agencies)},
        {QStringLiteral("can_bo"), sortedUnique(Store::recentStaffLogins(store))}};
}

TemplatePromptDialog::TemplatePromptDialog(const QString &templateTitle, const QStringList &missing,
    const Core::TemplateRenderer::Values &suggestions, QWidget *parent,
    const TemplateChoices &choices)
    : QDialog(parent)
    , m_choices(choices)
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
        edit->setMinimumWidth(420); // a procedure's or an agency's full name
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, &TemplatePromptDialog::updateOk);
        m_fields.insert(name, edit);
        const QString description = Core::TemplateRenderer::variableDescription(name);
        const QString label = description.isEmpty() ? name : description;
        if (!m_choices.value(name).isEmpty()) {
            // Our own filtering (folded, every word) feeds the popup; the completer only shows.
            auto *offered = new QStringListModel(m_choices.value(name), this);
            auto *completer = new QCompleter(offered, this);
            completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
            completer->setMaxVisibleItems(12);
            edit->setCompleter(completer);
            edit->setPlaceholderText(tr("Type to search the directory, or write the value"));
            connect(edit, &QLineEdit::textEdited, this,
                [this, name](const QString &typed) { filterChoices(name, typed); });
            auto *listButton = new QToolButton(this);
            listButton->setObjectName(name + QStringLiteral("ListButton"));
            listButton->setText(QStringLiteral("\u25BE"));
            listButton->setToolTip(tr("Show every entry of the directory"));
            connect(listButton, &QToolButton::clicked, this, [this, name, edit, completer] {
                filterChoices(name, QString());
                edit->setFocus();
                completer->complete();
            });
            m_offered.insert(name, offered);
            m_completers.insert(name, completer);
            auto *row = new QHBoxLayout;
            row->setSpacing(2);
            row->addWidget(edit, 1);
            row->addWidget(listButton);
            form->addRow(label, row);
        } else {
            edit->setPlaceholderText(tr("Type the value"));
            form->addRow(label, edit);
        }
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

QStringList TemplatePromptDialog::offered(const QString &variable) const
{
    const QStringListModel *model = m_offered.value(variable);
    return model ? model->stringList() : QStringList();
}

void TemplatePromptDialog::filterChoices(const QString &variable, const QString &typed)
{
    QStringListModel *model = m_offered.value(variable);
    if (!model) {
        return;
    }
    // Every typed word, folded (accents, đ and case ignored), anywhere in the entry.
    const QStringList words = Core::searchWords(typed);
    QStringList matches;
    for (const QString &entry : m_choices.value(variable)) {
        const QString folded = Core::foldForSearch(entry);
        if (std::all_of(words.cbegin(), words.cend(),
                [&folded](const QString &word) { return folded.contains(word); })) {
            matches << entry;
        }
    }
    model->setStringList(matches);
    if (QCompleter *completer = m_completers.value(variable); completer && !typed.isEmpty()) {
        completer->complete(); // the popup follows the typing
    }
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
