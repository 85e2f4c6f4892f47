// SPDX-License-Identifier: GPL-3.0-or-later
// Zalo wire shapes (reference/zalo-oa-api.md §1-5, 7) to domain types: envelopes, message rows,
// user/detail, getoa, token replies, ids above 2^53 and 2^63, malformed bodies.
#include "support/testmain.h"
#include "zalo/zalojson.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace Desk;
using namespace Desk::Zalo;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(DESK_TEST_DATA_DIR "/zalo/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return file.readAll();
}

QVector<Core::Message> messagesOf(const QString &name, int *rejected = nullptr)
{
    const Envelope envelope = parseEnvelope(fixture(name));
    if (!envelope.error.ok()) {
        return {};
    }
    const auto page = parseMessagePage(envelope.data);
    if (!page) {
        return {};
    }
    if (rejected) {
        *rejected = static_cast<int>(page->rejected.size());
    }
    return page->messages;
}

} // namespace

class TestZaloJson : public QObject
{
    Q_OBJECT

private slots:
    void envelope_data();
    void envelope();
    void messageRows_data();
    void messageRows();
    void messageKinds_data();
    void messageKinds();
    void rawJsonKeepsTheRow();
    void badRowsAreRejectedOneByOne();
    void pageDataMustBeAnArray();
    void bigIds_data();
    void bigIds();
    void quoteOversizedIntegers_data();
    void quoteOversizedIntegers();
    void qint64RoundTripsExactly();
    void citizenFromRows_data();
    void citizenFromRows();
    void userDetail_data();
    void userDetail();
    void getOa();
    void tokenResponse_data();
    void tokenResponse();
    void invalidTokenCodes_data();
    void invalidTokenCodes();
    void apiUrlEncodesDataParameter();
    void apiUrlKeepsBasePrefix();
};

void TestZaloJson::envelope_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("code");

    QTest::addRow("conversation") << "conversation_mixed.json" << ErrorKind::None << 0;
    QTest::addRow("getoa") << "getoa.json" << ErrorKind::None << 0;
    QTest::addRow("success without data") << "success_no_data.json" << ErrorKind::None << 0;
    QTest::addRow("-216 invalid token")
        << "error_access_token_invalid.json" << ErrorKind::InvalidToken << -216;
    QTest::addRow("-220 expired, data present")
        << "error_access_token_expired.json" << ErrorKind::InvalidToken << -220;
    QTest::addRow("216 without sign")
        << "error_token_positive_216.json" << ErrorKind::InvalidToken << 216;
    QTest::addRow("-401 as a string") << "error_token_401.json" << ErrorKind::InvalidToken << -401;
    QTest::addRow("-32 rate limit") << "error_rate_limit.json" << ErrorKind::RateLimited << -32;
    QTest::addRow("-230 outside window") << "error_outside_window.json" << ErrorKind::Api << -230;
    QTest::addRow("html error page") << "malformed_html.txt" << ErrorKind::Malformed << 0;
    QTest::addRow("truncated body") << "malformed_truncated.txt" << ErrorKind::Malformed << 0;
    QTest::addRow("no error field") << "malformed_no_error.json" << ErrorKind::Malformed << 0;
    QTest::addRow("array instead of object") << "malformed_array.json" << ErrorKind::Malformed << 0;
}

void TestZaloJson::envelope()
{
    QFETCH(QString, file);
    QFETCH(ErrorKind, kind);
    QFETCH(int, code);
    const Envelope envelope = parseEnvelope(fixture(file));
    QCOMPARE(envelope.error.kind, kind);
    QCOMPARE(envelope.error.code, code);
    if (kind == ErrorKind::None) {
        QVERIFY(envelope.error.ok());
    } else {
        QVERIFY(!envelope.error.ok());
        QVERIFY(!envelope.error.detail.isEmpty());
        QVERIFY(envelope.data.isNull()); // never half an answer
    }
}

void TestZaloJson::messageRows_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("citizen");
    QTest::addColumn<Core::Direction>("direction");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("thumb");
    QTest::addColumn<QString>("fileName");

    const QString citizen = QStringLiteral("3103741396296991610");
    QTest::addRow("src 1 text is inbound from from_id")
        << 0 << "ccc5500cdb7842201b6f" << citizen << Core::Direction::Inbound
        << qint64(1759512710365) << "text"
        << QStringLiteral("Cho hỏi thủ tục đăng ký khai sinh cần giấy tờ gì?") << ""
        << ""
        << "";
    QTest::addRow("src 0 text is outbound to to_id")
        << 1 << "93f8c4b28f589705ce4a" << citizen << Core::Direction::Outbound
        << qint64(1759512600000) << "text"
        << QStringLiteral("Xin chào, Tổ Tư vấn có thể giúp gì cho anh/chị?") << ""
        << ""
        << "";
    QTest::addRow("image with url and thumb")
        << 2 << "aa01" << citizen << Core::Direction::Inbound << qint64(1759512500000) << "image"
        << ""
        << "https://photo.talk.zdn.vn/full.jpg"
        << "https://photo.talk.zdn.vn/thumb.jpg"
        << "";
    QTest::addRow("file with name, no message field")
        << 3 << "aa02" << citizen << Core::Direction::Inbound << qint64(1759512400000) << "file"
        << ""
        << "https://f.zdn.vn/to-khai.pdf"
        << ""
        << "to-khai.pdf";
    QTest::addRow("sticker") << 4 << "aa03" << citizen << Core::Direction::Inbound
                             << qint64(1759512300000) << "sticker"
                             << ""
                             << "https://zalo-api.zadn.vn/sticker/123"
                             << ""
                             << "";
    QTest::addRow("link, time as a string")
        << 5 << "aa04" << citizen << Core::Direction::Inbound << qint64(1759512200000) << "link"
        << "https://dichvucong.gov.vn"
        << "https://dichvucong.gov.vn"
        << "" << QStringLiteral("Cổng DVC");
}

void TestZaloJson::messageRows()
{
    QFETCH(int, index);
    const auto messages = messagesOf(QStringLiteral("conversation_mixed.json"));
    QCOMPARE(messages.size(), 6);
    const Core::Message &m = messages.at(index);
    QTEST(m.messageId, "id");
    QTEST(m.citizenId, "citizen");
    QTEST(m.direction, "direction");
    QTEST(m.timeMs, "time");
    QTEST(m.type, "type");
    QTEST(m.text, "text");
    QTEST(m.url, "url");
    QTEST(m.thumbUrl, "thumb");
    QTEST(m.fileName, "fileName");
    QVERIFY(m.text.isNull() || m.text == m.text.normalized(QString::NormalizationForm_C));
}

void TestZaloJson::messageKinds_data()
{
    // Row shapes real OAs send (reference §13) and damaged variants of them: every row is
    // kept (the raw JSON too); a field of the wrong shape is left empty, never guessed.
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("thumb");
    QTest::addColumn<QString>("fileName");

    QTest::addRow("photo is an image")
        << "k01"
        << "image" << QStringLiteral("Ảnh CCCD") << "https://photo.talk.zdn.vn/p.jpg"
        << "https://photo.talk.zdn.vn/p_t.jpg"
        << "";
    QTest::addRow("image without thumb") << "k02"
                                         << "image"
                                         << ""
                                         << "https://photo.talk.zdn.vn/i.jpg"
                                         << ""
                                         << "";
    QTest::addRow("gif") << "k03"
                         << "gif"
                         << ""
                         << "https://gif.zdn.vn/a.gif"
                         << "https://gif.zdn.vn/a_t.jpg"
                         << "";
    QTest::addRow("sticker") << "k04"
                             << "sticker"
                             << ""
                             << "https://zalo-api.zadn.vn/sticker/9"
                             << ""
                             << "";
    QTest::addRow("link with links[]: title, thumb, description after the text")
        << "k05"
        << "link" << QStringLiteral("Xem giúp em\nHướng dẫn nộp hồ sơ trực tuyến")
        << "https://dichvucong.gov.vn/p/1"
        << "https://dichvucong.gov.vn/t.png" << QStringLiteral("Thủ tục đăng ký khai sinh");
    QTest::addRow("link whose links is no array keeps the row url") << "k06"
                                                                    << "link"
                                                                    << "https://x.vn"
                                                                    << "https://x.vn"
                                                                    << ""
                                                                    << "";
    QTest::addRow("link whose links[0] is no object") << "k07"
                                                      << "link"
                                                      << ""
                                                      << ""
                                                      << ""
                                                      << "";
    QTest::addRow("location with coordinates as string and number, address")
        << "k08"
        << "location"
        << ""
        << "geo:9.176900,105.152400"
        << "" << QStringLiteral("Số 2 Hùng Vương, phường An Xuyên, Cà Mau");
    QTest::addRow("location under coordinates, lat/lng, no address") << "k09"
                                                                     << "location"
                                                                     << ""
                                                                     << "geo:9.500000,105.000000"
                                                                     << ""
                                                                     << "";
    QTest::addRow("location with bad coordinates keeps the address")
        << "k10"
        << "location"
        << ""
        << ""
        << "" << QStringLiteral("Chợ Cà Mau");
    QTest::addRow("voice") << "k11"
                           << "voice"
                           << ""
                           << "https://voice.zdn.vn/v.aac"
                           << ""
                           << "";
    QTest::addRow("file with name and size") << "k12"
                                             << "file"
                                             << ""
                                             << "https://f.zdn.vn/don.docx"
                                             << "" << QStringLiteral("đơn đề nghị.docx");
    QTest::addRow("file whose name is a number") << "k13"
                                                 << "file"
                                                 << ""
                                                 << "https://f.zdn.vn/x.pdf"
                                                 << ""
                                                 << "17";
    QTest::addRow("photo with an object as message and an array as url") << "k14"
                                                                         << "image"
                                                                         << ""
                                                                         << ""
                                                                         << ""
                                                                         << "";
    QTest::addRow("unknown type is kept as it is")
        << "k15"
        << "hologram" << QStringLiteral("từ tương lai") << ""
        << ""
        << "";
}

void TestZaloJson::messageKinds()
{
    QFETCH(QString, id);
    int rejected = -1;
    const auto messages = messagesOf(QStringLiteral("conversation_kinds.json"), &rejected);
    QCOMPARE(rejected, 0);
    QCOMPARE(messages.size(), 15);
    const auto it = std::find_if(messages.cbegin(), messages.cend(),
        [&id](const Core::Message &m) { return m.messageId == id; });
    QVERIFY(it != messages.cend());
    QTEST(it->type, "type");
    QTEST(it->text, "text");
    QTEST(it->url, "url");
    QTEST(it->thumbUrl, "thumb");
    QTEST(it->fileName, "fileName");
    QCOMPARE(it->direction, Core::Direction::Inbound);
    // The row as Zalo sent it, whatever the desk made of it.
    const auto raw = QJsonDocument::fromJson(it->rawJson.toUtf8()).object();
    QCOMPARE(raw.value(QLatin1String("message_id")).toString(), id);
    QVERIFY(raw.contains(QLatin1String("type")));
}

void TestZaloJson::rawJsonKeepsTheRow()
{
    const auto messages = messagesOf(QStringLiteral("conversation_mixed.json"));
    QVERIFY(!messages.isEmpty());
    const auto row = QJsonDocument::fromJson(messages.last().rawJson.toUtf8()).object();
    QCOMPARE(row.value(QLatin1String("message_id")).toString(), QStringLiteral("aa04"));
    // Fields the domain type has no column for (links, sent_time, ...) stay in rawJson.
    QCOMPARE(row.value(QLatin1String("links")).toArray().size(), 1);
    QVERIFY(!messages.last().rawJson.contains(QLatin1Char('\n')));
    QVERIFY(messages.first().rawJson.contains(QStringLiteral("\"sent_time\"")));
}

void TestZaloJson::badRowsAreRejectedOneByOne()
{
    int rejected = 0;
    const auto messages = messagesOf(QStringLiteral("conversation_bad_rows.json"), &rejected);
    QCOMPARE(rejected, 5);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().messageId, QStringLiteral("b4"));
    QCOMPARE(messages.first().type, QStringLiteral("text")); // type missing: text
    QVERIFY(messages.first().text.isEmpty());
}

void TestZaloJson::pageDataMustBeAnArray()
{
    QVERIFY(!parseMessagePage(QJsonValue(QJsonObject())).has_value());
    QVERIFY(!parseMessagePage(QJsonValue()).has_value());
    const auto empty = parseMessagePage(QJsonArray());
    QVERIFY(empty.has_value());
    QCOMPARE(empty->rows, 0);
}

void TestZaloJson::bigIds_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("citizenId");

    QTest::addRow("numbers between 2^53 and 2^63") << 0 << "9223372036854775807"
                                                   << "8189000477219660231";
    QTest::addRow("numbers above 2^63") << 1 << "12345678901234567890123"
                                        << "18446744073709551615";
    QTest::addRow("strings above 2^53") << 2 << "m-str"
                                        << "9007199254740993";
}

void TestZaloJson::bigIds()
{
    QFETCH(int, index);
    const auto messages = messagesOf(QStringLiteral("conversation_big_ids.json"));
    QCOMPARE(messages.size(), 3);
    QTEST(messages.at(index).messageId, "messageId");
    QTEST(messages.at(index).citizenId, "citizenId");
    // The kept row still carries the exact digits.
    QVERIFY(messages.at(index).rawJson.contains(messages.at(index).citizenId));
}

void TestZaloJson::quoteOversizedIntegers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("qint64 max stays a number")
        << QByteArray("{\"a\":9223372036854775807}") << QByteArray("{\"a\":9223372036854775807}");
    QTest::addRow("qint64 max + 1 is quoted") << QByteArray("{\"a\":9223372036854775808}")
                                              << QByteArray("{\"a\":\"9223372036854775808\"}");
    QTest::addRow("qint64 min stays")
        << QByteArray("[-9223372036854775808]") << QByteArray("[-9223372036854775808]");
    QTest::addRow("below qint64 min is quoted")
        << QByteArray("[-9223372036854775809]") << QByteArray("[\"-9223372036854775809\"]");
    QTest::addRow("digits inside strings untouched")
        << QByteArray("{\"t\":\"x 99999999999999999999 \\\" 99999999999999999999\"}")
        << QByteArray("{\"t\":\"x 99999999999999999999 \\\" 99999999999999999999\"}");
    QTest::addRow("doubles untouched") << QByteArray("[1.5e300, 123456789012345678901.5]")
                                       << QByteArray("[1.5e300, 123456789012345678901.5]");
    QTest::addRow("several in one body")
        << QByteArray("{\"a\":[18446744073709551615, 1, 28446744073709551615]}")
        << QByteArray("{\"a\":[\"18446744073709551615\", 1, \"28446744073709551615\"]}");
    QTest::addRow("at the very end")
        << QByteArray("18446744073709551615") << QByteArray("\"18446744073709551615\"");
}

void TestZaloJson::quoteOversizedIntegers()
{
    QFETCH(QByteArray, input);
    QTEST(Zalo::quoteOversizedIntegers(input), "expected");
}

void TestZaloJson::qint64RoundTripsExactly()
{
    // Qt 6 keeps integers that fit qint64 exact in QJsonValue and writes them back exactly:
    // the assumption that lets rawJson keep 19-digit ids as numbers.
    const QByteArray body("{\"id\":8189000477219660231,\"max\":9223372036854775807}");
    const auto document = parseJson(body);
    QVERIFY(document.has_value());
    QCOMPARE(idString(document->object().value(QLatin1String("id"))),
        QStringLiteral("8189000477219660231"));
    QCOMPARE(document->toJson(QJsonDocument::Compact), body);
    // A double that is integral and exact (below 2^53) is still accepted as an id.
    QCOMPARE(idString(QJsonValue(1234.0)), QStringLiteral("1234"));
    QCOMPARE(idString(QJsonValue(1.5)), QString());
    QCOMPARE(idString(QJsonValue(1e300)), QString());
    QCOMPARE(idString(QJsonValue(true)), QString());
}

void TestZaloJson::citizenFromRows_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("zaloId");
    QTest::addColumn<QString>("name");

    QTest::addRow("inbound row: the sender") << 0 << "5001" << QStringLiteral("Nguyễn Thị Hồng");
    QTest::addRow("outbound row: the recipient") << 1 << "5002" << QStringLiteral("Trần Văn Đức");
    QTest::addRow("row without a name") << 2 << "5001" << QString();
}

void TestZaloJson::citizenFromRows()
{
    QFETCH(int, index);
    const auto messages = messagesOf(QStringLiteral("listrecentchat.json"));
    QCOMPARE(messages.size(), 3);
    const Core::Citizen citizen = citizenFromMessage(messages.at(index));
    QTEST(citizen.zaloId, "zaloId");
    QTEST(citizen.displayName, "name");
    QVERIFY(!citizen.profileFetched);
}

void TestZaloJson::userDetail_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("zaloId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("avatar");
    QTest::addColumn<bool>("follower");

    QTest::addRow("numeric phone keeps its digits")
        << "user_detail_numeric_phone.json"
        << "4572947693969771653" << QStringLiteral("Phạm Minh Đức") << "841282987721"
        << QStringLiteral("Số 12 Lý Thường Kiệt, Phường An Xuyên, Cà Mau")
        << "https://s120-ava-talk.zadn.vn/u.jpg" << true;
    QTest::addRow("nothing shared, numeric user id, alias as name")
        << "user_detail_not_shared.json"
        << "4572947693969771999" << QStringLiteral("Bà Tư") << ""
        << ""
        << "https://s240-ava-talk.zadn.vn/x.jpg" << false;
    QTest::addRow("phone as a string with a leading zero")
        << "user_detail_string_phone.json"
        << "4572947693969771000" << QStringLiteral("Võ Thị Lan") << "0912345678"
        << QStringLiteral("Ấp 3, xã Tân Thành") << "https://a/l.jpg" << true;
}

void TestZaloJson::userDetail()
{
    QFETCH(QString, file);
    const Envelope envelope = parseEnvelope(fixture(file));
    QVERIFY(envelope.error.ok());
    const auto citizen = parseUserDetail(envelope.data);
    QVERIFY(citizen.has_value());
    QTEST(citizen->zaloId, "zaloId");
    QTEST(citizen->displayName, "name");
    QTEST(citizen->phone, "phone");
    QTEST(citizen->address, "address");
    QTEST(citizen->avatarUrl, "avatar");
    QTEST(citizen->isFollower, "follower");
    QVERIFY(citizen->profileFetched);
    QVERIFY(citizen->sharedInfoJson.startsWith(QLatin1Char('{')));

    QString error;
    QVERIFY(!parseUserDetail(QJsonValue(QJsonObject()), &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestZaloJson::getOa()
{
    const Envelope envelope = parseEnvelope(fixture(QStringLiteral("getoa.json")));
    QVERIFY(envelope.error.ok());
    const auto info = parseOaInfo(envelope.data);
    QVERIFY(info.has_value());
    QCOMPARE(info->oaId, QStringLiteral("3592353763697768582"));
    QCOMPARE(info->name, QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Cà Mau"));
    QCOMPARE(info->oaType, 4);
    QVERIFY(info->verified);
    QCOMPARE(info->followers, qint64(152340));
}

void TestZaloJson::tokenResponse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("refresh");
    QTest::addColumn<qint64>("expiresIn");

    QTest::addRow("expires_in as a string")
        << "token_expires_string.json" << ErrorKind::None << 0 << "at-7Hq2mZ"
        << "rt-P9xLw3" << qint64(90000);
    QTest::addRow("expires_in as a number")
        << "token_expires_number.json" << ErrorKind::None << 0 << "at-number"
        << "rt-number" << qint64(3600);
    QTest::addRow("-14014 refused") << "token_refused.json" << ErrorKind::AuthFailed << -14014 << ""
                                    << "" << qint64(0);
    QTest::addRow("-118 invalid grant")
        << "token_invalid_grant.json" << ErrorKind::AuthFailed << -118 << ""
        << "" << qint64(0);
    QTest::addRow("no access token")
        << "token_without_access.json" << ErrorKind::Malformed << 0 << ""
        << "rt-only" << qint64(0);
    QTest::addRow("not JSON") << "malformed_html.txt" << ErrorKind::Malformed << 0 << ""
                              << "" << qint64(0);
}

void TestZaloJson::tokenResponse()
{
    QFETCH(QString, file);
    const TokenResponse response = parseTokenResponse(fixture(file));
    QTEST(response.error.kind, "kind");
    QTEST(response.error.code, "code");
    QTEST(response.accessToken, "access");
    QTEST(response.refreshToken, "refresh");
    QTEST(response.expiresInSec, "expiresIn");
    // Error details never echo a token.
    QVERIFY(!response.error.detail.contains(QStringLiteral("rt-")));
}

void TestZaloJson::invalidTokenCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("invalid");
    for (int code : {-216, 216, -220, 220, 401, -401}) {
        QTest::addRow("%d", code) << code << true;
    }
    for (int code : {0, -32, -201, -230, -124, -118}) {
        QTest::addRow("%d", code) << code << false;
    }
}

void TestZaloJson::invalidTokenCodes()
{
    QFETCH(int, code);
    QTEST(isInvalidTokenCode(code), "invalid");
}

void TestZaloJson::apiUrlEncodesDataParameter()
{
    QJsonObject params;
    params.insert(QStringLiteral("user_id"), QStringLiteral("3103741396296991610"));
    params.insert(QStringLiteral("offset"), 20);
    params.insert(QStringLiteral("count"), 10);
    const QUrl url = apiUrl(
        QUrl(QStringLiteral("https://openapi.zalo.me")), QString(ApiPath::Conversation), params);
    const QByteArray encoded = url.toEncoded();
    QVERIFY2(encoded.startsWith("https://openapi.zalo.me/v2.0/oa/conversation?data=%7B"),
        encoded.constData());
    QVERIFY(!encoded.contains('{'));
    QVERIFY(!encoded.contains('"'));
    const QString decoded
        = QUrlQuery(url).queryItemValue(QStringLiteral("data"), QUrl::FullyDecoded);
    QCOMPARE(QJsonDocument::fromJson(decoded.toUtf8()).object(), params);
    QVERIFY(!decoded.contains(QLatin1Char(' '))); // compact

    // A `+` in a value must not turn into a space on the server.
    QJsonObject plus;
    plus.insert(QStringLiteral("q"), QStringLiteral("a+b"));
    const QUrl plusUrl
        = apiUrl(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("/x"), plus);
    QVERIFY(plusUrl.toEncoded().contains("a%2Bb"));
}

void TestZaloJson::apiUrlKeepsBasePrefix()
{
    const QUrl url
        = apiUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/zalo/")), QString(ApiPath::GetOa));
    QCOMPARE(url.toString(), QStringLiteral("http://127.0.0.1:8080/zalo/v2.0/oa/getoa"));
}

DESK_TEST_APPLESS_MAIN(TestZaloJson)
#include "tst_zalojson.moc"
