// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casenoteeditor.h"

#include "core/vietnamtime.h"
#include "store/casework.h"
#include "store/store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Desk::Gui {

CaseNoteEditor::CaseNoteEditor(Store::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_hint(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_addButton(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    m_hint->setObjectName(QStringLiteral("noteHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #7a5d00; font-weight: 600;"));
    m_editor->setObjectName(QStringLiteral("notePlainTextEdit"));
    m_editor->setTabChangesFocus(true);
    // The sticky-note yellow tells at a glance: this is not the reply to the citizen.
    m_editor->setStyleSheet(QStringLiteral(
        "QPlainTextEdit { background: #fff8c5; color: #3d3200; border: 1px solid #e3c84a; }"));
    m_addButton->setObjectName(QStringLiteral("addNotePushButton"));
    m_problem->setObjectName(QStringLiteral("noteProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(m_hint);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &CaseNoteEditor::addNote);
    connect(m_editor, &QPlainTextEdit::textChanged, this,
        [this] { m_addButton->setEnabled(!m_editor->toPlainText().trimmed().isEmpty()); });
    for (const QKeySequence &keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CaseNoteEditor::addNote);
    }
    retranslate();
    setCase(0);
}

void CaseNoteEditor::setCase(qint64 caseId)
{
    if (caseId != m_caseId) {
        m_editor->clear();
        m_problem->hide();
    }
    m_caseId = caseId;
    setEnabled(caseId != 0);
    m_addButton->setEnabled(!m_editor->toPlainText().trimmed().isEmpty());
}

bool CaseNoteEditor::addNote()
{
    const QString text = m_editor->toPlainText().trimmed();
    if (m_caseId == 0 || text.isEmpty()) {
        return false;
    }
    if (!Store::CaseWork(*m_store).addNote(m_caseId, text, m_actor, Core::nowMs())) {
        m_problem->setText(tr("The note was not saved: %1").arg(m_store->lastError()));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_editor->clear();
    emit noteAdded(m_caseId);
    return true;
}

void CaseNoteEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CaseNoteEditor::retranslate()
{
    m_hint->setText(tr("Internal note: seen by colleagues only, never sent to the citizen."));
    m_editor->setPlaceholderText(tr("What colleagues should know about this case…"));
    m_addButton->setText(tr("Save note"));
    m_addButton->setToolTip(tr("Save the note in the case history (Ctrl+Enter)"));
}

} // namespace Desk::Gui
