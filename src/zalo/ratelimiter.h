// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <deque>

namespace Desk::Zalo {

/**
 * Client-side budget for the OA's per-minute limit: a sliding 60-second window over the
 * requests this client sent, kept a little under the limit (`safety`) because the server
 * counts arrivals, which come slightly later than our sends. Pure bookkeeping with an
 * injected clock, so it is unit-testable; ZaloClient does the waiting.
 */
class RateLimiter
{
public:
    static constexpr qint64 kWindowMs = 60 * 1000;

    /** `perMinute` <= 0 switches the limit off. */
    explicit RateLimiter(int perMinute = 4000, double safety = 0.97);

    void setLimit(int perMinute, double safety = 0.97);
    /** Requests allowed per window; 0 when unlimited. */
    int budget() const { return m_budget; }

    /** How long the next request must wait; 0 when it may go now. */
    qint64 delayMs(qint64 nowMs);
    /** A request leaves now. */
    void record(qint64 nowMs);
    /** Zalo answered -32: nothing leaves before `untilMs`. */
    void pauseUntil(qint64 untilMs);
    int sentInWindow(qint64 nowMs);

private:
    void prune(qint64 nowMs);

    int m_budget = 0;
    qint64 m_pausedUntilMs = 0;
    std::deque<qint64> m_sent;
};

} // namespace Desk::Zalo
