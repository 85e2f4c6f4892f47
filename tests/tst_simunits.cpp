// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests of the simulator's building blocks, without sockets.
#include "sim/corpus.h"
#include "sim/datagenerator.h"
#include "sim/faultinjector.h"
#include "sim/httpmessage.h"
#include "sim/mediafactory.h"
#include "sim/ratelimiter.h"
#include "sim/rowrenderer.h"
#include "sim/sendlog.h"
#include "sim/simdata.h"
#include "sim/simulator.h"
#include "sim/tokenstore.h"
#include "sim/uploads.h"
#include "support/testmain.h"

#include <QImage>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace Desk::Sim;

class TestSimUnits : public QObject
{
    Q_OBJECT

private slots:
    void messageIdsRoundTrip();
    void messageIdsRejectForgeries_data();
    void messageIdsRejectForgeries();
    void rateLimiterSlidingWindow();
    void rateLimiterDisabled();
    void tokenRotation();
    void tokenLifetime();
    void faultRatesAreHonoured();
    void corruptedBodyDoesNotParse_data();
    void corruptedBodyDoesNotParse();
    void queryItemDecoding();
    void conversationLengthsHitTotal_data();
    void conversationLengthsHitTotal();
    void templatesAreNfc();
    void everySlotIsKnown();
    void configJson_data();
    void configJson();
    void mediaFilesAreValid();
    void multipartField_data();
    void multipartField();
    void uploadChecks_data();
    void uploadChecks();
    void uploadsExpire();
    void sendFaultsCountAndRate();
};

void TestSimUnits::messageIdsRoundTrip()
{
    SimData data(42);
    DataGenerator generator(42, 1'800'000'000'000);
    generator.generate(&data, 50, 400);
    QCOMPARE(data.messageCount(), 400);
    QSet<QString> seen;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{20}$"));
    for (quint32 i = 0; i < quint32(data.messageCount()); ++i) {
        const QString id = data.messageId(i);
        QVERIFY2(hex.match(id).hasMatch(), qPrintable(id));
        QCOMPARE(data.findMessage(id), std::optional<quint32>(i));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 400);
    SimData other(43);
    DataGenerator(43, 1'800'000'000'000).generate(&other, 50, 400);
    QVERIFY(data.messageId(0) != other.messageId(0));
}

void TestSimUnits::messageIdsRejectForgeries_data()
{
    QTest::addColumn<QString>("id");
    QTest::addRow("empty") << QString();
    QTest::addRow("short") << QStringLiteral("abc");
    QTest::addRow("not hex") << QStringLiteral("zzzzzzzzzzzzzzzzzzzz");
    QTest::addRow("real sample") << QStringLiteral("ccc5500cdb7842201b6f");
    QTest::addRow("21 chars") << QStringLiteral("0123456789abcdef01234");
}

void TestSimUnits::messageIdsRejectForgeries()
{
    QFETCH(QString, id);
    SimData data(42);
    DataGenerator(42, 1'800'000'000'000).generate(&data, 20, 100);
    QVERIFY(!data.findMessage(id).has_value());
}

void TestSimUnits::rateLimiterSlidingWindow()
{
    RateLimiter limiter(3);
    QVERIFY(limiter.tryAcquire(1000));
    QVERIFY(limiter.tryAcquire(2000));
    QVERIFY(limiter.tryAcquire(3000));
    QCOMPARE(limiter.remaining(3000), 0);
    QVERIFY(!limiter.tryAcquire(4000));
    QVERIFY(!limiter.tryAcquire(60'999)); // the first call is still inside the window
    QVERIFY(limiter.tryAcquire(61'000)); // ... and now it is not
    QCOMPARE(limiter.remaining(61'000), 0);
    QCOMPARE(limiter.remaining(62'000), 1);
}

void TestSimUnits::rateLimiterDisabled()
{
    RateLimiter limiter(0);
    for (int i = 0; i < 10'000; ++i)
        QVERIFY(limiter.tryAcquire(i));
    QCOMPARE(limiter.remaining(0), std::numeric_limits<int>::max());
}

void TestSimUnits::tokenRotation()
{
    TokenStore tokens(7, 3600);
    const TokenStore::Pair first = tokens.issue();
    QVERIFY(first.accessToken.size() >= 100);
    QVERIFY(first.refreshToken.size() >= 100);
    QCOMPARE(tokens.checkAccess(first.accessToken), TokenStore::AccessCheck::Valid);
    const auto second = tokens.refresh(first.refreshToken);
    QVERIFY(second.has_value());
    QVERIFY(second->accessToken != first.accessToken);
    QVERIFY(second->refreshToken != first.refreshToken);
    QCOMPARE(tokens.checkAccess(first.accessToken), TokenStore::AccessCheck::Expired);
    QCOMPARE(tokens.checkAccess(second->accessToken), TokenStore::AccessCheck::Valid);
    QVERIFY(!tokens.refresh(first.refreshToken).has_value()); // single use
    QCOMPARE(tokens.checkAccess(QStringLiteral("nonsense")), TokenStore::AccessCheck::Invalid);

    TokenStore same(7, 3600);
    QCOMPARE(same.issue().accessToken, first.accessToken); // seeded
}

void TestSimUnits::tokenLifetime()
{
    TokenStore tokens(7, 3600);
    const QString access = tokens.issue().accessToken;
    tokens.setAccessLifetimeSec(0);
    QCOMPARE(tokens.checkAccess(access), TokenStore::AccessCheck::Expired);
    tokens.setAccessLifetimeSec(3600);
    QCOMPARE(tokens.checkAccess(access), TokenStore::AccessCheck::Valid);
    tokens.expireAccessToken();
    QCOMPARE(tokens.checkAccess(access), TokenStore::AccessCheck::Expired);
    const QString refresh = tokens.refreshToken();
    QVERIFY(tokens.refresh(refresh).has_value()); // the refresh token survives expiry
    tokens.revoke();
    QVERIFY(tokens.accessToken().isEmpty());
}

void TestSimUnits::faultRatesAreHonoured()
{
    FaultInjector faults(1);
    faults.setRates(0, 0.2, 0.1, 0.3);
    int drops = 0, errors = 0, malformed = 0;
    constexpr int kRuns = 20'000;
    for (int i = 0; i < kRuns; ++i) {
        switch (faults.next()) {
        case FaultInjector::Fault::Drop:
            ++drops;
            break;
        case FaultInjector::Fault::ServerError:
            ++errors;
            break;
        case FaultInjector::Fault::Malformed:
            ++malformed;
            break;
        case FaultInjector::Fault::None:
            break;
        }
    }
    // Drop 10%; 5xx 20% of the rest; malformed 30% of what is left.
    QVERIFY(qAbs(drops / double(kRuns) - 0.10) < 0.015);
    QVERIFY(qAbs(errors / double(kRuns) - 0.18) < 0.015);
    QVERIFY(qAbs(malformed / double(kRuns) - 0.216) < 0.015);
}

void TestSimUnits::corruptedBodyDoesNotParse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("envelope") << QByteArray(R"({"data":[],"error":0,"message":"Success"})");
    QTest::addRow("tiny") << QByteArray("{}");
    QTest::addRow("array") << QByteArray(R"({"data":[1,2,3,4,5,6,7,8]})");
}

void TestSimUnits::corruptedBodyDoesNotParse()
{
    QFETCH(QByteArray, body);
    HttpResponse response;
    response.body = body;
    FaultInjector::corrupt(&response);
    QJsonParseError error;
    QJsonDocument::fromJson(response.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSimUnits::queryItemDecoding()
{
    HttpRequest request;
    request.query = "a=1&data=%7B%22offset%22%3A0%2C%22count%22%3A10%7D&b";
    QCOMPARE(request.queryItem("data"), QByteArray(R"({"offset":0,"count":10})"));
    QCOMPARE(request.queryItem("a"), QByteArray("1"));
    QVERIFY(request.queryItem("b").isEmpty());
    QVERIFY(request.queryItem("missing").isEmpty());
}

void TestSimUnits::conversationLengthsHitTotal_data()
{
    QTest::addColumn<int>("citizens");
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("expected");
    QTest::addRow("default six each") << 100 << 0 << 600;
    QTest::addRow("exact") << 100 << 1234 << 1234;
    QTest::addRow("one each minimum") << 100 << 10 << 100;
    QTest::addRow("long threads") << 10 << 400 << 400;
}

void TestSimUnits::conversationLengthsHitTotal()
{
    QFETCH(int, citizens);
    QFETCH(int, messages);
    QFETCH(int, expected);
    SimData data(5);
    DataGenerator(5, 1'800'000'000'000).generate(&data, citizens, messages);
    QCOMPARE(data.citizenCount(), citizens);
    QCOMPARE(data.messageCount(), expected);
    for (int c = 0; c < citizens; ++c)
        QVERIFY(!data.conversation(quint32(c)).isEmpty());
}

void TestSimUnits::templatesAreNfc()
{
    for (int id = 0; id < Corpus::templateCount(); ++id) {
        const QString &text = Corpus::templateText(id);
        QVERIFY2(text == text.normalized(QString::NormalizationForm_C), qPrintable(text));
    }
    for (int i = 0; i < Corpus::communeCount(); ++i) {
        const QString name = Corpus::communeName(i);
        QCOMPARE(name, name.normalized(QString::NormalizationForm_C));
    }
    QCOMPARE(Corpus::communeCount(), 64);
}

void TestSimUnits::everySlotIsKnown()
{
    // Render every template for a few citizens: no "{slot}" may survive.
    SimData data(9);
    DataGenerator(9, 1'800'000'000'000).generate(&data, 30, 3000);
    RowRenderer renderer(data);
    for (quint32 i = 0; i < quint32(data.messageCount()); ++i) {
        const QString text = renderer.text(i);
        QVERIFY2(
            !text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('}')), qPrintable(text));
        // A sentence typed without accents stays that way after its slots are filled in.
        if (Corpus::isUnaccented(data.message(i).templateId))
            QCOMPARE(Corpus::stripDiacritics(text), text);
    }
}

void TestSimUnits::configJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addRow("faults") << QByteArray(R"({"latency_ms":5,"http_5xx_rate":0.5,"drop_rate":0.1,)"
                                          R"("malformed_rate":0.2})")
                            << true;
    QTest::addRow("limits") << QByteArray(
        R"({"rate_limit_per_minute":0,"access_token_lifetime_sec":2})")
                            << true;
    QTest::addRow("live") << QByteArray(R"({"live":true,"live_interval_ms":100})") << true;
    QTest::addRow("unknown key") << QByteArray(R"({"citizens":5})") << false;
    QTest::addRow("rate above 1") << QByteArray(R"({"drop_rate":1.5})") << false;
    QTest::addRow("negative") << QByteArray(R"({"latency_ms":-1})") << false;
    QTest::addRow("string") << QByteArray(R"({"latency_ms":"5"})") << false;
}

void TestSimUnits::configJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    SimConfig config;
    QString error;
    QCOMPARE(applyConfigJson(QJsonDocument::fromJson(json).object(), &config, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (ok) {
        const QJsonObject back = configToJson(config);
        const QJsonObject in = QJsonDocument::fromJson(json).object();
        for (auto it = in.begin(); it != in.end(); ++it)
            QCOMPARE(back.value(it.key()), it.value());
    }
}

void TestSimUnits::mediaFilesAreValid()
{
    MediaFactory media;
    QImage avatar;
    QVERIFY(avatar.loadFromData(media.avatarPng(QStringLiteral("ĐT"), 3, 120), "PNG"));
    QCOMPARE(avatar.size(), QSize(120, 120));
    QImage photo;
    QVERIFY(photo.loadFromData(media.documentJpeg(QStringLiteral("CCCD"), 1, false), "JPG"));
    QCOMPARE(photo.width(), 960);
    QImage thumb;
    QVERIFY(thumb.loadFromData(media.documentJpeg(QStringLiteral("CCCD"), 1, true), "JPG"));
    QCOMPARE(thumb.size(), QSize(240, 180));
    const QByteArray pdf = media.pdf(QStringLiteral("to_khai.pdf"));
    QVERIFY(pdf.startsWith("%PDF-1.4"));
    QVERIFY(pdf.endsWith("%%EOF\n"));
    // The xref offsets must point at the objects, or strict readers refuse the file.
    const qsizetype xref = pdf.indexOf("\nxref\n") + 1;
    QCOMPARE(pdf.mid(pdf.lastIndexOf("startxref\n") + 10).split('\n').first().toLongLong(), xref);
    const QByteArray docx = media.docx(QStringLiteral("đơn kiến nghị.docx"));
    QVERIFY(docx.startsWith("PK\x03\x04"));
    QVERIFY(docx.contains("word/document.xml"));
    QVERIFY(docx.contains(QStringLiteral("đơn kiến nghị").toUtf8()));
}

void TestSimUnits::multipartField_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    const QByteArray twoParts = "--XyZ\r\n"
                                "Content-Disposition: form-data; name=\"note\"\r\n\r\n"
                                "hello\r\n"
                                "--XyZ\r\n"
                                "Content-Disposition: form-data; name=\"file\"; "
                                "filename=\"giấy hẹn.jpg\"\r\n"
                                "Content-Type: image/jpeg\r\n\r\n"
                                "\xFF\xD8\xFF\r\n--not-the-boundary\r\n"
                                "--XyZ--\r\n";
    QTest::addRow("second part, CRLF inside the data")
        << QByteArray("multipart/form-data; boundary=XyZ") << twoParts << true
        << QStringLiteral("giấy hẹn.jpg") << QByteArray("\xFF\xD8\xFF\r\n--not-the-boundary");
    QTest::addRow("quoted boundary")
        << QByteArray("multipart/form-data; boundary=\"XyZ\"") << twoParts << true
        << QStringLiteral("giấy hẹn.jpg") << QByteArray("\xFF\xD8\xFF\r\n--not-the-boundary");
    QTest::addRow("no file part") << QByteArray("multipart/form-data; boundary=XyZ")
                                  << QByteArray("--XyZ\r\nContent-Disposition: form-data; "
                                                "name=\"x\"\r\n\r\n1\r\n--XyZ--\r\n")
                                  << false << QString() << QByteArray();
    QTest::addRow("not multipart")
        << QByteArray("application/json") << twoParts << false << QString() << QByteArray();
    QTest::addRow("truncated") << QByteArray("multipart/form-data; boundary=XyZ")
                               << twoParts.left(120) << false << QString() << QByteArray();
}

void TestSimUnits::multipartField()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, found);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    HttpRequest request;
    request.headers.emplaceBack("content-type", contentType);
    request.body = body;
    const auto part = Desk::Sim::multipartField(request, "file");
    QCOMPARE(part.has_value(), found);
    if (found) {
        QCOMPARE(part->fileName, fileName);
        QCOMPARE(part->data, data);
        QCOMPARE(part->contentType, QByteArray("image/jpeg"));
    }
}

void TestSimUnits::uploadChecks_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("code");
    const QByteArray jpeg("\xFF\xD8\xFF\xE0", 4);
    const QByteArray pdf("%PDF-1.7\n");
    const int image = int(AssetKind::Image);
    const int gif = int(AssetKind::Gif);
    const int file = int(AssetKind::File);
    QTest::addRow("jpg") << image << "a.jpg" << jpeg << 0;
    QTest::addRow("JPEG upper case") << image << "A.JPEG" << jpeg << 0;
    QTest::addRow("jpg 1 MiB") << image << "a.jpg" << jpeg + QByteArray(1048576 - 4, 'x') << 0;
    QTest::addRow("jpg 1 MiB + 1")
        << image << "a.jpg" << jpeg + QByteArray(1048576 - 3, 'x') << -210;
    QTest::addRow("png named jpg") << image << "a.jpg" << QByteArray("\x89PNG\r\n\x1A\n") << -201;
    QTest::addRow("gif on image endpoint") << image << "a.gif" << QByteArray("GIF89a") << -201;
    QTest::addRow("gif 5 MiB") << gif << "a.gif"
                               << QByteArray("GIF89a") + QByteArray(5242880 - 6, 0) << 0;
    QTest::addRow("gif 5 MiB + 1")
        << gif << "a.gif" << QByteArray("GIF89a") + QByteArray(5242880 - 5, 0) << -210;
    QTest::addRow("pdf") << file << "to khai.pdf" << pdf << 0;
    QTest::addRow("docx") << file << "a.docx" << QByteArray("PK\x03\x04", 4) << 0;
    QTest::addRow("doc") << file << "a.doc" << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                         << 0;
    QTest::addRow("csv refused") << file << "a.csv" << QByteArray("a,b\n") << -201;
    QTest::addRow("pdf 5 MiB + 1") << file << "a.pdf" << pdf + QByteArray(5242880 - 8, 'x') << -210;
}

void TestSimUnits::uploadChecks()
{
    QFETCH(int, kind);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(int, code);
    MultipartPart part;
    part.fileName = fileName;
    part.data = data;
    QString message;
    QCOMPARE(checkUpload(AssetKind(kind), part, &message), code);
    QVERIFY(!message.isEmpty());
}

void TestSimUnits::uploadsExpire()
{
    UploadStore store(7);
    const qint64 day = 24 * 3600 * 1000LL;
    const QString image
        = store.add(UploadedAsset {AssetKind::Image, QStringLiteral("a.jpg"), {}, "x", 10 * day});
    const QString file
        = store.add(UploadedAsset {AssetKind::File, QStringLiteral("a.pdf"), {}, "y", 10 * day});
    QVERIFY(image != file);
    QVERIFY(file.size() > image.size());
    using L = UploadStore::Lookup;
    QCOMPARE(store.lookup(image, {AssetKind::Image}, 17 * day, 7 * day), L::Valid);
    QCOMPARE(store.lookup(image, {AssetKind::Image}, 17 * day + 1, 7 * day), L::Expired);
    QCOMPARE(store.lookup(image, {AssetKind::File}, 11 * day, 7 * day), L::Unknown);
    QCOMPARE(store.lookup(file, {AssetKind::File}, 11 * day, 7 * day), L::Valid);
    QCOMPARE(
        store.lookup(QStringLiteral("nope"), {AssetKind::File}, 11 * day, 7 * day), L::Unknown);
    store.expireAll(11 * day, 7 * day);
    QCOMPARE(store.lookup(file, {AssetKind::File}, 11 * day, 7 * day), L::Expired);
    // Same seed, same ids.
    UploadStore again(7);
    QCOMPARE(
        again.add(UploadedAsset {AssetKind::Image, QStringLiteral("b.jpg"), {}, "z", 0}), image);
}

void TestSimUnits::sendFaultsCountAndRate()
{
    SendLog log(3);
    SendFaults faults;
    faults.replyLostNext = 2;
    faults.serverErrorNext = 1;
    log.setFaults(faults);
    QVERIFY(log.takeServerError());
    QVERIFY(!log.takeServerError());
    QVERIFY(log.takeReplyLost());
    QVERIFY(log.takeReplyLost());
    QVERIFY(!log.takeReplyLost());
    QCOMPARE(log.faults().replyLostNext, 0);
    faults = SendFaults();
    faults.replyLostRate = 0.25;
    log.setFaults(faults);
    int lost = 0;
    for (int i = 0; i < 8000; ++i)
        lost += log.takeReplyLost() ? 1 : 0;
    QVERIFY2(qAbs(lost / 8000.0 - 0.25) < 0.02, qPrintable(QString::number(lost)));
    log.setRefusal(QStringLiteral("1"), -244);
    QCOMPARE(log.refusal(QStringLiteral("1")), -244);
    log.setRefusal(QStringLiteral("1"), 0);
    QCOMPARE(log.refusal(QStringLiteral("1")), 0);
    QCOMPARE(SendLog::errorMessage(-232),
        QStringLiteral("User has not interacted with the OA, or the last interaction has expired"));
}

DESK_TEST_GUILESS_MAIN(TestSimUnits)
#include "tst_simunits.moc"
