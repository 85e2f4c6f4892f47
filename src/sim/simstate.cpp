// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simstate.h"

#include "sim/logging.h"

#include <QDateTime>

namespace Desk::Sim {

SimState::SimState(const SimConfig &initial)
    : config(initial)
    , data(initial.seed)
    , tokens(initial.seed, initial.accessTokenLifetimeSec)
    , limiter(initial.rateLimitPerMinute)
    , faults(initial.seed)
    , renderer(data)
    , sendLog(initial.seed)
    , uploads(initial.seed)
{
    faults.setRates(config.latencyMs, config.http5xxRate, config.dropRate, config.malformedRate);
    tokens.setRefreshLifetimeSec(config.refreshTokenLifetimeSec);
    faults.setCorruptRowRate(config.corruptRowRate);
    tokens.issue();
}

void SimState::ensureGenerated()
{
    if (generated())
        return;
    anchorMs = config.anchorTimeMs > 0 ? config.anchorTimeMs : QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    generator.emplace(config.seed, anchorMs);
    generator->generate(&data, config.citizens, config.messages);
    generationMs = timer.elapsed();
    clock.start();
    qCInfo(lcSim) << "generated" << data.citizenCount() << "citizens and" << data.messageCount()
                  << "messages in" << generationMs << "ms";
}

qint64 SimState::nowMs() const
{
    if (!clock.isValid())
        return config.anchorTimeMs > 0 ? config.anchorTimeMs : QDateTime::currentMSecsSinceEpoch();
    return anchorMs + clock.elapsed();
}

void SimState::applyConfig(const SimConfig &next)
{
    config.live = next.live;
    config.liveIntervalMs = next.liveIntervalMs;
    config.accessTokenLifetimeSec = next.accessTokenLifetimeSec;
    config.rateLimitPerMinute = next.rateLimitPerMinute;
    config.latencyMs = next.latencyMs;
    config.http5xxRate = next.http5xxRate;
    config.dropRate = next.dropRate;
    config.malformedRate = next.malformedRate;
    config.corruptRowRate = next.corruptRowRate;
    faults.setCorruptRowRate(config.corruptRowRate);
    config.recentChatPerConversation = next.recentChatPerConversation;
    config.zcaFunded = next.zcaFunded;
    config.uploadLifetimeSec = next.uploadLifetimeSec;
    tokens.setAccessLifetimeSec(config.accessTokenLifetimeSec);
    config.refreshTokenLifetimeSec = next.refreshTokenLifetimeSec;
    tokens.setRefreshLifetimeSec(config.refreshTokenLifetimeSec);
    limiter.setLimit(config.rateLimitPerMinute);
    faults.setRates(config.latencyMs, config.http5xxRate, config.dropRate, config.malformedRate);
}

SimStats SimState::currentStats() const
{
    SimStats s = stats;
    s.totalMessages = data.messageCount();
    s.totalCitizens = data.citizenCount();
    s.refreshTokenReuse = tokens.reusedRefreshTokens();
    return s;
}

SimCredentials SimState::credentials() const
{
    SimCredentials c;
    c.baseUrl = QUrl(renderer.baseUrl());
    c.appId = config.appId;
    c.secretKey = config.secretKey;
    c.accessToken = tokens.accessToken();
    c.refreshToken = tokens.refreshToken();
    c.oaId = QString::fromLatin1(OaProfile::kOaId);
    return c;
}

std::optional<quint32> SimState::addInbound(const QString &userId, const QString &text)
{
    ensureGenerated();
    quint32 citizen;
    if (const auto known = data.findCitizen(userId)) {
        citizen = *known;
    } else {
        quint64 id = 0;
        if (!userId.isEmpty()) {
            bool ok = false;
            id = userId.toULongLong(&ok);
            if (!ok || userId.size() != 19)
                return std::nullopt; // Zalo user ids are 19 digits here
        }
        citizen = generator->addCitizen(&data, id);
    }
    MessageRecord record;
    record.timeMs = nowMs();
    record.citizen = citizen;
    record.src = 1;
    CustomMessage content;
    content.text = text.normalized(QString::NormalizationForm_C);
    const quint32 message = data.appendCustomMessage(record, content);
    if (messageAdded)
        messageAdded(message);
    return message;
}

} // namespace Desk::Sim

namespace Desk::Sim {

quint32 SimState::addSilentCitizen()
{
    ensureGenerated();
    return generator->addCitizen(&data, 0);
}

} // namespace Desk::Sim
