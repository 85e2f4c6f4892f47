// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/clocktext.h"

#include "core/vietnamtime.h"

#include <QCoreApplication>
#include <QStringList>

namespace Desk::Gui {

QString clockStepText(Core::ClockStep step)
{
    switch (step) {
    case Core::ClockStep::Acknowledge:
        return QCoreApplication::translate("Desk::Gui::ClockText", "Acknowledgement");
    case Core::ClockStep::Route:
        return QCoreApplication::translate(
            "Desk::Gui::ClockText", "Forwarding to the competent agency");
    case Core::ClockStep::AgencyAnswer:
        return QCoreApplication::translate("Desk::Gui::ClockText", "Agency answer");
    case Core::ClockStep::FinalAnswer:
        return QCoreApplication::translate("Desk::Gui::ClockText", "Answer to the citizen");
    }
    return {};
}

QString clockStepShortText(Core::ClockStep step)
{
    switch (step) {
    case Core::ClockStep::Acknowledge:
        return QCoreApplication::translate("Desk::Gui::ClockText", "Receipt");
    case Core::ClockStep::Route:
        return QCoreApplication::translate("Desk::Gui::ClockText", "Forwarding");
    case Core::ClockStep::AgencyAnswer:
        return QCoreApplication::translate("Desk::Gui::ClockText", "Agency");
    case Core::ClockStep::FinalAnswer:
        return QCoreApplication::translate("Desk::Gui::ClockText", "Answer");
    }
    return {};
}

QString prolongedText()
{
    return QCoreApplication::translate("Desk::Gui::ClockText", "Prolonged");
}

QString clockStateText(const Core::StepClock &clock, qint64 nowMs)
{
    using State = Core::StepClock::State;
    switch (clock.state) {
    case State::NotApplicable:
        return QStringLiteral("—");
    case State::Done:
        return clock.late ? QCoreApplication::translate("Desk::Gui::ClockText", "Done late")
                          : QCoreApplication::translate("Desk::Gui::ClockText", "Done on time");
    case State::Paused:
        return QCoreApplication::translate("Desk::Gui::ClockText", "Paused - waiting for citizen");
    case State::Overdue:
        return clock.workingDays > 0
            ? QCoreApplication::translate(
                "Desk::Gui::ClockText", "Overdue %n working day(s)", nullptr, clock.workingDays)
            : QCoreApplication::translate("Desk::Gui::ClockText", "Overdue");
    case State::DueSoon: {
        const QDate due = Core::vietnamDate(clock.dueAtMs);
        const QDate today = Core::vietnamDate(nowMs);
        if (due == today) {
            return QCoreApplication::translate("Desk::Gui::ClockText", "Due today");
        }
        if (due == today.addDays(1)) {
            return QCoreApplication::translate("Desk::Gui::ClockText", "Due tomorrow");
        }
        return QCoreApplication::translate("Desk::Gui::ClockText", "Due next working day");
    }
    case State::OnTrack:
        return QCoreApplication::translate(
            "Desk::Gui::ClockText", "%n working day(s) left", nullptr, clock.workingDays);
    }
    return {};
}

QString clockLineText(const Core::CaseClock &clock, qint64 nowMs)
{
    const Core::StepClock headline = clock.headline();
    if (headline.state == Core::StepClock::State::NotApplicable) {
        return QStringLiteral("—");
    }
    QString text = clockStateText(headline, nowMs);
    if (headline.step != Core::ClockStep::FinalAnswer) {
        // The short name keeps the column narrow; the tooltip lists every step in full.
        text = QCoreApplication::translate("Desk::Gui::ClockText", "%1: %2")
                   .arg(clockStepShortText(headline.step), text);
    }
    // While paused the due moment is not fixed yet: it moves when the clock resumes.
    if (headline.isOpen() && headline.state != Core::StepClock::State::Paused
        && headline.dueAtMs > 0) {
        text = Core::toVietnamTime(headline.dueAtMs).toString(QStringLiteral("dd/MM"))
            + QStringLiteral(" · ") + text;
    }
    if (clock.prolonged()) {
        text += QStringLiteral(" · ") + prolongedText();
    }
    return text;
}

QString clockStepsText(const Core::CaseClock &clock, qint64 nowMs)
{
    QStringList lines;
    for (const Core::StepClock &step : clock.steps()) {
        if (step.state == Core::StepClock::State::NotApplicable) {
            continue;
        }
        QString line = QCoreApplication::translate("Desk::Gui::ClockText", "%1: %2")
                           .arg(clockStepText(step.step), clockStateText(step, nowMs));
        if (step.dueAtMs > 0) {
            line += QLatin1Char(' ')
                + QCoreApplication::translate("Desk::Gui::ClockText", "(due %1)")
                      .arg(
                          Core::toVietnamTime(step.dueAtMs).toString(QStringLiteral("dd/MM/yyyy")));
        }
        lines << line;
    }
    if (clock.prolonged()) {
        lines << QCoreApplication::translate("Desk::Gui::ClockText",
            "Prolonged: the answer passed its legal deadline; the case counts as prolonged in "
            "the period's report (TT 01/2018, indicator 8).");
    }
    return lines.join(QLatin1Char('\n'));
}

QColor clockColor(const Core::StepClock &clock)
{
    using State = Core::StepClock::State;
    switch (clock.state) {
    case State::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case State::DueSoon:
        return QColor(0xb2, 0x6a, 0x00);
    case State::Paused:
        return QColor(0x80, 0x80, 0x80);
    case State::OnTrack:
        return QColor(0x1b, 0x7f, 0x3b);
    case State::Done:
        return clock.late ? QColor(0xc6, 0x28, 0x28) : QColor(0x1b, 0x7f, 0x3b);
    case State::NotApplicable:
        break;
    }
    return {};
}

} // namespace Desk::Gui
