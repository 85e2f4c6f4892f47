// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/keychainsecretstore.h"

#include "secrets/logging.h"

#include <QElapsedTimer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Desk::Secrets {

namespace {

// On Linux the Secret Service may start a moment after the desktop session (autostart
// order), so a first "no backend" is worth one more try before telling the user.
constexpr int kRetryDelayMs = 500;

} // namespace

const char *KeychainSecretStore::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

QString KeychainSecretStore::defaultServiceName()
{
    return QStringLiteral("advisory-desk");
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultServiceName(), parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &serviceName, QObject *parent)
    : SecretStore(parent)
    , m_service(serviceName)
{ }

void KeychainSecretStore::read(const QString &key, SecretCallback callback)
{
    run(Operation::Read, key, QString(), std::move(callback), false);
}

void KeychainSecretStore::write(const QString &key, const QString &value, SecretCallback callback)
{
    if (value.toUtf8().size() > kMaxValueBytes) {
        // Answer asynchronously like a real job so callers see one behaviour.
        QTimer::singleShot(0, this, [key, callback = std::move(callback)] {
            SecretResult result;
            result.status = SecretResult::Status::Error;
            result.error = QStringLiteral("value for %1 is larger than %2 bytes")
                               .arg(key)
                               .arg(kMaxValueBytes);
            callback(result);
        });
        return;
    }
    run(Operation::Write, key, value, std::move(callback), false);
}

void KeychainSecretStore::remove(const QString &key, SecretCallback callback)
{
    run(Operation::Remove, key, QString(), std::move(callback), false);
}

void KeychainSecretStore::run(Operation operation, const QString &key, const QString &value,
    SecretCallback callback, bool isRetry)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
        writeJob->setTextData(value);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    // Parented to the store so a store destroyed mid-job takes its jobs along; otherwise the
    // job deletes itself after `finished` (the 0.13 default), so it is never deleted here.
    job->setAutoDelete(true);
    job->setKey(key);

    QElapsedTimer timer;
    timer.start();
    // Connected before start(): some backends can finish synchronously.
    connect(job, &QKeychain::Job::finished, this,
        [this, operation, key, value, callback = std::move(callback), isRetry, timer](
            QKeychain::Job *finished) mutable {
            const auto code = finished->error();
            const char *name = operationName(operation);
            if ((code == QKeychain::NoBackendAvailable || code == QKeychain::OtherError)
                && !isRetry) {
                qCDebug(lcSecrets)
                    << name << key << "failed, retrying once:" << finished->errorString();
                QTimer::singleShot(kRetryDelayMs, this,
                    [this, operation, key, value, callback = std::move(callback)]() mutable {
                        run(operation, key, value, std::move(callback), true);
                    });
                return;
            }
            SecretResult result;
            if (code == QKeychain::NoError) {
                result.status = SecretResult::Status::Ok;
                if (operation == Operation::Read) {
                    result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                }
            } else if (code == QKeychain::EntryNotFound) {
                result.status = SecretResult::Status::NotFound;
            } else {
                result.status = SecretResult::Status::Error;
                // errorString() describes the backend failure; it never carries the value.
                result.error = finished->errorString();
                qCWarning(lcSecrets) << name << key << "failed:" << result.error;
            }
            qCDebug(lcSecrets) << name << key << "took" << timer.elapsed() << "ms";
            callback(result);
        });
    job->start();
}

} // namespace Desk::Secrets
