// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storelog.h"

// Info by default: debug lines (connections opened, plans) only when asked for.
Q_LOGGING_CATEGORY(lcStore, "desk.store", QtInfoMsg)
