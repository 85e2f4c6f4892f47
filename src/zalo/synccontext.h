// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zalo/syncservice.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace Desk::Store {
class CaseAutomation;
class Store;
} // namespace Desk::Store

namespace Desk::Zalo {

class OutboxSender;
class SyncEngine;
class TokenManager;
class ZaloClient;

/**
 * Everything one thread needs to sync: its own network manager, store connection, token
 * manager, client and engine, built from SyncSettings around a secret store that belongs to
 * the same thread. Used by the SyncService worker and by runSyncOnce().
 */
class SyncContext : public QObject
{
    Q_OBJECT
public:
    SyncContext(
        const SyncSettings &settings, Secrets::SecretStore *secrets, QObject *parent = nullptr);
    ~SyncContext() override;

    /** Opens the store; false (and `error`) when the database cannot be opened. */
    bool open(QString *error);

    QNetworkAccessManager *network() const { return m_network.get(); }
    Store::Store *store() const { return m_store.get(); }
    TokenManager *tokens() const { return m_tokens.get(); }
    ZaloClient *client() const { return m_client.get(); }
    SyncEngine *engine() const { return m_engine.get(); }
    OutboxSender *sender() const { return m_sender.get(); }

    /**
     * What follows a sync pass: automatic classification and rating recognition, then the
     * outbox drain. `done` gets `report` completed with their figures.
     */
    void afterSync(SyncReport report, std::function<void(SyncReport)> done);

    /** A report for a pass that could not even start (store not openable). */
    static SyncReport storeFailure(const QString &detail);

private:
    /** The client waits `waitMs` for Zalo's per-minute window: classify what is stored
     *  meanwhile, so less is left for afterSync once the pass ends. */
    void useIdleWait(qint64 waitMs);

    SyncSettings m_settings;
    // Declared in dependency order: destroyed engine first, network and store last.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Store::Store> m_store;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<ZaloClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<Store::CaseAutomation> m_automation;
    // What useIdleWait() did since the last afterSync(): its report counts it.
    int m_classifiedWhileWaiting = 0;
    int m_ratedWhileWaiting = 0;
};

} // namespace Desk::Zalo
