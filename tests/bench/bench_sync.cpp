// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end sync from the Zalo OA simulator (a separate zalo-oa-sim process, so it has its
// own core) over loopback into a fresh SQLite profile:
//   1. rate limit off: messages/s and requests/s;
//   2. the OA's 4,000 requests/minute limit on, in the simulator AND the client: share of the
//      limit-bound maximum reached and the number of -32 answers (aim: > 90 %, zero);
//   3. the outbox drained through the sender (lease, durable 'sending' commit, send, 'sent'):
//      replies/s with the limit off and share of the limit-bound maximum with it on;
//   4. the store side alone, no network: queue -> sending -> sent per reply (the durable
//      commit's cost shows here; compare with a build before the leases).
//   bench_sync [sim-path] [messages-unlimited] [messages-limited] [replies]
// DESK_BENCH_BACKEND=postgres: each phase syncs into a fresh team database of a throw-away
// PostgreSQL 15 instead of an SQLite file.
#include "../support/pgcluster.h"
#include "secrets/memorysecretstore.h"
#include "store/outbox.h"
#include "store/store.h"
#include "zalo/syncservice.h"
#include "zalo/tokenmanager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>

using namespace Desk;

namespace {

struct SimProcess
{
    QProcess process;
    QJsonObject info;

    bool start(const QString &path, const QStringList &arguments)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(path, arguments);
        if (!process.waitForStarted(10000)) {
            return false;
        }
        // The simulator prints one JSON line once it listens (generation can take seconds).
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(120000)) {
                return false;
            }
        }
        info = QJsonDocument::fromJson(process.readLine()).object();
        return !info.isEmpty();
    }
    ~SimProcess()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

QJsonObject simStats(const QString &baseUrl)
{
    QNetworkAccessManager network;
    QNetworkReply *reply
        = network.get(QNetworkRequest(QUrl(baseUrl + QStringLiteral("/_sim/stats"))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

/** Sets the simulator's own per-minute limit (0: off) through its admin API. */
void setSimRateLimit(const QString &baseUrl, int perMinute)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(baseUrl + QStringLiteral("/_sim/config")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request,
        QJsonDocument(QJsonObject {{QStringLiteral("rate_limit_per_minute"), perMinute}}).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
}

long peakRssMb()
{
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

struct Run
{
    Zalo::SyncReport report;
    double seconds = 0;
    double openSeconds = 0;
    double passSeconds = 0;
    double afterSeconds = 0;
    QJsonObject stats;
};

/** A simulator process and a fresh profile whose keychain (in memory) holds its tokens. */
struct BenchOa
{
    SimProcess sim;
    QTemporaryDir tmp;
    Secrets::MemorySecretStore secrets;
    Zalo::SyncSettings settings;
    QString base;

    void start(const QString &simPath, const QStringList &arguments)
    {
        if (!sim.start(simPath, arguments)) {
            std::fprintf(stderr, "zalo-oa-sim did not start: %s\n",
                sim.process.readAllStandardError().constData());
            std::exit(1);
        }
        base = sim.info.value(QStringLiteral("base_url")).toString();
        const QString profileId = QStringLiteral("bench");
        Zalo::storeCredentialsBlocking(&secrets, profileId,
            sim.info.value(QStringLiteral("app_id")).toString(),
            sim.info.value(QStringLiteral("secret_key")).toString(),
            sim.info.value(QStringLiteral("access_token")).toString(),
            sim.info.value(QStringLiteral("refresh_token")).toString());
        settings.databasePath = tmp.filePath(QStringLiteral("bench.sqlite"));
        if (qEnvironmentVariable("DESK_BENCH_BACKEND") == QLatin1String("postgres")) {
            // A fresh team database in a throw-away PostgreSQL (tests/support/pgcluster.h).
            TestSupport::PgCluster &cluster = TestSupport::PgCluster::shared();
            QString error;
            const QString name
                = cluster.ensureStarted(&error) ? cluster.createDatabase(&error) : QString();
            if (name.isEmpty()) {
                std::fprintf(stderr, "no PostgreSQL database: %s\n", qPrintable(error));
                std::exit(1);
            }
            settings.databasePath = cluster.uri(name, cluster.superuser());
        }
        settings.profileId = profileId;
        settings.apiBase = QUrl(base);
        settings.oauthBase = QUrl(base);
        settings.intervalMs = 0;
    }
};

Run syncOnce(const QString &simPath, int messages, int rateLimit)
{
    Run run;
    const int citizens = std::max(1, messages / 10);
    BenchOa oa;
    oa.start(simPath,
        {QStringLiteral("--citizens"), QString::number(citizens), QStringLiteral("--messages"),
            QString::number(messages), QStringLiteral("--rate-limit"), QString::number(rateLimit)});
    oa.settings.requestsPerMinute = rateLimit; // 0: no client-side limit
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    run.report = Zalo::runSyncOnce(oa.settings, &oa.secrets);
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
    run.seconds = (endMs - startMs) / 1000.0;
    run.openSeconds = (run.report.startedAtMs - startMs) / 1000.0;
    run.passSeconds = (run.report.finishedAtMs - run.report.startedAtMs) / 1000.0;
    run.afterSeconds = (endMs - run.report.finishedAtMs) / 1000.0;
    run.stats = simStats(oa.base);
    return run;
}

/** Where a run's seconds went: the store's opening (a fresh database creates its schema), the
 *  pass itself (requests and storing), and the classification and outbox drain after it. */
void printBreakdown(const Run &run)
{
    std::printf("  of which: opening the store %.1f s, the pass %.1f s, classifying %d new cases "
                "and draining the outbox %.1f s\n",
        run.openSeconds, run.passSeconds, run.report.classifiedCases, run.afterSeconds);
}

struct Drain
{
    int queued = 0;
    Zalo::DrainReport report;
    double seconds = 0;
    qint64 requests = 0;
};

/** Syncs a small OA, queues one reply to each of `replies` cases inside the reply window and
 *  drains the outbox once, as the sync pass does. */
Drain drainOnce(const QString &simPath, int replies, int rateLimit)
{
    Drain drain;
    BenchOa oa;
    // The sync that opens the cases runs without a limit; the drain alone meets it.
    oa.start(simPath,
        {QStringLiteral("--citizens"), QString::number(replies * 3), QStringLiteral("--rate-limit"),
            QStringLiteral("0")});
    Zalo::SyncSettings &settings = oa.settings;
    const QString &base = oa.base;
    settings.requestsPerMinute = 0;
    Zalo::runSyncOnce(settings, &oa.secrets);
    {
        Store::Store store;
        store.open(settings.databasePath);
        Store::Outbox outbox(store);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 window = now - 6LL * 24 * 3600 * 1000;
        for (const Core::CaseSummary &row : store.cases(Store::CaseFilter(), 0, replies * 3)) {
            if (drain.queued == replies || row.lastInboundAtMs < window) {
                continue;
            }
            Store::OutboxPart part;
            part.text = QStringLiteral("Dạ, Tổ Tư vấn đã tiếp nhận câu hỏi của ông/bà (%1).")
                            .arg(row.code);
            if (!outbox
                     .enqueue(row.id, {part}, Store::OutboxPurpose::Interim,
                         QStringLiteral("bench"), now)
                     .isEmpty()) {
                ++drain.queued;
            }
        }
    }
    const qint64 before = simStats(base).value(QStringLiteral("requests")).toInteger();
    setSimRateLimit(base, rateLimit);
    settings.requestsPerMinute = rateLimit;
    QElapsedTimer timer;
    timer.start();
    drain.report = Zalo::runOutboxOnce(settings, &oa.secrets);
    drain.seconds = timer.elapsed() / 1000.0;
    drain.requests = simStats(base).value(QStringLiteral("requests")).toInteger() - before;
    return drain;
}

/** queue -> sending -> sent for `replies` rows on a local profile, no network. */
double storeCyclesPerSecond(int replies)
{
    QTemporaryDir tmp;
    Store::Store store;
    store.open(tmp.filePath(QStringLiteral("cycles.sqlite")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Core::Citizen citizen;
    citizen.zaloId = QStringLiteral("8000000000000000001");
    citizen.displayName = QStringLiteral("Nguyễn Văn Bình");
    Core::Message message;
    message.messageId = QStringLiteral("m-1");
    message.citizenId = citizen.zaloId;
    message.timeMs = now;
    message.text = QStringLiteral("Cho tôi hỏi thủ tục đăng ký khai sinh.");
    const auto opened = store.ingestConversation(citizen, {message});
    const qint64 caseId = *opened.touchedCaseIds.begin();
    Store::Outbox outbox(store);
    QVector<qint64> ids;
    for (int i = 0; i < replies; ++i) {
        Store::OutboxPart part;
        part.text = QStringLiteral("Trả lời số %1").arg(i);
        ids += outbox.enqueue(
            caseId, {part}, Store::OutboxPurpose::Interim, QStringLiteral("bench"), now);
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < ids.size(); ++i) {
        outbox.markSending(ids.at(i), now + i);
        outbox.markSent(ids.at(i), QStringLiteral("z-%1").arg(i), now + i);
    }
    return ids.size() / (timer.elapsed() / 1000.0);
}

/** The outbox figures: drain with the limit off and on, and the store's own cycle. */
bool runOutboxPhases(const QString &simPath, int replies)
{
    const int limit = 4000;
    const Drain freeDrain = drainOnce(simPath, replies, 0);
    std::printf("outbox drain, rate limit off: %d replies queued, %d sent in %.1f s = %.0f "
                "replies/s (%lld requests)\n",
        freeDrain.queued, freeDrain.report.sent, freeDrain.seconds,
        freeDrain.report.sent / freeDrain.seconds, static_cast<long long>(freeDrain.requests));
    const Drain limitedDrain = drainOnce(simPath, replies, limit);
    const double drainFastest = 60.0 * (std::ceil(double(limitedDrain.requests) / limit) - 1.0);
    std::printf("outbox drain, 4,000 requests/min limit: %d sent, %lld requests in %.1f s; "
                "fastest possible %.1f s -> %.1f %% of the limit-bound maximum\n",
        limitedDrain.report.sent, static_cast<long long>(limitedDrain.requests),
        limitedDrain.seconds, drainFastest,
        limitedDrain.seconds > 0 ? 100.0 * drainFastest / limitedDrain.seconds : 0.0);
    std::printf("store only, queue -> sending -> sent: %.0f replies/s (%d rows)\n",
        storeCyclesPerSecond(2000), 2000);
    return freeDrain.report.sent == freeDrain.queued
        && limitedDrain.report.sent == limitedDrain.queued;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Default: the simulator built beside this benchmark (build/<preset>/src/sim/zalo-oa-sim).
    const QString simPath = argc > 1
        ? QString::fromLocal8Bit(argv[1])
        : QCoreApplication::applicationDirPath() + QStringLiteral("/../../src/sim/zalo-oa-sim");
    const int unlimitedMessages = argc > 2 ? std::atoi(argv[2]) : 200000;
    const int limitedMessages = argc > 3 ? std::atoi(argv[3]) : 30000;
    const int replies = argc > 4 ? std::atoi(argv[4]) : 3000;

    // 0 messages skips a sync phase (to repeat only the outbox figures).
    if (unlimitedMessages <= 0 || limitedMessages <= 0) {
        return runOutboxPhases(simPath, replies) ? 0 : 1;
    }
    const Run fast = syncOnce(simPath, unlimitedMessages, 0);
    std::printf("sync, rate limit off: %d messages (%lld requests) in %.1f s = %.0f messages/s, "
                "%.0f requests/s, outcome %s\n",
        fast.report.newMessages,
        static_cast<long long>(fast.stats.value(QStringLiteral("requests")).toInteger()),
        fast.seconds, fast.report.newMessages / fast.seconds,
        fast.stats.value(QStringLiteral("requests")).toInteger() / fast.seconds,
        fast.report.ok() ? "ok" : qPrintable(fast.report.technicalDetail));
    printBreakdown(fast);

    const int limit = 4000;
    const Run slow = syncOnce(simPath, limitedMessages, limit);
    const qint64 requests = slow.stats.value(QStringLiteral("requests")).toInteger();
    const qint64 limited = slow.stats.value(QStringLiteral("rate_limited")).toInteger();
    // Under a 60-s sliding window no 60 s may hold more than `limit` requests, so the
    // fastest possible schedule sends bursts of `limit` at 0 s, 60 s, 120 s, ...: R requests
    // need at least 60 * (ceil(R / limit) - 1) s (even with an infinitely fast server).
    const double fastest = 60.0 * (std::ceil(double(requests) / limit) - 1.0);
    std::printf(
        "sync, 4,000 requests/min limit: %d messages, %lld requests in %.1f s; fastest possible "
        "under the limit %.1f s -> %.1f %% of the limit-bound maximum; -32 answers: %lld; outcome "
        "%s\n",
        slow.report.newMessages, static_cast<long long>(requests), slow.seconds, fastest,
        slow.seconds > 0 ? 100.0 * fastest / slow.seconds : 0.0, static_cast<long long>(limited),
        slow.report.ok() ? "ok" : qPrintable(slow.report.technicalDetail));
    printBreakdown(slow);
    if (requests <= limit) {
        std::printf("  (only %lld requests: raise the message count so the limit binds)\n",
            static_cast<long long>(requests));
    }

    runOutboxPhases(simPath, replies);
    std::printf("peak RSS of the client process: %ld MB\n", peakRssMb());
    return fast.report.ok() && slow.report.ok() ? 0 : 1;
}
