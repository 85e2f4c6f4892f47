// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/random.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace Desk::Sim {

/**
 * The OA's token state: one live access/refresh pair, single-use refresh tokens that rotate
 * both tokens, and memory of retired tokens so an old token answers "expired or removed"
 * (-220) rather than "invalid" (-216), as the real OA distinguishes them.
 */
class TokenStore
{
public:
    enum class AccessCheck { Valid, Invalid, Expired };

    struct Pair
    {
        QString accessToken;
        QString refreshToken;
    };

    /** Why a refresh was refused: the real OAuth server answers -14014 / -14020. */
    enum class Refusal { None, Invalid, AlreadyUsed, Expired };

    explicit TokenStore(quint64 seed, int accessLifetimeSec);

    /** Issues a fresh pair and retires the current one (first call: the initial pair). */
    Pair issue();
    /**
     * Single use: the token must be the current refresh token; both tokens rotate. A spent
     * token is refused (and counted in reusedRefreshTokens(): a client that spends one twice
     * is what locks a real OA out), as is one older than the refresh lifetime.
     */
    std::optional<Pair> refresh(const QString &refreshToken, Refusal *why = nullptr);
    /** Refresh calls that presented an already spent refresh token. */
    qint64 reusedRefreshTokens() const { return m_reusedRefreshTokens; }
    void setRefreshLifetimeSec(qint64 seconds) { m_refreshLifetimeSec = seconds; }
    AccessCheck checkAccess(const QString &accessToken) const;

    /** How an authorization code exchange ended; anything but Ok is an OAuth refusal. */
    enum class CodeCheck { Ok, Unknown, Expired, VerifierMismatch };

    /**
     * An authorization code as the consent page hands it out: single use, 10 minutes, bound
     * to the PKCE `codeChallenge` of the permission request. `ageMs` back-dates it (tests of
     * the expiry).
     */
    QString newAuthorizationCode(const QString &codeChallenge, qint64 ageMs = 0);
    /**
     * Spends `code` whatever the outcome (a code is tried once, as at Zalo) and checks that
     * base64url(SHA-256(`codeVerifier`)) is the challenge it was issued for.
     */
    CodeCheck redeemAuthorizationCode(const QString &code, const QString &codeVerifier);
    /** base64url without padding of SHA-256 of the verifier's ASCII (PKCE S256). */
    static QString pkceChallenge(const QString &codeVerifier);

    void revoke();
    void expireAccessToken();

    QString accessToken() const { return m_current.accessToken; }
    QString refreshToken() const { return m_current.refreshToken; }
    int accessLifetimeSec() const { return m_lifetimeSec; }
    /** Applies to the live token too, so a test can shorten it and watch it expire. */
    void setAccessLifetimeSec(int seconds) { m_lifetimeSec = seconds; }

private:
    QString makeToken(int length);

    SplitMix64 m_rng;
    quint64 m_counter = 0;
    int m_lifetimeSec;
    Pair m_current;
    qint64 m_issuedAtMs = 0;
    bool m_accessForcedExpired = false;
    QSet<QString> m_retiredAccess;
    QSet<QString> m_spentRefresh;
    qint64 m_reusedRefreshTokens = 0;
    qint64 m_refreshLifetimeSec = 90LL * 24 * 3600; // about three months, as Zalo documents
    struct CodeGrant
    {
        qint64 issuedAtMs = 0; // monotonic
        QString challenge;
    };
    QHash<QString, CodeGrant> m_codes;
    QElapsedTimer m_clock;
};

} // namespace Desk::Sim
