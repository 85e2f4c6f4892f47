// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/zaloclient.h"

#include "zalo/logging.h"
#include "zalo/tokenmanager.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>

namespace Desk::Zalo {

namespace {
// Token rejections a call survives when each time a different (newer) token was rejected.
constexpr int kMaxTokenRetries = 3;
} // namespace

namespace {

/**
 * A request body that can be read once only. Qt 6.4's HTTP/1 channel silently sends a
 * request again when the connection closes before the answer (up to twice, POST included):
 * for /message/cs that is a second reply to the citizen. With a body it cannot rewind, Qt
 * fails the reply with ContentReSendError instead, and the outcome is honestly "unknown".
 */
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    // Not a QBuffer: Qt reads a QBuffer's bytes directly and can always rewind them.
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_bytes.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_bytes.size() - m_read);
        memcpy(data, m_bytes.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

QNetworkReply *postOnce(QNetworkAccessManager *network, QNetworkRequest request, QByteArray bytes)
{
    const qint64 length = bytes.size();
    auto *body = new OneShotBody(std::move(bytes));
    // Unbuffered needs the length up front; otherwise Qt copies the body into a buffer it
    // can rewind, and the resend is back.
    request.setHeader(QNetworkRequest::ContentLengthHeader, length);
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    // HTTP/2 has its own retry paths; a reply must go out on exactly one HTTP/1.1 request.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = network->post(request, body);
    body->setParent(reply);
    return reply;
}

} // namespace

struct ZaloClient::Call
{
    enum class Method { Get, Post, Upload };
    Method method = Method::Get;
    QString path;
    QJsonObject payload;
    QByteArray rawBody; // Upload: the multipart body, kept so a repeat sends the same bytes
    QByteArray contentType; // Upload
    ReplyCallback callback;
    quint64 epoch = 0;
    int transientRetries = 0;
    int rateLimitRetries = 0;
    int tokenRetries = 0;
    bool isRepeat = false;
    QString token; // the access token of the last send (to tell Zalo's rejection apart)
    QString rejectedToken; // the token Zalo rejected last time
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
            const bool newWait = !m_queueTimer.isActive();
            if (newWait || m_queueTimer.remainingTime() > wait) {
                m_queueTimer.start(static_cast<int>(qMin<qint64>(wait, 24 * 3600 * 1000)));
            }
            if (newWait && wait >= kIdleWorthMs) {
                emit idleWait(wait);
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
        ApiReply failed {token.error, QJsonValue()};
        failed.error.requestNotSent = true; // no token, so nothing reached the API
        self->finish(call, failed);
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
    } else if (call->method == Call::Method::Upload) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->contentType);
        reply = m_network->post(request, call->rawBody);
    } else {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = postOnce(
            m_network, request, QJsonDocument(call->payload).toJson(QJsonDocument::Compact));
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
            result.error = ApiError::make(ErrorKind::Network,
                reply->error() == QNetworkReply::ContentReSendError
                    ? QStringLiteral("connection closed before the answer; not sent again")
                    : reply->errorString());
            // No connection was ever made: the server cannot have seen the request.
            switch (reply->error()) {
            case QNetworkReply::ConnectionRefusedError:
            case QNetworkReply::HostNotFoundError:
            case QNetworkReply::ProxyConnectionRefusedError:
            case QNetworkReply::ProxyNotFoundError:
                result.error.requestNotSent = true;
                break;
            default:
                break;
            }
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
        // Refresh and repeat; a second rejection of the same token is reported, never looped.
        // Another process of the profile may rotate the pair between our refresh and the
        // repeat: a rejection of a different, newer token earns one more try (bounded).
        if (call->tokenRetries == 0
            || (call->tokenRetries < kMaxTokenRetries && call->token != call->rejectedToken)) {
            ++call->tokenRetries;
            call->rejectedToken = call->token;
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
                        ApiReply failed {token.error, QJsonValue()};
                        failed.error.requestNotSent = true;
                        self->finish(call, failed);
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

    // Uploads may be repeated too: a second upload only leaves an unused attachment id.
    if (result.error.isTransient() && call->method != Call::Method::Post
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

namespace Desk::Zalo {

void ZaloClient::sendText(const QString &userId, const QString &text, const QString &quoteMessageId,
    SendCallback callback)
{
    QJsonObject message {{QStringLiteral("text"), text}};
    if (!quoteMessageId.isEmpty()) {
        message.insert(QStringLiteral("quote_message_id"), quoteMessageId);
    }
    sendMessage(userId, message, std::move(callback));
}

namespace {

/** The media template (reference §3.1); the simpler {"type":"image"} shape earns -201. */
QJsonObject mediaMessage(const QJsonObject &element)
{
    const QJsonObject payload {{QStringLiteral("template_type"), QStringLiteral("media")},
        {QStringLiteral("elements"), QJsonArray {element}}};
    return QJsonObject {{QStringLiteral("attachment"),
        QJsonObject {{QStringLiteral("type"), QStringLiteral("template")},
            {QStringLiteral("payload"), payload}}}};
}

} // namespace

void ZaloClient::sendImage(const QString &userId, const QString &attachmentId,
    const QString &caption, SendCallback callback)
{
    QJsonObject message
        = mediaMessage(QJsonObject {{QStringLiteral("media_type"), QStringLiteral("image")},
            {QStringLiteral("attachment_id"), attachmentId}});
    if (!caption.isEmpty()) {
        message.insert(QStringLiteral("text"), caption);
    }
    sendMessage(userId, message, std::move(callback));
}

void ZaloClient::sendGif(const QString &userId, const QString &attachmentId, int width, int height,
    const QString &caption, SendCallback callback)
{
    QJsonObject message
        = mediaMessage(QJsonObject {{QStringLiteral("media_type"), QStringLiteral("gif")},
            {QStringLiteral("attachment_id"), attachmentId}, {QStringLiteral("width"), width},
            {QStringLiteral("height"), height}});
    if (!caption.isEmpty()) {
        message.insert(QStringLiteral("text"), caption);
    }
    sendMessage(userId, message, std::move(callback));
}

void ZaloClient::sendFile(const QString &userId, const QString &token, SendCallback callback)
{
    // `file` with payload.token, not the media template (reference §3.1).
    const QJsonObject message {{QStringLiteral("attachment"),
        QJsonObject {{QStringLiteral("type"), QStringLiteral("file")},
            {QStringLiteral("payload"), QJsonObject {{QStringLiteral("token"), token}}}}}};
    sendMessage(userId, message, std::move(callback));
}

void ZaloClient::sendMessage(
    const QString &userId, const QJsonObject &message, SendCallback callback)
{
    const QJsonObject body {
        {QStringLiteral("recipient"), QJsonObject {{QStringLiteral("user_id"), userId}}},
        {QStringLiteral("message"), message}};
    post(QString(ApiPath::SendConsultation), body, [callback](const ApiReply &reply) {
        SendOutcome outcome;
        outcome.error = reply.error;
        outcome.kind = SendOutcome::classify(reply.error);
        if (outcome.kind == SendOutcome::Sent) {
            const QJsonObject data = reply.data.toObject();
            outcome.messageId = idString(data.value(QLatin1String("message_id")));
            outcome.sentTimeMs = integerValue(data.value(QLatin1String("sent_time"))).value_or(0);
            if (outcome.messageId.isEmpty()) {
                // Zalo said error 0, so it went out; without an id the outbox can still find
                // it in the conversation.
                qCWarning(lcZalo) << "send succeeded without a message_id";
            }
        }
        qCInfo(lcZalo) << "send:" << sendOutcomeKindName(outcome.kind)
                       << (outcome.error.ok() ? QString() : outcome.error.toString());
        callback(outcome);
    });
}

void ZaloClient::uploadImage(const QString &path, UploadCallback callback)
{
    uploadPath(path, Attachment::Purpose::Image, std::move(callback));
}

void ZaloClient::uploadFile(const QString &path, UploadCallback callback)
{
    uploadPath(path, Attachment::Purpose::File, std::move(callback));
}

void ZaloClient::uploadPath(
    const QString &path, Attachment::Purpose purpose, UploadCallback callback)
{
    UploadOutcome refused;
    const auto attachment = Attachment::load(path, purpose, &refused.problem);
    if (!attachment) {
        // Answered later, like every other call, so callers see one behaviour.
        refused.error.requestNotSent = true;
        QTimer::singleShot(0, this, [callback, refused] { callback(refused); });
        return;
    }
    upload(*attachment, std::move(callback));
}

void ZaloClient::upload(const Attachment &attachment, UploadCallback callback)
{
    // Built by hand rather than with QHttpMultiPart: the body must survive a repeat after
    // a token refresh or -32, and QHttpMultiPart is consumed by the first send.
    const QByteArray boundary
        = "desk-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QString quotedName = attachment.fileName;
    quotedName.replace(QLatin1Char('"'), QLatin1Char('_'));
    QByteArray body;
    body.reserve(attachment.bytes.size() + 512);
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"file\"; filename=\"" + quotedName.toUtf8()
        + "\"\r\n";
    body += "Content-Type: " + attachment.mimeType + "\r\n\r\n";
    body += attachment.bytes;
    body += "\r\n--" + boundary + "--\r\n";

    auto call = std::make_shared<Call>();
    call->method = Call::Method::Upload;
    call->path = attachment.uploadPath();
    call->rawBody = std::move(body);
    call->contentType = "multipart/form-data; boundary=" + boundary;
    const bool isFile = attachment.kind == Attachment::Kind::File;
    call->callback = [callback, isFile, kind = attachment.kind, width = attachment.width,
                         height = attachment.height](const ApiReply &reply) {
        UploadOutcome outcome;
        outcome.error = reply.error;
        outcome.kind = kind;
        outcome.width = width;
        outcome.height = height;
        if (reply.ok()) {
            outcome.id
                = reply.data.toObject()
                      .value(isFile ? QLatin1String("token") : QLatin1String("attachment_id"))
                      .toString();
            if (outcome.id.isEmpty()) {
                // What Zalo does with a file name it does not like: success, empty data.
                outcome.error = ApiError::make(
                    ErrorKind::Malformed, QStringLiteral("upload answered without an id"));
            }
        }
        callback(outcome);
    };
    call->epoch = m_epoch;
    enqueue(call);
}

} // namespace Desk::Zalo
