// SPDX-License-Identifier: GPL-3.0-or-later
// TokenManager, the administrator's side: storing the credentials `setup` / `authorize` /
// the connect dialog collect (under the profile's token lock), forgetting them, reporting
// what the keychain holds, and the blocking forms the command line uses.
#include "zalo/tokenmanager.h"

#include "core/blockingcall.h"
#include "secrets/secretstore.h"
#include "store/connectionspec.h"
#include "zalo/logging.h"
#include "zalo/tokenmanager_p.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLockFile>
#include <QTimer>

namespace Desk::Zalo {

using TokenDetail::kMaxTokenEntryBytes;
using TokenDetail::kStaleLockMs;
using TokenDetail::nowMs;

void TokenManager::storeCredentials(const QString &appId, const QString &secretKey,
    const QString &accessToken, const QString &refreshToken, DoneCallback callback)
{
    storeCredentials(appId, secretKey, accessToken, refreshToken, 0, std::move(callback));
}

void TokenManager::storeCredentials(const QString &appId, const QString &secretKey,
    const QString &accessToken, const QString &refreshToken, qint64 expiresInSec,
    DoneCallback callback)
{
    const auto failLater = [this, &callback](const QString &detail) {
        QTimer::singleShot(0, this,
            [callback, detail] { callback(ApiError::make(ErrorKind::NotConfigured, detail)); });
    };
    if (appId.trimmed().isEmpty() || secretKey.trimmed().isEmpty()
        || refreshToken.trimmed().isEmpty()) {
        failLater(QStringLiteral("app id, secret key and refresh token are required"));
        return;
    }
    if (!m_secrets) {
        failLater(QStringLiteral("no secret store"));
        return;
    }
    Pair pair;
    pair.accessToken = accessToken.trimmed();
    pair.refreshToken = refreshToken.trimmed();
    pair.refreshedAtMs = nowMs();
    pair.lifetimeSec = qMax<qint64>(0, expiresInSec);
    pair.expiresAtMs = expiresInSec > 0 ? pair.refreshedAtMs + expiresInSec * 1000 : 0;
    const QString json = serialise(pair);
    if (json.toUtf8().size() > kMaxTokenEntryBytes) {
        failLater(QStringLiteral("tokens are longer than the keychain allows"));
        return;
    }

    // Anything in flight belongs to the old credentials from now on.
    ++m_generation;
    m_unsaved.reset();
    const quint64 generation = m_generation;
    QPointer<TokenManager> self(this);
    const QString app = appId.trimmed();
    const QString secret = secretKey.trimmed();
    const auto finish
        = [self, generation, app, secret, pair, callback](const Secrets::SecretResult &result) {
              if (!self) {
                  return;
              }
              if (!result.ok()) {
                  callback(ApiError::make(ErrorKind::SecretStore, result.error));
                  return;
              }
              if (generation == self->m_generation) {
                  self->m_appId = app;
                  self->m_secretKey = secret;
                  self->m_pair = pair;
                  self->m_loaded = true;
                  self->m_reauthRequired = false;
                  self->m_forceRefresh = false;
              }
              qCInfo(lcZalo) << "Zalo OA credentials stored for profile" << self->m_profileId;
              callback(ApiError());
              self->pump();
          };
    // A process that refreshes right now must not write its rotated pair over this one: the
    // store waits for the token lock (a short blocking wait; setup is an administrator's act).
    std::shared_ptr<QLockFile> storeLock;
    if (!m_options.lockFilePath.isEmpty() && !(m_lock && m_lock->isLocked())) {
        storeLock = std::make_shared<QLockFile>(m_options.lockFilePath);
        storeLock->setStaleLockTime(kStaleLockMs);
        if (!storeLock->tryLock(m_options.lockTimeoutMs)) {
            failLater(QStringLiteral("another process holds the Zalo token lock %1")
                          .arg(m_options.lockFilePath));
            return;
        }
    }
    // The tokens entry goes last: a profile is "configured" only once it is there.
    const QString profile = m_profileId;
    m_secrets->write(appIdKey(profile), app,
        [self, profile, secret, json, finish, callback, storeLock](
            const Secrets::SecretResult &first) {
            if (!self || !first.ok() || !self->m_secrets) {
                finish(first);
                return;
            }
            self->m_secrets->write(secretKeyKey(profile), secret,
                [self, profile, json, finish, storeLock](const Secrets::SecretResult &second) {
                    if (!self || !second.ok() || !self->m_secrets) {
                        finish(second);
                        return;
                    }
                    // The lock is held until the pair is written.
                    self->m_secrets->write(tokensKey(profile), json,
                        [finish, storeLock](const Secrets::SecretResult &third) { finish(third); });
                });
        });
}

void TokenManager::forgetCredentials(DoneCallback callback)
{
    ++m_generation;
    m_unsaved.reset();
    m_loaded = false;
    m_pair = Pair();
    m_appId.clear();
    m_secretKey.clear();
    m_reauthRequired = false;
    if (!m_secrets) {
        callback(ApiError::make(ErrorKind::SecretStore, QStringLiteral("no secret store")));
        return;
    }
    struct State
    {
        int pending = 3;
        QString error;
    };
    auto state = std::make_shared<State>();
    const auto done = [state, callback](const Secrets::SecretResult &result) {
        if (result.status == Secrets::SecretResult::Status::Error) {
            state->error = result.error;
        }
        if (--state->pending == 0) {
            callback(state->error.isEmpty() ? ApiError()
                                            : ApiError::make(ErrorKind::SecretStore, state->error));
        }
    };
    m_secrets->remove(tokensKey(m_profileId), done);
    m_secrets->remove(secretKeyKey(m_profileId), done);
    m_secrets->remove(appIdKey(m_profileId), done);
}

void TokenManager::status(std::function<void(const TokenStatus &)> callback)
{
    if (!m_secrets) {
        TokenStatus status;
        status.state = TokenStatus::State::KeychainError;
        status.detail = QStringLiteral("no secret store");
        callback(status);
        return;
    }
    readSnapshot(m_secrets, m_profileId, [callback](const Snapshot &snapshot) {
        TokenStatus status;
        status.detail = snapshot.error();
        if (!status.detail.isEmpty()) {
            status.state = TokenStatus::State::KeychainError;
            callback(status);
            return;
        }
        status.hasAppId = snapshot.appId.ok() && !snapshot.appId.value.isEmpty();
        status.hasSecretKey = snapshot.secretKey.ok() && !snapshot.secretKey.value.isEmpty();
        const auto pair = snapshot.tokens.ok() ? deserialise(snapshot.tokens.value) : std::nullopt;
        if (pair) {
            status.hasAccessToken = !pair->accessToken.isEmpty();
            status.hasRefreshToken = !pair->refreshToken.isEmpty();
            status.expiresAtMs = pair->expiresAtMs;
            status.refreshedAtMs = pair->refreshedAtMs;
        }
        if (!status.hasAppId || !status.hasSecretKey || !status.hasRefreshToken) {
            status.state = TokenStatus::State::NotConfigured;
        } else if (pair->reauthRequired) {
            status.state = TokenStatus::State::ReauthorisationRequired;
        } else if (!status.hasAccessToken
            || (pair->expiresAtMs > 0 && nowMs() >= pair->expiresAtMs)) {
            status.state = TokenStatus::State::Expired;
        } else {
            status.state = TokenStatus::State::Valid;
        }
        callback(status);
    });
}

TokenManager::Options profileTokenOptions(
    const QUrl &oauthBase, const QString &databasePath, int transferTimeoutMs)
{
    TokenManager::Options options;
    options.oauthBase = oauthBase;
    options.transferTimeoutMs = transferTimeoutMs;
    // A team's tokens are refreshed by the active OA service alone (its advisory lock, see
    // servicelease.h): no lock file, which would in any case be per host.
    if (!databasePath.isEmpty() && !Store::ConnectionSpec::looksLikeUri(databasePath)) {
        options.lockFilePath = TokenManager::tokenLockPath(QFileInfo(databasePath).absolutePath());
    }
    return options;
}

ApiError storeCredentialsBlocking(Secrets::SecretStore *secrets, const QString &profileId,
    const QString &appId, const QString &secretKey, const QString &accessToken,
    const QString &refreshToken, qint64 expiresInSec, const QString &lockFilePath)
{
    TokenManager::Options options;
    options.lockFilePath = lockFilePath;
    TokenManager manager(secrets, nullptr, profileId, options);
    ApiError error = ApiError::make(ErrorKind::SecretStore, QStringLiteral("no answer"));
    bool done = false;
    QEventLoop loop;
    manager.storeCredentials(
        appId, secretKey, accessToken, refreshToken, expiresInSec, [&](const ApiError &result) {
            error = result;
            done = true;
            loop.quit();
        });
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return error;
}

ApiError forgetCredentialsBlocking(Secrets::SecretStore *secrets, const QString &profileId)
{
    TokenManager manager(secrets, nullptr, profileId, TokenManager::Options());
    return Core::waitForCallback(
        ApiError::make(ErrorKind::SecretStore, QStringLiteral("no answer")),
        [&manager](auto done) { manager.forgetCredentials(done); });
}

TokenStatus tokenStatusBlocking(Secrets::SecretStore *secrets, const QString &profileId)
{
    TokenManager manager(secrets, nullptr, profileId, TokenManager::Options());
    TokenStatus initial;
    initial.state = TokenStatus::State::KeychainError;
    return Core::waitForCallback(initial, [&manager](auto done) { manager.status(done); });
}

} // namespace Desk::Zalo
