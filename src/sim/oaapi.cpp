// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/oaapi.h"

#include "sim/simstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <limits>

namespace Desk::Sim {

namespace {

constexpr int kMaxPage = 10;
constexpr int kMaxTextCodePoints = 2000;
constexpr qint64 kReplyWindowMs = 7LL * 24 * 3600 * 1000;
constexpr qint64 kFreeWindowMs = 48LL * 3600 * 1000;

QByteArray serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray invalid(const QString &field)
{
    return serialize(OaApi::error(-201, field + QStringLiteral(" is invalid!")));
}

/**
 * `count` of listrecentchat / conversation: 1 to 10. Above 10 the OA refuses with -210
 * (reference §13), it does not cap: a client asking for more must learn it at once.
 */
std::optional<QByteArray> checkPageSize(const std::optional<qint64> &count)
{
    if (!count || *count <= 0)
        return invalid(QStringLiteral("count"));
    if (*count > kMaxPage)
        return serialize(OaApi::error(-210, QStringLiteral("Parameter exceeds allowable limit")));
    return std::nullopt;
}

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

/** A whole number given as a JSON number or a numeric string (clients send both). */
std::optional<qint64> integerField(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != double(qint64(d)))
            return std::nullopt;
        return value.toInteger();
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

/**
 * user_id as a string, or as a bare JSON number. Numbers are read from the raw text:
 * QJsonDocument turns integers above 2^63 into doubles and loses digits, which is exactly
 * the corruption a client must avoid and the simulator must not commit itself.
 */
QString userIdField(const QByteArray &rawJson, const QJsonObject &object)
{
    const QJsonValue value = object.value(QStringLiteral("user_id"));
    if (value.isString())
        return value.toString();
    if (!value.isDouble())
        return {};
    static const QRegularExpression number(QStringLiteral("\"user_id\"\\s*:\\s*(\\d+)"));
    const QRegularExpressionMatch match = number.match(QString::fromUtf8(rawJson));
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<QJsonObject> dataParam(const HttpRequest &request, QByteArray *raw)
{
    *raw = request.queryItem("data");
    if (raw->isEmpty())
        return std::nullopt;
    return parseObject(*raw);
}

} // namespace

QJsonObject OaApi::error(int code, const QString &message)
{
    return QJsonObject {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
}

QJsonObject OaApi::success(const QJsonValue &data)
{
    return QJsonObject {{QStringLiteral("data"), data}, {QStringLiteral("error"), 0},
        {QStringLiteral("message"), QStringLiteral("Success")}};
}

std::optional<HttpResponse> OaApi::handle(const HttpRequest &request)
{
    if (request.path == "/v4/oa/access_token")
        return accessToken(request);
    if (request.path == "/v4/oa/permission")
        return permission(request);
    if (request.path.startsWith("/v2.0/") || request.path.startsWith("/v3.0/"))
        return api(request);
    return std::nullopt;
}

HttpResponse OaApi::api(const HttpRequest &request)
{
    SimState &s = m_state;
    const qint64 monotonic = s.monotonicMs();
    QByteArray body;
    int status = 200;
    // The limit counts calls whatever their outcome, before the token is looked at: the
    // OA meters the app, and a client hammering with a dead token is still hammering.
    if (!s.limiter.tryAcquire(monotonic)) {
        ++s.stats.rateLimited;
        body = serialize(error(-32, QStringLiteral("Your application reached limit call api")));
    } else {
        switch (s.tokens.checkAccess(QString::fromLatin1(request.header("access_token")))) {
        case TokenStore::AccessCheck::Invalid:
            ++s.stats.tokenErrors;
            body = serialize(error(-216, QStringLiteral("Access token is invalid")));
            break;
        case TokenStore::AccessCheck::Expired:
            ++s.stats.tokenErrors;
            body = serialize(error(-220, QStringLiteral("access_token is expired or removed")));
            break;
        case TokenStore::AccessCheck::Valid: {
            bool known = false;
            bool methodOk = false;
            body = dispatch(request, &known, &methodOk);
            if (!known) {
                status = 404;
                body = serialize(error(404, QStringLiteral("Not Found")));
            } else if (!methodOk) {
                status = 405;
                body = serialize(error(405, QStringLiteral("Method Not Allowed")));
            }
            break;
        }
        }
    }
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    const int limit = s.limiter.enabled() ? s.limiter.limit() : std::numeric_limits<int>::max();
    response.headers.emplaceBack("X-RateLimit-Limit", QByteArray::number(limit));
    response.headers.emplaceBack(
        "X-RateLimit-Remain", QByteArray::number(s.limiter.remaining(monotonic)));
    return response;
}

QByteArray OaApi::dispatch(const HttpRequest &request, bool *known, bool *methodOk)
{
    struct Route
    {
        const char *path;
        const char *method;
        QByteArray (OaApi::*handler)(const HttpRequest &);
    };
    static const Route routes[] = {
        {"/v2.0/oa/listrecentchat", "GET", &OaApi::listRecentChat},
        {"/v2.0/oa/conversation", "GET", &OaApi::conversation},
        {"/v3.0/oa/user/detail", "GET", &OaApi::userDetail},
        {"/v3.0/oa/message/cs", "POST", &OaApi::sendConsultation},
        {"/v2.0/oa/upload/image", "POST", &OaApi::uploadImage},
        {"/v2.0/oa/upload/gif", "POST", &OaApi::uploadGif},
        {"/v2.0/oa/upload/file", "POST", &OaApi::uploadFile},
        {"/v2.0/oa/getoa", "GET", nullptr},
    };
    for (const Route &route : routes) {
        if (request.path != route.path)
            continue;
        *known = true;
        *methodOk = request.method == route.method;
        if (!*methodOk)
            return {};
        if (!route.handler)
            return serialize(success(m_state.renderer.oaInfo()));
        return (this->*route.handler)(request);
    }
    *known = false;
    return {};
}

QByteArray OaApi::listRecentChat(const HttpRequest &request)
{
    QByteArray raw;
    const auto params = dataParam(request, &raw);
    if (!params)
        return invalid(QStringLiteral("data"));
    const auto offset = integerField(*params, QStringLiteral("offset"));
    if (!offset || *offset < 0 || *offset > std::numeric_limits<int>::max())
        return invalid(QStringLiteral("offset"));
    const auto count = integerField(*params, QStringLiteral("count"));
    if (auto refused = checkPageSize(count))
        return *refused;
    const int pageSize = int(*count);
    const QList<quint32> page = m_state.config.recentChatPerConversation
        ? m_state.data.recentConversations(int(*offset), pageSize)
        : m_state.data.recentMessages(int(*offset), pageSize);
    QByteArray body = m_state.renderer.rowsEnvelope(page);
    m_state.faults.corruptRows(&body);
    return body;
}

std::optional<quint32> OaApi::citizenParam(
    const HttpRequest &request, QJsonObject *params, QByteArray *error) const
{
    QByteArray raw;
    const auto data = dataParam(request, &raw);
    if (!data) {
        *error = invalid(QStringLiteral("data"));
        return std::nullopt;
    }
    *params = *data;
    const auto citizen = m_state.data.findCitizen(userIdField(raw, *data));
    if (!citizen)
        *error = invalid(QStringLiteral("user_id"));
    return citizen;
}

QByteArray OaApi::conversation(const HttpRequest &request)
{
    QJsonObject fields;
    QByteArray error;
    const auto citizen = citizenParam(request, &fields, &error);
    if (!citizen)
        return error;
    const QJsonObject *params = &fields;
    const auto offset = integerField(*params, QStringLiteral("offset"));
    if (!offset || *offset < 0 || *offset > std::numeric_limits<int>::max())
        return invalid(QStringLiteral("offset"));
    const auto count = integerField(*params, QStringLiteral("count"));
    if (auto refused = checkPageSize(count))
        return *refused;
    const int pageSize = int(*count);
    const int refusal = m_state.conversationRefusals.value(m_state.renderer.userId(*citizen), 0);
    if (refusal != 0)
        return serialize(
            OaApi::error(refusal, QStringLiteral("Cannot get conversation of this user")));
    QByteArray body = m_state.renderer.rowsEnvelope(
        m_state.data.conversationPage(*citizen, int(*offset), pageSize));
    m_state.faults.corruptRows(&body);
    return body;
}

QByteArray OaApi::userDetail(const HttpRequest &request)
{
    QJsonObject params;
    QByteArray error;
    const auto citizen = citizenParam(request, &params, &error);
    if (!citizen)
        return error;
    return serialize(success(m_state.renderer.userDetail(*citizen)));
}

QByteArray OaApi::sendConsultation(const HttpRequest &request)
{
    SimState &s = m_state;
    const auto body = parseObject(request.body);
    if (!body)
        return invalid(QStringLiteral("body"));
    const QJsonObject recipient = body->value(QStringLiteral("recipient")).toObject();
    const auto citizen = s.data.findCitizen(userIdField(request.body, recipient));
    if (!citizen)
        return invalid(QStringLiteral("user_id"));
    const QJsonValue messageValue = body->value(QStringLiteral("message"));
    if (!messageValue.isObject())
        return invalid(QStringLiteral("message"));
    const QJsonObject message = messageValue.toObject();
    const QJsonValue textValue = message.value(QStringLiteral("text"));
    const QJsonValue attachmentValue = message.value(QStringLiteral("attachment"));
    if ((!textValue.isUndefined() && !textValue.isString())
        || (textValue.isUndefined() && !attachmentValue.isObject()))
        return invalid(QStringLiteral("message"));

    CustomMessage content;
    content.text = textValue.toString().normalized(QString::NormalizationForm_C);
    // Code points, not UTF-16 units: an emoji is one character to the user. A client that
    // splits at 2,000 UTF-16 units is therefore always accepted.
    if (content.text.toUcs4().size() > kMaxTextCodePoints)
        return serialize(error(-210, QStringLiteral("Parameter exceeds allowable limit")));

    const QString quoteId = message.value(QStringLiteral("quote_message_id")).toString();
    if (!quoteId.isEmpty()) {
        const auto quoted = s.data.findMessage(quoteId);
        if (!quoted || s.data.message(*quoted).citizen != *citizen)
            return invalid(QStringLiteral("quote_message_id"));
        content.quoteMessageId = quoteId;
    }

    if (attachmentValue.isObject()) {
        if (auto refused = readAttachment(attachmentValue.toObject(), &content))
            return *refused;
    }

    // Recipient rules last: Zalo reports a malformed request before judging the recipient.
    const QString userId = s.renderer.userId(*citizen);
    const qint64 now = s.nowMs();
    const qint64 lastInbound = s.data.citizen(*citizen).lastInboundMs;
    int refusal = s.sendLog.refusal(userId);
    if (refusal == 0 && lastInbound <= 0)
        refusal = -232; // never wrote to the OA
    else if (refusal == 0 && now - lastInbound > kReplyWindowMs)
        refusal = -230;
    else if (refusal == 0 && !s.config.zcaFunded && now - lastInbound > kFreeWindowMs)
        refusal = -320; // a billed reply, and no funded Zalo Cloud Account to bill
    if (refusal != 0)
        return serialize(error(refusal, SendLog::errorMessage(refusal)));

    MessageRecord record;
    record.timeMs = now;
    record.citizen = *citizen;
    record.src = 0;
    const quint32 index = s.data.appendCustomMessage(record, std::move(content));
    ++s.stats.sentMessages;
    s.sendLog.record(SentMessage {s.data.messageId(index), userId, request.body, now});
    if (s.messageAdded)
        s.messageAdded(index);
    return serialize(success(QJsonObject {
        {QStringLiteral("message_id"), s.data.messageId(index)},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("sent_time"), QString::number(now)},
        {QStringLiteral("quota"),
            QJsonObject {{QStringLiteral("quota_type"), QStringLiteral("reply")},
                {QStringLiteral("remain"), QStringLiteral("8")},
                {QStringLiteral("total"), QStringLiteral("8")}}},
    }));
}

std::optional<QByteArray> OaApi::readAttachment(
    const QJsonObject &attachment, CustomMessage *content) const
{
    const SimState &s = m_state;
    const QString type = attachment.value(QStringLiteral("type")).toString();
    const QJsonObject payload = attachment.value(QStringLiteral("payload")).toObject();
    const QString base = s.renderer.baseUrl() + QStringLiteral("/media/");
    // An attachment id or file token must be one this OA uploaded and not yet expired.
    const auto checkUploaded = [&](const QString &id, std::initializer_list<AssetKind> kinds,
                                   const QString &field) -> std::optional<QByteArray> {
        switch (s.uploads.lookup(id, kinds, s.nowMs(), s.uploadLifetimeMs())) {
        case UploadStore::Lookup::Valid:
            return std::nullopt;
        case UploadStore::Lookup::Expired:
            return serialize(error(-100, SendLog::errorMessage(-100)));
        case UploadStore::Lookup::Unknown:
            break;
        }
        return invalid(field);
    };
    if (type == QLatin1String("template")) {
        if (payload.value(QStringLiteral("template_type")).toString() != QLatin1String("media"))
            return invalid(QStringLiteral("template_type"));
        const QJsonObject element
            = payload.value(QStringLiteral("elements")).toArray().at(0).toObject();
        const QString mediaType = element.value(QStringLiteral("media_type")).toString();
        const QString url = element.value(QStringLiteral("url")).toString();
        const QString attachmentId = element.value(QStringLiteral("attachment_id")).toString();
        if (url.isEmpty() == attachmentId.isEmpty()) // exactly one of them
            return invalid(QStringLiteral("attachment"));
        if (mediaType == QLatin1String("gif")) {
            if (!element.value(QStringLiteral("width")).isDouble()
                || !element.value(QStringLiteral("height")).isDouble())
                return invalid(QStringLiteral("width"));
        } else if (mediaType != QLatin1String("image")) {
            return invalid(QStringLiteral("media_type"));
        }
        if (!attachmentId.isEmpty()) {
            if (auto refused = checkUploaded(attachmentId, {AssetKind::Image, AssetKind::Gif},
                    QStringLiteral("attachment_id")))
                return refused;
        }
        content->kind = mediaType == QLatin1String("gif") ? Corpus::Kind::Gif : Corpus::Kind::Image;
        content->url = url.isEmpty() ? base + QStringLiteral("upload/") + attachmentId : url;
        content->thumb = content->url;
        return std::nullopt;
    }
    if (type == QLatin1String("file")) {
        const QString token = payload.value(QStringLiteral("token")).toString();
        if (token.isEmpty())
            return invalid(QStringLiteral("attachment"));
        if (auto refused = checkUploaded(token, {AssetKind::File}, QStringLiteral("token")))
            return refused;
        content->kind = Corpus::Kind::File;
        content->name = s.uploads.find(token)->fileName;
        content->url = base + QStringLiteral("upload/") + token;
        return std::nullopt;
    }
    return invalid(QStringLiteral("attachment"));
}

QByteArray OaApi::upload(const HttpRequest &request, AssetKind kind)
{
    SimState &s = m_state;
    const auto part = multipartField(request, "file");
    if (!part)
        return invalid(QStringLiteral("file"));
    // Without an extension the OA answers "success" with empty data (reported by goclaw).
    const qsizetype dot = part->fileName.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == part->fileName.size() - 1)
        return serialize(success(QJsonObject()));
    QString message;
    const int code = checkUpload(kind, *part, &message);
    if (code != 0)
        return serialize(error(code, message));
    const QString id = s.uploads.add(
        UploadedAsset {kind, part->fileName, part->contentType, part->data, s.nowMs()});
    return serialize(success(QJsonObject {
        {kind == AssetKind::File ? QStringLiteral("token") : QStringLiteral("attachment_id"),
            id}}));
}

HttpResponse OaApi::accessToken(const HttpRequest &request)
{
    SimState &s = m_state;
    if (request.method != "POST")
        return HttpResponse::json(error(405, QStringLiteral("Method Not Allowed")), 405);
    ++s.stats.refreshAttempts;
    QByteArray form = request.body;
    form.replace('+', ' '); // form encoding; QUrlQuery leaves '+' alone
    const QUrlQuery query(QString::fromUtf8(form));
    const auto field = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const auto oauthError = [](int code, const char *name, const QString &description) {
        return HttpResponse::json(QJsonObject {
            {QStringLiteral("error"), code},
            {QStringLiteral("error_name"), QLatin1String(name)},
            {QStringLiteral("error_description"), description},
        });
    };
    if (field("app_id") != s.config.appId
        || QString::fromUtf8(request.header("secret_key")) != s.config.secretKey)
        return oauthError(-14002, "invalid_app", QStringLiteral("Invalid app_id or secret_key"));

    const QString grantType = field("grant_type");
    std::optional<TokenStore::Pair> pair;
    if (grantType == QLatin1String("refresh_token")) {
        TokenStore::Refusal why = TokenStore::Refusal::None;
        pair = s.tokens.refresh(field("refresh_token"), &why);
        if (why == TokenStore::Refusal::Expired)
            return oauthError(
                -14020, "expired_refresh_token", QStringLiteral("Refresh token has expired"));
        if (!pair)
            return oauthError(-14014, "invalid_refresh_token",
                QStringLiteral("Invalid refresh token or it has been used"));
        ++s.stats.refreshes;
    } else if (grantType == QLatin1String("authorization_code")) {
        switch (s.tokens.redeemAuthorizationCode(field("code"), field("code_verifier"))) {
        case TokenStore::CodeCheck::Ok:
            break;
        case TokenStore::CodeCheck::Unknown: // never issued, or already spent
            return oauthError(-118, "invalid_grant", QStringLiteral("Invalid authorization code"));
        case TokenStore::CodeCheck::Expired:
            return oauthError(
                -118, "invalid_grant", QStringLiteral("Authorization code is expired"));
        case TokenStore::CodeCheck::VerifierMismatch:
            return oauthError(-118, "invalid_grant", QStringLiteral("Invalid code_verifier"));
        }
        pair = s.tokens.issue();
    } else {
        return oauthError(-14001, "invalid_request", QStringLiteral("grant_type is invalid"));
    }
    return HttpResponse::json(QJsonObject {
        {QStringLiteral("access_token"), pair->accessToken},
        {QStringLiteral("refresh_token"), pair->refreshToken},
        {QStringLiteral("expires_in"), QString::number(s.tokens.accessLifetimeSec())},
    });
}

HttpResponse OaApi::permission(const HttpRequest &request)
{
    // The consent page, approved at once: redirects to redirect_uri with a fresh code, so
    // the desk's "connect to Zalo" flow can run end to end against a loopback listener.
    SimState &s = m_state;
    const QString appId = QString::fromUtf8(request.queryItem("app_id"));
    const QUrl redirect(QString::fromUtf8(request.queryItem("redirect_uri")));
    if (appId != s.config.appId)
        return HttpResponse::json(error(-14002, QStringLiteral("Application is invalid")));
    if (!redirect.isValid() || redirect.scheme().isEmpty())
        return HttpResponse::json(error(-14003, QStringLiteral("Invalid redirect uri")));
    // PKCE is not optional here: a client that forgets it must fail against the simulator
    // rather than against the province's OA.
    const QString challenge = QString::fromUtf8(request.queryItem("code_challenge"));
    if (challenge.isEmpty())
        return HttpResponse::json(error(-14001, QStringLiteral("code_challenge is missing")));
    QUrl target = redirect;
    QUrlQuery query(target);
    query.addQueryItem(QStringLiteral("code"), s.tokens.newAuthorizationCode(challenge));
    query.addQueryItem(QStringLiteral("oa_id"), QString::fromLatin1(OaProfile::kOaId));
    const QByteArray state = request.queryItem("state");
    if (!state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), QString::fromUtf8(state));
    target.setQuery(query);
    HttpResponse response = HttpResponse::text(302, QByteArray());
    response.headers.emplaceBack("Location", target.toEncoded());
    return response;
}

} // namespace Desk::Sim
