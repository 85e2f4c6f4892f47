// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/composertext.h"

#include "core/replysplitter.h"
#include "gui/displaytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace Desk::Gui {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

/** Whole hours (minutes under an hour): a countdown read at a glance while typing. */
QString hoursText(qint64 ms)
{
    // Counts computed first: lupdate 6.4 hangs on some expressions as translate()'s count.
    if (ms >= kHourMs) {
        const int hours = int(ms / kHourMs);
        return QCoreApplication::translate("Desk::Gui::ComposerText", "%n h", nullptr, hours);
    }
    const int minutes = int(std::max<qint64>(1, ms / 60000));
    return QCoreApplication::translate("Desk::Gui::ComposerText", "%n min", nullptr, minutes);
}

/** Whole days (hours under a day). */
QString daysText(qint64 ms)
{
    if (ms >= kDayMs) {
        const int days = int(ms / kDayMs);
        return QCoreApplication::translate("Desk::Gui::ComposerText", "%n day(s)", nullptr, days);
    }
    return hoursText(ms);
}

} // namespace

ReplyCount countReply(const QString &text)
{
    ReplyCount count;
    count.characters = Core::ReplySplitter::zaloLength(text);
    count.messages = int(Core::ReplySplitter().split(text).size());
    if (count.messages >= 3) {
        count.level = ReplyCount::Level::Long;
    } else if (count.messages == 2) {
        count.level = ReplyCount::Level::Split;
    }
    return count;
}

QString replyCountText(const ReplyCount &count)
{
    const QLocale locale;
    const QString figures = QCoreApplication::translate("Desk::Gui::ComposerText", "%1 / %2")
                                .arg(locale.toString(count.characters),
                                    locale.toString(Core::ReplySplitter::kZaloLimit));
    if (count.messages < 2) {
        return figures;
    }
    return QCoreApplication::translate(
        "Desk::Gui::ComposerText", "%1 · %n message(s)", nullptr, count.messages)
        .arg(figures);
}

QColor replyCountColor(const ReplyCount &count)
{
    switch (count.level) {
    case ReplyCount::Level::Fits:
        return {};
    case ReplyCount::Level::Split:
        return QColor(0xb2, 0x6a, 0x00);
    case ReplyCount::Level::Long:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString replyWindowHint(const Core::ReplyWindow &window)
{
    using State = Core::ReplyWindow::State;
    switch (window.state) {
    case State::NoInbound:
        return QCoreApplication::translate("Desk::Gui::ComposerText",
            "The citizen has not written in this case: Zalo accepts no reply yet.");
    case State::Free:
        return QCoreApplication::translate(
            "Desk::Gui::ComposerText", "%1 left to reply for free · hard limit in %2")
            .arg(hoursText(window.freeRemainingMs), daysText(window.hardRemainingMs));
    case State::Paid:
        return QCoreApplication::translate("Desk::Gui::ComposerText",
            "Free replies are over: a reply now is a paid message and needs a funded Zalo "
            "Cloud Account (ZCA) · hard limit in %1")
            .arg(daysText(window.hardRemainingMs));
    case State::Closed:
        return QCoreApplication::translate("Desk::Gui::ComposerText",
            "Over 7 days since the citizen's last message: Zalo refuses replies.");
    }
    return {};
}

QString windowClosedText(const QString &phone)
{
    if (phone.isEmpty()) {
        return QCoreApplication::translate("Desk::Gui::ComposerText",
            "A reply cannot be sent: the citizen last wrote more than 7 days ago and Zalo "
            "refuses it. No phone number is known; wait for the citizen to write again "
            "(the reply can stay as a draft).");
    }
    return QCoreApplication::translate("Desk::Gui::ComposerText",
        "A reply cannot be sent: the citizen last wrote more than 7 days ago and Zalo "
        "refuses it. Call the citizen on %1, or wait for a new message (the reply can "
        "stay as a draft).")
        .arg(phone);
}

QString outboxStateText(Store::OutboxState state)
{
    switch (state) {
    case Store::OutboxState::Queued:
        return QCoreApplication::translate("Desk::Gui::ComposerText", "Queued");
    case Store::OutboxState::Sending:
        return QCoreApplication::translate(
            "Desk::Gui::ComposerText", "Sending (not yet confirmed by Zalo)");
    case Store::OutboxState::Sent:
        return QCoreApplication::translate("Desk::Gui::ComposerText", "Sent");
    case Store::OutboxState::Refused:
        return QCoreApplication::translate("Desk::Gui::ComposerText", "Refused by Zalo");
    case Store::OutboxState::Cancelled:
        return QCoreApplication::translate("Desk::Gui::ComposerText", "Withdrawn");
    }
    return {};
}

bool willMissWindow(const Store::OutboxItem &item, qint64 nowMs)
{
    if (item.state != Store::OutboxState::Queued && item.state != Store::OutboxState::Sending) {
        return false;
    }
    if (item.lastInboundAtMs <= 0) {
        return false; // nothing to measure against; Zalo's answer will say
    }
    const qint64 closesAtMs = item.lastInboundAtMs + Core::ReplyWindow::kHardMs;
    return std::max(nowMs, item.nextAttemptAtMs) >= closesAtMs;
}

} // namespace Desk::Gui
