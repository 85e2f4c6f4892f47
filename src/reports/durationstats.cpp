// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/durationstats.h"

#include <algorithm>
#include <cmath>

namespace Desk::Reports {

namespace {

constexpr int kSubBits = 6; // 64 sub-bins per power of two
constexpr int kSub = 1 << kSubBits;
constexpr double kMsPerHour = 3600.0 * 1000.0;

} // namespace

int DurationStats::binOf(quint32 seconds)
{
    if (seconds < quint32(kSub)) {
        return int(seconds); // exact below 64 s
    }
    int exponent = 31;
    while (!(seconds & (1u << exponent))) {
        --exponent;
    }
    const int shift = exponent - kSubBits;
    const int mantissa = int((seconds >> shift) & (kSub - 1));
    return kSub + (shift * kSub) + mantissa;
}

double DurationStats::binValue(int bin)
{
    if (bin < kSub) {
        return bin;
    }
    const int shift = (bin - kSub) / kSub;
    const int mantissa = (bin - kSub) % kSub;
    const double low = double((quint64(kSub) + quint64(mantissa)) << shift);
    const double width = double(quint64(1) << shift);
    return low + width / 2; // the middle of the bin halves the worst-case error
}

void DurationStats::add(qint64 ms)
{
    ms = std::max<qint64>(ms, 0);
    const quint32 seconds = quint32(std::min<qint64>(ms / 1000, 0x7fffffff));
    ++m_count;
    m_sumMs += double(ms);
    if (m_count <= kExactLimit) {
        m_samples.push_back(qint32(seconds));
    } else if (!m_samples.empty()) {
        std::vector<qint32>().swap(m_samples);
    }
    const int bin = binOf(seconds);
    if (std::size_t(bin) >= m_bins.size()) {
        m_bins.resize(std::size_t(bin) + 1, 0);
    }
    ++m_bins[std::size_t(bin)];
}

double DurationStats::quantileSeconds(double q) const
{
    // Nearest rank over the histogram.
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(q * double(m_count))));
    qint64 seen = 0;
    for (std::size_t bin = 0; bin < m_bins.size(); ++bin) {
        seen += m_bins[bin];
        if (seen >= rank) {
            return binValue(int(bin));
        }
    }
    return 0;
}

DurationSummary DurationStats::summary() const
{
    DurationSummary result;
    result.count = m_count;
    if (m_count == 0) {
        return result;
    }
    result.meanHours = m_sumMs / double(m_count) / kMsPerHour;
    if (m_count <= kExactLimit) {
        std::vector<qint32> sorted = m_samples;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t n = sorted.size();
        const double median = n % 2 == 1
            ? double(sorted[n / 2])
            : (double(sorted[n / 2 - 1]) + double(sorted[n / 2])) / 2.0;
        const std::size_t rank = std::size_t(std::ceil(0.9 * double(n)));
        result.medianHours = median / 3600.0;
        result.p90Hours = double(sorted[std::max<std::size_t>(rank, 1) - 1]) / 3600.0;
    } else {
        result.approximate = true;
        result.medianHours = quantileSeconds(0.5) / 3600.0;
        result.p90Hours = quantileSeconds(0.9) / 3600.0;
    }
    return result;
}

} // namespace Desk::Reports
