// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zalo/authorization.h"
#include "zalo/syncservice.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Desk::Zalo {

class TokenManager;
class ZaloClient;

/**
 * The administrator's "connect the OA" work for the desk window, off the widgets: a consent
 * attempt (PKCE, state), the exchange of the pasted code, the pair stored in the profile's
 * keychain entries, and a test message through the OA API with the stored tokens. Lives in
 * the GUI thread; every answer is a callback with plain (translated) words.
 */
class OaConnection : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString profileId;
        QUrl oauthBase;
        QUrl apiBase;
        int transferTimeoutMs = 20000;
        /** The profile's database: its folder holds the token lock the sync also takes. */
        QString databasePath;
    };
    struct Outcome
    {
        bool ok = false;
        QString message; // for the administrator, translated
    };
    using OutcomeCallback = std::function<void(const Outcome &)>;

    OaConnection(Settings settings, SecretStoreFactory secrets, QObject *parent = nullptr);
    ~OaConnection() override;

    const Settings &settings() const { return m_settings; }

    /** Whether the keychain holds an app id, a secret key and a token pair for the profile. */
    void checkConfigured(std::function<void(bool configured)> callback);

    /**
     * Starts a consent attempt and returns the permission address to open, or an empty URL
     * with `problem` set when the app id or callback address is unusable.
     */
    QUrl begin(const QString &appId, const QString &redirectUri, QString *problem);
    bool hasAttempt() const { return m_authorization != nullptr; }

    /** Checks the pasted code or address, exchanges it and stores app id, secret and pair. */
    void complete(const QString &secretKey, const QString &pasted, OutcomeCallback callback);

    /** Sends `text` to the Zalo user `userId` as a consultation message. */
    void sendTestMessage(const QString &userId, const QString &text, OutcomeCallback callback);

private:
    Settings m_settings;
    std::unique_ptr<Secrets::SecretStore> m_secrets;
    QNetworkAccessManager *m_network;
    TokenManager *m_tokens;
    ZaloClient *m_client;
    QPointer<Authorization> m_authorization;
};

} // namespace Desk::Zalo
