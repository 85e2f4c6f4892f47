// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Desk::Core {

/**
 * Ends the process with `code`; called by the desk's and the CLI's main() once their work is
 * done and every object of theirs is destroyed (files closed, settings written, threads
 * joined). On Windows the process ends at once, without the DLLs' detach phase: under Wine the
 * MinGW build sometimes never got through it (libwinpthread waiting for ever after ExitProcess
 * had stopped another thread inside its own detach callbacks; see the README, Windows), and
 * nothing the desk needs happens there. C streams are flushed first. Elsewhere it returns
 * `code` for main() to return.
 */
int endProcess(int code);

} // namespace Desk::Core
