// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/filesecretstore.h"

#include "secrets/logging.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Desk::Secrets {

namespace {

constexpr int kFormatVersion = 1;
// Long enough for another process's write (a few ms) even on a busy server; a lock held for
// longer than this is a hung process, and the caller gets an error rather than a wait.
constexpr int kLockWaitMs = 10000;
constexpr int kLockPollMs = 5;

const QString kVersionField = QStringLiteral("version");
const QString kSecretsField = QStringLiteral("secrets");

/**
 * The mode of an open file when its group or other users have any access to it. Checked on
 * the open descriptor, not the name, so the file that is read is the file that was checked.
 */
std::optional<int> sharedMode(const QFile &file)
{
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (fstat(file.handle(), &info) == 0 && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return int(info.st_mode & 07777);
    }
#else
    // Windows: the file lives in the user's profile, whose ACLs already keep others out.
    Q_UNUSED(file);
#endif
    return std::nullopt;
}

/**
 * QLockFile::tryLock(timeout) sleeps 100, 200, 400 ms... between attempts, so a writer can
 * lose every attempt to others writing back to back; short even polls give each a fair turn.
 */
bool acquire(QLockFile &lock)
{
    const QDeadlineTimer deadline(kLockWaitMs);
    while (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError || deadline.hasExpired()) {
            return false;
        }
        QThread::msleep(kLockPollMs);
    }
    return true;
}

} // namespace

FileSecretStore::FileSecretStore(const QString &path, QObject *parent)
    : SecretStore(parent)
    , m_path(path)
{ }

void FileSecretStore::read(const QString &key, SecretCallback callback)
{
    answerLater(
        [this, key] {
            SecretResult result;
            const auto values = load(&result.error);
            if (values) {
                const auto it = values->constFind(key);
                result.status = it == values->cend() ? SecretResult::Status::NotFound
                                                     : SecretResult::Status::Ok;
                result.value = it == values->cend() ? QString() : it.value();
            }
            return result;
        },
        std::move(callback));
}

void FileSecretStore::write(const QString &key, const QString &value, SecretCallback callback)
{
    answerLater(
        [this, key, value] {
            return modify([&](Values &values) {
                values.insert(key, value);
                return SecretResult::Status::Ok;
            });
        },
        std::move(callback));
}

void FileSecretStore::remove(const QString &key, SecretCallback callback)
{
    answerLater(
        [this, key] {
            return modify([&](Values &values) {
                return values.remove(key) > 0 ? SecretResult::Status::Ok
                                              : SecretResult::Status::NotFound;
            });
        },
        std::move(callback));
}

void FileSecretStore::answerLater(std::function<SecretResult()> work, SecretCallback callback)
{
    // Done when the answer is delivered, as the memory store does: operations take effect in
    // the order they were asked for, and the callback never runs inside read() / write().
    QTimer::singleShot(
        0, this, [work = std::move(work), callback = std::move(callback)] { callback(work()); });
}

SecretResult FileSecretStore::modify(
    const std::function<SecretResult::Status(Values &)> &change) const
{
    SecretResult result;
    // Load, change and save must not interleave with another store's: the atomic rename alone
    // keeps the JSON whole but would drop the other writer's secret.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!acquire(lock)) {
        result.error = lock.error() == QLockFile::LockFailedError
            ? tr("Cannot lock %1 to change it: another program keeps it locked.")
                  .arg(lock.fileName())
            : tr("Cannot create the lock file %1: its folder does not exist or this user may not "
                 "write in it.")
                  .arg(lock.fileName());
        qCWarning(lcSecrets) << "file store: cannot lock" << m_path << lock.error();
        return result;
    }
    auto values = load(&result.error);
    if (!values) {
        return result;
    }
    result.status = change(*values);
    if (result.status == SecretResult::Status::Ok && !save(*values, &result.error)) {
        result.status = SecretResult::Status::Error;
    }
    return result;
}

std::optional<FileSecretStore::Values> FileSecretStore::load(QString *error) const
{
    QFile file(m_path);
    if (!file.exists()) {
        return Values(); // nothing stored yet: every read is NotFound, as in a new keychain
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the secrets file %1: %2").arg(m_path, file.errorString());
        qCWarning(lcSecrets) << "file store: cannot read" << m_path << file.errorString();
        return std::nullopt;
    }
    if (const auto mode = sharedMode(file)) {
        *error = tr("The secrets file %1 may be read or changed by other users (mode %2); it is "
                    "not used. Make it private with: chmod 600 %1")
                     .arg(m_path)
                     .arg(*mode, 4, 8, QLatin1Char('0'));
        qCWarning(lcSecrets) << "file store: refused, not private:" << m_path;
        return std::nullopt;
    }
    const QByteArray content = file.readAll();
    if (content.trimmed().isEmpty()) {
        return Values(); // an empty private file made in advance (Core::makePrivateFile)
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(content, &parseError).object();
    const QJsonValue secrets = root.value(kSecretsField);
    Values values;
    bool valid = parseError.error == QJsonParseError::NoError
        && root.value(kVersionField).toInt() == kFormatVersion && secrets.isObject();
    const QJsonObject object = secrets.toObject();
    for (auto it = object.begin(); valid && it != object.end(); ++it) {
        valid = it.value().isString();
        values.insert(it.key(), it.value().toString());
    }
    if (!valid) {
        // Never overwritten: a damaged file may still hold secrets someone can recover by hand.
        *error = tr("The secrets file %1 is damaged or was not written by Advisory Desk; it is "
                    "left as it is.")
                     .arg(m_path);
        qCWarning(lcSecrets) << "file store: not a secrets file:" << m_path;
        return std::nullopt;
    }
    return values;
}

bool FileSecretStore::save(const Values &values, QString *error) const
{
    QJsonObject secrets;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        secrets.insert(it.key(), it.value());
    }
    const QJsonObject root {{kVersionField, kFormatVersion}, {kSecretsField, secrets}};
    QSaveFile file(m_path);
    // The temporary file is narrowed to the owner before anything is written into it: a new
    // file would otherwise get 0644 (umask 022) and be renamed into place readable by all.
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) >= 0 && file.commit();
    if (!ok) {
        *error = tr("Cannot write the secrets file %1: %2").arg(m_path, file.errorString());
        qCWarning(lcSecrets) << "file store: cannot write" << m_path << file.errorString();
    }
    return ok;
}

} // namespace Desk::Secrets
