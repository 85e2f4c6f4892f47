// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Key names and durations only; secret values never reach a log line.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
