// SPDX-License-Identifier: GPL-3.0-or-later
// Citizens' answers to the satisfaction question, as typed on Zalo.
#include "core/ratingscale.h"
#include "support/testmain.h"

#include <QtTest>

using Desk::Core::RatingLevel;
using Desk::Core::RatingScale;

class TestRatingScale : public QObject
{
    Q_OBJECT
private slots:
    void threeLevel_data();
    void threeLevel();
    void fiveLevel_data();
    void fiveLevel();
    void customScale();
    void defaultScaleShape();
};

void TestRatingScale::threeLevel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key"); // empty: not a rating answer
    const QString top = QStringLiteral("rat_hai_long");
    const QString mid = QStringLiteral("hai_long");
    const QString low = QStringLiteral("chua_hai_long");
    QTest::addRow("digit 1") << QStringLiteral("1") << top;
    QTest::addRow("digit 2") << QStringLiteral("2") << mid;
    QTest::addRow("digit 3 with particle") << QStringLiteral("3 ạ") << low;
    QTest::addRow("digit with dot") << QStringLiteral("1.") << top;
    QTest::addRow("digit in a polite sentence") << QStringLiteral("Dạ em chọn 1 ạ") << top;
    QTest::addRow("digit with mức") << QStringLiteral("em đánh giá mức 2 nhé") << mid;
    QTest::addRow("digit 4 is off the scale") << QStringLiteral("4") << QString();
    QTest::addRow("two digits") << QStringLiteral("1 2") << QString();
    QTest::addRow("rất hài lòng") << QStringLiteral("Rất hài lòng") << top;
    QTest::addRow("upper case") << QStringLiteral("RẤT HÀI LÒNG") << top;
    QTest::addRow("without diacritics") << QStringLiteral("rat hai long") << top;
    QTest::addRow("hài lòng lắm") << QStringLiteral("hài lòng lắm") << top;
    QTest::addRow("hài lòng") << QStringLiteral("Hài lòng") << mid;
    QTest::addRow("hai long with ad") << QStringLiteral("hai long nha ad") << mid;
    QTest::addRow("chưa hài lòng") << QStringLiteral("Chưa hài lòng") << low;
    QTest::addRow("không hài lòng") << QStringLiteral("không hài lòng") << low;
    QTest::addRow("ko hài lòng") << QStringLiteral("ko hài lòng") << low;
    QTest::addRow("k hai long") << QStringLiteral("k hai long") << low;
    QTest::addRow("không hài lòng lắm") << QStringLiteral("không hài lòng lắm") << low;
    QTest::addRow("label then reason") << QStringLiteral("Chưa hài lòng vì phải chờ lâu") << low;
    QTest::addRow("top with thanks")
        << QStringLiteral("Rất hài lòng ạ, cảm ơn anh chị đã hướng dẫn nhiệt tình") << top;
    QTest::addRow("long text opening with the phrase") << QStringLiteral(
        "Tôi không hài lòng với cách giải quyết hồ sơ đất của xã, đề nghị "
        "trung tâm xem xét lại cho gia đình tôi") << QString();
    QTest::addRow("question with a number")
        << QStringLiteral("cho hỏi 3 ngày có xong không") << QString();
    QTest::addRow("question mark") << QStringLiteral("2?") << QString();
    QTest::addRow("unrelated") << QStringLiteral("Cho em hỏi làm khai sinh ở đâu") << QString();
    QTest::addRow("hài lòng deep in a question")
        << QStringLiteral("Cho em hỏi làm sao để người dân hài lòng hơn với thủ tục đất đai ở xã")
        << QString();
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("phone number") << QStringLiteral("0912345678") << QString();
}

void TestRatingScale::threeLevel()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    const auto level = RatingScale::threeLevel().recognise(text);
    QCOMPARE(level ? level->key : QString(), key);
}

void TestRatingScale::fiveLevel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addRow("5") << QStringLiteral("5") << QStringLiteral("rat_khong_hai_long");
    QTest::addRow("3") << QStringLiteral("3") << QStringLiteral("binh_thuong");
    QTest::addRow("bình thường") << QStringLiteral("Bình thường") << QStringLiteral("binh_thuong");
    QTest::addRow("không hài lòng")
        << QStringLiteral("không hài lòng") << QStringLiteral("khong_hai_long");
    QTest::addRow("rất không hài lòng")
        << QStringLiteral("rất không hài lòng") << QStringLiteral("rat_khong_hai_long");
    QTest::addRow("6") << QStringLiteral("6") << QString();
}

void TestRatingScale::fiveLevel()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    const auto level = RatingScale::fiveLevel().recognise(text);
    QCOMPARE(level ? level->key : QString(), key);
}

void TestRatingScale::customScale()
{
    // An administrator's own two-level scale: synonyms typed with diacritics still match.
    const RatingScale scale({RatingLevel {QStringLiteral("tot"), QStringLiteral("Tốt"), 9,
                                 {QStringLiteral("Tuyệt vời")}},
        RatingLevel {QStringLiteral("kem"), QStringLiteral("Kém"), 0, {}}});
    QCOMPARE(scale.recognise(QStringLiteral("tuyet voi"))->key, QStringLiteral("tot"));
    QCOMPARE(scale.recognise(QStringLiteral("9"))->key, QStringLiteral("tot"));
    QCOMPARE(scale.recognise(QStringLiteral("KÉM"))->key, QStringLiteral("kem"));
    QVERIFY(!scale.recognise(QStringLiteral("1")));
    QVERIFY(!RatingScale().recognise(QStringLiteral("1")));
}

void TestRatingScale::defaultScaleShape()
{
    const RatingScale scale = RatingScale::threeLevel();
    QCOMPARE(scale.levels().size(), 3);
    QCOMPARE(scale.level(QStringLiteral("hai_long"))->label, QStringLiteral("Hài lòng"));
    QCOMPARE(
        scale.promptText(), QStringLiteral("1 - Rất hài lòng; 2 - Hài lòng; 3 - Chưa hài lòng"));
}

DESK_TEST_APPLESS_MAIN(TestRatingScale)
#include "tst_ratingscale.moc"
