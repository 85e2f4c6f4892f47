// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace Desk::Secrets {

struct SecretResult
{
    enum class Status { Ok, NotFound, Error };
    Status status = Status::Error;
    QString value; // only for Ok reads
    QString error; // technical detail; never contains the secret
    bool ok() const { return status == Status::Ok; }
};

using SecretCallback = std::function<void(const SecretResult &)>;

/**
 * Where secrets live: the OS keychain in production, memory in tests and the demo.
 * Asynchronous because the keychain talks D-Bus / Credential Manager; callbacks are
 * invoked in the thread that owns the store. Keys are scoped by the caller
 * (profile id + name); values are never logged.
 */
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void read(const QString &key, SecretCallback callback) = 0;
    virtual void write(const QString &key, const QString &value, SecretCallback callback) = 0;
    virtual void remove(const QString &key, SecretCallback callback) = 0;
};

/** Blocking helpers for command-line use: run a nested event loop until the job ends. */
SecretResult readBlocking(SecretStore *store, const QString &key);
SecretResult writeBlocking(SecretStore *store, const QString &key, const QString &value);
SecretResult removeBlocking(SecretStore *store, const QString &key);

} // namespace Desk::Secrets
