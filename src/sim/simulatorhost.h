// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulator.h"

#include <QObject>

class QThread;

namespace Desk::Sim {

/**
 * Runs a Simulator in its own thread, so the caller may block (QProcess::waitForFinished,
 * a synchronous socket, a modal dialog) while the simulator keeps answering. Every accessor
 * is thread-safe: it runs on the simulator's thread and waits for the result.
 *
 *     SimulatorHost host;
 *     if (!host.start(config)) ...;
 *     const SimCredentials c = host.credentials(); // base URL and tokens
 *     ... blocking client code ...
 *     host.stop(); // or let the destructor do it
 *
 * Do not call the accessors from a slot connected to the host's own signals with a blocking
 * connection; signals arrive queued in the thread that owns the host.
 */
class SimulatorHost : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorHost(QObject *parent = nullptr);
    ~SimulatorHost() override;

    /** Generates the data and listens, in the background thread; returns once ready. */
    bool start(const SimConfig &config, const QHostAddress &address = QHostAddress::LocalHost,
        quint16 port = 0);
    void stop();
    bool isRunning() const { return m_simulator != nullptr; }

    QUrl baseUrl() const;
    SimCredentials credentials() const;
    QString accessToken() const;
    QString refreshToken() const;
    SimStats stats() const;
    SimConfig config() const;
    void setConfig(const SimConfig &config);
    QString injectInbound(const QString &citizenId, const QString &text);
    void revokeTokens();
    void expireAccessToken();
    SimCredentials reauthorize();
    QList<SentMessage> sentMessages() const;
    void setRefusal(const QString &userId, int code);
    void clearRefusal(const QString &userId) { setRefusal(userId, 0); }
    void setConversationRefusal(const QString &userId, int code);
    void setSendFaults(const SendFaults &faults);
    SendFaults sendFaults() const;
    QString addSilentCitizen();
    void expireUploads();
    qint64 generationMs() const;
    qint64 nowMs() const;
    QStringList citizenIds() const;

signals:
    /** Forwarded from the simulator, queued into the host's thread. */
    void messageAdded(const QString &messageId, const QString &citizenId, bool inbound);

private:
    template<typename Fn> auto call(Fn &&fn) const;

    QThread *m_thread = nullptr;
    Simulator *m_simulator = nullptr;
};

} // namespace Desk::Sim
