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
    /** The API request never left this client (connection refused, no host, no token), so
     *  Zalo cannot have acted on it. Only meaningful when !ok(). */
    bool requestNotSent = false;

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
        return ApiError {kind, code, httpStatus, std::move(detail), false};
    }
};

QString errorKindName(ErrorKind kind);

/**
 * How one POST /v3.0/oa/message/cs ended, in the terms the outbox acts on.
 *
 * - Sent: Zalo answered error 0; messageId and sentTimeMs are Zalo's.
 * - Refused: Zalo answered with an error that repeating will not change (-230, -232, -213,
 *   -227, -244, -210, -201, -100 ...). Show error's staffMessage() and let a person decide.
 * - NotSent: certainly not carried out, worth trying later: nothing reached Zalo
 *   (connection refused, no token), -32 rate limit, token refresh needed, -218/-211 quota.
 * - Unknown: Zalo may have carried it out (timeout, connection dropped after the request
 *   was written, HTTP 5xx, malformed answer). Never repeat blindly: look in the citizen's
 *   conversation for the reply first.
 */
struct SendOutcome
{
    enum Kind { Sent, NotSent, Refused, Unknown };
    Kind kind = Unknown;
    QString messageId;
    qint64 sentTimeMs = 0; // Zalo's sent_time, UTC epoch ms
    ApiError error;

    static Kind classify(const ApiError &error);
};

QString sendOutcomeKindName(SendOutcome::Kind kind);

/**
 * The OAuth server refused the refresh (or the code exchange): what the code means and what
 * the administrator must do, in plain words (translated). -14014: the refresh token is
 * invalid or was already used; -14020: it expired (about three months); -14002: wrong app id
 * or secret key; -118 and the other -14xxx: refused. Never names a token.
 */
QString authorisationAdvice(int code);

/**
 * Plain words for the staff (translated; Vietnamese in the product): what went wrong with a
 * send or upload and what to do next. Empty when `error` is ok.
 */
QString staffMessage(const ApiError &error);
/**
 * The same, naming `citizenPhone` (national digits; empty when the desk knows none) in the
 * advice for the refusals that mean "this citizen cannot be reached by a consultation message"
 * (-230, -232, -213, -227, -244, -217): calling is then the quickest way to answer, and the
 * ZBS template message path goes by that number too.
 */
QString staffMessage(const ApiError &error, const QString &citizenPhone);

} // namespace Desk::Zalo
