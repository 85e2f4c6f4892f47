// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/teamprofile.h"

#include "cli/clicontext.h"
#include "secrets/filesecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/tokencipher.h"
#include "store/connectionspec.h"
#include "zalo/teamsecretstore.h"

namespace Desk::Cli {

std::unique_ptr<Secrets::SecretStore> TeamProfile::hostSecrets(const Core::Profile &profile)
{
    const QString file = profile.secretsFile();
    if (!file.isEmpty()) {
        return std::make_unique<Secrets::FileSecretStore>(file);
    }
    return std::make_unique<Secrets::KeychainSecretStore>();
}

bool TeamProfile::unlock(const Core::Profile &profile, QString *error)
{
    if (!profile.isTeam()) {
        return true;
    }
    const auto spec = Store::ConnectionSpec::parse(profile.teamDatabase(), error);
    if (!spec) {
        return false;
    }
    const auto host = hostSecrets(profile);
    const Secrets::SecretResult password
        = Secrets::readBlocking(host.get(), profile.secretKey(kPasswordSecret));
    if (!password.ok()) {
        *error = tr("the password of %1 for the team database is not on this computer (%2); run "
                    "join again")
                     .arg(profile.teamLogin(),
                         password.error.isEmpty() ? tr("not found") : password.error);
        return false;
    }
    Store::rememberPassword(*spec, password.value);
    return true;
}

std::unique_ptr<Secrets::SecretStore> TeamProfile::oaSecrets(
    const Core::Profile &profile, QString *error)
{
    if (!profile.isTeam()) {
        return std::make_unique<Secrets::KeychainSecretStore>();
    }
    if (!profile.isTeamService()) {
        *error = tr("this profile belongs to %1, a member of the team: only the team's OA "
                    "service talks to Zalo")
                     .arg(profile.teamLogin());
        return nullptr;
    }
    const auto spec = Store::ConnectionSpec::parse(profile.teamDatabase(), error);
    if (!spec) {
        return nullptr;
    }
    const auto host = hostSecrets(profile);
    const Secrets::SecretResult keyText
        = Secrets::readBlocking(host.get(), profile.secretKey(kServiceKeySecret));
    QString keyError;
    const auto key
        = keyText.ok() ? Secrets::ServiceKey::fromText(keyText.value, &keyError) : std::nullopt;
    if (!key) {
        *error = tr("the service key is not on this computer (%1); run join again with the "
                    "service key")
                     .arg(keyText.ok() ? keyError : keyText.error);
        return nullptr;
    }
    return std::make_unique<Zalo::TeamSecretStore>(*spec, *key);
}

int TeamProfile::exitCodeFor(Store::DatabaseErrorKind kind)
{
    using K = Store::DatabaseErrorKind;
    switch (kind) {
    case K::Unreachable:
    case K::ConnectionLost:
    case K::Busy:
        return ExitNetwork;
    case K::AuthenticationFailed:
        return ExitAuth;
    case K::TlsFailed:
        return ExitTls;
    case K::PermissionDenied:
        return ExitPermission;
    case K::SchemaTooNew:
        return ExitNewerSchema;
    case K::DatabaseMissing:
    case K::Conflict:
    case K::Other:
    case K::None:
        return ExitLocal;
    }
    return ExitLocal;
}

QString TeamProfile::explain(Store::DatabaseErrorKind kind, const QString &detail)
{
    using K = Store::DatabaseErrorKind;
    QString text;
    switch (kind) {
    case K::Unreachable:
    case K::ConnectionLost:
        text = tr("the team database server does not answer; check the address and that the "
                  "server is running");
        break;
    case K::AuthenticationFailed:
        text = tr("the team database refused the login or its password");
        break;
    case K::TlsFailed:
        text = tr("the team database server's certificate does not match its name or the team's "
                  "certificate authority; the connection was not made");
        break;
    case K::PermissionDenied:
        text = tr("this login does not have the right to do that in the team database");
        break;
    case K::DatabaseMissing:
        text = tr("the team database does not exist on that server");
        break;
    case K::SchemaTooNew:
        text = tr("a newer version of Advisory Desk has upgraded the team database; install "
                  "that version on this computer");
        break;
    default:
        return detail;
    }
    return text + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace Desk::Cli
