// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/caseactions.h"

#include "core/profile.h"
#include "core/vietnamtime.h"
#include "gui/agencyanswerdialog.h"
#include "gui/plaintext.h"
#include "gui/routingdialog.h"
#include "gui/transferslip.h"
#include "store/casework.h"
#include "store/store.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace Desk::Gui {

CaseActions::CaseActions(Store::Store *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_actor(Core::currentStaffLogin())
{
    m_menu->setObjectName(QStringLiteral("caseMenu"));
    m_route = m_menu->addAction(QString(), this, &CaseActions::route);
    m_route->setObjectName(QStringLiteral("routeAction"));
    m_route->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_answer = m_menu->addAction(QString(), this, &CaseActions::recordAnswer);
    m_answer->setObjectName(QStringLiteral("agencyAnswerAction"));
    m_menu->addSeparator();
    m_print = m_menu->addAction(QString(), this, &CaseActions::printSlip);
    m_print->setObjectName(QStringLiteral("printSlipAction"));
    m_save = m_menu->addAction(QString(), this, &CaseActions::saveSlipAs);
    m_save->setObjectName(QStringLiteral("saveSlipAction"));
    retranslate();
    updateActions();
}

CaseActions::~CaseActions() = default;

void CaseActions::retranslate()
{
    m_menu->setTitle(tr("&Case"));
    m_route->setText(tr("&Route to an agency..."));
    m_route->setToolTip(tr("Send the case to the responsible department or commune with a note "
                           "and a due date"));
    m_answer->setText(tr("Record the &agency's answer..."));
    m_print->setText(tr("&Print transfer slip..."));
    m_save->setText(tr("Save transfer slip as P&DF..."));
}

void CaseActions::setCase(qint64 caseId)
{
    m_caseId = caseId;
    updateActions();
}

void CaseActions::updateActions()
{
    bool anyTransfer = false;
    bool openTransfer = false;
    if (m_caseId != 0) {
        for (const Store::Transfer &transfer : Store::CaseWork(*m_store).transfers(m_caseId)) {
            anyTransfer = true;
            openTransfer = openTransfer || transfer.answeredAtMs == 0;
        }
    }
    m_route->setEnabled(m_caseId != 0);
    m_answer->setEnabled(openTransfer);
    m_print->setEnabled(anyTransfer);
    m_save->setEnabled(anyTransfer);
}

qint64 CaseActions::latestTransfer(int *hop) const
{
    const auto transfers = m_caseId != 0 ? Store::CaseWork(*m_store).transfers(m_caseId)
                                         : QVector<Store::Transfer>();
    if (hop) {
        *hop = transfers.size();
    }
    return transfers.isEmpty() ? 0 : transfers.constLast().id;
}

QString CaseActions::slipHtml() const
{
    const qint64 transfer = latestTransfer();
    if (transfer == 0) {
        return QString();
    }
    const auto data = TransferSlip::collect(*m_store, m_caseId, transfer, Core::nowMs(), QString());
    if (!data) {
        return QString();
    }
    return TransferSlip::html(*data, TransferSlip::form(QFileInfo(m_store->path()).absolutePath()));
}

QString CaseActions::slipFileName() const
{
    int hop = 0;
    latestTransfer(&hop);
    const auto summary = m_store->caseById(m_caseId);
    return tr("%1-transfer-slip-%2.pdf")
        .arg(summary ? summary->code : QString())
        .arg(hop, 2, 10, QLatin1Char('0'));
}

bool CaseActions::saveSlip(const QString &path, QString *error) const
{
    const QString html = slipHtml();
    if (html.isEmpty()) {
        if (error) {
            *error = tr("The case has not been sent to any agency.");
        }
        return false;
    }
    return TransferSlip::writePdf(html, path, error);
}

void CaseActions::route()
{
    if (m_caseId == 0) {
        return;
    }
    RoutingDialog dialog(m_store, m_caseId, m_window);
    dialog.setActor(m_actor);
    if (dialog.exec() == QDialog::Accepted) {
        updateActions();
    }
}

void CaseActions::recordAnswer()
{
    AgencyAnswerDialog dialog(m_store, m_caseId, m_window);
    dialog.setActor(m_actor);
    if (dialog.exec() == QDialog::Accepted) {
        updateActions();
    }
}

void CaseActions::printSlip()
{
    const QString html = slipHtml();
    if (html.isEmpty()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(slipFileName());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print transfer slip"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!TransferSlip::paint(html, &printer)) {
        QMessageBox::warning(
            m_window, tr("Print transfer slip"), tr("The printer could not print the slip."));
    }
}

void CaseActions::saveSlipAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save transfer slip"),
        QDir(dir).filePath(slipFileName()), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveSlip(path, &error)) {
        warnPlain(m_window, tr("Save transfer slip"),
            tr("The slip could not be saved to %1:\n%2")
                .arg(QDir::toNativeSeparators(path), error));
    }
}

} // namespace Desk::Gui
