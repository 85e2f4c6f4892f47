// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One logging category per module; enable with QT_LOGGING_RULES="desk.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCore)
