// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/corpus.h"
#include "sim/random.h"
#include "sim/simdata.h"

#include <vector>

namespace Desk::Sim {

/**
 * Fills SimData from a seed: citizens, then each citizen's scripted conversation with times
 * spread over ~30 days before the anchor. Every citizen draws from its own stream
 * (seed, index), so the data does not depend on generation order and the same seed always
 * yields the same citizens, ids and texts. Live mode adds messages from another stream.
 */
class DataGenerator
{
public:
    DataGenerator(quint64 seed, qint64 anchorMs);

    qint64 anchorMs() const { return m_anchorMs; }

    /** `messages` <= 0 means six per citizen; at least one message per citizen. */
    void generate(SimData *data, int citizens, qint64 messages);

    /** One inbound message "now" from a random citizen, sometimes a new one. */
    quint32 addLiveMessage(SimData *data, qint64 nowMs);
    /** A new citizen with a given id (or a random one if 0), for injected messages. */
    quint32 addCitizen(SimData *data, quint64 userId);

private:
    CitizenRecord makeCitizen(SplitMix64 &rng, const SimData &data, bool highId) const;
    std::vector<int> conversationLengths(int citizens, qint64 messages) const;
    std::vector<Corpus::Role> script(SplitMix64 &rng, Scenario scenario, int length) const;
    void generateConversation(SimData *data, quint32 citizenIndex, SplitMix64 &rng, int length);
    quint16 pickTemplate(SplitMix64 &rng, Corpus::Role role, int area) const;

    quint64 m_seed;
    qint64 m_anchorMs;
    SplitMix64 m_liveRng;
};

} // namespace Desk::Sim
