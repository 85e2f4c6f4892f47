// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profile.h"
#include "zalo/syncservice.h"

#include <QTemporaryDir>
#include <memory>

namespace Desk::Sim {
class SimulatorHost;
}
namespace Desk::Secrets {
class MemorySecretStore;
}

namespace Desk {

/**
 * `--demo`: the Zalo OA simulator on 127.0.0.1 (random free port, live mode) and a
 * throw-away profile in a temporary folder with credentials held in memory only, so a
 * demo never reads or writes a real profile, database or keychain.
 */
class DemoEnvironment
{
public:
    DemoEnvironment();
    ~DemoEnvironment();

    bool start(int citizens, QString *error);
    Core::Profile &profile() { return m_profile; }
    /** Factory for the sync worker: memory secret stores sharing the demo's credentials. */
    Zalo::SecretStoreFactory secretStoreFactory() const;

private:
    QTemporaryDir m_dir;
    Core::Profile m_profile;
    std::unique_ptr<Sim::SimulatorHost> m_simulator;
    std::unique_ptr<Secrets::MemorySecretStore> m_secrets;
};

} // namespace Desk
