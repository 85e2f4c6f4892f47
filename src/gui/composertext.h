// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/replywindow.h"
#include "store/outbox.h"

#include <QColor>
#include <QString>

namespace Desk::Gui {

/** What the composer's counter shows for a reply text. */
struct ReplyCount
{
    enum class Level { Fits, Split, Long };
    int characters = 0; // as Zalo counts them (code points of the NFC text)
    int messages = 0; // Zalo messages the reply is split into (0 for a blank text)
    Level level = Level::Fits; // Split: past 2,000; Long: three messages or more
};
ReplyCount countReply(const QString &text);
/** "1,999 / 2,000" (the locale's digit grouping), with "· 3 messages" once split. */
QString replyCountText(const ReplyCount &count);
/** Invalid (the palette's) while it fits, amber once split, red from three messages. */
QColor replyCountColor(const ReplyCount &count);

/**
 * The reply window while typing: "31 h left to reply for free · hard limit in 6 days",
 * "Free replies are over, replies are charged · hard limit in 20 h", and the closed state.
 */
QString replyWindowHint(const Core::ReplyWindow &window);
/** Why Send is not offered once the window has closed, with the number to call (if any). */
QString windowClosedText(const QString &phone);

/** "Queued", "Sending (not yet confirmed)", "Refused", ... */
QString outboxStateText(Store::OutboxState state);
/**
 * A queued or unconfirmed part that Zalo will refuse when it is tried: the 7-day window is
 * already closed, or closes before the part's next attempt.
 */
bool willMissWindow(const Store::OutboxItem &item, qint64 nowMs);

} // namespace Desk::Gui
