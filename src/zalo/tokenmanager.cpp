// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/tokenmanager.h"

#include "secrets/secretstore.h"
#include "zalo/logging.h"
#include "zalo/tokenmanager_p.h"
#include "zalo/zalojson.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Desk::Zalo {

namespace {

using TokenDetail::kMaxTokenEntryBytes;
using TokenDetail::kStaleLockMs;
using TokenDetail::nowMs;

// A failed keychain write of a rotated pair is tried again this often before the waiting
// requests are told; the pair itself is kept for the next request in any case.
constexpr int kPersistAttempts = 3;
constexpr int kPersistRetryDelayMs = 300;
// While another process holds the token lock, try again this often.
constexpr int kLockPollMs = 20;

} // namespace

// Reads the three entries of a profile in parallel and answers once with all of them.
void TokenManager::readSnapshot(Secrets::SecretStore *secrets, const QString &profileId,
    std::function<void(const Snapshot &)> done)
{
    struct State
    {
        int pending = 3;
        Snapshot snapshot;
        std::function<void(const Snapshot &)> done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    const auto store = [state](Secrets::SecretResult Snapshot::*field) {
        return [state, field](const Secrets::SecretResult &result) {
            state->snapshot.*field = result;
            if (--state->pending == 0) {
                state->done(state->snapshot);
            }
        };
    };
    secrets->read(appIdKey(profileId), store(&Snapshot::appId));
    secrets->read(secretKeyKey(profileId), store(&Snapshot::secretKey));
    secrets->read(tokensKey(profileId), store(&Snapshot::tokens));
}

QString TokenManager::appIdKey(const QString &profileId)
{
    return profileId + QStringLiteral("/app_id");
}

QString TokenManager::secretKeyKey(const QString &profileId)
{
    return profileId + QStringLiteral("/secret_key");
}

QString TokenManager::tokensKey(const QString &profileId)
{
    return profileId + QStringLiteral("/tokens");
}

QString TokenManager::tokenLockPath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("zalo-tokens.lock"));
}

TokenManager::TokenManager(Secrets::SecretStore *secrets, QNetworkAccessManager *network,
    const QString &profileId, Options options, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network)
    , m_profileId(profileId)
    , m_options(std::move(options))
{ }

TokenManager::~TokenManager()
{
    if (m_unsaved) {
        // The OAuth server already rotated: the keychain's refresh token is dead now.
        qCCritical(lcZalo) << "rotated Zalo tokens could not be saved; an administrator will"
                              " have to re-authorise the OA";
    }
}

QString TokenManager::serialise(const Pair &pair)
{
    QJsonObject object;
    object.insert(QStringLiteral("v"), 1);
    object.insert(QStringLiteral("access_token"), pair.accessToken);
    object.insert(QStringLiteral("refresh_token"), pair.refreshToken);
    object.insert(QStringLiteral("expires_at_ms"), pair.expiresAtMs);
    object.insert(QStringLiteral("lifetime_sec"), pair.lifetimeSec);
    object.insert(QStringLiteral("refreshed_at_ms"), pair.refreshedAtMs);
    if (pair.reauthRequired) {
        object.insert(QStringLiteral("reauth_required"), true);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<TokenManager::Pair> TokenManager::deserialise(const QString &json)
{
    const auto document = parseJson(json.toUtf8());
    if (!document || !document->isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document->object();
    Pair pair;
    pair.accessToken = object.value(QLatin1String("access_token")).toString();
    pair.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    pair.expiresAtMs = integerValue(object.value(QLatin1String("expires_at_ms"))).value_or(0);
    pair.lifetimeSec = integerValue(object.value(QLatin1String("lifetime_sec"))).value_or(0);
    pair.refreshedAtMs = integerValue(object.value(QLatin1String("refreshed_at_ms"))).value_or(0);
    pair.reauthRequired = object.value(QLatin1String("reauth_required")).toBool();
    if (pair.refreshToken.isEmpty() && pair.accessToken.isEmpty()) {
        return std::nullopt;
    }
    return pair;
}

void TokenManager::accessToken(TokenCallback callback)
{
    enqueue(std::move(callback));
}

void TokenManager::tokenRejected(const QString &rejectedToken, TokenCallback callback)
{
    // Several requests fail with the same old token at once: only the first one refreshes,
    // the others get the token that refresh produced.
    const QString newest = m_unsaved ? m_unsaved->accessToken : m_pair.accessToken;
    if (!m_loaded || rejectedToken == newest) {
        qCInfo(lcZalo) << "access token rejected by Zalo; refreshing";
        m_forceRefresh = true;
        m_rejectedAccessToken = rejectedToken;
    }
    enqueue(std::move(callback));
}

void TokenManager::enqueue(TokenCallback callback)
{
    m_waiters.append(std::move(callback));
    pump();
}

void TokenManager::pump()
{
    if (m_busy != Busy::Idle || m_waiters.isEmpty()) {
        return;
    }
    if (!m_secrets) {
        failWaiters(ApiError::make(ErrorKind::SecretStore, QStringLiteral("no secret store")));
        return;
    }
    if (!m_loaded) {
        startLoad();
        return;
    }
    if (m_reauthRequired) {
        failWaiters(
            ApiError::make(ErrorKind::AuthFailed, QStringLiteral("the OA must be re-authorised")));
        // Read the keychain again next time: `setup` in another process may have stored
        // new credentials meanwhile.
        m_loaded = false;
        return;
    }
    if (m_unsaved) {
        m_busy = Busy::Locking;
        withLock([this] { startPersist(0); });
        return;
    }
    if (m_forceRefresh || needsRefresh(nowMs())) {
        startRefresh();
        return;
    }
    deliverToWaiters(m_pair.accessToken);
}

void TokenManager::withLock(std::function<void()> locked)
{
    if (m_options.lockFilePath.isEmpty()) {
        locked();
        return;
    }
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(m_options.lockFilePath);
        m_lock->setStaleLockTime(kStaleLockMs);
    }
    if (m_lock->isLocked() || m_lock->tryLock(0)) {
        locked();
        return;
    }
    if (m_lock->error() == QLockFile::PermissionError
        || m_lock->error() == QLockFile::UnknownError) {
        settle();
        failWaiters(ApiError::make(ErrorKind::SecretStore,
            QStringLiteral("cannot create the token lock file %1").arg(m_options.lockFilePath)));
        return;
    }
    // Another process refreshes right now: poll without blocking this thread's event loop.
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    auto poll = std::make_shared<std::function<void()>>();
    QPointer<TokenManager> self(this);
    const quint64 generation = m_generation;
    *poll = [self, poll, waited, locked, generation] {
        if (!self) {
            return;
        }
        if (self->m_lock->tryLock(0)) {
            *poll = nullptr; // breaks the cycle poll -> lambda -> poll
            if (generation != self->m_generation) {
                self->settle();
                self->pump();
                return;
            }
            locked();
            return;
        }
        if (waited->elapsed() > self->m_options.lockTimeoutMs) {
            *poll = nullptr;
            self->settle();
            self->failWaiters(ApiError::make(ErrorKind::Timeout,
                QStringLiteral("another process has held the Zalo token lock for %1 s")
                    .arg(self->m_options.lockTimeoutMs / 1000)));
            return;
        }
        QTimer::singleShot(kLockPollMs, self, *poll);
    };
    QTimer::singleShot(kLockPollMs, this, *poll);
}

void TokenManager::releaseLock()
{
    if (m_lock && m_lock->isLocked()) {
        m_lock->unlock();
    }
}

void TokenManager::settle()
{
    m_busy = Busy::Idle;
    releaseLock();
}

bool TokenManager::isExpired(qint64 now) const
{
    return m_pair.accessToken.isEmpty() || (m_pair.expiresAtMs > 0 && now >= m_pair.expiresAtMs);
}

bool TokenManager::needsRefresh(qint64 now) const
{
    if (isExpired(now)) {
        return true;
    }
    if (m_pair.expiresAtMs <= 0 || m_pair.lifetimeSec <= 0) {
        return false; // expiry unknown: use the token until Zalo rejects it
    }
    const qint64 ahead
        = qMin(static_cast<qint64>(m_pair.lifetimeSec * 1000.0 * m_options.refreshAheadFraction),
            m_options.refreshAheadMaxMs);
    return now >= m_pair.expiresAtMs - ahead;
}

void TokenManager::startLoad()
{
    m_busy = Busy::Loading;
    const quint64 generation = m_generation;
    QPointer<TokenManager> self(this);
    readSnapshot(m_secrets, m_profileId, [self, generation](const Snapshot &snapshot) {
        if (!self) {
            return;
        }
        self->m_busy = Busy::Idle;
        if (generation != self->m_generation) {
            self->pump(); // credentials were stored meanwhile; they are already loaded
            return;
        }
        self->finishLoad(snapshot);
    });
}

void TokenManager::finishLoad(const Snapshot &snapshot)
{
    const QString error = snapshot.error();
    if (!error.isEmpty()) {
        qCWarning(lcZalo) << "cannot read Zalo credentials from the keychain:" << error;
        failWaiters(ApiError::make(ErrorKind::SecretStore, error));
        return;
    }
    const auto pair = snapshot.tokens.ok() ? deserialise(snapshot.tokens.value) : std::nullopt;
    if (!snapshot.appId.ok() || snapshot.appId.value.isEmpty() || !snapshot.secretKey.ok()
        || snapshot.secretKey.value.isEmpty() || !pair) {
        failWaiters(ApiError::make(ErrorKind::NotConfigured,
            QStringLiteral("no Zalo OA credentials for profile %1").arg(m_profileId)));
        return;
    }
    m_appId = snapshot.appId.value;
    m_secretKey = snapshot.secretKey.value;
    m_pair = *pair;
    // The mark in the keychain is written in the background; the refresh token we saw
    // refused is the authority until different credentials are stored.
    m_reauthRequired = pair->reauthRequired
        || (!m_refusedRefreshToken.isEmpty() && pair->refreshToken == m_refusedRefreshToken);
    m_loaded = true;
    pump();
}

void TokenManager::startRefresh()
{
    m_busy = Busy::Locking;
    withLock([this] { recheckUnderLock(); });
}

void TokenManager::recheckUnderLock()
{
    if (m_options.lockFilePath.isEmpty()) {
        postRefresh(); // nobody else can hold this store's tokens
        return;
    }
    // Under the lock: what the keychain holds now is the truth. Another process may have
    // rotated the pair (or an administrator stored a new one) since this one read it.
    const quint64 generation = m_generation;
    QPointer<TokenManager> self(this);
    readSnapshot(m_secrets, m_profileId, [self, generation](const Snapshot &snapshot) {
        if (!self) {
            return;
        }
        if (generation != self->m_generation) {
            self->settle();
            self->pump();
            return;
        }
        const QString error = snapshot.error();
        const auto pair = snapshot.tokens.ok() ? deserialise(snapshot.tokens.value) : std::nullopt;
        if (!error.isEmpty() || !pair) {
            self->settle();
            self->failWaiters(error.isEmpty() ? ApiError::make(ErrorKind::NotConfigured,
                                  QStringLiteral("the Zalo tokens were removed from the keychain"))
                                              : ApiError::make(ErrorKind::SecretStore, error));
            return;
        }
        if (pair->refreshToken == self->m_pair.refreshToken
            && pair->reauthRequired == self->m_pair.reauthRequired) {
            self->postRefresh(); // still the pair that needs refreshing: this process spends it
            return;
        }
        qCInfo(lcZalo) << "another process rotated the Zalo tokens; using its pair";
        self->m_pair = *pair;
        if (snapshot.appId.ok() && !snapshot.appId.value.isEmpty()) {
            self->m_appId = snapshot.appId.value;
        }
        if (snapshot.secretKey.ok() && !snapshot.secretKey.value.isEmpty()) {
            self->m_secretKey = snapshot.secretKey.value;
        }
        self->m_reauthRequired = pair->reauthRequired;
        if (pair->accessToken != self->m_rejectedAccessToken) {
            self->m_forceRefresh = false;
        }
        self->settle();
        self->pump();
    });
}

void TokenManager::postRefresh()
{
    if (m_pair.refreshToken.isEmpty()) {
        markReauthorisationRequired(
            ApiError::make(ErrorKind::AuthFailed, QStringLiteral("no refresh token stored")));
        return;
    }
    if (!m_network) {
        settle();
        failWaiters(ApiError::make(ErrorKind::Network, QStringLiteral("no network access")));
        return;
    }
    m_busy = Busy::Refreshing;
    QNetworkRequest request(apiUrl(m_options.oauthBase, QString(ApiPath::AccessToken)));
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("secret_key"), m_secretKey.toUtf8());
    request.setTransferTimeout(m_options.transferTimeoutMs);
    // Encoded by hand: QUrlQuery leaves '+' alone, which a form decoder reads as a space.
    const QByteArray body = QByteArrayLiteral("refresh_token=")
        + QUrl::toPercentEncoding(m_pair.refreshToken) + QByteArrayLiteral("&app_id=")
        + QUrl::toPercentEncoding(m_appId) + QByteArrayLiteral("&grant_type=refresh_token");
    qCInfo(lcZalo) << "refreshing the Zalo access token";
    QNetworkReply *reply = m_network->post(request, body);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        m_busy = Busy::Idle;
        if (generation != m_generation) {
            settle();
            pump(); // new credentials were stored while this refresh ran
            return;
        }
        onRefreshFinished(reply);
    });
}

void TokenManager::onRefreshFinished(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    ApiError error;
    TokenResponse response;
    if (status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        error = ApiError::make(
            timedOut ? ErrorKind::Timeout : ErrorKind::Network, reply->errorString());
    } else if (status >= 500) {
        error = ApiError::make(ErrorKind::Http, QStringLiteral("token endpoint"), 0, status);
    } else {
        response = parseTokenResponse(body);
        error = response.error;
        if (error.kind == ErrorKind::Malformed && status != 200) {
            error = ApiError::make(ErrorKind::Http, QStringLiteral("token endpoint"), 0, status);
        }
        error.httpStatus = status;
    }

    if (error.kind == ErrorKind::AuthFailed) {
        markReauthorisationRequired(error);
        return;
    }
    if (!error.ok()) {
        settle();
        qCWarning(lcZalo) << "token refresh failed, will try again:" << error.toString();
        // A refresh ahead of expiry that fails is no reason to stop: the current token is
        // still good (unless Zalo just rejected it).
        if (!m_forceRefresh && !isExpired(nowMs())) {
            deliverToWaiters(m_pair.accessToken);
        } else {
            failWaiters(error);
        }
        return;
    }

    Pair rotated;
    rotated.accessToken = response.accessToken;
    // Zalo always rotates both; should a reply ever omit the refresh token, the old one is
    // the only one there is.
    rotated.refreshToken
        = response.refreshToken.isEmpty() ? m_pair.refreshToken : response.refreshToken;
    rotated.lifetimeSec = response.expiresInSec;
    rotated.refreshedAtMs = nowMs();
    rotated.expiresAtMs
        = response.expiresInSec > 0 ? rotated.refreshedAtMs + response.expiresInSec * 1000 : 0;
    m_unsaved = rotated;
    m_forceRefresh = false;
    startPersist(0);
}

void TokenManager::startPersist(int attempt)
{
    if (!m_unsaved || !m_secrets) {
        settle();
        pump();
        return;
    }
    m_busy = Busy::Persisting;
    const QString json = serialise(*m_unsaved);
    if (json.toUtf8().size() > kMaxTokenEntryBytes) {
        settle();
        failWaiters(ApiError::make(ErrorKind::SecretStore,
            QStringLiteral("token pair larger than %1 bytes").arg(kMaxTokenEntryBytes)));
        return;
    }
    QPointer<TokenManager> self(this);
    const quint64 generation = m_generation;
    m_secrets->write(tokensKey(m_profileId), json,
        [self, attempt, generation](const Secrets::SecretResult &result) {
            if (!self) {
                return;
            }
            self->onPersisted(result, attempt, generation);
        });
}

void TokenManager::onPersisted(const Secrets::SecretResult &result, int attempt, quint64 generation)
{
    if (generation != m_generation || !m_unsaved) {
        settle();
        pump();
        return;
    }
    if (result.ok()) {
        m_pair = *m_unsaved;
        m_unsaved.reset();
        ++m_refreshCount;
        settle();
        qCInfo(lcZalo)
            << "Zalo tokens rotated and saved; access token valid until"
            << (m_pair.expiresAtMs > 0
                       ? QDateTime::fromMSecsSinceEpoch(m_pair.expiresAtMs).toString(Qt::ISODate)
                       : QStringLiteral("unknown"));
        emit tokensRotated(m_pair.expiresAtMs);
        pump();
        return;
    }
    qCWarning(lcZalo) << "cannot save rotated Zalo tokens (attempt" << attempt + 1
                      << "):" << result.error;
    if (attempt + 1 < kPersistAttempts) {
        QTimer::singleShot(kPersistRetryDelayMs * (attempt + 1), this,
            [this, attempt] { startPersist(attempt + 1); });
        return;
    }
    // Keep m_unsaved: the next request tries the write again before using the pair.
    settle();
    failWaiters(ApiError::make(
        ErrorKind::SecretStore, QStringLiteral("cannot save rotated tokens: ") + result.error));
}

void TokenManager::markReauthorisationRequired(const ApiError &error)
{
    qCWarning(lcZalo) << "Zalo refused the token refresh; the OA must be re-authorised:"
                      << error.toString();
    m_reauthRequired = true;
    m_refusedRefreshToken = m_pair.refreshToken;
    m_pair.reauthRequired = true;
    m_forceRefresh = false;
    ApiError reported = error;
    reported.kind = ErrorKind::AuthFailed;
    const auto report = [this, reported] {
        settle();
        failWaiters(reported);
        emit reauthorisationNeeded(reported);
    };
    if (!m_secrets) {
        report();
        return;
    }
    // Remember it in the keychain BEFORE anyone hears of the failure: a short-lived process
    // (`sync --once`) exits right after, and the next one must not spend the dead refresh
    // token again. Keychain writes run in order, so a later `setup` still wins.
    m_busy = Busy::Persisting;
    QPointer<TokenManager> self(this);
    m_secrets->write(tokensKey(m_profileId), serialise(m_pair),
        [self, report](const Secrets::SecretResult &result) {
            if (!result.ok()) {
                qCWarning(lcZalo) << "cannot record re-authorisation mark:" << result.error;
            }
            if (self) {
                report();
            }
        });
}

void TokenManager::failWaiters(const ApiError &error)
{
    const auto waiters = std::exchange(m_waiters, {});
    TokenResult result;
    result.error = error;
    for (const auto &waiter : waiters) {
        waiter(result);
    }
}

void TokenManager::deliverToWaiters(const QString &token)
{
    const auto waiters = std::exchange(m_waiters, {});
    TokenResult result;
    result.accessToken = token;
    for (const auto &waiter : waiters) {
        waiter(result);
    }
}

} // namespace Desk::Zalo
