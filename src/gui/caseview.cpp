// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/caseview.h"

#include "core/replywindow.h"
#include "core/vietnamtime.h"
#include "gui/assigneebox.h"
#include "gui/bubbledelegate.h"
#include "gui/caseclockwidget.h"
#include "gui/casehistorymodel.h"
#include "gui/casenoteeditor.h"
#include "gui/citizenpanel.h"
#include "gui/displaytext.h"
#include "gui/imagesource.h"
#include "gui/plaintext.h"
#include "gui/presencelabel.h"
#include "gui/replycomposer.h"
#include "gui/resolvepanel.h"
#include "gui/similaranswerspanel.h"
#include "gui/timelinemodel.h"
#include "gui/transferlistwidget.h"
#include "store/livefeed.h"
#include "store/store.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
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
    , m_presence(new PresenceLabel(this))
    , m_clockPanel(new CaseClockWidget(store, this))
    , m_assignee(new AssigneeBox(store, this))
    , m_composer(new ReplyComposer(store, this))
    , m_similar(new SimilarAnswersPanel(store, this))
    , m_notes(new CaseNoteEditor(store, this))
    , m_history(new CaseHistoryModel(this))
    , m_historyView(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
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
    setPlainText({m_titleLabel}); // the citizen's name
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
    header->addWidget(m_presence);
    header->addWidget(m_clockPanel);

    m_assignee->setObjectName(QStringLiteral("assigneeBox"));
    m_composer->setObjectName(QStringLiteral("replyComposer"));
    m_similar->setObjectName(QStringLiteral("similarAnswersPanel"));
    m_notes->setObjectName(QStringLiteral("caseNoteEditor"));
    m_historyView->setObjectName(QStringLiteral("historyTreeView"));
    m_historyView->setModel(m_history);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->header()->setStretchLastSection(true);
    m_historyView->header()->setSectionResizeMode(
        CaseHistoryModel::TimeColumn, QHeaderView::ResizeToContents);
    m_historyView->header()->setSectionResizeMode(
        CaseHistoryModel::ActorColumn, QHeaderView::ResizeToContents);
    m_tabs->setObjectName(QStringLiteral("caseWorkTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_composer, QString());
    m_tabs->addTab(m_notes, QString());
    m_tabs->addTab(m_historyView, QString());
    retranslateTabs();

    // The timeline keeps the larger share; the composer gets room for a few lines of reply
    // at 860 px (its editor was 80 px high with 520 / 250), and either can be dragged.
    auto *work = new QSplitter(Qt::Vertical, this);
    work->setObjectName(QStringLiteral("caseWorkSplitter"));
    work->addWidget(m_timeline);
    work->addWidget(m_tabs);
    work->setStretchFactor(0, 3);
    work->setStretchFactor(1, 1);
    work->setSizes({400, 330});
    work->setChildrenCollapsible(false);

    auto *conversation = new QWidget(this);
    auto *conversationLayout = new QVBoxLayout(conversation);
    conversationLayout->setContentsMargins(8, 6, 4, 0);
    conversationLayout->addLayout(header);
    conversationLayout->addWidget(work, 1);

    // Beside the conversation: who wrote, who handles it, and earlier answers to draw on.
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(6);
    sideLayout->addWidget(m_citizenPanel);
    auto *assigneeFrame = new QFrame(side);
    assigneeFrame->setFrameShape(QFrame::HLine);
    assigneeFrame->setFrameShadow(QFrame::Sunken);
    sideLayout->addWidget(assigneeFrame);
    sideLayout->addWidget(m_assignee);
    // Where the case went: its transfers to agencies and their answers.
    m_transfers = new TransferListWidget(store, side);
    sideLayout->addWidget(m_transfers);
    m_resolve = new ResolvePanel(store, side);
    sideLayout->addWidget(m_resolve);
    sideLayout->addWidget(m_similar, 1);
    m_assignee->setContentsMargins(8, 0, 8, 0);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(conversation);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    side->setMinimumWidth(220);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    if (m_images) {
        // A thumbnail arrived: rows change height to fit it, so lay them out again.
        connect(m_images, &ImageSource::imageReady, m_timeline, &QListView::doItemsLayout);
    }
    connect(m_composer, &ReplyComposer::replyQueued, this, &CaseView::replyQueued);
    connect(m_similar, &SimilarAnswersPanel::insertRequested, this, [this](const QString &answer) {
        m_tabs->setCurrentWidget(m_composer);
        m_composer->insertText(answer);
    });
    // Local writes (a reply queued or sent, a note, an assignment) show at once.
    connect(m_store, &Store::Store::casesChanged, this, [this](const QSet<qint64> &caseIds) {
        if (!m_showing) {
            refreshIfShown(caseIds);
        }
    });
    // Double-click (or the context menu) on a citizen's message: the reply quotes it.
    connect(m_timeline, &QListView::doubleClicked, this, &CaseView::quoteMessageAt);
    m_timeline->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_timeline, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_timeline->indexAt(pos);
        const Core::Message *message = m_model->messageAt(index.row());
        if (!message || message->direction != Core::Direction::Inbound) {
            return;
        }
        QMenu menu(this);
        menu.addAction(
            tr("Reply quoting this message"), this, [this, index] { quoteMessageAt(index); });
        if (message->type == QLatin1String("unreadable")) {
            // The row as Zalo sent it, as plain text, for the administrator or a bug report.
            menu.addAction(tr("Copy what Zalo sent"), this,
                [raw = message->rawJson] { QGuiApplication::clipboard()->setText(raw); });
        }
        menu.exec(m_timeline->viewport()->mapToGlobal(pos));
    });
    m_clockTick.setInterval(60 * 1000);
    connect(&m_clockTick, &QTimer::timeout, this, &CaseView::updateHeader);
    m_clockTick.start();
    updateHeader();
}

void CaseView::setActor(const QString &actor)
{
    m_actor = actor;
    m_composer->setActor(actor);
    m_notes->setActor(actor);
    m_assignee->setActor(actor);
    m_resolve->setActor(actor);
}

void CaseView::setLiveFeed(Store::LiveFeed *feed)
{
    if (m_feed) {
        disconnect(m_feed, nullptr, this, nullptr);
    }
    m_feed = feed;
    m_composer->setLiveFeed(feed);
    if (feed) {
        connect(feed, &Store::LiveFeed::presenceChanged, this,
            [this](qint64 caseId, const QList<Store::Presence> &people) {
                if (caseId == m_caseId) {
                    m_presence->setPeople(people);
                }
            });
    }
    m_presence->setPeople(feed ? feed->presence(m_caseId) : QList<Store::Presence>());
}

void CaseView::showCase(qint64 caseId)
{
    const QScopedValueRollback<bool> showing(m_showing, true);
    if (caseId != m_caseId) {
        m_composer->setCase(caseId); // keeps the draft of the case left
        m_notes->setCase(caseId);
        m_similar->setCase(caseId);
    }
    m_caseId = caseId;
    m_presence->setPeople(m_feed ? m_feed->presence(caseId) : QList<Store::Presence>());
    reload();
    if (m_case && m_case->unreadCount > 0) {
        m_store->markCaseRead(caseId, m_actor);
    }
    m_timeline->scrollToBottom();
}

void CaseView::quoteMessageAt(const QModelIndex &index)
{
    const Core::Message *message = m_model->messageAt(index.row());
    if (message && message->direction == Core::Direction::Inbound) {
        m_composer->setQuotedMessage(message->messageId, index.data().toString());
        m_tabs->setCurrentWidget(m_composer);
        m_composer->editor()->setFocus();
    }
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
        retranslateTabs();
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
    std::optional<Core::CaseSummary> shown = m_store->caseById(m_caseId);
    if (!shown && m_case && !m_store->lastError().isEmpty()) {
        // Not "the case is gone" but "the database did not answer" (a team database while its
        // connection is re-made): what is on screen stays, the desk reloads once it is back.
        updateHeader(); // its words may have changed language meanwhile
        return;
    }
    m_case = std::move(shown);
    m_clockPanel->showCase(m_case ? m_caseId : 0);
    m_transfers->showCase(m_case ? m_caseId : 0);
    m_resolve->showCase(m_case ? m_caseId : 0);
    m_composer->refresh();
    m_assignee->setCase(m_case ? m_caseId : 0, m_case ? m_case->assignee : QString());
    if (!m_case) {
        m_model->setMessages({}, {});
        m_history->setEvents({});
        m_citizenPanel->clear();
        updateHeader();
        return;
    }
    const auto citizen = m_store->citizen(m_case->citizenId);
    const QString name = citizen ? citizen->displayName : m_case->citizenName;
    const auto events = m_store->caseEvents(m_caseId);
    m_model->setEntries(m_store->messagesForCase(m_caseId), events, name);
    m_history->setEvents(events);
    m_timeline
        ->doItemsLayout(); // now, not on the next timer tick: the rows' heights depend on the texts
    if (citizen) {
        m_citizenPanel->showCitizen(*citizen);
    } else {
        m_citizenPanel->clear();
    }
    updateHeader();
}

void CaseView::retranslateTabs()
{
    m_tabs->setTabText(m_tabs->indexOf(m_composer), tr("Reply"));
    m_tabs->setTabText(m_tabs->indexOf(m_notes), tr("Internal note"));
    m_tabs->setTabText(m_tabs->indexOf(m_historyView), tr("History"));
    m_tabs->setTabToolTip(
        m_tabs->indexOf(m_notes), tr("A note for colleagues; never sent to the citizen"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_historyView), tr("Who did what, and when"));
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
        text = tr("Zalo: free 48 h over, a reply is a paid message and needs a funded Zalo "
                  "Cloud Account (ZCA) · possible for %1 more")
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
