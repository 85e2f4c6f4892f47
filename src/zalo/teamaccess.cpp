// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/teamaccess.h"

#include "secrets/filesecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/tokencipher.h"
#include "store/connectionspec.h"
#include "zalo/teamsecretstore.h"

namespace Desk::Zalo {

std::unique_ptr<Secrets::SecretStore> TeamAccess::hostSecrets(const Core::Profile &profile)
{
    const QString file = profile.secretsFile();
    if (!file.isEmpty()) {
        return std::make_unique<Secrets::FileSecretStore>(file);
    }
    return std::make_unique<Secrets::KeychainSecretStore>();
}

bool TeamAccess::unlock(const Core::Profile &profile, QString *error)
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

std::unique_ptr<Secrets::SecretStore> TeamAccess::oaSecrets(
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
    return std::make_unique<TeamSecretStore>(*spec, *key);
}

} // namespace Desk::Zalo
