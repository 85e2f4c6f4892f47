// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Desk {

/** Saves a PNG of `window` as it is drawn now; false (with `error`) when the file can't be written.
 */
bool saveWindowPng(QWidget *window, const QString &path, QString *error);

} // namespace Desk
