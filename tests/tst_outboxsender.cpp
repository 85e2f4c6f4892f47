// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox sender against the Zalo OA simulator over HTTP on 127.0.0.1, with a real SQLite
// store: replies go out in order with the exact text; a reply whose answer is lost is found
// in the conversation and recorded, not sent again; a refusal stops the reply with the reason.
#include "secrets/memorysecretstore.h"
#include "sim/simulatorhost.h"
#include "store/outbox.h"
#include "store/store.h"
#include "support/deskfixtures.h"
#include "zalo/outboxsender.h"
#include "zalo/tokenmanager.h"
#include "zalo/zaloclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Desk;

namespace {
const QString kProfile = QStringLiteral("tst-outboxsender");
}

class TestOutboxSender : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sendsPartsInOrder();
    void lostReplyIsRecoveredNotResent_data();
    void lostReplyIsRecoveredNotResent();
    void refusalStopsTheReply();

private:
    qint64 caseFor(const QString &citizenId);
    QVector<qint64> queue(qint64 caseId, const QStringList &texts);
    Zalo::DrainReport drain();
    QStringList sentTexts(const QString &citizenId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sim::SimulatorHost> m_sim;
    std::unique_ptr<Store::Store> m_store;
    QNetworkAccessManager m_network;
    Secrets::MemorySecretStore m_secrets;
    std::unique_ptr<Zalo::TokenManager> m_tokens;
    std::unique_ptr<Zalo::ZaloClient> m_client;
    std::unique_ptr<Zalo::OutboxSender> m_sender;
};

void TestOutboxSender::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sim = std::make_unique<Sim::SimulatorHost>();
    Sim::SimConfig config;
    config.citizens = 10;
    config.rateLimitPerMinute = 0;
    QVERIFY(m_sim->start(config));
    const auto credentials = m_sim->credentials();
    m_store = std::make_unique<Store::Store>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("desk.sqlite"))));
    Zalo::TokenManager::Options tokenOptions;
    tokenOptions.oauthBase = credentials.baseUrl;
    m_tokens = std::make_unique<Zalo::TokenManager>(&m_secrets, &m_network, kProfile, tokenOptions);
    QVERIFY(Zalo::storeCredentialsBlocking(&m_secrets, kProfile, credentials.appId,
        credentials.secretKey, credentials.accessToken, credentials.refreshToken, 0)
                .ok());
    Zalo::ClientOptions options;
    options.apiBase = credentials.baseUrl;
    options.transferTimeoutMs = 5000;
    options.requestsPerMinute = 0;
    m_client = std::make_unique<Zalo::ZaloClient>(&m_network, m_tokens.get(), options);
    m_sender = std::make_unique<Zalo::OutboxSender>(m_store.get(), m_client.get());
}

void TestOutboxSender::cleanup()
{
    m_sender.reset();
    m_client.reset();
    m_tokens.reset();
    m_store.reset();
    m_sim.reset();
}

qint64 TestOutboxSender::caseFor(const QString &citizenId)
{
    // The citizen writes (inside the reply window); the desk stores it as sync would.
    const QString messageId = m_sim->injectInbound(citizenId, QStringLiteral("Cho hỏi thủ tục"));
    Core::Message message;
    message.messageId = messageId;
    message.citizenId = citizenId;
    message.timeMs = m_sim->nowMs();
    message.type = QStringLiteral("text");
    message.text = QStringLiteral("Cho hỏi thủ tục");
    const auto result = m_store->ingestConversation(std::nullopt, {message});
    return result.touchedCaseIds.isEmpty() ? 0 : *result.touchedCaseIds.begin();
}

QVector<qint64> TestOutboxSender::queue(qint64 caseId, const QStringList &texts)
{
    QVector<Store::OutboxPart> parts;
    for (const QString &text : texts) {
        Store::OutboxPart part;
        part.text = text;
        parts.append(part);
    }
    return Store::Outbox(*m_store).enqueue(
        caseId, parts, Store::OutboxPurpose::Reply, QStringLiteral("lan"), m_sim->nowMs());
}

Zalo::DrainReport TestOutboxSender::drain()
{
    Zalo::DrainReport report;
    bool done = false;
    m_sender->drain([&](const Zalo::DrainReport &r) {
        report = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
    return report;
}

QStringList TestOutboxSender::sentTexts(const QString &citizenId) const
{
    return TestSupport::sentTexts(*m_sim, citizenId);
}

void TestOutboxSender::sendsPartsInOrder()
{
    const QString citizen = m_sim->citizenIds().at(0);
    const qint64 caseId = caseFor(citizen);
    QVERIFY(caseId > 0);
    const QStringList texts {QStringLiteral("Phần 1: hồ sơ cần có tờ khai."),
        QStringLiteral("Phần 2: nộp tại phường An Xuyên.")};
    const auto ids = queue(caseId, texts);
    const auto report = drain();
    QCOMPARE(report.sent, 2);
    QCOMPARE(report.recovered, 0);
    QCOMPARE(sentTexts(citizen), texts);
    Store::Outbox outbox(*m_store);
    for (const qint64 id : ids) {
        QCOMPARE(outbox.item(id)->state, Store::OutboxState::Sent);
        QVERIFY(!outbox.item(id)->zaloMessageId.isEmpty());
    }
    QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::Replied);
}

void TestOutboxSender::lostReplyIsRecoveredNotResent_data()
{
    QTest::addColumn<int>("lost");
    QTest::addRow("first part lost") << 1;
    QTest::addRow("both parts lost") << 2;
}

void TestOutboxSender::lostReplyIsRecoveredNotResent()
{
    QFETCH(int, lost);
    const QString citizen = m_sim->citizenIds().at(1);
    const qint64 caseId = caseFor(citizen);
    const QStringList texts {
        QStringLiteral("Trả lời phần một"), QStringLiteral("Trả lời phần hai")};
    const auto ids = queue(caseId, texts);

    // Each lost answer leaves its part 'sending' (outcome unknown); the next drain reads the
    // conversation, finds it delivered and records it; nothing reaches the citizen twice.
    Sim::SendFaults faults;
    faults.replyLostNext = lost;
    m_sim->setSendFaults(faults);
    int recovered = 0;
    for (int pass = 0; pass < 4 && Store::Outbox(*m_store).pendingCount() > 0; ++pass) {
        recovered += drain().recovered;
    }
    QCOMPARE(Store::Outbox(*m_store).pendingCount(), 0);
    QCOMPARE(recovered, lost);
    QCOMPARE(sentTexts(citizen), texts);
    Store::Outbox outbox(*m_store);
    for (const qint64 id : ids) {
        QCOMPARE(outbox.item(id)->state, Store::OutboxState::Sent);
    }
}

void TestOutboxSender::refusalStopsTheReply()
{
    const QString citizen = m_sim->citizenIds().at(2);
    const qint64 caseId = caseFor(citizen);
    m_sim->setRefusal(citizen, -244);
    const auto ids = queue(caseId, {QStringLiteral("a"), QStringLiteral("b")});
    const auto report = drain();
    QCOMPARE(report.refused, 1);
    QVERIFY(!report.problem.isEmpty());
    QCOMPARE(report.lastErrorCode, -244);
    Store::Outbox outbox(*m_store);
    for (const qint64 id : ids) {
        QCOMPARE(outbox.item(id)->state, Store::OutboxState::Refused);
        QCOMPARE(outbox.item(id)->errorCode, -244);
    }
    QVERIFY(sentTexts(citizen).isEmpty());
}

QTEST_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
