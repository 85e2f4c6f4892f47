// SPDX-License-Identifier: GPL-3.0-or-later
// Checks what a staff member sees of a shown window, not what its code meant: texts that do not
// fit the width they were given (and carry no tooltip with the whole text), a window larger than
// the screen's available area, and key controls that are hidden or cut off by a parent or a
// scroll area. Every problem is one readable line with the widget's class, objectName, text and
// the pixels needed against the pixels it has, so a failing test says what to fix.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Desk::TestSupport {

/**
 * Every visible text in `window` (labels, buttons, check boxes, group box titles, combo boxes,
 * tabs, header sections, cells of tables and trees drawn by Qt's own delegate, a chart's
 * shortened legend and axis texts) that is wider than its room,
 * or, word-wrapped, taller than its height, and has no tooltip. Also tabs and header sections
 * scrolled out of their bar.
 */
QStringList textsThatDoNotFit(const QWidget *window);

/**
 * `window` (a top-level widget) when its frame is not inside its screen's available geometry,
 * or when its minimum size does not fit there (nothing can make it fit).
 */
QStringList windowOutsideScreen(const QWidget *window);

/**
 * Does to `window` what a window manager does with a window that is larger than the screen or
 * sticks out of it: moves it in and shrinks it to the available area (never below its minimum).
 * The checks after this see what staff see on such a screen.
 */
void fitIntoScreen(QWidget *window);

/**
 * Each of `objectNames` (descendants of `window`) that does not exist, is not visible, has no
 * size, or is not wholly inside the window and every parent (scroll areas included).
 */
QStringList hiddenKeyControls(const QWidget *window, const QStringList &objectNames);

/** All three checks; empty when `window` is fine. */
QStringList layoutProblems(const QWidget *window, const QStringList &keyControls);

/** "QLabel 'dueLabel'" (or "QLabel (no name) in QGroupBox 'suggestionGroup'"). */
QString describeWidget(const QWidget *widget);

} // namespace Desk::TestSupport
