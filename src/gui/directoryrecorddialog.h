// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "core/directoryimport.h"
#include "gui/directorymodel.h"

#include <QDialog>
#include <QScopedPointer>
#include <QStringList>
#include <QVector>

namespace Ui {
class DirectoryRecordDialog;
}

namespace Desk::Gui {

/**
 * Edits one directory row: one field per column of the table's spec (line, text box, check
 * box, number, or a list of the codes a reference may take). It only collects the values;
 * the caller validates and stores them and calls showError() to keep the dialog open.
 */
class DirectoryRecordDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p names: code -> name per table, so reference lists read "Sở Tư pháp (STP)". */
    DirectoryRecordDialog(Core::DirectoryTable table, const QStringList &record,
        const Core::KnownKeys &known, QWidget *parent = nullptr, const DirectoryNames &names = {});
    ~DirectoryRecordDialog() override;

    QStringList record() const;
    void showError(const QString &message);
    /** The editor widget of a column (tests fill it in). */
    QWidget *editor(const QString &column) const;

private:
    QWidget *createEditor(const Core::ColumnSpec &column, const QString &value,
        const Core::KnownKeys &known, bool isKey);

    const QScopedPointer<Ui::DirectoryRecordDialog> m_ui;
    Core::DirectoryTable m_table;
    QVector<QWidget *> m_editors;
    DirectoryNames m_names;
};

} // namespace Desk::Gui
