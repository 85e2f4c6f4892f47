// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/directory.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Desk::Gui {

/** What a CSV import did: counts, and every refused row with its line, column and reason. */
class DirectoryImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    DirectoryImportReportDialog(const Store::DirectoryImportReport &report, const QString &fileName,
        QWidget *parent = nullptr);

    QString summary() const;
    QTableWidget *rejectedTable() const { return m_table; }

    static QString summaryText(const Store::DirectoryImportReport &report);

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace Desk::Gui
