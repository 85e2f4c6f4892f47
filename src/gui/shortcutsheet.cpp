// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/shortcutsheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Desk::Gui {

ShortcutSheet::ShortcutSheet(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *hint = new QLabel(
        tr("Single keys work when the cursor is not in a text field. Tab and Shift+Tab move "
           "between the parts of the window."),
        this);
    hint->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("shortcutTableWidget"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false); // one line a row; a cut description has its tooltip
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty()) {
            continue;
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *keys = new QTableWidgetItem(keysText(action));
        QFont bold = keys->font();
        bold.setBold(true);
        keys->setFont(bold);
        m_table->setItem(row, 0, keys);
        // The action's own words, without the menu's accelerator marks.
        const QString text = action->toolTip().isEmpty() || action->toolTip() == action->text()
            ? QString(action->text()).remove(QLatin1Char('&'))
            : action->toolTip();
        auto *what = new QTableWidgetItem(text);
        what->setToolTip(text);
        m_table->setItem(row, 1, what);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString ShortcutSheet::keysText(const QAction *action)
{
    QStringList keys;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence &shortcut : shortcuts) {
        keys << shortcut.toString(QKeySequence::NativeText);
    }
    return keys.join(QStringLiteral(" / "));
}

} // namespace Desk::Gui
