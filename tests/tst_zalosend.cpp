// SPDX-License-Identifier: GPL-3.0-or-later
// Sending replies and attachments with ZaloClient against the Zalo OA simulator over real
// HTTP on 127.0.0.1: every refusal, the 2,000-character limit, quotes, uploads then sends
// (the exact body Zalo received), local upload checks, and the faults the outbox must survive
// (reply lost -> Unknown with the message really sent; 5xx before processing -> not sent).
#include "secrets/memorysecretstore.h"
#include "sim/simulatorhost.h"
#include "support/testmain.h"
#include "zalo/attachment.h"
#include "zalo/tokenmanager.h"
#include "zalo/zaloclient.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Desk;
using namespace Desk::Zalo;

Q_DECLARE_METATYPE(Desk::Zalo::SendOutcome::Kind)

namespace {

const QString kProfile = QStringLiteral("tst-send");
constexpr qint64 kWeekMs = 7LL * 24 * 3600 * 1000;

struct Fixture
{
    Sim::SimulatorHost sim;
    Sim::SimCredentials credentials;
    QNetworkAccessManager network;
    Secrets::MemorySecretStore secrets;
    std::unique_ptr<TokenManager> tokens;
    std::unique_ptr<ZaloClient> client;
};

ClientOptions fastOptions()
{
    ClientOptions options;
    options.transferTimeoutMs = 5000;
    options.backoffBaseMs = 50;
    options.backoffMaxMs = 200;
    options.rateLimitBackoffBaseMs = 100;
    options.rateLimitBackoffMaxMs = 200;
    options.requestsPerMinute = 0;
    return options;
}

std::unique_ptr<Fixture> makeFixture(ClientOptions options = fastOptions(), int citizens = 60)
{
    auto f = std::make_unique<Fixture>();
    Sim::SimConfig config;
    config.citizens = citizens;
    config.rateLimitPerMinute = 0;
    if (!f->sim.start(config))
        return nullptr;
    f->credentials = f->sim.credentials();
    TokenManager::Options tokenOptions;
    tokenOptions.oauthBase = f->credentials.baseUrl;
    tokenOptions.transferTimeoutMs = 5000;
    f->tokens = std::make_unique<TokenManager>(&f->secrets, &f->network, kProfile, tokenOptions);
    if (options.apiBase == ClientOptions().apiBase)
        options.apiBase = f->credentials.baseUrl;
    f->client = std::make_unique<ZaloClient>(&f->network, f->tokens.get(), options);
    const ApiError stored = storeCredentialsBlocking(&f->secrets, kProfile, f->credentials.appId,
        f->credentials.secretKey, f->credentials.accessToken, f->credentials.refreshToken, 0);
    if (!stored.ok())
        return nullptr;
    return f;
}

/** Runs an async client call and waits for its one callback. */
template<typename Result, typename Start> Result await(Start start, bool *arrived = nullptr)
{
    Result result {};
    bool done = false;
    start([&](const Result &r) {
        result = r;
        done = true;
    });
    const bool ok = QTest::qWaitFor([&] { return done; }, 30000);
    if (arrived)
        *arrived = ok;
    return result;
}

SendOutcome sendText(
    Fixture &f, const QString &userId, const QString &text, const QString &quote = QString())
{
    return await<SendOutcome>([&](auto cb) { f.client->sendText(userId, text, quote, cb); });
}

ZaloClient::UploadOutcome uploadFile(Fixture &f, const QString &path, bool image)
{
    return await<ZaloClient::UploadOutcome>([&](auto cb) {
        if (image)
            f.client->uploadImage(path, cb);
        else
            f.client->uploadFile(path, cb);
    });
}

/** A citizen who wrote just now (inside the 7-day window). */
QString recentCitizen(Fixture &f, int index = 0)
{
    const QString id = f.sim.citizenIds().at(index);
    f.sim.injectInbound(id, QStringLiteral("Cho tôi hỏi thủ tục đăng ký khai sinh?"));
    return id;
}

/** The newest rows of a citizen's conversation, as the outbox's recovery would read them. */
QVector<Core::Message> newestMessages(Fixture &f, const QString &userId)
{
    const auto page
        = await<ZaloClient::PageReply>([&](auto cb) { f.client->conversation(userId, 0, 10, cb); });
    return page.page.messages;
}

/** A citizen whose last message is older than 7 days, found through the API. */
QString staleCitizen(Fixture &f)
{
    const qint64 now = f.sim.nowMs();
    for (const QString &id : f.sim.citizenIds()) {
        qint64 lastInbound = 0;
        for (const Core::Message &m : newestMessages(f, id)) {
            if (m.direction == Core::Direction::Inbound)
                lastInbound = qMax(lastInbound, m.timeMs);
        }
        if (lastInbound > 0 && now - lastInbound > kWeekMs + 60000)
            return id;
    }
    return {};
}

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray jpegBytes(int width = 64, int height = 48)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return bytes;
}

/** `size` bytes that start with the signature of `extension`, as a real file would. */
QByteArray fileOfSize(const QString &extension, qint64 size)
{
    QByteArray head;
    if (extension == QLatin1String("jpg"))
        head = QByteArray("\xFF\xD8\xFF\xE0", 4);
    else if (extension == QLatin1String("png"))
        head = QByteArray("\x89PNG\r\n\x1A\n", 8);
    else if (extension == QLatin1String("gif"))
        head = QByteArray("GIF89a");
    else if (extension == QLatin1String("pdf"))
        head = QByteArray("%PDF-1.4\n");
    else if (extension == QLatin1String("docx"))
        head = QByteArray("PK\x03\x04", 4);
    else if (extension == QLatin1String("doc"))
        head = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    QByteArray bytes = head;
    bytes.append(QByteArray(qMax<qint64>(0, size - head.size()), 'x'));
    return bytes.left(size);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestZaloSend : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void staffMessagesForRefusals_data();
    void staffMessagesForRefusals();

    void sentTextIsInConversation();
    void refusals_data();
    void refusals();
    void textLimit_data();
    void textLimit();
    void quote_data();
    void quote();
    void uploadThenSend_data();
    void uploadThenSend();
    void gifWithSize();
    void expiredUpload();
    void localUploadChecks_data();
    void localUploadChecks();
    void simulatorUploadChecks_data();
    void simulatorUploadChecks();
    void replyLostIsUnknownButSent();
    void replyLostAtRandomNeverDuplicates();
    void serverErrorBeforeProcessingIsNotRecorded();
    void connectionRefusedIsNotSent();
    void rateLimitIsNotSent();
    void expiredTokenRefreshedAndSentOnce();
};

void TestZaloSend::classify_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<SendOutcome::Kind>("kind");
    const auto api = [](int code) { return ApiError::make(ErrorKind::Api, QString(), code); };
    ApiError refused = ApiError::make(ErrorKind::Network, QStringLiteral("refused"));
    refused.requestNotSent = true;
    QTest::addRow("ok") << ApiError() << SendOutcome::Sent;
    for (int code : {-230, -232, -213, -227, -244, -210, -201, -100, -217, -204})
        QTest::addRow("%d refused", code) << api(code) << SendOutcome::Refused;
    for (int code : {-200, -211, -218})
        QTest::addRow("%d retry later", code) << api(code) << SendOutcome::NotSent;
    QTest::addRow("-32") << ApiError::make(ErrorKind::RateLimited, QString(), -32)
                         << SendOutcome::NotSent;
    QTest::addRow("token still rejected")
        << ApiError::make(ErrorKind::InvalidToken, QString(), -216) << SendOutcome::NotSent;
    QTest::addRow("refresh refused")
        << ApiError::make(ErrorKind::AuthFailed, QString()) << SendOutcome::NotSent;
    QTest::addRow("connection refused") << refused << SendOutcome::NotSent;
    QTest::addRow("connection dropped")
        << ApiError::make(ErrorKind::Network, QStringLiteral("closed")) << SendOutcome::Unknown;
    QTest::addRow("timeout") << ApiError::make(ErrorKind::Timeout, QString())
                             << SendOutcome::Unknown;
    QTest::addRow("503") << ApiError::make(ErrorKind::Http, QString(), 0, 503)
                         << SendOutcome::Unknown;
    QTest::addRow("404 page") << ApiError::make(ErrorKind::Http, QString(), 0, 404)
                              << SendOutcome::NotSent;
    QTest::addRow("malformed 200")
        << ApiError::make(ErrorKind::Malformed, QString(), 0, 200) << SendOutcome::Unknown;
}

void TestZaloSend::classify()
{
    QFETCH(ApiError, error);
    QFETCH(SendOutcome::Kind, kind);
    QCOMPARE(SendOutcome::classify(error), kind);
    QCOMPARE(staffMessage(error).isEmpty(), error.ok());
}

void TestZaloSend::staffMessagesForRefusals_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("-230") << -230 << QStringLiteral("7 days");
    QTest::addRow("-232") << -232 << QStringLiteral("never interacted");
    QTest::addRow("-213") << -213 << QStringLiteral("follow");
    QTest::addRow("-227") << -227 << QStringLiteral("45 days");
    QTest::addRow("-244") << -244 << QStringLiteral("blocked this kind");
    QTest::addRow("-210") << -210 << QStringLiteral("2,000 characters");
    QTest::addRow("-201") << -201 << QStringLiteral("quote");
    QTest::addRow("-100") << -100 << QStringLiteral("expired");
    QTest::addRow("other") << -248 << QStringLiteral("error -248");
}

void TestZaloSend::staffMessagesForRefusals()
{
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const QString text = staffMessage(ApiError::make(ErrorKind::Api, QString(), code));
    QVERIFY2(text.contains(mentions), qPrintable(text));
}

void TestZaloSend::sentTextIsInConversation()
{
    auto f = makeFixture();
    QVERIFY(f);
    const QString citizen = recentCitizen(*f);
    const QString text = QStringLiteral("Dạ, hồ sơ khai sinh gồm tờ khai và giấy chứng sinh ạ.");
    const SendOutcome outcome = sendText(*f, citizen, text);
    QCOMPARE(outcome.kind, SendOutcome::Sent);
    QCOMPARE(outcome.messageId.size(), 20);
    QVERIFY(qAbs(outcome.sentTimeMs - f->sim.nowMs()) < 10000);

    const QList<Sim::SentMessage> sent = f->sim.sentMessages();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().messageId, outcome.messageId);
    QCOMPARE(sent.first().userId, citizen);
    const QJsonObject expected {
        {QStringLiteral("recipient"), QJsonObject {{QStringLiteral("user_id"), citizen}}},
        {QStringLiteral("message"), QJsonObject {{QStringLiteral("text"), text}}}};
    QCOMPARE(parsed(sent.first().body), expected);

    const QVector<Core::Message> rows = newestMessages(*f, citizen);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().messageId, outcome.messageId);
    QCOMPARE(rows.first().direction, Core::Direction::Outbound);
    QCOMPARE(rows.first().text, text);
    QCOMPARE(rows.first().timeMs, outcome.sentTimeMs);
    const auto recent
        = await<ZaloClient::PageReply>([&](auto cb) { f->client->listRecentChat(0, 1, cb); });
    QCOMPARE(recent.page.messages.value(0).messageId, outcome.messageId);
}

void TestZaloSend::refusals_data()
{
    QTest::addColumn<QString>("who"); // recent, stale, silent
    QTest::addColumn<int>("adminCode"); // set through the admin API (0: none)
    QTest::addColumn<int>("code");
    QTest::addColumn<SendOutcome::Kind>("kind");
    QTest::addRow("-213 not a follower") << "recent" << -213 << -213 << SendOutcome::Refused;
    QTest::addRow("-227 banned or inactive") << "recent" << -227 << -227 << SendOutcome::Refused;
    QTest::addRow("-244 restricted") << "recent" << -244 << -244 << SendOutcome::Refused;
    QTest::addRow("-217 blocked") << "recent" << -217 << -217 << SendOutcome::Refused;
    QTest::addRow("-218 receive quota") << "recent" << -218 << -218 << SendOutcome::NotSent;
    QTest::addRow("-230 older than 7 days") << "stale" << 0 << -230 << SendOutcome::Refused;
    QTest::addRow("-232 never wrote") << "silent" << 0 << -232 << SendOutcome::Refused;
    QTest::addRow("refusal cleared") << "recent" << 0 << 0 << SendOutcome::Sent;
}

void TestZaloSend::refusals()
{
    QFETCH(QString, who);
    QFETCH(int, adminCode);
    QFETCH(int, code);
    QFETCH(SendOutcome::Kind, kind);
    auto f = makeFixture();
    QVERIFY(f);
    QString citizen;
    if (who == QLatin1String("recent"))
        citizen = recentCitizen(*f);
    else if (who == QLatin1String("stale"))
        citizen = staleCitizen(*f);
    else
        citizen = f->sim.addSilentCitizen();
    QVERIFY(!citizen.isEmpty());
    if (adminCode != 0)
        f->sim.setRefusal(citizen, adminCode);
    if (who == QLatin1String("recent") && adminCode == 0) {
        f->sim.setRefusal(citizen, -213);
        f->sim.clearRefusal(citizen);
    }
    const SendOutcome outcome = sendText(*f, citizen, QStringLiteral("Dạ, em xin trả lời ạ."));
    QCOMPARE(outcome.kind, kind);
    QCOMPARE(outcome.error.code, code);
    QCOMPARE(outcome.messageId.isEmpty(), code != 0);
    QCOMPARE(f->sim.sentMessages().size(), code == 0 ? 1 : 0);
    QCOMPARE(staffMessage(outcome.error).isEmpty(), code == 0);
    // Refusals are answers: the client asked once and did not repeat.
    QCOMPARE(f->client->counters().retries, qint64(0));
}

void TestZaloSend::textLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SendOutcome::Kind>("kind");
    QTest::addColumn<int>("code");
    QString emoji;
    for (int i = 0; i < 2000; ++i)
        emoji += QString::fromUcs4(U"\U0001F64F", 1);
    QTest::addRow("2,000") << QString(2000, QLatin1Char('a')) << SendOutcome::Sent << 0;
    QTest::addRow("2,001") << QString(2001, QLatin1Char('a')) << SendOutcome::Refused << -210;
    QTest::addRow("2,000 Vietnamese") << QString(2000, QChar(0x1EC7)) << SendOutcome::Sent << 0;
    QTest::addRow("2,000 emoji (4,000 UTF-16 units)") << emoji << SendOutcome::Sent << 0;
    QTest::addRow("2,001 emoji") << emoji + emoji.left(2) << SendOutcome::Refused << -210;
}

void TestZaloSend::textLimit()
{
    QFETCH(QString, text);
    QFETCH(SendOutcome::Kind, kind);
    QFETCH(int, code);
    auto f = makeFixture();
    QVERIFY(f);
    const SendOutcome outcome = sendText(*f, recentCitizen(*f), text);
    QCOMPARE(outcome.kind, kind);
    QCOMPARE(outcome.error.code, code);
    QCOMPARE(f->sim.sentMessages().size(), code == 0 ? 1 : 0);
}

void TestZaloSend::quote_data()
{
    QTest::addColumn<QString>("which"); // own, other, forged
    QTest::addColumn<int>("code");
    QTest::addRow("the citizen's own message") << "own" << 0;
    QTest::addRow("another citizen's message") << "other" << -201;
    QTest::addRow("no such message") << "forged" << -201;
}

void TestZaloSend::quote()
{
    QFETCH(QString, which);
    QFETCH(int, code);
    auto f = makeFixture();
    QVERIFY(f);
    const QString citizen = f->sim.citizenIds().at(0);
    const QString own = f->sim.injectInbound(citizen, QStringLiteral("Hồ sơ của tôi đến đâu?"));
    const QString other
        = f->sim.injectInbound(f->sim.citizenIds().at(1), QStringLiteral("Xin chào"));
    const QString quoted = which == QLatin1String("own") ? own
        : which == QLatin1String("other")                ? other
                                                         : QStringLiteral("0123456789abcdef0123");
    const SendOutcome outcome
        = sendText(*f, citizen, QStringLiteral("Hồ sơ đang được thẩm định ạ."), quoted);
    QCOMPARE(outcome.error.code, code);
    QCOMPARE(outcome.kind, code == 0 ? SendOutcome::Sent : SendOutcome::Refused);
    if (code == 0) {
        const QJsonObject message
            = parsed(f->sim.sentMessages().first().body).value(QLatin1String("message")).toObject();
        QCOMPARE(message.value(QLatin1String("quote_message_id")).toString(), own);
    }
}

void TestZaloSend::uploadThenSend_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("caption");
    QTest::addRow("jpg with caption")
        << QStringLiteral("giay_hen.jpg") << jpegBytes() << QStringLiteral("Giấy hẹn trả kết quả");
    QTest::addRow("png without caption")
        << QStringLiteral("mau.png") << fileOfSize(QStringLiteral("png"), 3000) << QString();
    QTest::addRow("gif as an image")
        << QStringLiteral("huong_dan.gif") << fileOfSize(QStringLiteral("gif"), 2 * 1024 * 1024)
        << QString();
    QTest::addRow("pdf") << QStringLiteral("to_khai.pdf")
                         << fileOfSize(QStringLiteral("pdf"), 5 * 1024 * 1024) << QString();
    QTest::addRow("docx") << QStringLiteral("Mẫu đơn.docx")
                          << fileOfSize(QStringLiteral("docx"), 20000) << QString();
    QTest::addRow("doc") << QStringLiteral("don.DOC") << fileOfSize(QStringLiteral("doc"), 9000)
                         << QString();
}

void TestZaloSend::uploadThenSend()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, caption);
    auto f = makeFixture();
    QVERIFY(f);
    QTemporaryDir dir;
    const QString path = writeFile(dir, fileName, bytes);
    QVERIFY(!path.isEmpty());
    const QString extension = QFileInfo(fileName).suffix().toLower();
    const bool image = extension == QLatin1String("jpg") || extension == QLatin1String("png")
        || extension == QLatin1String("gif");
    const ZaloClient::UploadOutcome uploaded = uploadFile(*f, path, image);
    QVERIFY2(uploaded.ok(), qPrintable(uploaded.error.toString() + uploaded.problem));

    const QString citizen = recentCitizen(*f);
    const SendOutcome outcome = await<SendOutcome>([&](auto cb) {
        if (image)
            f->client->sendImage(citizen, uploaded.id, caption, cb);
        else
            f->client->sendFile(citizen, uploaded.id, cb);
    });
    QVERIFY2(outcome.kind == SendOutcome::Sent, qPrintable(outcome.error.toString()));

    QJsonObject message;
    if (image) {
        const QJsonObject element {{QStringLiteral("media_type"), QStringLiteral("image")},
            {QStringLiteral("attachment_id"), uploaded.id}};
        message.insert(QStringLiteral("attachment"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("template")},
                {QStringLiteral("payload"),
                    QJsonObject {{QStringLiteral("template_type"), QStringLiteral("media")},
                        {QStringLiteral("elements"), QJsonArray {element}}}}});
        if (!caption.isEmpty())
            message.insert(QStringLiteral("text"), caption);
    } else {
        message.insert(QStringLiteral("attachment"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("file")},
                {QStringLiteral("payload"), QJsonObject {{QStringLiteral("token"), uploaded.id}}}});
    }
    const QJsonObject expected {
        {QStringLiteral("recipient"), QJsonObject {{QStringLiteral("user_id"), citizen}}},
        {QStringLiteral("message"), message}};
    const QList<Sim::SentMessage> sent = f->sim.sentMessages();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(parsed(sent.first().body), expected);

    // The conversation row links to exactly the bytes that were uploaded.
    const QVector<Core::Message> rows = newestMessages(*f, citizen);
    QCOMPARE(rows.value(0).messageId, outcome.messageId);
    QVERIFY(!rows.value(0).url.isEmpty());
    QNetworkReply *reply = f->network.get(QNetworkRequest(QUrl(rows.value(0).url)));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->readAll(), bytes);
    reply->deleteLater();
}

void TestZaloSend::gifWithSize()
{
    auto f = makeFixture();
    QVERIFY(f);
    QTemporaryDir dir;
    // The size comes from the file's own header (320 x 240, little endian).
    QByteArray bytes = fileOfSize(QStringLiteral("gif"), 900);
    bytes.replace(6, 4, QByteArray("\x40\x01\xF0\x00", 4));
    const auto gif = uploadFile(*f, writeFile(dir, QStringLiteral("a.gif"), bytes), true);
    QVERIFY(gif.ok());
    QCOMPARE(gif.kind, Zalo::Attachment::Kind::Gif);
    QCOMPARE(gif.width, 320);
    QCOMPARE(gif.height, 240);
    const QString citizen = recentCitizen(*f);
    const SendOutcome sent = await<SendOutcome>([&](auto cb) {
        f->client->sendGif(citizen, gif.id, gif.width, gif.height, QString(), cb);
    });
    QCOMPARE(sent.kind, SendOutcome::Sent);
    const QJsonObject element {{QStringLiteral("media_type"), QStringLiteral("gif")},
        {QStringLiteral("attachment_id"), gif.id}, {QStringLiteral("width"), 320},
        {QStringLiteral("height"), 240}};
    const QJsonObject body = parsed(f->sim.sentMessages().first().body);
    QCOMPARE(body[QStringLiteral("message")][QStringLiteral("attachment")]
                 [QStringLiteral("payload")][QStringLiteral("elements")]
                     .toArray(),
        QJsonArray {element});
}

void TestZaloSend::expiredUpload()
{
    auto f = makeFixture();
    QVERIFY(f);
    QTemporaryDir dir;
    const auto image = uploadFile(*f, writeFile(dir, QStringLiteral("a.jpg"), jpegBytes()), true);
    const auto file = uploadFile(
        *f, writeFile(dir, QStringLiteral("b.pdf"), fileOfSize(QStringLiteral("pdf"), 400)), false);
    QVERIFY(image.ok());
    QVERIFY(file.ok());
    f->sim.expireUploads();
    const QString citizen = recentCitizen(*f);
    const SendOutcome imageSent = await<SendOutcome>(
        [&](auto cb) { f->client->sendImage(citizen, image.id, QString(), cb); });
    const SendOutcome fileSent
        = await<SendOutcome>([&](auto cb) { f->client->sendFile(citizen, file.id, cb); });
    const SendOutcome unknown = await<SendOutcome>(
        [&](auto cb) { f->client->sendImage(citizen, QStringLiteral("nope"), QString(), cb); });
    QCOMPARE(imageSent.error.code, -100);
    QCOMPARE(fileSent.error.code, -100);
    QCOMPARE(unknown.error.code, -201);
    QCOMPARE(imageSent.kind, SendOutcome::Refused);
    QCOMPARE(fileSent.kind, SendOutcome::Refused);
    QVERIFY(f->sim.sentMessages().isEmpty());
}

void TestZaloSend::localUploadChecks_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("image"); // uploadImage or uploadFile
    QTest::addColumn<bool>("accepted");
    const qint64 mb = 1024 * 1024;
    QTest::addRow("jpg exactly 1 MB")
        << QStringLiteral("a.jpg") << fileOfSize(QStringLiteral("jpg"), mb) << true << true;
    QTest::addRow("jpg 1 MB + 1 byte")
        << QStringLiteral("a.jpg") << fileOfSize(QStringLiteral("jpg"), mb + 1) << true << false;
    QTest::addRow("png 1 MB + 1 byte")
        << QStringLiteral("a.png") << fileOfSize(QStringLiteral("png"), mb + 1) << true << false;
    QTest::addRow("gif 5 MB + 1 byte")
        << QStringLiteral("a.gif") << fileOfSize(QStringLiteral("gif"), 5 * mb + 1) << true
        << false;
    QTest::addRow("pdf exactly 5 MB")
        << QStringLiteral("a.pdf") << fileOfSize(QStringLiteral("pdf"), 5 * mb) << false << true;
    QTest::addRow("pdf 5 MB + 1 byte")
        << QStringLiteral("a.pdf") << fileOfSize(QStringLiteral("pdf"), 5 * mb + 1) << false
        << false;
    QTest::addRow("png bytes named .jpg")
        << QStringLiteral("a.jpg") << fileOfSize(QStringLiteral("png"), 500) << true << false;
    QTest::addRow("text named .pdf")
        << QStringLiteral("a.pdf") << QByteArray("hello, not a pdf") << false << false;
    QTest::addRow("no extension") << QStringLiteral("scan")
                                  << fileOfSize(QStringLiteral("jpg"), 500) << true << false;
    QTest::addRow("exe as file") << QStringLiteral("setup.exe") << QByteArray("MZ\x90\x00", 4)
                                 << false << false;
    QTest::addRow("pdf as image") << QStringLiteral("a.pdf")
                                  << fileOfSize(QStringLiteral("pdf"), 500) << true << false;
    QTest::addRow("jpg as file") << QStringLiteral("a.jpg")
                                 << fileOfSize(QStringLiteral("jpg"), 500) << false << false;
    QTest::addRow("empty") << QStringLiteral("a.jpg") << QByteArray() << true << false;
}

void TestZaloSend::localUploadChecks()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, image);
    QFETCH(bool, accepted);
    auto f = makeFixture();
    QVERIFY(f);
    QTemporaryDir dir;
    const QString path = writeFile(dir, fileName, bytes);
    const qint64 before = f->sim.stats().requests;
    const ZaloClient::UploadOutcome outcome = uploadFile(*f, path, image);
    QCOMPARE(outcome.ok(), accepted);
    QCOMPARE(outcome.problem.isEmpty(), accepted);
    // A refused file never leaves the desk.
    QCOMPARE(f->sim.stats().requests - before, accepted ? 1 : 0);
    QCOMPARE(outcome.error.requestNotSent, !accepted);
}

void TestZaloSend::simulatorUploadChecks_data()
{
    // The simulator's own checks, reached by skipping the client's (Attachment built by hand).
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("gotId");
    const qint64 mb = 1024 * 1024;
    const int image = int(Attachment::Kind::Image);
    const int file = int(Attachment::Kind::File);
    QTest::addRow("image 1 MB") << image << QStringLiteral("a.jpg")
                                << fileOfSize(QStringLiteral("jpg"), mb) << 0 << true;
    QTest::addRow("image 1 MB + 1 -210")
        << image << QStringLiteral("a.jpg") << fileOfSize(QStringLiteral("jpg"), mb + 1) << -210
        << false;
    QTest::addRow("file 5 MB + 1 -210")
        << file << QStringLiteral("a.pdf") << fileOfSize(QStringLiteral("pdf"), 5 * mb + 1) << -210
        << false;
    QTest::addRow("wrong magic") << image << QStringLiteral("a.png")
                                 << fileOfSize(QStringLiteral("jpg"), 100) << -201 << false;
    QTest::addRow("wrong type for endpoint")
        << file << QStringLiteral("a.jpg") << fileOfSize(QStringLiteral("jpg"), 100) << -201
        << false;
    QTest::addRow("no extension: empty data")
        << image << QStringLiteral("anh") << fileOfSize(QStringLiteral("jpg"), 100) << 0 << false;
}

void TestZaloSend::simulatorUploadChecks()
{
    QFETCH(int, kind);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(bool, gotId);
    auto f = makeFixture();
    QVERIFY(f);
    Attachment attachment;
    attachment.kind = Attachment::Kind(kind);
    attachment.fileName = fileName;
    attachment.mimeType = "application/octet-stream";
    attachment.bytes = bytes;
    const auto outcome
        = await<ZaloClient::UploadOutcome>([&](auto cb) { f->client->upload(attachment, cb); });
    QCOMPARE(outcome.error.code, code);
    QCOMPARE(!outcome.id.isEmpty(), gotId);
    QCOMPARE(outcome.ok(), gotId);
}

void TestZaloSend::replyLostIsUnknownButSent()
{
    auto f = makeFixture();
    QVERIFY(f);
    const QString citizen = recentCitizen(*f);
    Sim::SendFaults faults;
    faults.replyLostNext = 1;
    f->sim.setSendFaults(faults);
    const QString text = QStringLiteral("Dạ, kết quả sẽ có vào thứ Hai tuần sau ạ.");
    const SendOutcome lost = sendText(*f, citizen, text);
    QCOMPARE(lost.kind, SendOutcome::Unknown);
    QVERIFY(lost.messageId.isEmpty());
    QVERIFY(!staffMessage(lost.error).isEmpty());

    // It did go out, exactly once: the client did not repeat it, nor did Qt underneath.
    const QList<Sim::SentMessage> sent = f->sim.sentMessages();
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().replyLost);
    QCOMPARE(f->client->counters().requests, qint64(1));
    QCOMPARE(f->sim.sendFaults().replyLostNext, 0);
    // What the outbox's recovery does: the reply is in the conversation, from the OA.
    const QVector<Core::Message> rows = newestMessages(*f, citizen);
    QCOMPARE(rows.value(0).messageId, sent.first().messageId);
    QCOMPARE(rows.value(0).direction, Core::Direction::Outbound);
    QCOMPARE(rows.value(0).text, text);

    // The fault was for one send only.
    QCOMPARE(sendText(*f, citizen, QStringLiteral("Dạ.")).kind, SendOutcome::Sent);
}

void TestZaloSend::replyLostAtRandomNeverDuplicates()
{
    auto f = makeFixture();
    QVERIFY(f);
    const QString citizen = recentCitizen(*f);
    Sim::SendFaults faults;
    faults.replyLostRate = 0.5;
    f->sim.setSendFaults(faults);
    constexpr int kSends = 24;
    QHash<QString, SendOutcome::Kind> outcomes; // by text, each text unique
    for (int i = 0; i < kSends; ++i) {
        const QString text = QStringLiteral("Dạ, trả lời số %1 ạ.").arg(i);
        outcomes.insert(text, sendText(*f, citizen, text).kind);
    }
    // Every send reached the OA exactly once; the client's view matches what happened.
    const QList<Sim::SentMessage> sent = f->sim.sentMessages();
    QCOMPARE(sent.size(), kSends);
    int lost = 0;
    for (const Sim::SentMessage &m : sent) {
        const QString text = parsed(m.body)
                                 .value(QLatin1String("message"))
                                 .toObject()
                                 .value(QLatin1String("text"))
                                 .toString();
        QVERIFY(outcomes.contains(text));
        QCOMPARE(outcomes.take(text), m.replyLost ? SendOutcome::Unknown : SendOutcome::Sent);
        lost += m.replyLost ? 1 : 0;
    }
    QVERIFY(outcomes.isEmpty());
    QVERIFY2(lost > 0 && lost < kSends, qPrintable(QString::number(lost)));
}

void TestZaloSend::serverErrorBeforeProcessingIsNotRecorded()
{
    auto f = makeFixture();
    QVERIFY(f);
    const QString citizen = recentCitizen(*f);
    const QString before = newestMessages(*f, citizen).value(0).messageId;
    Sim::SendFaults faults;
    faults.serverErrorNext = 1;
    f->sim.setSendFaults(faults);
    const SendOutcome failed = sendText(*f, citizen, QStringLiteral("Dạ, em kiểm tra lại ạ."));
    // The client cannot know the 503 came before processing: Unknown, never repeated.
    QCOMPARE(failed.kind, SendOutcome::Unknown);
    QCOMPARE(failed.error.httpStatus, 503);
    QCOMPARE(f->client->counters().requests, qint64(2)); // the conversation read + the send
    QVERIFY(f->sim.sentMessages().isEmpty());
    QCOMPARE(newestMessages(*f, citizen).value(0).messageId, before);
}

void TestZaloSend::connectionRefusedIsNotSent()
{
    // A port that was just free: nothing listens there, the connection is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ClientOptions options = fastOptions();
    options.apiBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    auto f = makeFixture(options);
    QVERIFY(f);
    const SendOutcome outcome = sendText(*f, f->sim.citizenIds().first(), QStringLiteral("Dạ."));
    QCOMPARE(outcome.kind, SendOutcome::NotSent);
    QCOMPARE(outcome.error.kind, ErrorKind::Network);
    QVERIFY(outcome.error.requestNotSent);
    QVERIFY(f->sim.sentMessages().isEmpty());
}

void TestZaloSend::rateLimitIsNotSent()
{
    ClientOptions options = fastOptions();
    options.maxRateLimitRetries = 1;
    auto f = makeFixture(options);
    QVERIFY(f);
    const QString citizen = recentCitizen(*f);
    Sim::SimConfig config = f->sim.config();
    config.rateLimitPerMinute = 1;
    f->sim.setConfig(config);
    QCOMPARE(sendText(*f, citizen, QStringLiteral("Một")).kind, SendOutcome::Sent);
    const SendOutcome limited = sendText(*f, citizen, QStringLiteral("Hai"));
    QCOMPARE(limited.kind, SendOutcome::NotSent);
    QCOMPARE(limited.error.code, -32);
    QCOMPARE(f->client->counters().rateLimited, qint64(2)); // refused, waited, refused again
    QCOMPARE(f->sim.sentMessages().size(), 1);
}

void TestZaloSend::expiredTokenRefreshedAndSentOnce()
{
    auto f = makeFixture();
    QVERIFY(f);
    const QString citizen = recentCitizen(*f);
    f->sim.expireAccessToken();
    const SendOutcome outcome = sendText(*f, citizen, QStringLiteral("Dạ, em chào anh ạ."));
    QCOMPARE(outcome.kind, SendOutcome::Sent);
    QCOMPARE(f->sim.stats().refreshes, qint64(1));
    QCOMPARE(f->client->counters().tokenRejected, qint64(1));
    QCOMPARE(f->sim.sentMessages().size(), 1);
}

DESK_TEST_GUILESS_MAIN(TestZaloSend)
#include "tst_zalosend.moc"
