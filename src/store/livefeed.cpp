// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/livefeed.h"

#include "store/teamschema.h"

#include "core/vietnamtime.h"
#include "store/database.h"
#include "store/store.h"
#include "store/storelog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Desk::Store {

namespace {

const char *const kStateKeys[] = {"open", "typing", "closed"};

std::optional<Presence::State> stateFromKey(const QString &key)
{
    for (int i = 0; i < 3; ++i) {
        if (key == QLatin1String(kStateKeys[i])) {
            return Presence::State(i);
        }
    }
    return std::nullopt;
}

/** "12,13,x,14" -> {12, 13, 14}: a payload is the database's, but never trusted blindly. */
QSet<qint64> idsIn(const QString &payload)
{
    QSet<qint64> ids;
    for (const QStringView part : QStringView(payload).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (ok && id > 0) {
            ids.insert(id);
        }
    }
    return ids;
}

QString postgresArray(const QSet<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids) {
        parts << QString::number(id);
    }
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QStringList channels()
{
    return {QLatin1String(LiveFeed::kCasesChannel), QLatin1String(LiveFeed::kOutboxChannel),
        QLatin1String(LiveFeed::kPresenceChannel)};
}

} // namespace

QString presenceStateKey(Presence::State state)
{
    return QLatin1String(kStateKeys[int(state)]);
}

LiveFeed::LiveFeed(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<Desk::Store::Presence>();
    qRegisterMetaType<QList<Desk::Store::Presence>>();
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &LiveFeed::heartbeat);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &LiveFeed::tryReconnect);
    m_quickCheck.setSingleShot(true);
    m_quickCheck.setInterval(200);
    connect(&m_quickCheck, &QTimer::timeout, this, &LiveFeed::heartbeat);
    m_presenceTick.setInterval(5000);
    connect(&m_presenceTick, &QTimer::timeout, this, &LiveFeed::expirePresence);
    m_presenceRefresh.setInterval(kPresenceRefreshMs);
    connect(&m_presenceRefresh, &QTimer::timeout, this, &LiveFeed::refreshOwnPresence);
}

LiveFeed::~LiveFeed()
{
    stop();
}

void LiveFeed::setHeartbeatInterval(int ms)
{
    m_heartbeat.setInterval(ms);
}

void LiveFeed::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = std::max(firstMs, maxMs);
    m_nextRetryMs = firstMs;
}

void LiveFeed::setPresenceTimes(int expiryMs, int refreshMs)
{
    m_presenceExpiryMs = expiryMs;
    m_presenceRefresh.setInterval(refreshMs);
    m_presenceTick.setInterval(std::clamp(expiryMs / 3, 50, 5000));
}

bool LiveFeed::start()
{
    if (m_active) {
        return true;
    }
    if (!m_store || !m_store->isOpen() || !m_store->database().isPostgres()) {
        return false;
    }
    if (!subscribe()) {
        return false;
    }
    m_active = true;
    m_online = true;
    readIdentity();
    m_heartbeat.start();
    m_presenceTick.start();
    m_presenceRefresh.start();
    readService();
    qCInfo(lcStore) << "live feed on" << m_store->path() << "as" << m_login;
    return true;
}

void LiveFeed::stop()
{
    if (!m_active) {
        return;
    }
    const QList<qint64> own = m_own.keys();
    for (const qint64 caseId : own) {
        sendPresence(caseId, Presence::State::Closed);
    }
    m_own.clear();
    if (m_store && m_online) {
        QSqlDriver *driver = m_store->database().connection().driver();
        if (driver) {
            for (const QString &channel : channels()) {
                driver->unsubscribeFromNotification(channel);
            }
            disconnect(driver, nullptr, this, nullptr);
        }
    }
    m_heartbeat.stop();
    m_reconnect.stop();
    m_quickCheck.stop();
    m_presenceTick.stop();
    m_presenceRefresh.stop();
    m_active = false;
}

bool LiveFeed::subscribe()
{
    QSqlDriver *driver = m_store->database().connection().driver();
    if (!driver) {
        return false;
    }
    for (const QString &channel : channels()) {
        if (!driver->subscribedToNotifications().contains(channel)
            && !driver->subscribeToNotification(channel)) {
            qCWarning(lcStore).noquote()
                << "cannot listen on" << channel << ":" << driver->lastError().text();
            return false;
        }
    }
    connect(
        driver, &QSqlDriver::notification, this, &LiveFeed::onNotification, Qt::UniqueConnection);
    return true;
}

void LiveFeed::readIdentity()
{
    Database &db = m_store->database();
    bool ok = false;
    m_login = db.scalar(QStringLiteral("SELECT session_user"), {},
                    QStringLiteral("reading the login"), &ok)
                  .toString();
    // Staff may read the names of the team; should a login not, its login will do.
    const QString name = db.scalar(QStringLiteral("SELECT display_name FROM team_people WHERE "
                                                  "login = ?"),
                               {m_login}, QStringLiteral("reading the login's name"), &ok)
                             .toString();
    m_name = ok && !name.isEmpty() ? name : m_login;
    db.clearError();
}

void LiveFeed::heartbeat()
{
    if (!m_active || !m_online || !m_store) {
        return;
    }
    Database &db = m_store->database();
    bool ok = false;
    db.scalar(QStringLiteral("SELECT 1"), {}, QStringLiteral("heartbeat"), &ok);
    if (!ok || !db.isOpen()) {
        qCWarning(lcStore).noquote() << "team database lost:" << db.lastError();
        goOffline();
        return;
    }
    readService();
}

void LiveFeed::readService()
{
    Database &db = m_store->database();
    // Age on the server's clock: the service writes its beat with it too, and a desk's own
    // clock may be minutes off.
    const std::optional<TeamSchema::ServiceBeat> read = TeamSchema::serviceBeat(db);
    if (!read) {
        db.clearError();
        return;
    }
    const qint64 beat = read->heartbeatAtMs;
    const qint64 serverNow = read->serverNowMs;
    const bool alive = beat > 0 && serverNow - beat <= m_serviceStaleMs;
    if (int(alive) != m_serviceKnown || (!alive && beat != m_lastBeatMs)) {
        m_serviceKnown = int(alive);
        m_lastBeatMs = beat;
        emit serviceStateChanged(alive, beat);
    }
}

void LiveFeed::goOffline()
{
    m_online = false;
    m_heartbeat.stop();
    m_quickCheck.stop();
    emit onlineChanged(false, Core::nowMs());
    m_nextRetryMs = m_firstRetryMs;
    m_reconnect.start(m_nextRetryMs);
}

void LiveFeed::tryReconnect()
{
    if (!m_active || !m_store) {
        return;
    }
    Database &db = m_store->database();
    if (!db.reopen() || !subscribe()) {
        qCInfo(lcStore).noquote() << "team database still unreachable, next try in" << m_nextRetryMs
                                  << "ms:" << db.lastError();
        m_nextRetryMs = std::min(m_nextRetryMs * 2, m_maxRetryMs);
        m_reconnect.start(m_nextRetryMs);
        return;
    }
    qCInfo(lcStore) << "team database back; subscribed again";
    m_online = true;
    readIdentity();
    m_heartbeat.start();
    emit onlineChanged(true, Core::nowMs());
    // Whatever colleagues did during the gap was announced to nobody.
    emit reloadNeeded();
    refreshOwnPresence();
    readService();
}

void LiveFeed::onNotification(
    const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // This connection's own writes were announced on this Store already.
    if (source == QSqlDriver::SelfSource) {
        return;
    }
    const QString text = payload.toString();
    if (name == QLatin1String(kCasesChannel)) {
        onCases(text);
    } else if (name == QLatin1String(kOutboxChannel)) {
        onOutbox(text);
    } else if (name == QLatin1String(kPresenceChannel)) {
        onPresence(text);
    }
}

void LiveFeed::onCases(const QString &payload)
{
    const QSet<qint64> ids = idsIn(payload);
    if (!ids.isEmpty() && m_store) {
        m_store->announceChanged(ids);
    }
}

void LiveFeed::onOutbox(const QString &payload)
{
    const QSet<qint64> ids = idsIn(payload);
    if (ids.isEmpty() || !m_store) {
        return;
    }
    emit outboxChanged(ids);
    Database &db = m_store->database();
    QSqlQuery *query = db.query(QStringLiteral("SELECT DISTINCT case_id FROM outbox "
                                               "WHERE id = ANY(CAST(? AS bigint[]))"),
        {postgresArray(ids)}, QStringLiteral("reading the cases of outbox rows"));
    if (!query) {
        return;
    }
    QSet<qint64> cases;
    {
        StatementReset reset(query);
        while (query->next()) {
            cases.insert(query->value(0).toLongLong());
        }
    }
    if (!cases.isEmpty()) {
        m_store->announceChanged(cases);
    }
}

void LiveFeed::onPresence(const QString &payload)
{
    const QJsonObject json = QJsonDocument::fromJson(payload.toUtf8()).object();
    const auto state = stateFromKey(json.value(QStringLiteral("state")).toString());
    Presence entry;
    entry.login = json.value(QStringLiteral("login")).toString();
    entry.name = json.value(QStringLiteral("name")).toString();
    entry.caseId = json.value(QStringLiteral("case")).toVariant().toLongLong();
    entry.atMs = json.value(QStringLiteral("at")).toVariant().toLongLong();
    entry.receivedAtMs = Core::nowMs();
    if (!state || entry.login.isEmpty() || entry.caseId <= 0) {
        qCDebug(lcStore) << "ignored a presence message:" << payload;
        return;
    }
    entry.state = *state;
    if (entry.name.isEmpty()) {
        entry.name = entry.login;
    }
    setPresence(entry.caseId, entry, entry.state == Presence::State::Closed);
}

void LiveFeed::setPresence(qint64 caseId, const Presence &entry, bool remove)
{
    auto &people = m_others[caseId];
    const auto found = people.constFind(entry.login);
    const bool had = found != people.constEnd();
    const bool same = had && found->state == entry.state && found->name == entry.name;
    if (remove) {
        people.remove(entry.login);
    } else {
        people.insert(entry.login, entry);
    }
    if (people.isEmpty()) {
        m_others.remove(caseId);
    }
    // A refresh of the same state only moves the expiry.
    if ((remove && had) || (!remove && !same)) {
        emit presenceChanged(caseId, presence(caseId));
    }
}

QList<Presence> LiveFeed::presence(qint64 caseId) const
{
    QList<Presence> people = m_others.value(caseId).values();
    const qint64 now = Core::nowMs();
    people.erase(std::remove_if(people.begin(), people.end(),
                     [&](const Presence &p) { return now - p.receivedAtMs > m_presenceExpiryMs; }),
        people.end());
    std::sort(people.begin(), people.end(),
        [](const Presence &a, const Presence &b) { return a.name < b.name; });
    return people;
}

void LiveFeed::expirePresence()
{
    const qint64 now = Core::nowMs();
    const QList<qint64> cases = m_others.keys();
    for (const qint64 caseId : cases) {
        auto &people = m_others[caseId];
        const auto before = people.size();
        people.removeIf([&](const QHash<QString, Presence>::iterator it) {
            return now - it->receivedAtMs > m_presenceExpiryMs;
        });
        if (people.size() == before) {
            continue;
        }
        if (people.isEmpty()) {
            m_others.remove(caseId);
        }
        emit presenceChanged(caseId, presence(caseId));
    }
}

void LiveFeed::announce(qint64 caseId, Presence::State state)
{
    if (!m_active || caseId <= 0) {
        return;
    }
    if (state == Presence::State::Closed) {
        if (!m_own.contains(caseId)) {
            return;
        }
        m_own.remove(caseId);
    } else {
        if (m_own.value(caseId, Presence::State::Closed) == state) {
            return; // the periodic refresh repeats it
        }
        m_own.insert(caseId, state);
    }
    sendPresence(caseId, state);
}

void LiveFeed::sendPresence(qint64 caseId, Presence::State state)
{
    if (!m_online || !m_store) {
        return; // sent again once the connection is back
    }
    const QJsonObject json {{QStringLiteral("login"), m_login}, {QStringLiteral("name"), m_name},
        {QStringLiteral("case"), caseId}, {QStringLiteral("state"), presenceStateKey(state)},
        {QStringLiteral("at"), Core::nowMs()}};
    bool ok = false;
    m_store->database().scalar(QStringLiteral("SELECT pg_notify(?, ?)"),
        {QLatin1String(kPresenceChannel),
            QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))},
        QStringLiteral("announcing presence"), &ok);
    if (!ok) {
        m_quickCheck.start(); // probably the connection: the heartbeat will tell
    }
}

void LiveFeed::refreshOwnPresence()
{
    for (auto it = m_own.cbegin(); it != m_own.cend(); ++it) {
        sendPresence(it.key(), it.value());
    }
}

} // namespace Desk::Store
