// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <deque>

namespace Desk::Zalo {

/**
 * Client-side budget for the OA's per-minute limit: a sliding 60-second window, kept a
 * little under the limit (`safety`).
 *
 * The server counts a request when it arrives, which we cannot see: a request may sit in
 * Qt's connection queue (6 connections per host) or a socket buffer for a while after we
 * let it go. So a request occupies a slot from the moment it leaves the budget until 60 s
 * after its reply came back: the server's own entry (arrival <= reply) is then always gone
 * before ours, and our count is never below the server's. Pure bookkeeping with an injected
 * clock, so it is unit-testable; ZaloClient does the waiting.
 */
class RateLimiter
{
public:
    static constexpr qint64 kWindowMs = 60 * 1000;
    /** delayMs() when every slot is taken by requests still on the wire. */
    static constexpr qint64 kUntilReply = -1;

    /** `perMinute` <= 0 switches the limit off. */
    explicit RateLimiter(int perMinute = 4000, double safety = 0.97);

    void setLimit(int perMinute, double safety = 0.97);
    /** Requests allowed per window; 0 when unlimited. */
    int budget() const { return m_budget; }

    /**
     * How long the next request must wait: 0 when it may go now, kUntilReply when only a
     * reply (finished()) can free a slot.
     */
    qint64 delayMs(qint64 nowMs);
    /** A request leaves now. */
    void started();
    /** Its reply arrived (or it was aborted after leaving): the slot frees 60 s from now. */
    void finished(qint64 nowMs);
    /** It never reached the network (no token, cancelled before sending). */
    void abandoned();
    /** Zalo answered -32: nothing leaves before `untilMs`. */
    void pauseUntil(qint64 untilMs);
    /** Slots taken now: on the wire plus answered within the last 60 s. */
    int used(qint64 nowMs);

private:
    void prune(qint64 nowMs);

    int m_budget = 0;
    int m_inFlight = 0;
    qint64 m_pausedUntilMs = 0;
    std::deque<qint64> m_finished; // reply times, ascending
};

} // namespace Desk::Zalo
