// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/authorization.h"

#include "core/blockingcall.h"
#include "zalo/logging.h"
#include "zalo/zalojson.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace Desk::Zalo {

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray randomBytes(int count)
{
    // The system generator: verifier and state must not be guessable.
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

} // namespace

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = base64Url(randomBytes(32));
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QString Pkce::challengeFor(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

QString randomState()
{
    return base64Url(randomBytes(16));
}

QUrl permissionUrl(const QUrl &oauthBase, const QString &appId, const QString &redirectUri,
    const QString &codeChallenge, const QString &state)
{
    QUrl url = apiUrl(oauthBase, QStringLiteral("/v4/oa/permission"));
    // Percent-encoded by hand: QUrlQuery would leave the redirect address's own '&', '=' and
    // '+' readable as parameters of the permission address.
    const auto item = [](const char *name, const QString &value) -> QByteArray {
        return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
    };
    url.setQuery(QString::fromLatin1(item("app_id", appId) + '&' + item("redirect_uri", redirectUri)
                     + '&' + item("code_challenge", codeChallenge) + '&' + item("state", state)),
        QUrl::StrictMode);
    return url;
}

PastedCode parsePastedCode(const QString &text)
{
    PastedCode pasted;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return pasted;
    }
    // An address (https://…/callback?code=…&state=…) or just its query (code=…&state=…).
    const bool looksLikeUrl = trimmed.contains(QLatin1String("://"));
    if (looksLikeUrl || trimmed.contains(QLatin1String("code="))) {
        QString query = trimmed;
        if (looksLikeUrl) {
            query = QUrl(trimmed).query(QUrl::FullyEncoded);
        } else if (query.startsWith(QLatin1Char('?'))) {
            query.remove(0, 1);
        }
        query.replace(QLatin1Char('+'), QLatin1Char(' ')); // form encoding of the callback
        const QUrlQuery items(query);
        pasted.fromUrl = true;
        pasted.code = items.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).trimmed();
        pasted.state = items.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        return pasted;
    }
    if (!trimmed.contains(QLatin1Char(' '))) {
        pasted.code = trimmed;
    }
    return pasted;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString baseUrlProblem(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return Authorization::tr("not an http(s) URL: %1").arg(text);
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return Authorization::tr(
            "%1 is not encrypted (http://): the app secret and the tokens would cross the "
            "network readable by anyone on the way. Use the https:// address; plain http "
            "is only accepted for this computer (127.0.0.1, localhost).")
            .arg(text);
    }
    return {};
}

Authorization::Authorization(QNetworkAccessManager *network, Settings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
    , m_pkce(Pkce::generate())
    , m_state(randomState())
{ }

QUrl Authorization::permissionUrl() const
{
    return Zalo::permissionUrl(
        m_settings.oauthBase, m_settings.appId, m_settings.redirectUri, m_pkce.challenge, m_state);
}

Authorization::PasteProblem Authorization::acceptPasted(const QString &pasted, QString *code) const
{
    const PastedCode parsed = parsePastedCode(pasted);
    if (parsed.code.isEmpty()) {
        return PasteProblem::NoCode;
    }
    if (parsed.fromUrl && parsed.state != m_state) {
        return PasteProblem::StateMismatch;
    }
    *code = parsed.code;
    return PasteProblem::None;
}

void Authorization::exchange(const QString &secretKey, const QString &code,
    std::function<void(const AuthorizationResult &)> callback)
{
    QNetworkRequest request(apiUrl(m_settings.oauthBase, QString(ApiPath::AccessToken)));
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("secret_key"), secretKey.toUtf8());
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    const QByteArray body = QByteArrayLiteral("code=") + QUrl::toPercentEncoding(code)
        + QByteArrayLiteral("&app_id=") + QUrl::toPercentEncoding(m_settings.appId)
        + QByteArrayLiteral("&grant_type=authorization_code&code_verifier=")
        + QUrl::toPercentEncoding(m_pkce.verifier);
    qCInfo(lcZalo) << "exchanging an authorization code for the OA's tokens";
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, callback = std::move(callback)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        AuthorizationResult result;
        if (status == 0) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
            result.error = ApiError::make(
                timedOut ? ErrorKind::Timeout : ErrorKind::Network, reply->errorString());
        } else {
            const TokenResponse response = parseTokenResponse(reply->readAll());
            result.error = response.error;
            if (status != 200 && response.error.kind == ErrorKind::Malformed) {
                result.error = ApiError::make(ErrorKind::Http, QStringLiteral("token endpoint"));
            }
            result.error.httpStatus = status;
            result.accessToken = response.accessToken;
            result.refreshToken = response.refreshToken;
            result.expiresInSec = response.expiresInSec;
            if (result.ok() && result.refreshToken.isEmpty()) {
                result.error = ApiError::make(
                    ErrorKind::Malformed, QStringLiteral("token reply without refresh_token"));
            }
        }
        if (!result.ok()) {
            qCWarning(lcZalo) << "authorization code exchange failed:" << result.error.toString();
        }
        callback(result);
    });
}

AuthorizationResult exchangeBlocking(
    Authorization &authorization, const QString &secretKey, const QString &code)
{
    AuthorizationResult unanswered;
    unanswered.error = ApiError::make(ErrorKind::Network, QStringLiteral("no answer"));
    return Core::waitForCallback(
        unanswered, [&](auto done) { authorization.exchange(secretKey, code, std::move(done)); });
}

QString authorizationMessage(const ApiError &error)
{
    switch (error.kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Http:
    case ErrorKind::Malformed:
        return Authorization::tr(
            "Zalo's authorisation server cannot be reached or answered something "
            "unreadable (%1). Check the network and the OAuth address, then try again: "
            "the code stays valid for 10 minutes.")
            .arg(error.toString());
    default:
        break;
    }
    switch (error.code) {
    case -14003:
        return Authorization::tr(
            "The callback URL does not match the one registered for the app on "
            "developers.zalo.me (Official Account settings). Use exactly the same address.");
    case -118:
        return Authorization::tr(
            "Zalo refused the authorisation code (%1). A code can be used once, within 10 "
            "minutes, and only together with the permission page it came from. Open the "
            "permission page again and paste the new code.")
            .arg(error.detail);
    case -14002:
    case -14014:
    case -14020:
        // The same refusals as a refresh's: one wording for the administrator.
        return authorisationAdvice(error.code);
    default:
        return Authorization::tr("Zalo refused the authorisation (error %1: %2).")
            .arg(error.code)
            .arg(error.detail);
    }
}

} // namespace Desk::Zalo
