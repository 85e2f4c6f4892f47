// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox sender against the Zalo OA simulator over HTTP on 127.0.0.1, with a real SQLite
// store: replies go out in order with the exact text; a reply whose answer is lost is found
// in the conversation and recorded, not sent again; a refusal stops the reply with the reason.
#include "secrets/memorysecretstore.h"
#include "sim/simulatorhost.h"
#include "store/outbox.h"
#include "store/store.h"
#include "support/deskfixtures.h"
#include "support/testmain.h"
#include "zalo/outboxsender.h"
#include "zalo/tokenmanager.h"
#include "zalo/zaloclient.h"

#include <QImage>
#include <QJsonArray>
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
    void attachmentIsRecoveredByItsOwnUpload_data();
    void attachmentIsRecoveredByItsOwnUpload();
    void gifGoesOutWithItsSize();

private:
    /** A JPEG (or a GIF when `name` ends in .gif, 37 x 21) in the test's directory. */
    QString writePicture(const QString &name, int shade);
    qint64 queueFile(qint64 caseId, const QString &path);
    Zalo::ZaloClient::UploadOutcome upload(const QString &path);
    /** The sends to `citizenId` that carried an attachment, oldest first. */
    QVector<Sim::SentMessage> sentAttachments(const QString &citizenId) const;
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

QString TestOutboxSender::writePicture(const QString &name, int shade)
{
    const QString path = m_dir->filePath(name);
    if (name.endsWith(QLatin1String(".gif"))) {
        // The smallest GIF89a, its logical screen set to 37 x 21 (little endian).
        QByteArray gif = QByteArray::fromBase64(
            "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
        gif.replace(6, 4, QByteArray("\x25\x00\x15\x00", 4));
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(gif) == gif.size() ? path : QString();
    }
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(shade, 255 - shade, 128));
    return image.save(path, "JPG") ? path : QString();
}

qint64 TestOutboxSender::queueFile(qint64 caseId, const QString &path)
{
    Store::OutboxPart part;
    part.kind = QStringLiteral("image");
    part.filePath = path;
    const auto ids = Store::Outbox(*m_store).enqueue(
        caseId, {part}, Store::OutboxPurpose::Reply, QStringLiteral("lan"), m_sim->nowMs());
    return ids.value(0);
}

Zalo::ZaloClient::UploadOutcome TestOutboxSender::upload(const QString &path)
{
    Zalo::ZaloClient::UploadOutcome outcome;
    bool done = false;
    m_client->uploadImage(path, [&](const Zalo::ZaloClient::UploadOutcome &result) {
        outcome = result;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return outcome;
}

QVector<Sim::SentMessage> TestOutboxSender::sentAttachments(const QString &citizenId) const
{
    QVector<Sim::SentMessage> result;
    for (const auto &sent : m_sim->sentMessages()) {
        if (sent.userId == citizenId && sent.body.contains("\"attachment\"")) {
            result.append(sent);
        }
    }
    return result;
}

void TestOutboxSender::attachmentIsRecoveredByItsOwnUpload_data()
{
    QTest::addColumn<bool>("consoleImageFirst"); // staff sent a picture from Zalo's console
    QTest::addColumn<int>("ours"); // pictures the desk queues, in a row
    QTest::addColumn<int>("lost"); // of them, sent but with the answer lost
    QTest::addColumn<bool>("crashBeforePost"); // the last one: 'sending', then a crash
    QTest::addColumn<int>("recovered");
    QTest::addRow("ours crashed before its POST, another picture just sent")
        << true << 1 << 0 << true << 0;
    QTest::addRow("ours went out, answer lost, after another picture")
        << true << 1 << 1 << false << 1;
    QTest::addRow("two of ours in a row, both answers lost") << false << 2 << 2 << false << 2;
    QTest::addRow("two of ours in a row, the second crashed before its POST")
        << false << 2 << 0 << true << 0;
}

void TestOutboxSender::attachmentIsRecoveredByItsOwnUpload()
{
    QFETCH(bool, consoleImageFirst);
    QFETCH(int, ours);
    QFETCH(int, lost);
    QFETCH(bool, crashBeforePost);
    QFETCH(int, recovered);
    const QString citizen = m_sim->citizenIds().at(3);
    const qint64 caseId = caseFor(citizen);
    if (consoleImageFirst) {
        // A picture the desk never queued: same kind, moments before; it must stay unclaimed.
        const auto other = upload(writePicture(QStringLiteral("console.jpg"), 10));
        QVERIFY(other.ok());
        bool done = false;
        m_client->sendImage(
            citizen, other.id, QString(), [&](const Zalo::SendOutcome &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    QVector<qint64> ids;
    Store::Outbox outbox(*m_store);
    const auto queueOurs = [&](int i) {
        ids.append(
            queueFile(caseId, writePicture(QStringLiteral("ours-%1.jpg").arg(i), 80 + 60 * i)));
    };
    if (crashBeforePost) {
        // The earlier pictures go out normally; the last one is uploaded and marked `sending`
        // as the sender does, then the process dies before its POST.
        for (int i = 0; i + 1 < ours; ++i) {
            queueOurs(i);
        }
        if (!ids.isEmpty()) {
            QCOMPARE(drain().sent, ids.size());
        }
        queueOurs(ours - 1);
        const auto mine = upload(outbox.item(ids.constLast())->part.filePath);
        QVERIFY(mine.ok());
        QVERIFY(outbox.markSending(ids.constLast(), m_sim->nowMs(), mine.id));
    } else {
        for (int i = 0; i < ours; ++i) {
            queueOurs(i);
        }
    }
    Sim::SendFaults faults;
    faults.replyLostNext = lost;
    m_sim->setSendFaults(faults);
    int found = 0;
    for (int pass = 0; pass < 6 && outbox.pendingCount() > 0; ++pass) {
        found += drain().recovered;
    }
    QCOMPARE(outbox.pendingCount(), 0);
    QCOMPARE(found, recovered);

    // Each picture reached the citizen once, and each row names the message of its own upload.
    const auto sent = sentAttachments(citizen);
    QCOMPARE(sent.size(), ours + (consoleImageFirst ? 1 : 0));
    QSet<QString> claimed;
    for (const qint64 id : ids) {
        const auto row = outbox.item(id);
        QCOMPARE(row->state, Store::OutboxState::Sent);
        QVERIFY(!row->attachmentRef.isEmpty());
        const auto match = std::find_if(sent.cbegin(), sent.cend(),
            [&](const Sim::SentMessage &m) { return m.messageId == row->zaloMessageId; });
        QVERIFY2(match != sent.cend(), qPrintable(row->zaloMessageId));
        QVERIFY2(match->body.contains(row->attachmentRef.toLatin1()), match->body.constData());
        claimed.insert(row->zaloMessageId);
    }
    QCOMPARE(claimed.size(), ours);
}

void TestOutboxSender::gifGoesOutWithItsSize()
{
    // A .gif goes through /upload/gif and out as media_type "gif" with the size of its
    // header: the simulator refuses a gif element without width and height (-201).
    const QString citizen = m_sim->citizenIds().at(4);
    const qint64 caseId = caseFor(citizen);
    const qint64 id = queueFile(caseId, writePicture(QStringLiteral("cam-on.gif"), 0));
    const auto report = drain();
    QCOMPARE(report.sent, 1);
    QCOMPARE(report.refused, 0);
    const auto sent = sentAttachments(citizen);
    QCOMPARE(sent.size(), 1);
    const QJsonObject element = QJsonDocument::fromJson(sent.first().body)
                                    .object()
                                    .value(QStringLiteral("message"))
                                    .toObject()
                                    .value(QStringLiteral("attachment"))
                                    .toObject()
                                    .value(QStringLiteral("payload"))
                                    .toObject()
                                    .value(QStringLiteral("elements"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QCOMPARE(element.value(QStringLiteral("media_type")).toString(), QStringLiteral("gif"));
    QCOMPARE(element.value(QStringLiteral("width")).toInt(), 37);
    QCOMPARE(element.value(QStringLiteral("height")).toInt(), 21);
    QCOMPARE(element.value(QStringLiteral("attachment_id")).toString(),
        Store::Outbox(*m_store).item(id)->attachmentRef);
}

DESK_TEST_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
