// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace Desk::Reports {

/** Mean / median / p90 of a set of durations, in hours. */
struct DurationSummary
{
    qint64 count = 0;
    double meanHours = 0;
    double medianHours = 0; // mean of the two middle values for an even count
    double p90Hours = 0; // nearest rank: the ceil(0.9 n)-th smallest value
    /** True when the quantiles come from the histogram (more than kExactLimit samples):
     *  then median and p90 are within 1 % (relative) of the exact values. */
    bool approximate = false;
};

/**
 * Accumulates durations (ms) with bounded memory: exact samples (int32 seconds) up to
 * kExactLimit values, and always a log-linear histogram (64 sub-bins per power of two of
 * seconds, so < 1 % relative error) that takes over above the limit. A report over a million
 * cases groups each case into several groups and keeps 8 of these per group, so keeping
 * every sample would cost hundreds of MB.
 */
class DurationStats
{
public:
    static constexpr qint64 kExactLimit = 50000;

    void add(qint64 ms);
    qint64 count() const { return m_count; }
    DurationSummary summary() const;

private:
    static int binOf(quint32 seconds);
    static double binValue(int bin);
    double quantileSeconds(double q) const;

    qint64 m_count = 0;
    double m_sumMs = 0;
    std::vector<qint32> m_samples; // seconds; dropped when the count passes kExactLimit
    std::vector<quint32> m_bins;
};

} // namespace Desk::Reports
