// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/agencyanswerdialog.h"
#include "ui_agencyanswerdialog.h"

#include "core/profile.h"
#include "core/vietnamtime.h"
#include "gui/caseheading.h"
#include "gui/logging.h"
#include "gui/plaintext.h"
#include "store/directory.h"
#include "store/store.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

namespace Desk::Gui {

namespace {

/** `name.pdf`, else `name (2).pdf`, ... : an earlier document is never overwritten. */
QString freePath(const QDir &dir, const QString &fileName)
{
    const QFileInfo info(fileName);
    QString candidate = dir.filePath(fileName);
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
        candidate = dir.filePath(
            QStringLiteral("%1 (%2)%3").arg(info.completeBaseName()).arg(n).arg(suffix));
    }
    return candidate;
}

} // namespace

AgencyAnswerDialog::AgencyAnswerDialog(Store::Store *store, qint64 caseId, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::AgencyAnswerDialog)
    , m_store(store)
    , m_caseId(caseId)
    , m_actor(Core::currentStaffLogin())
{
    m_ui->setupUi(this);
    CaseHeading::style(m_ui->caseLabel);
    setPlainText({m_ui->caseLabel, m_ui->transferNoteLabel}); // the citizen's name, a note
    m_case = m_store->caseById(caseId);
    // Newest first: after a re-routing the latest agency is the one that usually answers.
    const auto transfers = Store::CaseWork(*m_store).transfers(caseId);
    for (auto it = transfers.crbegin(); it != transfers.crend(); ++it) {
        if (it->answeredAtMs == 0) {
            m_open.append(*it);
        }
    }
    connect(m_ui->transferCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &AgencyAnswerDialog::updateTexts);
    connect(m_ui->addFilesButton, &QPushButton::clicked, this, &AgencyAnswerDialog::pickFiles);
    connect(m_ui->removeFileButton, &QPushButton::clicked, this,
        [this] { delete m_ui->fileList->currentItem(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AgencyAnswerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateTexts();
    m_ui->answerEdit->setFocus();
}

AgencyAnswerDialog::~AgencyAnswerDialog() = default;

QString AgencyAnswerDialog::attachmentsDir(
    const Store::Store &store, const QString &caseCode, qint64 transferId)
{
    // The profile folder is the database's folder (Core::Profile keeps them together).
    return QFileInfo(store.path())
        .absoluteDir()
        .filePath(QStringLiteral("attachments/%1/transfer-%2").arg(caseCode).arg(transferId));
}

qint64 AgencyAnswerDialog::transferId() const
{
    const int index = m_ui->transferCombo->currentIndex();
    return index >= 0 && index < m_open.size() ? m_open.at(index).id : 0;
}

bool AgencyAnswerDialog::selectTransfer(qint64 transferId)
{
    for (int i = 0; i < m_open.size(); ++i) {
        if (m_open.at(i).id == transferId) {
            m_ui->transferCombo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void AgencyAnswerDialog::setAnswerText(const QString &text)
{
    m_ui->answerEdit->setPlainText(text);
}

void AgencyAnswerDialog::addFiles(const QStringList &paths)
{
    QStringList listed = files();
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (listed.contains(absolute)) {
            continue;
        }
        listed << absolute;
        auto *item = new QListWidgetItem(QFileInfo(absolute).fileName(), m_ui->fileList);
        item->setData(Qt::UserRole, absolute);
        item->setToolTip(plainToolTip(absolute));
    }
}

QStringList AgencyAnswerDialog::files() const
{
    QStringList paths;
    for (int row = 0; row < m_ui->fileList->count(); ++row) {
        paths << m_ui->fileList->item(row)->data(Qt::UserRole).toString();
    }
    return paths;
}

void AgencyAnswerDialog::pickFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Documents from the agency"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)"));
    addFiles(paths);
}

bool AgencyAnswerDialog::copyFiles(const QString &dir)
{
    m_storedFiles.clear();
    const QStringList sources = files();
    if (sources.isEmpty()) {
        return true;
    }
    if (!QDir().mkpath(dir)) {
        m_lastError = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    for (const QString &source : sources) {
        const QString target = freePath(QDir(dir), QFileInfo(source).fileName());
        if (!QFile::copy(source, target)) {
            m_lastError = tr("Cannot copy %1 into the attachments folder.")
                              .arg(QDir::toNativeSeparators(source));
            for (const QString &copied : std::as_const(m_storedFiles)) {
                QFile::remove(copied);
            }
            m_storedFiles.clear();
            return false;
        }
        m_storedFiles << target;
    }
    return true;
}

bool AgencyAnswerDialog::record()
{
    m_lastError.clear();
    const qint64 transfer = transferId();
    const QString text = m_ui->answerEdit->toPlainText().trimmed();
    if (!m_case || transfer == 0) {
        m_lastError = tr("The case waits for no agency's answer.");
        return false;
    }
    if (text.isEmpty() && files().isEmpty()) {
        m_lastError = tr("Enter the agency's answer or add its documents.");
        return false;
    }
    if (!copyFiles(attachmentsDir(*m_store, m_case->code, transfer))) {
        return false;
    }
    Store::CaseWork work(*m_store);
    if (!work.recordAgencyAnswer(
            transfer, text, m_storedFiles, m_actor, m_nowMs > 0 ? m_nowMs : Core::nowMs())) {
        m_lastError = tr("The answer could not be recorded: %1").arg(work.lastError());
        for (const QString &copied : std::as_const(m_storedFiles)) {
            QFile::remove(copied);
        }
        m_storedFiles.clear();
        return false;
    }
    qCInfo(lcGui) << "agency answer recorded for case" << m_caseId << "transfer" << transfer
                  << "with" << m_storedFiles.size() << "document(s)";
    return true;
}

void AgencyAnswerDialog::accept()
{
    if (record()) {
        QDialog::accept();
    } else {
        warnPlain(this, windowTitle(), m_lastError);
    }
}

void AgencyAnswerDialog::updateTexts()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Re&cord answer"));
    m_ui->caseLabel->setText(CaseHeading::text(m_case));
    const Store::Directory directory(*m_store);
    const int current = qMax(0, m_ui->transferCombo->currentIndex());
    {
        const QSignalBlocker blocker(m_ui->transferCombo);
        m_ui->transferCombo->clear();
        for (const Store::Transfer &transfer : std::as_const(m_open)) {
            const auto agency = directory.agency(transfer.agencyCode);
            m_ui->transferCombo->addItem(tr("%1 (sent %2)")
                                             .arg(agency ? agency->name : transfer.agencyCode,
                                                 Core::toVietnamTime(transfer.routedAtMs)
                                                     .toString(QStringLiteral("dd/MM/yyyy"))));
        }
        m_ui->transferCombo->setCurrentIndex(qMin(current, m_open.size() - 1));
    }
    const int index = m_ui->transferCombo->currentIndex();
    if (index < 0) {
        m_ui->transferNoteLabel->setText(tr("The case waits for no agency's answer."));
    } else {
        const QString note = m_open.at(index).note;
        m_ui->transferNoteLabel->setText(note.isEmpty()
                ? tr("No note was sent with this transfer.")
                : tr("Note sent with the transfer: %1").arg(note));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(index >= 0);
}

void AgencyAnswerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QDialog::changeEvent(event);
}

} // namespace Desk::Gui
