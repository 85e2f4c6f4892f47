// SPDX-License-Identifier: GPL-3.0-or-later
// Sync passes from the Zalo OA simulator (real HTTP on 127.0.0.1) into a real SQLite store in
// a temporary folder: full and incremental sync, token rotation mid-sync, -32 back-off,
// faults and recovery, interrupted passes, live arrivals, outbound messages sent elsewhere,
// and the SyncService worker thread.
#include "core/classifier.h"
#include "core/domain.h"
#include "core/ratingscale.h"
#include "secrets/memorysecretstore.h"
#include "sim/simulatorhost.h"
#include "store/caseautomation.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/syncledger.h"
#include "support/testmain.h"
#include "zalo/synccontext.h"
#include "zalo/syncengine.h"
#include "zalo/syncservice.h"
#include "zalo/tokenmanager.h"
#include "zalo/zaloclient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>
#include <optional>

#ifdef Q_OS_LINUX
#include <signal.h>
#include <sys/resource.h>
#endif

using namespace Desk;
using namespace Desk::Zalo;

namespace {

const QString kProfile = QStringLiteral("tst-sync");

struct Fixture
{
    QTemporaryDir dir;
    Sim::SimulatorHost sim;
    Sim::SimCredentials credentials;
    std::shared_ptr<Secrets::MemorySecretStore::Data> secretData
        = std::make_shared<Secrets::MemorySecretStore::Data>();
    std::unique_ptr<Secrets::MemorySecretStore> secrets;
    SyncSettings settings;
    std::unique_ptr<Store::Store> store; // the test's own connection, for checks

    QString databasePath() const { return dir.filePath(QStringLiteral("desk.sqlite")); }
};

Sim::SimConfig simConfig(int citizens, int messages = 0)
{
    Sim::SimConfig config;
    config.citizens = citizens;
    config.messages = messages;
    config.rateLimitPerMinute = 0;
    return config;
}

void changeSim(Fixture &f, const std::function<void(Sim::SimConfig &)> &change)
{
    Sim::SimConfig config = f.sim.config();
    change(config);
    f.sim.setConfig(config);
}

std::unique_ptr<Fixture> makeFixture(const Sim::SimConfig &config, qint64 expiresInSec = 0)
{
    auto f = std::make_unique<Fixture>();
    if (!f->dir.isValid() || !f->sim.start(config)) {
        qWarning("cannot set up the simulator or the temporary folder");
        return nullptr;
    }
    f->credentials = f->sim.credentials();
    f->secrets = std::make_unique<Secrets::MemorySecretStore>(f->secretData);
    const ApiError stored = storeCredentialsBlocking(f->secrets.get(), kProfile,
        f->credentials.appId, f->credentials.secretKey, f->credentials.accessToken,
        f->credentials.refreshToken, expiresInSec);
    if (!stored.ok()) {
        qWarning("cannot store credentials: %s", qPrintable(stored.toString()));
        return nullptr;
    }
    f->settings.databasePath = f->databasePath();
    f->settings.profileId = kProfile;
    f->settings.apiBase = f->credentials.baseUrl;
    f->settings.oauthBase = f->credentials.baseUrl;
    f->settings.intervalMs = 0;
    f->settings.requestsPerMinute = 0;
    f->settings.transferTimeoutMs = 5000;
    f->store = std::make_unique<Store::Store>();
    QString error;
    if (!f->store->open(f->databasePath(), &error)) {
        qWarning("cannot open the store: %s", qPrintable(error));
        return nullptr;
    }
    return f;
}

qint64 caseOfCitizen(Store::Store &store, const QString &citizenId)
{
    for (const Core::CaseSummary &row : store.cases(Store::CaseFilter(), 0, 100000)) {
        if (row.citizenId == citizenId) {
            return row.id;
        }
    }
    return 0;
}

int messagesOfCitizen(Store::Store &store, const QString &citizenId)
{
    return store.database()
        .scalar(QStringLiteral("SELECT count(*) FROM messages WHERE citizen_id = ?"), {citizenId},
            QStringLiteral("test"))
        .toInt();
}

int readableCount(Store::Store &store)
{
    return store.database()
        .scalar(QStringLiteral("SELECT count(*) FROM messages WHERE type <> 'unreadable'"), {},
            QStringLiteral("test"))
        .toInt();
}

int unreadableCount(Store::Store &store)
{
    return store.database()
        .scalar(QStringLiteral("SELECT count(*) FROM messages WHERE type = 'unreadable'"), {},
            QStringLiteral("test"))
        .toInt();
}

/** A colleague answers from the OA web console (or another tool): same API, not the desk. */
QString answerFromConsole(Fixture &f, const QString &citizen, const QString &answer)
{
    QNetworkAccessManager network;
    TokenManager::Options tokenOptions;
    tokenOptions.oauthBase = f.credentials.baseUrl;
    TokenManager tokens(f.secrets.get(), &network, kProfile, tokenOptions);
    ClientOptions options;
    options.apiBase = f.credentials.baseUrl;
    ZaloClient client(&network, &tokens, options);
    ApiReply sent;
    bool done = false;
    client.post(QString(ApiPath::SendConsultation),
        QJsonObject {
            {QStringLiteral("recipient"), QJsonObject {{QStringLiteral("user_id"), citizen}}},
            {QStringLiteral("message"), QJsonObject {{QStringLiteral("text"), answer}}}},
        [&](const ApiReply &reply) {
            sent = reply;
            done = true;
        });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return sent.ok() ? sent.data.toObject().value(QLatin1String("message_id")).toString()
                     : QString();
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullSyncThenIncremental();
    void tokenRotationMidSync_data();
    void tokenRotationMidSync();
    void rateLimitBackOffDuringSync();
    void faultStopsPassNextPassRecovers_data();
    void faultStopsPassNextPassRecovers();
    void interruptedPassResumes();
    void liveArrivalsDuringSync();
    void outboundSentElsewhereIsIngestedAsOutbound();
    void noMessageSkippedBelowAKnownOne_data();
    void noMessageSkippedBelowAKnownOne();
    void refusedConversationDoesNotHoldBackTheOthers();
    void unreadableRowsAreReadAgainThenKept();
    void randomlyDamagedRowsLoseNothing();
    void firstSyncReachesBackToTheHorizon();
    void notConfiguredAndAuthErrors();
    void storeWriteFailureIsReported();
    void serviceRunsInWorkerAndCoalesces();
    void serviceRunsOnItsTimer();
    void userMessages_data();
    void userMessages();
};

void TestSync::initTestCase()
{
    qRegisterMetaType<SyncReport>();
}

void TestSync::fullSyncThenIncremental()
{
    auto f = makeFixture(simConfig(2000, 10500));
    QVERIFY(f);
    const Sim::SimStats before = f->sim.stats();
    QCOMPARE(before.totalMessages, qint64(10500));

    QElapsedTimer timer;
    timer.start();
    const SyncReport first = runSyncOnce(f->settings, f->secrets.get());
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(first.ok(), qPrintable(first.technicalDetail));
    QCOMPARE(first.newMessages, 10500);
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
    QCOMPARE(first.requests, int(f->sim.stats().requests - before.requests));
    QVERIFY(first.newCases >= 2000);
    QCOMPARE(first.touchedCaseIds.size(), int(f->store->caseCount()));
    QVERIFY(first.finishedAtMs >= first.startedAtMs);
    qInfo("full sync: %d messages, %d citizens, %d requests in %lld ms = %.0f messages/s, "
          "%.0f requests/s",
        first.newMessages, before.totalCitizens, first.requests, elapsed,
        first.newMessages * 1000.0 / qMax<qint64>(1, elapsed),
        first.requests * 1000.0 / qMax<qint64>(1, elapsed));
    for (const QString &id : f->sim.citizenIds().mid(0, 50)) {
        const auto citizen = f->store->citizen(id);
        QVERIFY2(citizen.has_value(), qPrintable(id));
        QVERIFY(citizen->profileFetched);
        QVERIFY(!citizen->displayName.isEmpty());
    }
    QVERIFY(!f->store->syncValue(QString(SyncStateKey::Watermark)).isEmpty());
    QVERIFY(f->store->syncValue(QString(SyncStateKey::LastError)).isEmpty());

    // Incremental: only what arrived since.
    const QStringList citizens = f->sim.citizenIds();
    f->sim.injectInbound(citizens.at(3), QStringLiteral("Cho hỏi hồ sơ của tôi đến đâu rồi?"));
    f->sim.injectInbound(citizens.at(1500), QStringLiteral("Xin cảm ơn Tổ Tư vấn."));
    f->sim.injectInbound(QStringLiteral("7700000000000000001"),
        QStringLiteral("Tôi muốn đăng ký giao nhận hồ sơ qua bưu chính."));
    const SyncReport second = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(second.ok(), qPrintable(second.technicalDetail));
    QCOMPARE(second.newMessages, 3);
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
    QVERIFY2(second.requests < 20, qPrintable(QString::number(second.requests)));
    QVERIFY(f->store->citizenKnown(QStringLiteral("7700000000000000001")));

    const SyncReport third = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY(third.ok());
    QCOMPARE(third.newMessages, 0);
    QVERIFY(third.touchedCaseIds.isEmpty());
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
}

void TestSync::tokenRotationMidSync_data()
{
    QTest::addColumn<qint64>("storedExpiresIn");
    // Known expiry: refreshed ahead of time. Unknown: refreshed when Zalo says -220.
    QTest::addRow("refresh ahead of expiry") << qint64(1);
    QTest::addRow("refresh on -220") << qint64(0);
}

void TestSync::tokenRotationMidSync()
{
    QFETCH(qint64, storedExpiresIn);
    Sim::SimConfig config = simConfig(300);
    config.accessTokenLifetimeSec = 1;
    config.latencyMs = 10; // a pass of a few seconds: several token lifetimes
    auto f = makeFixture(config, storedExpiresIn);
    QVERIFY(f);
    const SyncReport report = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(report.ok(), qPrintable(report.technicalDetail));
    const Sim::SimStats stats = f->sim.stats();
    QCOMPARE(f->store->messageCount(), stats.totalMessages);
    QVERIFY2(stats.refreshes >= 1, qPrintable(QString::number(stats.refreshes)));
    // The keychain holds the pair Zalo considers current: nothing was lost in rotation.
    TokenStatus status = tokenStatusBlocking(f->secrets.get(), kProfile);
    QVERIFY(status.hasRefreshToken);
    const QString stored = f->secrets->value(TokenManager::tokensKey(kProfile));
    QVERIFY(stored.contains(f->sim.refreshToken()));
    qInfo("%lld refreshes, %lld token errors during one pass", stats.refreshes, stats.tokenErrors);
}

namespace {

int classifiedCases(Store::Store &store)
{
    int classified = 0;
    for (const Core::CaseSummary &row : store.cases(Store::CaseFilter(), 0, 100000)) {
        classified += row.kind.isEmpty() ? 0 : 1;
    }
    return classified;
}

} // namespace

void TestSync::rateLimitBackOffDuringSync()
{
    Sim::SimConfig config = simConfig(40);
    config.rateLimitPerMinute = 30;
    auto f = makeFixture(config);
    QVERIFY(f);
    f->settings.requestsPerMinute = 0; // the client believes there is no limit
    SyncContext context(f->settings, f->secrets.get());
    QString error;
    QVERIFY2(context.open(&error), qPrintable(error));
    QSignalSpy idle(context.client(), &ZaloClient::idleWait);
    QSignalSpy finished(context.engine(), &SyncEngine::finished);
    context.engine()->start();
    QTRY_VERIFY_WITH_TIMEOUT(context.client()->counters().rateLimited > 0, 20000);
    // While the requests wait, the cases stored so far are classified, so less is left for
    // after the pass.
    QVERIFY(idle.count() > 0 || idle.wait(10000));
    QVERIFY(idle.first().first().toLongLong() >= ZaloClient::kIdleWorthMs);
    QTRY_VERIFY_WITH_TIMEOUT(classifiedCases(*f->store) > 0, 10000);
    QCOMPARE(finished.count(), 0); // backing off, not giving up
    // The minute rolls over (here: the limit is lifted) and the pass completes.
    changeSim(*f, [](Sim::SimConfig &c) { c.rateLimitPerMinute = 0; });
    QVERIFY(finished.wait(60000));
    const auto pass = finished.first().first().value<SyncReport>();
    QVERIFY2(pass.ok(), qPrintable(pass.technicalDetail));
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
    QCOMPARE(context.client()->counters().rateLimited, f->sim.stats().rateLimited);
    // The pass's report counts what was classified during the wait and after the pass.
    std::optional<SyncReport> report;
    context.afterSync(pass, [&report](SyncReport done) { report = done; });
    QTRY_VERIFY(report.has_value());
    QCOMPARE(report->classifiedCases, classifiedCases(*f->store));
    Store::CaseAutomation again(
        *f->store, Core::Classifier::fromDefaults(), Core::RatingScale::threeLevel());
    QCOMPARE(again.run(QDateTime::currentMSecsSinceEpoch()).classified, 0);
}

void TestSync::faultStopsPassNextPassRecovers_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<SyncReport::Outcome>("outcome");
    QTest::addRow("malformed JSON") << "malformed" << SyncReport::Outcome::ServerError;
    QTest::addRow("HTTP 503") << "5xx" << SyncReport::Outcome::ServerError;
    QTest::addRow("dropped connections") << "drop" << SyncReport::Outcome::NetworkError;
}

void TestSync::faultStopsPassNextPassRecovers()
{
    QFETCH(QString, fault);
    QFETCH(SyncReport::Outcome, outcome);
    Sim::SimConfig config = simConfig(400);
    config.latencyMs = 2;
    auto f = makeFixture(config);
    QVERIFY(f);
    f->settings.maxRetries = 1;
    {
        SyncContext context(f->settings, f->secrets.get());
        QString error;
        QVERIFY2(context.open(&error), qPrintable(error));
        QSignalSpy finished(context.engine(), &SyncEngine::finished);
        context.engine()->start();
        // Let part of the pass land, then break the server for good.
        QTRY_VERIFY_WITH_TIMEOUT(f->store->messageCount() > 0, 30000);
        changeSim(*f, [&](Sim::SimConfig &c) {
            c.malformedRate = fault == QLatin1String("malformed") ? 1.0 : 0.0;
            c.http5xxRate = fault == QLatin1String("5xx") ? 1.0 : 0.0;
            c.dropRate = fault == QLatin1String("drop") ? 1.0 : 0.0;
        });
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<SyncReport>();
        QCOMPARE(report.outcome, outcome);
        QVERIFY(!report.technicalDetail.isEmpty());
        QVERIFY(!report.userMessage().isEmpty());
    }
    QVERIFY(f->store->messageCount() < f->sim.stats().totalMessages);
    QVERIFY(!f->store->syncValue(QString(SyncStateKey::LastError)).isEmpty());
    QVERIFY(f->store->syncValue(QString(SyncStateKey::Watermark)).isEmpty()); // left alone

    changeSim(*f, [](Sim::SimConfig &c) {
        c.malformedRate = c.http5xxRate = c.dropRate = 0.0;
        c.latencyMs = 0;
    });
    const SyncReport recovered = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(recovered.ok(), qPrintable(recovered.technicalDetail));
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
    QVERIFY(f->store->syncValue(QString(SyncStateKey::LastError)).isEmpty());
}

void TestSync::interruptedPassResumes()
{
    // What a kill leaves behind: some citizens committed, the rest untouched, no watermark.
    // Destroying the pass mid-flight leaves exactly that (each citizen is one transaction).
    Sim::SimConfig config = simConfig(500);
    config.latencyMs = 2;
    auto f = makeFixture(config);
    QVERIFY(f);
    {
        SyncContext context(f->settings, f->secrets.get());
        QString error;
        QVERIFY2(context.open(&error), qPrintable(error));
        context.engine()->start();
        QTRY_VERIFY_WITH_TIMEOUT(f->store->messageCount() > 200, 30000);
    } // gone, mid-pass
    const qint64 partial = f->store->messageCount();
    QVERIFY(partial < f->sim.stats().totalMessages);
    changeSim(*f, [](Sim::SimConfig &c) { c.latencyMs = 0; });
    const SyncReport resumed = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(resumed.ok(), qPrintable(resumed.technicalDetail));
    QCOMPARE(resumed.newMessages, int(f->sim.stats().totalMessages - partial));
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
}

void TestSync::liveArrivalsDuringSync()
{
    Sim::SimConfig config = simConfig(600);
    config.latencyMs = 1;
    config.live = true;
    config.liveIntervalMs = 15; // new inbound messages all through the pass
    auto f = makeFixture(config);
    QVERIFY(f);
    const qint64 initial = f->sim.stats().totalMessages;
    const SyncReport first = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(first.ok(), qPrintable(first.technicalDetail));
    changeSim(*f, [](Sim::SimConfig &c) { c.live = false; });
    const qint64 total = f->sim.stats().totalMessages;
    QVERIFY(total > initial); // messages did arrive while the first pass ran
    // Whatever arrived during or after the first pass is picked up by the next one.
    const SyncReport second = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(second.ok(), qPrintable(second.technicalDetail));
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
    QCOMPARE(f->sim.stats().totalMessages, total);
    qInfo("live: %d messages in pass 1, %d in pass 2", first.newMessages, second.newMessages);
}

void TestSync::outboundSentElsewhereIsIngestedAsOutbound()
{
    auto f = makeFixture(simConfig(30));
    QVERIFY(f);
    QVERIFY(runSyncOnce(f->settings, f->secrets.get()).ok());
    const QString citizen = f->sim.citizenIds().at(7);
    f->sim.injectInbound(citizen, QStringLiteral("Lệ phí cấp bản sao trích lục là bao nhiêu?"));

    const QString answer = QStringLiteral("Dạ, lệ phí là 8.000 đồng/bản.");
    const QString messageId = answerFromConsole(*f, citizen, answer);
    QVERIFY(!messageId.isEmpty());

    const SyncReport report = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(report.ok(), qPrintable(report.technicalDetail));
    QCOMPARE(report.newMessages, 2);
    QVERIFY(f->store->hasMessage(messageId));
    bool found = false;
    for (qint64 caseId : report.touchedCaseIds) {
        for (const Core::Message &message : f->store->messagesForCase(caseId)) {
            if (message.messageId == messageId) {
                found = true;
                QCOMPARE(message.direction, Core::Direction::Outbound);
                QCOMPARE(message.citizenId, citizen);
                QCOMPARE(message.text, answer);
            }
        }
    }
    QVERIFY(found);
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
}

void TestSync::notConfiguredAndAuthErrors()
{
    auto f = makeFixture(simConfig(10));
    QVERIFY(f);
    Secrets::MemorySecretStore empty;
    const SyncReport missing = runSyncOnce(f->settings, &empty);
    QCOMPARE(missing.outcome, SyncReport::Outcome::NotConfigured);
    QCOMPARE(f->store->messageCount(), qint64(0));

    f->sim.revokeTokens();
    const SyncReport revoked = runSyncOnce(f->settings, f->secrets.get());
    QCOMPARE(revoked.outcome, SyncReport::Outcome::AuthError);
    const qint64 requests = f->sim.stats().requests;
    const SyncReport again = runSyncOnce(f->settings, f->secrets.get());
    QCOMPARE(again.outcome, SyncReport::Outcome::AuthError);
    QCOMPARE(f->sim.stats().requests, requests); // no refresh loop across passes or restarts
    QVERIFY(!f->store->syncValue(QString(SyncStateKey::LastError)).isEmpty());

    SyncSettings unreachable = f->settings;
    unreachable.apiBase = QUrl(QStringLiteral("http://127.0.0.1:1"));
    unreachable.maxRetries = 0;
    const Sim::SimCredentials fresh = f->sim.reauthorize();
    QVERIFY(storeCredentialsBlocking(f->secrets.get(), kProfile, fresh.appId, fresh.secretKey,
        fresh.accessToken, fresh.refreshToken, 90000)
                .ok());
    const SyncReport offline = runSyncOnce(unreachable, f->secrets.get());
    QCOMPARE(offline.outcome, SyncReport::Outcome::NetworkError);

    SyncSettings badDatabase = f->settings;
    badDatabase.databasePath = f->dir.path(); // a folder, not a database file
    const SyncReport noStore = runSyncOnce(badDatabase, f->secrets.get());
    QCOMPARE(noStore.outcome, SyncReport::Outcome::StoreError);
}

void TestSync::storeWriteFailureIsReported()
{
#ifdef Q_OS_LINUX
    // "Disk full" for real: a file-size limit on this process makes every SQLite write past
    // the first few KB fail (EFBIG), whatever the user's rights.
    auto f = makeFixture(simConfig(40));
    QVERIFY(f);
    QVERIFY(runSyncOnce(f->settings, f->secrets.get()).ok());
    const QStringList citizens = f->sim.citizenIds();
    for (int i = 0; i < 5; ++i) {
        f->sim.injectInbound(citizens.at(i), QStringLiteral("Tin nhắn %1").arg(i));
    }
    const qint64 stored = f->store->messageCount();
    const QString watermark = f->store->syncValue(QString(SyncStateKey::Watermark));

    SyncContext context(f->settings, f->secrets.get());
    QString error;
    QVERIFY2(context.open(&error), qPrintable(error));
    struct rlimit original
    {
    };
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
    const auto previousHandler = signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = original;
    tiny.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
    QSignalSpy finished(context.engine(), &SyncEngine::finished);
    context.engine()->start();
    const bool done = finished.wait(60000);
    setrlimit(RLIMIT_FSIZE, &original);
    signal(SIGXFSZ, previousHandler);
    QVERIFY(done);
    const auto report = finished.first().first().value<SyncReport>();
    QCOMPARE(report.outcome, SyncReport::Outcome::StoreError);
    QVERIFY(report.userMessage().contains(QStringLiteral("disk full")));
    QCOMPARE(f->store->messageCount(), stored); // nothing half-written
    QCOMPARE(f->store->syncValue(QString(SyncStateKey::Watermark)), watermark);

    // Space again: the next pass brings everything, nothing was lost.
    const SyncReport recovered = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(recovered.ok(), qPrintable(recovered.technicalDetail));
    QCOMPARE(recovered.newMessages, 5);
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
#else
    QSKIP("needs RLIMIT_FSIZE to simulate a full disk");
#endif
}

void TestSync::serviceRunsInWorkerAndCoalesces()
{
    Sim::SimConfig config = simConfig(150);
    config.latencyMs = 20; // a first pass of a second or two, for syncNow() to land in
    auto f = makeFixture(config);
    QVERIFY(f);
    f->settings.intervalMs = 0; // on demand only, so pass counts are exact
    const auto data = f->secretData;
    SyncService service(
        f->settings, [data] { return std::make_unique<Secrets::MemorySecretStore>(data); });
    QSignalSpy started(&service, &SyncService::syncStarted);
    QSignalSpy finished(&service, &SyncService::syncFinished);
    QSignalSpy progress(&service, &SyncService::syncProgress);
    service.start();
    QVERIFY(service.isRunning());
    QVERIFY(started.wait(10000));
    QVERIFY(service.isSyncing());
    // Three requests during the pass coalesce into one more pass.
    service.syncNow();
    service.syncNow();
    service.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    const auto first = finished.at(0).first().value<SyncReport>();
    const auto second = finished.at(1).first().value<SyncReport>();
    QVERIFY2(first.ok(), qPrintable(first.technicalDetail));
    QVERIFY(second.ok());
    QCOMPARE(first.newMessages + second.newMessages, int(f->sim.stats().totalMessages));
    QVERIFY(progress.count() > 0);
    QCOMPARE(started.count(), 2);
    QVERIFY(!service.isSyncing());
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);

    // The GUI thread receives the report: signals arrive queued in the receiver's thread.
    f->sim.injectInbound(f->sim.citizenIds().first(), QStringLiteral("Alô?"));
    QThread *receivedIn = nullptr;
    connect(&service, &SyncService::syncFinished, this,
        [&receivedIn] { receivedIn = QThread::currentThread(); });
    service.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
    QCOMPARE(receivedIn, QThread::currentThread());
    QCOMPARE(finished.at(2).first().value<SyncReport>().newMessages, 1);
    service.stop();
    QVERIFY(!service.isRunning());
    service.syncNow(); // ignored once stopped
    QCOMPARE(finished.count(), 3);
}

void TestSync::serviceRunsOnItsTimer()
{
    auto f = makeFixture(simConfig(20));
    QVERIFY(f);
    f->settings.intervalMs = 300;
    const auto data = f->secretData;
    SyncService service(
        f->settings, [data] { return std::make_unique<Secrets::MemorySecretStore>(data); });
    QSignalSpy finished(&service, &SyncService::syncFinished);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Timers cannot")));
    service.start();
    QVERIFY(finished.wait(10000));
    // No syncNow(): the timer in the worker thread starts the next passes.
    f->sim.injectInbound(f->sim.citizenIds().first(), QStringLiteral("Còn ai trực không ạ?"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 3, 10000);
    const auto first = finished.first().first().value<SyncReport>();
    QVERIFY2(first.ok(), qPrintable(first.technicalDetail));
    QCOMPARE(first.nextRetryMs, 300);
    QTRY_COMPARE_WITH_TIMEOUT(f->store->messageCount(), f->sim.stats().totalMessages, 10000);
    service.stop();
}

void TestSync::noMessageSkippedBelowAKnownOne_data()
{
    QTest::addColumn<QString>("knownOnTop");
    QTest::addColumn<int>("written");
    // The case the issue describes: 14 new messages, then a reply the desk sent.
    QTest::addRow("desk reply over 14") << "desk" << 14;
    QTest::addRow("console answer over 14") << "console" << 14;
    QTest::addRow("desk reply over 25") << "desk" << 25;
    QTest::addRow("desk reply over 3") << "desk" << 3;
}

void TestSync::noMessageSkippedBelowAKnownOne()
{
    QFETCH(QString, knownOnTop);
    QFETCH(int, written);
    auto f = makeFixture(simConfig(20));
    QVERIFY(f);
    QVERIFY(runSyncOnce(f->settings, f->secrets.get()).ok());
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
    const QString citizen = f->sim.citizenIds().at(4);
    for (int i = 1; i <= written; ++i) {
        f->sim.injectInbound(
            citizen, QStringLiteral("Tin nhắn bổ sung số %1 về hồ sơ đất đai").arg(i));
    }
    // Before the next pass, a message the desk already knows lands above the new ones.
    QString knownId;
    if (knownOnTop == QLatin1String("desk")) {
        const qint64 caseId = caseOfCitizen(*f->store, citizen);
        QVERIFY(caseId > 0);
        Store::Outbox outbox(*f->store);
        Store::OutboxPart part;
        part.text = QStringLiteral("Dạ, Tổ Tư vấn đã nhận và đang kiểm tra hồ sơ của ông/bà.");
        QVERIFY(!outbox
                     .enqueue(caseId, {part}, Store::OutboxPurpose::Interim, QStringLiteral("lan"),
                         QDateTime::currentMSecsSinceEpoch())
                     .isEmpty());
        const DrainReport drained = runOutboxOnce(f->settings, f->secrets.get());
        QCOMPARE(drained.sent, 1);
        knownId = outbox.forCase(caseId).last().zaloMessageId;
    } else {
        // Sent from Zalo's own console: the desk learns of it only from the conversation.
        knownId = answerFromConsole(*f, citizen, QStringLiteral("Dạ, ông/bà chờ kết quả nhé."));
        QVERIFY(!knownId.isEmpty());
        QVERIFY(!f->store->hasMessage(knownId));
    }

    const SyncReport report = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(report.ok(), qPrintable(report.technicalDetail));
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
    QCOMPARE(report.citizensNotSynced, 0);
    QVERIFY(f->store->hasMessage(knownId));
    QCOMPARE(messagesOfCitizen(*f->store, citizen),
        int(f->store->messagesForCase(caseOfCitizen(*f->store, citizen)).size()));
    // A further pass finds nothing new and reads only what is newer than the last pass.
    const SyncReport again = runSyncOnce(f->settings, f->secrets.get());
    QCOMPARE(again.newMessages, 0);
    QVERIFY2(again.requests < 10, qPrintable(QString::number(again.requests)));
}

void TestSync::refusedConversationDoesNotHoldBackTheOthers()
{
    auto f = makeFixture(simConfig(30));
    QVERIFY(f);
    const QString refused = f->sim.citizenIds().at(2);
    f->sim.setConversationRefusal(refused, -201);
    const SyncReport first = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(first.ok(), qPrintable(first.technicalDetail));
    QCOMPARE(first.pendingCitizens, 1);
    QCOMPARE(first.citizensNotSynced, 1);
    QVERIFY(first.userMessage().contains(QLatin1String("1 conversation")));
    QCOMPARE(messagesOfCitizen(*f->store, refused), 0);
    QVERIFY(f->store->messageCount() > 0);
    const qint64 watermark = f->store->syncValue(QString(SyncStateKey::Watermark)).toLongLong();
    QVERIFY(watermark > 0); // the OA moved on

    Store::SyncLedger ledger(*f->store);
    const auto pending = ledger.pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().citizenId, refused);
    QCOMPARE(pending.first().attempts, 1);
    QVERIFY(pending.first().lastError.contains(QLatin1String("-201")));
    QVERIFY(pending.first().nextAttemptAtMs > QDateTime::currentMSecsSinceEpoch() + 20000);

    // Others write and are synced; the refused one is not tried before its back-off ends.
    const QString other = f->sim.citizenIds().at(9);
    f->sim.injectInbound(other, QStringLiteral("Cho hỏi thủ tục cấp lại CCCD?"));
    const SyncReport second = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(second.ok(), qPrintable(second.technicalDetail));
    QCOMPARE(second.newMessages, 1);
    QCOMPARE(second.pendingCitizens, 0);
    QCOMPARE(second.citizensNotSynced, 1);
    QVERIFY(f->store->syncValue(QString(SyncStateKey::Watermark)).toLongLong() > watermark);
    QCOMPARE(ledger.pending().first().attempts, 1);

    // Refused again when due: the back-off grows.
    QVERIFY(ledger.retryNow());
    QCOMPARE(runSyncOnce(f->settings, f->secrets.get()).pendingCitizens, 1);
    QCOMPARE(ledger.pending().first().attempts, 2);
    QVERIFY(ledger.pending().first().nextAttemptAtMs > QDateTime::currentMSecsSinceEpoch() + 50000);

    // Zalo answers again: the whole conversation comes in, nothing is pending.
    f->sim.setConversationRefusal(refused, 0);
    QVERIFY(ledger.retryNow());
    const SyncReport healed = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(healed.ok(), qPrintable(healed.technicalDetail));
    QCOMPARE(healed.citizensNotSynced, 0);
    QVERIFY(messagesOfCitizen(*f->store, refused) > 0);
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
    QVERIFY(ledger.pending().isEmpty());
}

void TestSync::unreadableRowsAreReadAgainThenKept()
{
    auto f = makeFixture(simConfig(3, 24));
    QVERIFY(f);
    QVERIFY(runSyncOnce(f->settings, f->secrets.get()).ok());
    const qint64 before = f->store->messageCount();
    QCOMPARE(before, f->sim.stats().totalMessages);
    const QString citizen = f->sim.citizenIds().at(1);
    for (int i = 1; i <= 6; ++i) {
        f->sim.injectInbound(citizen, QStringLiteral("Hỏi thêm lần %1").arg(i));
    }
    // Every row damaged: the walks meet unreadable rows only.
    changeSim(*f, [](Sim::SimConfig &c) { c.corruptRowRate = 1.0; });
    Store::SyncLedger ledger(*f->store);
    for (int walk = 1; walk < SyncEngine::kUnreadableAttempts; ++walk) {
        const SyncReport report = runSyncOnce(f->settings, f->secrets.get());
        QVERIFY2(report.ok(), qPrintable(report.technicalDetail));
        QVERIFY(report.pendingCitizens >= 1);
        QCOMPARE(unreadableCount(*f->store), 0); // read again next pass, not stored yet
        QCOMPARE(f->store->messageCount(), before);
    }
    // The last walk keeps them: shown as unreadable messages with their raw JSON.
    QVERIFY(runSyncOnce(f->settings, f->secrets.get()).ok());
    const int kept = unreadableCount(*f->store);
    QVERIFY2(kept >= 6, qPrintable(QString::number(kept)));
    const QString raw = f->store->database()
                            .scalar(QStringLiteral("SELECT raw_json FROM messages WHERE type = "
                                                   "'unreadable' LIMIT 1"),
                                {}, QStringLiteral("test"))
                            .toString();
    QVERIFY(raw.startsWith(QLatin1Char('{')));

    // Zalo sends them readable again: rows that carried their id become real messages.
    changeSim(*f, [](Sim::SimConfig &c) { c.corruptRowRate = 0.0; });
    QVERIFY(ledger.retryNow());
    QVERIFY(runSyncOnce(f->settings, f->secrets.get()).ok());
    QCOMPARE(qint64(readableCount(*f->store)), f->sim.stats().totalMessages);
    QVERIFY(unreadableCount(*f->store) < kept);
}

void TestSync::randomlyDamagedRowsLoseNothing()
{
    // As tried from outside: answers damaged at random (a field dropped, a type swapped).
    Sim::SimConfig config = simConfig(20, 120);
    config.corruptRowRate = 0.03;
    auto f = makeFixture(config);
    QVERIFY(f);
    Store::SyncLedger ledger(*f->store);
    for (int pass = 0; pass < 3; ++pass) {
        QVERIFY(runSyncOnce(f->settings, f->secrets.get()).ok());
        for (int i = 0; i < 8; ++i) {
            f->sim.injectInbound(f->sim.citizenIds().at((pass * 8 + i) % 20),
                QStringLiteral("Tin mới %1-%2").arg(pass).arg(i));
        }
    }
    changeSim(*f, [](Sim::SimConfig &c) { c.corruptRowRate = 0.0; });
    QVERIFY(ledger.retryNow());
    const SyncReport last = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(last.ok(), qPrintable(last.technicalDetail));
    QCOMPARE(last.citizensNotSynced, 0);
    QCOMPARE(qint64(readableCount(*f->store)), f->sim.stats().totalMessages);
}

void TestSync::firstSyncReachesBackToTheHorizon()
{
    // The OA's history ends 20 days ago and reaches back about 50 days.
    Sim::SimConfig config = simConfig(60);
    const qint64 day = 24LL * 3600 * 1000;
    config.anchorTimeMs = QDateTime::currentMSecsSinceEpoch() - 20 * day;
    auto f = makeFixture(config);
    QVERIFY(f);
    const SyncReport first = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(first.ok(), qPrintable(first.technicalDetail));
    const qint64 horizon = f->store->syncValue(QString(SyncStateKey::HorizonMs)).toLongLong();
    QVERIFY(qAbs(horizon - (QDateTime::currentMSecsSinceEpoch() - 30 * day)) < 60000);
    const qint64 oldest = f->store->database()
                              .scalar(QStringLiteral("SELECT min(time_ms) FROM messages"), {},
                                  QStringLiteral("test"))
                              .toLongLong();
    QVERIFY(f->store->messageCount() > 0);
    QVERIFY(oldest >= horizon);
    QVERIFY(f->store->messageCount() < f->sim.stats().totalMessages);

    // An administrator asks for more: the next pass reaches back further, nothing doubled.
    f->settings.historyDays = 90;
    const SyncReport more = runSyncOnce(f->settings, f->secrets.get());
    QVERIFY2(more.ok(), qPrintable(more.technicalDetail));
    QCOMPARE(f->store->messageCount(), f->sim.stats().totalMessages);
    QVERIFY(f->store->syncValue(QString(SyncStateKey::HorizonMs)).toLongLong() < horizon);
}

void TestSync::userMessages_data()
{
    QTest::addColumn<SyncReport::Outcome>("outcome");
    QTest::addColumn<int>("nextRetryMs");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    using O = SyncReport::Outcome;
    QTest::addRow("offline") << O::NetworkError << 15000 << -201
                             << "Cannot reach Zalo. Working offline; will retry in 15 s.";
    QTest::addRow("up to date") << O::Ok << 15000 << 0 << "Up to date with Zalo.";
    QTest::addRow("re-authorise") << O::AuthError << 15000 << 0
                                  << "Zalo access has expired or was revoked. An administrator "
                                     "must re-authorise the Official Account.";
    QTest::addRow("refresh token used")
        << O::AuthError << 15000 << -14014
        << "Zalo refused the refresh token (error -14014: invalid or already used). Each "
           "refresh token works once; another program or computer may have used it. An "
           "administrator must connect the OA again: Administration > Connect Zalo OA, or "
           "'advisory-desk-cli authorize'.";
    QTest::addRow("refresh token expired")
        << O::AuthError << 15000 << -14020
        << "The refresh token has expired (error -14020): Zalo keeps it for about three "
           "months without use. An administrator must connect the OA again: Administration "
           "> Connect Zalo OA, or 'advisory-desk-cli authorize'.";
    QTest::addRow("zalo error") << O::ZaloError << 30000 << -201
                                << "Zalo refused the request (error -201). Will retry in 30 s.";
    QTest::addRow("slow down, once")
        << O::RateLimited << 0 << -201 << "Zalo asked us to slow down. Try again in a minute.";
}

void TestSync::userMessages()
{
    QFETCH(SyncReport::Outcome, outcome);
    QFETCH(int, nextRetryMs);
    SyncReport report;
    report.outcome = outcome;
    report.nextRetryMs = nextRetryMs;
    QFETCH(int, code);
    report.zaloErrorCode = code;
    report.technicalDetail = QStringLiteral("secret detail that must not show");
    QTEST(report.userMessage(), "expected");
    QVERIFY(!report.outcomeKey().isEmpty());
}

DESK_TEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
