// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "gui/directorymodel.h"

#include <QDialog>
#include <QHash>
#include <QScopedPointer>

class QTableView;

namespace Ui {
class DirectoryDialog;
}

namespace Desk::Store {
class Directory;
}

namespace Desk::Gui {

class DirectoryImportReportDialog;
class DirectoryModel;

/**
 * Administration -> Directory: one tab per table (agencies, communes, areas, procedures,
 * templates, routing rules) over in-memory models fed by Store::Directory (no SQL here); add,
 * edit, delete; CSV import with a report of the refused rows, CSV export for Excel.
 */
class DirectoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DirectoryDialog(Store::Directory *directory, QWidget *parent = nullptr);
    ~DirectoryDialog() override;

    static QList<Core::DirectoryTable> shownTables();
    Core::DirectoryTable currentTable() const;
    void setCurrentTable(Core::DirectoryTable table);
    DirectoryModel *model(Core::DirectoryTable table) const;
    QTableView *view(Core::DirectoryTable table) const;

    /** Re-reads every table from the store. */
    void reload();
    /**
     * Imports CSV bytes into `table` and opens (non-modal) the report of what was written and
     * refused; returns it. The file dialog path ends here too.
     */
    DirectoryImportReportDialog *importBytes(
        Core::DirectoryTable table, const QByteArray &csv, const QString &fileName);
    /** Writes the table as CSV to `path`; false (and a message box) on failure. */
    bool exportTo(Core::DirectoryTable table, const QString &path);

public slots:
    void addRow();
    void editRow();
    void deleteRow();
    void importCsv();
    void exportCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateTabs();
    void reloadTable(Core::DirectoryTable table);
    /** Every table's code -> name, so references show names (agency, area, procedure). */
    DirectoryNames names() const;
    void shareNames();
    void updateButtons();
    /** Runs the editor until the row is stored or the user cancels. */
    void editRecord(const QStringList &record);

    const QScopedPointer<Ui::DirectoryDialog> m_ui;
    Store::Directory *m_directory;
    QHash<Core::DirectoryTable, DirectoryModel *> m_models;
    QHash<Core::DirectoryTable, QTableView *> m_views;
};

} // namespace Desk::Gui
