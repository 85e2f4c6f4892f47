// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/directoryimportreport.h"

#include "gui/directorymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Desk::Gui {

DirectoryImportReportDialog::DirectoryImportReportDialog(
    const Store::DirectoryImportReport &report, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("directoryImportReport"));
    setWindowTitle(tr("Import of %1").arg(fileName));
    resize(760, 420);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setText(summaryText(report));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("rejectedTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Why it was not imported")});
    m_table->setRowCount(int(report.rejected.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    for (int row = 0; row < report.rejected.size(); ++row) {
        const Core::RejectedRow &rejected = report.rejected.at(row);
        auto *line = new QTableWidgetItem(QString::number(rejected.line));
        line->setData(Qt::UserRole, rejected.line);
        m_table->setItem(row, 0, line);
        m_table->setItem(row, 1,
            new QTableWidgetItem(
                rejected.column.isEmpty() ? QString() : directoryColumnTitle(rejected.column)));
        m_table->setItem(row, 2, new QTableWidgetItem(rejected.reason));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setVisible(!report.rejected.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

QString DirectoryImportReportDialog::summary() const
{
    return m_summary->text();
}

QString DirectoryImportReportDialog::summaryText(const Store::DirectoryImportReport &report)
{
    if (!report.fileError.isEmpty()) {
        return tr("The file was not imported. %1").arg(report.fileError);
    }
    if (!report.storeError.isEmpty()) {
        return report.storeError;
    }
    QString text = tr("%1 rows read: %2 added, %3 updated.")
                       .arg(report.rowCount)
                       .arg(report.inserted)
                       .arg(report.updated);
    if (!report.rejected.isEmpty()) {
        text += u' '
            + tr("%1 rows were not imported; correct them in the file and import it again.")
                  .arg(report.rejected.size());
    }
    return text;
}

} // namespace Desk::Gui
