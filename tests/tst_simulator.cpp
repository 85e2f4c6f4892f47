// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator over real HTTP on 127.0.0.1, as the desk's Zalo client will see it.
#include "sim/simulator.h"
#include "sim/simulatorhost.h"
#include "sim/tokenstore.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUrlQuery>
#include <QtTest>
#include <memory>

using namespace Desk::Sim;

namespace {

constexpr quint64 k2pow53 = 9007199254740992ULL;
constexpr quint64 k2pow63 = 9223372036854775808ULL;

/** 10:00 on 28/11/2026 in Vietnam: every test sees the same "now" for the seeded data. */
qint64 anchorMs()
{
    return QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
}

SimConfig baseConfig(quint64 seed = 20261128)
{
    SimConfig config;
    config.seed = seed;
    config.citizens = 200;
    config.anchorTimeMs = anchorMs();
    return config;
}

struct Reply
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QJsonObject json;
    bool isJson = false;
    QHash<QByteArray, QByteArray> headers;

    int zaloError() const { return json.value(QStringLiteral("error")).toInt(); }
    QString zaloMessage() const { return json.value(QStringLiteral("message")).toString(); }
    QJsonArray rows() const { return json.value(QStringLiteral("data")).toArray(); }
};

/** A tiny OA client: GETs with the `data` JSON param, POSTs JSON or form bodies. */
class Client
{
public:
    explicit Client(QUrl base)
        : m_base(std::move(base))
    { }

    QString token;

    Reply get(const QString &path, const QJsonObject &data = {}, bool withData = true)
    {
        QUrl url = m_base.resolved(QUrl(path));
        if (withData)
            setDataParam(&url, QJsonDocument(data).toJson(QJsonDocument::Compact));
        return send(request(url), "GET", {});
    }

    Reply getRawData(const QString &path, const QByteArray &rawData)
    {
        QUrl url = m_base.resolved(QUrl(path));
        setDataParam(&url, rawData);
        return send(request(url), "GET", {});
    }

    Reply getPlain(const QString &pathAndQuery)
    {
        return send(request(QUrl(m_base.toString() + pathAndQuery)), "GET", {});
    }

    Reply postJson(const QString &path, const QByteArray &body)
    {
        QNetworkRequest r = request(m_base.resolved(QUrl(path)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return send(r, "POST", body);
    }

    Reply refresh(const QString &refreshToken, const QString &appId, const QString &secret,
        const QString &grant = QStringLiteral("refresh_token"),
        const QString &codeVerifier = QString())
    {
        QUrlQuery form;
        form.addQueryItem(grant == QLatin1String("authorization_code")
                ? QStringLiteral("code")
                : QStringLiteral("refresh_token"),
            refreshToken);
        form.addQueryItem(QStringLiteral("app_id"), appId);
        form.addQueryItem(QStringLiteral("grant_type"), grant);
        if (!codeVerifier.isNull())
            form.addQueryItem(QStringLiteral("code_verifier"), codeVerifier);
        QNetworkRequest r(m_base.resolved(QUrl(QStringLiteral("/v4/oa/access_token"))));
        r.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        r.setRawHeader("secret_key", secret.toUtf8());
        return send(r, "POST", form.toString(QUrl::FullyEncoded).toUtf8());
    }

    Reply send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body)
    {
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply result;
        result.finished = reply->isFinished() || finished.wait(20000);
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
        result.isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
        result.json = doc.object();
        reply->deleteLater();
        return result;
    }

    QNetworkRequest request(const QUrl &url) const
    {
        QNetworkRequest r(url);
        if (!token.isNull())
            r.setRawHeader("access_token", token.toLatin1());
        r.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return r;
    }

    QNetworkAccessManager &nam() { return m_nam; }

    /** The way the reference recommends: percent-encode the compact JSON ourselves. */
    static void setDataParam(QUrl *url, const QByteArray &json)
    {
        url->setQuery(QStringLiteral("data=")
                + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(json))),
            QUrl::StrictMode);
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

QJsonObject page(int offset, int count)
{
    return QJsonObject {{QStringLiteral("offset"), offset}, {QStringLiteral("count"), count}};
}

QJsonObject conversationParams(const QString &userId, int offset = 0, int count = 10)
{
    return QJsonObject {{QStringLiteral("user_id"), userId}, {QStringLiteral("offset"), offset},
        {QStringLiteral("count"), count}};
}

QString counterpart(const QJsonObject &row)
{
    const bool inbound = row.value(QStringLiteral("src")).toInt() == 1;
    return row.value(inbound ? QStringLiteral("from_id") : QStringLiteral("to_id")).toString();
}

/** Rows carry absolute media URLs; strip the port-specific base to compare two instances. */
QByteArray withoutBase(const Reply &reply, const QUrl &base)
{
    return QByteArray(reply.body).replace(base.toString().toUtf8(), "BASE");
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void determinism();
    void envelopeAndHeaders();
    void paging_data();
    void paging();
    void pagingErrors_data();
    void pagingErrors();
    void idsAreStringsAboveDoublePrecision();
    void rowShape();
    void conversationAcceptsStringOrNumberIds();
    void conversationErrors();
    void userDetail();
    void getOa();
    void tokenErrors_data();
    void tokenErrors();
    void tokenLifetimeExpires();
    void refreshRotatesBothTokens();
    void refreshErrors_data();
    void refreshErrors();
    void authorizationCodeFlow();
    void authorizationCodeRefusals_data();
    void authorizationCodeRefusals();
    void sentMessageAppearsAsOutbound();
    void sendErrors_data();
    void sendErrors();
    void sendingAdminEndpoints();
    void uploadOverHttp();
    void pageSizeAboveTenIsRefused_data();
    void pageSizeAboveTenIsRefused();
    void paidReplyNeedsFundedZca_data();
    void paidReplyNeedsFundedZca();
    void gifNeedsItsSize_data();
    void gifNeedsItsSize();
    void rateLimit();
    void faults_data();
    void faults();
    void adminEndpoints();
    void recentPerConversation();
    void liveMode();
    void contentIsRealistic();
    void media();
    void hostKeepsAnsweringWhileCallerBlocks();
    void rawHttp();
    void keepAliveThroughput();
    void scaleSmoke();

private:
    void startSim(const SimConfig &config = baseConfig());
    QString recentCitizen(qint64 maxAgeMs, bool recent);
    /** A citizen whose last message is between `minAgeMs` and `maxAgeMs` old. */
    QString citizenAged(qint64 minAgeMs, qint64 maxAgeMs);
    /** multipart/form-data POST of `bytes` as field `file` named `fileName`. */
    Reply upload(const QString &path, const QByteArray &fileName, const QByteArray &contentType,
        const QByteArray &bytes);
    qint64 lastInboundMs(const QString &userId);

    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<Client> m_client;
};

void TestSimulator::init()
{
    startSim();
}

void TestSimulator::cleanup()
{
    m_client.reset();
    m_sim.reset();
}

void TestSimulator::startSim(const SimConfig &config)
{
    m_client.reset();
    m_sim = std::make_unique<Simulator>(config);
    QVERIFY(m_sim->start());
    m_client = std::make_unique<Client>(m_sim->baseUrl());
    m_client->token = m_sim->accessToken();
}

qint64 TestSimulator::lastInboundMs(const QString &userId)
{
    for (int offset = 0; offset < 200; offset += 10) {
        const Reply r = m_client->get(
            QStringLiteral("/v2.0/oa/conversation"), conversationParams(userId, offset));
        if (r.rows().isEmpty())
            break;
        for (const QJsonValue &row : r.rows()) {
            if (row[QStringLiteral("src")].toInt() == 1)
                return row[QStringLiteral("time")].toInteger();
        }
    }
    return 0;
}

QString TestSimulator::citizenAged(qint64 minAgeMs, qint64 maxAgeMs)
{
    const qint64 now = m_sim->nowMs();
    for (const QString &id : m_sim->citizenIds()) {
        const qint64 last = lastInboundMs(id);
        if (last > 0 && now - last >= minAgeMs && now - last <= maxAgeMs)
            return id;
    }
    return {};
}

Reply TestSimulator::upload(const QString &path, const QByteArray &fileName,
    const QByteArray &contentType, const QByteArray &bytes)
{
    QNetworkRequest request(m_sim->baseUrl().resolved(QUrl(path)));
    request.setRawHeader("access_token", m_client->token.toLatin1());
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("multipart/form-data; boundary=b0"));
    const QByteArray body = "--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n" + bytes + "\r\n--b0--\r\n";
    return m_client->send(request, "POST", body);
}

/** A citizen whose last message is within `maxAgeMs` (recent) or older than it. */
QString TestSimulator::recentCitizen(qint64 maxAgeMs, bool recent)
{
    const qint64 now = m_sim->nowMs();
    for (const QString &id : m_sim->citizenIds()) {
        const qint64 last = lastInboundMs(id);
        if (last > 0 && (now - last <= maxAgeMs) == recent)
            return id;
    }
    return {};
}

void TestSimulator::determinism()
{
    const Reply first = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 10));
    const Reply deeper = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(500, 10));

    Simulator same(baseConfig());
    QVERIFY(same.start());
    Client sameClient(same.baseUrl());
    sameClient.token = same.accessToken();
    QCOMPARE(same.citizenIds(), m_sim->citizenIds());
    QCOMPARE(same.accessToken(), m_sim->accessToken());
    QCOMPARE(withoutBase(sameClient.get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 10)),
                 same.baseUrl()),
        withoutBase(first, m_sim->baseUrl()));
    QCOMPARE(withoutBase(sameClient.get(QStringLiteral("/v2.0/oa/listrecentchat"), page(500, 10)),
                 same.baseUrl()),
        withoutBase(deeper, m_sim->baseUrl()));

    Simulator other(baseConfig(7));
    QVERIFY(other.start());
    Client otherClient(other.baseUrl());
    otherClient.token = other.accessToken();
    QVERIFY(other.citizenIds() != m_sim->citizenIds());
    QVERIFY(other.accessToken() != m_sim->accessToken());
    QVERIFY(withoutBase(otherClient.get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 10)),
                other.baseUrl())
        != withoutBase(first, m_sim->baseUrl()));
}

void TestSimulator::envelopeAndHeaders()
{
    const Reply r = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 5));
    QVERIFY(r.finished);
    QCOMPARE(r.status, 200);
    QVERIFY(r.isJson);
    const QStringList keys = r.json.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
        (QSet<QString> {
            QStringLiteral("data"), QStringLiteral("error"), QStringLiteral("message")}));
    QCOMPARE(r.zaloError(), 0);
    QCOMPARE(r.zaloMessage(), QStringLiteral("Success"));
    QVERIFY(r.json.value(QStringLiteral("data")).isArray());
    QCOMPARE(r.headers.value("x-ratelimit-limit"), QByteArray("4000"));
    QCOMPARE(r.headers.value("x-ratelimit-remain"), QByteArray("3999"));

    // Errors are HTTP 200 too, with the same headers.
    m_client->token.clear();
    const Reply bad = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 5));
    QCOMPARE(bad.status, 200);
    QCOMPARE(bad.zaloError(), -216);
    QVERIFY(bad.headers.contains("x-ratelimit-remain"));
}

void TestSimulator::paging_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("expectedRows");
    const int total = 1200; // 200 citizens x 6
    QTest::addRow("first page") << 0 << 10 << 10;
    QTest::addRow("small page") << 3 << 5 << 5;
    QTest::addRow("middle") << 600 << 10 << 10;
    QTest::addRow("tail") << total - 3 << 10 << 3;
    QTest::addRow("past the end") << total + 5 << 10 << 0;
}

void TestSimulator::paging()
{
    QFETCH(int, offset);
    QFETCH(int, count);
    QFETCH(int, expectedRows);
    QCOMPARE(m_sim->stats().totalMessages, 1200);
    const Reply r = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(offset, count));
    QCOMPARE(r.zaloError(), 0);
    const QJsonArray rows = r.rows();
    QCOMPARE(rows.size(), expectedRows);

    // A page is exactly the slice of the global newest-first list.
    QJsonArray all;
    for (int o = qMax(0, offset - 10); o < offset + count + 10; o += 10) {
        const QJsonArray part
            = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(o, 10)).rows();
        for (const QJsonValue &row : part)
            all.append(row);
    }
    const int start = offset - qMax(0, offset - 10);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i), all.at(start + i));
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1)[QStringLiteral("time")].toInteger()
            >= all.at(i)[QStringLiteral("time")].toInteger());
}

void TestSimulator::pagingErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::addRow("count 0") << QByteArray(R"({"offset":0,"count":0})") << "count is invalid!";
    QTest::addRow("count negative")
        << QByteArray(R"({"offset":0,"count":-1})") << "count is invalid!";
    QTest::addRow("offset negative")
        << QByteArray(R"({"offset":-1,"count":5})") << "offset is invalid!";
    QTest::addRow("no count") << QByteArray(R"({"offset":0})") << "count is invalid!";
    QTest::addRow("no offset") << QByteArray(R"({"count":5})") << "offset is invalid!";
    QTest::addRow("count not a number")
        << QByteArray(R"({"offset":0,"count":"ten"})") << "count is invalid!";
    QTest::addRow("fractional") << QByteArray(R"({"offset":0.5,"count":5})")
                                << "offset is invalid!";
    QTest::addRow("not json") << QByteArray("{offset:0") << "data is invalid!";
    QTest::addRow("array") << QByteArray("[0,10]") << "data is invalid!";
}

void TestSimulator::pagingErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const Reply r = m_client->getRawData(QStringLiteral("/v2.0/oa/listrecentchat"), data);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.zaloError(), -201);
    QCOMPARE(r.zaloMessage(), message);

    const Reply missing = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), {}, false);
    QCOMPARE(missing.zaloError(), -201);
    QCOMPARE(missing.zaloMessage(), QStringLiteral("data is invalid!"));
}

void TestSimulator::idsAreStringsAboveDoublePrecision()
{
    static const QRegularExpression userId(QStringLiteral("^[1-9][0-9]{18}$"));
    static const QRegularExpression messageId(QStringLiteral("^[0-9a-f]{20}$"));
    int above63 = 0;
    const QStringList ids = m_sim->citizenIds();
    QCOMPARE(ids.size(), 200);
    for (const QString &id : ids) {
        QVERIFY2(userId.match(id).hasMatch(), qPrintable(id));
        QVERIFY(id.toULongLong() > k2pow53);
        if (id.toULongLong() >= k2pow63)
            ++above63;
    }
    QVERIFY2(above63 >= 3, "some user ids must not fit a signed 64-bit integer");

    for (int offset = 0; offset < 100; offset += 10) {
        const QJsonArray rows
            = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(offset, 10)).rows();
        for (const QJsonValue &row : rows) {
            QVERIFY(row[QStringLiteral("from_id")].isString());
            QVERIFY(row[QStringLiteral("to_id")].isString());
            QVERIFY(row[QStringLiteral("message_id")].isString());
            QVERIFY(userId.match(row[QStringLiteral("from_id")].toString()).hasMatch());
            QVERIFY(userId.match(row[QStringLiteral("to_id")].toString()).hasMatch());
            QVERIFY(messageId.match(row[QStringLiteral("message_id")].toString()).hasMatch());
            QVERIFY(ids.contains(counterpart(row.toObject())));
        }
    }
}

void TestSimulator::rowShape()
{
    static const QRegularExpression sentTime(
        QStringLiteral("^\\d{2}:\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}$"));
    const QString oaId = m_sim->credentials().oaId;
    QSet<QString> types;
    for (int offset = 0; offset < 1200; offset += 10) {
        const QJsonArray rows
            = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(offset, 10)).rows();
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            for (const char *key :
                {"src", "time", "sent_time", "from_id", "from_display_name", "from_avatar", "to_id",
                    "to_display_name", "to_avatar", "message_id", "type", "message"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
            const int src = row[QStringLiteral("src")].toInt();
            QVERIFY(src == 0 || src == 1);
            QCOMPARE(row[src == 1 ? QStringLiteral("to_id") : QStringLiteral("from_id")].toString(),
                oaId);
            QVERIFY(row[QStringLiteral("time")].isDouble());
            const qint64 time = row[QStringLiteral("time")].toInteger();
            QVERIFY(time <= anchorMs() && time > anchorMs() - 40LL * 24 * 3600 * 1000);
            const QString st = row[QStringLiteral("sent_time")].toString();
            QVERIFY2(sentTime.match(st).hasMatch(), qPrintable(st));
            QCOMPARE(st,
                QDateTime::fromMSecsSinceEpoch(time, QTimeZone(7 * 3600))
                    .toString(QStringLiteral("HH:mm:ss dd/MM/yyyy")));
            const QString type = row[QStringLiteral("type")].toString();
            types.insert(type);
            const QString base = m_sim->baseUrl().toString();
            if (type == QLatin1String("image") || type == QLatin1String("photo")
                || type == QLatin1String("gif")) {
                QVERIFY(row[QStringLiteral("url")].toString().startsWith(base));
                QVERIFY(row[QStringLiteral("thumb")].toString().startsWith(base));
            } else if (type == QLatin1String("file")) {
                QVERIFY(row[QStringLiteral("name")].toString().contains(QLatin1Char('.')));
                QVERIFY(row[QStringLiteral("url")].toString().endsWith(
                    row[QStringLiteral("name")].toString()));
            } else if (type == QLatin1String("link")) {
                const QJsonObject link = row[QStringLiteral("links")][0].toObject();
                QVERIFY(
                    link[QStringLiteral("url")].toString().startsWith(QLatin1String("https://")));
                QVERIFY(!link[QStringLiteral("title")].toString().isEmpty());
                QVERIFY(link[QStringLiteral("thumb")].toString().startsWith(base));
            } else if (type == QLatin1String("location")) {
                const QJsonObject place = row[QStringLiteral("location")].toObject();
                const double latitude = place[QStringLiteral("latitude")].toString().toDouble();
                const double longitude = place[QStringLiteral("longitude")].toString().toDouble();
                QVERIFY(latitude >= 8.6 && latitude <= 9.6);
                QVERIFY(longitude >= 104.7 && longitude <= 105.4);
                QVERIFY(
                    place[QStringLiteral("address")].toString().contains(QStringLiteral("Cà Mau")));
            } else if (type == QLatin1String("voice")) {
                QVERIFY(row[QStringLiteral("url")].toString().endsWith(QLatin1String(".aac")));
            } else if (type != QLatin1String("sticker")) {
                QCOMPARE(type, QStringLiteral("text"));
                QVERIFY(!row[QStringLiteral("message")].toString().isEmpty());
            }
        }
    }
    // Every kind a real OA sends, pictures typed both ways (reference §13).
    for (const char *kind :
        {"text", "photo", "image", "gif", "sticker", "link", "location", "voice", "file"})
        QVERIFY2(types.contains(QLatin1String(kind)), kind);
}

void TestSimulator::conversationAcceptsStringOrNumberIds()
{
    // One citizen with an id above 2^63, sent as a bare JSON number: a double would round it.
    QString big;
    for (const QString &id : m_sim->citizenIds()) {
        if (id.toULongLong() >= k2pow63) {
            big = id;
            break;
        }
    }
    QVERIFY(!big.isEmpty());
    const Reply asString
        = m_client->get(QStringLiteral("/v2.0/oa/conversation"), conversationParams(big));
    QCOMPARE(asString.zaloError(), 0);
    QVERIFY(!asString.rows().isEmpty());
    const Reply asNumber = m_client->getRawData(QStringLiteral("/v2.0/oa/conversation"),
        QByteArrayLiteral("{\"user_id\":") + big.toLatin1() + ",\"offset\":0,\"count\":10}");
    QCOMPARE(asNumber.zaloError(), 0);
    QCOMPARE(asNumber.rows(), asString.rows());
    for (const QJsonValue &row : asString.rows())
        QCOMPARE(counterpart(row.toObject()), big);
    for (int i = 1; i < asString.rows().size(); ++i)
        QVERIFY(asString.rows().at(i - 1)[QStringLiteral("time")].toInteger()
            >= asString.rows().at(i)[QStringLiteral("time")].toInteger());

    // Some conversation contains the OA's replies (src 0) as well.
    bool sawReply = false;
    for (const QString &id : m_sim->citizenIds().mid(0, 40)) {
        const QJsonArray rows
            = m_client->get(QStringLiteral("/v2.0/oa/conversation"), conversationParams(id)).rows();
        for (const QJsonValue &row : rows)
            sawReply = sawReply || row[QStringLiteral("src")].toInt() == 0;
    }
    QVERIFY(sawReply);
}

void TestSimulator::conversationErrors()
{
    const Reply unknown = m_client->get(QStringLiteral("/v2.0/oa/conversation"),
        conversationParams(QStringLiteral("1234567890123456789")));
    QCOMPARE(unknown.zaloError(), -201);
    QCOMPARE(unknown.zaloMessage(), QStringLiteral("user_id is invalid!"));
    const Reply missing = m_client->get(QStringLiteral("/v2.0/oa/conversation"), page(0, 10));
    QCOMPARE(missing.zaloError(), -201);
    QCOMPARE(missing.zaloMessage(), QStringLiteral("user_id is invalid!"));
    const QString id = m_sim->citizenIds().first();
    const Reply badCount
        = m_client->get(QStringLiteral("/v2.0/oa/conversation"), conversationParams(id, 0, 0));
    QCOMPARE(badCount.zaloMessage(), QStringLiteral("count is invalid!"));
    const Reply capped
        = m_client->get(QStringLiteral("/v2.0/oa/conversation"), conversationParams(id, 0, 100));
    QVERIFY(capped.rows().size() <= 10);
}

void TestSimulator::userDetail()
{
    int shared = 0;
    const QStringList ids = m_sim->citizenIds();
    for (const QString &id : ids) {
        const Reply r = m_client->get(
            QStringLiteral("/v3.0/oa/user/detail"), QJsonObject {{QStringLiteral("user_id"), id}});
        QCOMPARE(r.zaloError(), 0);
        const QJsonObject d = r.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(d[QStringLiteral("user_id")].toString(), id);
        QVERIFY(d[QStringLiteral("user_id_by_app")].isString());
        QVERIFY(!d[QStringLiteral("display_name")].toString().isEmpty());
        QVERIFY(d[QStringLiteral("is_sensitive")].isBool());
        QVERIFY(d[QStringLiteral("user_is_follower")].isBool());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{2}/\\d{2}/\\d{4}$"))
                    .match(d[QStringLiteral("user_last_interaction_date")].toString())
                    .hasMatch());
        const QJsonObject avatars = d[QStringLiteral("avatars")].toObject();
        QVERIFY(avatars.contains(QStringLiteral("120")) && avatars.contains(QStringLiteral("240")));
        QVERIFY(d[QStringLiteral("tags_and_notes_info")].toObject().contains(
            QStringLiteral("tag_names")));
        const QJsonObject info = d[QStringLiteral("shared_info")].toObject();
        for (const char *key : {"address", "city", "district", "phone", "name", "user_dob"})
            QVERIFY2(info.contains(QLatin1String(key)), key);
        QVERIFY(info[QStringLiteral("phone")].isDouble()); // a number, as the OA sends it
        if (info[QStringLiteral("phone")].toInteger() != 0) {
            ++shared;
            QVERIFY(QString::number(info[QStringLiteral("phone")].toInteger())
                        .startsWith(QLatin1String("84")));
            QCOMPARE(QString::number(info[QStringLiteral("phone")].toInteger()).size(), 11);
            QVERIFY(!info[QStringLiteral("name")].toString().isEmpty());
        }
    }
    QVERIFY2(shared > ids.size() * 3 / 10 && shared < ids.size() * 7 / 10,
        qPrintable(QString::number(shared)));
    const Reply unknown = m_client->get(QStringLiteral("/v3.0/oa/user/detail"),
        QJsonObject {{QStringLiteral("user_id"), QStringLiteral("42")}});
    QCOMPARE(unknown.zaloError(), -201);
}

void TestSimulator::getOa()
{
    const Reply r = m_client->get(QStringLiteral("/v2.0/oa/getoa"), {}, false);
    QCOMPARE(r.zaloError(), 0);
    const QJsonObject d = r.json.value(QStringLiteral("data")).toObject();
    QCOMPARE(d[QStringLiteral("oaid")].toString(), m_sim->credentials().oaId);
    QCOMPARE(d[QStringLiteral("oaid")].toString().size(), 19);
    QCOMPARE(d[QStringLiteral("name")].toString(),
        QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Cà Mau"));
    QCOMPARE(d[QStringLiteral("is_verified")].toBool(), true);
    QCOMPARE(d[QStringLiteral("oa_type")].toInt(), 4);
    QVERIFY(d[QStringLiteral("num_follower")].toInt() > 0);
    for (const char *key : {"description", "oa_alias", "avatar", "cover", "cate_name"})
        QVERIFY2(!d[QLatin1String(key)].toString().isEmpty(), key);
}

void TestSimulator::tokenErrors_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString invalid = QStringLiteral("Access token is invalid");
    const QString expired = QStringLiteral("access_token is expired or removed");
    QTest::addRow("missing header") << "missing" << -216 << invalid;
    QTest::addRow("unknown token") << "garbage" << -216 << invalid;
    QTest::addRow("expired") << "expire" << -220 << expired;
    QTest::addRow("revoked") << "revoke" << -220 << expired;
}

void TestSimulator::tokenErrors()
{
    QFETCH(QString, how);
    QFETCH(int, code);
    QFETCH(QString, message);
    if (how == QLatin1String("missing"))
        m_client->token = QString();
    else if (how == QLatin1String("garbage"))
        m_client->token = QStringLiteral("not-a-token");
    else if (how == QLatin1String("expire"))
        m_sim->expireAccessToken();
    else
        m_sim->revokeTokens();
    const Reply r = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 1));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.zaloError(), code);
    QCOMPARE(r.zaloMessage(), message);
    QCOMPARE(m_sim->stats().tokenErrors, 1);
}

void TestSimulator::tokenLifetimeExpires()
{
    SimConfig config = m_sim->config();
    config.accessTokenLifetimeSec = 1;
    m_sim->setConfig(config);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 1)).zaloError(), -220,
        5000);
}

void TestSimulator::refreshRotatesBothTokens()
{
    const SimCredentials before = m_sim->credentials();
    const Reply r = m_client->refresh(before.refreshToken, before.appId, before.secretKey);
    QCOMPARE(r.status, 200);
    QVERIFY(r.isJson);
    QVERIFY2(!r.json.contains(QStringLiteral("error")), r.body.constData());
    const QString access = r.json[QStringLiteral("access_token")].toString();
    const QString refresh = r.json[QStringLiteral("refresh_token")].toString();
    QVERIFY(access.size() >= 100 && refresh.size() >= 100);
    QVERIFY(access != before.accessToken && refresh != before.refreshToken);
    QVERIFY(r.json[QStringLiteral("expires_in")].isString());
    QCOMPARE(r.json[QStringLiteral("expires_in")].toString(), QStringLiteral("90000"));
    QCOMPARE(m_sim->accessToken(), access);

    // The old access token dies at once; the new one works.
    const Reply old = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 1));
    QCOMPARE(old.zaloError(), -220);
    m_client->token = access;
    QCOMPARE(m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 1)).zaloError(), 0);

    // Refresh tokens are single use.
    const Reply reused = m_client->refresh(before.refreshToken, before.appId, before.secretKey);
    QCOMPARE(reused.json[QStringLiteral("error")].toInt(), -14014);
    QCOMPARE(reused.json[QStringLiteral("error_name")].toString(),
        QStringLiteral("invalid_refresh_token"));
    QCOMPARE(m_sim->stats().refreshTokenReuse, 1);
    QCOMPARE(m_client->refresh(refresh, before.appId, before.secretKey)
                 .json.contains(QStringLiteral("error")),
        false);
    QCOMPARE(m_sim->stats().refreshes, 2);
}

void TestSimulator::refreshErrors_data()
{
    QTest::addColumn<QString>("refreshToken");
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("grant");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("errorName");
    const SimConfig c;
    QTest::addRow("wrong secret") << "REFRESH" << c.appId << "nope"
                                  << "refresh_token" << -14002 << "invalid_app";
    QTest::addRow("wrong app") << "REFRESH"
                               << "1" << c.secretKey << "refresh_token" << -14002 << "invalid_app";
    QTest::addRow("unknown refresh token")
        << "xyz" << c.appId << c.secretKey << "refresh_token" << -14014 << "invalid_refresh_token";
    QTest::addRow("bad code") << "xyz" << c.appId << c.secretKey << "authorization_code" << -118
                              << "invalid_grant";
    QTest::addRow("bad grant") << "REFRESH" << c.appId << c.secretKey << "password" << -14001
                               << "invalid_request";
}

void TestSimulator::refreshErrors()
{
    QFETCH(QString, refreshToken);
    QFETCH(QString, appId);
    QFETCH(QString, secret);
    QFETCH(QString, grant);
    QFETCH(int, code);
    QFETCH(QString, errorName);
    if (refreshToken == QLatin1String("REFRESH"))
        refreshToken = m_sim->refreshToken();
    const Reply r = m_client->refresh(refreshToken, appId, secret, grant);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("error")].toInt(), code);
    QCOMPARE(r.json[QStringLiteral("error_name")].toString(), errorName);
    QVERIFY(!r.json[QStringLiteral("error_description")].toString().isEmpty());
    QCOMPARE(m_sim->stats().refreshes, 0);
}

// RFC 7636 appendix B: the verifier and S256 challenge Zalo's PKCE follows.
static const QString kRfcVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
static const QString kRfcChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

void TestSimulator::authorizationCodeFlow()
{
    QCOMPARE(TokenStore::pkceChallenge(kRfcVerifier), kRfcChallenge);
    const SimCredentials c = m_sim->credentials();
    const QString callback = QString::fromLatin1(
        QUrl::toPercentEncoding(QStringLiteral("http://127.0.0.1:9/callback")));
    const Reply noPkce
        = m_client->getPlain(QStringLiteral("/v4/oa/permission?app_id=%1&redirect_uri=%2&state=xyz")
                                 .arg(c.appId, callback));
    QCOMPARE(noPkce.status, 200);
    QCOMPARE(noPkce.json[QStringLiteral("error")].toInt(), -14001);

    const Reply consent = m_client->getPlain(
        QStringLiteral("/v4/oa/permission?app_id=%1&redirect_uri=%2&code_challenge=%3&state=xyz")
            .arg(c.appId, callback, kRfcChallenge));
    QCOMPARE(consent.status, 302);
    const QUrl location(QString::fromLatin1(consent.headers.value("location")));
    QCOMPARE(location.path(), QStringLiteral("/callback"));
    const QUrlQuery query(location);
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));
    QCOMPARE(query.queryItemValue(QStringLiteral("oa_id")), c.oaId);
    const QString code = query.queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    const Reply exchanged = m_client->refresh(
        code, c.appId, c.secretKey, QStringLiteral("authorization_code"), kRfcVerifier);
    QVERIFY(!exchanged.json.contains(QStringLiteral("error")));
    QCOMPARE(exchanged.json[QStringLiteral("access_token")].toString(), m_sim->accessToken());
    const Reply again = m_client->refresh(
        code, c.appId, c.secretKey, QStringLiteral("authorization_code"), kRfcVerifier);
    QCOMPARE(again.json[QStringLiteral("error")].toInt(), -118);
}

void TestSimulator::authorizationCodeRefusals_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<int>("ageMs");
    QTest::addColumn<bool>("spendFirst");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("description");
    const SimConfig c;
    QTest::addRow("wrong verifier") << QStringLiteral("x").repeated(43) << 0 << false << c.secretKey
                                    << -118 << "Invalid code_verifier";
    QTest::addRow("no verifier") << QString() << 0 << false << c.secretKey << -118
                                 << "Invalid code_verifier";
    QTest::addRow("reused code") << kRfcVerifier << 0 << true << c.secretKey << -118
                                 << "Invalid authorization code";
    QTest::addRow("expired code") << kRfcVerifier << 600001 << false << c.secretKey << -118
                                  << "Authorization code is expired";
    QTest::addRow("wrong secret") << kRfcVerifier << 0 << false << "nope" << -14002
                                  << "Invalid app_id or secret_key";
}

void TestSimulator::authorizationCodeRefusals()
{
    QFETCH(QString, verifier);
    QFETCH(int, ageMs);
    QFETCH(bool, spendFirst);
    QFETCH(QString, secret);
    QFETCH(int, code);
    QFETCH(QString, description);
    const SimCredentials c = m_sim->credentials();
    const QString accessBefore = m_sim->accessToken();
    const Reply issued = m_client->postJson(QStringLiteral("/_sim/authorization_code"),
        QJsonDocument(QJsonObject {{QStringLiteral("code_challenge"), kRfcChallenge},
                          {QStringLiteral("age_ms"), ageMs}})
            .toJson());
    const QString authCode = issued.json[QStringLiteral("code")].toString();
    QVERIFY(!authCode.isEmpty());
    const QString grant = QStringLiteral("authorization_code");
    if (spendFirst) {
        const Reply first = m_client->refresh(authCode, c.appId, c.secretKey, grant, verifier);
        QVERIFY(!first.json.contains(QStringLiteral("error")));
    }
    const QString accessAfterFirst = m_sim->accessToken();
    const Reply r = m_client->refresh(authCode, c.appId, secret, grant, verifier);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("error")].toInt(), code);
    QCOMPARE(r.json[QStringLiteral("error_description")].toString(), description);
    QVERIFY(!r.json.contains(QStringLiteral("access_token")));
    // A refused exchange issues nothing: the live pair stays as it was.
    QCOMPARE(m_sim->accessToken(), accessAfterFirst);
    QCOMPARE(accessAfterFirst == accessBefore, !spendFirst);
}

void TestSimulator::sentMessageAppearsAsOutbound()
{
    const QString citizen = recentCitizen(7LL * 24 * 3600 * 1000, true);
    QVERIFY(!citizen.isEmpty());
    const QJsonArray before
        = m_client->get(QStringLiteral("/v2.0/oa/conversation"), conversationParams(citizen))
              .rows();
    QString quoted;
    for (const QJsonValue &row : before) {
        if (row[QStringLiteral("src")].toInt() == 1) {
            quoted = row[QStringLiteral("message_id")].toString();
            break;
        }
    }
    const QString text = QStringLiteral("Chào anh/chị, hồ sơ đã được tiếp nhận ạ.");
    QSignalSpy added(m_sim.get(), &Simulator::messageAdded);
    const QJsonObject body {
        {QStringLiteral("recipient"), QJsonObject {{QStringLiteral("user_id"), citizen}}},
        {QStringLiteral("message"),
            QJsonObject {
                {QStringLiteral("text"), text}, {QStringLiteral("quote_message_id"), quoted}}},
    };
    const Reply r = m_client->postJson(
        QStringLiteral("/v3.0/oa/message/cs"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(r.zaloError(), 0);
    QCOMPARE(r.zaloMessage(), QStringLiteral("Success"));
    const QJsonObject data = r.json[QStringLiteral("data")].toObject();
    const QString messageId = data[QStringLiteral("message_id")].toString();
    QCOMPARE(messageId.size(), 20);
    QCOMPARE(data[QStringLiteral("user_id")].toString(), citizen);
    QVERIFY(data[QStringLiteral("sent_time")].isString());
    const qint64 sentAt = data[QStringLiteral("sent_time")].toString().toLongLong();
    QVERIFY(qAbs(sentAt - m_sim->nowMs()) < 5000);
    const QJsonObject quota = data[QStringLiteral("quota")].toObject();
    QCOMPARE(quota[QStringLiteral("quota_type")].toString(), QStringLiteral("reply"));
    QCOMPARE(quota[QStringLiteral("remain")].toString(), QStringLiteral("8"));
    QCOMPARE(quota[QStringLiteral("total")].toString(), QStringLiteral("8"));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().at(2).toBool(), false);

    const QJsonObject newest
        = m_client->get(QStringLiteral("/v2.0/oa/conversation"), conversationParams(citizen, 0, 1))
              .rows()
              .first()
              .toObject();
    QCOMPARE(newest[QStringLiteral("message_id")].toString(), messageId);
    QCOMPARE(newest[QStringLiteral("src")].toInt(), 0);
    QCOMPARE(newest[QStringLiteral("message")].toString(), text);
    QCOMPARE(newest[QStringLiteral("time")].toInteger(), sentAt);
    QCOMPARE(newest[QStringLiteral("to_id")].toString(), citizen);
    const QJsonObject recent = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 1))
                                   .rows()
                                   .first()
                                   .toObject();
    QCOMPARE(recent, newest);
    QCOMPARE(m_sim->stats().sentMessages, 1);
    QCOMPARE(m_sim->stats().totalMessages, 1201);
}

void TestSimulator::sendErrors_data()
{
    QTest::addColumn<QString>("who"); // recent, stale, unknown
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("errorText");
    const QByteArray longText
        = QJsonDocument(QJsonObject {{QStringLiteral("text"), QString(2001, QLatin1Char('a'))}})
              .toJson(QJsonDocument::Compact);
    const QByteArray limitText
        = QJsonDocument(QJsonObject {{QStringLiteral("text"), QString(2000, QChar(0x1EBF))}})
              .toJson(QJsonDocument::Compact);
    // 2,000 "ế" typed decomposed (e + U+0302 + U+0301): 6,000 code points, 2,000 after NFC.
    QString decomposed;
    for (int i = 0; i < 2000; ++i)
        decomposed += QStringLiteral("e\u0302\u0301");
    const QByteArray nfdText = QJsonDocument(
        QJsonObject {{QStringLiteral("text"),
            decomposed}}).toJson(QJsonDocument::Compact);
    QString emoji;
    for (int i = 0; i < 2000; ++i)
        emoji += QString::fromUcs4(U"\U0001F44D", 1);
    const QByteArray emojiText = QJsonDocument(
        QJsonObject {{QStringLiteral("text"),
            emoji}}).toJson(QJsonDocument::Compact);
    const QString outside
        = QStringLiteral("User has not interacted with the OA in the past 7 days");

    QTest::addRow("ok") << "recent" << QByteArray(R"({"text":"Dạ"})") << 0 << "Success";
    QTest::addRow("2,000 characters") << "recent" << limitText << 0 << "Success";
    QTest::addRow("NFD counted after NFC") << "recent" << nfdText << 0 << "Success";
    QTest::addRow("2,000 emoji") << "recent" << emojiText << 0 << "Success";
    QTest::addRow("2,001 characters")
        << "recent" << longText << -210 << "Parameter exceeds allowable limit";
    QTest::addRow("unknown user") << "unknown" << QByteArray(R"({"text":"Dạ"})") << -201
                                  << "user_id is invalid!";
    QTest::addRow("older than 7 days")
        << "stale" << QByteArray(R"({"text":"Dạ"})") << -230 << outside;
    QTest::addRow("bad quote") << "recent"
                               << QByteArray(
                                      R"({"text":"Dạ","quote_message_id":"0123456789abcdef0123"})")
                               << -201 << "quote_message_id is invalid!";
    QTest::addRow("no text") << "recent" << QByteArray("{}") << -201 << "message is invalid!";
    QTest::addRow("text not a string")
        << "recent" << QByteArray(R"({"text":5})") << -201 << "message is invalid!";
    QTest::addRow("image by url") << "recent"
                                  << QByteArray(
                                         R"({"attachment":{"type":"template","payload":)"
                                         R"({"template_type":"media","elements":[)"
                                         R"({"media_type":"image","url":"https://x/y.jpg"}]}}})")
                                  << 0 << "Success";
    QTest::addRow("bad attachment")
        << "recent" << QByteArray(R"({"attachment":{"type":"image","payload":{}}})") << -201
        << "attachment is invalid!";
    QTest::addRow("body not json")
        << "recent" << QByteArray("NOT JSON") << -201 << "body is invalid!";
}

void TestSimulator::sendErrors()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, message);
    QFETCH(int, code);
    QFETCH(QString, errorText);
    QString citizen = QStringLiteral("1000000000000000001");
    if (who == QLatin1String("recent"))
        citizen = recentCitizen(7LL * 24 * 3600 * 1000, true);
    else if (who == QLatin1String("stale"))
        citizen = recentCitizen(7LL * 24 * 3600 * 1000, false);
    QVERIFY(!citizen.isEmpty());
    const QByteArray body = message == "NOT JSON"
        ? message
        : QByteArray(R"({"recipient":{"user_id":")" + citizen.toLatin1() + R"("},"message":)"
            + message + "}");
    const Reply r = m_client->postJson(QStringLiteral("/v3.0/oa/message/cs"), body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.zaloError(), code);
    QCOMPARE(r.zaloMessage(), errorText);
    QCOMPARE(m_sim->stats().sentMessages, code == 0 ? 1 : 0);
}

void TestSimulator::sendingAdminEndpoints()
{
    const QString citizen
        = m_sim->injectInbound(m_sim->citizenIds().first(), QStringLiteral("Chào")).isEmpty()
        ? QString()
        : m_sim->citizenIds().first();
    QVERIFY(!citizen.isEmpty());
    const QByteArray send
        = R"({"recipient":{"user_id":")" + citizen.toLatin1() + R"("},"message":{"text":"Dạ"}})";

    // Refusal set and cleared through the admin API.
    const Reply set = m_client->postJson(QStringLiteral("/_sim/refusal"),
        R"({"user_id":")" + citizen.toLatin1() + R"(","code":-244})");
    QCOMPARE(set.status, 200);
    QCOMPARE(m_client->postJson(QStringLiteral("/v3.0/oa/message/cs"), send).zaloError(), -244);
    m_client->postJson(
        QStringLiteral("/_sim/refusal"), R"({"user_id":")" + citizen.toLatin1() + R"(","code":0})");
    const Reply ok = m_client->postJson(QStringLiteral("/v3.0/oa/message/cs"), send);
    QCOMPARE(ok.zaloError(), 0);
    QCOMPARE(
        m_client->postJson(QStringLiteral("/_sim/refusal"), R"({"user_id":"1","code":-1})").status,
        400);

    // The record holds the body byte for byte.
    const Reply sent = m_client->getPlain(QStringLiteral("/_sim/sent"));
    const QJsonArray list = sent.json[QStringLiteral("sent")].toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0][QStringLiteral("body")].toString().toUtf8(), send);
    QCOMPARE(list[0][QStringLiteral("message_id")].toString(),
        ok.json[QStringLiteral("data")][QStringLiteral("message_id")].toString());
    QCOMPARE(m_sim->sentMessages().first().body, send);

    // Send faults: 503 before processing, then a lost reply.
    const Reply faults = m_client->postJson(
        QStringLiteral("/_sim/send_faults"), R"({"server_error_next":1,"reply_lost_next":1})");
    QCOMPARE(faults.json[QStringLiteral("server_error_next")].toInt(), 1);
    QCOMPARE(m_client->postJson(QStringLiteral("/v3.0/oa/message/cs"), send).status, 503);
    QCOMPARE(m_sim->sentMessages().size(), 1);
    // A plain QNetworkAccessManager POST (Qt 6.4) silently sends the request again when the
    // connection closes without an answer: the citizen gets the reply twice. That is why
    // ZaloClient posts with a body that cannot be rewound (tst_zalosend checks it).
    const Reply lost = m_client->postJson(QStringLiteral("/v3.0/oa/message/cs"), send);
    QCOMPARE(lost.status, 200);
    const QList<SentMessage> afterLoss = m_sim->sentMessages();
    QCOMPARE(afterLoss.size(), 3);
    QVERIFY(afterLoss.at(1).replyLost);
    QVERIFY(!afterLoss.at(2).replyLost);
    QCOMPARE(afterLoss.at(2).body, send);
    QCOMPARE(
        m_client->postJson(QStringLiteral("/_sim/send_faults"), R"({"reply_lost_rate":2})").status,
        400);

    // A follower who never wrote: -232.
    const QString silent = m_client->postJson(QStringLiteral("/_sim/citizen"), "{}")
                               .json[QStringLiteral("user_id")]
                               .toString();
    QCOMPARE(silent.size(), 19);
    const QByteArray toSilent
        = R"({"recipient":{"user_id":")" + silent.toLatin1() + R"("},"message":{"text":"Dạ"}})";
    const Reply never = m_client->postJson(QStringLiteral("/v3.0/oa/message/cs"), toSilent);
    QCOMPARE(never.zaloError(), -232);
}

void TestSimulator::uploadOverHttp()
{
    const QString citizen = m_sim->citizenIds().at(2);
    m_sim->injectInbound(citizen, QStringLiteral("Gửi giúp tôi mẫu đơn"));
    const QByteArray pdf = "%PDF-1.4\n% mau don\n";
    const Reply uploaded
        = upload(QStringLiteral("/v2.0/oa/upload/file"), "mau_don.pdf", "application/pdf", pdf);
    QCOMPARE(uploaded.zaloError(), 0);
    const QString token = uploaded.json[QStringLiteral("data")][QStringLiteral("token")].toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(uploaded.headers.contains("x-ratelimit-remain"));

    const QByteArray send = R"({"recipient":{"user_id":")" + citizen.toLatin1()
        + R"("},"message":{"attachment":{"type":"file","payload":{"token":")" + token.toLatin1()
        + R"("}}}})";
    QCOMPARE(m_client->postJson(QStringLiteral("/v3.0/oa/message/cs"), send).zaloError(), 0);
    const QJsonObject row
        = m_client->get(QStringLiteral("/v2.0/oa/conversation"), conversationParams(citizen, 0, 1))
              .rows()
              .first()
              .toObject();
    QCOMPARE(row[QStringLiteral("src")].toInt(), 0);
    const QString url = row[QStringLiteral("url")].toString();
    QVERIFY2(url.endsWith(token), QJsonDocument(row).toJson().constData());
    QCOMPARE(m_client->getPlain(url.mid(m_sim->baseUrl().toString().size())).body, pdf);

    // Expired: -100; never uploaded: -201.
    m_client->postJson(QStringLiteral("/_sim/expire_uploads"), "{}");
    QCOMPARE(m_client->postJson(QStringLiteral("/v3.0/oa/message/cs"), send).zaloError(), -100);
    QByteArray forged = send;
    forged.replace(token.toLatin1(), "abc");
    QCOMPARE(m_client->postJson(QStringLiteral("/v3.0/oa/message/cs"), forged).zaloError(), -201);
}

void TestSimulator::pageSizeAboveTenIsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("code");
    for (const char *path : {"/v2.0/oa/listrecentchat", "/v2.0/oa/conversation"}) {
        QTest::addRow("%s count 10", path) << QString::fromLatin1(path) << 10 << 0;
        QTest::addRow("%s count 11", path) << QString::fromLatin1(path) << 11 << -210;
        QTest::addRow("%s count 50", path) << QString::fromLatin1(path) << 50 << -210;
    }
}

void TestSimulator::pageSizeAboveTenIsRefused()
{
    // Zalo refuses a page above 10 (reference §13); a silent cap would hide a client bug.
    QFETCH(QString, path);
    QFETCH(int, count);
    QFETCH(int, code);
    const QJsonObject params = path.endsWith(QLatin1String("conversation"))
        ? conversationParams(m_sim->citizenIds().first(), 0, count)
        : page(0, count);
    const Reply r = m_client->get(path, params);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.zaloError(), code);
    if (code == 0) {
        QVERIFY(!r.rows().isEmpty());
    } else {
        QCOMPARE(r.zaloMessage(), QStringLiteral("Parameter exceeds allowable limit"));
        QVERIFY(!r.json.contains(QStringLiteral("data")));
    }
}

void TestSimulator::paidReplyNeedsFundedZca_data()
{
    QTest::addColumn<bool>("funded");
    QTest::addColumn<bool>("paidPart");
    QTest::addColumn<int>("code");
    QTest::addRow("funded, free part") << true << false << 0;
    QTest::addRow("funded, paid part") << true << true << 0;
    QTest::addRow("no ZCA, free part") << false << false << 0;
    QTest::addRow("no ZCA, paid part") << false << true << -320;
}

void TestSimulator::paidReplyNeedsFundedZca()
{
    QFETCH(bool, funded);
    QFETCH(bool, paidPart);
    QFETCH(int, code);
    constexpr qint64 hour = 3600LL * 1000;
    // Set through the admin API as an administrator would; the default is a funded OA.
    QCOMPARE(m_client->get(QStringLiteral("/_sim/config"), {}, false)
                 .json[QStringLiteral("zca_funded")]
                 .toBool(),
        true);
    const QByteArray change = funded ? R"({"zca_funded":true})" : R"({"zca_funded":false})";
    QCOMPARE(m_client->postJson(QStringLiteral("/_sim/config"), change).status, 200);
    const QString citizen
        = paidPart ? citizenAged(49 * hour, 7 * 24 * hour - hour) : citizenAged(0, 47 * hour);
    QVERIFY(!citizen.isEmpty());
    const QByteArray send
        = R"({"recipient":{"user_id":")" + citizen.toLatin1() + R"("},"message":{"text":"Dạ"}})";
    const Reply r = m_client->postJson(QStringLiteral("/v3.0/oa/message/cs"), send);
    QCOMPARE(r.zaloError(), code);
    QCOMPARE(m_sim->stats().sentMessages, code == 0 ? 1 : 0);
    if (code != 0)
        QVERIFY(r.zaloMessage().contains(QStringLiteral("Zalo Cloud Account")));
}

void TestSimulator::gifNeedsItsSize_data()
{
    QTest::addColumn<QByteArray>("size");
    QTest::addColumn<int>("code");
    QTest::addRow("width and height") << QByteArray(R"(,"width":1,"height":1)") << 0;
    QTest::addRow("no size") << QByteArray() << -201;
    QTest::addRow("width only") << QByteArray(R"(,"width":1)") << -201;
    QTest::addRow("size as strings") << QByteArray(R"(,"width":"1","height":"1")") << -201;
}

void TestSimulator::gifNeedsItsSize()
{
    // PHP SDK MessageBuilder: media_type gif carries width and height (reference §3.1, §13).
    QFETCH(QByteArray, size);
    QFETCH(int, code);
    const QString citizen = m_sim->citizenIds().at(1);
    m_sim->injectInbound(citizen, QStringLiteral("Cảm ơn"));
    const QByteArray gif
        = QByteArray::fromBase64("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
    const Reply uploaded
        = upload(QStringLiteral("/v2.0/oa/upload/gif"), "cam_on.gif", "image/gif", gif);
    QCOMPARE(uploaded.zaloError(), 0);
    const QByteArray id = uploaded.json[QStringLiteral("data")][QStringLiteral("attachment_id")]
                              .toString()
                              .toLatin1();
    QVERIFY(!id.isEmpty());
    const QByteArray send = R"({"recipient":{"user_id":")" + citizen.toLatin1()
        + R"("},"message":{"attachment":{"type":"template","payload":{"template_type":"media",)"
        + R"("elements":[{"media_type":"gif","attachment_id":")" + id + '"' + size + "}]}}}}";
    const Reply r = m_client->postJson(QStringLiteral("/v3.0/oa/message/cs"), send);
    QCOMPARE(r.zaloError(), code);
    if (code != 0)
        return;
    // The conversation shows it as a gif whose url names the upload.
    const QJsonObject row
        = m_client->get(QStringLiteral("/v2.0/oa/conversation"), conversationParams(citizen, 0, 1))
              .rows()
              .first()
              .toObject();
    QCOMPARE(row[QStringLiteral("type")].toString(), QStringLiteral("gif"));
    QVERIFY(row[QStringLiteral("url")].toString().endsWith(QString::fromLatin1(id)));
}

void TestSimulator::rateLimit()
{
    SimConfig config = m_sim->config();
    config.rateLimitPerMinute = 5;
    m_sim->setConfig(config);
    for (int i = 0; i < 5; ++i) {
        const Reply r = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 1));
        QCOMPARE(r.zaloError(), 0);
        QCOMPARE(r.headers.value("x-ratelimit-limit"), QByteArray("5"));
        QCOMPARE(r.headers.value("x-ratelimit-remain"), QByteArray::number(4 - i));
    }
    const Reply limited = m_client->get(QStringLiteral("/v2.0/oa/getoa"), {}, false);
    QCOMPARE(limited.status, 200);
    QCOMPARE(limited.zaloError(), -32);
    QCOMPARE(limited.zaloMessage(), QStringLiteral("Your application reached limit call api"));
    QCOMPARE(limited.headers.value("x-ratelimit-remain"), QByteArray("0"));
    QCOMPARE(m_sim->stats().rateLimited, 1);

    // Neither the OAuth host nor the admin endpoints count.
    const SimCredentials c = m_sim->credentials();
    QVERIFY(!m_client->refresh(c.refreshToken, c.appId, c.secretKey)
                 .json.contains(QStringLiteral("error")));
    QCOMPARE(m_client->getPlain(QStringLiteral("/_sim/stats")).status, 200);

    config.rateLimitPerMinute = 0;
    m_sim->setConfig(config);
    m_client->token = m_sim->accessToken();
    QCOMPARE(m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 1)).zaloError(), 0);
}

void TestSimulator::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addRow("drop") << "drop_rate";
    QTest::addRow("5xx") << "http_5xx_rate";
    QTest::addRow("malformed") << "malformed_rate";
    QTest::addRow("latency") << "latency_ms";
}

void TestSimulator::faults()
{
    QFETCH(QString, fault);
    // Switched on through the admin endpoint, as the demo and other test suites do it.
    const QJsonObject change {
        {fault, fault == QLatin1String("latency_ms") ? QJsonValue(300) : QJsonValue(1.0)}};
    const Reply configured
        = m_client->postJson(QStringLiteral("/_sim/config"), QJsonDocument(change).toJson());
    QCOMPARE(configured.status, 200);
    QCOMPARE(configured.json.value(fault), change.value(fault));

    QElapsedTimer timer;
    timer.start();
    const Reply r = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 10));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(r.finished);
    if (fault == QLatin1String("drop_rate")) {
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
    } else if (fault == QLatin1String("http_5xx_rate")) {
        QCOMPARE(r.status, 503);
        QVERIFY(r.headers.value("content-type").startsWith("text/html"));
        QVERIFY(r.body.contains("503"));
    } else if (fault == QLatin1String("malformed_rate")) {
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.isJson);
    } else {
        QCOMPARE(r.zaloError(), 0);
        QVERIFY2(elapsed >= 280, qPrintable(QString::number(elapsed)));
    }
    // Admin endpoints are never faulted.
    const Reply stats = m_client->getPlain(QStringLiteral("/_sim/stats"));
    QCOMPARE(stats.status, 200);
    QVERIFY(stats.isJson);
    QVERIFY(stats.json[QStringLiteral("requests")].toInteger() >= 1);
}

void TestSimulator::adminEndpoints()
{
    const Reply creds = m_client->getPlain(QStringLiteral("/_sim/credentials"));
    QCOMPARE(creds.json[QStringLiteral("access_token")].toString(), m_sim->accessToken());
    QCOMPARE(creds.json[QStringLiteral("refresh_token")].toString(), m_sim->refreshToken());
    QCOMPARE(creds.json[QStringLiteral("app_id")].toString(), m_sim->config().appId);
    QCOMPARE(creds.json[QStringLiteral("secret_key")].toString(), m_sim->config().secretKey);
    QCOMPARE(creds.json[QStringLiteral("base_url")].toString(), m_sim->baseUrl().toString());

    const QString citizen = m_sim->citizenIds().at(5);
    const Reply inbound = m_client->postJson(QStringLiteral("/_sim/inbound"),
        QJsonDocument(QJsonObject {{QStringLiteral("user_id"), citizen},
                          {QStringLiteral("text"), QStringLiteral("Cho em hỏi thêm ạ")}})
            .toJson());
    QCOMPARE(inbound.status, 200);
    const QString messageId = inbound.json[QStringLiteral("message_id")].toString();
    QCOMPARE(messageId.size(), 20);
    const QJsonObject top = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 1))
                                .rows()
                                .first()
                                .toObject();
    QCOMPARE(top[QStringLiteral("message_id")].toString(), messageId);
    QCOMPARE(top[QStringLiteral("from_id")].toString(), citizen);
    QCOMPARE(top[QStringLiteral("src")].toInt(), 1);
    QCOMPARE(top[QStringLiteral("message")].toString(), QStringLiteral("Cho em hỏi thêm ạ"));

    const QString newcomer = QStringLiteral("9876543210987654321");
    QCOMPARE(m_client
                 ->postJson(QStringLiteral("/_sim/inbound"),
                     QJsonDocument(QJsonObject {{QStringLiteral("user_id"), newcomer},
                                       {QStringLiteral("text"), QStringLiteral("Alo")}})
                         .toJson())
                 .status,
        200);
    const Reply stats = m_client->getPlain(QStringLiteral("/_sim/stats"));
    for (const char *key : {"requests", "rate_limited", "token_errors", "refreshes",
             "sent_messages", "total_messages", "total_citizens"})
        QVERIFY2(stats.json.contains(QLatin1String(key)), key);
    QCOMPARE(stats.json[QStringLiteral("total_citizens")].toInt(), 201);
    QCOMPARE(stats.json[QStringLiteral("total_messages")].toInt(), 1202);
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v3.0/oa/user/detail"),
                     QJsonObject {{QStringLiteral("user_id"), newcomer}})
                 .zaloError(),
        0);

    QCOMPARE(m_client->postJson(QStringLiteral("/_sim/config"), R"({"nonsense":1})").status, 400);
    QCOMPARE(m_client->postJson(QStringLiteral("/_sim/inbound"), R"({"user_id":"x"})").status, 400);
    QCOMPARE(m_client->getPlain(QStringLiteral("/_sim/nothing")).status, 404);

    QCOMPARE(m_client->postJson(QStringLiteral("/_sim/expire"), {}).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v2.0/oa/getoa"), {}, false).zaloError(), -220);
    const QString oldRefresh = m_sim->refreshToken();
    QCOMPARE(m_client->postJson(QStringLiteral("/_sim/revoke"), {}).status, 200);
    QCOMPARE(m_client->refresh(oldRefresh, m_sim->config().appId, m_sim->config().secretKey)
                 .json[QStringLiteral("error")]
                 .toInt(),
        -14014);
    const Reply fresh = m_client->postJson(QStringLiteral("/_sim/authorize"), {});
    m_client->token = fresh.json[QStringLiteral("access_token")].toString();
    QCOMPARE(m_client->get(QStringLiteral("/v2.0/oa/getoa"), {}, false).zaloError(), 0);
}

void TestSimulator::recentPerConversation()
{
    SimConfig config = baseConfig();
    config.recentChatPerConversation = true;
    startSim(config);
    QSet<QString> citizens;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int offset = 0; offset < 60; offset += 10) {
        const QJsonArray rows
            = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(offset, 10)).rows();
        QCOMPARE(rows.size(), 10);
        for (const QJsonValue &row : rows) {
            const QString id = counterpart(row.toObject());
            QVERIFY2(!citizens.contains(id), "one row per conversation");
            citizens.insert(id);
            QVERIFY(row[QStringLiteral("time")].toInteger() <= previous);
            previous = row[QStringLiteral("time")].toInteger();
            const QJsonObject latest
                = m_client
                      ->get(QStringLiteral("/v2.0/oa/conversation"), conversationParams(id, 0, 1))
                      .rows()
                      .first()
                      .toObject();
            QCOMPARE(latest, row.toObject());
        }
    }
    QCOMPARE(
        m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(195, 10)).rows().size(), 5);
}

void TestSimulator::liveMode()
{
    SimConfig config = baseConfig();
    config.live = true;
    config.liveIntervalMs = 20;
    startSim(config);
    QSignalSpy added(m_sim.get(), &Simulator::messageAdded);
    QTRY_VERIFY_WITH_TIMEOUT(added.count() >= 5, 5000);
    QTRY_VERIFY(m_sim->stats().totalMessages >= 1205);
    for (const QList<QVariant> &signal : added)
        QVERIFY(signal.at(2).toBool()); // live traffic is inbound
    const QJsonObject top = m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(0, 1))
                                .rows()
                                .first()
                                .toObject();
    QCOMPARE(top[QStringLiteral("src")].toInt(), 1);
    QVERIFY(top[QStringLiteral("time")].toInteger() >= anchorMs());
}

void TestSimulator::contentIsRealistic()
{
    QStringList texts;
    QSet<QString> types;
    for (int offset = 0; offset < 1200; offset += 10) {
        for (const QJsonValue &row :
            m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(offset, 10)).rows()) {
            texts.append(row[QStringLiteral("message")].toString());
            types.insert(row[QStringLiteral("type")].toString());
        }
    }
    QCOMPARE(texts.size(), 1200);
    const QString all = texts.join(QLatin1Char('\n'));
    QCOMPARE(all, all.normalized(QString::NormalizationForm_C));

    // At least eight procedure areas come up.
    const QStringList areas = {
        QStringLiteral("khai sinh|kết hôn|khai tử|trích lục|hộ tịch"),
        QStringLiteral("sổ đỏ|quyền sử dụng đất|mục đích sử dụng đất|tách thửa"),
        QStringLiteral("hộ kinh doanh|doanh nghiệp|công ty"),
        QStringLiteral("giấy phép xây dựng|xây nhà|xây lại"),
        QStringLiteral("lý lịch tư pháp"),
        QStringLiteral("BHXH|BHYT|bảo hiểm"),
        QStringLiteral("lái xe|GPLX|bằng lái"),
        QStringLiteral("thường trú|tạm trú|cư trú"),
        QStringLiteral("chứng thực"),
        QStringLiteral("liệt sĩ|người có công|trợ cấp|khuyết tật"),
    };
    int areasSeen = 0;
    for (const QString &pattern : areas)
        areasSeen += QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption)
                         .match(all)
                         .hasMatch();
    QVERIFY2(areasSeen >= 8, qPrintable(QString::number(areasSeen)));

    const QRegularExpression dossier(QStringLiteral("\\b000\\.00\\.\\d{2}\\.H12-\\d{6}-\\d{4}\\b"));
    QVERIFY(dossier.match(all).hasMatch());
    QVERIFY(all.contains(QStringLiteral("bưu điện")));
    QVERIFY(all.contains(QStringLiteral("phản ánh")) || all.contains(QStringLiteral("chấn chỉnh")));
    QVERIFY(all.contains(QStringLiteral("kiến nghị"), Qt::CaseInsensitive));
    QVERIFY(texts.contains(QStringLiteral("Rất hài lòng")) || texts.contains(QStringLiteral("1")));
    QVERIFY(types.contains(QStringLiteral("photo")) && types.contains(QStringLiteral("file")));

    // Most texts carry Vietnamese diacritics; some people type without them.
    static const QRegularExpression marked(
        QStringLiteral("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]"),
        QRegularExpression::CaseInsensitiveOption);
    int withMarks = 0;
    int longPlain = 0;
    for (const QString &text : texts) {
        if (marked.match(text).hasMatch())
            ++withMarks;
        else if (text.count(QLatin1Char(' ')) >= 3)
            ++longPlain;
    }
    QVERIFY2(withMarks > texts.size() / 2, qPrintable(QString::number(withMarks)));
    QVERIFY2(longPlain > 10, qPrintable(QString::number(longPlain)));
}

void TestSimulator::media()
{
    const QString citizen = m_sim->citizenIds().first();
    const Reply avatar
        = m_client->getPlain(QStringLiteral("/media/avatar/") + citizen + QStringLiteral(".png"));
    QCOMPARE(avatar.status, 200);
    QCOMPARE(avatar.headers.value("content-type"), QByteArray("image/png"));
    QImage image;
    QVERIFY(image.loadFromData(avatar.body, "PNG"));
    QCOMPARE(image.width(), 120);
    const Reply big = m_client->getPlain(
        QStringLiteral("/media/avatar/") + citizen + QStringLiteral(".png?size=240"));
    QVERIFY(image.loadFromData(big.body, "PNG"));
    QCOMPARE(image.width(), 240);

    // Every media URL in the first pages resolves.
    int checked = 0;
    for (int offset = 0; offset < 300 && checked < 12; offset += 10) {
        for (const QJsonValue &row :
            m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(offset, 10)).rows()) {
            const QString type = row[QStringLiteral("type")].toString();
            const bool picture = type == QLatin1String("image") || type == QLatin1String("photo");
            if (!picture && type != QLatin1String("file") && type != QLatin1String("gif"))
                continue;
            const QUrl url(row[QStringLiteral("url")].toString());
            const Reply file = m_client->getPlain(url.path());
            QCOMPARE(file.status, 200);
            if (type == QLatin1String("gif")) {
                QVERIFY(file.body.startsWith("GIF89a"));
                const Reply thumb
                    = m_client->getPlain(QUrl(row[QStringLiteral("thumb")].toString()).path());
                QVERIFY(image.loadFromData(thumb.body, "JPG"));
            } else if (picture) {
                QVERIFY(image.loadFromData(file.body, "JPG"));
                const Reply thumb
                    = m_client->getPlain(QUrl(row[QStringLiteral("thumb")].toString()).path());
                QVERIFY(image.loadFromData(thumb.body, "JPG"));
                QVERIFY(image.width() < 400);
            } else if (url.path().endsWith(QLatin1String(".pdf"))) {
                QVERIFY(file.body.startsWith("%PDF"));
            } else {
                QVERIFY(file.body.startsWith("PK"));
            }
            ++checked;
        }
    }
    QVERIFY(checked > 0);
    QCOMPARE(m_client->getPlain(QStringLiteral("/media/avatar/123.png")).status, 404);
    QCOMPARE(
        m_client->getPlain(QStringLiteral("/media/image/0123456789abcdef0123.jpg")).status, 404);
    QCOMPARE(m_client->getPlain(QStringLiteral("/media/oa/cover.jpg")).status, 200);
    QCOMPARE(m_client->getPlain(QStringLiteral("/media/avatar/oa.png")).status, 200);
}

void TestSimulator::hostKeepsAnsweringWhileCallerBlocks()
{
    SimulatorHost host;
    QSignalSpy added(&host, &SimulatorHost::messageAdded);
    QVERIFY(host.start(baseConfig()));
    const SimCredentials c = host.credentials();
    QVERIFY(c.baseUrl.port() > 0);
    QCOMPARE(c.accessToken, m_sim->accessToken()); // same seed, same tokens

    // A blocking socket in this thread: only works if the simulator answers from its own.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(c.baseUrl.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /v2.0/oa/getoa HTTP/1.1\r\nHost: x\r\naccess_token: "
        + c.accessToken.toLatin1() + "\r\n\r\n");
    QByteArray response;
    while (!response.contains("\"error\":0") && socket.waitForReadyRead(5000))
        response += socket.readAll();
    QVERIFY2(response.startsWith("HTTP/1.1 200 OK"), response.constData());
    QVERIFY(response.contains("\"error\":0"));

    const QString id = host.injectInbound(host.citizenIds().first(), QStringLiteral("Alo"));
    QCOMPARE(id.size(), 20);
    QTRY_COMPARE(added.count(), 1);
    QCOMPARE(added.first().at(0).toString(), id);
    QCOMPARE(host.stats().requests, 1);
    QCOMPARE(host.stats().totalMessages, 1201);
    SimConfig config = host.config();
    config.rateLimitPerMinute = 7;
    host.setConfig(config);
    QCOMPARE(host.config().rateLimitPerMinute, 7);
    host.expireAccessToken();
    const SimCredentials again = host.reauthorize();
    QVERIFY(again.accessToken != c.accessToken);
    host.stop();
    QVERIFY(!host.isRunning());
    QCOMPARE(host.stats().requests, 0); // stopped: defaults, no crash
}

void TestSimulator::rawHttp()
{
    // The simulator runs in this thread: wait with the event loop running (qWaitFor),
    // never with blocking socket calls.
    const quint16 port = m_sim->port();
    const auto exchange = [port](const QByteArray &bytes, int expectResponses) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QByteArray all;
        if (!QTest::qWaitFor(
                [&]() { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return std::make_pair(all, socket.state());
        socket.write(bytes);
        const bool answered = QTest::qWaitFor(
            [&]() {
                all += socket.readAll();
                return all.count("HTTP/1.1 ") >= expectResponses;
            },
            5000);
        // A server that closes does so right after answering; the caller checks the state.
        const bool closed = QTest::qWaitFor(
            [&]() { return socket.state() == QAbstractSocket::UnconnectedState; }, 300);
        Q_UNUSED(answered)
        Q_UNUSED(closed)
        all += socket.readAll();
        return std::make_pair(all, socket.state());
    };
    const QByteArray token = m_sim->accessToken().toLatin1();

    // Two requests in one write: answered in order on the same connection.
    const auto [two, twoState] = exchange("GET /v2.0/oa/getoa HTTP/1.1\r\naccess_token: " + token
            + "\r\n\r\nGET /_sim/stats HTTP/1.1\r\n\r\n",
        2);
    QCOMPARE(two.count("HTTP/1.1 200 OK"), 2);
    QVERIFY(two.indexOf("\"oaid\"") < two.indexOf("\"total_citizens\""));
    QCOMPARE(twoState, QAbstractSocket::ConnectedState); // kept alive

    const auto [closed, closedState]
        = exchange("GET /_sim/stats HTTP/1.1\r\nConnection: close\r\n\r\n", 1);
    QVERIFY(closed.contains("Connection: close"));
    QCOMPARE(closedState, QAbstractSocket::UnconnectedState);

    const auto [http10, http10State] = exchange("GET /_sim/stats HTTP/1.0\r\n\r\n", 1);
    QVERIFY(http10.startsWith("HTTP/1.1 200 OK"));
    QCOMPARE(http10State, QAbstractSocket::UnconnectedState);

    const auto [garbage, garbageState] = exchange("HELLO\r\n\r\n", 1);
    QVERIFY(garbage.startsWith("HTTP/1.1 400"));
    QCOMPARE(garbageState, QAbstractSocket::UnconnectedState);

    const auto [chunked, chunkedState]
        = exchange("POST /_sim/inbound HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 1);
    QVERIFY(chunked.startsWith("HTTP/1.1 501"));

    // A body split across writes is reassembled by Content-Length.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    const QByteArray body = R"({"user_id":"9876543210987654321","text":"Xin chào"})";
    socket.write("POST /_sim/inbound HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body.left(10));
    QVERIFY2(!QTest::qWaitFor([&]() { return socket.bytesAvailable() > 0; }, 200),
        "no answer before the body is complete");
    socket.write(body.mid(10));
    QByteArray answer;
    QTRY_VERIFY((answer += socket.readAll()).contains("message_id"));
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK"), answer.constData());
}

void TestSimulator::keepAliveThroughput()
{
    // The simulator in its own thread, as the desk meets it; six requests in flight over
    // QNAM's keep-alive connection pool, each finished reply starting the next.
    SimulatorHost host;
    QVERIFY(host.start(baseConfig()));
    constexpr int kRequests = 3000;
    constexpr int kInFlight = 6;
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(host.baseUrl().toString()
        + QStringLiteral("/v2.0/oa/listrecentchat?data=%7B%22offset%22%3A0%2C"
                         "%22count%22%3A10%7D")));
    request.setRawHeader("access_token", host.accessToken().toLatin1());
    int issued = 0;
    int done = 0;
    int ok = 0;
    // A QEventLoop rather than QTRY_*: those poll with 10 ms sleeps, which would measure the
    // sleeps, not the server.
    QEventLoop loop;
    std::function<void()> issue = [&]() {
        ++issued;
        QNetworkReply *reply = nam.get(request);
        connect(reply, &QNetworkReply::finished, reply, [&, reply]() {
            ++done;
            ok += reply->error() == QNetworkReply::NoError
                && reply->readAll().contains("\"error\":0");
            reply->deleteLater();
            if (issued < kRequests)
                issue();
            else if (done == kRequests)
                loop.quit();
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kInFlight; ++i)
        issue();
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
    const double seconds = timer.elapsed() / 1000.0;
    qInfo("%d listrecentchat requests (10 rows each) over QNAM keep-alive in %.2f s: %.0f "
          "requests/s",
        done, seconds, done / seconds);
    QCOMPARE(done, kRequests);
    QCOMPARE(ok, kRequests);
    QCOMPARE(host.stats().requests, kRequests);
}

void TestSimulator::scaleSmoke()
{
    SimConfig config = baseConfig();
    config.citizens = 20'000;
    config.messages = 100'000;
    QElapsedTimer timer;
    timer.start();
    startSim(config);
    const qint64 total = timer.elapsed();
    qInfo("generated %d citizens / %lld messages in %lld ms (start incl. listen: %lld ms)",
        config.citizens, m_sim->stats().totalMessages, m_sim->generationMs(), total);
    QCOMPARE(m_sim->stats().totalMessages, 100'000);
    QCOMPARE(m_sim->stats().totalCitizens, 20'000);
    QVERIFY2(m_sim->generationMs() < 30'000, "generous bound; expect well under a second");
    QCOMPARE(
        m_client->get(QStringLiteral("/v2.0/oa/listrecentchat"), page(99'995, 10)).rows().size(),
        5);
}

DESK_TEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
