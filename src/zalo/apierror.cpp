// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/apierror.h"

#include <QCoreApplication>

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

namespace Desk::Zalo {

namespace {

// Zalo codes meaning "not now": the message was not sent and a later attempt may succeed.
bool isRetryLaterCode(int code)
{
    return code == -200 // "Send message failed", generic
        || code == -211 // out of quota (feature)
        || code == -218; // the citizen's receive quota
}

} // namespace

SendOutcome::Kind SendOutcome::classify(const ApiError &error)
{
    switch (error.kind) {
    case ErrorKind::None:
        return Sent;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Malformed:
        return error.requestNotSent ? NotSent : Unknown;
    case ErrorKind::Http:
        // 5xx: the gateway may have passed the request on before failing. Other statuses
        // without a Zalo envelope come from something in front of the API that refused it.
        return error.requestNotSent || (error.httpStatus > 0 && error.httpStatus < 500) ? NotSent
                                                                                        : Unknown;
    case ErrorKind::RateLimited:
    case ErrorKind::InvalidToken:
    case ErrorKind::AuthFailed:
    case ErrorKind::NotConfigured:
    case ErrorKind::SecretStore:
        return NotSent;
    case ErrorKind::Api:
        return isRetryLaterCode(error.code) ? NotSent : Refused;
    }
    return Unknown;
}

QString sendOutcomeKindName(SendOutcome::Kind kind)
{
    switch (kind) {
    case SendOutcome::Sent:
        return QStringLiteral("sent");
    case SendOutcome::NotSent:
        return QStringLiteral("not-sent");
    case SendOutcome::Refused:
        return QStringLiteral("refused");
    case SendOutcome::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

// Literal translation contexts: lupdate 6.4 misreads contexts built from nested namespaces.
QString authorisationAdvice(int code)
{
    switch (code) {
    case -14014:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "Zalo refused the refresh token (error -14014: invalid or already used). Each "
            "refresh token works once; another program or computer may have used it. An "
            "administrator must connect the OA again: Administration > Connect Zalo OA, or "
            "'advisory-desk-cli authorize'.");
    case -14020:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The refresh token has expired (error -14020): Zalo keeps it for about three "
            "months without use. An administrator must connect the OA again: Administration "
            "> Connect Zalo OA, or 'advisory-desk-cli authorize'.");
    case -14002:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "Zalo does not accept the app id or the secret key (error -14002). An "
            "administrator must check them on Zalo's developer site and enter them again.");
    case 0:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The connection to Zalo must be authorised again by the administrator: "
            "Administration > Connect Zalo OA, or 'advisory-desk-cli authorize'.");
    default:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "Zalo refused the OA's authorisation (error %1). An administrator must connect "
            "the OA again: Administration > Connect Zalo OA, or 'advisory-desk-cli "
            "authorize'.")
            .arg(code);
    }
}

QString staffMessage(const ApiError &error)
{
    switch (error.kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::RateLimited:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "Zalo is limiting how many requests the OA may make per minute. The reply "
            "stays in the queue and will be sent automatically.");
    case ErrorKind::AuthFailed:
        if (error.code != 0) {
            return authorisationAdvice(error.code)
                + QCoreApplication::translate(
                    "Desk::Zalo::ApiError", " The reply stays in the queue until then.");
        }
        [[fallthrough]];
    case ErrorKind::InvalidToken:
    case ErrorKind::NotConfigured:
    case ErrorKind::SecretStore:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The connection to Zalo must be authorised again by the administrator. The "
            "reply stays in the queue until then.");
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Http:
    case ErrorKind::Malformed:
        if (SendOutcome::classify(error) == SendOutcome::NotSent)
            return QCoreApplication::translate("Desk::Zalo::ApiError",
                "Zalo cannot be reached. The reply stays in the queue and will be sent "
                "when the connection is back.");
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The connection broke while sending, so it is not known whether Zalo "
            "delivered the reply. The desk checks the conversation before sending again.");
    case ErrorKind::Api:
        break;
    }
    switch (error.code) {
    // Without a phone number the only ways left are a ZBS template message by Zalo account
    // (paid, needs an approved template) and waiting for the citizen to write again.
    case -230:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen has not interacted with the OA for more than 7 days, so Zalo no "
            "longer accepts a consultation message to them. The desk has no phone number for "
            "this citizen: send the answer as a ZBS template message to their Zalo account, "
            "or wait until they write again and then send the reply again.");
    case -232:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen has never interacted with the OA, or their last interaction has "
            "expired, so Zalo does not accept a consultation message to them. The desk has "
            "no phone number for this citizen: send the answer as a ZBS template message to "
            "their Zalo account, or wait until they write again and then send the reply again.");
    case -213:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen does not follow the OA, so Zalo refused the message. Ask the "
            "citizen to follow the OA, or contact them by phone.");
    case -227:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen's Zalo account is locked or has been inactive for more than 45 "
            "days. Contact the citizen by phone or through another channel.");
    case -244:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen has blocked this kind of message from the OA. Contact the citizen "
            "by phone or through another channel.");
    case -217:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen has blocked the OA. Contact the citizen by phone or through "
            "another channel.");
    case -210:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The message is too long or the attachment too large for Zalo (text at most "
            "2,000 characters, images at most 1 MB, files at most 5 MB). Split the reply "
            "or make the file smaller.");
    case -201:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "Zalo rejected part of the message as invalid (for example, the quoted message "
            "no longer exists or the attachment is wrong). Send it again without the "
            "quote, or attach the file again.");
    case -100:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The attached image or file has expired on Zalo (uploads are kept about 7 "
            "days). Attach the file again and resend.");
    case -218:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen has received as many messages as Zalo allows for now. Try again "
            "later or contact the citizen by phone.");
    // Paid replies (48 h to 7 days after the citizen's last message) are billed to a Zalo
    // Cloud Account linked to the app (reference §13).
    case -320:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "More than 48 hours have passed since the citizen's last message, so this reply "
            "is a paid message, and the OA has no Zalo Cloud Account (ZCA) to pay for it. The "
            "administrator must link a Zalo Cloud Account to the OA's app on Zalo's developer "
            "site and top it up; then send the reply again. Replies within 48 hours of the "
            "citizen's message are free.");
    case -321:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "More than 48 hours have passed since the citizen's last message, so this reply "
            "is a paid message, and the OA's Zalo Cloud Account (ZCA) has run out of money "
            "or cannot be charged. The administrator must top up the Zalo Cloud Account or "
            "fix its payment method; then send the reply again.");
    default:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "Zalo refused the message (error %1). Check the content and the recipient, "
            "then try again or ask the administrator.")
            .arg(error.code);
    }
}

QString staffMessage(const ApiError &error, const QString &citizenPhone)
{
    if (citizenPhone.isEmpty() || error.kind != ErrorKind::Api) {
        return staffMessage(error);
    }
    switch (error.code) {
    case -230:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen has not interacted with the OA for more than 7 days, so Zalo no "
            "longer accepts a consultation message to them. Call the citizen on %1, or send "
            "the answer as a ZBS template message to that number; if they write to the OA "
            "again, send the reply again.")
            .arg(citizenPhone);
    case -232:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen has never interacted with the OA, or their last interaction has "
            "expired, so Zalo does not accept a consultation message to them. Call the "
            "citizen on %1, or send the answer as a ZBS template message to that number; if "
            "they write to the OA again, send the reply again.")
            .arg(citizenPhone);
    case -213:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen does not follow the OA, so Zalo refused the message. Call the "
            "citizen on %1: give the answer by phone, or ask them to follow the OA and then "
            "send the reply again.")
            .arg(citizenPhone);
    case -227:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen's Zalo account is locked or has been inactive for more than 45 "
            "days. Call the citizen on %1 to give the answer, or use another channel (post, "
            "e-mail).")
            .arg(citizenPhone);
    case -244:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen has blocked this kind of message from the OA. Call the citizen on "
            "%1 to give the answer, or use another channel (post, e-mail).")
            .arg(citizenPhone);
    case -217:
        return QCoreApplication::translate("Desk::Zalo::ApiError",
            "The citizen has blocked the OA. Call the citizen on %1 to give the answer, or "
            "use another channel (post, e-mail).")
            .arg(citizenPhone);
    default:
        return staffMessage(error);
    }
}

} // namespace Desk::Zalo
