// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ratelimiter.h"

#include <limits>

namespace Desk::Sim {

void RateLimiter::prune(qint64 nowMs)
{
    while (!m_hits.empty() && m_hits.front() <= nowMs - kWindowMs)
        m_hits.pop_front();
}

bool RateLimiter::tryAcquire(qint64 nowMs)
{
    if (!enabled()) {
        m_hits.clear();
        return true;
    }
    prune(nowMs);
    if (qsizetype(m_hits.size()) >= m_limit)
        return false;
    m_hits.push_back(nowMs);
    return true;
}

int RateLimiter::remaining(qint64 nowMs)
{
    if (!enabled())
        return std::numeric_limits<int>::max();
    prune(nowMs);
    return qMax(0, m_limit - int(m_hits.size()));
}

} // namespace Desk::Sim
