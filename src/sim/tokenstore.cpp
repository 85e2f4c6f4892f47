// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/tokenstore.h"

#include <QCryptographicHash>

namespace Desk::Sim {

namespace {
constexpr qint64 kCodeLifetimeMs = 10 * 60 * 1000;
// Real OA tokens are long base64url-looking strings; clients must not assume a length.
constexpr int kAccessTokenLength = 168;
constexpr int kRefreshTokenLength = 144;
constexpr int kCodeLength = 96;
} // namespace

TokenStore::TokenStore(quint64 seed, int accessLifetimeSec)
    : m_rng(mix64(seed, 0x70CE5))
    , m_lifetimeSec(accessLifetimeSec)
{
    m_clock.start();
}

QString TokenStore::makeToken(int length)
{
    static const char alphabet[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    // The counter goes into the stream as well, so two tokens can never repeat even if
    // the generator were reseeded the same way.
    SplitMix64 local(m_rng.next() ^ mix64(++m_counter, 0x51D));
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token.append(QLatin1Char(alphabet[local.below(64)]));
    return token;
}

TokenStore::Pair TokenStore::issue()
{
    if (!m_current.accessToken.isEmpty())
        m_retiredAccess.insert(m_current.accessToken);
    m_current.accessToken = makeToken(kAccessTokenLength);
    m_current.refreshToken = makeToken(kRefreshTokenLength);
    m_issuedAtMs = m_clock.elapsed();
    m_accessForcedExpired = false;
    return m_current;
}

std::optional<TokenStore::Pair> TokenStore::refresh(const QString &refreshToken, Refusal *why)
{
    const auto refuse = [why](Refusal refusal) {
        if (why)
            *why = refusal;
        return std::nullopt;
    };
    if (refreshToken.isEmpty())
        return refuse(Refusal::Invalid);
    if (m_spentRefresh.contains(refreshToken)) {
        ++m_reusedRefreshTokens;
        return refuse(Refusal::AlreadyUsed);
    }
    if (refreshToken != m_current.refreshToken)
        return refuse(Refusal::Invalid);
    if (m_clock.elapsed() - m_issuedAtMs >= m_refreshLifetimeSec * 1000)
        return refuse(Refusal::Expired);
    m_spentRefresh.insert(refreshToken);
    if (why)
        *why = Refusal::None;
    return issue();
}

TokenStore::AccessCheck TokenStore::checkAccess(const QString &accessToken) const
{
    if (accessToken.isEmpty())
        return AccessCheck::Invalid;
    if (accessToken == m_current.accessToken) {
        const bool timedOut = m_clock.elapsed() - m_issuedAtMs >= qint64(m_lifetimeSec) * 1000;
        return (m_accessForcedExpired || timedOut) ? AccessCheck::Expired : AccessCheck::Valid;
    }
    return m_retiredAccess.contains(accessToken) ? AccessCheck::Expired : AccessCheck::Invalid;
}

QString TokenStore::newAuthorizationCode(const QString &codeChallenge, qint64 ageMs)
{
    const QString code = makeToken(kCodeLength);
    m_codes.insert(code, CodeGrant {m_clock.elapsed() - ageMs, codeChallenge});
    return code;
}

TokenStore::CodeCheck TokenStore::redeemAuthorizationCode(
    const QString &code, const QString &codeVerifier)
{
    const auto it = m_codes.constFind(code);
    if (it == m_codes.constEnd())
        return CodeCheck::Unknown;
    const CodeGrant grant = it.value();
    m_codes.erase(it);
    if (m_clock.elapsed() - grant.issuedAtMs >= kCodeLifetimeMs)
        return CodeCheck::Expired;
    if (codeVerifier.isEmpty() || pkceChallenge(codeVerifier) != grant.challenge)
        return CodeCheck::VerifierMismatch;
    return CodeCheck::Ok;
}

QString TokenStore::pkceChallenge(const QString &codeVerifier)
{
    const QByteArray digest
        = QCryptographicHash::hash(codeVerifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void TokenStore::revoke()
{
    if (!m_current.accessToken.isEmpty())
        m_retiredAccess.insert(m_current.accessToken);
    m_current = Pair();
}

void TokenStore::expireAccessToken()
{
    m_accessForcedExpired = true;
}

} // namespace Desk::Sim
