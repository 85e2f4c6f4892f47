// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/logging.h"

Q_LOGGING_CATEGORY(lcReports, "desk.reports")
