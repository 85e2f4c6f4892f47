// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorysecretstore.h"

#include <QMutexLocker>
#include <QTimer>

namespace Desk::Secrets {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : MemorySecretStore(std::make_shared<Data>(), parent)
{ }

MemorySecretStore::MemorySecretStore(std::shared_ptr<Data> data, QObject *parent)
    : SecretStore(parent)
    , m_data(std::move(data))
{ }

void MemorySecretStore::read(const QString &key, SecretCallback callback)
{
    // Evaluated when the answer is delivered, like write() and remove(): operations then
    // take effect in the order they were asked for, as keychain jobs do.
    QTimer::singleShot(0, this, [this, key, callback = std::move(callback)] {
        SecretResult result;
        {
            QMutexLocker lock(&m_data->mutex);
            if (m_data->failReads) {
                result.error = QStringLiteral("memory store: reads switched off");
            } else if (const auto it = m_data->values.constFind(key); it != m_data->values.cend()) {
                result.status = SecretResult::Status::Ok;
                result.value = it.value();
            } else {
                result.status = SecretResult::Status::NotFound;
            }
        }
        callback(result);
    });
}

void MemorySecretStore::write(const QString &key, const QString &value, SecretCallback callback)
{
    // Stored at the moment the answer is delivered, as a keychain job commits when it
    // finishes: a test that inspects the store right after write() sees the old value.
    QTimer::singleShot(0, this, [this, key, value, callback = std::move(callback)] {
        SecretResult result;
        {
            QMutexLocker lock(&m_data->mutex);
            if (m_data->failWrites) {
                result.error = QStringLiteral("memory store: writes switched off");
            } else {
                m_data->values.insert(key, value);
                ++m_data->writes;
                result.status = SecretResult::Status::Ok;
            }
        }
        if (result.ok()) {
            emit written(key);
        }
        callback(result);
    });
}

void MemorySecretStore::remove(const QString &key, SecretCallback callback)
{
    QTimer::singleShot(0, this, [this, key, callback = std::move(callback)] {
        SecretResult result;
        {
            QMutexLocker lock(&m_data->mutex);
            if (m_data->failWrites) {
                result.error = QStringLiteral("memory store: writes switched off");
            } else if (m_data->values.remove(key) > 0) {
                result.status = SecretResult::Status::Ok;
            } else {
                result.status = SecretResult::Status::NotFound;
            }
        }
        callback(result);
    });
}

QString MemorySecretStore::value(const QString &key) const
{
    QMutexLocker lock(&m_data->mutex);
    return m_data->values.value(key);
}

bool MemorySecretStore::contains(const QString &key) const
{
    QMutexLocker lock(&m_data->mutex);
    return m_data->values.contains(key);
}

void MemorySecretStore::setValue(const QString &key, const QString &value)
{
    QMutexLocker lock(&m_data->mutex);
    m_data->values.insert(key, value);
}

QStringList MemorySecretStore::keys() const
{
    QMutexLocker lock(&m_data->mutex);
    return m_data->values.keys();
}

int MemorySecretStore::writeCount() const
{
    QMutexLocker lock(&m_data->mutex);
    return m_data->writes;
}

void MemorySecretStore::setFailReads(bool fail)
{
    QMutexLocker lock(&m_data->mutex);
    m_data->failReads = fail;
}

void MemorySecretStore::setFailWrites(bool fail)
{
    QMutexLocker lock(&m_data->mutex);
    m_data->failWrites = fail;
}

} // namespace Desk::Secrets
