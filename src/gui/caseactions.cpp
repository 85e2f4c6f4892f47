// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/caseactions.h"

#include "core/profile.h"
#include "core/vietnamtime.h"
#include "gui/agencyanswerdialog.h"
#include "gui/caseview.h"
#include "gui/plaintext.h"
#include "gui/resolvepanel.h"
#include "gui/routingdialog.h"
#include "gui/transferslip.h"
#include "store/casework.h"
#include "store/directory.h"
#include "store/store.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>

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
    m_recall = m_menu->addAction(QString(), this, &CaseActions::recall);
    m_recall->setObjectName(QStringLiteral("recallAction"));
    m_answer = m_menu->addAction(QString(), this, &CaseActions::recordAnswer);
    m_answer->setObjectName(QStringLiteral("agencyAnswerAction"));
    m_menu->addSeparator();
    m_resolve = m_menu->addAction(QString(), this, &CaseActions::resolve);
    m_resolve->setObjectName(QStringLiteral("resolveAction"));
    m_menu->addSeparator();
    m_print = m_menu->addAction(QString(), this, &CaseActions::printSlip);
    m_print->setObjectName(QStringLiteral("printSlipAction"));
    m_save = m_menu->addAction(QString(), this, &CaseActions::saveSlipAs);
    m_save->setObjectName(QStringLiteral("saveSlipAction"));
    retranslate();
    updateActions();
    // Every send is confirmed: the window's case view (made before this) says when a reply
    // was queued.
    if (auto *view = window->findChild<CaseView *>()) {
        connect(view, &CaseView::replyQueued, this, &CaseActions::confirmReplyQueued);
    }
}

CaseActions::~CaseActions() = default;

void CaseActions::confirmInStatusBar(QWidget *anyWidget, const QString &text)
{
    auto *main = qobject_cast<QMainWindow *>(anyWidget ? anyWidget->window() : nullptr);
    if (main) {
        main->statusBar()->showMessage(text, 15000);
    }
}

void CaseActions::announce(const QString &text)
{
    m_lastConfirmation = text;
    confirmInStatusBar(m_window, text);
    emit confirmed(text);
}

QString CaseActions::agencyName(const QString &code) const
{
    const auto agency = Store::Directory(*m_store).agency(code);
    return agency ? agency->name : code;
}

void CaseActions::confirmReplyQueued(qint64 caseId)
{
    const auto summary = m_store->caseById(caseId);
    if (summary) {
        announce(
            tr("Reply to %1 (%2) queued: it goes out with the next sync.")
                .arg(summary->code,
                    summary->citizenName.isEmpty() ? summary->citizenId : summary->citizenName));
    }
}

void CaseActions::retranslate()
{
    m_menu->setTitle(tr("&Case"));
    m_route->setText(tr("&Route to an agency..."));
    m_route->setToolTip(tr("Send the case to the responsible department or commune with a note "
                           "and a due date"));
    m_recall->setText(tr("Re&call the last routing..."));
    m_recall->setToolTip(tr("Take back a routing sent by mistake, within minutes of sending it"));
    m_resolve->setText(tr("Mark r&esolved..."));
    m_resolve->setToolTip(tr("The case is done: the citizen is asked to rate the answer, unless "
                             "withheld"));
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
    // Enabled past the window too: pressing it then says why it is too late.
    m_recall->setEnabled(openTransfer);
    m_resolve->setEnabled(m_caseId != 0);
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
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    updateActions();
    Store::CaseWork work(*m_store);
    const auto summary = m_store->caseById(m_caseId);
    const auto hop = work.transfer(dialog.transferId());
    if (summary && hop) {
        const qint64 until = work.recallDeadline(*hop);
        announce(tr("%1 routed to %2. It can be recalled until %3 (Case menu).")
                     .arg(summary->code, agencyName(hop->agencyCode),
                         Core::toVietnamTime(until).toString(QStringLiteral("HH:mm"))));
    }
}

bool CaseActions::recallLatest(qint64 nowMs, QString *message)
{
    Store::CaseWork work(*m_store);
    const auto open = m_caseId != 0 ? work.openTransfer(m_caseId) : std::nullopt;
    const auto summary = m_store->caseById(m_caseId);
    if (!open || !summary) {
        *message = Store::recallRefusalText(Store::RecallRefusal::NoTransfer, 0);
        return false;
    }
    const Store::RecallRefusal refusal = work.recall(open->id, m_actor, nowMs);
    if (refusal != Store::RecallRefusal::None) {
        *message = Store::recallRefusalText(refusal, work.recallMinutes());
        if (refusal == Store::RecallRefusal::Failed) {
            *message += u'\n' + work.lastError();
        }
        return false;
    }
    *message = tr("The routing of %1 to %2 was recalled.")
                   .arg(summary->code, agencyName(open->agencyCode));
    return true;
}

void CaseActions::recall()
{
    Store::CaseWork work(*m_store);
    const auto open = m_caseId != 0 ? work.openTransfer(m_caseId) : std::nullopt;
    if (!open) {
        return;
    }
    if (QMessageBox::question(m_window, tr("Recall the routing"),
            tr("Take back the routing to %1 sent at %2? The case returns to the desk.")
                .arg(agencyName(open->agencyCode),
                    Core::toVietnamTime(open->routedAtMs).toString(QStringLiteral("HH:mm"))))
        != QMessageBox::Yes) {
        return;
    }
    QString message;
    if (recallLatest(Core::nowMs(), &message)) {
        announce(message);
    } else {
        warnPlain(m_window, tr("Recall the routing"), message);
    }
    updateActions();
}

void CaseActions::resolve()
{
    if (m_caseId == 0) {
        return;
    }
    const QString done = ResolvePanel::resolveCase(m_store, m_caseId, m_actor, m_window);
    if (!done.isEmpty()) {
        announce(done);
    }
    updateActions();
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
