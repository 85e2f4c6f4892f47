// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/caseclock.h"

#include <QColor>
#include <QString>

namespace Desk::Gui {

/** "Answer to the citizen", "Acknowledgement", ... (translated). */
QString clockStepText(Core::ClockStep step);
/** The step in a word or two for list cells: "Answer", "Receipt", "Forwarding",
 *  "Agency" (translated); the full name goes in the tooltip. */
QString clockStepShortText(Core::ClockStep step);
/** The state in words: "Overdue 2 working days", "Due tomorrow", "5 working days left",
 *  "Paused - waiting for citizen", "Answered on time", ... */
QString clockStateText(const Core::StepClock &clock, qint64 nowMs);
/** One line for lists: "23/11 · 5 working days left", with the step's short name when it is
 *  not the final answer and "· Prolonged" when the case is kéo dài; "—" without a clock. */
QString clockLineText(const Core::CaseClock &clock, qint64 nowMs);
/** Every step that applies, one per line: "Answer to the citizen: 5 working days left (due
 *  23/11/2026)", and what kéo dài means when it is set (tooltips). */
QString clockStepsText(const Core::CaseClock &clock, qint64 nowMs);
/** Red overdue, amber due soon, grey paused, green on track; invalid when nothing to show. */
QColor clockColor(const Core::StepClock &clock);
/** The word for kéo dài. */
QString prolongedText();

} // namespace Desk::Gui
