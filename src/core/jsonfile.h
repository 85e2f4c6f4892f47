// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Desk::Core {

/** Reads a whole settings file; false with the reason in @p error. */
bool readSettingsFile(const QString &path, QByteArray *contents, QString *error = nullptr);
/** Writes through QSaveFile, so a crash mid-write never leaves an administrator's file
 *  truncated; false with the reason in @p error. */
bool writeSettingsFile(const QString &path, const QByteArray &contents, QString *error = nullptr);

} // namespace Desk::Core
