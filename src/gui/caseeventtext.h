// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QString>

namespace Desk::Gui {

/** Who did it, in words: a staff login as is; "sync", "zalo-oa", "classifier" ... named. */
QString caseEventActorText(const QString &actor);
/** What happened, in words, from the audit row's kind and its JSON detail (translated). */
QString caseEventText(const Core::CaseEvent &event);

} // namespace Desk::Gui
