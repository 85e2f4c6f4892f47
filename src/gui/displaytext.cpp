// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/displaytext.h"

#include "core/vietnamtime.h"

#include <QCoreApplication>

namespace Desk::Gui {

QString statusText(Core::CaseStatus status)
{
    using S = Core::CaseStatus;
    switch (status) {
    case S::New:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "New");
    case S::Classified:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "Classified");
    case S::Routed:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "Routed");
    case S::AwaitingAgency:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "Awaiting agency");
    case S::AgencyAnswered:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "Agency answered");
    case S::Replied:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "Replied");
    case S::Closed:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "Closed");
    case S::WaitingCitizen:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "Waiting for citizen");
    case S::OutOfScope:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "Out of scope");
    case S::Reopened:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "Reopened");
    }
    return {};
}

QString durationText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0) {
        const qint64 restHours = hours % 24;
        return restHours > 0
            ? QCoreApplication::translate("Desk::Gui::DisplayText", "%1 d %2 h")
                  .arg(days)
                  .arg(restHours)
            : QCoreApplication::translate("Desk::Gui::DisplayText", "%1 d").arg(days);
    }
    if (hours > 0) {
        const qint64 restMinutes = minutes % 60;
        return restMinutes > 0
            ? QCoreApplication::translate("Desk::Gui::DisplayText", "%1 h %2 min")
                  .arg(hours)
                  .arg(restMinutes)
            : QCoreApplication::translate("Desk::Gui::DisplayText", "%1 h").arg(hours);
    }
    return QCoreApplication::translate("Desk::Gui::DisplayText", "%1 min")
        .arg(std::max<qint64>(minutes, 1));
}

QString shortTimeText(qint64 utcMs, qint64 nowMs)
{
    if (utcMs <= 0) {
        return {};
    }
    const QDateTime when = Core::toVietnamTime(utcMs);
    const QDate today = Core::vietnamDate(nowMs);
    if (when.date() == today) {
        return when.toString(QStringLiteral("HH:mm"));
    }
    if (when.date().year() == today.year()) {
        return when.toString(QStringLiteral("dd/MM HH:mm"));
    }
    return when.toString(QStringLiteral("dd/MM/yyyy"));
}

QString fullTimeText(qint64 utcMs)
{
    return utcMs > 0 ? Core::toVietnamTime(utcMs).toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                     : QString();
}

QString replyWindowText(const Core::ReplyWindow &window)
{
    using State = Core::ReplyWindow::State;
    switch (window.state) {
    case State::NoInbound:
        return QStringLiteral("—");
    case State::Free:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "Free, %1 left")
            .arg(durationText(window.freeRemainingMs));
    case State::Paid:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "Paid, %1 left")
            .arg(durationText(window.hardRemainingMs));
    case State::Closed:
        return QCoreApplication::translate("Desk::Gui::DisplayText", "Over 7 days: cannot reply");
    }
    return {};
}

QColor replyWindowColor(const Core::ReplyWindow &window)
{
    using State = Core::ReplyWindow::State;
    switch (window.state) {
    case State::NoInbound:
        return {};
    case State::Free:
        // Amber in the last 6 hours of the free window: answer now or it costs money.
        return window.freeRemainingMs < 6LL * 3600 * 1000 ? QColor(0xb2, 0x6a, 0x00)
                                                          : QColor(0x1b, 0x7f, 0x3b);
    case State::Paid:
        return window.hardRemainingMs < 24LL * 3600 * 1000 ? QColor(0xc6, 0x28, 0x28)
                                                           : QColor(0xb2, 0x6a, 0x00);
    case State::Closed:
        return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

} // namespace Desk::Gui
