// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/httpmessage.h"
#include "sim/simulator.h"

#include <QJsonObject>

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
    /** sent, refusal, send_faults, citizen, expire_uploads. */
    HttpResponse handleSending(const HttpRequest &request);

    SimState &m_state;
    ConfigSetter m_setConfig; // goes through Simulator so the live timer follows
};

/** base_url, app_id, secret_key, access_token, refresh_token, oa_id: what tests and tools need
 *  to talk to the simulator (GET /_sim/credentials and the zalo-oa-sim start-up line). */
QJsonObject credentialsJson(const SimCredentials &credentials);

} // namespace Desk::Sim
