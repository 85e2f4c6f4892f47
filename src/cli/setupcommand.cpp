// SPDX-License-Identifier: GPL-3.0-or-later
// `setup`: secrets into the OS keychain, URLs into the profile's settings. Nothing secret is
// printed or written anywhere else; secrets given as `-` come from standard input.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/teamprofile.h"
#include "secrets/secretstore.h"
#include "zalo/tokenmanager.h"

namespace Desk::Cli {

int runSetup(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption apiBase(
        QStringLiteral("api-base"), CliContext::tr("Zalo OA API base URL"), CliContext::tr("URL"));
    const QCommandLineOption oauthBase(
        QStringLiteral("oauth-base"), CliContext::tr("Zalo OAuth base URL"), CliContext::tr("URL"));
    const QCommandLineOption appId(
        QStringLiteral("app-id"), CliContext::tr("Zalo app id"), CliContext::tr("ID"));
    const QCommandLineOption secretKey(QStringLiteral("secret-key"),
        CliContext::tr("Zalo app secret key (- reads it from standard input)"),
        CliContext::tr("KEY"));
    const QCommandLineOption accessToken(QStringLiteral("access-token"),
        CliContext::tr("OA access token (- reads it from standard input)"),
        CliContext::tr("TOKEN"));
    const QCommandLineOption refreshToken(QStringLiteral("refresh-token"),
        CliContext::tr("OA refresh token (- reads it from standard input)"),
        CliContext::tr("TOKEN"));
    parser.addOptions({apiBase, oauthBase, appId, secretKey, accessToken, refreshToken});
    if (const auto exit = context.parse(parser, QStringLiteral("setup"), arguments)) {
        return *exit;
    }

    if (const auto exit = context.checkBaseUrlOptions(parser, {&apiBase, &oauthBase})) {
        return *exit;
    }
    const QList<const QCommandLineOption *> secretOptions {
        &appId, &secretKey, &accessToken, &refreshToken};
    int secretsGiven = 0;
    for (const QCommandLineOption *option : secretOptions) {
        secretsGiven += parser.isSet(*option) && !parser.value(*option).isEmpty() ? 1 : 0;
    }
    if (secretsGiven != 0 && secretsGiven != secretOptions.size()) {
        return context.fail(ExitUsage,
            CliContext::tr("--app-id, --secret-key, --access-token and --refresh-token "
                           "go together: give all four"));
    }
    if (secretsGiven == 0 && !parser.isSet(apiBase) && !parser.isSet(oauthBase)) {
        return context.fail(ExitUsage, CliContext::tr("nothing to set up; see --help"));
    }
    QHash<QString, QString> secrets;
    if (const auto exit = context.readSecretOptions(parser, arguments,
            {QStringLiteral("secret-key"), QStringLiteral("access-token"),
                QStringLiteral("refresh-token")},
            &secrets)) {
        return *exit;
    }

    if (secretsGiven > 0) {
        QString where;
        const auto keychain = TeamProfile::oaSecrets(context.profile(), &where);
        if (!keychain) {
            return context.fail(ExitUsage, where);
        }
        const Zalo::ApiError error
            = Zalo::storeCredentialsBlocking(keychain.get(), context.profile().id(),
                parser.value(appId), secrets.value(QStringLiteral("secret-key")),
                secrets.value(QStringLiteral("access-token")),
                secrets.value(QStringLiteral("refresh-token")), 0,
                Zalo::TokenManager::tokenLockPath(context.profile().dir()));
        if (!error.ok()) {
            return context.fail(ExitLocal,
                CliContext::tr("the system keychain refused the credentials (%1). "
                               "Nothing was changed.")
                    .arg(error.detail));
        }
        context.out() << (context.profile().isTeam()
                ? CliContext::tr("Credentials stored in the team database, sealed with the "
                                 "service key.")
                : CliContext::tr("Credentials stored in the system keychain."))
                      << '\n';
    }
    if (parser.isSet(apiBase)) {
        context.profile().setApiBase(QUrl(parser.value(apiBase)));
    }
    if (parser.isSet(oauthBase)) {
        context.profile().setOauthBase(QUrl(parser.value(oauthBase)));
    }
    context.out() << CliContext::tr("Profile: %1").arg(context.profile().dir()) << '\n'
                  << CliContext::tr("API base: %1").arg(context.profile().apiBase().toString())
                  << '\n'
                  << CliContext::tr("OAuth base: %1").arg(context.profile().oauthBase().toString())
                  << Qt::endl;
    return ExitOk;
}

} // namespace Desk::Cli
