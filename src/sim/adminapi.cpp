// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/adminapi.h"

#include "sim/simstate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Desk::Sim {

namespace {

HttpResponse bad(int status, const QString &why)
{
    return HttpResponse::json(QJsonObject {{QStringLiteral("error"), why}}, status);
}

QJsonObject sendFaultsJson(const SendFaults &f)
{
    return QJsonObject {
        {QStringLiteral("reply_lost_next"), f.replyLostNext},
        {QStringLiteral("reply_lost_rate"), f.replyLostRate},
        {QStringLiteral("server_error_next"), f.serverErrorNext},
    };
}

bool applySendFaultsJson(const QJsonObject &json, SendFaults *faults)
{
    SendFaults next = *faults;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const double value = it.value().toDouble(-1);
        if (!it.value().isDouble() || value < 0)
            return false;
        if (it.key() == QLatin1String("reply_lost_rate") && value <= 1.0)
            next.replyLostRate = value;
        else if (it.key() == QLatin1String("reply_lost_next") && value == int(value))
            next.replyLostNext = int(value);
        else if (it.key() == QLatin1String("server_error_next") && value == int(value))
            next.serverErrorNext = int(value);
        else
            return false;
    }
    *faults = next;
    return true;
}

} // namespace

HttpResponse AdminApi::handleSending(const HttpRequest &request)
{
    SimState &s = m_state;
    const QByteArray &path = request.path;
    const bool post = request.method == "POST";
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (path == "/_sim/sent" && request.method == "GET") {
        QJsonArray sent;
        for (const SentMessage &m : s.sendLog.sent()) {
            sent.append(QJsonObject {
                {QStringLiteral("message_id"), m.messageId},
                {QStringLiteral("user_id"), m.userId},
                {QStringLiteral("time"), QString::number(m.timeMs)},
                {QStringLiteral("body"), QString::fromUtf8(m.body)}, // raw, as received
                {QStringLiteral("reply_lost"), m.replyLost},
            });
        }
        return HttpResponse::json(QJsonObject {{QStringLiteral("sent"), sent}});
    }
    if (path == "/_sim/refusal" && post) {
        const QString userId = body.value(QStringLiteral("user_id")).toString();
        const QJsonValue code = body.value(QStringLiteral("code"));
        if (!s.data.findCitizen(userId) || !code.isDouble())
            return bad(400, QStringLiteral("user_id of a citizen and a numeric code are required"));
        s.sendLog.setRefusal(userId, code.toInt());
        return HttpResponse::json(QJsonObject {{QStringLiteral("ok"), true}});
    }
    if (path == "/_sim/send_faults" && request.method == "GET")
        return HttpResponse::json(sendFaultsJson(s.sendLog.faults()));
    if (path == "/_sim/send_faults" && post) {
        SendFaults faults = s.sendLog.faults();
        if (!applySendFaultsJson(body, &faults))
            return bad(400,
                QStringLiteral("keys: reply_lost_next, reply_lost_rate (0-1), server_error_next"));
        s.sendLog.setFaults(faults);
        return HttpResponse::json(sendFaultsJson(faults));
    }
    if (path == "/_sim/conversation_refusal" && post) {
        // {"user_id": "...", "code": -201}: that conversation is refused until code 0.
        const QString userId = body.value(QStringLiteral("user_id")).toString();
        const QJsonValue code = body.value(QStringLiteral("code"));
        if (!s.data.findCitizen(userId) || !code.isDouble())
            return bad(400, QStringLiteral("user_id of a citizen and a numeric code are required"));
        if (code.toInt() == 0)
            s.conversationRefusals.remove(userId);
        else
            s.conversationRefusals.insert(userId, code.toInt());
        return HttpResponse::json(QJsonObject {{QStringLiteral("ok"), true}});
    }
    if (path == "/_sim/citizen" && post) {
        return HttpResponse::json(
            QJsonObject {{QStringLiteral("user_id"), s.renderer.userId(s.addSilentCitizen())}});
    }
    if (path == "/_sim/expire_uploads" && post) {
        s.uploads.expireAll(s.nowMs(), s.uploadLifetimeMs());
        return HttpResponse::json(QJsonObject {{QStringLiteral("ok"), true}});
    }
    return bad(404, QStringLiteral("unknown admin endpoint"));
}

HttpResponse AdminApi::handle(const HttpRequest &request)
{
    SimState &s = m_state;
    const QByteArray &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";

    if (path == "/_sim/stats" && get) {
        const SimStats st = s.currentStats();
        return HttpResponse::json(QJsonObject {
            {QStringLiteral("requests"), st.requests},
            {QStringLiteral("rate_limited"), st.rateLimited},
            {QStringLiteral("token_errors"), st.tokenErrors},
            {QStringLiteral("refreshes"), st.refreshes},
            {QStringLiteral("refresh_attempts"), st.refreshAttempts},
            {QStringLiteral("refresh_token_reuse"), st.refreshTokenReuse},
            {QStringLiteral("sent_messages"), st.sentMessages},
            {QStringLiteral("total_messages"), st.totalMessages},
            {QStringLiteral("total_citizens"), st.totalCitizens},
            {QStringLiteral("generation_ms"), s.generationMs},
            {QStringLiteral("now_ms"), s.nowMs()},
        });
    }
    if (path == "/_sim/credentials" && get)
        return HttpResponse::json(credentialsJson(s.credentials()));
    if (path == "/_sim/config" && get)
        return HttpResponse::json(configToJson(s.config));
    if (path == "/_sim/config" && post) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return bad(400, QStringLiteral("body must be a JSON object"));
        SimConfig next = s.config;
        QString why;
        if (!applyConfigJson(doc.object(), &next, &why))
            return bad(400, why);
        m_setConfig(next);
        return HttpResponse::json(configToJson(s.config));
    }
    if (path == "/_sim/inbound" && post) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString text = body.value(QStringLiteral("text")).toString();
        if (text.isEmpty())
            return bad(400, QStringLiteral("text is required"));
        const QJsonValue idValue = body.value(QStringLiteral("user_id"));
        if (!idValue.isString() && !idValue.isUndefined())
            return bad(400, QStringLiteral("user_id must be a string"));
        const auto message = s.addInbound(idValue.toString(), text);
        if (!message)
            return bad(400, QStringLiteral("user_id must be 19 digits"));
        return HttpResponse::json(QJsonObject {
            {QStringLiteral("message_id"), s.data.messageId(*message)},
            {QStringLiteral("user_id"), s.renderer.userId(s.data.message(*message).citizen)},
        });
    }
    if (path == "/_sim/revoke" && post) {
        s.tokens.revoke();
        return HttpResponse::json(QJsonObject {{QStringLiteral("ok"), true}});
    }
    if (path == "/_sim/expire" && post) {
        s.tokens.expireAccessToken();
        return HttpResponse::json(QJsonObject {{QStringLiteral("ok"), true}});
    }
    if (path == "/_sim/authorization_code" && post) {
        // The consent page's code without the redirect, for tests that drive the exchange.
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString challenge = body.value(QStringLiteral("code_challenge")).toString();
        const double ageMs = body.value(QStringLiteral("age_ms")).toDouble(0);
        if (challenge.isEmpty() || ageMs < 0)
            return bad(400, QStringLiteral("code_challenge is required; age_ms >= 0"));
        return HttpResponse::json(QJsonObject {
            {QStringLiteral("code"), s.tokens.newAuthorizationCode(challenge, qint64(ageMs))}});
    }
    if (path == "/_sim/authorize" && post) {
        s.tokens.issue();
        return HttpResponse::json(credentialsJson(s.credentials()));
    }
    return handleSending(request);
}

QJsonObject credentialsJson(const SimCredentials &c)
{
    return QJsonObject {
        {QStringLiteral("base_url"), c.baseUrl.toString()},
        {QStringLiteral("app_id"), c.appId},
        {QStringLiteral("secret_key"), c.secretKey},
        {QStringLiteral("access_token"), c.accessToken},
        {QStringLiteral("refresh_token"), c.refreshToken},
        {QStringLiteral("oa_id"), c.oaId},
    };
}

} // namespace Desk::Sim
