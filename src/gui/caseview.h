// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <optional>

class QLabel;
class QListView;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace Desk::Store {
class LiveFeed;
class Store;
} // namespace Desk::Store

namespace Desk::Gui {

class AssigneeBox;
class CaseClockWidget;
class CaseHistoryModel;
class CaseNoteEditor;
class CitizenPanel;
class ImageSource;
class PresenceLabel;
class ReplyComposer;
class ResolvePanel;
class SimilarAnswersPanel;
class TimelineModel;
class TransferListWidget;

/** One case: header (code, status, reply window, legal clocks), conversation timeline with
 *  internal notes, and under it the reply composer, the note editor and the case history;
 *  beside it the citizen, the assignee and similar earlier answers. */
class CaseView : public QWidget
{
    Q_OBJECT
public:
    CaseView(Store::Store *store, ImageSource *images, QWidget *parent = nullptr);

    /** Shows the case and marks it read by `actor`. */
    void showCase(qint64 caseId);
    /** Reloads the shown case if it is among `caseIds` (after a sync). */
    void refreshIfShown(const QSet<qint64> &caseIds);
    qint64 caseId() const { return m_caseId; }
    QListView *timelineView() const { return m_timeline; }
    TimelineModel *timelineModel() const { return m_model; }
    /** The case's transfers to agencies, in the side panel. */
    TransferListWidget *transferList() const { return m_transfers; }
    void setActor(const QString &actor);
    /** A team desk: who else is on the shown case, and this desk's presence through `feed`. */
    void setLiveFeed(Store::LiveFeed *feed);
    PresenceLabel *presenceLabel() const { return m_presence; }
    ReplyComposer *composer() const { return m_composer; }
    SimilarAnswersPanel *similarAnswers() const { return m_similar; }
    CaseNoteEditor *noteEditor() const { return m_notes; }
    CaseHistoryModel *historyModel() const { return m_history; }
    AssigneeBox *assigneeBox() const { return m_assignee; }
    QTabWidget *workTabs() const { return m_tabs; }
    QTreeView *historyView() const { return m_historyView; }

    enum WorkTab { ReplyTab, NoteTab, HistoryTab };
    /** Shows the tab and puts the keyboard in it (the reply or note editor, the history). */
    void focusWorkTab(WorkTab tab);
    /** Opens the assignee list (the side panel is shown first when hidden). */
    void focusAssignee();
    /** The citizen / assignee / similar answers panel beside the conversation. */
    void setSidePanelVisible(bool visible);
    bool isSidePanelVisible() const;
    QSplitter *sideSplitter() const { return m_sideSplitter; }
    QSplitter *workSplitter() const { return m_workSplitter; }
    /** Whether the conversation shows its newest entry at the bottom. */
    bool isAtNewest() const;

signals:
    /** A reply of `caseId` went into the outbox: run a sync pass to send it. */
    void replyQueued(qint64 caseId);
    /** The side panel was shown or hidden (also by dragging the splitter). */
    void sidePanelToggled(bool visible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void updateHeader();
    void retranslateTabs();
    void quoteMessageAt(const QModelIndex &index);
    void scrollToNewest();
    void fitSidePanel();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Store::Store *m_store;
    ImageSource *m_images;
    TimelineModel *m_model;
    QListView *m_timeline;
    CitizenPanel *m_citizenPanel;
    QLabel *m_titleLabel;
    QLabel *m_statusLabel;
    QLabel *m_windowLabel;
    PresenceLabel *m_presence;
    QPointer<Store::LiveFeed> m_feed;
    CaseClockWidget *m_clockPanel;
    TransferListWidget *m_transfers = nullptr;
    ResolvePanel *m_resolve = nullptr; // resolution and the rating question
    AssigneeBox *m_assignee;
    ReplyComposer *m_composer;
    SimilarAnswersPanel *m_similar;
    CaseNoteEditor *m_notes;
    CaseHistoryModel *m_history;
    QTreeView *m_historyView;
    QTabWidget *m_tabs;
    QSplitter *m_sideSplitter = nullptr;
    QSplitter *m_workSplitter = nullptr;
    QWidget *m_side = nullptr;
    QWidget *m_sideContent = nullptr; // inside m_side, a scroll area
    int m_sideWidth = 260; // the panel's width before it was hidden
    bool m_showing = false; // inside showCase: its own read mark needs no second reload
    QTimer m_clockTick;
    qint64 m_caseId = 0;
    std::optional<Core::CaseSummary> m_case;
    QString m_actor;
};

} // namespace Desk::Gui
