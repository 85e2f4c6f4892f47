// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/random.h"
#include "sim/simulator.h"

#include <QHash>
#include <QList>

namespace Desk::Sim {

/**
 * What happened to POST /v3.0/oa/message/cs: every accepted send with the exact body the
 * OA received, per-citizen refusals set by tests, and the send-only faults. The faults have
 * their own seeded generator so switching them on never shifts FaultInjector's sequence.
 */
class SendLog
{
public:
    explicit SendLog(quint64 seed)
        : m_rng(mix64(seed, 0x5E9D))
    { }

    const QList<SentMessage> &sent() const { return m_sent; }
    void record(SentMessage message) { m_sent.append(std::move(message)); }
    void markLastReplyLost()
    {
        if (!m_sent.isEmpty())
            m_sent.last().replyLost = true;
    }

    /** `code` 0 clears the refusal. */
    void setRefusal(const QString &userId, int code);
    int refusal(const QString &userId) const { return m_refusals.value(userId, 0); }

    void setFaults(const SendFaults &faults) { m_faults = faults; }
    SendFaults faults() const { return m_faults; }
    /** True (and one fewer left) if this send must fail with 5xx before it is processed. */
    bool takeServerError();
    /** True if the answer to this accepted send must be withheld. */
    bool takeReplyLost();

    /** Zalo's verbatim message for an error code of the send endpoint. */
    static QString errorMessage(int code);

private:
    SplitMix64 m_rng;
    QList<SentMessage> m_sent;
    QHash<QString, int> m_refusals;
    SendFaults m_faults;
};

} // namespace Desk::Sim
