// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/logging.h"

// Info by default: per-request debug lines would flood test logs at thousands of requests/s.
Q_LOGGING_CATEGORY(lcSim, "desk.sim", QtInfoMsg)
