// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/caseview.h"

#include "core/replywindow.h"
#include "core/vietnamtime.h"
#include "gui/bubbledelegate.h"
#include "gui/caseclockwidget.h"
#include "gui/citizenpanel.h"
#include "gui/displaytext.h"
#include "gui/imagesource.h"
#include "gui/timelinemodel.h"
#include "gui/transferlistwidget.h"
#include "store/store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace Desk::Gui {

CaseView::CaseView(Store::Store *store, ImageSource *images, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_images(images)
    , m_model(new TimelineModel(this))
    , m_timeline(new QListView(this))
    , m_citizenPanel(new CitizenPanel(images, this))
    , m_titleLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_windowLabel(new QLabel(this))
    , m_clockPanel(new CaseClockWidget(store, this))
{
    m_timeline->setObjectName(QStringLiteral("timelineListView"));
    m_timeline->setModel(m_model);
    m_timeline->setItemDelegate(new BubbleDelegate(images, m_timeline));
    m_timeline->setResizeMode(QListView::Adjust);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setFrameShape(QFrame::NoFrame);
    m_citizenPanel->setObjectName(QStringLiteral("citizenPanel"));

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setObjectName(QStringLiteral("caseTitleLabel"));
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setObjectName(QStringLiteral("caseStatusLabel"));
    m_windowLabel->setObjectName(QStringLiteral("replyWindowLabel"));
    // One line each, clipped rather than wrapped: wrapped labels in a splitter get a stale
    // height and overlap; the full text is in the tooltip.
    for (QLabel *label : {m_titleLabel, m_statusLabel}) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        label->setWordWrap(false);
    }
    // The reply window is the one thing here that must never be cut off.
    m_windowLabel->setWordWrap(true);
    m_windowLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);

    auto *header = new QVBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_titleLabel);
    header->addWidget(m_statusLabel);
    header->addWidget(m_windowLabel);
    header->addWidget(m_clockPanel);

    auto *conversation = new QWidget(this);
    auto *conversationLayout = new QVBoxLayout(conversation);
    conversationLayout->setContentsMargins(8, 6, 4, 0);
    conversationLayout->addLayout(header);
    conversationLayout->addWidget(m_timeline, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(conversation);
    // Beside the conversation: who wrote, and where the case went (transfers to agencies).
    m_transfers = new TransferListWidget(store, this);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_citizenPanel, 1);
    sideLayout->addWidget(m_transfers);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_citizenPanel->setMinimumWidth(220);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    if (m_images) {
        // A thumbnail arrived: rows change height to fit it, so lay them out again.
        connect(m_images, &ImageSource::imageReady, m_timeline, &QListView::doItemsLayout);
    }
    m_clockTick.setInterval(60 * 1000);
    connect(&m_clockTick, &QTimer::timeout, this, &CaseView::updateHeader);
    m_clockTick.start();
    updateHeader();
}

void CaseView::showCase(qint64 caseId)
{
    m_caseId = caseId;
    reload();
    if (m_case && m_case->unreadCount > 0) {
        m_store->markCaseRead(caseId, m_actor);
    }
    m_timeline->scrollToBottom();
}

void CaseView::refreshIfShown(const QSet<qint64> &caseIds)
{
    if (m_caseId != 0 && caseIds.contains(m_caseId)) {
        const bool atBottom = m_timeline->verticalScrollBar()->value()
            == m_timeline->verticalScrollBar()->maximum();
        reload();
        if (atBottom) {
            m_timeline->scrollToBottom();
        }
    }
}

void CaseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_caseId != 0) {
            reload(); // header and the timeline's "[Image]"-style labels
        } else {
            updateHeader();
        }
    }
    QWidget::changeEvent(event);
}

void CaseView::reload()
{
    m_case = m_store->caseById(m_caseId);
    m_clockPanel->showCase(m_case ? m_caseId : 0);
    m_transfers->showCase(m_case ? m_caseId : 0);
    if (!m_case) {
        m_model->setMessages({}, {});
        m_citizenPanel->clear();
        updateHeader();
        return;
    }
    const auto citizen = m_store->citizen(m_case->citizenId);
    const QString name = citizen ? citizen->displayName : m_case->citizenName;
    m_model->setMessages(m_store->messagesForCase(m_caseId), name);
    m_timeline
        ->doItemsLayout(); // now, not on the next timer tick: the rows' heights depend on the texts
    if (citizen) {
        m_citizenPanel->showCitizen(*citizen);
    } else {
        m_citizenPanel->clear();
    }
    updateHeader();
}

void CaseView::updateHeader()
{
    if (!m_case) {
        m_titleLabel->setText(tr("Select a case in the inbox"));
        m_statusLabel->clear();
        m_windowLabel->clear();
        return;
    }
    const QString name = m_case->citizenName.isEmpty() ? m_case->citizenId : m_case->citizenName;
    m_titleLabel->setText(tr("%1 · %2").arg(m_case->code, name));
    m_statusLabel->setText(tr("%1 · %n message(s) · received %2", nullptr, m_case->messageCount)
                               .arg(statusText(m_case->status), fullTimeText(m_case->openedAtMs)));
    const Core::ReplyWindow window = Core::ReplyWindow::at(m_case->lastInboundAtMs, Core::nowMs());
    QString text;
    switch (window.state) {
    case Core::ReplyWindow::State::NoInbound:
        text = tr("The citizen has not written in this case yet.");
        break;
    case Core::ReplyWindow::State::Free:
        text = tr("Zalo: free replies for %1 more · replies possible for %2")
                   .arg(durationText(window.freeRemainingMs), durationText(window.hardRemainingMs));
        break;
    case Core::ReplyWindow::State::Paid:
        text = tr("Zalo: free 48 h over, replies are charged · possible for %1 more")
                   .arg(durationText(window.hardRemainingMs));
        break;
    case Core::ReplyWindow::State::Closed:
        text = tr("Zalo: over 7 days since the citizen's last message; a reply is refused. "
                  "Call the citizen or wait for a new message.");
        break;
    }
    const QColor color = replyWindowColor(window);
    m_windowLabel->setText(text);
    m_windowLabel->setToolTip(text);
    m_statusLabel->setToolTip(m_statusLabel->text());
    m_windowLabel->setStyleSheet(color.isValid()
            ? QStringLiteral("color: %1; font-weight: 600;").arg(color.name())
            : QString());
}

} // namespace Desk::Gui
