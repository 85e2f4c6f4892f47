// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simulator.h"

#include "sim/adminapi.h"
#include "sim/httpserver.h"
#include "sim/logging.h"
#include "sim/mediaroutes.h"
#include "sim/oaapi.h"
#include "sim/simstate.h"

#include <QTimer>

namespace Desk::Sim {

class Simulator::Private
{
public:
    Private(Simulator *q, const SimConfig &config)
        : q(q)
        , state(config)
        , oaApi(state)
        , adminApi(state, [this](const SimConfig &next) { setConfig(next); })
        , media(state)
    {
        state.messageAdded = [this](quint32 message) {
            const MessageRecord &m = state.data.message(message);
            emit this->q->messageAdded(
                state.data.messageId(message), state.renderer.userId(m.citizen), m.src == 1);
        };
        liveTimer.setParent(q);
        QObject::connect(&liveTimer, &QTimer::timeout, q, [this]() { addLiveMessage(); });
    }

    HttpResponse handle(const HttpRequest &request);
    HttpResponse route(const HttpRequest &request);
    void setConfig(const SimConfig &next);
    void updateLiveTimer();
    void addLiveMessage();

    Simulator *q;
    SimState state;
    OaApi oaApi;
    AdminApi adminApi;
    MediaRoutes media;
    HttpServer *server = nullptr;
    QTimer liveTimer;
};

HttpResponse Simulator::Private::handle(const HttpRequest &request)
{
    if (request.path.startsWith("/_sim/"))
        return adminApi.handle(request);

    ++state.stats.requests;
    const bool isSend = request.path == "/v3.0/oa/message/cs";
    const qsizetype sentBefore = state.sendLog.sent().size();
    HttpResponse response;
    const FaultInjector::Fault fault = state.faults.next();
    switch (fault) {
    case FaultInjector::Fault::Drop:
        // Dropped before the OA saw it: no state change, like a request lost on the way in.
        response.drop = true;
        break;
    case FaultInjector::Fault::ServerError:
        response = FaultInjector::serviceUnavailable();
        break;
    case FaultInjector::Fault::Malformed:
    case FaultInjector::Fault::None:
        response = isSend && state.sendLog.takeServerError() ? FaultInjector::serviceUnavailable()
                                                             : route(request);
        break;
    }
    if (isSend && state.sendLog.sent().size() > sentBefore && state.sendLog.takeReplyLost()) {
        // Carried out and recorded, but the answer never arrives: the client cannot tell
        // whether the citizen got the reply, which is what the outbox must cope with.
        state.sendLog.markLastReplyLost();
        response.drop = true;
    }
    if (fault == FaultInjector::Fault::Malformed
        && response.contentType.startsWith("application/json"))
        FaultInjector::corrupt(&response);
    response.delayMs = state.faults.latencyMs();
    qCDebug(lcSim) << request.method << request.path << "->" << response.status
                   << (response.drop ? "dropped" : "");
    return response;
}

HttpResponse Simulator::Private::route(const HttpRequest &request)
{
    if (auto response = oaApi.handle(request))
        return *response;
    if (auto response = media.handle(request))
        return *response;
    return HttpResponse::text(404, "not found\n");
}

void Simulator::Private::setConfig(const SimConfig &next)
{
    state.applyConfig(next);
    updateLiveTimer();
}

void Simulator::Private::updateLiveTimer()
{
    if (state.config.live && server && server->isListening()) {
        liveTimer.start(qMax(10, state.config.liveIntervalMs));
    } else {
        liveTimer.stop();
    }
}

void Simulator::Private::addLiveMessage()
{
    const quint32 message = state.generator->addLiveMessage(&state.data, state.nowMs());
    if (state.messageAdded)
        state.messageAdded(message);
}

Simulator::Simulator(SimConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, config))
{ }

Simulator::~Simulator() = default;

bool Simulator::start(const QHostAddress &address, quint16 port)
{
    d->state.ensureGenerated();
    if (!d->server) {
        d->server = new HttpServer([this](const HttpRequest &r) { return d->handle(r); }, this);
    }
    if (!d->server->isListening() && !d->server->listen(address, port)) {
        qCWarning(lcSim) << "cannot listen on" << address << port << d->server->errorString();
        return false;
    }
    // Rows carry absolute media URLs, so they need the address clients actually use.
    QString host = address.toString();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6 || address == QHostAddress::LocalHost)
        host = QStringLiteral("127.0.0.1");
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    d->state.renderer.setBaseUrl(
        QStringLiteral("http://%1:%2").arg(host).arg(d->server->serverPort()));
    d->updateLiveTimer();
    qCInfo(lcSim) << "listening on" << baseUrl().toString();
    return true;
}

quint16 Simulator::port() const
{
    return d->server ? d->server->serverPort() : 0;
}

QUrl Simulator::baseUrl() const
{
    return QUrl(d->state.renderer.baseUrl());
}

QString Simulator::accessToken() const
{
    return d->state.tokens.accessToken();
}

QString Simulator::refreshToken() const
{
    return d->state.tokens.refreshToken();
}

SimCredentials Simulator::credentials() const
{
    return d->state.credentials();
}

SimStats Simulator::stats() const
{
    return d->state.currentStats();
}

SimConfig Simulator::config() const
{
    return d->state.config;
}

void Simulator::setConfig(const SimConfig &config)
{
    d->setConfig(config);
}

QString Simulator::injectInbound(const QString &citizenId, const QString &text)
{
    const auto message = d->state.addInbound(citizenId, text);
    return message ? d->state.data.messageId(*message) : QString();
}

void Simulator::revokeTokens()
{
    d->state.tokens.revoke();
}

void Simulator::expireAccessToken()
{
    d->state.tokens.expireAccessToken();
}

SimCredentials Simulator::reauthorize()
{
    d->state.tokens.issue();
    return d->state.credentials();
}

QList<SentMessage> Simulator::sentMessages() const
{
    return d->state.sendLog.sent();
}

void Simulator::setRefusal(const QString &userId, int code)
{
    d->state.sendLog.setRefusal(userId, code);
}

void Simulator::setConversationRefusal(const QString &userId, int code)
{
    if (code == 0)
        d->state.conversationRefusals.remove(userId);
    else
        d->state.conversationRefusals.insert(userId, code);
}

void Simulator::setSendFaults(const SendFaults &faults)
{
    d->state.sendLog.setFaults(faults);
}

SendFaults Simulator::sendFaults() const
{
    return d->state.sendLog.faults();
}

QString Simulator::addSilentCitizen()
{
    return d->state.renderer.userId(d->state.addSilentCitizen());
}

void Simulator::expireUploads()
{
    d->state.uploads.expireAll(d->state.nowMs(), d->state.uploadLifetimeMs());
}

qint64 Simulator::nowMs() const
{
    return d->state.nowMs();
}

qint64 Simulator::generationMs() const
{
    return d->state.generationMs;
}

QStringList Simulator::citizenIds() const
{
    d->state.ensureGenerated();
    QStringList ids;
    ids.reserve(d->state.data.citizenCount());
    for (int i = 0; i < d->state.data.citizenCount(); ++i)
        ids.append(d->state.renderer.userId(quint32(i)));
    return ids;
}

} // namespace Desk::Sim
