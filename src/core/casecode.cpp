// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/casecode.h"

#include <QRegularExpression>

namespace Desk::Core {

QString formatCaseCode(int year, qint64 sequence)
{
    return QStringLiteral("TV-%1-%2").arg(year).arg(sequence, 6, 10, QLatin1Char('0'));
}

std::optional<ParsedCaseCode> parseCaseCode(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\bTV[\\s.\\-_]*(\\d{4})[\\s.\\-_]*(\\d{1,9})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    ParsedCaseCode parsed;
    parsed.year = match.captured(1).toInt();
    parsed.sequence = match.captured(2).toLongLong();
    if (parsed.sequence <= 0) {
        return std::nullopt;
    }
    return parsed;
}

} // namespace Desk::Core
