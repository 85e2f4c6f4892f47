// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storelog.h"

Q_LOGGING_CATEGORY(lcStore, "desk.store")
