// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

namespace QKeychain {
class Job;
}

namespace Desk::Secrets {

/**
 * The OS keychain through QtKeychain: Secret Service (gnome-keyring, KWallet) on Linux,
 * Credential Manager on Windows, Keychain on macOS. One fixed service name; keys are the
 * caller's scoped names. Values over kMaxValueBytes are refused on every platform so that a
 * value that works on a Linux developer machine also fits the Windows credential limit.
 */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr int kMaxValueBytes = 2500; // Windows Credential Manager rejects > 2560
    static QString defaultServiceName();

    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(const QString &serviceName, QObject *parent);

    QString serviceName() const { return m_service; }

    void read(const QString &key, SecretCallback callback) override;
    void write(const QString &key, const QString &value, SecretCallback callback) override;
    void remove(const QString &key, SecretCallback callback) override;

private:
    enum class Operation { Read, Write, Remove };
    static const char *operationName(Operation operation);
    void run(Operation operation, const QString &key, const QString &value, SecretCallback callback,
        bool isRetry);

    QString m_service;
};

} // namespace Desk::Secrets
