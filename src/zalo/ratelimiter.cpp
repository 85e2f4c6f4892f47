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
    while (!m_sent.empty() && m_sent.front() <= nowMs - kWindowMs) {
        m_sent.pop_front();
    }
}

qint64 RateLimiter::delayMs(qint64 nowMs)
{
    qint64 wait = qMax<qint64>(0, m_pausedUntilMs - nowMs);
    if (m_budget <= 0) {
        return wait;
    }
    prune(nowMs);
    if (static_cast<qsizetype>(m_sent.size()) >= m_budget) {
        // The oldest send leaves the window one millisecond after it is 60 s old.
        wait = qMax(wait, m_sent.front() + kWindowMs - nowMs + 1);
    }
    return wait;
}

void RateLimiter::record(qint64 nowMs)
{
    if (m_budget > 0) {
        m_sent.push_back(nowMs);
    }
}

void RateLimiter::pauseUntil(qint64 untilMs)
{
    m_pausedUntilMs = qMax(m_pausedUntilMs, untilMs);
}

int RateLimiter::sentInWindow(qint64 nowMs)
{
    prune(nowMs);
    return static_cast<int>(m_sent.size());
}

} // namespace Desk::Zalo
