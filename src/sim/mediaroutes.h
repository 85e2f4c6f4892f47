// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/httpmessage.h"

#include <optional>

namespace Desk::Sim {

struct SimState;

/** GET /media/...: the files the generated rows point at (Zalo's CDN, in miniature). */
class MediaRoutes
{
public:
    explicit MediaRoutes(SimState &state)
        : m_state(state)
    { }

    /** nullopt if the path is not under /media/. */
    std::optional<HttpResponse> handle(const HttpRequest &request);

private:
    SimState &m_state;
};

} // namespace Desk::Sim
