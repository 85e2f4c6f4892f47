// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/templatecompleter.h"

#include "core/textfold.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <algorithm>

namespace Desk::Gui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kMaxQuery = 40; // longer than any title typed: "/" was meant as a slash
constexpr int kVisibleRows = 8;
} // namespace

TemplateCompleter::TemplateCompleter(QPlainTextEdit *editor, Source templates)
    : QObject(editor)
    , m_editor(editor)
    , m_source(std::move(templates))
{
    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &TemplateCompleter::update);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &TemplateCompleter::update);
}

bool TemplateCompleter::isOpen() const
{
    return m_popup && m_popup->isVisible();
}

void TemplateCompleter::update()
{
    // The "/" that starts the query: on this line, before the cursor, at the start or after a
    // space, and not too far back.
    const QTextCursor cursor = m_editor->textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    const int slash = line.lastIndexOf(QLatin1Char('/'));
    const bool trigger = !cursor.hasSelection() && slash >= 0
        && (slash == 0 || line.at(slash - 1).isSpace()) && line.size() - slash - 1 <= kMaxQuery;
    if (!trigger) {
        m_dismissed = false;
        close();
        return;
    }
    const int start = cursor.block().position() + slash;
    if (m_dismissed && start == m_start) {
        return;
    }
    m_dismissed = false;
    if (start != m_start || m_templates.isEmpty()) {
        m_templates = m_source ? m_source() : QVector<Core::ReplyTemplate>();
        m_folded.clear();
        for (const Core::ReplyTemplate &t : std::as_const(m_templates)) {
            m_folded.append(Core::foldForSearch(t.title + QLatin1Char(' ') + t.code));
        }
    }
    m_start = start;
    m_query = line.mid(slash + 1);
    const QStringList words
        = Core::foldForSearch(m_query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!m_popup) {
        m_popup = new QListWidget(m_editor->window());
        m_popup->setObjectName(QStringLiteral("templateCompleterPopup"));
        m_popup->setFocusPolicy(Qt::NoFocus);
        m_popup->setFrameShape(QFrame::Box);
        m_popup->setUniformItemSizes(true);
        connect(m_popup, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            m_popup->setCurrentItem(item);
            accept();
        });
    }
    m_popup->clear();
    for (int i = 0; i < m_templates.size(); ++i) {
        const QString &haystack = m_folded.at(i);
        if (std::all_of(words.cbegin(), words.cend(),
                [&](const QString &word) { return haystack.contains(word); })) {
            auto *item = new QListWidgetItem(m_templates.at(i).title, m_popup);
            item->setData(kCodeRole, m_templates.at(i).code);
            item->setToolTip(m_templates.at(i).body);
        }
    }
    if (m_popup->count() == 0) {
        m_popup->hide(); // nothing fits: the "/" was just a slash, typing goes on
        return;
    }
    m_popup->setCurrentRow(0);
    place();
}

void TemplateCompleter::place()
{
    QWidget *window = m_editor->window();
    const int rowHeight = std::max(m_popup->sizeHintForRow(0), m_popup->fontMetrics().height());
    const int rows = std::min<int>(m_popup->count(), kVisibleRows);
    const int width = std::clamp(m_popup->sizeHintForColumn(0) + 2 * m_popup->frameWidth()
            + m_popup->verticalScrollBar()->sizeHint().width(),
        240, std::max(240, window->width() / 2));
    const int height = rows * rowHeight + 2 * m_popup->frameWidth() + 2;
    const QRect caret = m_editor->cursorRect();
    QPoint at = m_editor->viewport()->mapTo(window, caret.bottomLeft() + QPoint(0, 2));
    // Above the caret when there is no room below (the reply box is at the bottom).
    if (at.y() + height > window->height()) {
        at.setY(m_editor->viewport()->mapTo(window, caret.topLeft()).y() - height - 2);
    }
    at.setX(std::clamp(at.x(), 0, std::max(0, window->width() - width)));
    at.setY(std::max(0, at.y()));
    m_popup->setGeometry(QRect(at, QSize(width, height)));
    m_popup->show();
    m_popup->raise();
}

void TemplateCompleter::close()
{
    m_start = -1;
    m_query.clear();
    m_templates.clear();
    if (m_popup) {
        m_popup->hide();
    }
}

void TemplateCompleter::accept()
{
    if (!isOpen() || !m_popup->currentItem()) {
        return;
    }
    const QString code = m_popup->currentItem()->data(kCodeRole).toString();
    QTextCursor cursor = m_editor->textCursor();
    const int end = cursor.position();
    cursor.setPosition(m_start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    const QString typed = cursor.selectedText();
    close();
    cursor.removeSelectedText();
    m_editor->setTextCursor(cursor);
    close(); // removing the text moved the cursor; the list stays closed
    emit templateChosen(code, typed);
}

bool TemplateCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && isOpen()) {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const int row = m_popup->currentRow();
            switch (key->key()) {
            case Qt::Key_Down:
                m_popup->setCurrentRow(std::min(row + 1, m_popup->count() - 1));
                return true;
            case Qt::Key_Up:
                m_popup->setCurrentRow(std::max(row - 1, 0));
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
            case Qt::Key_Tab:
                accept();
                return true;
            case Qt::Key_Escape:
                m_dismissed = true;
                m_popup->hide();
                return true;
            default:
                break;
            }
        } else if (event->type() == QEvent::ShortcutOverride) {
            // Enter, Tab and Esc belong to the list while it is open, not to window shortcuts.
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape
                || key == Qt::Key_Tab) {
                event->accept();
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            m_popup->hide();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Desk::Gui
