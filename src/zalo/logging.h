// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Paths, codes, counts and durations only: tokens, secrets and citizens' message text never
// reach a log line.
Q_DECLARE_LOGGING_CATEGORY(lcZalo)
