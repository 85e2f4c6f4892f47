// SPDX-License-Identifier: GPL-3.0-or-later
// The phrases a question offers to the similar-answer search: folded two-syllable words,
// no function words, nothing across codes and numbers, safe to put into an FTS5 MATCH.
#include "core/similarityterms.h"

#include <QTest>

using Desk::Core::SimilarityTerms;

class TestSimilarityTerms : public QObject
{
    Q_OBJECT

private slots:
    void phrases_data();
    void phrases();
    void orQueryQuotesEveryPhrase();
    void limitIsKept();
};

void TestSimilarityTerms::phrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("question with function words")
        << QStringLiteral("Cho tôi hỏi đăng ký khai sinh cho con cần giấy tờ gì ạ?")
        << QStringList {QStringLiteral("dang ky"), QStringLiteral("ky khai"),
               QStringLiteral("khai sinh"), QStringLiteral("giay to")};
    QTest::addRow("no diacritics, capitals")
        << QStringLiteral("DANG KY KHAI SINH")
        << QStringList {
               QStringLiteral("dang ky"), QStringLiteral("ky khai"), QStringLiteral("khai sinh")};
    QTest::addRow("decomposed and đ")
        << QStringLiteral("Đổi giấy phép lái xe").normalized(QString::NormalizationForm_D)
        << QStringList {QStringLiteral("doi giay"), QStringLiteral("giay phep"),
               QStringLiteral("phep lai"), QStringLiteral("lai xe")};
    QTest::addRow("dossier code and phone break phrases")
        << QStringLiteral("Hồ sơ 000.00.12.H12-261128-0001 sổ đỏ 0912345678 chậm")
        << QStringList {QStringLiteral("ho so"), QStringLiteral("so do")};
    QTest::addRow("repeated phrase once")
        << QStringLiteral("hộ chiếu, hộ chiếu gấp")
        << QStringList {
               QStringLiteral("ho chieu"), QStringLiteral("chieu ho"), QStringLiteral("chieu gap")};
    QTest::addRow("one word falls back to syllables")
        << QStringLiteral("Hộ khẩu?") << QStringList {QStringLiteral("ho khau")};
    QTest::addRow("single content word")
        << QStringLiteral("cho tôi hỏi về thuế ạ") << QStringList {QStringLiteral("thue")};
    QTest::addRow("only function words") << QStringLiteral("Cho tôi hỏi với ạ") << QStringList {};
    QTest::addRow("empty") << QString() << QStringList {};
    QTest::addRow("FTS syntax is just text")
        << QStringLiteral("\"NEAR(ho* OR) AND\" ^chieu -phep")
        << QStringList {QStringLiteral("near ho"), QStringLiteral("ho or"),
               QStringLiteral("or and"), QStringLiteral("and chieu"), QStringLiteral("chieu phep")};
}

void TestSimilarityTerms::phrases()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const auto &phrase : SimilarityTerms::phrases(text)) {
        got.append(phrase.syllables.join(QLatin1Char(' ')));
    }
    QCOMPARE(got, expected);
}

void TestSimilarityTerms::orQueryQuotesEveryPhrase()
{
    const auto phrases = SimilarityTerms::phrases(QStringLiteral("giấy phép lái xe"));
    QCOMPARE(SimilarityTerms::orQuery(phrases),
        QStringLiteral("\"giay phep\" OR \"phep lai\" OR \"lai xe\""));
    QCOMPARE(SimilarityTerms::syllables(phrases),
        (QStringList {QStringLiteral("giay"), QStringLiteral("phep"), QStringLiteral("lai"),
            QStringLiteral("xe")}));
    QVERIFY(SimilarityTerms::orQuery({}).isEmpty());
}

void TestSimilarityTerms::limitIsKept()
{
    QString text;
    for (int i = 0; i < 200; ++i) {
        text += QStringLiteral("thuế%1 phí lệ phí trước bạ nhà đất ").arg(QChar(u'a' + i % 26));
    }
    QCOMPARE(SimilarityTerms::phrases(text, 7).size(), 7);
    QVERIFY(SimilarityTerms::phrases(text).size() <= 64);
}

QTEST_APPLESS_MAIN(TestSimilarityTerms)
#include "tst_similarityterms.moc"
