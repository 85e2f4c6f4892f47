// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/exportdialog.h"

#include "core/vietnamtime.h"
#include "reports/labels.h"
#include "store/clocks.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace Desk::Gui {

namespace {

using Length = Core::ReportPeriod::Length;
constexpr Length kLengths[] = {Length::Month, Length::Quarter, Length::HalfYear, Length::Year};

/** A line edit with its Browse button, for the form. */
QHBoxLayout *pathRow(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

} // namespace

ExportDialog::ExportDialog(Store::Store *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_now(&Core::nowMs)
    , m_lengthBox(new QComboBox(this))
    , m_yearBox(new QSpinBox(this))
    , m_indexBox(new QComboBox(this))
    , m_cutoffBox(new QCheckBox(this))
    , m_rangeLabel(new QLabel(this))
    , m_unitEdit(new QLineEdit(this))
    , m_filterLabel(new QLabel(this))
    , m_xlsxBox(new QCheckBox(this))
    , m_xlsxEdit(new QLineEdit(this))
    , m_xlsxBrowse(new QPushButton(this))
    , m_csvBox(new QCheckBox(this))
    , m_csvEdit(new QLineEdit(this))
    , m_csvBrowse(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_openFolderButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_periodLabel(new QLabel(this))
    , m_unitLabel(new QLabel(this))
    , m_languageBox(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_lengthBox->setObjectName(QStringLiteral("lengthComboBox"));
    m_yearBox->setObjectName(QStringLiteral("yearSpinBox"));
    m_indexBox->setObjectName(QStringLiteral("indexComboBox"));
    m_cutoffBox->setObjectName(QStringLiteral("cutoffCheckBox"));
    m_xlsxEdit->setObjectName(QStringLiteral("xlsxLineEdit"));
    m_csvEdit->setObjectName(QStringLiteral("csvLineEdit"));
    m_xlsxBrowse->setObjectName(QStringLiteral("xlsxBrowseButton"));
    m_csvBrowse->setObjectName(QStringLiteral("csvBrowseButton"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_languageBox->setObjectName(QStringLiteral("languageComboBox"));
    // Each language named in itself, so it reads the same whatever the desk's language.
    m_languageBox->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filterLabel->setWordWrap(true);
    m_filterLabel->hide();
    m_progress->hide();
    m_openFolderButton->hide();
    m_yearBox->setRange(2000, 2100);
    m_xlsxBox->setChecked(true);
    for (int i = 0; i < int(std::size(kLengths)); ++i) {
        m_lengthBox->addItem(QString());
    }

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_lengthBox);
    periodRow->addWidget(m_indexBox);
    periodRow->addWidget(m_yearBox);
    periodRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(m_periodLabel, periodRow);
    form->addRow(QString(), m_cutoffBox);
    form->addRow(QString(), m_rangeLabel);
    form->addRow(m_unitLabel, m_unitEdit);
    form->addRow(m_languageLabel, m_languageBox);
    form->addRow(m_xlsxBox, pathRow(m_xlsxEdit, m_xlsxBrowse));
    form->addRow(m_csvBox, pathRow(m_csvEdit, m_csvBrowse));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    auto *result = new QHBoxLayout;
    result->addWidget(m_statusLabel, 1);
    result->addWidget(m_openFolderButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_filterLabel);
    layout->addWidget(m_progress);
    layout->addLayout(result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_exportButton->setDefault(true);
    setMinimumWidth(640); // room for a file path

    const Core::ReportPeriod current
        = Core::ReportPeriod::containing(Length::Quarter, Core::nowMs(), false);
    retranslate();
    setPeriod(current);
    m_unitEdit->setText(tr("Advisory and Support Team, Public Administrative Service Center"));

    connect(m_lengthBox, &QComboBox::currentIndexChanged, this, [this] {
        fillIndexBox();
        updatePeriod();
    });
    connect(m_indexBox, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePeriod);
    connect(m_yearBox, &QSpinBox::valueChanged, this, &ExportDialog::updatePeriod);
    connect(m_cutoffBox, &QCheckBox::toggled, this, &ExportDialog::updatePeriod);
    for (QLineEdit *edit : {m_xlsxEdit, m_csvEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_autoPaths = false; });
    }
    connect(m_xlsxEdit, &QLineEdit::textEdited, m_xlsxBox, [this] { m_xlsxBox->setChecked(true); });
    connect(m_csvEdit, &QLineEdit::textEdited, m_csvBox, [this] { m_csvBox->setChecked(true); });
    connect(m_xlsxBrowse, &QPushButton::clicked, this,
        [this] { browse(m_xlsxEdit, tr("Excel workbook (*.xlsx)"), QStringLiteral(".xlsx")); });
    connect(m_csvBrowse, &QPushButton::clicked, this,
        [this] { browse(m_csvEdit, tr("CSV file (*.csv)"), QStringLiteral(".csv")); });
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_openFolderButton, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
}

ExportDialog::~ExportDialog() = default; // the job (a child) cancels and waits for its worker

void ExportDialog::setPeriod(const Core::ReportPeriod &period)
{
    const QSignalBlocker length(m_lengthBox);
    const QSignalBlocker year(m_yearBox);
    const QSignalBlocker cutoff(m_cutoffBox);
    m_lengthBox->setCurrentIndex(
        int(std::find(std::begin(kLengths), std::end(kLengths), period.length())
            - std::begin(kLengths)));
    fillIndexBox();
    const QSignalBlocker index(m_indexBox);
    m_indexBox->setCurrentIndex(std::max(0, period.index() - 1));
    m_yearBox->setValue(period.year());
    m_cutoffBox->setChecked(period.cutoff());
    updatePeriod();
}

Core::ReportPeriod ExportDialog::period() const
{
    const Length length = kLengths[std::max(0, m_lengthBox->currentIndex())];
    const int index = length == Length::Year ? 1 : m_indexBox->currentIndex() + 1;
    return Core::ReportPeriod(length, m_yearBox->value(), index, m_cutoffBox->isChecked());
}

void ExportDialog::setFilter(const Reports::ReportFilter &filter)
{
    m_filter = filter;
    retranslate();
}

void ExportDialog::setXlsxPath(const QString &path)
{
    m_autoPaths = false;
    m_xlsxEdit->setText(path);
    m_xlsxBox->setChecked(!path.isEmpty());
}

void ExportDialog::setCsvPath(const QString &path)
{
    m_autoPaths = false;
    m_csvEdit->setText(path);
    m_csvBox->setChecked(!path.isEmpty());
}

QString ExportDialog::xlsxPath() const
{
    return m_xlsxBox->isChecked() ? m_xlsxEdit->text().trimmed() : QString();
}

QString ExportDialog::csvPath() const
{
    return m_csvBox->isChecked() ? m_csvEdit->text().trimmed() : QString();
}

void ExportDialog::setLanguage(const QString &language)
{
    m_languageBox->setCurrentIndex(std::max(0, m_languageBox->findData(language)));
}

QString ExportDialog::language() const
{
    return m_languageBox->currentData().toString();
}

void ExportDialog::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
}

QString ExportDialog::statusText() const
{
    return m_statusLabel->text();
}

bool ExportDialog::isRunning() const
{
    return m_job && m_job->state() == Reports::ExportJob::State::Running;
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export report to Excel"));
    m_periodLabel->setText(tr("&Period:"));
    m_periodLabel->setBuddy(m_lengthBox);
    const QString lengths[] = {tr("Month"), tr("Quarter"), tr("Six months"), tr("Year")};
    for (int i = 0; i < int(std::size(lengths)); ++i) {
        m_lengthBox->setItemText(i, lengths[i]);
    }
    fillIndexBox();
    m_cutoffBox->setText(tr("Reporting cut-off: from the 15th to the 14th"));
    m_cutoffBox->setToolTip(tr("Periodic administrative reports count from the 15th of the month "
                               "before the period to the 14th of its last month"));
    m_unitLabel->setText(tr("&Unit:"));
    m_unitLabel->setBuddy(m_unitEdit);
    m_unitEdit->setToolTip(tr("Shown under the title of the summary sheet"));
    m_languageLabel->setText(tr("&Language of the files:"));
    m_languageLabel->setBuddy(m_languageBox);
    m_languageBox->setToolTip(tr("Sheet names, headings, labels and number formats of the "
                                 "workbook and the CSV"));
    m_xlsxBox->setText(tr("E&xcel workbook (.xlsx):"));
    m_csvBox->setText(tr("&CSV (tab-separated, for Excel):"));
    m_xlsxBrowse->setText(tr("Browse..."));
    m_csvBrowse->setText(tr("Browse..."));
    m_openFolderButton->setText(tr("Open folder"));
    m_exportButton->setText(tr("&Export"));
    m_closeButton->setText(isRunning() ? tr("Cancel export") : tr("Close"));
    const QString filter
        = Reports::filterLabel(m_filter, Reports::agencyNames(m_store->database()));
    m_filterLabel->setText(tr("Only the cases of: %1").arg(filter));
    m_filterLabel->setVisible(!filter.isEmpty());
    updatePeriod();
}

void ExportDialog::fillIndexBox()
{
    const Length length = kLengths[std::max(0, m_lengthBox->currentIndex())];
    const int keep = m_indexBox->currentIndex();
    QStringList items;
    switch (length) {
    case Length::Month:
        for (int month = 1; month <= 12; ++month) {
            items << tr("Month %1").arg(month);
        }
        break;
    case Length::Quarter:
        for (int quarter = 1; quarter <= 4; ++quarter) {
            items << tr("Quarter %1").arg(quarter);
        }
        break;
    case Length::HalfYear:
        items << tr("First six months") << tr("Last six months");
        break;
    case Length::Year:
        break;
    }
    const QSignalBlocker blocker(m_indexBox);
    m_indexBox->clear();
    m_indexBox->addItems(items);
    m_indexBox->setCurrentIndex(std::clamp(keep, 0, std::max(0, int(items.size()) - 1)));
    m_indexBox->setVisible(!items.isEmpty());
}

void ExportDialog::updatePeriod()
{
    const Core::ReportPeriod chosen = period();
    const QString format = QStringLiteral("dd/MM/yyyy");
    m_rangeLabel->setText(
        tr("Cases received from %1 to %2")
            .arg(chosen.firstDay().toString(format), chosen.lastDay().toString(format)));
    if (m_autoPaths) {
        m_xlsxEdit->setText(defaultPath(QStringLiteral(".xlsx")));
        m_csvEdit->setText(defaultPath(QStringLiteral(".csv")));
    }
}

QString ExportDialog::defaultPath(const QString &suffix) const
{
    QString folder = m_folder;
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    const Core::ReportPeriod chosen = period();
    // The period's key names the file; the cut-off variant of the same key is another report.
    const QString name = tr("report-%1").arg(chosen.key())
        + (chosen.cutoff() ? QStringLiteral("-15-14") : QString()) + suffix;
    return QDir(folder).filePath(name);
}

void ExportDialog::browse(QLineEdit *edit, const QString &filter, const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save report as"), edit->text(), filter);
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) {
        path += suffix; // a name the save dialog did not see: asked about on export
    } else {
        m_confirmedPaths << QFileInfo(path).absoluteFilePath();
    }
    m_autoPaths = false;
    edit->setText(path);
    (edit == m_xlsxEdit ? m_xlsxBox : m_csvBox)->setChecked(true);
}

bool ExportDialog::startExport()
{
    if (isRunning()) {
        return false;
    }
    const QString xlsx = xlsxPath();
    const QString csv = csvPath();
    if (xlsx.isEmpty() && csv.isEmpty()) {
        m_statusLabel->setText(tr("Choose an Excel workbook or a CSV file to write."));
        return false;
    }
    if (!confirmOverwrite({xlsx, csv})) {
        m_statusLabel->setText(tr("Nothing was written: choose another file name."));
        return false;
    }
    Store::Clocks clocks(*m_store);
    Reports::ExportRequest request;
    request.databasePath = m_store->path();
    request.options.period = period();
    request.options.nowMs = m_now();
    request.options.filter = m_filter;
    request.calendar = clocks.calendar();
    request.hours = clocks.businessHours();
    request.unitName = m_unitEdit->text().trimmed();
    request.xlsxPath = xlsx;
    request.csvPath = csv;
    request.language = language();
    m_folder = QFileInfo(xlsx.isEmpty() ? csv : xlsx).absolutePath();

    delete m_job;
    m_job = new Reports::ExportJob(request, this);
    connect(m_job, &Reports::ExportJob::progress, this, [this](qint64 written, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::min<qint64>(1000, written * 1000 / total)));
            m_statusLabel->setText(tr("Writing: %1 of %2 rows").arg(written).arg(total));
        }
        emit exportProgress(written, total);
    });
    connect(m_job, &Reports::ExportJob::finished, this, &ExportDialog::onFinished);
    m_progress->setRange(0, 0); // busy while the report is computed
    m_progress->show();
    m_openFolderButton->hide();
    m_statusLabel->setText(tr("Computing the report..."));
    setRunning(true);
    m_job->start();
    return true;
}

bool ExportDialog::confirmOverwrite(const QStringList &paths)
{
    QStringList existing;
    for (const QString &path : paths) {
        const QFileInfo file(path);
        if (!path.isEmpty() && file.exists()
            && !m_confirmedPaths.contains(file.absoluteFilePath())) {
            existing << QDir::toNativeSeparators(file.absoluteFilePath());
        }
    }
    if (existing.isEmpty()) {
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("Replace the file?"),
        existing.size() == 1
            ? tr("%1 already exists.\nDo you want to replace it?").arg(existing.first())
            : tr("These files already exist:\n%1\nDo you want to replace them?")
                  .arg(existing.join(QLatin1Char('\n'))),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("replaceFileMessageBox"));
    box.setTextFormat(Qt::PlainText); // paths are never markup
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Keep the file"), QMessageBox::RejectRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    keep->setObjectName(QStringLiteral("keepButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == replace;
}

void ExportDialog::cancelExport()
{
    if (isRunning()) {
        m_job->cancel();
        m_statusLabel->setText(tr("Cancelling..."));
    }
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::onFinished(Reports::ExportJob::State state)
{
    setRunning(false);
    using State = Reports::ExportJob::State;
    switch (state) {
    case State::Finished: {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        QStringList names;
        for (const QString &path : {xlsxPath(), csvPath()}) {
            if (!path.isEmpty()) {
                names << QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
            }
        }
        m_statusLabel->setText(tr("Saved: %1").arg(names.join(QStringLiteral(", "))));
        m_openFolderButton->show();
        break;
    }
    case State::Cancelled:
        m_progress->hide();
        m_statusLabel->setText(tr("The export was cancelled; no file was written."));
        break;
    default:
        m_progress->hide();
        m_statusLabel->setText(tr("The export failed: %1").arg(m_job->errorString()));
        break;
    }
    emit exportFinished(state);
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget *input : std::initializer_list<QWidget *> {m_lengthBox, m_indexBox, m_yearBox,
             m_cutoffBox, m_unitEdit, m_xlsxBox, m_xlsxEdit, m_xlsxBrowse, m_csvBox, m_csvEdit,
             m_csvBrowse, m_exportButton}) {
        input->setEnabled(!running);
    }
    m_closeButton->setText(running ? tr("Cancel export") : tr("Close"));
}

} // namespace Desk::Gui
