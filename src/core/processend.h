// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Desk::Core {

/**
 * Ends the process with `code`; called by the main() of the desk, the CLI and every test
 * program once their work is done and every object of theirs is destroyed (files closed,
 * settings written, threads joined). On Windows the process ends at once, without the DLLs'
 * detach phase: the MinGW build (libwinpthread) sometimes never got through it, waiting for
 * ever on a winpthreads lock left taken by a thread that ExitProcess stopped while that thread
 * was still ending (see the README, Windows), and nothing the desk needs happens there. C
 * streams are flushed first. Elsewhere it returns `code` for main() to return.
 */
int endProcess(int code);

} // namespace Desk::Core
