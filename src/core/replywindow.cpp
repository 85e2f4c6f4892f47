// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/replywindow.h"

#include <algorithm>

namespace Desk::Core {

ReplyWindow ReplyWindow::at(qint64 lastInboundMs, qint64 nowMs)
{
    ReplyWindow window;
    if (lastInboundMs <= 0) {
        return window;
    }
    const qint64 elapsed = std::max<qint64>(0, nowMs - lastInboundMs);
    window.freeRemainingMs = std::max<qint64>(0, kFreeMs - elapsed);
    window.hardRemainingMs = std::max<qint64>(0, kHardMs - elapsed);
    if (window.freeRemainingMs > 0) {
        window.state = State::Free;
    } else if (window.hardRemainingMs > 0) {
        window.state = State::Paid;
    } else {
        window.state = State::Closed;
    }
    return window;
}

} // namespace Desk::Core
