// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/ratelimiter.h"

#include <cmath>

namespace Desk::Zalo {

RateLimiter::RateLimiter(int perMinute, double safety)
{
    setLimit(perMinute, safety);
}

void RateLimiter::setLimit(int perMinute, double safety)
{
    m_budget = perMinute <= 0 ? 0 : qMax(1, static_cast<int>(std::floor(perMinute * safety)));
}

void RateLimiter::prune(qint64 nowMs)
{
    while (!m_finished.empty() && m_finished.front() <= nowMs - kWindowMs) {
        m_finished.pop_front();
    }
}

qint64 RateLimiter::delayMs(qint64 nowMs)
{
    const qint64 paused = qMax<qint64>(0, m_pausedUntilMs - nowMs);
    if (m_budget <= 0 || used(nowMs) < m_budget) {
        return paused;
    }
    if (m_finished.empty()) {
        return kUntilReply;
    }
    // The oldest answered request leaves the window one millisecond after it is 60 s old.
    return qMax(paused, m_finished.front() + kWindowMs - nowMs + 1);
}

void RateLimiter::started()
{
    ++m_inFlight;
}

void RateLimiter::finished(qint64 nowMs)
{
    m_inFlight = qMax(0, m_inFlight - 1);
    if (m_budget > 0) {
        // Replies arrive in any order but `nowMs` only grows, so the deque stays sorted.
        m_finished.push_back(nowMs);
    }
}

void RateLimiter::abandoned()
{
    m_inFlight = qMax(0, m_inFlight - 1);
}

void RateLimiter::pauseUntil(qint64 untilMs)
{
    m_pausedUntilMs = qMax(m_pausedUntilMs, untilMs);
}

int RateLimiter::used(qint64 nowMs)
{
    prune(nowMs);
    return m_inFlight + static_cast<int>(m_finished.size());
}

} // namespace Desk::Zalo
