// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/httpmessage.h"

#include <functional>

namespace Desk::Sim {

struct SimState;
struct SimConfig;

/**
 * The /_sim/ endpoints for tests and the demo: stats, credentials, live reconfiguration,
 * injected messages and token revocation. Never faulted, rate limited or counted.
 */
class AdminApi
{
public:
    using ConfigSetter = std::function<void(const SimConfig &)>;

    AdminApi(SimState &state, ConfigSetter setConfig)
        : m_state(state)
        , m_setConfig(std::move(setConfig))
    { }

    HttpResponse handle(const HttpRequest &request);

private:
    SimState &m_state;
    ConfigSetter m_setConfig; // goes through Simulator so the live timer follows
};

} // namespace Desk::Sim
