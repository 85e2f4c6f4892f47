// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/datagenerator.h"
#include "sim/faultinjector.h"
#include "sim/mediafactory.h"
#include "sim/ratelimiter.h"
#include "sim/rowrenderer.h"
#include "sim/sendlog.h"
#include "sim/simdata.h"
#include "sim/simulator.h"
#include "sim/tokenstore.h"
#include "sim/uploads.h"

#include <QElapsedTimer>
#include <functional>
#include <optional>

namespace Desk::Sim {

/** Everything one simulator instance knows; shared by the request handlers. One thread only. */
struct SimState
{
    explicit SimState(const SimConfig &initial);

    SimConfig config;
    SimStats stats;
    QElapsedTimer clock; // started when the data is generated
    qint64 anchorMs = 0;
    qint64 generationMs = -1;
    SimData data;
    std::optional<DataGenerator> generator;
    TokenStore tokens;
    RateLimiter limiter;
    FaultInjector faults;
    MediaFactory media;
    RowRenderer renderer;
    SendLog sendLog;
    /** Conversations the OA refuses to list (user id -> error code), as a broken thread. */
    QHash<QString, int> conversationRefusals;
    UploadStore uploads;
    /** Called for every message added after generation (live, injected, sent). */
    std::function<void(quint32 message)> messageAdded;

    bool generated() const { return generator.has_value(); }
    void ensureGenerated();
    /** Simulated UTC time: the anchor plus real time elapsed since generation. */
    qint64 nowMs() const;
    /** Monotonic ms for the rate-limit window. */
    qint64 monotonicMs() const { return clock.isValid() ? clock.elapsed() : 0; }
    /** Copies limits and fault rates from `next`; the data-shaping fields are kept. */
    void applyConfig(const SimConfig &next);
    SimStats currentStats() const;
    SimCredentials credentials() const;

    /** A citizen writes `text` now; unknown user ids become new citizens. */
    std::optional<quint32> addInbound(const QString &userId, const QString &text);
    /** A new citizen with no message at all (a follower who never wrote). */
    quint32 addSilentCitizen();
    qint64 uploadLifetimeMs() const { return qint64(config.uploadLifetimeSec) * 1000; }
};

} // namespace Desk::Sim
