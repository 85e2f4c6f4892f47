// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/casejson.h"

#include "core/vietnamtime.h"

namespace Desk::Cli {

namespace {
QJsonValue isoOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(Core::toIsoVietnam(ms)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject caseToJson(const Core::CaseSummary &summary)
{
    return QJsonObject {
        {QStringLiteral("code"), summary.code},
        {QStringLiteral("citizen_id"), summary.citizenId},
        {QStringLiteral("citizen_name"), summary.citizenName},
        {QStringLiteral("status"), Core::caseStatusKey(summary.status)},
        {QStringLiteral("message_count"), summary.messageCount},
        {QStringLiteral("unread_count"), summary.unreadCount},
        {QStringLiteral("first_line"), summary.firstLine},
        {QStringLiteral("opened_at"), isoOrNull(summary.openedAtMs)},
        {QStringLiteral("last_activity_at"), isoOrNull(summary.lastActivityAtMs)},
        {QStringLiteral("last_inbound_at"), isoOrNull(summary.lastInboundAtMs)},
    };
}

QString caseToText(const Core::CaseSummary &summary)
{
    const QString when = Core::toVietnamTime(summary.lastActivityAtMs)
                             .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    QString line = summary.firstLine;
    if (line.size() > 60) {
        line = line.left(59) + QChar(0x2026);
    }
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(summary.code, -15)
        .arg(when, -16)
        .arg(Core::caseStatusKey(summary.status), -15)
        .arg(summary.citizenName.left(24), -24)
        .arg(line);
}

} // namespace Desk::Cli
