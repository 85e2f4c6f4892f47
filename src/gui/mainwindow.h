// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QScopedPointer>
#include <QSet>
#include <functional>

class QAction;
class QMenu;
class QSplitter;

namespace Ui {
class MainWindow;
}

namespace Desk::Store {
class LiveFeed;
class Store;
} // namespace Desk::Store
namespace Desk::Zalo {
class OaConnection;
class SyncService;
struct SyncReport;
} // namespace Desk::Zalo

namespace Desk::Gui {

class CaseActions;
class CaseView;
class DashboardWidget;
class FocusRing;
class ImageSource;
class InboxWidget;
class SyncStatusWidget;
class TeamBanner;
class UnreadNotifier;

/** The shell: menus, toolbar, inbox | case view, status bar. Logic lives in the parts. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Store::Store *store, Zalo::SyncService *sync, ImageSource *images,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    InboxWidget *inbox() const { return m_inbox; }
    CaseView *caseView() const { return m_caseView; }
    /** The Case menu (route, agency answer, transfer slip). */
    CaseActions *caseActions() const { return m_caseActions; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    TeamBanner *teamBanner() const { return m_banner; }
    UnreadNotifier *unreadNotifier() const { return m_unread; }
    /**
     * A team desk: colleagues' changes and presence through `feed`, the banner when the team
     * database or the OA service is down, everything shown read again after a reconnect.
     */
    void setLiveFeed(Store::LiveFeed *feed);
    void setCurrentLanguage(const QString &language);
    /**
     * Re-reads every text after a new translator was installed. Qt announces translators
     * to widgets only through the application object, which does not reach every window
     * in all states (and not at all before exec()); telling the window directly always does.
     */
    void retranslate();
    void setDemoMode(bool demo);
    /**
     * Enables Administration -> Connect Zalo OA... with the profile's `connection` (not in
     * the demo, whose simulator credentials are set up already). Asks the keychain whether the
     * profile has credentials; with `offerAtFirstRun`, a profile without any gets the dialog.
     */
    void setOaConnection(Zalo::OaConnection *connection, bool offerAtFirstRun);

    /**
     * Places the window on its screen and restores what `person` left (size, position,
     * splitters, columns) from the profile's settings file; saved again when the window
     * closes. Returns whether it should be shown maximised (see showRestored()).
     */
    bool restoreLayout(const QString &settingsFile, const QString &person);
    /** show() or showMaximized(), as restoreLayout() decided. */
    void showRestored();
    void saveLayout() const;
    /** The keyboard shortcut set, in the order the shortcut sheet lists it. */
    QList<QAction *> shortcutActions() const { return m_shortcutActions; }
    QAction *shortcutAction(const QString &objectName) const;
    QSplitter *mainSplitter() const { return m_splitter; }
    FocusRing *focusRing() const { return m_focusRing; }

public slots:
    /** The Connect Zalo OA dialog (also offered at first run, when no credentials exist). */
    void showConnectOaDialog();
    /** The keyboard shortcut sheet ("?" or F1). */
    void showShortcutSheet();

signals:
    void languageRequested(const QString &language);
    /** After each sync pass has been shown (the demo's screenshot waits for the first). */
    void syncShown();
    /** The keychain said whether the profile has OA credentials; the dialog follows if offered. */
    void oaConnectionChecked(bool connected, bool dialogOffered);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void onSyncFinished(const Zalo::SyncReport &report);
    void onCasesChanged(const QSet<qint64> &caseIds);
    /** After a reconnect: what colleagues did meanwhile was announced to nobody. */
    void reloadShown();
    void updateTitle();
    void addCalendarAction();
    void addDashboardAction();
    void addShortcutActions();
    void retranslateShortcuts();
    QAction *addShortcut(
        const char *name, const QList<QKeySequence> &keys, const std::function<void()> &slot);

    const QScopedPointer<Ui::MainWindow> m_ui;
    Store::Store *m_store;
    Zalo::SyncService *m_sync;
    InboxWidget *m_inbox;
    CaseView *m_caseView;
    SyncStatusWidget *m_syncStatus;
    TeamBanner *m_banner;
    UnreadNotifier *m_unread = nullptr;
    bool m_demo = false;
    QAction *m_calendarAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_exportAction = nullptr;
    DashboardWidget *m_dashboard = nullptr; // opened on first use
    QMenu *m_ownAdministrationMenu = nullptr; // created here when the form has none
    CaseActions *m_caseActions = nullptr;
    Zalo::OaConnection *m_oaConnection = nullptr;
    bool m_oaConnected = false;
    QAction *m_connectOaAction = nullptr;
    QSplitter *m_splitter = nullptr;
    FocusRing *m_focusRing = nullptr;
    QMenu *m_goMenu = nullptr;
    QAction *m_openCaseAction = nullptr;
    QAction *m_sendInfoAction = nullptr; // the composer's Ctrl+Enter, for the sheet only
    QList<QAction *> m_shortcutActions;
    QString m_layoutFile;
    QString m_layoutPerson;
    bool m_showMaximised = false;
};

} // namespace Desk::Gui
