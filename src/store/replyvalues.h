// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/templaterenderer.h"

#include <QStringList>

namespace Desk::Store {

class Store;

/**
 * The reply-template values the desk knows for a case (Core::TemplateRenderer variables):
 * citizen name, case code, the first dossier code the citizen wrote, the agency of the open
 * transfer (else the case's or the procedure's agency) and its phone number, the final answer's
 * due date, the procedure's name and portal link, the day received and the agency's latest
 * answer. A value the desk does not know is left out, never filled with a guess, so the
 * composer asks staff for it. {can_bo} (the staff member's name) is the caller's to add.
 */
Core::TemplateRenderer::Values replyValues(Store &store, qint64 caseId);

/**
 * Staff logins seen recently: assignees of the newest `window` cases and authors of the newest
 * `window` outbox rows, sorted. Bounded by id ranges, so it stays quick at a million cases;
 * the assignee box is editable for anybody else.
 */
QStringList recentStaffLogins(Store &store, int window = 5000);

} // namespace Desk::Store
