// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the tests that run a whole desk in-process against the simulator: a SimulatorHost
// (its own thread, real HTTP on 127.0.0.1), a real SQLite profile in a temporary folder, the
// OA credentials in an in-memory keychain, and the same sync and send passes the CLI runs
// (runSyncOnce / runOutboxOnce, each with its own store connection, as in the product).
#pragma once

#include "secrets/memorysecretstore.h"
#include "sim/simulatorhost.h"
#include "store/store.h"
#include "zalo/syncservice.h"
#include "zalo/tokenmanager.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace Desk::TestSupport {

/** The texts the simulated OA accepted for `citizenId`, in order, exactly as they reached it. */
inline QStringList sentTexts(const Sim::SimulatorHost &sim, const QString &citizenId)
{
    QStringList texts;
    for (const auto &sent : sim.sentMessages()) {
        if (sent.userId == citizenId) {
            texts << QJsonDocument::fromJson(sent.body)
                         .object()
                         .value(QStringLiteral("message"))
                         .toObject()
                         .value(QStringLiteral("text"))
                         .toString();
        }
    }
    return texts;
}

/** Every stored message with the case it was filed in, case by case. */
inline QVector<QPair<qint64, Core::Message>> storedMessages(const Store::Store &store)
{
    QVector<QPair<qint64, Core::Message>> result;
    for (const auto &summary : store.cases(Store::CaseFilter(), 0, 1000000)) {
        for (const auto &message : store.messagesForCase(summary.id)) {
            result.append({summary.id, message});
        }
    }
    return result;
}

class SimDesk
{
public:
    /** Starts the simulator with `config`, stores its credentials and opens the store. */
    bool start(const Sim::SimConfig &config)
    {
        if (!m_dir.isValid() || !m_sim.start(config)) {
            qWarning("cannot set up the simulator or the temporary folder");
            return false;
        }
        const Sim::SimCredentials credentials = m_sim.credentials();
        const Zalo::ApiError stored
            = Zalo::storeCredentialsBlocking(&m_secrets, kProfile, credentials.appId,
                credentials.secretKey, credentials.accessToken, credentials.refreshToken, 0);
        if (!stored.ok()) {
            qWarning("cannot store credentials: %s", qPrintable(stored.toString()));
            return false;
        }
        m_settings.databasePath = m_dir.filePath(QStringLiteral("desk.sqlite"));
        m_settings.profileId = kProfile;
        m_settings.apiBase = credentials.baseUrl;
        m_settings.oauthBase = credentials.baseUrl;
        m_settings.intervalMs = 0;
        m_settings.requestsPerMinute = 0;
        m_settings.transferTimeoutMs = 5000;
        // The first sync seeds the default directory; the test's connection opens after it.
        const Zalo::SyncReport first = sync();
        if (!first.ok()) {
            qWarning("first sync failed: %s", qPrintable(first.technicalDetail));
            return false;
        }
        QString error;
        if (!m_store.open(m_settings.databasePath, &error)) {
            qWarning("cannot open the store: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    Sim::SimulatorHost &sim() { return m_sim; }
    /** The test's own connection, for setting up and checking. */
    Store::Store &store() { return m_store; }
    const Zalo::SyncSettings &settings() const { return m_settings; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /** One sync pass as `sync --once` runs it: fetch, classify, recognise ratings, drain. */
    Zalo::SyncReport sync() { return Zalo::runSyncOnce(m_settings, &m_secrets); }
    /** One outbox drain as `outbox --send` runs it. */
    Zalo::DrainReport drain() { return Zalo::runOutboxOnce(m_settings, &m_secrets); }

    /** The texts the OA accepted for `citizenId`, in order, exactly as they reached it. */
    QStringList sentTexts(const QString &citizenId) const
    {
        return TestSupport::sentTexts(m_sim, citizenId);
    }

private:
    static inline const QString kProfile = QStringLiteral("tst-simdesk");
    QTemporaryDir m_dir;
    Sim::SimulatorHost m_sim;
    Secrets::MemorySecretStore m_secrets;
    Zalo::SyncSettings m_settings;
    Store::Store m_store;
};

} // namespace Desk::TestSupport
