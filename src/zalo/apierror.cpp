// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/apierror.h"

namespace Desk::Zalo {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("ok");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Http:
        return QStringLiteral("http");
    case ErrorKind::Malformed:
        return QStringLiteral("malformed");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate-limited");
    case ErrorKind::InvalidToken:
        return QStringLiteral("invalid-token");
    case ErrorKind::AuthFailed:
        return QStringLiteral("auth-failed");
    case ErrorKind::NotConfigured:
        return QStringLiteral("not-configured");
    case ErrorKind::SecretStore:
        return QStringLiteral("secret-store");
    case ErrorKind::Api:
        return QStringLiteral("zalo-error");
    }
    return QStringLiteral("unknown");
}

QString ApiError::toString() const
{
    QString text = errorKindName(kind);
    if (code != 0) {
        text += QStringLiteral(" %1").arg(code);
    }
    if (httpStatus != 0) {
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    }
    if (!detail.isEmpty()) {
        text += QStringLiteral(": ") + detail;
    }
    return text;
}

} // namespace Desk::Zalo
