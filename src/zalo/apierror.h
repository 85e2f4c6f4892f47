// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Desk::Zalo {

/** How a Zalo call (API or OAuth) ended; the sync maps it to a SyncReport outcome. */
enum class ErrorKind {
    None,
    Network, // refused, unreachable, connection dropped without an answer
    Timeout, // no progress within the transfer timeout
    Http, // HTTP 5xx, or a non-200 status without a Zalo envelope
    Malformed, // the body is not the JSON shape the endpoint promises
    RateLimited, // Zalo -32
    InvalidToken, // -216 / -220 family, still there after the one refresh + retry
    AuthFailed, // the refresh was refused: an administrator must re-authorise
    NotConfigured, // no app id / secret key / tokens in the keychain
    SecretStore, // the keychain refused a read or write
    Api, // any other Zalo error code (error != 0)
};

struct ApiError
{
    ErrorKind kind = ErrorKind::None;
    int code = 0; // Zalo `error` when there was one
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString detail; // technical, for logs; never a token or a citizen's text

    bool ok() const { return kind == ErrorKind::None; }
    /** Network trouble that a later attempt may not meet again (retry with back-off). */
    bool isTransient() const
    {
        return kind == ErrorKind::Network || kind == ErrorKind::Timeout || kind == ErrorKind::Http
            || kind == ErrorKind::Malformed;
    }
    /** "Timeout: ...", "Zalo error -201: ..." for logs and SyncReport::technicalDetail. */
    QString toString() const;

    static ApiError make(ErrorKind kind, QString detail, int code = 0, int httpStatus = 0)
    {
        return ApiError {kind, code, httpStatus, std::move(detail)};
    }
};

QString errorKindName(ErrorKind kind);

} // namespace Desk::Zalo
