// SPDX-License-Identifier: GPL-3.0-or-later
// The words a question offers to the similar-answer search: folded syllables, no function
// words, no codes or numbers, safe to put into an FTS5 MATCH.
#include "core/similarityterms.h"
#include "support/testmain.h"

#include <QTest>

using Desk::Core::SimilarityTerms;

class TestSimilarityTerms : public QObject
{
    Q_OBJECT

private slots:
    void words_data();
    void words();
    void orQueryQuotesEveryWord();
    void limitIsKept();
};

void TestSimilarityTerms::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("question with function words")
        << QStringLiteral("Cho tôi hỏi đăng ký khai sinh cho con cần giấy tờ gì ạ?")
        << QStringList {QStringLiteral("dang"), QStringLiteral("ky"), QStringLiteral("khai"),
               QStringLiteral("sinh"), QStringLiteral("giay"), QStringLiteral("to")};
    QTest::addRow("no diacritics, capitals")
        << QStringLiteral("DANG KY KHAI SINH")
        << QStringList {QStringLiteral("dang"), QStringLiteral("ky"), QStringLiteral("khai"),
               QStringLiteral("sinh")};
    QTest::addRow("decomposed and đ")
        << QStringLiteral("Đổi giấy phép lái xe").normalized(QString::NormalizationForm_D)
        << QStringList {QStringLiteral("doi"), QStringLiteral("giay"), QStringLiteral("phep"),
               QStringLiteral("lai"), QStringLiteral("xe")};
    QTest::addRow("dossier code and phone are left out")
        << QStringLiteral("Hồ sơ 000.00.12.H12-261128-0001 sổ đỏ 0912345678 chậm")
        << QStringList {QStringLiteral("ho"), QStringLiteral("so"), QStringLiteral("do"),
               QStringLiteral("cham")};
    QTest::addRow("repeated word once")
        << QStringLiteral("hộ chiếu, hộ chiếu gấp")
        << QStringList {QStringLiteral("ho"), QStringLiteral("chieu"), QStringLiteral("gap")};
    QTest::addRow("only function words") << QStringLiteral("Cho tôi hỏi với ạ") << QStringList {};
    QTest::addRow("empty") << QString() << QStringList {};
    QTest::addRow("FTS syntax is just text")
        << QStringLiteral("\"NEAR(ho* OR) AND\" ^chieu -phep")
        << QStringList {QStringLiteral("near"), QStringLiteral("ho"), QStringLiteral("or"),
               QStringLiteral("and"), QStringLiteral("chieu"), QStringLiteral("phep")};
}

void TestSimilarityTerms::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(SimilarityTerms::words(text), expected);
}

void TestSimilarityTerms::orQueryQuotesEveryWord()
{
    const QStringList words = SimilarityTerms::words(QStringLiteral("giấy phép lái xe"));
    QCOMPARE(SimilarityTerms::orQuery(words),
        QStringLiteral("\"giay\" OR \"phep\" OR \"lai\" OR \"xe\""));
    QVERIFY(SimilarityTerms::orQuery({}).isEmpty());
}

void TestSimilarityTerms::limitIsKept()
{
    QString text;
    for (int i = 0; i < 40; ++i) {
        text += QStringLiteral("thuế%1 phí ").arg(QChar(u'a' + i % 26));
    }
    QCOMPARE(SimilarityTerms::words(text, 7).size(), 7);
    QCOMPARE(SimilarityTerms::words(text).size(), 12);
}

DESK_TEST_APPLESS_MAIN(TestSimilarityTerms)
#include "tst_similarityterms.moc"
