// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

namespace Desk::Store {

class Store;

/** Someone else's desk on a case (desk_presence). */
struct Presence
{
    enum class State { Open, Typing, Closed };
    QString login;
    QString name; // display name ("Trần Văn Minh"); the login when the team has none
    qint64 caseId = 0;
    State state = State::Open;
    qint64 atMs = 0; // sender's clock, for display only
    qint64 receivedAtMs = 0; // this desk's clock: expiry counts from here
};
QString presenceStateKey(Presence::State state);

/**
 * Colleagues' changes, live, on a team database (team-mode.md §4): LISTEN on the Store's own
 * connection for desk_cases / desk_outbox (comma-separated ids sent by the database's triggers)
 * and desk_presence (who has a case open or is typing), turned into Store::casesChanged so every
 * widget that already refreshes on a local change refreshes on a colleague's too.
 *
 * QPSQL says nothing when the connection drops: a heartbeat (SELECT 1) notices it, the feed
 * reconnects with back-off, subscribes again and asks for a full reload (notifications during
 * the gap are lost). The heartbeat also reads the OA service's beat from service_lease.
 *
 * Lives on the thread of the Store it watches (notifications reach only that thread). On SQLite
 * it does nothing: start() returns false and no signal ever comes.
 */
class LiveFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kCasesChannel = "desk_cases";
    static constexpr const char *kOutboxChannel = "desk_outbox";
    static constexpr const char *kPresenceChannel = "desk_presence";
    static constexpr int kHeartbeatMs = 15000;
    static constexpr qint64 kServiceStaleMs = 60000;
    static constexpr int kPresenceExpiryMs = 45000;
    static constexpr int kPresenceRefreshMs = 20000;

    explicit LiveFeed(Store *store, QObject *parent = nullptr);
    ~LiveFeed() override;

    /** Subscribes and starts the heartbeat; false on SQLite or when LISTEN fails. */
    bool start();
    /** Says "closed" for every case this desk announced, unsubscribes, stops the timers. */
    void stop();
    bool isActive() const { return m_active; }
    bool isOnline() const { return m_online; }
    /** The database login (session_user) and its name in team_people. */
    QString login() const { return m_login; }
    QString displayName() const { return m_name; }

    /** For tests: faster heartbeats, reconnect attempts and presence clocks. */
    void setHeartbeatInterval(int ms);
    int heartbeatInterval() const { return m_heartbeat.interval(); }
    void setReconnectDelays(int firstMs, int maxMs);
    void setPresenceTimes(int expiryMs, int refreshMs);
    void setServiceStaleAfter(qint64 ms) { m_serviceStaleMs = ms; }

    /** Tells colleagues this desk has `caseId` open, is typing in it, or closed it. */
    void announce(qint64 caseId, Presence::State state);
    /** Who else is on `caseId` now (expired entries dropped). */
    QList<Presence> presence(qint64 caseId) const;

public slots:
    /** One heartbeat now (also what the timer runs). */
    void heartbeat();

signals:
    /** The connection came back: what is on screen may have missed changes; read it again. */
    void reloadNeeded();
    /** The team database answers again (true) or stopped answering (false), since `sinceMs`. */
    void onlineChanged(bool online, qint64 sinceMs);
    /** The OA service's beat is fresh (alive) or older than 60 s; `lastBeatMs` 0 = never. */
    void serviceStateChanged(bool alive, qint64 lastBeatMs);
    /** Who else is on `caseId` changed (arrived, typing, left, expired). */
    void presenceChanged(qint64 caseId, const QList<Desk::Store::Presence> &people);
    /** Outbox rows a colleague or the service changed (desk_outbox). */
    void outboxChanged(const QSet<qint64> &outboxIds);

private:
    bool subscribe();
    void readIdentity();
    void onNotification(
        const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void onCases(const QString &payload);
    void onOutbox(const QString &payload);
    void onPresence(const QString &payload);
    void readService();
    void goOffline();
    void tryReconnect();
    void sendPresence(qint64 caseId, Presence::State state);
    void refreshOwnPresence();
    void expirePresence();
    void setPresence(qint64 caseId, const Presence &entry, bool remove);

    QPointer<Store> m_store;
    QTimer m_quickCheck; // a statement failed: is the connection still there?
    QTimer m_heartbeat;
    QTimer m_reconnect;
    QTimer m_presenceTick;
    QTimer m_presenceRefresh;
    bool m_active = false;
    bool m_online = false;
    int m_firstRetryMs = 1000;
    int m_maxRetryMs = 15000;
    int m_nextRetryMs = 1000;
    int m_presenceExpiryMs = kPresenceExpiryMs;
    qint64 m_serviceStaleMs = kServiceStaleMs;
    int m_serviceKnown = -1; // -1 unknown, 0 stale, 1 alive
    qint64 m_lastBeatMs = -1;
    QString m_login;
    QString m_name;
    QHash<qint64, Presence::State> m_own; // what this desk announced and keeps refreshing
    QHash<qint64, QHash<QString, Presence>> m_others; // case -> login -> entry
};

} // namespace Desk::Store

Q_DECLARE_METATYPE(Desk::Store::Presence)
