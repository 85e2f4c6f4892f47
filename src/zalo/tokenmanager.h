// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zalo/apierror.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QNetworkAccessManager;
class QNetworkReply;

namespace Desk::Secrets {
class SecretStore;
struct SecretResult;
} // namespace Desk::Secrets

namespace Desk::Zalo {

/** What the keychain holds for one profile, without any secret value (for `check`). */
struct TokenStatus
{
    enum class State {
        NotConfigured, // app id, secret key or tokens missing
        Valid, // access token not expired (or expiry unknown)
        Expired, // access token expired; the next call refreshes it
        ReauthorisationRequired, // the refresh token was refused: an administrator must act
        KeychainError, // the keychain could not be read
    };
    State state = State::NotConfigured;
    bool hasAppId = false;
    bool hasSecretKey = false;
    bool hasAccessToken = false;
    bool hasRefreshToken = false;
    qint64 expiresAtMs = 0; // 0: unknown
    qint64 refreshedAtMs = 0; // last rotation (or setup); refresh tokens live about 3 months
    QString detail; // technical; never a secret
};

struct TokenResult
{
    ApiError error;
    QString accessToken; // only when error.ok()
    bool ok() const { return error.ok(); }
};

using TokenCallback = std::function<void(const TokenResult &)>;
using DoneCallback = std::function<void(const ApiError &)>;

/**
 * Custody of one profile's OA credentials: app id, app secret key and ONE keychain entry that
 * holds the access + refresh token pair with its expiry as JSON, so a rotation is a single
 * write (atomic) and stays far under the Windows 2,560-byte credential limit.
 *
 * The refresh token is single use: a rotated pair is written to the keychain and the write
 * confirmed BEFORE the new access token is handed out; if the write fails the pair is kept in
 * memory and written again on the next request, never thrown away. One refresh at a time:
 * callers that arrive during a refresh wait for it. A refresh the OAuth server refuses
 * (-118, -14xxx, ...) marks the profile "re-authorisation required" (also in the keychain, so
 * a restart does not try again) and nothing refreshes until new credentials are stored.
 * A refresh that fails for network reasons is transient. Tokens are never logged.
 *
 * Several processes share a profile (the desk, `sync`, `reply`, `outbox --send`): each refresh
 * and each store happens under the profile's token lock file, and the keychain is read again
 * under it. When the pair there is no longer the one that needed refreshing, another process
 * rotated it: that pair is used and nothing is spent. So a refresh token goes to Zalo once, and
 * a process never writes an older pair or a re-authorise mark over a newer pair.
 *
 * Lives in one thread (the sync worker's, or the CLI's main thread); callbacks run there. A
 * callback may run synchronously when a cached token can be handed out at once.
 */
class TokenManager : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl oauthBase;
        int transferTimeoutMs = 20000;
        /** Refresh when less than this share of the lifetime remains ... */
        double refreshAheadFraction = 0.2;
        /** ... or less than this, whichever is smaller (20 h of a 25 h token). */
        qint64 refreshAheadMaxMs = 5LL * 60 * 60 * 1000;
        /**
         * The profile's token lock file (tokenLockPath()). Every process that may refresh or
         * store the pair takes it first, so exactly one spends a refresh token. Empty: no
         * inter-process lock (a store no other process can see, as in unit tests).
         */
        QString lockFilePath;
        /** How long to wait for another process to finish its refresh. */
        int lockTimeoutMs = 30000;
    };

    TokenManager(Secrets::SecretStore *secrets, QNetworkAccessManager *network,
        const QString &profileId, Options options, QObject *parent = nullptr);
    ~TokenManager() override;

    /** Keychain keys, Core::Profile::secretKey style: "<profile id>/<name>". */
    static QString appIdKey(const QString &profileId);
    static QString secretKeyKey(const QString &profileId);
    static QString tokensKey(const QString &profileId);
    /** The token lock file of a profile folder. */
    static QString tokenLockPath(const QString &profileDir);

    /** A usable access token; refreshes first when it is (nearly) expired. */
    void accessToken(TokenCallback callback);
    /**
     * The API answered -216/-220 for a request made with `rejectedToken`: refresh once (unless
     * another request already did) and hand out the new token. Callers retry ONCE with it.
     */
    void tokenRejected(const QString &rejectedToken, TokenCallback callback);

    /**
     * Stores what `setup` collects: app id, secret key and an access + refresh pair (from the
     * consent flow or the API Explorer). `expiresInSec` 0 means unknown: the token is used
     * until Zalo rejects it. Clears a "re-authorisation required" mark.
     */
    void storeCredentials(const QString &appId, const QString &secretKey,
        const QString &accessToken, const QString &refreshToken, DoneCallback callback);
    void storeCredentials(const QString &appId, const QString &secretKey,
        const QString &accessToken, const QString &refreshToken, qint64 expiresInSec,
        DoneCallback callback);
    /** Removes every secret of the profile (administrator "forget this OA"). */
    void forgetCredentials(DoneCallback callback);
    /** Reads the keychain (no network) and reports what is there. */
    void status(std::function<void(const TokenStatus &)> callback);

    /** Refreshes that reached the OAuth server and were persisted, since construction. */
    int refreshCount() const { return m_refreshCount; }
    bool reauthorisationRequired() const { return m_reauthRequired; }

signals:
    /** A rotated pair is safely in the keychain. */
    void tokensRotated(qint64 expiresAtMs);
    /** The refresh token was refused; sync stops until an administrator re-authorises. */
    void reauthorisationNeeded(const Desk::Zalo::ApiError &error);

private:
    struct Pair
    {
        QString accessToken;
        QString refreshToken;
        qint64 expiresAtMs = 0;
        qint64 lifetimeSec = 0;
        qint64 refreshedAtMs = 0;
        bool reauthRequired = false;
    };
    enum class Busy { Idle, Loading, Locking, Refreshing, Persisting };
    struct Snapshot; // the three keychain entries of a profile, as read

    static void readSnapshot(Secrets::SecretStore *secrets, const QString &profileId,
        std::function<void(const Snapshot &)> done);

    static QString serialise(const Pair &pair);
    static std::optional<Pair> deserialise(const QString &json);

    void enqueue(TokenCallback callback);
    void pump();
    void startLoad();
    void finishLoad(const Snapshot &snapshot);
    void startRefresh();
    void recheckUnderLock();
    void postRefresh();
    void onRefreshFinished(QNetworkReply *reply);
    /** Runs `locked` once the inter-process lock is held (at once without a lock file). */
    void withLock(std::function<void()> locked);
    void releaseLock();
    void settle(); // Idle, lock released
    void startPersist(int attempt);
    void onPersisted(const Secrets::SecretResult &result, int attempt, quint64 generation);
    void failWaiters(const ApiError &error);
    void deliverToWaiters(const QString &token);
    bool needsRefresh(qint64 nowMs) const;
    bool isExpired(qint64 nowMs) const;
    void markReauthorisationRequired(const ApiError &error);

    QPointer<Secrets::SecretStore> m_secrets;
    QNetworkAccessManager *m_network;
    QString m_profileId;
    Options m_options;

    Busy m_busy = Busy::Idle;
    bool m_loaded = false;
    bool m_configured = false;
    bool m_reauthRequired = false;
    bool m_forceRefresh = false;
    quint64 m_generation = 0; // bumped when credentials are stored or forgotten
    QString m_appId;
    QString m_secretKey;
    Pair m_pair;
    std::optional<Pair> m_unsaved; // rotated but not yet confirmed written
    QString m_refusedRefreshToken; // the one the OAuth server refused; never sent again
    QString m_rejectedAccessToken; // the access token Zalo rejected (forced refresh)
    std::unique_ptr<QLockFile> m_lock;
    QVector<TokenCallback> m_waiters;
    int m_refreshCount = 0;
};

/**
 * The token manager options of a profile whose database is `databasePath`: its OAuth address,
 * transfer timeout and, above all, the profile's token lock file, so every holder of the
 * profile's tokens (sync, the connect dialog, the CLI) refreshes and stores under one lock.
 */
TokenManager::Options profileTokenOptions(
    const QUrl &oauthBase, const QString &databasePath, int transferTimeoutMs = 20000);

/** Blocking forms for the command line (nested event loop, calling thread). */
ApiError storeCredentialsBlocking(Secrets::SecretStore *secrets, const QString &profileId,
    const QString &appId, const QString &secretKey, const QString &accessToken,
    const QString &refreshToken, qint64 expiresInSec = 0, const QString &lockFilePath = {});
TokenStatus tokenStatusBlocking(Secrets::SecretStore *secrets, const QString &profileId);
ApiError forgetCredentialsBlocking(Secrets::SecretStore *secrets, const QString &profileId);

} // namespace Desk::Zalo

Q_DECLARE_METATYPE(Desk::Zalo::ApiError)
