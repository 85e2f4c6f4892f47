// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QObject>
#include <QSet>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace Desk::Store {
class Store;
} // namespace Desk::Store

namespace Desk::Gui {

/**
 * Tells staff when a citizen writes: the number of unread cases in the window title and on
 * the window's (taskbar) icon, a tray notification that opens the case, the taskbar button
 * flashing while the desk is in the background, and an optional sound. Each is a per-person
 * setting (View -> Notifications); all quiet when turned off.
 */
class UnreadNotifier : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        bool count = true; // "(3)" in the title, the count on the window icon
        bool tray = true; // a tray message and the taskbar flash for a citizen's message
        bool sound = false;
    };

    UnreadNotifier(Store::Store *store, QWidget *window, QObject *parent = nullptr);
    ~UnreadNotifier() override;

    /** The title without the count; shown with "(n) " in front while cases are unread. */
    void setBaseTitle(const QString &title);
    int unreadCases() const { return m_unread; }
    Settings settings() const { return m_settings; }
    /** Applies and remembers (QSettings, per person) the settings. */
    void setSettings(const Settings &settings);
    /** View -> Notifications: the three settings as check boxes. */
    QMenu *menu() const { return m_menu; }
    void retranslate();
    /** Citizen messages newer than this (UTC ms) are announced; older ones only counted. */
    void setAnnouncedSince(qint64 utcMs) { m_seenInboundMs = utcMs; }

public slots:
    /** Cases written to (a sync pass, the team's live feed, this desk): counts the unread
     *  cases again and announces the citizens' new messages among them. */
    void casesTouched(const QSet<qint64> &caseIds);

signals:
    /** Staff clicked the notification of this case. */
    void openCaseRequested(qint64 caseId);
    /** Something was announced (tray message / taskbar flash, and the sound if on). */
    void announced(qint64 caseId, const QString &title, const QString &text, bool sound);

private:
    void recount();
    void announce(const QVector<qint64> &caseIds);
    void showCount();
    void updateTray();
    void syncActions();
    QIcon badged(int count) const;

    Store::Store *m_store;
    QWidget *m_window;
    Settings m_settings;
    QString m_baseTitle;
    int m_unread = 0;
    bool m_unreadCapped = false;
    qint64 m_seenInboundMs = 0;
    qint64 m_lastAnnounced = 0;
    QMenu *m_menu;
    QAction *m_countAction;
    QAction *m_trayAction;
    QAction *m_soundAction;
    QSystemTrayIcon *m_tray = nullptr;
    int m_iconCount = -1; // the count drawn on the icons now (0: none)
    bool m_trayChanged = false;
};

} // namespace Desk::Gui
