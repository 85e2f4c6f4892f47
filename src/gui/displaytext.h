// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/replywindow.h"

#include <QColor>
#include <QString>

namespace Desk::Gui {

/** Words staff see for each status (translated; Vietnamese by default). */
QString statusText(Core::CaseStatus status);
/** "3 ngày 4 giờ", "45 phút": the largest two units, for countdowns. */
QString durationText(qint64 ms);
/** Short Vietnam-time stamp: "09:15" today, "27/11 09:15" this year, "27/11/2025" before. */
QString shortTimeText(qint64 utcMs, qint64 nowMs);
/** Full Vietnam-time stamp, "27/11/2026 09:15". */
QString fullTimeText(qint64 utcMs);
/** The reply-window column: "Free 31 h left", "Paid, 3 days left", "Over 7 days". */
QString replyWindowText(const Core::ReplyWindow &window);
/** Traffic-light colour of the reply window (invalid colour when there is nothing to show). */
QColor replyWindowColor(const Core::ReplyWindow &window);

} // namespace Desk::Gui
