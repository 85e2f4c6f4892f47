// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace Desk::Sim {

/** Everything the simulator can be told; every field also has a zalo-oa-sim flag. */
struct SimConfig
{
    quint64 seed = 20261128;
    int citizens = 200;
    int messages = 0; // 0: about 6 per citizen
    bool live = false; // keep new inbound messages arriving
    int liveIntervalMs = 5000;

    QString appId = QStringLiteral("4318205576013946171");
    QString secretKey = QStringLiteral("sim-secret-key");
    int accessTokenLifetimeSec = 90000; // 25 h like the real OA; seconds in tests
    int refreshTokenLifetimeSec = 90 * 24 * 3600; // about 3 months; -14020 after it
    int uploadLifetimeSec = 7 * 24 * 3600; // uploaded attachment ids and file tokens
    int rateLimitPerMinute = 4000; // 0 switches the limit off

    // Fault injection
    int latencyMs = 0;
    double http5xxRate = 0.0;
    double dropRate = 0.0; // close the connection without answering
    double malformedRate = 0.0; // HTTP 200 with a body that is not JSON
    double corruptRowRate = 0.0; // message rows with a field dropped or of the wrong type

    /** listrecentchat: one row per conversation (its latest message) instead of per message. */
    bool recentChatPerConversation = false;
    /**
     * The OA has a linked, funded Zalo Cloud Account (ZCA). Without one, a consultation
     * reply in the paid part of the window (48 h to 7 days after the citizen's last message)
     * is refused with -320 (reference §13).
     */
    bool zcaFunded = true;
    /**
     * "Now" of the generated data (UTC epoch ms): messages spread over ~30 days before it.
     * 0 = the moment the data is generated. The simulator's clock starts at the anchor and
     * runs in real time, so the 7-day reply window and sent messages use that clock.
     */
    qint64 anchorTimeMs = 0;
};

/**
 * The snake_case view used by POST /_sim/config and the CLI's JSON: latency_ms,
 * http_5xx_rate, drop_rate, malformed_rate, rate_limit_per_minute,
 * access_token_lifetime_sec, upload_lifetime_sec, live, live_interval_ms,
 * recent_chat_per_conversation, zca_funded.
 */
QJsonObject configToJson(const SimConfig &config);
/** Applies the known keys of `json` to `config`; false (and `error`) on a bad value or key. */
bool applyConfigJson(const QJsonObject &json, SimConfig *config, QString *error = nullptr);

/** Counters for tests and benchmarks (also served at GET /_sim/stats). */
struct SimStats
{
    qint64 requests = 0;
    qint64 rateLimited = 0; // -32 answers
    qint64 tokenErrors = 0; // -216/-220 answers
    qint64 refreshes = 0; // successful rotations
    qint64 refreshAttempts = 0; // every call of the token endpoint, refused ones too
    qint64 refreshTokenReuse = 0; // refreshes that presented an already spent refresh token
    qint64 sentMessages = 0;
    qint64 totalMessages = 0;
    int totalCitizens = 0;
};

/** One accepted POST /v3.0/oa/message/cs (GET /_sim/sent lists them). */
struct SentMessage
{
    QString messageId; // the id the OA gave it
    QString userId;
    QByteArray body; // the request body exactly as received
    qint64 timeMs = 0; // the simulator's clock when it was accepted
    bool replyLost = false; // the answer was withheld by the "reply lost" fault
};

/**
 * Faults aimed at POST /v3.0/oa/message/cs only (POST /_sim/send_faults: reply_lost_next,
 * reply_lost_rate, server_error_next). They come after the general faults of SimConfig.
 */
struct SendFaults
{
    /** The next N accepted sends are carried out and recorded, then the connection is
     *  closed without an answer: the client cannot know the reply went out. */
    int replyLostNext = 0;
    /** The same for each accepted send with this probability (seeded). */
    double replyLostRate = 0.0;
    /** The next N sends get HTTP 503 before they are processed (nothing is recorded). */
    int serverErrorNext = 0;
};

/** What a client needs to talk to a running simulator. */
struct SimCredentials
{
    QUrl baseUrl; // API and OAuth base
    QString appId;
    QString secretKey;
    QString accessToken;
    QString refreshToken;
    QString oaId;
};

/**
 * Zalo OA simulator: the real OA's paths, headers, JSON envelopes and error codes over HTTP
 * on 127.0.0.1, with seeded Vietnamese data. Used by the demo, tests and benchmarks.
 * Lives in one thread (its own event loop answers requests); see SimulatorHost to run it in
 * a background thread.
 */
class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(SimConfig config, QObject *parent = nullptr);
    ~Simulator() override;

    /** Generates the data (if not yet) and listens on `address`; port 0 picks a free port. */
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port> — both the API and the OAuth base

    QString accessToken() const;
    QString refreshToken() const;
    SimCredentials credentials() const;
    SimStats stats() const;
    SimConfig config() const;
    void setConfig(const SimConfig &config); // faults and limits; data stays

    /** Adds an inbound message now; returns its message id. Unknown ids become new citizens. */
    QString injectInbound(const QString &citizenId, const QString &text);
    /** Invalidates the current access and refresh tokens (as an OA admin revoking the app). */
    void revokeTokens();
    /** Expires the current access token now (the refresh token stays valid). */
    void expireAccessToken();
    /** Issues a fresh token pair, as when an admin consents again; returns the credentials. */
    SimCredentials reauthorize();

    /** Every accepted consultation message, oldest first, with the exact request body. */
    QList<SentMessage> sentMessages() const;
    /** Sends to `userId` are refused with Zalo error `code` (-213, -227, -244 ...); 0 clears. */
    void setRefusal(const QString &userId, int code);
    /** Reading `userId`'s conversation is refused with `code` (-201 ...); 0 clears. */
    void setConversationRefusal(const QString &userId, int code);
    void setSendFaults(const SendFaults &faults);
    SendFaults sendFaults() const;
    /** A new citizen who follows the OA but never wrote (sends to them get -232). */
    QString addSilentCitizen();
    /** Ages every uploaded attachment id and file token past its lifetime (-100 on use). */
    void expireUploads();

    /** The simulator's clock (UTC epoch ms): anchor time plus time since generation. */
    qint64 nowMs() const;
    /** Generation time of the seeded data, for benchmarks. */
    qint64 generationMs() const;
    /** User ids of all citizens, in generation order (for tests and benchmarks). */
    QStringList citizenIds() const;

signals:
    /** A message was added after start: live traffic, injection or an OA reply. */
    void messageAdded(const QString &messageId, const QString &citizenId, bool inbound);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Desk::Sim
