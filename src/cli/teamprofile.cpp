// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/teamprofile.h"

#include "cli/clicontext.h"

namespace Desk::Cli {

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
