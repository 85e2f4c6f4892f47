// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/zaloclient.h"

#include "zalo/logging.h"
#include "zalo/tokenmanager.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>

namespace Desk::Zalo {

struct ZaloClient::Call
{
    enum class Method { Get, Post };
    Method method = Method::Get;
    QString path;
    QJsonObject payload;
    ReplyCallback callback;
    quint64 epoch = 0;
    int transientRetries = 0;
    int rateLimitRetries = 0;
    bool tokenRetried = false;
    bool isRepeat = false;
    QString token; // the access token of the last send (to tell Zalo's rejection apart)
};

ZaloClient::ZaloClient(
    QNetworkAccessManager *network, TokenManager *tokens, ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_options(std::move(options))
    , m_limiter(m_options.requestsPerMinute, m_options.rateSafety)
{
    m_clock.start();
    m_queueTimer.setSingleShot(true);
    connect(&m_queueTimer, &QTimer::timeout, this, &ZaloClient::pumpQueue);
}

ZaloClient::~ZaloClient()
{
    cancelAll();
}

int ZaloClient::pending() const
{
    return static_cast<int>(m_queue.size()) + static_cast<int>(m_onWire.size()) + m_waitingForToken
        + m_backingOff;
}

void ZaloClient::get(const QString &path, const QJsonObject &params, ReplyCallback callback)
{
    auto call = std::make_shared<Call>();
    call->method = Call::Method::Get;
    call->path = path;
    call->payload = params;
    call->callback = std::move(callback);
    call->epoch = m_epoch;
    enqueue(call);
}

void ZaloClient::post(const QString &path, const QJsonObject &body, ReplyCallback callback)
{
    auto call = std::make_shared<Call>();
    call->method = Call::Method::Post;
    call->path = path;
    call->payload = body;
    call->callback = std::move(callback);
    call->epoch = m_epoch;
    enqueue(call);
}

void ZaloClient::cancelAll()
{
    ++m_epoch;
    m_queue.clear();
    m_queueTimer.stop();
    const auto onWire = std::exchange(m_onWire, {});
    const qint64 now = monotonicMs();
    for (QNetworkReply *reply : onWire) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        m_limiter.finished(now); // it may have reached Zalo: it counts
    }
    for (; m_slotsAwaitingToken > 0; --m_slotsAwaitingToken) {
        m_limiter.abandoned();
    }
    m_waitingForToken = 0;
    m_backingOff = 0;
}

void ZaloClient::enqueue(const CallPtr &call)
{
    m_queue.push_back(call);
    pumpQueue();
}

void ZaloClient::pumpQueue()
{
    while (!m_queue.empty()) {
        const qint64 now = monotonicMs();
        const qint64 wait = m_limiter.delayMs(now);
        if (wait == RateLimiter::kUntilReply) {
            return; // every slot is on the wire; onFinished() pumps again
        }
        if (wait > 0) {
            if (!m_queueTimer.isActive() || m_queueTimer.remainingTime() > wait) {
                m_queueTimer.start(static_cast<int>(qMin<qint64>(wait, 24 * 3600 * 1000)));
            }
            return;
        }
        m_limiter.started();
        CallPtr call = m_queue.front();
        m_queue.pop_front();
        dispatch(call);
    }
}

void ZaloClient::dispatch(const CallPtr &call)
{
    ++m_waitingForToken;
    ++m_slotsAwaitingToken;
    QPointer<ZaloClient> self(this);
    const quint64 epoch = m_epoch;
    m_tokens->accessToken([self, call, epoch](const TokenResult &token) {
        if (!self || epoch != self->m_epoch) {
            return;
        }
        --self->m_waitingForToken;
        --self->m_slotsAwaitingToken;
        if (token.ok()) {
            self->send(call, token.accessToken);
            return;
        }
        self->m_limiter.abandoned();
        self->pumpQueue();
        // Nothing reached the API, so even a POST may try again after a transient failure
        // (the OAuth server or the network was down during a refresh).
        if (token.error.isTransient() && call->transientRetries < self->m_options.maxRetries) {
            const int attempt = call->transientRetries++;
            self->retryAfter(call,
                self->backoffMs(
                    attempt, self->m_options.backoffBaseMs, self->m_options.backoffMaxMs));
            return;
        }
        self->finish(call, ApiReply {token.error, QJsonValue()});
    });
}

void ZaloClient::send(const CallPtr &call, const QString &token)
{
    const bool isGet = call->method == Call::Method::Get;
    QNetworkRequest request(
        apiUrl(m_options.apiBase, call->path, isGet ? call->payload : QJsonObject()));
    request.setRawHeader(QByteArrayLiteral("access_token"), token.toUtf8());
    request.setTransferTimeout(m_options.transferTimeoutMs);
    QNetworkReply *reply = nullptr;
    if (isGet) {
        reply = m_network->get(request);
    } else {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply
            = m_network->post(request, QJsonDocument(call->payload).toJson(QJsonDocument::Compact));
    }
    call->token = token;
    ++m_counters.requests;
    if (call->isRepeat) {
        ++m_counters.retries;
    }
    m_onWire.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] {
        m_onWire.remove(reply);
        reply->deleteLater();
        m_limiter.finished(monotonicMs());
        onFinished(call, reply);
        pumpQueue();
    });
}

void ZaloClient::onFinished(const CallPtr &call, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiReply result;
    if (status == 0) {
        // No HTTP answer at all. We never abort a reply ourselves except in cancelAll(),
        // which disconnects first, so a cancelled reply here is the transfer timeout.
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            ++m_counters.timeouts;
            result.error = ApiError::make(ErrorKind::Timeout,
                QStringLiteral("no answer within %1 ms").arg(m_options.transferTimeoutMs));
        } else {
            result.error = ApiError::make(ErrorKind::Network, reply->errorString());
        }
    } else if (status >= 500) {
        result.error = ApiError::make(ErrorKind::Http, QStringLiteral("server error"), 0, status);
    } else if (status == 429) {
        result.error
            = ApiError::make(ErrorKind::RateLimited, QStringLiteral("HTTP 429"), 0, status);
    } else {
        const Envelope envelope = parseEnvelope(reply->readAll());
        result.error = envelope.error;
        result.error.httpStatus = status;
        result.data = envelope.data;
        if (envelope.error.kind == ErrorKind::Malformed && status != 200) {
            // A 4xx page that is not an OA envelope (a proxy, a wrong base URL): not transient.
            result.error = ApiError::make(status == 401 ? ErrorKind::InvalidToken : ErrorKind::Http,
                QStringLiteral("unexpected HTTP status"), 0, status);
        }
    }
    qCDebug(lcZalo) << call->path << "->" << status << errorKindName(result.error.kind)
                    << result.error.code;

    switch (result.error.kind) {
    case ErrorKind::None:
        finish(call, result);
        return;
    case ErrorKind::RateLimited:
        ++m_counters.rateLimited;
        if (call->rateLimitRetries < m_options.maxRateLimitRetries) {
            // Refused outright, so repeating is safe for every method. Everything else waits
            // too: the limit is per app, and more requests now only earn more -32.
            const qint64 delay = backoffMs(call->rateLimitRetries++,
                m_options.rateLimitBackoffBaseMs, m_options.rateLimitBackoffMaxMs);
            qCInfo(lcZalo) << "Zalo rate limit (-32); pausing requests for" << delay << "ms";
            m_limiter.pauseUntil(monotonicMs() + delay);
            call->isRepeat = true;
            enqueue(call);
            return;
        }
        finish(call, result);
        return;
    case ErrorKind::InvalidToken:
        ++m_counters.tokenRejected;
        if (!call->tokenRetried) {
            // Refresh once and repeat once; a second rejection is reported, never looped.
            call->tokenRetried = true;
            call->isRepeat = true;
            ++m_waitingForToken;
            QPointer<ZaloClient> self(this);
            const quint64 epoch = m_epoch;
            m_tokens->tokenRejected(
                call->token, [self, call, epoch, result](const TokenResult &token) {
                    if (!self || epoch != self->m_epoch) {
                        return;
                    }
                    --self->m_waitingForToken;
                    if (!token.ok()) {
                        self->finish(call, ApiReply {token.error, QJsonValue()});
                        return;
                    }
                    self->enqueue(call);
                });
            return;
        }
        finish(call, result);
        return;
    default:
        break;
    }

    if (result.error.isTransient() && call->method == Call::Method::Get
        && call->transientRetries < m_options.maxRetries) {
        const int attempt = call->transientRetries++;
        const qint64 delay = backoffMs(attempt, m_options.backoffBaseMs, m_options.backoffMaxMs);
        qCInfo(lcZalo) << call->path << "failed (" << result.error.toString() << "); retry"
                       << attempt + 1 << "of" << m_options.maxRetries << "in" << delay << "ms";
        retryAfter(call, delay);
        return;
    }
    finish(call, result);
}

void ZaloClient::retryAfter(const CallPtr &call, qint64 delayMs)
{
    call->isRepeat = true;
    ++m_backingOff;
    const quint64 epoch = m_epoch;
    QTimer::singleShot(static_cast<int>(delayMs), this, [this, call, epoch] {
        if (epoch != m_epoch) {
            return;
        }
        --m_backingOff;
        enqueue(call);
    });
}

void ZaloClient::finish(const CallPtr &call, const ApiReply &reply)
{
    if (call->epoch != m_epoch) {
        return;
    }
    if (!reply.ok()) {
        qCInfo(lcZalo) << call->path << "gave up:" << reply.error.toString();
    }
    call->callback(reply);
}

qint64 ZaloClient::backoffMs(int attempt, int baseMs, int maxMs) const
{
    // "Equal jitter": half fixed, half random, so clients that failed together do not
    // come back together.
    const qint64 ceiling = qMin<qint64>(maxMs, static_cast<qint64>(baseMs) << qMin(attempt, 20));
    const qint64 half = ceiling / 2;
    return half + QRandomGenerator::global()->bounded(half + 1);
}

void ZaloClient::listRecentChat(int offset, int count, PageCallback callback)
{
    QJsonObject params;
    params.insert(QStringLiteral("offset"), offset);
    params.insert(QStringLiteral("count"), count);
    getMessagePage(QString(ApiPath::ListRecentChat), params, std::move(callback));
}

void ZaloClient::conversation(const QString &userId, int offset, int count, PageCallback callback)
{
    QJsonObject params;
    // Sent as a string: ids above 2^53 would not survive a client that reads numbers as
    // doubles, and Zalo's own SDK examples quote them.
    params.insert(QStringLiteral("user_id"), userId);
    params.insert(QStringLiteral("offset"), offset);
    params.insert(QStringLiteral("count"), count);
    getMessagePage(QString(ApiPath::Conversation), params, std::move(callback));
}

void ZaloClient::getMessagePage(
    const QString &path, const QJsonObject &params, PageCallback callback)
{
    get(path, params, [callback, path](const ApiReply &reply) {
        PageReply page;
        page.error = reply.error;
        if (reply.ok()) {
            if (auto parsed = parseMessagePage(reply.data)) {
                page.page = std::move(*parsed);
            } else {
                page.error = ApiError::make(
                    ErrorKind::Malformed, path + QStringLiteral(": data is no array"));
            }
        }
        callback(page);
    });
}

void ZaloClient::userDetail(
    const QString &userId, std::function<void(const CitizenReply &)> callback)
{
    QJsonObject params;
    params.insert(QStringLiteral("user_id"), userId);
    get(QString(ApiPath::UserDetail), params, [callback](const ApiReply &reply) {
        CitizenReply result;
        result.error = reply.error;
        if (reply.ok()) {
            QString error;
            if (auto citizen = parseUserDetail(reply.data, &error)) {
                result.citizen = std::move(*citizen);
            } else {
                result.error = ApiError::make(ErrorKind::Malformed, error);
            }
        }
        callback(result);
    });
}

void ZaloClient::getOa(std::function<void(const OaReply &)> callback)
{
    get(QString(ApiPath::GetOa), QJsonObject(), [callback](const ApiReply &reply) {
        OaReply result;
        result.error = reply.error;
        if (reply.ok()) {
            QString error;
            if (auto info = parseOaInfo(reply.data, &error)) {
                result.info = std::move(*info);
            } else {
                result.error = ApiError::make(ErrorKind::Malformed, error);
            }
        }
        callback(result);
    });
}

} // namespace Desk::Zalo
