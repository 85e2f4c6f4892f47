// SPDX-License-Identifier: GPL-3.0-or-later
// The service key and the sealing of the OA's tokens for the team database: a value must open
// only with its key and its associated data (row and purpose), every altered byte must be
// noticed, and no input, however malformed, may crash or be taken for a value.
#include "app/translations.h"
#include "secrets/tokencipher.h"
#include "support/testmain.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Desk::Secrets;

namespace {

const QByteArray kAd = QByteArrayLiteral("oa/1/refresh_token");

ServiceKey newKey()
{
    return ServiceKey::generate();
}

/** The three dot-separated parts of a sealed text, the last two decoded. */
struct SealedParts
{
    QString version;
    QByteArray nonce;
    QByteArray box; // ciphertext followed by the 16-byte tag
};

SealedParts split(const QString &sealed)
{
    const QStringList parts = sealed.split(u'.');
    const auto decode = [](const QString &part) {
        return QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding);
    };
    return {parts.value(0), decode(parts.value(1)), decode(parts.value(2))};
}

QString join(const SealedParts &parts)
{
    constexpr auto url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return parts.version + u'.' + QString::fromLatin1(parts.nonce.toBase64(url)) + u'.'
        + QString::fromLatin1(parts.box.toBase64(url));
}

QString keyTextOf(const QByteArray &raw)
{
    return QStringLiteral("dsk1-")
        + QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray randomBytes(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data) {
        c = char(QRandomGenerator::global()->bounded(256));
    }
    return data;
}

QStringList g_messages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

} // namespace

class TestTokenCipher : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void twoSealsDiffer();
    void wrongKeyRefused();
    void tamperedRefused_data();
    void tamperedRefused();
    void wrongAssociatedDataRefused_data();
    void wrongAssociatedDataRefused();
    void malformedRefused_data();
    void malformedRefused();
    void unknownVersionRefused_data();
    void unknownVersionRefused();
    void knownAnswer();
    void nullKey();
    void keyTextRoundTrip_data();
    void keyTextRoundTrip();
    void keyTextRejected_data();
    void keyTextRejected();
    void generatedKeysDiffer();
    void fingerprint();
    void noSecretInLogs();
    void explanationsInVietnamese_data();
    void explanationsInVietnamese();
};

void TestTokenCipher::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("ascii") << QByteArrayLiteral("{\"access_token\":\"abc.DEF-123_xyz\"}");
    QTest::addRow("vietnamese utf-8")
        << QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk — mã bí mật").toUtf8();
    QTest::addRow("binary with nul") << QByteArray("a\0b\0\xff\xfe", 6);
    QTest::addRow("100 KB") << randomBytes(100 * 1024);
}

void TestTokenCipher::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    const ServiceKey key = newKey();
    const QString sealed = seal(key, plaintext, kAd);
    QVERIFY(sealed.startsWith(QStringLiteral("v1.")));
    const SealedParts parts = split(sealed);
    QCOMPARE(parts.nonce.size(), 12);
    QCOMPARE(parts.box.size(), plaintext.size() + 16);
    if (plaintext.size() >= 8) {
        QVERIFY(!parts.box.contains(plaintext.left(8)));
    }
    QString error;
    const auto opened = open(key, sealed, kAd, &error);
    QVERIFY2(opened.has_value(), qPrintable(error));
    QCOMPARE(*opened, plaintext);
    QVERIFY(error.isEmpty());
    // A copy of the key (as read back from the keychain) opens it too.
    const auto copy = ServiceKey::fromText(key.toText());
    QVERIFY(copy.has_value());
    QCOMPARE(open(*copy, sealed, kAd).value_or(QByteArray("x")), plaintext);
}

void TestTokenCipher::twoSealsDiffer()
{
    const ServiceKey key = newKey();
    const QByteArray value = QByteArrayLiteral("the same refresh token");
    const QString first = seal(key, value, kAd);
    const QString second = seal(key, value, kAd);
    QVERIFY(!first.isEmpty());
    QVERIFY(first != second);
    QVERIFY(split(first).nonce != split(second).nonce);
    QCOMPARE(open(key, first, kAd).value_or(QByteArray()), value);
    QCOMPARE(open(key, second, kAd).value_or(QByteArray()), value);
}

void TestTokenCipher::wrongKeyRefused()
{
    const ServiceKey key = newKey();
    const ServiceKey other = newKey();
    const QString sealed = seal(key, QByteArrayLiteral("secret"), kAd);
    QString error;
    QVERIFY(!open(other, sealed, kAd, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("service key")), qPrintable(error));
    QVERIFY(key.fingerprint() != other.fingerprint());
}

void TestTokenCipher::tamperedRefused_data()
{
    QTest::addColumn<QString>("region");
    QTest::addRow("nonce") << QStringLiteral("nonce");
    QTest::addRow("ciphertext") << QStringLiteral("ciphertext");
    QTest::addRow("tag") << QStringLiteral("tag");
}

void TestTokenCipher::tamperedRefused()
{
    // Every byte of the region, each with its lowest and highest bit flipped in turn.
    QFETCH(QString, region);
    const ServiceKey key = newKey();
    const QByteArray plaintext = QByteArrayLiteral("refresh-token-0123456789-abcdef");
    const SealedParts original = split(seal(key, plaintext, kAd));
    const int cipherBytes = int(original.box.size()) - 16;
    const int start = region == QLatin1String("tag") ? cipherBytes : 0;
    const int end = region == QLatin1String("nonce") ? int(original.nonce.size())
        : region == QLatin1String("tag")             ? int(original.box.size())
                                                     : cipherBytes;
    QVERIFY(end > start);
    for (int i = start; i < end; ++i) {
        for (const char bit : {'\x01', '\x80'}) {
            SealedParts parts = original;
            QByteArray &bytes = region == QLatin1String("nonce") ? parts.nonce : parts.box;
            bytes[i] = char(bytes.at(i) ^ bit);
            QString error;
            const auto opened = open(key, join(parts), kAd, &error);
            QVERIFY2(!opened.has_value(), qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
            QVERIFY(!error.isEmpty());
        }
    }
    // Shortened and lengthened boxes as well.
    SealedParts shorter = original;
    shorter.box.chop(1);
    QVERIFY(!open(key, join(shorter), kAd).has_value());
    SealedParts longer = original;
    longer.box.append('\0');
    QVERIFY(!open(key, join(longer), kAd).has_value());
    QCOMPARE(open(key, join(original), kAd).value_or(QByteArray()), plaintext);
}

void TestTokenCipher::wrongAssociatedDataRefused_data()
{
    QTest::addColumn<QByteArray>("sealedFor");
    QTest::addColumn<QByteArray>("openedFor");
    QTest::addRow("another row") << kAd << QByteArrayLiteral("oa/2/refresh_token");
    QTest::addRow("another purpose") << kAd << QByteArrayLiteral("oa/1/access_token");
    QTest::addRow("none given") << kAd << QByteArray();
    QTest::addRow("prefix of it") << kAd << kAd.left(kAd.size() - 1);
    QTest::addRow("longer") << kAd << kAd + QByteArray(1, '\0');
    QTest::addRow("sealed without") << QByteArray() << kAd;
}

void TestTokenCipher::wrongAssociatedDataRefused()
{
    QFETCH(QByteArray, sealedFor);
    QFETCH(QByteArray, openedFor);
    const ServiceKey key = newKey();
    const QString sealed = seal(key, QByteArrayLiteral("token"), sealedFor);
    QString error;
    QVERIFY(!open(key, sealed, openedFor, &error).has_value());
    QVERIFY(error.contains(QStringLiteral("another record")));
    QCOMPARE(open(key, sealed, sealedFor).value_or(QByteArray()), QByteArrayLiteral("token"));
}

void TestTokenCipher::malformedRefused_data()
{
    QTest::addColumn<QString>("text");
    const QString nonce = QStringLiteral("AAAAAAAAAAAAAAAA"); // 12 bytes
    const QString box = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"); // 16 bytes
    QTest::addRow("empty") << QString();
    QTest::addRow("version only") << QStringLiteral("v1");
    QTest::addRow("two parts") << QStringLiteral("v1.") + nonce;
    QTest::addRow("empty parts") << QStringLiteral("v1..");
    QTest::addRow("four parts") << QStringLiteral("v1.%1.%2.%2").arg(nonce, box);
    QTest::addRow("no version") << QStringLiteral(".%1.%2").arg(nonce, box);
    QTest::addRow("bare v") << QStringLiteral("v.%1.%2").arg(nonce, box);
    QTest::addRow("version with letters") << QStringLiteral("v1a.%1.%2").arg(nonce, box);
    QTest::addRow("upper-case version") << QStringLiteral("V1.%1.%2").arg(nonce, box);
    QTest::addRow("short nonce") << QStringLiteral("v1.AAAAAAAAAAAAAAA.%1").arg(box);
    QTest::addRow("long nonce") << QStringLiteral("v1.AAAAAAAAAAAAAAAAAAA.%1").arg(box);
    QTest::addRow("shorter than a tag") << QStringLiteral("v1.%1.AAAAAAAAAAAAAAAAAAAA").arg(nonce);
    QTest::addRow("standard base64 letters") << QStringLiteral("v1.%1.+/+/").arg(nonce);
    QTest::addRow("padding") << QStringLiteral("v1.%1.%2==").arg(nonce, box);
    QTest::addRow("impossible length") << QStringLiteral("v1.%1.AAAAA").arg(nonce);
    QTest::addRow("not canonical") << QStringLiteral("v1.%1.AAAAAAAAAAAAAAAAAAAAAB").arg(nonce);
    QTest::addRow("white space") << QStringLiteral(" v1.%1.%2").arg(nonce, box);
    QTest::addRow("vietnamese") << QStringLiteral("v1.%1.Đắk").arg(nonce);
}

void TestTokenCipher::malformedRefused()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!open(newKey(), text, kAd, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
}

void TestTokenCipher::unknownVersionRefused_data()
{
    QTest::addColumn<QString>("version");
    QTest::addRow("v2") << QStringLiteral("v2");
    QTest::addRow("v0") << QStringLiteral("v0");
    QTest::addRow("v10") << QStringLiteral("v10");
}

void TestTokenCipher::unknownVersionRefused()
{
    // A well-formed value of another version: the message must say "update", not "damaged".
    QFETCH(QString, version);
    const ServiceKey key = newKey();
    SealedParts parts = split(seal(key, QByteArrayLiteral("token"), kAd));
    parts.version = version;
    QString error;
    QVERIFY(!open(key, join(parts), kAd, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("(%1)").arg(version)), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("update")));
}

void TestTokenCipher::knownAnswer()
{
    // AES-256-GCM test case 16 of the GCM specification (McGrew & Viega): proves the format
    // is plain AES-256-GCM that any other implementation can open.
    const auto key = ServiceKey::fromText(keyTextOf(
        QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")));
    QVERIFY(key.has_value());
    SealedParts parts;
    parts.version = QStringLiteral("v1");
    parts.nonce = QByteArray::fromHex("cafebabefacedbaddecaf888");
    parts.box = QByteArray::fromHex(
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b10"
        "56828838c5f61e6393ba7a0abcc9f662"
        "76fc6ece0f4e1768cddf8853bb2d551b");
    const QByteArray ad = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    QString error;
    const auto opened = open(*key, join(parts), ad, &error);
    QVERIFY2(opened.has_value(), qPrintable(error));
    QCOMPARE(opened->toHex(),
        QByteArray("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c959568"
                   "09532fcf0e2449a6b525b16aedf5aa0de657ba637b39"));
}

void TestTokenCipher::nullKey()
{
    const ServiceKey key;
    QVERIFY(key.isNull());
    QVERIFY(seal(key, QByteArrayLiteral("x"), kAd).isEmpty());
    QVERIFY(key.toText().isEmpty());
    QVERIFY(key.fingerprint().isEmpty());
    QString error;
    QVERIFY(!open(key, seal(newKey(), QByteArrayLiteral("x"), kAd), kAd, &error).has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY(!newKey().isNull());
    QVERIFY(key != newKey());
}

void TestTokenCipher::keyTextRoundTrip_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::addRow("exact") << QString() << QString();
    QTest::addRow("pasted line end") << QString() << QStringLiteral("\n");
    QTest::addRow("windows line end") << QString() << QStringLiteral("\r\n");
    QTest::addRow("surrounding spaces") << QStringLiteral("  \t") << QStringLiteral(" ");
}

void TestTokenCipher::keyTextRoundTrip()
{
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    const ServiceKey key = newKey();
    const QString text = key.toText();
    QVERIFY(text.startsWith(QStringLiteral("dsk1-")));
    QCOMPARE(text.size(), 48);
    QString error;
    const auto parsed = ServiceKey::fromText(prefix + text + suffix, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QVERIFY(*parsed == key);
    QCOMPARE(parsed->toText(), text);
    QCOMPARE(parsed->fingerprint(), key.fingerprint());
}

void TestTokenCipher::keyTextRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // a fragment of the explanation
    const QString body = QString(43, u'A');
    QTest::addRow("empty") << QString() << QStringLiteral("empty");
    QTest::addRow("blank") << QStringLiteral(" \n") << QStringLiteral("empty");
    QTest::addRow("no prefix") << body << QStringLiteral("starts with \"dsk1-\"");
    QTest::addRow("whole line pasted")
        << QStringLiteral("service-key: dsk1-") + body << QStringLiteral("starts with");
    QTest::addRow("upper-case prefix")
        << QStringLiteral("DSK1-") + body << QStringLiteral("starts with");
    QTest::addRow("newer version") << QStringLiteral("dsk2-") + body << QStringLiteral("version 2");
    QTest::addRow("version 10") << QStringLiteral("dsk10-") + body << QStringLiteral("version 10,");
    QTest::addRow("no version number")
        << QStringLiteral("dsk-") + body << QStringLiteral("starts with");
    QTest::addRow("one short") << QStringLiteral("dsk1-") + body.left(42)
                               << QStringLiteral("has 42 characters");
    QTest::addRow("one long") << QStringLiteral("dsk1-") + body + u'A'
                              << QStringLiteral("has 44 characters");
    QTest::addRow("standard base64 plus")
        << QStringLiteral("dsk1-+") + body.left(42) << QStringLiteral("\"+\" at position 6");
    QTest::addRow("standard base64 slash")
        << QStringLiteral("dsk1-") + body.left(42) + u'/' << QStringLiteral("\"/\" at position 48");
    QTest::addRow("padding") << QStringLiteral("dsk1-") + body + u'=' << QStringLiteral("\"=\"");
    QTest::addRow("space inside") << QStringLiteral("dsk1-AAAA AAAA") << QStringLiteral("\" \"");
    QTest::addRow("vietnamese letter")
        << QStringLiteral("dsk1-") + body.left(42) + u'đ' << QStringLiteral("\"đ\"");
    QTest::addRow("last character not canonical")
        << QStringLiteral("dsk1-") + body.left(42) + u'B' << QStringLiteral("last character");
}

void TestTokenCipher::keyTextRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ServiceKey::fromText(text, &error).has_value());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!ServiceKey::fromText(text).has_value()); // no error pointer: still refused
}

void TestTokenCipher::generatedKeysDiffer()
{
    QSet<QString> texts;
    for (int i = 0; i < 100; ++i) {
        texts.insert(newKey().toText());
    }
    QCOMPARE(texts.size(), 100);
}

void TestTokenCipher::fingerprint()
{
    // SHA-256 of 32 zero bytes starts 66687aadf862bd77.
    const auto zero = ServiceKey::fromText(keyTextOf(QByteArray(32, '\0')));
    QVERIFY(zero.has_value());
    QCOMPARE(zero->fingerprint(), QByteArray("66687aadf862bd77"));
    const ServiceKey key = newKey();
    QCOMPARE(key.fingerprint().size(), 16);
    QCOMPARE(key.fingerprint(), ServiceKey(key).fingerprint());
    QVERIFY(!key.toText().contains(QString::fromLatin1(key.fingerprint())));
}

void TestTokenCipher::noSecretInLogs()
{
    // Debug output of the module switched on: neither a key nor a plaintext may reach it, on
    // success or failure.
    QLoggingCategory::setFilterRules(QStringLiteral("desk.secrets.debug=true"));
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const ServiceKey key = newKey();
    const QByteArray plaintext = QByteArrayLiteral("PLAINTEXT-REFRESH-TOKEN");
    const QString sealed = seal(key, plaintext, kAd);
    const bool opened = open(key, sealed, kAd).has_value();
    const bool wrongOpened = open(newKey(), sealed, kAd).has_value();
    const bool keyParsed = ServiceKey::fromText(key.toText() + u'x').has_value();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(opened);
    QVERIFY(!wrongOpened);
    QVERIFY(!keyParsed);
    for (const QString &message : std::as_const(g_messages)) {
        QVERIFY2(!message.contains(key.toText().mid(5, 20)), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(plaintext)), qPrintable(message));
    }
}

void TestTokenCipher::explanationsInVietnamese_data()
{
    QTest::addColumn<QString>("keyText");
    QTest::addColumn<QString>("sealed");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty key") << QString() << QString()
                               << QStringLiteral("Chưa nhập khóa dịch vụ.");
    QTest::addRow("short key") << QStringLiteral("dsk1-AAAA") << QString()
                               << QStringLiteral(
                                      "Khóa dịch vụ có 4 ký tự sau \"dsk1-\" thay vì 43");
    QTest::addRow("damaged value") << newKey().toText() << QStringLiteral("v1..")
                                   << QStringLiteral("Thông tin bí mật đã lưu bị hỏng");
    QTest::addRow("wrong key") << newKey().toText() << seal(newKey(), QByteArrayLiteral("x"), kAd)
                               << QStringLiteral("Không giải mã được thông tin bí mật");
}

void TestTokenCipher::explanationsInVietnamese()
{
    // The administrator pasting the key reads the explanation in Vietnamese.
    QFETCH(QString, keyText);
    QFETCH(QString, sealed);
    QFETCH(QString, expected);
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    QString error;
    const auto key = ServiceKey::fromText(keyText, &error);
    if (key) {
        QVERIFY(!open(*key, sealed, kAd, &error).has_value());
    }
    QVERIFY(Desk::installTranslations(QStringLiteral("en")));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

DESK_TEST_GUILESS_MAIN(TestTokenCipher)
#include "tst_tokencipher.moc"
