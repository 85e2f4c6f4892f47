// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simulatorhost.h"

#include <QThread>
#include <type_traits>

namespace Desk::Sim {

SimulatorHost::SimulatorHost(QObject *parent)
    : QObject(parent)
{ }

SimulatorHost::~SimulatorHost()
{
    stop();
}

template<typename Fn> auto SimulatorHost::call(Fn &&fn) const
{
    using Result = std::invoke_result_t<Fn, Simulator &>;
    Simulator *sim = m_simulator;
    if constexpr (std::is_void_v<Result>) {
        if (!sim)
            return;
        if (QThread::currentThread() == m_thread)
            fn(*sim);
        else
            QMetaObject::invokeMethod(
                sim, [&]() { fn(*sim); }, Qt::BlockingQueuedConnection);
    } else {
        Result result {};
        if (!sim)
            return result;
        if (QThread::currentThread() == m_thread)
            result = fn(*sim);
        else
            QMetaObject::invokeMethod(
                sim, [&]() { result = fn(*sim); }, Qt::BlockingQueuedConnection);
        return result;
    }
}

bool SimulatorHost::start(const SimConfig &config, const QHostAddress &address, quint16 port)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("zalo-oa-sim"));
    m_simulator = new Simulator(config);
    m_simulator->moveToThread(m_thread);
    // Deleted in its own thread once the loop ends, with its server and sockets.
    connect(m_thread, &QThread::finished, m_simulator, &QObject::deleteLater);
    connect(m_simulator, &Simulator::messageAdded, this, &SimulatorHost::messageAdded);
    m_thread->start();
    const bool listening = call([&](Simulator &sim) { return sim.start(address, port); });
    if (!listening)
        stop();
    return listening;
}

void SimulatorHost::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_simulator = nullptr;
}

QUrl SimulatorHost::baseUrl() const
{
    return call([](Simulator &sim) { return sim.baseUrl(); });
}

SimCredentials SimulatorHost::credentials() const
{
    return call([](Simulator &sim) { return sim.credentials(); });
}

QString SimulatorHost::accessToken() const
{
    return call([](Simulator &sim) { return sim.accessToken(); });
}

QString SimulatorHost::refreshToken() const
{
    return call([](Simulator &sim) { return sim.refreshToken(); });
}

SimStats SimulatorHost::stats() const
{
    return call([](Simulator &sim) { return sim.stats(); });
}

SimConfig SimulatorHost::config() const
{
    return call([](Simulator &sim) { return sim.config(); });
}

void SimulatorHost::setConfig(const SimConfig &config)
{
    call([&](Simulator &sim) { sim.setConfig(config); });
}

QString SimulatorHost::injectInbound(const QString &citizenId, const QString &text)
{
    return call([&](Simulator &sim) { return sim.injectInbound(citizenId, text); });
}

void SimulatorHost::revokeTokens()
{
    call([](Simulator &sim) { sim.revokeTokens(); });
}

void SimulatorHost::expireAccessToken()
{
    call([](Simulator &sim) { sim.expireAccessToken(); });
}

SimCredentials SimulatorHost::reauthorize()
{
    return call([](Simulator &sim) { return sim.reauthorize(); });
}

QList<SentMessage> SimulatorHost::sentMessages() const
{
    return call([](Simulator &sim) { return sim.sentMessages(); });
}

void SimulatorHost::setRefusal(const QString &userId, int code)
{
    call([&](Simulator &sim) { sim.setRefusal(userId, code); });
}

void SimulatorHost::setConversationRefusal(const QString &userId, int code)
{
    call([&](Simulator &sim) { sim.setConversationRefusal(userId, code); });
}

void SimulatorHost::setSendFaults(const SendFaults &faults)
{
    call([&](Simulator &sim) { sim.setSendFaults(faults); });
}

SendFaults SimulatorHost::sendFaults() const
{
    return call([](Simulator &sim) { return sim.sendFaults(); });
}

QString SimulatorHost::addSilentCitizen()
{
    return call([](Simulator &sim) { return sim.addSilentCitizen(); });
}

void SimulatorHost::expireUploads()
{
    call([](Simulator &sim) { sim.expireUploads(); });
}

qint64 SimulatorHost::generationMs() const
{
    return call([](Simulator &sim) { return sim.generationMs(); });
}

qint64 SimulatorHost::nowMs() const
{
    return call([](Simulator &sim) { return sim.nowMs(); });
}

QStringList SimulatorHost::citizenIds() const
{
    return call([](Simulator &sim) { return sim.citizenIds(); });
}

} // namespace Desk::Sim
