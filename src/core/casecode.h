// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace Desk::Core {

/** Human case code citizens can quote back: TV-<year>-<6-digit sequence>, e.g. TV-2026-000123. */
QString formatCaseCode(int year, qint64 sequence);

struct ParsedCaseCode
{
    int year = 0;
    qint64 sequence = 0;
};
/** Accepts the code as typed by a citizen: any case, spaces or dots for dashes. */
std::optional<ParsedCaseCode> parseCaseCode(const QString &text);

} // namespace Desk::Core
