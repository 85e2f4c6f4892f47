// SPDX-License-Identifier: GPL-3.0-or-later
// The snake_case JSON view of SimConfig, shared by POST /_sim/config and the CLI.
#include "sim/simulator.h"

#include <QJsonValue>

namespace Desk::Sim {

QJsonObject configToJson(const SimConfig &config)
{
    return QJsonObject {
        {QStringLiteral("seed"), QString::number(config.seed)},
        {QStringLiteral("citizens"), config.citizens},
        {QStringLiteral("messages"), config.messages},
        {QStringLiteral("live"), config.live},
        {QStringLiteral("live_interval_ms"), config.liveIntervalMs},
        {QStringLiteral("access_token_lifetime_sec"), config.accessTokenLifetimeSec},
        {QStringLiteral("upload_lifetime_sec"), config.uploadLifetimeSec},
        {QStringLiteral("refresh_token_lifetime_sec"), config.refreshTokenLifetimeSec},
        {QStringLiteral("rate_limit_per_minute"), config.rateLimitPerMinute},
        {QStringLiteral("latency_ms"), config.latencyMs},
        {QStringLiteral("http_5xx_rate"), config.http5xxRate},
        {QStringLiteral("drop_rate"), config.dropRate},
        {QStringLiteral("malformed_rate"), config.malformedRate},
        {QStringLiteral("corrupt_row_rate"), config.corruptRowRate},
        {QStringLiteral("recent_chat_per_conversation"), config.recentChatPerConversation},
        {QStringLiteral("zca_funded"), config.zcaFunded},
        {QStringLiteral("anchor_time_ms"), config.anchorTimeMs},
    };
}

bool applyConfigJson(const QJsonObject &json, SimConfig *config, QString *error)
{
    SimConfig next = *config;
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        const auto wholeNumber = [&value](int *out, int minimum) {
            if (!value.isDouble() || value.toDouble() != double(value.toInt())
                || value.toInt() < minimum)
                return false;
            *out = value.toInt();
            return true;
        };
        const auto rate = [&value](double *out) {
            if (!value.isDouble() || value.toDouble() < 0.0 || value.toDouble() > 1.0)
                return false;
            *out = value.toDouble();
            return true;
        };
        bool ok = true;
        if (key == QLatin1String("latency_ms"))
            ok = wholeNumber(&next.latencyMs, 0);
        else if (key == QLatin1String("http_5xx_rate"))
            ok = rate(&next.http5xxRate);
        else if (key == QLatin1String("drop_rate"))
            ok = rate(&next.dropRate);
        else if (key == QLatin1String("malformed_rate"))
            ok = rate(&next.malformedRate);
        else if (key == QLatin1String("corrupt_row_rate"))
            ok = rate(&next.corruptRowRate);
        else if (key == QLatin1String("rate_limit_per_minute"))
            ok = wholeNumber(&next.rateLimitPerMinute, 0);
        else if (key == QLatin1String("access_token_lifetime_sec"))
            ok = wholeNumber(&next.accessTokenLifetimeSec, 1);
        else if (key == QLatin1String("refresh_token_lifetime_sec"))
            ok = wholeNumber(&next.refreshTokenLifetimeSec, 1);
        else if (key == QLatin1String("upload_lifetime_sec"))
            ok = wholeNumber(&next.uploadLifetimeSec, 1);
        else if (key == QLatin1String("live_interval_ms"))
            ok = wholeNumber(&next.liveIntervalMs, 10);
        else if (key == QLatin1String("live") && value.isBool())
            next.live = value.toBool();
        else if (key == QLatin1String("recent_chat_per_conversation") && value.isBool())
            next.recentChatPerConversation = value.toBool();
        else if (key == QLatin1String("zca_funded") && value.isBool())
            next.zcaFunded = value.toBool();
        else
            return fail(QStringLiteral("unknown or read-only key: ") + key);
        if (!ok)
            return fail(QStringLiteral("bad value for ") + key);
    }
    *config = next;
    return true;
}

} // namespace Desk::Sim
