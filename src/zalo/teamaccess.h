// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profile.h"

#include <QCoreApplication>
#include <memory>

namespace Desk::Secrets {
class SecretStore;
}

namespace Desk::Zalo {

/**
 * What a process needs to work on a team profile (one joined to a team database): where this
 * host keeps the profile's own secrets, the login's password made available to every Store
 * the process opens, and where the OA's tokens live. The desk and the CLI both use it.
 */
class TeamAccess
{
    Q_DECLARE_TR_FUNCTIONS(Desk::Zalo::TeamAccess)
public:
    /** Names of this profile's own secrets (keys via Profile::secretKey). */
    static inline const QString kPasswordSecret = QStringLiteral("team_password");
    static inline const QString kServiceKeySecret = QStringLiteral("service_key");

    /** The OS keychain, or the 0600 file a headless service host was joined with. */
    static std::unique_ptr<Secrets::SecretStore> hostSecrets(const Core::Profile &profile);

    /**
     * For a team profile: reads the login's password from this host's secrets and remembers
     * it for the team database (Store::rememberPassword). Nothing to do for a single desk.
     * False with a Vietnamese `error` when the password is not there.
     */
    static bool unlock(const Core::Profile &profile, QString *error);

    /**
     * Where the OA's credentials and tokens live: the keychain for a single desk, the team
     * database (sealed with the service key) for a service profile, nowhere for a person's
     * desk in a team (nullptr and `error`: only the OA service talks to Zalo).
     */
    static std::unique_ptr<Secrets::SecretStore> oaSecrets(
        const Core::Profile &profile, QString *error);
};

} // namespace Desk::Zalo
