// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRect>
#include <QString>

class QWidget;

namespace Desk::Gui {

/**
 * Where the main window goes on the screen it opens on, and what it remembers of itself.
 * Geometry is in device-independent pixels: a 1920x1080 screen at 125 % offers 1536x864
 * (less the taskbar), so one rule covers every scale factor.
 */
namespace WindowGeometry {

/** The size the desk is designed for; screens with less room open it maximised. */
inline constexpr int kPreferredWidth = 1440;
inline constexpr int kPreferredHeight = 860;
/** Room for the window manager's title bar and borders around the client area. */
inline constexpr int kFrameSide = 8;
inline constexpr int kFrameTop = 32;
/** A saved window must show this much of itself on some screen to be restored where it was. */
inline constexpr int kMinVisible = 120;

struct Placement
{
    QRect rect; // the client area when not maximised
    bool maximised = false;
};

/** The first-run placement inside `available` (a screen's available geometry). */
Placement fitted(const QRect &available);

/**
 * A saved placement made safe for the screens there are now: shrunk to fit the screen it is
 * mostly on, moved fully inside it, or on `fallback` when it would be (nearly) off-screen.
 */
Placement corrected(
    const Placement &saved, const QList<QRect> &availableScreens, const QRect &fallback);

/**
 * Saves the window's placement and the state of every named QSplitter and QHeaderView in it
 * to the ini file `settingsFile` under the group of `person`.
 */
void save(const QWidget *window, const QString &settingsFile, const QString &person);
/**
 * Restores what save() wrote (corrected for the screens there are now); a first run gets
 * fitted(). Returns whether the window should be shown maximised.
 */
bool restore(QWidget *window, const QString &settingsFile, const QString &person);

} // namespace WindowGeometry

} // namespace Desk::Gui
