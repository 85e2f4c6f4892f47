// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Request paths, codes and timings only: the simulator's tokens are test data, but logging
// them would teach the habit the real client must not have.
Q_DECLARE_LOGGING_CATEGORY(lcSim)
