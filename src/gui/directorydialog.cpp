// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/directorydialog.h"
#include "ui_directorydialog.h"

#include "gui/directoryimportreport.h"
#include "gui/directorymodel.h"
#include "gui/directoryrecorddialog.h"
#include "gui/logging.h"
#include "store/directory.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>

namespace Desk::Gui {

using Core::DirectoryTable;

namespace {

QString tabTitle(DirectoryTable table)
{
    switch (table) {
    case DirectoryTable::Agencies:
        return DirectoryDialog::tr("Agencies");
    case DirectoryTable::Localities:
        return DirectoryDialog::tr("Communes");
    case DirectoryTable::Areas:
        return DirectoryDialog::tr("Areas");
    case DirectoryTable::Procedures:
        return DirectoryDialog::tr("Procedures");
    case DirectoryTable::ReplyTemplates:
        return DirectoryDialog::tr("Templates");
    case DirectoryTable::RoutingRules:
        return DirectoryDialog::tr("Routing rules");
    case DirectoryTable::ClassificationRules:
        return DirectoryDialog::tr("Classification rules");
    }
    return QString();
}

/** Columns worth reading in full get room; notes and bodies take what is left. */
void sizeColumns(QTableView *view, DirectoryModel *model)
{
    view->resizeColumnsToContents();
    for (int c = 0; c < model->columnCount(); ++c) {
        view->setColumnWidth(c, qMin(view->columnWidth(c), 360));
    }
    // The free text (a rule's note, a template's body) gets the spare width, not the yes/no
    // column that happens to come last.
    for (const char *name : {"note", "body"}) {
        const int column = model->viewColumn(QString::fromLatin1(name));
        if (column >= 0) {
            view->horizontalHeader()->setStretchLastSection(false);
            view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
        }
    }
}

} // namespace

DirectoryDialog::DirectoryDialog(Store::Directory *directory, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::DirectoryDialog)
    , m_directory(directory)
{
    m_ui->setupUi(this);
    for (DirectoryTable table : shownTables()) {
        auto *model = new DirectoryModel(table, this);
        auto *view = new QTableView(this);
        view->setObjectName(Core::tableSpec(table).sqlName + QStringLiteral("View"));
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setStretchLastSection(true);
        connect(view, &QTableView::doubleClicked, this, &DirectoryDialog::editRow);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectoryDialog::updateButtons);
        m_models.insert(table, model);
        m_views.insert(table, view);
        m_ui->tabs->addTab(view, tabTitle(table));
    }
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &DirectoryDialog::updateButtons);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (DirectoryModel *model : std::as_const(m_models)) {
            model->setFilter(text);
        }
        updateButtons();
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &DirectoryDialog::addRow);
    connect(m_ui->editButton, &QPushButton::clicked, this, &DirectoryDialog::editRow);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &DirectoryDialog::deleteRow);
    connect(m_ui->importButton, &QPushButton::clicked, this, &DirectoryDialog::importCsv);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &DirectoryDialog::exportCsv);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    for (DirectoryTable table : shownTables()) {
        sizeColumns(m_views.value(table), m_models.value(table));
    }
}

DirectoryDialog::~DirectoryDialog() = default;

QList<DirectoryTable> DirectoryDialog::shownTables()
{
    return {DirectoryTable::Agencies, DirectoryTable::Localities, DirectoryTable::Areas,
        DirectoryTable::Procedures, DirectoryTable::ReplyTemplates, DirectoryTable::RoutingRules};
}

DirectoryTable DirectoryDialog::currentTable() const
{
    return shownTables().value(m_ui->tabs->currentIndex(), DirectoryTable::Agencies);
}

void DirectoryDialog::setCurrentTable(DirectoryTable table)
{
    m_ui->tabs->setCurrentIndex(int(shownTables().indexOf(table)));
}

DirectoryModel *DirectoryDialog::model(DirectoryTable table) const
{
    return m_models.value(table);
}

QTableView *DirectoryDialog::view(DirectoryTable table) const
{
    return m_views.value(table);
}

void DirectoryDialog::reloadTable(DirectoryTable table)
{
    DirectoryModel *model = m_models.value(table);
    QTableView *view = m_views.value(table);
    if (!model || !view) {
        return;
    }
    const QString selected = model->key(view->currentIndex().row());
    model->setRecords(m_directory->records(table));
    shareNames();
    const int row = model->rowOf(selected);
    if (row >= 0) {
        view->selectRow(row);
    }
}

DirectoryNames DirectoryDialog::names() const
{
    DirectoryNames names;
    for (auto it = m_models.cbegin(); it != m_models.cend(); ++it) {
        names.insert(it.key(), it.value()->names());
    }
    return names;
}

void DirectoryDialog::shareNames()
{
    const DirectoryNames all = names();
    for (DirectoryModel *model : std::as_const(m_models)) {
        model->setReferenceNames(all);
    }
}

void DirectoryDialog::reload()
{
    for (DirectoryTable table : shownTables()) {
        reloadTable(table);
    }
    updateButtons();
}

void DirectoryDialog::updateButtons()
{
    const QTableView *view = m_views.value(currentTable());
    const bool hasRow = view && view->selectionModel()->hasSelection();
    m_ui->editButton->setEnabled(hasRow);
    m_ui->deleteButton->setEnabled(hasRow);
}

void DirectoryDialog::editRecord(const QStringList &record)
{
    const DirectoryTable table = currentTable();
    DirectoryRecordDialog editor(table, record, m_directory->knownKeys(), this, names());
    while (editor.exec() == QDialog::Accepted) {
        QString key;
        if (m_directory->upsertRecord(table, editor.record(), &key)) {
            reloadTable(table);
            const int row = m_models.value(table)->rowOf(key);
            if (row >= 0) {
                m_views.value(table)->selectRow(row);
            }
            return;
        }
        editor.showError(m_directory->lastError());
    }
}

void DirectoryDialog::addRow()
{
    editRecord({});
}

void DirectoryDialog::editRow()
{
    const QTableView *view = m_views.value(currentTable());
    const int row = view ? view->currentIndex().row() : -1;
    if (row >= 0) {
        editRecord(m_models.value(currentTable())->record(row));
    }
}

void DirectoryDialog::deleteRow()
{
    const DirectoryTable table = currentTable();
    const QTableView *view = m_views.value(table);
    const int row = view ? view->currentIndex().row() : -1;
    if (row < 0) {
        return;
    }
    const QString key = m_models.value(table)->key(row);
    const auto answer = QMessageBox::question(this, tr("Delete"),
        tr("Delete the %1 “%2”? Cases that already refer to it keep the code.")
            .arg(Core::DirectoryImport::tableTitle(table), key));
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (!m_directory->removeRecord(table, key)) {
        QMessageBox::warning(this, tr("Delete"), m_directory->lastError());
    }
    reloadTable(table);
    updateButtons();
}

DirectoryImportReportDialog *DirectoryDialog::importBytes(
    DirectoryTable table, const QByteArray &csv, const QString &fileName)
{
    const Store::DirectoryImportReport report = m_directory->importCsv(table, csv);
    reload();
    auto *dialog = new DirectoryImportReportDialog(report, fileName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void DirectoryDialog::importCsv()
{
    const DirectoryTable table = currentTable();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import %1 from CSV").arg(tabTitle(table)),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import CSV"),
            tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    importBytes(table, file.readAll(), QFileInfo(path).fileName());
}

bool DirectoryDialog::exportTo(DirectoryTable table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_directory->exportCsv(table)) < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Export CSV"),
            tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    qCInfo(lcGui) << "directory exported" << Core::tableSpec(table).sqlName;
    return true;
}

void DirectoryDialog::exportCsv()
{
    const DirectoryTable table = currentTable();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + u'/' + QFileInfo(Core::tableSpec(table).defaultFile).fileName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1 to CSV").arg(tabTitle(table)), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(table, path);
    }
}

void DirectoryDialog::retranslateTabs()
{
    const QList<DirectoryTable> tables = shownTables();
    for (int i = 0; i < tables.size(); ++i) {
        m_ui->tabs->setTabText(i, tabTitle(tables.at(i)));
    }
}

void DirectoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateTabs();
        for (DirectoryModel *model : std::as_const(m_models)) {
            model->setRecords(m_directory->records(model->table()));
        }
    }
    QDialog::changeEvent(event);
}

} // namespace Desk::Gui
