// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zalo/apierror.h"

#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace Desk::Zalo {

/** PKCE with S256, as Zalo's OA consent flow uses it (reference §1.1 and §13). */
struct Pkce
{
    QString verifier; // base64url of 32 random bytes: 43 characters
    QString challenge; // base64url(SHA-256(verifier)) without padding

    static Pkce generate();
    static QString challengeFor(const QString &verifier);
};

/** A random value that ties a pasted redirect address to the consent attempt that asked. */
QString randomState();

/** `<oauthBase>/v4/oa/permission?app_id=…&redirect_uri=…&code_challenge=…&state=…` */
QUrl permissionUrl(const QUrl &oauthBase, const QString &appId, const QString &redirectUri,
    const QString &codeChallenge, const QString &state);

/** What an administrator pasted back: the bare code, or the whole redirect address. */
struct PastedCode
{
    QString code; // empty: nothing usable was pasted
    QString state; // only a redirect address carries it
    bool fromUrl = false;
};
PastedCode parsePastedCode(const QString &text);

/**
 * Zalo's addresses carry the app secret and the tokens, so they must be https. Plain http is
 * accepted for loopback hosts only (127.0.0.0/8, ::1, localhost): the simulator of the tests
 * and the demo. Returns a translated explanation, empty when `text` is usable.
 */
QString baseUrlProblem(const QString &text);
bool isLoopbackHost(const QString &host);

struct AuthorizationResult
{
    ApiError error;
    QString accessToken; // only when error.ok()
    QString refreshToken;
    qint64 expiresInSec = 0; // 0: unknown
    bool ok() const { return error.ok(); }
};

/**
 * One consent attempt: the PKCE verifier and the state live from the permission address to
 * the exchange of the code that comes back (valid 10 minutes, single use). The exchange is the
 * form POST to /v4/oa/access_token with the `secret_key` header. Tokens are never logged.
 */
class Authorization : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl oauthBase;
        QString appId;
        QString redirectUri;
        int transferTimeoutMs = 20000;
    };
    enum class PasteProblem { None, NoCode, StateMismatch };

    Authorization(QNetworkAccessManager *network, Settings settings, QObject *parent = nullptr);

    const Settings &settings() const { return m_settings; }
    QUrl permissionUrl() const;
    QString state() const { return m_state; }
    QString codeChallenge() const { return m_pkce.challenge; }

    /**
     * Reads a pasted code or redirect address into `code`. A redirect address must carry the
     * state of this attempt: another one is a link from somewhere else (or an older attempt)
     * and is refused. A bare code has no state to check.
     */
    PasteProblem acceptPasted(const QString &pasted, QString *code) const;

    void exchange(const QString &secretKey, const QString &code,
        std::function<void(const AuthorizationResult &)> callback);

private:
    QNetworkAccessManager *m_network;
    Settings m_settings;
    Pkce m_pkce;
    QString m_state;
};

/** The exchange with a nested event loop, for the command line. */
AuthorizationResult exchangeBlocking(
    Authorization &authorization, const QString &secretKey, const QString &code);

/**
 * Plain words (translated) for the administrator: why the OAuth server refused a code (or a
 * refresh) and what to do next. Empty when `error` is ok.
 */
QString authorizationMessage(const ApiError &error);

} // namespace Desk::Zalo
