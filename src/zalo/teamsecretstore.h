// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"
#include "secrets/tokencipher.h"
#include "store/connectionspec.h"

#include <memory>

namespace Desk::Store {
class Database;
}

namespace Desk::Zalo {

/**
 * The OA's credentials and rotating token pair of a team, in the team database's `oa_secrets`,
 * each sealed with the service key (AES-256-GCM, bound to its name): every service host reads
 * the pair that is current, never a stale copy of its own, and a dump holds nothing usable.
 * Only the service login may read the table (the database's grants). The TokenManager uses it
 * like the keychain: keys are "<profile id>/<name>", and the profile id (which differs from
 * host to host) is dropped, so all service hosts share one row per name.
 *
 * Synchronous SQL on its own connection, answered through the event loop like the keychain;
 * use it on one thread.
 */
class TeamSecretStore : public Secrets::SecretStore
{
    Q_OBJECT
public:
    TeamSecretStore(
        Store::ConnectionSpec database, Secrets::ServiceKey key, QObject *parent = nullptr);
    ~TeamSecretStore() override;

    void read(const QString &key, Secrets::SecretCallback callback) override;
    void write(const QString &key, const QString &value, Secrets::SecretCallback callback) override;
    void remove(const QString &key, Secrets::SecretCallback callback) override;

    /** Synchronous forms, for commands and tests. */
    Secrets::SecretResult readNow(const QString &key);
    Secrets::SecretResult writeNow(const QString &key, const QString &value);
    Secrets::SecretResult removeNow(const QString &key);

    /** The row name a keychain key maps to ("<profile id>/refresh_token" -> "refresh_token"). */
    static QString rowName(const QString &key);

private:
    bool ensureOpen(Secrets::SecretResult *result);
    void answer(Secrets::SecretResult result, Secrets::SecretCallback callback);

    Store::ConnectionSpec m_spec;
    Secrets::ServiceKey m_key;
    std::unique_ptr<Store::Database> m_db;
};

} // namespace Desk::Zalo
