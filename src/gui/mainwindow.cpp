// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"
#include "ui_mainwindow.h"

#include "gui/calendardialog.h"
#include "gui/caseactions.h"
#include "gui/caseview.h"
#include "gui/connectoadialog.h"
#include "gui/dashboardwidget.h"
#include "gui/directorydialog.h"
#include "gui/exportdialog.h"
#include "gui/focusring.h"
#include "gui/inboxmodel.h"
#include "gui/inboxwidget.h"
#include "gui/replycomposer.h"
#include "gui/shortcutsheet.h"
#include "gui/syncstatuswidget.h"
#include "gui/teambanner.h"
#include "gui/unreadnotifier.h"
#include "gui/windowgeometry.h"
#include "store/clocks.h"
#include "store/directory.h"
#include "store/livefeed.h"
#include "store/store.h"
#include "zalo/oaconnection.h"
#include "zalo/syncservice.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QCloseEvent>
#include <QLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace Desk::Gui {

MainWindow::MainWindow(
    Store::Store *store, Zalo::SyncService *sync, ImageSource *images, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_store(store)
    , m_sync(sync)
    , m_inbox(new InboxWidget(store, this))
    , m_caseView(new CaseView(store, images, this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_banner(new TeamBanner(this))
{
    m_ui->setupUi(this);
    m_inbox->setObjectName(QStringLiteral("inboxWidget"));
    m_caseView->setObjectName(QStringLiteral("caseView"));
    m_ui->syncAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_inbox);
    splitter->addWidget(m_caseView);
    // The conversation gets the larger share: at 1366 px the case view needs the room for
    // its bubbles; the two-line inbox rows read in the rest.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 880});
    splitter->setChildrenCollapsible(false);
    // The team banner (hidden unless the team database or the OA service is down) above all.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_syncStatus, 1);

    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->vietnameseAction);
    languages->addAction(m_ui->englishAction);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->findAction, &QAction::triggered, m_inbox, &InboxWidget::focusSearch);
    connect(m_ui->vietnameseAction, &QAction::triggered, this,
        [this] { emit languageRequested(QStringLiteral("vi")); });
    connect(m_ui->englishAction, &QAction::triggered, this,
        [this] { emit languageRequested(QStringLiteral("en")); });
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Advisory Desk"),
            tr("Advisory Desk %1\nAnswers citizens' questions sent to the province's "
               "Zalo Official Account.\nLicence: GPL-3.0-or-later.")
                .arg(QCoreApplication::applicationVersion()));
    });
    connect(m_ui->directoryAction, &QAction::triggered, this, [this] {
        Store::Directory directory(*m_store);
        directory.seedDefaults(); // a profile created before the directory existed
        DirectoryDialog dialog(&directory, this);
        dialog.exec();
    });
    addCalendarAction();
    addDashboardAction();
    m_caseActions = new CaseActions(m_store, this);
    menuBar()->insertMenu(m_ui->administrationMenu->menuAction(), m_caseActions->menu());
    connect(m_inbox, &InboxWidget::caseSelected, m_caseView, &CaseView::showCase);
    connect(m_inbox, &InboxWidget::caseSelected, m_caseActions, &CaseActions::setCase);
    connect(m_store, &Store::Store::casesChanged, this, &MainWindow::onCasesChanged);
    // F5 also brings the inbox's new order in (the list never re-sorts by itself).
    connect(m_ui->syncAction, &QAction::triggered, m_inbox, &InboxWidget::applyNewOrder);
    m_unread = new UnreadNotifier(m_store, this, this);
    m_ui->viewMenu->addMenu(m_unread->menu());
    connect(m_unread, &UnreadNotifier::openCaseRequested, m_inbox, &InboxWidget::selectCase);

    if (m_sync) {
        connect(m_ui->syncAction, &QAction::triggered, m_sync, &Zalo::SyncService::syncNow);
        // A reply queued in the composer goes out with a sync pass right away.
        connect(m_caseView, &CaseView::replyQueued, m_sync, &Zalo::SyncService::syncNow);
        connect(
            m_sync, &Zalo::SyncService::syncStarted, m_syncStatus, &SyncStatusWidget::setSyncing);
        connect(m_sync, &Zalo::SyncService::syncFinished, this, &MainWindow::onSyncFinished);
    } else {
        m_ui->syncAction->setEnabled(false);
    }
    addShortcutActions();
    m_focusRing = new FocusRing(this);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setCurrentLanguage(const QString &language)
{
    (language == QLatin1String("en") ? m_ui->englishAction : m_ui->vietnameseAction)
        ->setChecked(true);
}

void MainWindow::retranslate()
{
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(this, &languageChange);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_caseActions->retranslate();
        updateTitle();
        retranslateShortcuts();
        // Texts changed length: let the toolbar and the panels size themselves anew.
        const auto layouts = findChildren<QLayout *>();
        for (QLayout *layout : layouts) {
            layout->invalidate();
        }
    }
}

void MainWindow::onSyncFinished(const Zalo::SyncReport &report)
{
    m_syncStatus->setReport(report);
    m_unread->casesTouched(report.touchedCaseIds);
    // The sync worker wrote through its own connection; this thread's store did not see it.
    if (!report.touchedCaseIds.isEmpty() || m_inbox->model()->rowCount() == 0) {
        m_inbox->refresh();
        m_caseView->refreshIfShown(report.touchedCaseIds);
        m_caseActions->updateActions();
    }
    if (report.repliesSent + report.repliesRefused > 0) {
        // The outbox was drained through the sync's own connection: the shown case's queued
        // replies and timeline changed without a notification on this thread's store.
        m_caseView->refreshIfShown({m_caseView->caseId()});
    }
    if (m_inbox->currentCaseId() == 0 && m_inbox->model()->rowCount() > 0) {
        m_inbox->selectCase(m_inbox->model()->caseIdAt(0));
    }
    emit syncShown();
}

void MainWindow::onCasesChanged(const QSet<qint64> &caseIds)
{
    Q_UNUSED(caseIds)
    // The inbox and the unread count follow the store themselves (their rows in place).
    m_caseActions->updateActions(); // a transfer written or answered enables the slip
}

void MainWindow::setLiveFeed(Store::LiveFeed *feed)
{
    m_caseView->setLiveFeed(feed);
    if (!feed) {
        return;
    }
    connect(feed, &Store::LiveFeed::onlineChanged, m_banner, &TeamBanner::setDatabaseOnline);
    connect(feed, &Store::LiveFeed::serviceStateChanged, m_banner, &TeamBanner::setServiceState);
    // A team desk never syncs: the team's OA service does, and the status bar says how it is.
    m_ui->syncAction->setVisible(false);
    connect(feed, &Store::LiveFeed::serviceStateChanged, m_syncStatus,
        &SyncStatusWidget::setTeamService);
    connect(feed, &Store::LiveFeed::reloadNeeded, this, &MainWindow::reloadShown);
}

void MainWindow::reloadShown()
{
    m_inbox->refresh();
    m_caseView->refreshIfShown({m_caseView->caseId()});
    m_caseActions->updateActions();
}

void MainWindow::setOaConnection(Zalo::OaConnection *connection, bool offerAtFirstRun)
{
    m_oaConnection = connection;
    if (!connection) {
        return;
    }
    if (!m_connectOaAction) {
        // First in Administration: it is what a new profile needs before anything else.
        auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("administrationMenu"));
        m_connectOaAction = new QAction(this);
        m_connectOaAction->setObjectName(QStringLiteral("connectOaAction"));
        const QList<QAction *> existing = menu ? menu->actions() : QList<QAction *>();
        if (menu) {
            menu->insertAction(existing.isEmpty() ? nullptr : existing.first(), m_connectOaAction);
        }
        connect(m_connectOaAction, &QAction::triggered, this, &MainWindow::showConnectOaDialog);
        updateTitle();
    }
    QPointer<MainWindow> self(this);
    connection->checkConfigured([self, offerAtFirstRun](bool configured) {
        if (!self) {
            return;
        }
        self->m_oaConnected = configured;
        const bool offer = !configured && offerAtFirstRun;
        if (offer) {
            // After the window is shown and the current event is done.
            QTimer::singleShot(0, self, &MainWindow::showConnectOaDialog);
        }
        emit self->oaConnectionChecked(configured, offer);
    });
}

void MainWindow::showConnectOaDialog()
{
    if (!m_oaConnection) {
        return;
    }
    ConnectOaDialog dialog(m_oaConnection, m_store, this);
    dialog.setAlreadyConnected(m_oaConnected);
    connect(&dialog, &ConnectOaDialog::connected, this, [this] {
        m_oaConnected = true;
        if (m_sync) {
            m_sync->syncNow(); // the first messages come in while the administrator tests
        }
    });
    dialog.exec();
}

void MainWindow::addCalendarAction()
{
    // Administration -> Calendar and deadlines; the menu may already hold other admin entries.
    auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("administrationMenu"));
    if (!menu) {
        menu = new QMenu(menuBar());
        menu->setObjectName(QStringLiteral("administrationMenu"));
        menuBar()->insertMenu(m_ui->helpMenu->menuAction(), menu);
        m_ownAdministrationMenu = menu;
    }
    m_calendarAction = menu->addAction(QString());
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    connect(m_calendarAction, &QAction::triggered, this, [this] {
        CalendarDialog dialog(m_store, this);
        if (dialog.exec() == QDialog::Accepted) {
            // The open cases' deadlines were re-computed; the list counts with the new days.
            m_inbox->model()->setCalendar(Store::Clocks(*m_store).calendar());
            m_inbox->refresh();
            m_caseView->refreshIfShown({m_caseView->caseId()});
        }
    });
}

void MainWindow::addDashboardAction()
{
    // File -> Export report to Excel...: the periodic report, written in the background.
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_exportAction);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        ExportDialog dialog(m_store, this);
        dialog.exec();
    });

    m_dashboardAction = m_ui->viewMenu->addAction(QString());
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    connect(m_dashboardAction, &QAction::triggered, this, [this] {
        if (!m_dashboard) {
            m_dashboard = new DashboardWidget(m_store, this);
            m_dashboard->setWindowFlag(Qt::Window);
            m_dashboard->setWindowTitle(tr("Supervisor dashboard"));
            m_dashboard->resize(1200, 720);
            // A click on a chart shows its cases in the inbox, here.
            connect(m_dashboard, &DashboardWidget::drillDown, this,
                [this](const Store::CaseFilter &filter) {
                    m_inbox->showFilter(filter);
                    raise();
                    activateWindow();
                });
            // The chip's ✕ or Esc: the inbox shows all cases again.
            connect(m_dashboard, &DashboardWidget::drillCleared, this,
                [this] { m_inbox->showFilter(Store::CaseFilter()); });
        }
        m_dashboard->reload();
        m_dashboard->show();
        m_dashboard->raise();
    });
}

void MainWindow::updateTitle()
{
    m_dashboardAction->setText(tr("Supervisor &dashboard"));
    m_exportAction->setText(tr("&Export report to Excel..."));
    m_exportAction->setToolTip(tr("The periodic report of a month, quarter, half year or year "
                                  "as an Excel workbook and / or CSV"));
    if (m_ownAdministrationMenu) {
        m_ownAdministrationMenu->setTitle(tr("&Administration"));
    }
    if (m_connectOaAction) {
        m_connectOaAction->setText(tr("Connect &Zalo OA..."));
        m_connectOaAction->setToolTip(tr("Authorise the desk on the province's Zalo Official "
                                         "Account and send a test message"));
    }
    m_calendarAction->setText(tr("&Calendar and deadlines..."));
    m_calendarAction->setToolTip(
        tr("Days off and make-up working days of each year; working days per case kind and step"));

    QString title = tr("Advisory Desk — Zalo OA");
    if (m_demo) {
        title += QLatin1Char(' ') + tr("(demo with simulated Zalo data)");
    }
    m_unread->retranslate();
    m_unread->setBaseTitle(title); // with the unread count in front
}

QAction *MainWindow::addShortcut(
    const char *name, const QList<QKeySequence> &keys, const std::function<void()> &slot)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(name));
    action->setShortcuts(keys);
    // Window-wide: a key works wherever the focus is, except that a text field keeps the
    // plain keys (J, K, ?, ...) it types; Qt asks it first (ShortcutOverride).
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    connect(action, &QAction::triggered, this, slot);
    m_shortcutActions.append(action);
    return action;
}

QAction *MainWindow::shortcutAction(const QString &objectName) const
{
    for (QAction *action : m_shortcutActions) {
        if (action->objectName() == objectName) {
            return action;
        }
    }
    return nullptr;
}

void MainWindow::addShortcutActions()
{
    // Tab leaves a table for the next part of the window instead of walking its cells.
    const auto views = findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        view->setTabKeyNavigation(false);
    }
    m_goMenu = new QMenu(menuBar());
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), m_goMenu);

    const auto go = [this](QAction *action) {
        m_goMenu->addAction(action);
        return action;
    };
    go(addShortcut("nextCaseAction",
        {QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down)},
        [this] { m_inbox->selectNext(); }));
    go(addShortcut("previousCaseAction",
        {QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up)},
        [this] { m_inbox->selectPrevious(); }));
    go(addShortcut("nextUnreadAction",
        {QKeySequence(Qt::Key_U), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down)},
        [this] { m_inbox->selectNextUnread(); }));
    // Enter in the case list: open the case and start the reply. Only in the list, so Enter
    // keeps its meaning in the search box, the buttons and the editors.
    m_openCaseAction = new QAction(this);
    m_openCaseAction->setObjectName(QStringLiteral("openCaseAction"));
    m_openCaseAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_openCaseAction->setShortcutContext(Qt::WidgetShortcut);
    for (QAbstractItemView *view : m_inbox->findChildren<QAbstractItemView *>()) {
        view->addAction(m_openCaseAction);
    }
    connect(m_openCaseAction, &QAction::triggered, this, [this] {
        if (m_inbox->openCurrent()) {
            m_caseView->focusWorkTab(CaseView::ReplyTab);
        }
    });
    m_shortcutActions.append(m_openCaseAction);
    m_goMenu->addAction(addShortcut(
        "caseListAction", {QKeySequence(Qt::ALT | Qt::Key_0)}, [this] { m_inbox->focusList(); }));
    m_goMenu->addSeparator();
    go(addShortcut("replyTabAction", {QKeySequence(Qt::ALT | Qt::Key_1), QKeySequence(Qt::Key_R)},
        [this] { m_caseView->focusWorkTab(CaseView::ReplyTab); }));
    go(addShortcut("noteTabAction", {QKeySequence(Qt::ALT | Qt::Key_2), QKeySequence(Qt::Key_N)},
        [this] { m_caseView->focusWorkTab(CaseView::NoteTab); }));
    go(addShortcut("historyTabAction", {QKeySequence(Qt::ALT | Qt::Key_3), QKeySequence(Qt::Key_H)},
        [this] { m_caseView->focusWorkTab(CaseView::HistoryTab); }));
    go(addShortcut("templateAction", {QKeySequence(Qt::CTRL | Qt::Key_T)}, [this] {
        m_caseView->focusWorkTab(CaseView::ReplyTab);
        m_caseView->composer()->chooseTemplate();
    }));
    go(addShortcut("assignAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        [this] { m_caseView->focusAssignee(); }));
    // Routing is the Case menu's (Ctrl+Shift+R); the sheet lists it with the others.
    m_shortcutActions.append(m_caseActions->routeAction());
    m_sendInfoAction = new QAction(this); // not added to a widget: the composer owns the key
    m_sendInfoAction->setObjectName(QStringLiteral("sendInfoAction"));
    m_sendInfoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_shortcutActions.append(m_sendInfoAction);
    m_goMenu->addSeparator();
    auto *side = go(addShortcut("sidePanelAction", {QKeySequence(Qt::Key_F9)}, [] {}));
    side->setCheckable(true);
    side->setChecked(true);
    connect(side, &QAction::toggled, m_caseView, &CaseView::setSidePanelVisible);
    connect(m_caseView, &CaseView::sidePanelToggled, side, &QAction::setChecked);
    m_shortcutActions.append(m_ui->findAction);
    m_shortcutActions.append(m_ui->syncAction);
    auto *sheet = addShortcut("shortcutSheetAction",
        {QKeySequence(Qt::Key_Question), QKeySequence(Qt::Key_F1)},
        [this] { showShortcutSheet(); });
    m_ui->helpMenu->insertAction(m_ui->aboutAction, sheet);
    retranslateShortcuts();
}

void MainWindow::retranslateShortcuts()
{
    m_goMenu->setTitle(tr("&Go"));
    const QList<QPair<const char *, QString>> texts {
        {"nextCaseAction", tr("Next case in the list")},
        {"previousCaseAction", tr("Previous case in the list")},
        {"nextUnreadAction", tr("Next case with unread messages")},
        {"openCaseAction", tr("Open the selected case and write the reply (in the list)")},
        {"caseListAction", tr("Back to the case list")},
        {"replyTabAction", tr("Reply tab: write the answer")},
        {"noteTabAction", tr("Internal note tab: a note for colleagues")},
        {"historyTabAction", tr("History tab: who did what")},
        {"templateAction", tr("Insert a reply template (or type / in the reply)")},
        {"assignAction", tr("Choose who handles the case")},
        {"sendInfoAction", tr("Queue the reply / save the note (in the editor)")},
        {"sidePanelAction", tr("Show or hide the side panel (citizen, assignee, similar answers)")},
        {"shortcutSheetAction", tr("Keyboard shortcuts")},
    };
    for (const auto &[name, text] : texts) {
        for (QAction *action : std::as_const(m_shortcutActions)) {
            if (action->objectName() == QLatin1String(name)) {
                action->setText(text);
                action->setToolTip(text);
            }
        }
    }
}

void MainWindow::showShortcutSheet()
{
    ShortcutSheet sheet(m_shortcutActions, this);
    sheet.exec();
}

bool MainWindow::restoreLayout(const QString &settingsFile, const QString &person)
{
    m_layoutFile = settingsFile;
    m_layoutPerson = person;
    if (!m_splitter->sizes().isEmpty()) {
        // The first-run split: a third of the width for the list, the rest for the case.
        const int width = WindowGeometry::fitted(screen()->availableGeometry()).rect.width();
        m_splitter->setSizes({width * 2 / 5, width - width * 2 / 5});
    }
    m_showMaximised = WindowGeometry::restore(this, settingsFile, person);
    return m_showMaximised;
}

void MainWindow::showRestored()
{
    if (m_showMaximised) {
        showMaximized();
    } else {
        show();
    }
}

void MainWindow::saveLayout() const
{
    if (!m_layoutFile.isEmpty()) {
        WindowGeometry::save(this, m_layoutFile, m_layoutPerson);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Desk::Gui
