// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "zalo/apierror.h"
#include "zalo/attachment.h"
#include "zalo/ratelimiter.h"
#include "zalo/zalojson.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Desk::Zalo {

class TokenManager;

struct ClientOptions
{
    QUrl apiBase = QUrl(QStringLiteral("https://openapi.zalo.me"));
    int transferTimeoutMs = 20000;
    /** Extra attempts of an idempotent GET after a transient failure. */
    int maxRetries = 3;
    /** Extra attempts after -32; with the back-off below they span a bit over a minute. */
    int maxRateLimitRetries = 5;
    int requestsPerMinute = 4000; // the OA's documented limit; <= 0: no client-side limit
    double rateSafety = 0.97; // stay this far under it
    int backoffBaseMs = 500; // transient failures: 0.5 s, 1 s, 2 s ... with jitter
    int backoffMaxMs = 15000;
    int rateLimitBackoffBaseMs = 2000; // -32: 2 s, 4 s, 8 s ... with jitter
    int rateLimitBackoffMaxMs = 32000;
};

/** Running totals, for SyncReport and benchmarks. */
struct ClientCounters
{
    qint64 requests = 0; // HTTP requests sent to the API
    qint64 retries = 0; // of those, repeats (back-off, token refresh, -32)
    qint64 rateLimited = 0; // -32 answers seen
    qint64 timeouts = 0; // transfer timeouts
    qint64 tokenRejected = 0; // -216/-220 answers seen
};

struct ApiReply
{
    ApiError error;
    QJsonValue data; // the envelope's `data` when error.ok()
    bool ok() const { return error.ok(); }
};

/**
 * The OA API over QNetworkAccessManager. Every reply's `error` is checked (HTTP 200 with
 * error != 0 is an error). GET parameters go as one percent-encoded JSON string in `data`;
 * the token goes in the `access_token` header.
 *
 * Retries are bounded, with exponential back-off and jitter, and only where repeating is
 * safe: transient failures (network, timeout, dropped connection, 5xx, malformed JSON) of
 * idempotent GETs. A POST is never repeated after a transient failure, because the server
 * may have acted on it (a citizen would get the reply twice); it is repeated only when Zalo
 * refused it outright: -32, or -216/-220 once after a token refresh.
 *
 * A client-side sliding-window budget keeps requests under the OA's per-minute limit; a -32
 * that arrives anyway (other clients share the limit) pauses every request and backs off.
 */
class ZaloClient : public QObject
{
    Q_OBJECT
public:
    using ReplyCallback = std::function<void(const ApiReply &)>;

    ZaloClient(QNetworkAccessManager *network, TokenManager *tokens, ClientOptions options,
        QObject *parent = nullptr);
    ~ZaloClient() override;

    const ClientOptions &options() const { return m_options; }
    ClientCounters counters() const { return m_counters; }
    TokenManager *tokens() const { return m_tokens; }
    /** Requests waiting for the rate budget or on the wire. */
    int pending() const;

    void get(const QString &path, const QJsonObject &params, ReplyCallback callback);
    void post(const QString &path, const QJsonObject &body, ReplyCallback callback);

    // Typed calls used by the sync.
    struct PageReply
    {
        ApiError error;
        MessagePage page;
    };
    using PageCallback = std::function<void(const PageReply &)>;
    void listRecentChat(int offset, int count, PageCallback callback);
    void conversation(const QString &userId, int offset, int count, PageCallback callback);

    struct CitizenReply
    {
        ApiError error;
        Core::Citizen citizen;
    };
    void userDetail(const QString &userId, std::function<void(const CitizenReply &)> callback);

    struct OaReply
    {
        ApiError error;
        OaInfo info;
    };
    void getOa(std::function<void(const OaReply &)> callback);

    // Sending (POST /v3.0/oa/message/cs). The callback gets a SendOutcome; a send is never
    // repeated here after a failure that may have reached Zalo (Unknown), only after -32 and
    // once after a token refresh (-216/-220), when Zalo certainly did not act on it.
    using SendCallback = std::function<void(const SendOutcome &)>;
    /** Text up to 2,000 characters; `quoteMessageId` (may be empty) quotes a citizen's message. */
    void sendText(const QString &userId, const QString &text, const QString &quoteMessageId,
        SendCallback callback);
    /** An uploaded jpg/png/gif by its attachment id, with an optional caption. */
    void sendImage(const QString &userId, const QString &attachmentId, const QString &caption,
        SendCallback callback);
    /** An uploaded gif: Zalo wants its size in pixels with media_type "gif". */
    void sendGif(const QString &userId, const QString &attachmentId, int width, int height,
        const QString &caption, SendCallback callback);
    /** An uploaded pdf/doc/docx by its token. */
    void sendFile(const QString &userId, const QString &token, SendCallback callback);
    /** Any `message` object (text, attachment ...) to `userId`. */
    void sendMessage(const QString &userId, const QJsonObject &message, SendCallback callback);

    struct UploadOutcome
    {
        ApiError error;
        /** Set (translated) when the file was refused here, before any upload. */
        QString problem;
        /** attachment_id (images, gifs) or token (files); valid about 7 days at Zalo. */
        QString id;
        Attachment::Kind kind = Attachment::Kind::Image;
        int width = 0; // gifs: what sendGif() needs
        int height = 0;
        bool ok() const { return error.ok() && problem.isEmpty() && !id.isEmpty(); }
    };
    using UploadCallback = std::function<void(const UploadOutcome &)>;
    /** jpg/png (<= 1 MB, /upload/image) or gif (<= 5 MB, /upload/gif), checked locally first. */
    void uploadImage(const QString &path, UploadCallback callback);
    /** pdf/doc/docx (<= 5 MB, /upload/file), checked locally first. */
    void uploadFile(const QString &path, UploadCallback callback);
    /** An attachment that passed Attachment::check(); multipart field `file`. */
    void upload(const Attachment &attachment, UploadCallback callback);

    /** Drops queued requests and aborts those on the wire; their callbacks never run. */
    void cancelAll();

    /** The shortest wait idleWait() reports: shorter ones are not worth local work. */
    static constexpr qint64 kIdleWorthMs = 1000;

signals:
    /**
     * Requests are waiting and none may leave for `ms` (the per-minute budget is used up, or
     * Zalo answered -32): time the owner may spend on local work. Once per wait.
     */
    void idleWait(qint64 ms);

private:
    /** GET of a page of message rows (listrecentchat, conversation). */
    void getMessagePage(const QString &path, const QJsonObject &params, PageCallback callback);
    void uploadPath(const QString &path, Attachment::Purpose purpose, UploadCallback callback);
    struct Call;
    using CallPtr = std::shared_ptr<Call>;

    void enqueue(const CallPtr &call);
    void pumpQueue();
    void dispatch(const CallPtr &call);
    void send(const CallPtr &call, const QString &token);
    void onFinished(const CallPtr &call, QNetworkReply *reply);
    void retryAfter(const CallPtr &call, qint64 delayMs);
    void finish(const CallPtr &call, const ApiReply &reply);
    qint64 backoffMs(int attempt, int baseMs, int maxMs) const;
    qint64 monotonicMs() const { return m_clock.elapsed(); }

    QNetworkAccessManager *m_network;
    TokenManager *m_tokens;
    ClientOptions m_options;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    QTimer m_queueTimer;
    std::deque<CallPtr> m_queue; // FIFO of calls waiting for the rate budget
    QSet<QNetworkReply *> m_onWire;
    int m_waitingForToken = 0;
    int m_slotsAwaitingToken = 0; // rate slots taken by calls still waiting for a token
    int m_backingOff = 0;
    quint64 m_epoch = 0; // bumped by cancelAll(): late timers and tokens find nothing to do
    ClientCounters m_counters;
};

} // namespace Desk::Zalo
