// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Enable with QT_LOGGING_RULES="desk.reports.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcReports)
