// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "zalo/teamaccess.h"

#include <QCoreApplication>

namespace Desk::Cli {

/** The command line's side of team profiles: exit codes and messages for the team database. */
class TeamProfile : public Zalo::TeamAccess
{
    Q_DECLARE_TR_FUNCTIONS(Desk::Cli::TeamProfile)
public:
    /** Exit code and plain Vietnamese for a team database that could not be used. */
    static int exitCodeFor(Store::DatabaseErrorKind kind);
    static QString explain(Store::DatabaseErrorKind kind, const QString &detail);
};

} // namespace Desk::Cli
