// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <memory>

namespace Desk::Secrets {

/**
 * Secrets in memory, for tests and the demo. Answers asynchronously (queued), like the real
 * keychain, so callers are exercised the same way. Several stores may share one `Data`
 * (for example the one a SyncService worker creates through its factory and the one a test
 * inspects); the data is guarded by a mutex because those stores live in different threads.
 */
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    struct Data
    {
        mutable QMutex mutex;
        QHash<QString, QString> values;
        bool failReads = false;
        bool failWrites = false;
        int writes = 0;
    };

    explicit MemorySecretStore(QObject *parent = nullptr);
    explicit MemorySecretStore(std::shared_ptr<Data> data, QObject *parent = nullptr);

    std::shared_ptr<Data> data() const { return m_data; }

    void read(const QString &key, SecretCallback callback) override;
    void write(const QString &key, const QString &value, SecretCallback callback) override;
    void remove(const QString &key, SecretCallback callback) override;

    // Synchronous access and fault switches for tests and the demo set-up.
    QString value(const QString &key) const;
    bool contains(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    QStringList keys() const;
    int writeCount() const;
    /** Makes every later read / write answer Error, as a locked or broken keychain does. */
    void setFailReads(bool fail);
    void setFailWrites(bool fail);

signals:
    /** Emitted after a successful write is stored and before its callback runs. */
    void written(const QString &key);

private:
    std::shared_ptr<Data> m_data;
};

} // namespace Desk::Secrets
