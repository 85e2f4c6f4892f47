// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Desk {

/**
 * Installs the application's and Qt's own translations for `language` ("vi" or "en"),
 * replacing any installed before, so the UI can switch language while running.
 * Returns false when the application's translation could not be loaded.
 */
bool installTranslations(const QString &language);
QString normalizedLanguage(const QString &language);

} // namespace Desk
