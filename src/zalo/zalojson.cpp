// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/zalojson.h"

#include "core/textfold.h"

#include <QCborValue>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>
#include <cmath>

namespace Desk::Zalo {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// True when the digits (no sign, no leading zeros as JSON forbids them) exceed qint64.
bool exceedsInt64(const char *digits, qsizetype length, bool negative)
{
    static const QByteArray maxPositive = QByteArrayLiteral("9223372036854775807");
    static const QByteArray maxNegative = QByteArrayLiteral("9223372036854775808");
    const QByteArray &limit = negative ? maxNegative : maxPositive;
    if (length != limit.size()) {
        return length > limit.size();
    }
    return QByteArray::fromRawData(digits, length) > limit;
}

QString stringField(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return idString(value);
    }
    return {};
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Phones arrive as a number (841282987721) or a string; 0 / "" mean "not shared".
QString phoneString(const QJsonValue &value)
{
    QString phone = value.isString() ? value.toString().trimmed() : idString(value);
    if (phone == QLatin1String("0")) {
        phone.clear();
    }
    return phone;
}

// "12.5", 12.5: a coordinate, or nullopt when it is none or out of `limit`.
std::optional<double> coordinate(const QJsonValue &value, double limit)
{
    bool ok = value.isDouble();
    const double number = ok ? value.toDouble() : value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number) || std::fabs(number) > limit) {
        return std::nullopt;
    }
    return number;
}

// The first of `keys` present in `object` as a coordinate.
std::optional<double> coordinateField(
    const QJsonObject &object, std::initializer_list<const char *> keys, double limit)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull()) {
            return coordinate(value, limit);
        }
    }
    return std::nullopt;
}

QString firstNonEmpty(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.trimmed().isEmpty()) {
            return candidate.trimmed();
        }
    }
    return {};
}

// The caption, then the part of `extra` it does not already say (a link's description).
QString withExtraLine(const QString &text, const QString &extra)
{
    if (extra.isEmpty() || text.contains(extra)) {
        return text;
    }
    return text.isEmpty() ? extra : text + QLatin1Char('\n') + extra;
}

/**
 * What each kind of row carries beyond `message`, in the Message fields the store keeps
 * (reference §13; the exact shapes are not documented, so every plausible key is read and a
 * field of the wrong shape is ignored, never a reason to drop the row):
 * image (`photo` is the same kind): url, thumb; link: url / thumb / title (in fileName) of
 * links[0], its description after the text; location: "geo:lat,lng" in url and the address
 * in fileName; file: name.
 */
void readKindFields(const QJsonObject &row, Core::Message *message)
{
    if (message->type == QLatin1String("photo")) {
        message->type = QStringLiteral("image");
    } else if (message->type == QLatin1String("link")) {
        const QJsonArray links = row.value(QLatin1String("links")).toArray();
        const QJsonObject link = links.isEmpty() ? QJsonObject() : links.first().toObject();
        message->url = firstNonEmpty({stringField(link, QLatin1String("url")), message->url});
        message->thumbUrl
            = firstNonEmpty({stringField(link, QLatin1String("thumb")), message->thumbUrl});
        message->fileName = Core::toNfc(firstNonEmpty(
            {stringField(link, QLatin1String("title")), stringField(row, QLatin1String("title"))}));
        message->text = withExtraLine(message->text,
            Core::toNfc(firstNonEmpty({stringField(link, QLatin1String("description")),
                stringField(row, QLatin1String("description"))})));
    } else if (message->type == QLatin1String("location")) {
        const QJsonValue nested = row.value(QLatin1String("location"));
        const QJsonObject place = nested.isObject()
            ? nested.toObject()
            : row.value(QLatin1String("coordinates")).toObject();
        const QJsonObject &source = place.isEmpty() ? row : place;
        const auto latitude = coordinateField(source, {"latitude", "lat"}, 90.0);
        const auto longitude = coordinateField(source, {"longitude", "lng", "long", "lon"}, 180.0);
        message->url = latitude && longitude
            ? QStringLiteral("geo:%1,%2")
                  .arg(QString::number(*latitude, 'f', 6), QString::number(*longitude, 'f', 6))
            : QString();
        message->fileName = Core::toNfc(firstNonEmpty({stringField(place, QLatin1String("address")),
            stringField(row, QLatin1String("address")),
            stringField(row, QLatin1String("description"))}));
    } else if (message->type == QLatin1String("file") && message->fileName.isEmpty()) {
        message->fileName = Core::toNfc(firstNonEmpty({stringField(row, QLatin1String("file_name")),
            stringField(row, QLatin1String("title"))}));
    }
}

} // namespace

QUrl apiUrl(const QUrl &base, const QString &path, const QJsonObject &params)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/'))) {
        prefix.chop(1);
    }
    url.setPath(prefix + path);
    if (!params.isEmpty()) {
        // Encoded by hand: QUrlQuery would leave `{`, `"` and `:` as they are, and braces or
        // quotes in a query string break some proxies; Zalo's SDKs send them encoded.
        const QByteArray json = QJsonDocument(params).toJson(QJsonDocument::Compact);
        url.setQuery(QStringLiteral("data=")
                + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(json))),
            QUrl::StrictMode);
    } else {
        url.setQuery(QString());
    }
    return url;
}

QByteArray quoteOversizedIntegers(const QByteArray &json)
{
    QByteArray out;
    qsizetype copiedUpTo = 0;
    const char *data = json.constData();
    const qsizetype size = json.size();
    bool inString = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\') {
                ++i; // skip the escaped character, which may be a quote
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != '-' && !isDigit(c)) {
            continue;
        }
        const qsizetype start = i;
        const bool negative = c == '-';
        qsizetype j = negative ? i + 1 : i;
        const qsizetype digitsStart = j;
        while (j < size && isDigit(data[j])) {
            ++j;
        }
        const bool isInteger = j == size || (data[j] != '.' && data[j] != 'e' && data[j] != 'E');
        if (!isInteger) {
            while (j < size
                && (isDigit(data[j]) || data[j] == '.' || data[j] == 'e' || data[j] == 'E'
                    || data[j] == '+' || data[j] == '-')) {
                ++j;
            }
        } else if (j > digitsStart && exceedsInt64(data + digitsStart, j - digitsStart, negative)) {
            out.append(data + copiedUpTo, start - copiedUpTo);
            out.append('"');
            out.append(data + start, j - start);
            out.append('"');
            copiedUpTo = j;
        }
        i = j - 1;
    }
    if (copiedUpTo == 0) {
        return json;
    }
    out.append(data + copiedUpTo, size - copiedUpTo);
    return out;
}

std::optional<QJsonDocument> parseJson(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(quoteOversizedIntegers(body), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = QStringLiteral("not JSON (%1 at byte %2 of %3)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)
                         .arg(body.size());
        }
        return std::nullopt;
    }
    return document;
}

QString idString(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString().trimmed();
    }
    if (!value.isDouble()) {
        return {};
    }
    // QCborValue tells integers (exact, qint64) from doubles, which QJsonValue hides.
    const QCborValue cbor = QCborValue::fromJsonValue(value);
    if (cbor.isInteger()) {
        return QString::number(cbor.toInteger());
    }
    // A double only when the sender wrote a fraction or an exponent; trust it only where a
    // double is exact for every integer.
    const double number = value.toDouble();
    constexpr double kExactLimit = 9007199254740992.0; // 2^53
    if (std::floor(number) == number && std::fabs(number) <= kExactLimit) {
        return QString::number(static_cast<qint64>(number));
    }
    return {};
}

std::optional<qint64> integerValue(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    const QString digits = idString(value);
    if (digits.isEmpty()) {
        return std::nullopt;
    }
    return digits.toLongLong();
}

bool isInvalidTokenCode(int code)
{
    const int magnitude = code < 0 ? -code : code;
    return magnitude == 216 || magnitude == 220 || magnitude == 401;
}

Envelope parseEnvelope(const QByteArray &body)
{
    Envelope envelope;
    QString parseError;
    const auto document = parseJson(body, &parseError);
    if (!document) {
        envelope.error = ApiError::make(ErrorKind::Malformed, parseError);
        return envelope;
    }
    if (!document->isObject()) {
        envelope.error = ApiError::make(ErrorKind::Malformed, QStringLiteral("reply is no object"));
        return envelope;
    }
    const QJsonObject object = document->object();
    envelope.message = object.value(QLatin1String("message")).toString();
    const QJsonValue errorValue = object.value(QLatin1String("error"));
    if (errorValue.isUndefined() || errorValue.isNull()) {
        // Every documented reply carries `error`; a body with neither it nor `data` is not
        // an OA reply (a captive portal, a proxy page, a truncated body).
        if (!object.contains(QLatin1String("data"))) {
            envelope.error
                = ApiError::make(ErrorKind::Malformed, QStringLiteral("reply has no error field"));
            return envelope;
        }
    } else {
        const auto code = integerValue(errorValue);
        if (!code) {
            envelope.error
                = ApiError::make(ErrorKind::Malformed, QStringLiteral("error field is no number"));
            return envelope;
        }
        if (*code != 0) {
            const int zaloCode = static_cast<int>(*code);
            ErrorKind kind = ErrorKind::Api;
            if (zaloCode == -32) {
                kind = ErrorKind::RateLimited;
            } else if (isInvalidTokenCode(zaloCode)) {
                kind = ErrorKind::InvalidToken;
            }
            envelope.error = ApiError::make(kind, envelope.message, zaloCode);
            return envelope;
        }
    }
    envelope.data = object.value(QLatin1String("data"));
    return envelope;
}

std::optional<Core::Message> parseMessageRow(const QJsonObject &row, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error) {
            *error = reason;
        }
        return std::nullopt;
    };
    Core::Message message;
    message.messageId = idString(row.value(QLatin1String("message_id")));
    if (message.messageId.isEmpty()) {
        return fail(QStringLiteral("row without message_id"));
    }
    const auto src = integerValue(row.value(QLatin1String("src")));
    if (!src || (*src != 0 && *src != 1)) {
        return fail(QStringLiteral("row %1: src is neither 0 nor 1").arg(message.messageId));
    }
    message.direction = *src == 1 ? Core::Direction::Inbound : Core::Direction::Outbound;
    const QLatin1String counterpartKey(*src == 1 ? "from_id" : "to_id");
    message.citizenId = idString(row.value(counterpartKey));
    if (message.citizenId.isEmpty()) {
        return fail(QStringLiteral("row %1: no %2").arg(message.messageId, counterpartKey));
    }
    const auto time = integerValue(row.value(QLatin1String("time")));
    if (!time || *time <= 0) {
        return fail(QStringLiteral("row %1: no time").arg(message.messageId));
    }
    message.timeMs = *time;
    message.type = row.value(QLatin1String("type")).toString();
    if (message.type.isEmpty()) {
        message.type = QStringLiteral("text");
    }
    message.text = Core::toNfc(row.value(QLatin1String("message")).toString());
    message.url = stringField(row, QLatin1String("url"));
    message.thumbUrl = stringField(row, QLatin1String("thumb"));
    message.fileName = stringField(row, QLatin1String("name"));
    readKindFields(row, &message);
    message.rawJson = compact(row);
    return message;
}

std::optional<MessagePage> parseMessagePage(const QJsonValue &data)
{
    if (!data.isArray()) {
        return std::nullopt;
    }
    MessagePage page;
    const QJsonArray rows = data.toArray();
    page.rows = static_cast<int>(rows.size());
    page.messages.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        QString reason;
        if (!row.isObject()) {
            page.rejected.append(QStringLiteral("row is no object"));
            page.rejectedRows.append(row);
            continue;
        }
        if (auto message = parseMessageRow(row.toObject(), &reason)) {
            page.messages.append(std::move(*message));
        } else {
            page.rejected.append(reason);
            page.rejectedRows.append(row);
        }
    }
    return page;
}

qint64 MessagePage::newestTimeMs() const
{
    qint64 newest = 0;
    for (const Core::Message &message : messages) {
        newest = qMax(newest, message.timeMs);
    }
    return newest;
}

Core::Message unreadableMessage(
    const QJsonValue &row, const QString &citizenId, qint64 fallbackTimeMs)
{
    const QJsonObject object = row.toObject();
    Core::Message message;
    message.type = QString(kUnreadableType);
    message.citizenId = citizenId;
    message.rawJson = row.isObject()
        ? compact(object)
        : QString::fromUtf8(QJsonDocument(QJsonArray {row}).toJson(QJsonDocument::Compact));
    message.messageId = idString(object.value(QLatin1String("message_id")));
    if (message.messageId.isEmpty()) {
        const QByteArray digest
            = QCryptographicHash::hash(message.rawJson.toUtf8(), QCryptographicHash::Sha1);
        message.messageId
            = QStringLiteral("unreadable-") + QString::fromLatin1(digest.toHex().left(24));
    }
    const auto time = integerValue(object.value(QLatin1String("time")));
    message.timeMs = time && *time > 0 ? *time : fallbackTimeMs;
    const auto src = integerValue(object.value(QLatin1String("src")));
    message.direction = src && *src == 0 ? Core::Direction::Outbound : Core::Direction::Inbound;
    return message;
}

QString counterpartOf(const QJsonValue &row)
{
    const QJsonObject object = row.toObject();
    const auto src = integerValue(object.value(QLatin1String("src")));
    if (!src || (*src != 0 && *src != 1)) {
        return {};
    }
    return idString(object.value(QLatin1String(*src == 1 ? "from_id" : "to_id")));
}

Core::Citizen citizenFromMessage(const Core::Message &message)
{
    Core::Citizen citizen;
    citizen.zaloId = message.citizenId;
    const auto document = parseJson(message.rawJson.toUtf8());
    if (document && document->isObject()) {
        const QJsonObject row = document->object();
        const bool inbound = message.direction == Core::Direction::Inbound;
        citizen.displayName = Core::toNfc(
            row.value(QLatin1String(inbound ? "from_display_name" : "to_display_name")).toString());
        citizen.avatarUrl
            = row.value(QLatin1String(inbound ? "from_avatar" : "to_avatar")).toString();
    }
    return citizen;
}

std::optional<Core::Citizen> parseUserDetail(const QJsonValue &data, QString *error)
{
    if (!data.isObject()) {
        if (error) {
            *error = QStringLiteral("user/detail data is no object");
        }
        return std::nullopt;
    }
    const QJsonObject object = data.toObject();
    Core::Citizen citizen;
    citizen.zaloId = idString(object.value(QLatin1String("user_id")));
    if (citizen.zaloId.isEmpty()) {
        if (error) {
            *error = QStringLiteral("user/detail without user_id");
        }
        return std::nullopt;
    }
    citizen.displayName = Core::toNfc(object.value(QLatin1String("display_name")).toString());
    if (citizen.displayName.isEmpty()) {
        citizen.displayName = Core::toNfc(object.value(QLatin1String("user_alias")).toString());
    }
    citizen.avatarUrl = object.value(QLatin1String("avatar")).toString();
    if (citizen.avatarUrl.isEmpty()) {
        const QJsonObject avatars = object.value(QLatin1String("avatars")).toObject();
        citizen.avatarUrl = avatars.value(QLatin1String("240")).toString();
        if (citizen.avatarUrl.isEmpty()) {
            citizen.avatarUrl = avatars.value(QLatin1String("120")).toString();
        }
    }
    citizen.isFollower = object.value(QLatin1String("user_is_follower")).toBool();
    const QJsonValue shared = object.value(QLatin1String("shared_info"));
    if (shared.isObject()) {
        const QJsonObject info = shared.toObject();
        citizen.sharedInfoJson = compact(info);
        citizen.phone = phoneString(info.value(QLatin1String("phone")));
        QStringList parts;
        for (const char *key : {"address", "ward", "district", "city"}) {
            const QString part = Core::toNfc(info.value(QLatin1String(key)).toString().trimmed());
            if (!part.isEmpty()) {
                parts.append(part);
            }
        }
        citizen.address = parts.join(QStringLiteral(", "));
    }
    citizen.profileFetched = true;
    return citizen;
}

std::optional<OaInfo> parseOaInfo(const QJsonValue &data, QString *error)
{
    if (!data.isObject()) {
        if (error) {
            *error = QStringLiteral("getoa data is no object");
        }
        return std::nullopt;
    }
    const QJsonObject object = data.toObject();
    OaInfo info;
    info.oaId = idString(object.value(QLatin1String("oaid")));
    if (info.oaId.isEmpty()) {
        info.oaId = idString(object.value(QLatin1String("oa_id")));
    }
    if (info.oaId.isEmpty()) {
        if (error) {
            *error = QStringLiteral("getoa without oaid");
        }
        return std::nullopt;
    }
    info.name = Core::toNfc(object.value(QLatin1String("name")).toString());
    info.description = Core::toNfc(object.value(QLatin1String("description")).toString());
    info.oaType
        = static_cast<int>(integerValue(object.value(QLatin1String("oa_type"))).value_or(0));
    const QJsonValue verified = object.value(QLatin1String("is_verified"));
    info.verified = verified.isBool() ? verified.toBool() : integerValue(verified).value_or(0) != 0;
    info.followers = integerValue(object.value(QLatin1String("num_follower"))).value_or(0);
    return info;
}

TokenResponse parseTokenResponse(const QByteArray &body)
{
    TokenResponse response;
    QString parseError;
    const auto document = parseJson(body, &parseError);
    if (!document || !document->isObject()) {
        response.error = ApiError::make(
            ErrorKind::Malformed, document ? QStringLiteral("reply is no object") : parseError);
        return response;
    }
    const QJsonObject object = document->object();
    const auto code = integerValue(object.value(QLatin1String("error")));
    if (code && *code != 0) {
        // error_name / error_description are the only detail the OAuth server gives; they
        // never echo the tokens.
        QString detail = object.value(QLatin1String("error_name")).toString();
        const QString description = object.value(QLatin1String("error_description")).toString();
        if (!description.isEmpty()) {
            detail += (detail.isEmpty() ? QString() : QStringLiteral(": ")) + description;
        }
        if (detail.isEmpty()) {
            detail = object.value(QLatin1String("message")).toString();
        }
        const ErrorKind kind = *code == -32 ? ErrorKind::RateLimited : ErrorKind::AuthFailed;
        response.error = ApiError::make(kind, detail, static_cast<int>(*code));
        return response;
    }
    response.accessToken = object.value(QLatin1String("access_token")).toString();
    response.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    if (response.accessToken.isEmpty()) {
        response.error = ApiError::make(
            ErrorKind::Malformed, QStringLiteral("token reply without access_token"));
        return response;
    }
    response.expiresInSec = integerValue(object.value(QLatin1String("expires_in"))).value_or(0);
    if (response.expiresInSec < 0) {
        response.expiresInSec = 0;
    }
    return response;
}

} // namespace Desk::Zalo
