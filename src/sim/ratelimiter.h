// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <deque>

namespace Desk::Sim {

/**
 * Sliding 60-second window over accepted API calls, like the OA's "4,000 requests/minute
 * per app". A refused call does not use up the window, so a client that backs off
 * recovers as the old calls age out.
 */
class RateLimiter
{
public:
    static constexpr qint64 kWindowMs = 60 * 1000;

    explicit RateLimiter(int perMinute = 0)
        : m_limit(perMinute)
    { }

    void setLimit(int perMinute) { m_limit = perMinute; }
    int limit() const { return m_limit; }
    bool enabled() const { return m_limit > 0; }

    /** Records the call and returns true if it is within the limit (always when disabled). */
    bool tryAcquire(qint64 nowMs);
    /** Calls left in the window; INT_MAX when disabled. */
    int remaining(qint64 nowMs);

private:
    void prune(qint64 nowMs);

    int m_limit;
    std::deque<qint64> m_hits;
};

} // namespace Desk::Sim
