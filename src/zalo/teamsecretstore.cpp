// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/teamsecretstore.h"

#include "core/vietnamtime.h"
#include "store/database.h"
#include "zalo/logging.h"

#include <QSqlQuery>
#include <QTimer>

namespace Desk::Zalo {

namespace {

/** Binds a sealed value to its row, so one row's text cannot be moved into another. */
QByteArray associatedData(const QString &name)
{
    return QByteArrayLiteral("advisory-desk/oa_secrets/") + name.toUtf8();
}

Secrets::SecretResult failure(const QString &error)
{
    Secrets::SecretResult result;
    result.status = Secrets::SecretResult::Status::Error;
    result.error = error;
    return result;
}

Secrets::SecretResult success(const QString &value = {})
{
    Secrets::SecretResult result;
    result.status = Secrets::SecretResult::Status::Ok;
    result.value = value;
    return result;
}

} // namespace

TeamSecretStore::TeamSecretStore(
    Store::ConnectionSpec database, Secrets::ServiceKey key, QObject *parent)
    : SecretStore(parent)
    , m_spec(std::move(database))
    , m_key(std::move(key))
{ }

TeamSecretStore::~TeamSecretStore() = default;

QString TeamSecretStore::rowName(const QString &key)
{
    const int slash = key.indexOf(QLatin1Char('/'));
    return slash < 0 ? key : key.mid(slash + 1);
}

bool TeamSecretStore::ensureOpen(Secrets::SecretResult *result)
{
    if (m_key.isNull()) {
        *result
            = failure(QStringLiteral("no service key on this host (join with a service login)"));
        return false;
    }
    if (m_db && m_db->isOpen()) {
        return true;
    }
    m_db = std::make_unique<Store::Database>();
    if (!m_db->open(m_spec)) {
        *result = failure(m_db->lastError());
        return false;
    }
    return true;
}

Secrets::SecretResult TeamSecretStore::readNow(const QString &key)
{
    Secrets::SecretResult result;
    if (!ensureOpen(&result)) {
        return result;
    }
    const QString name = rowName(key);
    QSqlQuery *query = m_db->query(
        QStringLiteral("SELECT sealed, key_fingerprint FROM oa_secrets WHERE name = ?"), {name},
        QStringLiteral("reading the OA's %1").arg(name));
    if (!query) {
        if (m_db->lastErrorKind() == Store::DatabaseErrorKind::ConnectionLost) {
            m_db.reset(); // reconnect on the next call
        }
        return failure(m_db ? m_db->lastError() : QStringLiteral("the team database went away"));
    }
    Store::StatementReset reset(query);
    if (!query->next()) {
        result.status = Secrets::SecretResult::Status::NotFound;
        return result;
    }
    const QString sealed = query->value(0).toString();
    const QByteArray fingerprint = query->value(1).toString().toLatin1();
    if (fingerprint != m_key.fingerprint()) {
        return failure(QStringLiteral("the OA's %1 was stored with another service key "
                                      "(fingerprint %2, this host has %3)")
                           .arg(name, QString::fromLatin1(fingerprint),
                               QString::fromLatin1(m_key.fingerprint())));
    }
    QString error;
    const auto plain = Secrets::open(m_key, sealed, associatedData(name), &error);
    if (!plain) {
        return failure(QStringLiteral("the OA's %1 cannot be opened: %2").arg(name, error));
    }
    return success(QString::fromUtf8(*plain));
}

Secrets::SecretResult TeamSecretStore::writeNow(const QString &key, const QString &value)
{
    Secrets::SecretResult result;
    if (!ensureOpen(&result)) {
        return result;
    }
    const QString name = rowName(key);
    const QString sealed = Secrets::seal(m_key, value.toUtf8(), associatedData(name));
    if (sealed.isEmpty()) {
        return failure(QStringLiteral("sealing the OA's %1 failed").arg(name));
    }
    // updated_by is the database login, filled in by the server.
    if (!m_db->run(m_db->statement(QStringLiteral(
                       "INSERT INTO oa_secrets(name, sealed, key_fingerprint, updated_at_ms) "
                       "VALUES(?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                       "sealed = excluded.sealed, key_fingerprint = excluded.key_fingerprint, "
                       "updated_at_ms = excluded.updated_at_ms, updated_by = current_user")),
            {name, sealed, QString::fromLatin1(m_key.fingerprint()), Core::nowMs()},
            QStringLiteral("storing the OA's %1").arg(name))) {
        return failure(m_db->lastError());
    }
    return success();
}

Secrets::SecretResult TeamSecretStore::removeNow(const QString &key)
{
    Secrets::SecretResult result;
    if (!ensureOpen(&result)) {
        return result;
    }
    const QString name = rowName(key);
    QSqlQuery *query = m_db->query(QStringLiteral("DELETE FROM oa_secrets WHERE name = ?"), {name},
        QStringLiteral("removing the OA's %1").arg(name));
    if (!query) {
        return failure(m_db->lastError());
    }
    if (query->numRowsAffected() <= 0) {
        result.status = Secrets::SecretResult::Status::NotFound;
        return result;
    }
    return success();
}

void TeamSecretStore::answer(Secrets::SecretResult result, Secrets::SecretCallback callback)
{
    // Asynchronous like the keychain: callers never see their callback run inside the call.
    QTimer::singleShot(0, this,
        [result = std::move(result), callback = std::move(callback)] { callback(result); });
}

void TeamSecretStore::read(const QString &key, Secrets::SecretCallback callback)
{
    answer(readNow(key), std::move(callback));
}

void TeamSecretStore::write(
    const QString &key, const QString &value, Secrets::SecretCallback callback)
{
    answer(writeNow(key, value), std::move(callback));
}

void TeamSecretStore::remove(const QString &key, Secrets::SecretCallback callback)
{
    answer(removeNow(key), std::move(callback));
}

} // namespace Desk::Zalo
