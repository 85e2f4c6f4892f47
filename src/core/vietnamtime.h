// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QtGlobal>

namespace Desk::Core {

/** Vietnam time is UTC+7 all year (no daylight saving). Storage is UTC epoch ms. */
constexpr int kVietnamUtcOffsetSeconds = 7 * 3600;

QDateTime toVietnamTime(qint64 utcMs);
QDate vietnamDate(qint64 utcMs);
/** ISO 8601 with the +07:00 offset, e.g. 2026-11-28T09:15:00+07:00. */
QString toIsoVietnam(qint64 utcMs);
qint64 nowMs();

} // namespace Desk::Core
