// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonfile.h"

#include <QFile>
#include <QSaveFile>

namespace Desk::Core {

bool readSettingsFile(const QString &path, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    *contents = file.readAll();
    return true;
}

bool writeSettingsFile(const QString &path, const QByteArray &contents, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()
        || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

} // namespace Desk::Core
