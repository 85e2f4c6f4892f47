// SPDX-License-Identifier: GPL-3.0-or-later
// `authorize`: the OA administrator's consent, OAuth v4 with PKCE as Zalo documents it. The
// command prints the permission address, reads back the code (or the whole redirect address)
// the browser landed on, exchanges it with the verifier and keeps the pair in the keychain.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/teamprofile.h"
#include "secrets/secretstore.h"
#include "zalo/authorization.h"
#include "zalo/tokenmanager.h"

#include <QNetworkAccessManager>

namespace Desk::Cli {

namespace {

int exitCodeFor(const Zalo::ApiError &error)
{
    return error.isTransient() ? ExitNetwork : ExitAuth;
}

} // namespace

int runAuthorize(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption appId(
        QStringLiteral("app-id"), CliContext::tr("Zalo app id"), CliContext::tr("ID"));
    const QCommandLineOption redirectUri(QStringLiteral("redirect-uri"),
        CliContext::tr("the app's OA callback URL, exactly as registered on developers.zalo.me"),
        CliContext::tr("URL"));
    const QCommandLineOption secretKey(QStringLiteral("secret-key"),
        CliContext::tr("Zalo app secret key (- reads it from standard input; default: the one "
                       "in the keychain)"),
        CliContext::tr("KEY"));
    const QCommandLineOption oauthBase(
        QStringLiteral("oauth-base"), CliContext::tr("Zalo OAuth base URL"), CliContext::tr("URL"));
    const QCommandLineOption apiBase(
        QStringLiteral("api-base"), CliContext::tr("Zalo OA API base URL"), CliContext::tr("URL"));
    parser.addOptions({appId, redirectUri, secretKey, oauthBase, apiBase});
    if (const auto exit = context.parse(parser, QStringLiteral("authorize"), arguments)) {
        return *exit;
    }
    if (parser.value(appId).isEmpty() || parser.value(redirectUri).isEmpty()) {
        return context.fail(ExitUsage, CliContext::tr("--app-id and --redirect-uri are required"));
    }
    const QUrl redirect(parser.value(redirectUri), QUrl::StrictMode);
    if (!redirect.isValid() || redirect.host().isEmpty()
        || (redirect.scheme() != QLatin1String("https")
            && redirect.scheme() != QLatin1String("http"))) {
        return context.fail(ExitUsage,
            CliContext::tr("the callback URL is not an http(s) address: %1")
                .arg(parser.value(redirectUri)));
    }
    if (const auto exit = context.checkBaseUrlOptions(parser, {&oauthBase, &apiBase})) {
        return *exit;
    }
    QHash<QString, QString> secrets;
    if (const auto exit
        = context.readSecretOptions(parser, arguments, {QStringLiteral("secret-key")}, &secrets)) {
        return *exit;
    }

    QString where;
    const auto secretStore = TeamProfile::oaSecrets(context.profile(), &where);
    if (!secretStore) {
        return context.fail(ExitUsage, where);
    }
    Secrets::SecretStore &keychain = *secretStore;
    const QString profileId = context.profile().id();
    QString secret = secrets.value(QStringLiteral("secret-key"));
    if (secret.isEmpty()) {
        // Re-authorising an OA set up before: the secret key is in the keychain already.
        const Secrets::SecretResult stored
            = Secrets::readBlocking(&keychain, Zalo::TokenManager::secretKeyKey(profileId));
        if (!stored.ok() || stored.value.isEmpty()) {
            return context.fail(ExitUsage,
                CliContext::tr("no secret key in the keychain for this profile: give "
                               "--secret-key - and type it on standard input"));
        }
        secret = stored.value;
    }

    const QUrl oauth
        = parser.isSet(oauthBase) ? QUrl(parser.value(oauthBase)) : context.profile().oauthBase();
    QNetworkAccessManager network;
    Zalo::Authorization authorization(
        &network, {oauth, parser.value(appId), parser.value(redirectUri), 20000});
    QTextStream &out = context.out();
    out << CliContext::tr("1. Open this address in a browser where the OA's administrator is "
                          "logged in to Zalo, and allow the app:")
        << "\n\n"
        << authorization.permissionUrl().toString(QUrl::FullyEncoded) << "\n\n"
        << CliContext::tr("2. Zalo then opens the callback URL. Paste that whole address (or "
                          "only its code) here and press Enter; the code is valid for 10 "
                          "minutes:")
        << Qt::endl;

    const std::optional<QString> pasted = context.readInputLine();
    QString code;
    switch (authorization.acceptPasted(pasted.value_or(QString()), &code)) {
    case Zalo::Authorization::PasteProblem::None:
        break;
    case Zalo::Authorization::PasteProblem::NoCode:
        return context.fail(ExitUsage,
            CliContext::tr("no authorisation code was pasted. Nothing was changed; run "
                           "authorize again."));
    case Zalo::Authorization::PasteProblem::StateMismatch:
        return context.fail(ExitAuth,
            CliContext::tr("the pasted address belongs to another authorisation attempt (its "
                           "state does not match this one), so it was not used. Nothing was "
                           "changed. Open the address printed above and paste the address it "
                           "leads to."));
    }

    const Zalo::AuthorizationResult result = Zalo::exchangeBlocking(authorization, secret, code);
    if (!result.ok()) {
        return context.fail(exitCodeFor(result.error),
            Zalo::authorizationMessage(result.error) + QLatin1Char(' ')
                + CliContext::tr("Nothing was changed."));
    }
    const Zalo::ApiError stored = Zalo::storeCredentialsBlocking(&keychain, profileId,
        parser.value(appId), secret, result.accessToken, result.refreshToken, result.expiresInSec,
        Zalo::TokenManager::tokenLockPath(context.profile().dir()));
    if (!stored.ok()) {
        // The pair exists only in this process now; the administrator must consent again.
        return context.fail(ExitLocal,
            CliContext::tr("Zalo issued the tokens but the system keychain refused them (%1). "
                           "Run authorize again.")
                .arg(stored.detail));
    }
    if (parser.isSet(oauthBase)) {
        context.profile().setOauthBase(oauth);
    }
    if (parser.isSet(apiBase)) {
        context.profile().setApiBase(QUrl(parser.value(apiBase)));
    }
    out << CliContext::tr("The OA is connected: the tokens are in the system keychain.") << '\n';
    if (result.expiresInSec > 0) {
        const int hours = static_cast<int>(result.expiresInSec / 3600);
        out << CliContext::tr("The access token is valid for %n hour(s); the desk renews it by "
                              "itself.",
            nullptr, hours)
            << '\n';
    }
    out << CliContext::tr("Next: advisory-desk-cli sync --once") << Qt::endl;
    return ExitOk;
}

} // namespace Desk::Cli
