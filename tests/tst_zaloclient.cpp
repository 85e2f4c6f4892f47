// SPDX-License-Identifier: GPL-3.0-or-later
// ZaloClient + TokenManager against the Zalo OA simulator over real HTTP on 127.0.0.1:
// envelopes, token expiry and rotation (persisted before use), revocation without a refresh
// loop, -32 back-off, transient faults, transfer timeouts and the client-side rate budget.
#include "secrets/memorysecretstore.h"
#include "sim/simulatorhost.h"
#include "support/testmain.h"
#include "zalo/ratelimiter.h"
#include "zalo/tokenmanager.h"
#include "zalo/zaloclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Desk;
using namespace Desk::Zalo;

namespace {

const QString kProfile = QStringLiteral("tst-profile");

// Watches what leaves the process (the simulator still answers every request): which
// access token each API request carries and how many refreshes were attempted.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    std::function<void(const QNetworkRequest &)> onRequest;
    int tokenRequests = 0;
    QStringList apiTokens; // access_token header of each API request, in order

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        if (request.url().path().endsWith(QLatin1String("/access_token"))) {
            ++tokenRequests;
        } else {
            apiTokens.append(QString::fromUtf8(request.rawHeader("access_token")));
        }
        if (onRequest) {
            onRequest(request);
        }
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

struct Fixture
{
    Sim::SimulatorHost sim;
    Sim::SimCredentials credentials;
    std::unique_ptr<RecordingNetwork> network;
    std::unique_ptr<Secrets::MemorySecretStore> secrets;
    std::unique_ptr<TokenManager> tokens;
    std::unique_ptr<ZaloClient> client;
};

ApiReply waitFor(const std::function<void(ZaloClient::ReplyCallback)> &start, int timeoutMs = 30000)
{
    ApiReply reply;
    bool done = false;
    start([&](const ApiReply &r) {
        reply = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs)) {
        reply.error = ApiError::make(ErrorKind::Network, QStringLiteral("test: no answer"));
    }
    return reply;
}

QJsonObject storedTokens(Secrets::MemorySecretStore *secrets)
{
    return QJsonDocument::fromJson(secrets->value(TokenManager::tokensKey(kProfile)).toUtf8())
        .object();
}

} // namespace

class TestZaloClient : public QObject
{
    Q_OBJECT

private slots:
    void rateLimiterWindow_data();
    void rateLimiterWindow();

    void envelopeErrors_data();
    void envelopeErrors();
    void expiredTokenRefreshesOncePersistsThenRetries();
    void concurrentRejectionsShareOneRefresh();
    void proactiveRefreshBeforeExpiry();
    void failedPersistKeepsPairAndNeverUsesIt();
    void revokedTokensStopWithoutRefreshLoop();
    void refreshNetworkFailureIsTransient();
    void notConfigured();
    void credentialStatus();
    void rateLimitBacksOffThenSucceeds();
    void rateLimitPersistingIsReported();
    void transientFaultsRetriedThenSurfaced_data();
    void transientFaultsRetriedThenSurfaced();
    void transientFaultRecoversWithinRetries();
    void postIsNotRepeatedAfterTransientFailure();
    void transferTimeout();
    void staysUnderTheRateLimitWithoutMinus32();

private:
    std::unique_ptr<Fixture> makeFixture(
        const Sim::SimConfig &config, ClientOptions options = {}, bool storeCredentials = true);
    void setSim(Fixture &f, const std::function<void(Sim::SimConfig &)> &change);
};

std::unique_ptr<Fixture> TestZaloClient::makeFixture(
    const Sim::SimConfig &config, ClientOptions options, bool store)
{
    auto f = std::make_unique<Fixture>();
    if (!f->sim.start(config)) {
        qWarning("simulator did not start");
        return nullptr;
    }
    f->credentials = f->sim.credentials();
    f->network = std::make_unique<RecordingNetwork>();
    f->secrets = std::make_unique<Secrets::MemorySecretStore>();
    TokenManager::Options tokenOptions;
    tokenOptions.oauthBase = f->credentials.baseUrl;
    tokenOptions.transferTimeoutMs = 5000;
    f->tokens = std::make_unique<TokenManager>(
        f->secrets.get(), f->network.get(), kProfile, tokenOptions);
    options.apiBase = f->credentials.baseUrl;
    f->client = std::make_unique<ZaloClient>(f->network.get(), f->tokens.get(), options);
    if (store) {
        const ApiError stored = storeCredentialsBlocking(f->secrets.get(), kProfile,
            f->credentials.appId, f->credentials.secretKey, f->credentials.accessToken,
            f->credentials.refreshToken, 0);
        if (!stored.ok()) {
            qWarning("cannot store credentials: %s", qPrintable(stored.toString()));
            return nullptr;
        }
    }
    return f;
}

void TestZaloClient::setSim(Fixture &f, const std::function<void(Sim::SimConfig &)> &change)
{
    Sim::SimConfig config = f.sim.config();
    change(config);
    f.sim.setConfig(config);
}

static Sim::SimConfig smallSim()
{
    Sim::SimConfig config;
    config.citizens = 20;
    config.rateLimitPerMinute = 0;
    return config;
}

static ClientOptions fastOptions()
{
    ClientOptions options;
    options.transferTimeoutMs = 5000;
    options.backoffBaseMs = 100;
    options.backoffMaxMs = 400;
    options.rateLimitBackoffBaseMs = 200;
    options.rateLimitBackoffMaxMs = 800;
    options.requestsPerMinute = 0;
    return options;
}

void TestZaloClient::rateLimiterWindow_data()
{
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<int>("budget");
    QTest::addRow("4000/min keeps 3%% back") << 4000 << 3880;
    QTest::addRow("240/min") << 240 << 232;
    QTest::addRow("tiny limit still allows one") << 1 << 1;
    QTest::addRow("off") << 0 << 0;
}

void TestZaloClient::rateLimiterWindow()
{
    QFETCH(int, perMinute);
    QFETCH(int, budget);
    RateLimiter limiter(perMinute);
    QCOMPARE(limiter.budget(), budget);
    const qint64 t0 = 1000000;
    if (budget == 0) {
        for (int i = 0; i < 10000; ++i) {
            QCOMPARE(limiter.delayMs(t0), qint64(0));
            limiter.started();
        }
        return;
    }
    for (int i = 0; i < budget; ++i) {
        QCOMPARE(limiter.delayMs(t0), qint64(0));
        limiter.started();
    }
    // Every slot is on the wire: only a reply can free one.
    QCOMPARE(limiter.delayMs(t0 + 5), RateLimiter::kUntilReply);
    // Replies come back at t0 + 100 + i; a slot frees 60 s after its reply, not its send,
    // because the server may have counted the request any time before the reply.
    for (int i = 0; i < budget; ++i) {
        limiter.finished(t0 + 100 + i);
    }
    QCOMPARE(limiter.used(t0 + 1000), budget);
    QCOMPARE(limiter.delayMs(t0 + 1000), t0 + 100 + RateLimiter::kWindowMs + 1 - (t0 + 1000));
    QCOMPARE(limiter.delayMs(t0 + 100 + RateLimiter::kWindowMs), qint64(0));
    QCOMPARE(limiter.used(t0 + 100 + RateLimiter::kWindowMs), budget - 1);
    // A request that never left gives its slot back at once.
    limiter.started();
    limiter.abandoned();
    QCOMPARE(limiter.used(t0 + 100 + RateLimiter::kWindowMs), budget - 1);
    // A -32 pause holds everything, budget or not.
    limiter.pauseUntil(t0 + 200000);
    QCOMPARE(limiter.delayMs(t0 + 190000), qint64(10000));
}

void TestZaloClient::envelopeErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("code");

    QTest::addRow("getoa succeeds")
        << QString(ApiPath::GetOa) << QJsonObject() << ErrorKind::None << 0;
    QTest::addRow("unknown user: -201 in an HTTP 200")
        << QString(ApiPath::UserDetail)
        << QJsonObject {{QStringLiteral("user_id"), QStringLiteral("1")}} << ErrorKind::Api << -201;
    QTest::addRow("missing data parameter: -201")
        << QString(ApiPath::Conversation) << QJsonObject() << ErrorKind::Api << -201;
    QTest::addRow("unknown endpoint: 404 envelope")
        << QStringLiteral("/v2.0/oa/nothing") << QJsonObject() << ErrorKind::Api << 404;
}

void TestZaloClient::envelopeErrors()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, params);
    QFETCH(ErrorKind, kind);
    QFETCH(int, code);
    auto f = makeFixture(smallSim(), fastOptions());
    QVERIFY(f);
    const ApiReply reply = waitFor([&](auto cb) { f->client->get(path, params, cb); });
    QCOMPARE(reply.error.kind, kind);
    QCOMPARE(reply.error.code, code);
    // API errors are answers, not transient failures: asked once.
    QCOMPARE(f->client->counters().requests, qint64(1));
    QCOMPARE(f->client->counters().retries, qint64(0));
}

void TestZaloClient::expiredTokenRefreshesOncePersistsThenRetries()
{
    auto f = makeFixture(smallSim(), fastOptions());
    QVERIFY(f);
    f->sim.expireAccessToken();
    const QString oldRefresh = f->credentials.refreshToken;

    // At the moment each API request leaves, the token it carries must already be the one
    // in the keychain: a crash right after can never lose the rotated pair.
    int requestsWithUnsavedToken = 0;
    f->network->onRequest = [&](const QNetworkRequest &request) {
        const QString token = QString::fromUtf8(request.rawHeader("access_token"));
        if (!token.isEmpty()
            && storedTokens(f->secrets.get()).value(QLatin1String("access_token")).toString()
                != token) {
            ++requestsWithUnsavedToken;
        }
    };
    QSignalSpy rotated(f->tokens.get(), &TokenManager::tokensRotated);

    const ApiReply reply
        = waitFor([&](auto cb) { f->client->get(QString(ApiPath::GetOa), QJsonObject(), cb); });
    QVERIFY2(reply.ok(), qPrintable(reply.error.toString()));
    QCOMPARE(rotated.count(), 1);
    QCOMPARE(f->network->tokenRequests, 1);
    QCOMPARE(f->sim.stats().refreshes, qint64(1));
    QCOMPARE(f->sim.stats().tokenErrors, qint64(1));
    QCOMPARE(f->client->counters().requests, qint64(2));
    QCOMPARE(f->client->counters().retries, qint64(1));
    QCOMPARE(f->client->counters().tokenRejected, qint64(1));
    QCOMPARE(requestsWithUnsavedToken, 0);

    const QJsonObject stored = storedTokens(f->secrets.get());
    QCOMPARE(stored.value(QLatin1String("access_token")).toString(), f->sim.accessToken());
    QCOMPARE(stored.value(QLatin1String("refresh_token")).toString(), f->sim.refreshToken());
    QVERIFY(stored.value(QLatin1String("refresh_token")).toString() != oldRefresh);
    QVERIFY(stored.value(QLatin1String("expires_at_ms")).toInteger()
        > QDateTime::currentMSecsSinceEpoch());
    QVERIFY(f->secrets->value(TokenManager::tokensKey(kProfile)).toUtf8().size() < 2500);
    QCOMPARE(f->network->apiTokens.last(), f->sim.accessToken());
    QCOMPARE(f->tokens->refreshCount(), 1);
}

void TestZaloClient::concurrentRejectionsShareOneRefresh()
{
    auto f = makeFixture(smallSim(), fastOptions());
    QVERIFY(f);
    f->sim.expireAccessToken();
    int done = 0;
    int failed = 0;
    for (int i = 0; i < 8; ++i) {
        f->client->get(QString(ApiPath::GetOa), QJsonObject(), [&](const ApiReply &reply) {
            ++done;
            failed += reply.ok() ? 0 : 1;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 8, 20000);
    QCOMPARE(failed, 0);
    QCOMPARE(f->network->tokenRequests, 1);
    QCOMPARE(f->sim.stats().refreshes, qint64(1));
}

void TestZaloClient::proactiveRefreshBeforeExpiry()
{
    auto f = makeFixture(smallSim(), fastOptions());
    QVERIFY(f);
    // The stored pair says: 100 s lifetime, 1 s left. Less than 20% remains, so the token is
    // refreshed before use although Zalo would still accept it.
    QJsonObject entry = storedTokens(f->secrets.get());
    entry.insert(QStringLiteral("lifetime_sec"), 100);
    entry.insert(QStringLiteral("expires_at_ms"), QDateTime::currentMSecsSinceEpoch() + 1000);
    f->secrets->setValue(TokenManager::tokensKey(kProfile),
        QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
    // A fresh manager reads the keychain as an app start would.
    TokenManager::Options tokenOptions;
    tokenOptions.oauthBase = f->credentials.baseUrl;
    TokenManager tokens(f->secrets.get(), f->network.get(), kProfile, tokenOptions);
    ClientOptions options = fastOptions();
    options.apiBase = f->credentials.baseUrl;
    ZaloClient client(f->network.get(), &tokens, options);

    const ApiReply reply = waitFor([&](auto cb) { client.get(QString(ApiPath::GetOa), {}, cb); });
    QVERIFY2(reply.ok(), qPrintable(reply.error.toString()));
    QCOMPARE(f->sim.stats().refreshes, qint64(1));
    QCOMPARE(f->sim.stats().tokenErrors, qint64(0)); // never sent a token Zalo rejected
    QCOMPARE(tokens.refreshCount(), 1);
    // Fresh pair: 90000 s from the simulator; no refresh on the next call.
    const ApiReply again = waitFor([&](auto cb) { client.get(QString(ApiPath::GetOa), {}, cb); });
    QVERIFY(again.ok());
    QCOMPARE(f->sim.stats().refreshes, qint64(1));
}

void TestZaloClient::failedPersistKeepsPairAndNeverUsesIt()
{
    auto f = makeFixture(smallSim(), fastOptions());
    QVERIFY(f);
    f->sim.expireAccessToken();
    f->secrets->setFailWrites(true);

    const ApiReply failed
        = waitFor([&](auto cb) { f->client->get(QString(ApiPath::GetOa), QJsonObject(), cb); });
    QCOMPARE(failed.error.kind, ErrorKind::SecretStore);
    QCOMPARE(f->sim.stats().refreshes, qint64(1)); // Zalo rotated ...
    const QString rotatedAccess = f->sim.accessToken();
    QVERIFY(!f->network->apiTokens.contains(rotatedAccess)); // ... but it was never used

    f->secrets->setFailWrites(false);
    const ApiReply reply
        = waitFor([&](auto cb) { f->client->get(QString(ApiPath::GetOa), QJsonObject(), cb); });
    QVERIFY2(reply.ok(), qPrintable(reply.error.toString()));
    QCOMPARE(f->sim.stats().refreshes, qint64(1)); // the kept pair, not a second refresh
    QCOMPARE(storedTokens(f->secrets.get()).value(QLatin1String("refresh_token")).toString(),
        f->sim.refreshToken());
    QCOMPARE(f->network->apiTokens.last(), rotatedAccess);
}

void TestZaloClient::revokedTokensStopWithoutRefreshLoop()
{
    auto f = makeFixture(smallSim(), fastOptions());
    QVERIFY(f);
    f->sim.revokeTokens();
    QSignalSpy lost(f->tokens.get(), &TokenManager::reauthorisationNeeded);

    const ApiReply first
        = waitFor([&](auto cb) { f->client->get(QString(ApiPath::GetOa), QJsonObject(), cb); });
    QCOMPARE(first.error.kind, ErrorKind::AuthFailed);
    QCOMPARE(first.error.code, -14014);
    QCOMPARE(lost.count(), 1);
    // Already in the keychain when the failure is reported: a process exiting now is safe.
    QVERIFY(storedTokens(f->secrets.get()).value(QLatin1String("reauth_required")).toBool());
    QCOMPARE(f->network->tokenRequests, 1);
    QCOMPARE(f->sim.stats().refreshes, qint64(0));

    // Later calls fail at once: no refresh, no API request.
    const qint64 apiRequests = f->sim.stats().requests;
    for (int i = 0; i < 3; ++i) {
        const ApiReply again
            = waitFor([&](auto cb) { f->client->get(QString(ApiPath::GetOa), QJsonObject(), cb); });
        QCOMPARE(again.error.kind, ErrorKind::AuthFailed);
    }
    QCOMPARE(f->network->tokenRequests, 1);
    QCOMPARE(f->sim.stats().requests, apiRequests);
    QVERIFY(storedTokens(f->secrets.get()).value(QLatin1String("reauth_required")).toBool());

    // A restarted app (new manager, same keychain) does not spend the dead token again.
    TokenManager::Options tokenOptions;
    tokenOptions.oauthBase = f->credentials.baseUrl;
    TokenManager restarted(f->secrets.get(), f->network.get(), kProfile, tokenOptions);
    ClientOptions options = fastOptions();
    options.apiBase = f->credentials.baseUrl;
    ZaloClient client(f->network.get(), &restarted, options);
    const ApiReply afterRestart
        = waitFor([&](auto cb) { client.get(QString(ApiPath::GetOa), QJsonObject(), cb); });
    QCOMPARE(afterRestart.error.kind, ErrorKind::AuthFailed);
    QCOMPARE(f->network->tokenRequests, 1);
    QCOMPARE(tokenStatusBlocking(f->secrets.get(), kProfile).state,
        TokenStatus::State::ReauthorisationRequired);

    // The administrator consents again and `setup` stores the new pair: work resumes.
    const Sim::SimCredentials fresh = f->sim.reauthorize();
    QVERIFY(storeCredentialsBlocking(f->secrets.get(), kProfile, fresh.appId, fresh.secretKey,
        fresh.accessToken, fresh.refreshToken, 90000)
                .ok());
    const ApiReply resumed
        = waitFor([&](auto cb) { f->client->get(QString(ApiPath::GetOa), QJsonObject(), cb); });
    QVERIFY2(resumed.ok(), qPrintable(resumed.error.toString()));
    QVERIFY(!f->tokens->reauthorisationRequired());
}

void TestZaloClient::refreshNetworkFailureIsTransient()
{
    auto f = makeFixture(smallSim(), fastOptions());
    QVERIFY(f);
    f->sim.expireAccessToken();
    // The OAuth server cannot be reached (nothing listens on port 1): not Zalo's verdict.
    TokenManager::Options unreachable;
    unreachable.oauthBase = QUrl(QStringLiteral("http://127.0.0.1:1"));
    TokenManager offline(f->secrets.get(), f->network.get(), kProfile, unreachable);
    bool done = false;
    TokenResult result;
    offline.tokenRejected(f->credentials.accessToken, [&](const TokenResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(result.error.kind, ErrorKind::Network);
    QVERIFY(result.error.isTransient());
    QVERIFY(!offline.reauthorisationRequired());
    QVERIFY(!storedTokens(f->secrets.get()).value(QLatin1String("reauth_required")).toBool());
    QCOMPARE(tokenStatusBlocking(f->secrets.get(), kProfile).state, TokenStatus::State::Valid);

    // Reachable again: the same refresh token still works.
    const ApiReply reply
        = waitFor([&](auto cb) { f->client->get(QString(ApiPath::GetOa), QJsonObject(), cb); });
    QVERIFY2(reply.ok(), qPrintable(reply.error.toString()));
    QCOMPARE(f->sim.stats().refreshes, qint64(1));
}

void TestZaloClient::notConfigured()
{
    auto f = makeFixture(smallSim(), fastOptions(), false);
    QVERIFY(f);
    const ApiReply reply
        = waitFor([&](auto cb) { f->client->get(QString(ApiPath::GetOa), QJsonObject(), cb); });
    QCOMPARE(reply.error.kind, ErrorKind::NotConfigured);
    QCOMPARE(f->sim.stats().requests, qint64(0));

    f->secrets->setFailReads(true);
    const ApiReply locked
        = waitFor([&](auto cb) { f->client->get(QString(ApiPath::GetOa), QJsonObject(), cb); });
    QCOMPARE(locked.error.kind, ErrorKind::SecretStore);
}

void TestZaloClient::credentialStatus()
{
    Secrets::MemorySecretStore secrets;
    QCOMPARE(tokenStatusBlocking(&secrets, kProfile).state, TokenStatus::State::NotConfigured);
    QCOMPARE(storeCredentialsBlocking(&secrets, kProfile, QString(), QStringLiteral("s"),
                 QStringLiteral("a"), QStringLiteral("r"))
                 .kind,
        ErrorKind::NotConfigured);
    QVERIFY(storeCredentialsBlocking(&secrets, kProfile, QStringLiteral("app"),
        QStringLiteral("secret"), QStringLiteral("access"), QStringLiteral("refresh"), 3600)
                .ok());
    TokenStatus status = tokenStatusBlocking(&secrets, kProfile);
    QCOMPARE(status.state, TokenStatus::State::Valid);
    QVERIFY(
        status.hasAppId && status.hasSecretKey && status.hasAccessToken && status.hasRefreshToken);
    QVERIFY(qAbs(status.expiresAtMs - QDateTime::currentMSecsSinceEpoch() - 3600 * 1000) < 60000);
    QVERIFY(status.detail.isEmpty());
    // Keys are scoped by profile id; nothing else is written.
    QCOMPARE(secrets.keys().size(), 3);
    for (const QString &key : secrets.keys()) {
        QVERIFY(key.startsWith(kProfile + QLatin1Char('/')));
    }
    QVERIFY(storeCredentialsBlocking(&secrets, kProfile, QStringLiteral("app"),
        QStringLiteral("secret"), QString(), QStringLiteral("refresh"))
                .ok());
    QCOMPARE(tokenStatusBlocking(&secrets, kProfile).state, TokenStatus::State::Expired);
    secrets.setFailReads(true);
    QCOMPARE(tokenStatusBlocking(&secrets, kProfile).state, TokenStatus::State::KeychainError);
}

void TestZaloClient::rateLimitBacksOffThenSucceeds()
{
    Sim::SimConfig config = smallSim();
    config.rateLimitPerMinute = 5;
    auto f = makeFixture(config, fastOptions()); // client budget off: it will overshoot
    QVERIFY(f);
    int done = 0;
    int failed = 0;
    for (int i = 0; i < 8; ++i) {
        f->client->get(QString(ApiPath::GetOa), QJsonObject(), [&](const ApiReply &reply) {
            ++done;
            failed += reply.ok() ? 0 : 1;
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(f->client->counters().rateLimited > 0, 10000);
    QCOMPARE(failed, 0); // backing off, not failing
    // The window frees up (here: the OA raises the limit); the waiting requests go through.
    setSim(*f, [](Sim::SimConfig &c) { c.rateLimitPerMinute = 0; });
    QTRY_COMPARE_WITH_TIMEOUT(done, 8, 20000);
    QCOMPARE(failed, 0);
    QCOMPARE(f->client->counters().rateLimited, f->sim.stats().rateLimited);
}

void TestZaloClient::rateLimitPersistingIsReported()
{
    Sim::SimConfig config = smallSim();
    config.rateLimitPerMinute = 1;
    ClientOptions options = fastOptions();
    options.maxRateLimitRetries = 2;
    auto f = makeFixture(config, options);
    QVERIFY(f);
    QVERIFY(waitFor([&](auto cb) { f->client->get(QString(ApiPath::GetOa), {}, cb); }).ok());
    const ApiReply reply
        = waitFor([&](auto cb) { f->client->get(QString(ApiPath::GetOa), {}, cb); });
    QCOMPARE(reply.error.kind, ErrorKind::RateLimited);
    QCOMPARE(reply.error.code, -32);
    QCOMPARE(f->sim.stats().rateLimited, qint64(3)); // first try + 2 retries
}

void TestZaloClient::transientFaultsRetriedThenSurfaced_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addRow("HTTP 503") << "5xx" << ErrorKind::Http;
    QTest::addRow("malformed JSON") << "malformed" << ErrorKind::Malformed;
    QTest::addRow("dropped connection") << "drop" << ErrorKind::Network;
}

void TestZaloClient::transientFaultsRetriedThenSurfaced()
{
    QFETCH(QString, fault);
    QFETCH(ErrorKind, kind);
    ClientOptions options = fastOptions();
    options.maxRetries = 2;
    auto f = makeFixture(smallSim(), options);
    QVERIFY(f);
    setSim(*f, [&](Sim::SimConfig &c) {
        c.http5xxRate = fault == QLatin1String("5xx") ? 1.0 : 0.0;
        c.malformedRate = fault == QLatin1String("malformed") ? 1.0 : 0.0;
        c.dropRate = fault == QLatin1String("drop") ? 1.0 : 0.0;
    });
    const ApiReply reply = waitFor([&](auto cb) {
        f->client->get(QString(ApiPath::Conversation),
            QJsonObject {{QStringLiteral("user_id"), QStringLiteral("1")},
                {QStringLiteral("offset"), 0}, {QStringLiteral("count"), 10}},
            cb);
    });
    QCOMPARE(reply.error.kind, kind);
    QVERIFY(reply.error.isTransient());
    QCOMPARE(f->client->counters().requests, qint64(3)); // 1 + maxRetries, then it gives up
    QCOMPARE(f->client->counters().retries, qint64(2));
    // Qt itself sends a request once more when a kept-alive connection closes unanswered,
    // so the server may count a dropped request twice.
    QVERIFY(f->sim.stats().requests >= 3 && f->sim.stats().requests <= 6);
}

void TestZaloClient::transientFaultRecoversWithinRetries()
{
    ClientOptions options = fastOptions();
    options.backoffBaseMs = 400;
    options.backoffMaxMs = 1600;
    auto f = makeFixture(smallSim(), options);
    QVERIFY(f);
    setSim(*f, [](Sim::SimConfig &c) { c.http5xxRate = 1.0; });
    bool done = false;
    ApiReply reply;
    f->client->get(QString(ApiPath::GetOa), QJsonObject(), [&](const ApiReply &r) {
        reply = r;
        done = true;
    });
    // The first attempt failed and the client is backing off: the server recovers.
    QTRY_VERIFY_WITH_TIMEOUT(f->sim.stats().requests >= 1, 10000);
    setSim(*f, [](Sim::SimConfig &c) { c.http5xxRate = 0.0; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(reply.ok(), qPrintable(reply.error.toString()));
    QVERIFY(f->client->counters().retries >= 1);
}

void TestZaloClient::postIsNotRepeatedAfterTransientFailure()
{
    auto f = makeFixture(smallSim(), fastOptions());
    QVERIFY(f);
    const QString citizen = f->sim.citizenIds().first();
    f->sim.injectInbound(citizen, QStringLiteral("Cho hỏi lịch làm việc thứ Bảy?"));
    setSim(*f, [](Sim::SimConfig &c) { c.http5xxRate = 1.0; });
    const QJsonObject body {
        {QStringLiteral("recipient"), QJsonObject {{QStringLiteral("user_id"), citizen}}},
        {QStringLiteral("message"),
            QJsonObject {
                {QStringLiteral("text"), QStringLiteral("Dạ, sáng thứ Bảy có làm việc.")}}}};
    const qint64 before = f->sim.stats().requests;
    const ApiReply reply
        = waitFor([&](auto cb) { f->client->post(QString(ApiPath::SendConsultation), body, cb); });
    QCOMPARE(reply.error.kind, ErrorKind::Http);
    QCOMPARE(f->sim.stats().requests - before, qint64(1)); // never sent twice
    QCOMPARE(f->client->counters().retries, qint64(0));

    setSim(*f, [](Sim::SimConfig &c) { c.http5xxRate = 0.0; });
    const ApiReply sent
        = waitFor([&](auto cb) { f->client->post(QString(ApiPath::SendConsultation), body, cb); });
    QVERIFY2(sent.ok(), qPrintable(sent.error.toString()));
    QVERIFY(!sent.data.toObject().value(QLatin1String("message_id")).toString().isEmpty());
    QCOMPARE(f->sim.stats().sentMessages, qint64(1));
}

void TestZaloClient::transferTimeout()
{
    ClientOptions options = fastOptions();
    options.transferTimeoutMs = 300;
    options.maxRetries = 1;
    auto f = makeFixture(smallSim(), options);
    QVERIFY(f);
    setSim(*f, [](Sim::SimConfig &c) { c.latencyMs = 1500; });
    QElapsedTimer timer;
    timer.start();
    const ApiReply reply
        = waitFor([&](auto cb) { f->client->get(QString(ApiPath::GetOa), QJsonObject(), cb); });
    QCOMPARE(reply.error.kind, ErrorKind::Timeout);
    QCOMPARE(f->client->counters().timeouts, qint64(2));
    QVERIFY(timer.elapsed() < 1500 * 2); // gave up on its own, did not wait for the server
}

void TestZaloClient::staysUnderTheRateLimitWithoutMinus32()
{
    // The OA allows 240 calls a minute here; the client is told the same and must never
    // earn a -32, yet use more than 90% of the allowance. One minute of real time: the
    // window is Zalo's, it cannot be shortened.
    constexpr int kLimit = 240;
    constexpr int kRequests = 260;
    Sim::SimConfig config = smallSim();
    config.rateLimitPerMinute = kLimit;
    ClientOptions options = fastOptions();
    options.requestsPerMinute = kLimit;
    auto f = makeFixture(config, options);
    QVERIFY(f);
    int done = 0;
    int failed = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 firstWindowDone = 0;
    for (int i = 0; i < kRequests; ++i) {
        f->client->get(QString(ApiPath::GetOa), QJsonObject(), [&](const ApiReply &reply) {
            ++done;
            failed += reply.ok() ? 0 : 1;
            if (timer.elapsed() < RateLimiter::kWindowMs) {
                ++firstWindowDone;
            }
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, kRequests, 90000);
    QCOMPARE(failed, 0);
    QCOMPARE(f->sim.stats().rateLimited, qint64(0));
    QCOMPARE(f->client->counters().rateLimited, qint64(0));
    QVERIFY2(firstWindowDone >= kLimit * 9 / 10,
        qPrintable(QStringLiteral("%1 in the first minute").arg(firstWindowDone)));
    QVERIFY(firstWindowDone <= kLimit);
    qInfo("rate budget: %lld of %d allowed calls in the first minute, 0 x -32", firstWindowDone,
        kLimit);
}

DESK_TEST_GUILESS_MAIN(TestZaloClient)
#include "tst_zaloclient.moc"
