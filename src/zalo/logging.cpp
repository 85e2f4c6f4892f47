// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/logging.h"

Q_LOGGING_CATEGORY(lcZalo, "desk.zalo", QtInfoMsg)
