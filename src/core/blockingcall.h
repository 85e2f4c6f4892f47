// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <utility>

namespace Desk::Core {

/**
 * Runs `start(done)` and waits in a nested event loop until `done(result)` is called, for the
 * command line's blocking forms of asynchronous calls. `done` may run synchronously inside
 * `start` (a cached answer): the flag then keeps exec() from waiting for a quit that already
 * happened. `initial` is returned should the loop end without an answer.
 */
template<typename Result, typename Start> Result waitForCallback(Result initial, Start &&start)
{
    Result result = std::move(initial);
    bool done = false;
    QEventLoop loop;
    std::forward<Start>(start)([&result, &done, &loop](const Result &answer) {
        result = answer;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return result;
}

} // namespace Desk::Core
