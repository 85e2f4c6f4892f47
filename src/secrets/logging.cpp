// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/logging.h"

Q_LOGGING_CATEGORY(lcSecrets, "desk.secrets", QtInfoMsg)
