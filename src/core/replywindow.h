// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Desk::Core {

/**
 * The Zalo consultation-reply window after a citizen's last message:
 * free for 48 h, billable until 7 days, refused with -230 after that.
 */
struct ReplyWindow
{
    enum class State { NoInbound, Free, Paid, Closed };

    static constexpr qint64 kFreeMs = 48LL * 3600 * 1000;
    static constexpr qint64 kHardMs = 7LL * 24 * 3600 * 1000;

    State state = State::NoInbound;
    qint64 freeRemainingMs = 0; // until the 48 h mark, 0 once passed
    qint64 hardRemainingMs = 0; // until the 7-day mark, 0 once passed

    static ReplyWindow at(qint64 lastInboundMs, qint64 nowMs);
};

} // namespace Desk::Core
