// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/oaconnection.h"

#include "secrets/secretstore.h"
#include "zalo/authorization.h"
#include "zalo/tokenmanager.h"
#include "zalo/zaloclient.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace Desk::Zalo {

OaConnection::OaConnection(Settings settings, SecretStoreFactory secrets, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secrets(secrets())
    , m_network(new QNetworkAccessManager(this))
{
    // Stored under the profile's token lock: the desk's sync may be refreshing meanwhile.
    const TokenManager::Options tokenOptions = profileTokenOptions(
        m_settings.oauthBase, m_settings.databasePath, m_settings.transferTimeoutMs);
    m_tokens
        = new TokenManager(m_secrets.get(), m_network, m_settings.profileId, tokenOptions, this);
    ClientOptions clientOptions;
    clientOptions.apiBase = m_settings.apiBase;
    clientOptions.transferTimeoutMs = m_settings.transferTimeoutMs;
    m_client = new ZaloClient(m_network, m_tokens, clientOptions, this);
}

OaConnection::~OaConnection()
{
    // The client and the token manager use the secret store: they go first.
    delete m_client;
    delete m_tokens;
}

void OaConnection::checkConfigured(std::function<void(bool configured)> callback)
{
    m_tokens->status([callback = std::move(callback)](const TokenStatus &status) {
        callback(status.state != TokenStatus::State::NotConfigured);
    });
}

QUrl OaConnection::begin(const QString &appId, const QString &redirectUri, QString *problem)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,30}$"));
    const QUrl redirect(redirectUri.trimmed(), QUrl::StrictMode);
    if (!digits.match(appId.trimmed()).hasMatch()) {
        *problem = tr("The App ID is the number shown on the app's page on developers.zalo.me.");
        return {};
    }
    if (!redirect.isValid() || redirect.host().isEmpty()
        || (redirect.scheme() != QLatin1String("https")
            && redirect.scheme() != QLatin1String("http"))) {
        *problem = tr("The callback URL must be a whole http(s) address, exactly as registered "
                      "for the app on developers.zalo.me.");
        return {};
    }
    const QString oauthProblem = baseUrlProblem(m_settings.oauthBase.toString());
    if (!oauthProblem.isEmpty()) {
        *problem = oauthProblem;
        return {};
    }
    if (m_authorization) {
        m_authorization->deleteLater(); // a new attempt: the old code and state are void
    }
    m_authorization = new Authorization(m_network,
        {m_settings.oauthBase, appId.trimmed(), redirectUri.trimmed(),
            m_settings.transferTimeoutMs},
        this);
    return m_authorization->permissionUrl();
}

void OaConnection::complete(
    const QString &secretKey, const QString &pasted, OutcomeCallback callback)
{
    if (!m_authorization) {
        callback({false, tr("Open Zalo's permission page first (step 1).")});
        return;
    }
    if (secretKey.trimmed().isEmpty()) {
        callback(
            {false, tr("Enter the app's secret key (developers.zalo.me, the app's settings).")});
        return;
    }
    QString code;
    switch (m_authorization->acceptPasted(pasted, &code)) {
    case Authorization::PasteProblem::None:
        break;
    case Authorization::PasteProblem::NoCode:
        callback({false,
            tr("Paste the address Zalo opened after you allowed the app, or the code in it.")});
        return;
    case Authorization::PasteProblem::StateMismatch:
        callback({false,
            tr("This address belongs to another authorisation attempt (its state does not "
               "match), so it was not used. Open the permission page again from this window "
               "and paste the address it leads to.")});
        return;
    }
    const QString appId = m_authorization->settings().appId;
    const QString secret = secretKey.trimmed();
    QPointer<OaConnection> self(this);
    m_authorization->exchange(secret, code,
        [self, appId, secret, callback = std::move(callback)](const AuthorizationResult &result) {
            if (!self) {
                return;
            }
            if (!result.ok()) {
                callback({false, authorizationMessage(result.error)});
                return;
            }
            self->m_tokens->storeCredentials(appId, secret, result.accessToken, result.refreshToken,
                result.expiresInSec, [callback](const ApiError &stored) {
                    if (!stored.ok()) {
                        callback({false,
                            tr("Zalo issued the tokens but the system keychain refused them "
                               "(%1). Open the permission page and try again.")
                                .arg(stored.detail)});
                        return;
                    }
                    callback({true,
                        tr("Connected: the OA's tokens are in the system keychain. The desk "
                           "renews them by itself.")});
                });
            // Spent: the next connection starts from a new permission page. (Not deleted
            // here: this runs inside the attempt's own reply handler.)
            if (Authorization *spent = self->m_authorization) {
                self->m_authorization = nullptr;
                spent->deleteLater();
            }
        });
}

void OaConnection::sendTestMessage(
    const QString &userId, const QString &text, OutcomeCallback callback)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{6,25}$"));
    if (!digits.match(userId.trimmed()).hasMatch()) {
        callback({false,
            tr("A Zalo user id is a long number (the id the desk shows for a citizen); choose "
               "yourself from the list or type your id.")});
        return;
    }
    m_client->sendText(userId.trimmed(), text, QString(),
        [callback = std::move(callback)](const SendOutcome &outcome) {
            switch (outcome.kind) {
            case SendOutcome::Sent:
                callback({true,
                    tr("Zalo accepted the test message (message id %1). Open Zalo on your phone "
                       "to see it.")
                        .arg(outcome.messageId)});
                return;
            case SendOutcome::Refused:
                callback({false,
                    tr("Zalo refused the test message (error %1). %2")
                        .arg(outcome.error.code)
                        .arg(staffMessage(outcome.error))});
                return;
            case SendOutcome::Unknown:
                callback({false,
                    tr("The connection broke while sending: look in your Zalo whether the test "
                       "message arrived before sending another one.")});
                return;
            case SendOutcome::NotSent:
                break;
            }
            const ErrorKind kind = outcome.error.kind;
            if (kind == ErrorKind::AuthFailed || kind == ErrorKind::InvalidToken
                || kind == ErrorKind::NotConfigured) {
                callback({false,
                    tr("The OA is not connected (or Zalo no longer accepts its tokens): do "
                       "steps 1 and 2 first.")});
                return;
            }
            callback({false,
                tr("The test message was not sent: Zalo cannot be reached or is busy (%1). "
                   "Try again in a moment.")
                    .arg(outcome.error.toString())});
        });
}

} // namespace Desk::Zalo
