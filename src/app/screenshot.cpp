// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshot.h"

#include <QPixmap>
#include <QWidget>

namespace Desk {

bool saveWindowPng(QWidget *window, const QString &path, QString *error)
{
    const QPixmap pixmap = window->grab();
    if (pixmap.isNull()) {
        *error = QStringLiteral("the window could not be drawn");
        return false;
    }
    if (!pixmap.save(path, "PNG")) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace Desk
