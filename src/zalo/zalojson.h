// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "zalo/apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QUrl>
#include <QVector>
#include <optional>

// Pure functions between Zalo's wire format and the domain types: no network, no state, so
// every shape in reference/zalo-oa-api.md can be pinned by a data-driven unit test.
namespace Desk::Zalo {

namespace ApiPath {
inline constexpr QLatin1String ListRecentChat("/v2.0/oa/listrecentchat");
inline constexpr QLatin1String Conversation("/v2.0/oa/conversation");
inline constexpr QLatin1String UserDetail("/v3.0/oa/user/detail");
inline constexpr QLatin1String GetOa("/v2.0/oa/getoa");
inline constexpr QLatin1String SendConsultation("/v3.0/oa/message/cs");
inline constexpr QLatin1String AccessToken("/v4/oa/access_token");
} // namespace ApiPath

/** Zalo's documented page maximum for listrecentchat and conversation. */
inline constexpr int kPageSize = 10;

/**
 * `base` + `path`, keeping a path prefix of the base; non-empty `params` become the single
 * `data` query parameter holding the percent-encoded compact JSON, as every OA GET expects.
 */
QUrl apiUrl(const QUrl &base, const QString &path, const QJsonObject &params = {});

/**
 * Qt 6 keeps JSON integers that fit in qint64 exact but turns larger ones into doubles. This
 * rewrites every integer literal outside qint64 (outside strings) as a JSON string of the same
 * digits, so such ids survive parsing exactly. Returns `json` unchanged when there is none.
 */
QByteArray quoteOversizedIntegers(const QByteArray &json);
/** QJsonDocument::fromJson after quoteOversizedIntegers. */
std::optional<QJsonDocument> parseJson(const QByteArray &body, QString *error = nullptr);

/** An id as text: strings as they are, integral numbers as exact digits; empty otherwise. */
QString idString(const QJsonValue &value);
/** An integer given as a JSON number or a numeric string (expires_in, time, src, error). */
std::optional<qint64> integerValue(const QJsonValue &value);
/** -216 / -220 and the variants seen in the wild (216, 220, 401, -401). */
bool isInvalidTokenCode(int code);

/** A parsed OA API reply: `data` when `error.ok()`. */
struct Envelope
{
    ApiError error;
    QJsonValue data;
    QString message;
};
/** Checks `error` on every reply: HTTP 200 with error != 0 is an error. */
Envelope parseEnvelope(const QByteArray &body);

/**
 * One listrecentchat / conversation row. src 1 (citizen -> OA) is Inbound with citizenId =
 * from_id; src 0 (OA -> citizen) is Outbound with citizenId = to_id. nullopt (and `error`)
 * when the row lacks an id, a direction, a counterpart or a time.
 */
std::optional<Core::Message> parseMessageRow(const QJsonObject &row, QString *error = nullptr);

struct MessagePage
{
    QVector<Core::Message> messages; // in the order received (newest first)
    int rows = 0; // rows in `data`, parsed or not
    QStringList rejected; // one reason per row that could not be used
    /** The rows behind `rejected`, as received (kept, never dropped: see unreadableMessage). */
    QVector<QJsonValue> rejectedRows;
    /** Newest time among the parsed rows (0 if none). */
    qint64 newestTimeMs() const;
};
/** `data` of listrecentchat / conversation: an array of rows. nullopt if it is no array. */
std::optional<MessagePage> parseMessagePage(const QJsonValue &data);

/** The message type of a row the desk could not read (kept with its raw JSON). */
inline constexpr QLatin1String kUnreadableType("unreadable");

/**
 * A row of `citizenId`'s conversation that parseMessageRow() refused, kept as a message of
 * type "unreadable" with the raw row, so it shows in the timeline instead of vanishing. Its
 * id is the row's message_id when one can be read, else one derived from the raw bytes (the
 * same broken row maps to the same message); its time and direction are the row's when they
 * can be read, else `fallbackTimeMs` and inbound.
 */
Core::Message unreadableMessage(
    const QJsonValue &row, const QString &citizenId, qint64 fallbackTimeMs);

/**
 * The citizen a listing row is about, read leniently (src, from_id / to_id as strings or
 * numbers); empty when the row does not say.
 */
QString counterpartOf(const QJsonValue &row);

/** What a conversation row tells about the citizen (name, avatar); profileFetched false. */
Core::Citizen citizenFromMessage(const Core::Message &message);

/** `data` of user/detail. shared_info.phone arrives as a number: its digits are kept exact. */
std::optional<Core::Citizen> parseUserDetail(const QJsonValue &data, QString *error = nullptr);

/** `data` of getoa: the OA itself (a health check for `check` and settings pages). */
struct OaInfo
{
    QString oaId;
    QString name;
    QString description;
    int oaType = 0; // 2 business, 4 government
    bool verified = false;
    qint64 followers = 0;
};
std::optional<OaInfo> parseOaInfo(const QJsonValue &data, QString *error = nullptr);

/** Reply of POST /v4/oa/access_token. Tokens are top level; expires_in string or number. */
struct TokenResponse
{
    ApiError error; // AuthFailed when the OAuth server refused (error != 0)
    QString accessToken;
    QString refreshToken; // may be empty: then the old one stays in use
    qint64 expiresInSec = 0; // 0: unknown
};
TokenResponse parseTokenResponse(const QByteArray &body);

} // namespace Desk::Zalo
