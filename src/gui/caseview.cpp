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
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace Desk::Gui {

namespace {

const char *const kFullTextProperty = "deskFullText";

/** One line, elided to the label's width; the whole text in the tooltip when cut. */
void setElidedText(QLabel *label, const QString &text)
{
    label->setProperty(kFullTextProperty, text);
    const int width = label->contentsRect().width();
    const QString shown
        = width > 0 ? label->fontMetrics().elidedText(text, Qt::ElideRight, width) : text;
    label->setText(shown);
    // The title holds the citizen's name: the tooltip shows it literally, never as markup.
    label->setToolTip(shown != text ? plainToolTip(text) : QString());
}

} // namespace

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
        label->installEventFilter(this); // elided again at each width
        // Beside the clocks they may shrink, but always show the case code and a name.
        label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 14);
    }
    // The reply window is the one thing here that must never be cut off.
    m_windowLabel->setWordWrap(true);
    m_windowLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);

    // Who and what on the left, the legal clocks beside them: two short columns leave the
    // height to the conversation. The clocks keep their full width (never cut); the title and
    // status elide with a tooltip, the reply window wraps.
    auto *header = new QGridLayout;
    header->setHorizontalSpacing(12);
    header->setVerticalSpacing(2);
    header->addWidget(m_titleLabel, 0, 0);
    header->addWidget(m_statusLabel, 1, 0);
    header->addWidget(m_presence, 2, 0);
    // Beside the title its rows get the width they need: "Thông báo tiếp nhận" and "Đã xong,
    // đúng hạn" whole, never cut to fit a narrow column.
    m_clockPanel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    header->addWidget(m_clockPanel, 0, 1, 4, 1);
    // The reply window under both, on the whole width: one line, wrapped only when narrow.
    header->addWidget(m_windowLabel, 4, 0, 1, 2);
    header->setColumnStretch(0, 1);
    header->setRowStretch(3, 1);

    m_assignee->setObjectName(QStringLiteral("assigneeBox"));
    m_composer->setObjectName(QStringLiteral("replyComposer"));
    m_similar->setObjectName(QStringLiteral("similarAnswersPanel"));
    m_notes->setObjectName(QStringLiteral("caseNoteEditor"));
    m_historyView->setObjectName(QStringLiteral("historyTreeView"));
    m_historyView->setModel(m_history);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setAlternatingRowColors(true);
    // What happened takes the width and wraps; the time fits its text, the actor a name
    // (a longer one elides, its tooltip has it whole).
    m_historyView->setWordWrap(true);
    m_historyView->setUniformRowHeights(false);
    m_historyView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyView->setTextElideMode(Qt::ElideRight);
    m_historyView->setTabKeyNavigation(false);
    QHeaderView *historyHeader = m_historyView->header();
    historyHeader->setStretchLastSection(false);
    historyHeader->setSectionResizeMode(
        CaseHistoryModel::TimeColumn, QHeaderView::ResizeToContents);
    historyHeader->setSectionResizeMode(CaseHistoryModel::ActorColumn, QHeaderView::Interactive);
    historyHeader->resizeSection(
        CaseHistoryModel::ActorColumn, 14 * m_historyView->fontMetrics().averageCharWidth());
    historyHeader->setSectionResizeMode(CaseHistoryModel::WhatColumn, QHeaderView::Stretch);
    m_tabs->setObjectName(QStringLiteral("caseWorkTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_composer, QString());
    m_tabs->addTab(m_notes, QString());
    m_tabs->addTab(m_historyView, QString());
    retranslateTabs();

    // The timeline keeps the larger share, also at 768 px; the composer gets room for a few
    // lines of reply and its buttons, and either can be dragged (and is remembered).
    auto *work = new QSplitter(Qt::Vertical, this);
    m_workSplitter = work;
    work->setObjectName(QStringLiteral("caseWorkSplitter"));
    work->addWidget(m_timeline);
    work->addWidget(m_tabs);
    work->setStretchFactor(0, 3);
    work->setStretchFactor(1, 1);
    work->setSizes({520, 240});
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

    // The side panel gives way to the conversation: it collapses (F9, or dragged shut).
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_sideSplitter = splitter;
    splitter->setObjectName(QStringLiteral("caseSideSplitter"));
    splitter->addWidget(conversation);
    // The panel scrolls when the screen is short (1366x768 with the team's alerts up) instead
    // of squeezing the citizen's details to half a line each.
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setObjectName(QStringLiteral("caseSideScrollArea"));
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setWidget(side);
    splitter->addWidget(sideScroll);
    m_side = sideScroll;
    m_sideContent = side;
    sideScroll->viewport()->installEventFilter(this); // the panel's height follows its width
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, true);
    // Never narrower than what the panel's rows need beside the scroll bar: the viewport
    // clips what does not fit instead of wrapping it.
    sideScroll->setMinimumWidth(std::max(200, side->minimumSizeHint().width())
        + sideScroll->verticalScrollBar()->sizeHint().width());
    connect(splitter, &QSplitter::splitterMoved, this,
        [this] { emit sidePanelToggled(isSidePanelVisible()); });

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
    // The conversation stays at its newest entry while it is there: rows that grow (a relayout
    // at a new width, a picture that arrived) move the bottom, and the view follows it.
    QScrollBar *bar = m_timeline->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_timeline->property("deskAtNewest").toBool()) {
            bar->setValue(maximum);
        }
    });
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_timeline->setProperty("deskAtNewest", value >= bar->maximum());
    });
    m_timeline->setProperty("deskAtNewest", true);
    // A note just written is shown where it went, even when staff had scrolled up.
    connect(m_notes, &CaseNoteEditor::noteAdded, this, [this](qint64 caseId) {
        if (caseId != m_caseId) {
            return;
        }
        for (int row = m_model->rowCount() - 1; row >= 0; --row) {
            if (m_model->index(row).data(TimelineModel::NoteRole).toBool()) {
                if (row == m_model->rowCount() - 1) {
                    scrollToNewest();
                } else {
                    m_timeline->scrollTo(m_model->index(row), QAbstractItemView::PositionAtBottom);
                }
                return;
            }
        }
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
    scrollToNewest();
}

void CaseView::scrollToNewest()
{
    m_timeline->setProperty("deskAtNewest", true);
    m_timeline->scrollToBottom();
}

bool CaseView::isAtNewest() const
{
    const QScrollBar *bar = m_timeline->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void CaseView::focusWorkTab(WorkTab tab)
{
    QWidget *page = tab == ReplyTab ? static_cast<QWidget *>(m_composer)
        : tab == NoteTab            ? static_cast<QWidget *>(m_notes)
                                    : static_cast<QWidget *>(m_historyView);
    m_tabs->setCurrentWidget(page);
    QWidget *focus = tab == ReplyTab ? static_cast<QWidget *>(m_composer->editor())
        : tab == NoteTab             ? static_cast<QWidget *>(m_notes->editor())
                                     : page;
    focus->setFocus(Qt::ShortcutFocusReason);
}

void CaseView::focusAssignee()
{
    setSidePanelVisible(true);
    m_assignee->combo()->setFocus(Qt::ShortcutFocusReason);
    m_assignee->combo()->showPopup();
}

void CaseView::setSidePanelVisible(bool visible)
{
    if (visible == isSidePanelVisible()) {
        return;
    }
    const QList<int> sizes = m_sideSplitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (visible) {
        const int width = std::max(m_sideWidth, m_side->minimumWidth());
        m_sideSplitter->setSizes({std::max(0, total - width), width});
    } else {
        m_sideWidth = sizes.value(1);
        m_sideSplitter->setSizes({total, 0});
    }
    emit sidePanelToggled(visible);
}

bool CaseView::isSidePanelVisible() const
{
    return m_sideSplitter->sizes().value(1) > 0;
}

void CaseView::fitSidePanel()
{
    // QScrollArea sizes its widget from minimumSizeHint(), which knows nothing of how many lines
    // a wrapped label takes at the panel's real width: a long name on three lines squeezed the
    // citizen's details into each other. The layout's height for this width is the minimum.
    auto *scroll = qobject_cast<QScrollArea *>(m_side);
    QLayout *layout = m_sideContent ? m_sideContent->layout() : nullptr;
    if (scroll && layout && layout->hasHeightForWidth()) {
        m_sideContent->setMinimumHeight(layout->totalHeightForWidth(scroll->viewport()->width()));
    }
}

bool CaseView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && m_side
        && watched == static_cast<QScrollArea *>(m_side)->viewport()) {
        fitSidePanel();
    }
    if (event->type() == QEvent::Resize && (watched == m_titleLabel || watched == m_statusLabel)) {
        auto *label = static_cast<QLabel *>(watched);
        setElidedText(label, label->property(kFullTextProperty).toString());
    }
    return QWidget::eventFilter(watched, event);
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
        const bool atBottom = isAtNewest();
        const int position = m_timeline->verticalScrollBar()->value();
        reload();
        if (atBottom) {
            scrollToNewest();
        } else {
            // Staff were reading further up: they stay there.
            m_timeline->setProperty("deskAtNewest", false);
            m_timeline->verticalScrollBar()->setValue(position);
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
    fitSidePanel(); // the name may take more or fewer lines than the last one
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
        setElidedText(m_titleLabel, tr("Select a case in the inbox"));
        setElidedText(m_statusLabel, QString());
        m_windowLabel->clear();
        return;
    }
    const QString name = m_case->citizenName.isEmpty() ? m_case->citizenId : m_case->citizenName;
    setElidedText(m_titleLabel, tr("%1 · %2").arg(m_case->code, name));
    setElidedText(m_statusLabel,
        tr("%1 · %n message(s) · received %2", nullptr, m_case->messageCount)
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
    m_windowLabel->setStyleSheet(color.isValid()
            ? QStringLiteral("color: %1; font-weight: 600;").arg(color.name())
            : QString());
}

} // namespace Desk::Gui
