// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfold.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk::Core;

class TestTextFold : public QObject
{
    Q_OBJECT
private slots:
    void fold_data();
    void fold();
    void nfcRoundTrip();
    void ftsQuery_data();
    void ftsQuery();
};

void TestTextFold::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("nfc") << QStringLiteral("đăng ký kết hôn") << QStringLiteral("dang ky ket hon");
    QTest::addRow("upper") << QStringLiteral("ĐĂNG KÝ") << QStringLiteral("dang ky");
    QTest::addRow("nfd")
        << QStringLiteral("đăng ký kết hôn").normalized(QString::NormalizationForm_D)
        << QStringLiteral("dang ky ket hon");
    QTest::addRow("plain") << QStringLiteral("dang ky ket hon")
                           << QStringLiteral("dang ky ket hon");
    QTest::addRow("two marks") << QStringLiteral("Hồ sơ ngập nước ở phường")
                               << QStringLiteral("ho so ngap nuoc o phuong");
    QTest::addRow("street") << QStringLiteral("Đường Điện Biên Phủ")
                            << QStringLiteral("duong dien bien phu");
    QTest::addRow("digits kept") << QStringLiteral("TV-2026-000123")
                                 << QStringLiteral("tv-2026-000123");
    QTest::addRow("empty") << QString() << QString();
}

void TestTextFold::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(foldForSearch(input), expected);
}

void TestTextFold::nfcRoundTrip()
{
    const QString nfc = QStringLiteral("Nguyễn Thị Thanh Hương");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != nfc);
    QCOMPARE(toNfc(nfd), nfc);
}

void TestTextFold::ftsQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("words, prefix on last")
        << QStringLiteral("Đăng ký kết hôn") << QStringLiteral("\"dang\" \"ky\" \"ket\" \"hon\"*");
    QTest::addRow("code split like the tokenizer")
        << QStringLiteral("HS-2024-123") << QStringLiteral("\"hs\" \"2024\" \"123\"*");
    QTest::addRow("quotes cannot break out")
        << QStringLiteral("a\"b OR c") << QStringLiteral("\"a\" \"b\" \"or\" \"c\"");
    QTest::addRow("operators are words")
        << QStringLiteral("NEAR( dat*") << QStringLiteral("\"near\" \"dat\"*");
    QTest::addRow("one letter last word has no prefix")
        << QStringLiteral("xã a") << QStringLiteral("\"xa\" \"a\"");
    QTest::addRow("only punctuation") << QStringLiteral("\"*-()") << QString();
    QTest::addRow("blank") << QStringLiteral("   ") << QString();
}

void TestTextFold::ftsQuery()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ftsQueryFromUserText(input), expected);
}

DESK_TEST_APPLESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
