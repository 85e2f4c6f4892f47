// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QJsonObject>

namespace Desk::Cli {

/**
 * A case as scripts read it: code, citizen_id, citizen_name, status, message_count,
 * unread_count, first_line, opened_at, last_activity_at, last_inbound_at (ISO 8601, +07:00).
 */
QJsonObject caseToJson(const Core::CaseSummary &summary);
/** One aligned text line for people at a terminal. */
QString caseToText(const Core::CaseSummary &summary);

} // namespace Desk::Cli
