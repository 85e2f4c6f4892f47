// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/sendlog.h"

namespace Desk::Sim {

void SendLog::setRefusal(const QString &userId, int code)
{
    if (code == 0)
        m_refusals.remove(userId);
    else
        m_refusals.insert(userId, code);
}

bool SendLog::takeServerError()
{
    if (m_faults.serverErrorNext <= 0)
        return false;
    --m_faults.serverErrorNext;
    return true;
}

bool SendLog::takeReplyLost()
{
    // Always draw, so the sequence for the rate does not depend on the counted faults.
    const bool drawn = m_rng.chance(m_faults.replyLostRate);
    if (m_faults.replyLostNext > 0) {
        --m_faults.replyLostNext;
        return true;
    }
    return drawn;
}

QString SendLog::errorMessage(int code)
{
    switch (code) {
    case -100:
        return QStringLiteral("attachment_id was expired");
    case -200:
        return QStringLiteral("Send message failed");
    case -210:
        return QStringLiteral("Parameter exceeds allowable limit");
    case -213:
        return QStringLiteral("User has not followed OA");
    case -217:
        return QStringLiteral("User has blocked invitation from OA");
    case -218:
        return QStringLiteral("Out of quota receive");
    case -227:
        return QStringLiteral("User is banned or has been inactive for more than 45 days");
    case -230:
        return QStringLiteral("User has not interacted with the OA in the past 7 days");
    case -232:
        return QStringLiteral(
            "User has not interacted with the OA, or the last interaction has expired");
    case -244:
        return QStringLiteral("User has restricted this message type from your OA");
    case -320:
        return QStringLiteral("Your app needs to connect with Zalo Cloud Account to use paid "
                              "features");
    case -321:
        return QStringLiteral("Zalo Cloud Account is out of money or unable to be charged");
    default:
        return QStringLiteral("Send message failed");
    }
}

} // namespace Desk::Sim
