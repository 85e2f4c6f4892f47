// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/httpmessage.h"
#include "sim/random.h"

namespace Desk::Sim {

/**
 * Decides per request whether to misbehave. It has its own seeded generator so that
 * switching faults on never changes the generated data or the tokens.
 */
class FaultInjector
{
public:
    enum class Fault { None, Drop, ServerError, Malformed };

    explicit FaultInjector(quint64 seed)
        : m_rng(mix64(seed, 0xFA017))
    { }

    void setRates(int latencyMs, double http5xxRate, double dropRate, double malformedRate);
    int latencyMs() const { return m_latencyMs; }

    /** At most one fault per request; drop wins over 5xx, which wins over malformed. */
    Fault next();

    /** HTTP 503 with a small HTML page, as a load balancer in front of the API would send. */
    static HttpResponse serviceUnavailable();
    /** Cuts a JSON body in half so no parser accepts it; status stays 200. */
    static void corrupt(HttpResponse *response);

    /** Share of message rows (listrecentchat / conversation) damaged one by one. */
    void setCorruptRowRate(double rate) { m_corruptRowRate = rate; }
    /**
     * Damages rows of a `{"data":[...]}` envelope at the row rate, as a flaky gateway or a
     * changed API would: a field dropped (message_id, time, src, from_id / to_id) or a
     * field's type swapped (time as an object, src as a word). The rest stays valid JSON.
     */
    void corruptRows(QByteArray *envelope);

private:
    SplitMix64 m_rng;
    int m_latencyMs = 0;
    double m_http5xxRate = 0;
    double m_dropRate = 0;
    double m_malformedRate = 0;
    double m_corruptRowRate = 0;
};

} // namespace Desk::Sim
