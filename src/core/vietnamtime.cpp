// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vietnamtime.h"

#include <QTimeZone>

namespace Desk::Core {

QDateTime toVietnamTime(qint64 utcMs)
{
    // A fixed offset, not the "Asia/Ho_Chi_Minh" zone: Windows PCs without ICU data and
    // tests must agree, and Vietnam has had no DST since 1975.
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(kVietnamUtcOffsetSeconds));
}

QDate vietnamDate(qint64 utcMs)
{
    return toVietnamTime(utcMs).date();
}

QString toIsoVietnam(qint64 utcMs)
{
    return toVietnamTime(utcMs).toString(Qt::ISODate);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace Desk::Core
