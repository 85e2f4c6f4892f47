// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demoenvironment.h"

#include "secrets/memorysecretstore.h"
#include "sim/simulatorhost.h"
#include "zalo/tokenmanager.h"

namespace Desk {

namespace {
// New citizens' messages keep arriving while the demo runs, at a pace a person can follow.
constexpr int kLiveIntervalMs = 20000;
constexpr int kDemoSyncIntervalMs = 10000;
} // namespace

DemoEnvironment::DemoEnvironment() = default;

DemoEnvironment::~DemoEnvironment() = default;

bool DemoEnvironment::start(int citizens, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    Sim::SimConfig config;
    config.citizens = citizens;
    config.live = true;
    config.liveIntervalMs = kLiveIntervalMs;
    m_simulator = std::make_unique<Sim::SimulatorHost>();
    if (!m_simulator->start(config)) {
        *error = QStringLiteral("the Zalo OA simulator could not listen on 127.0.0.1");
        return false;
    }

    m_profile = Core::Profile::open(m_dir.filePath(QStringLiteral("profile")), error);
    if (!m_profile.isValid()) {
        return false;
    }
    m_profile.setDemo(true);
    m_profile.setApiBase(m_simulator->baseUrl());
    m_profile.setOauthBase(m_simulator->baseUrl());
    m_profile.setSyncIntervalMs(kDemoSyncIntervalMs);

    // Credentials live in memory only: the demo never touches the real keychain.
    m_secrets = std::make_unique<Secrets::MemorySecretStore>();
    const Zalo::ApiError stored = Zalo::storeCredentialsBlocking(m_secrets.get(), m_profile.id(),
        config.appId, config.secretKey, m_simulator->accessToken(), m_simulator->refreshToken(),
        config.accessTokenLifetimeSec);
    if (!stored.ok()) {
        *error = stored.detail;
        return false;
    }
    return true;
}

Zalo::SecretStoreFactory DemoEnvironment::secretStoreFactory() const
{
    auto data = m_secrets->data();
    return [data] { return std::make_unique<Secrets::MemorySecretStore>(data); };
}

} // namespace Desk
