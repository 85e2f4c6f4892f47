// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/processend.h"

#include <QtGlobal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace Desk::Core {

int endProcess(int code)
{
    std::fflush(nullptr);
#ifdef Q_OS_WIN
    TerminateProcess(GetCurrentProcess(), static_cast<UINT>(code));
#endif
    return code;
}

} // namespace Desk::Core
