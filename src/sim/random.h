// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Desk::Sim {

/**
 * SplitMix64: tiny, fast and defined bit for bit, so one seed gives the same data on every
 * platform and Qt version (QRandomGenerator does not promise a stable sequence across
 * releases, and its per-call overhead matters when generating a million messages).
 */
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /** Uniform in [0, n); the multiply-shift bias is below 2^-32, irrelevant for test data. */
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }

    /** Uniform in [lo, hi). */
    qint64 between(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        return lo + qint64(next() % quint64(hi - lo));
    }

    /** Uniform in [0, 1). */
    double real() { return double(next() >> 11) / 9007199254740992.0; }
    bool chance(double p) { return real() < p; }

private:
    quint64 m_state;
};

/** One well-mixed value from two inputs: derives independent streams from (seed, index). */
inline quint64 mix64(quint64 a, quint64 b)
{
    SplitMix64 rng(a ^ (b * 0xD1B54A32D192ED03ULL + 0x8CB92BA72F3D8DD7ULL));
    rng.next();
    return rng.next();
}

} // namespace Desk::Sim
