// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace Desk::Gui {

/**
 * The keyboard shortcut sheet ("?" or F1): every action of the window's shortcut set with its
 * keys and what it does, read from the actions themselves so the sheet never disagrees with
 * what the keys do.
 */
class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    ShortcutSheet(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /** "J / Alt+Down": the keys of `action` as the sheet shows them. */
    static QString keysText(const QAction *action);

private:
    QTableWidget *m_table;
};

} // namespace Desk::Gui
