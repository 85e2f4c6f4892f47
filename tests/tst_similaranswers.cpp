// SPDX-License-Identifier: GPL-3.0-or-later
// Similar earlier answers on a real SQLite file: the answered case about the same thing
// comes first, however the question is typed; cases without an answer (or with only an
// acknowledgement) never come back; the case itself is left out; hostile text is only text.
#include "store/outbox.h"
#include "store/similaranswers.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

using namespace Desk;
using namespace Desk::TestSupport;

namespace {

struct Earlier
{
    const char16_t *citizen;
    const char16_t *question;
    const char16_t *answer; // nullptr: not answered
};

// Questions as citizens write them; answers as the desk gave them.
const Earlier kEarlier[] = {
    {u"khaisinh", u"Cho tôi hỏi đăng ký khai sinh cho con cần những giấy tờ gì?",
        u"Anh/chị chuẩn bị tờ khai đăng ký khai sinh và giấy chứng sinh của bệnh viện, nộp tại "
        u"UBND xã nơi cư trú hoặc trên Cổng dịch vụ công."},
    {u"laixe", u"Xin hỏi đổi giấy phép lái xe hết hạn làm ở đâu ạ",
        u"Đổi giấy phép lái xe thực hiện trực tuyến trên Cổng dịch vụ công quốc gia hoặc tại "
        u"Trung tâm Phục vụ hành chính công tỉnh."},
    {u"datdai",
        u"Hồ sơ cấp giấy chứng nhận quyền sử dụng đất (sổ đỏ) của tôi nộp 20 ngày chưa có kết quả",
        u"Hồ sơ của anh đang được Văn phòng đăng ký đất đai thẩm định, dự kiến trả kết quả "
        u"ngày 04/12/2026."},
    {u"buudien", u"Tôi muốn nhận kết quả qua bưu điện về nhà có được không",
        u"Anh/chị đăng ký dịch vụ bưu chính công ích khi nộp hồ sơ, phí chuyển phát theo bảng giá "
        u"của Bưu điện tỉnh."},
    {u"hochieu", u"Làm hộ chiếu phổ thông lần đầu ở đâu?",
        u"Cấp hộ chiếu phổ thông lần đầu thực hiện tại Phòng Quản lý xuất nhập cảnh Công an tỉnh "
        u"hoặc trực tuyến."},
    {u"chuatraloi", u"Đăng ký khai sinh cho con thứ hai có cần sổ hộ khẩu không", nullptr},
};

} // namespace

class TestSimilarAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bestMatchFirst_data();
    void bestMatchFirst();
    void answerAndQuestionAreTheCasesTexts();
    void forCaseLeavesTheCaseOut();
    void acknowledgementIsNotAnAnswer();
    void nothingToSearch_data();
    void nothingToSearch();
    void limitIsKept();
    void onlyTheNewestCasesAreSearched();

private:
    qint64 caseOf(const QString &citizen) const { return m_cases.value(citizen); }
    QStringList codesOf(const QVector<Store::SimilarAnswer> &answers) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
    QHash<QString, qint64> m_cases;
};

void TestSimilarAnswers::initTestCase()
{
    openFreshStore(m_dir, m_store);
    qint64 at = vn(2026, 10, 5);
    for (const Earlier &earlier : kEarlier) {
        const QString citizen = QString::fromUtf16(earlier.citizen);
        QVector<Core::Message> messages {
            in(citizen + QLatin1String("-q"), citizen, at, QString::fromUtf16(earlier.question))};
        if (earlier.answer) {
            Core::Message reply = out(citizen + QLatin1String("-a"), citizen, at + 3600 * 1000);
            reply.text = QString::fromUtf16(earlier.answer);
            messages.append(reply);
        }
        const auto result = m_store->ingestConversation(
            person(citizen, QStringLiteral("Trần Thị Mai")), messages);
        QVERIFY2(result.ok, qPrintable(m_store->lastError()));
        QCOMPARE(result.touchedCaseIds.size(), 1);
        m_cases.insert(citizen, *result.touchedCaseIds.begin());
        at += 24 * 3600 * 1000;
    }
}

void TestSimilarAnswers::cleanupTestCase()
{
    m_store.reset();
}

QStringList TestSimilarAnswers::codesOf(const QVector<Store::SimilarAnswer> &answers) const
{
    QStringList citizens;
    for (const auto &answer : answers) {
        citizens.append(m_cases.key(answer.caseId));
    }
    return citizens;
}

void TestSimilarAnswers::bestMatchFirst_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("expected");

    QTest::addRow("same topic, other words")
        << QStringLiteral("Khai sinh cho bé nhà em cần mang gì") << QStringLiteral("khaisinh");
    QTest::addRow("no diacritics, capitals")
        << QStringLiteral("DANG KY KHAI SINH O DAU") << QStringLiteral("khaisinh");
    QTest::addRow("decomposed text")
        << QStringLiteral("gia hạn giấy phép lái xe").normalized(QString::NormalizationForm_D)
        << QStringLiteral("laixe");
    QTest::addRow("land certificate")
        << QStringLiteral("Cấp sổ đỏ quyền sử dụng đất bị chậm") << QStringLiteral("datdai");
    QTest::addRow("postal delivery")
        << QStringLiteral("Gửi kết quả qua bưu điện được không") << QStringLiteral("buudien");
    QTest::addRow("two words") << QStringLiteral("hộ chiếu") << QStringLiteral("hochieu");
}

void TestSimilarAnswers::bestMatchFirst()
{
    QFETCH(QString, question);
    QFETCH(QString, expected);
    Store::SimilarAnswers similar(*m_store);
    const auto answers = similar.forText(question);
    QVERIFY2(similar.lastError().isEmpty(), qPrintable(similar.lastError()));
    const QStringList found = codesOf(answers);
    QVERIFY2(!found.isEmpty(), qPrintable(question));
    QCOMPARE(found.first(), expected);
    QVERIFY(!found.contains(QStringLiteral("chuatraloi")));
    for (int i = 1; i < answers.size(); ++i) {
        QVERIFY(answers.at(i - 1).score >= answers.at(i).score);
    }
}

void TestSimilarAnswers::answerAndQuestionAreTheCasesTexts()
{
    const auto answers = Store::SimilarAnswers(*m_store).forText(QStringLiteral("đổi bằng lái xe"));
    QVERIFY(!answers.isEmpty());
    const Store::SimilarAnswer &top = answers.first();
    QCOMPARE(top.caseId, caseOf(QStringLiteral("laixe")));
    QCOMPARE(top.answer, QString::fromUtf16(kEarlier[1].answer));
    QCOMPARE(top.question, QString::fromUtf16(kEarlier[1].question));
    QCOMPARE(top.caseCode, m_store->caseById(top.caseId)->code);
    QCOMPARE(top.answeredAtMs, vn(2026, 10, 6) + 3600 * 1000);
    QVERIFY(top.score > 0);
}

void TestSimilarAnswers::forCaseLeavesTheCaseOut()
{
    Store::SimilarAnswers similar(*m_store);
    // The unanswered question about a birth registration finds the answered one.
    const QStringList fromOpen = codesOf(similar.forCase(caseOf(QStringLiteral("chuatraloi"))));
    QVERIFY(!fromOpen.isEmpty());
    QCOMPARE(fromOpen.first(), QStringLiteral("khaisinh"));
    // An answered case never suggests its own answer.
    const QStringList fromAnswered = codesOf(similar.forCase(caseOf(QStringLiteral("khaisinh"))));
    QVERIFY(!fromAnswered.contains(QStringLiteral("khaisinh")));
}

void TestSimilarAnswers::acknowledgementIsNotAnAnswer()
{
    // A case whose only reply is the desk's "đã tiếp nhận" has no answer to offer.
    const QString citizen = QStringLiteral("xacnhan");
    const auto result = m_store->ingestConversation(person(citizen, QStringLiteral("Lê Văn Hùng")),
        {in(QStringLiteral("xacnhan-q"), citizen, vn(2026, 11, 20),
            QStringLiteral("Thủ tục trích lục khai tử cho ông nội"))});
    QVERIFY(result.ok);
    const qint64 caseId = *result.touchedCaseIds.begin();
    Store::Outbox outbox(*m_store);
    Store::OutboxPart part;
    part.text = QStringLiteral("Trung tâm đã tiếp nhận yêu cầu của anh/chị.");
    const auto ids = outbox.enqueue(caseId, {part}, Store::OutboxPurpose::Acknowledgement,
        QStringLiteral("lan"), vn(2026, 11, 20, 10));
    QCOMPARE(ids.size(), 1);
    QVERIFY(outbox.markSending(ids.first(), vn(2026, 11, 20, 10)));
    QVERIFY(outbox.markSent(ids.first(), QStringLiteral("zalo-ack-1"), vn(2026, 11, 20, 10)));

    const auto answers
        = Store::SimilarAnswers(*m_store).forText(QStringLiteral("trích lục khai tử"));
    QVERIFY(!codesOf(answers).contains(citizen));
}

void TestSimilarAnswers::nothingToSearch_data()
{
    QTest::addColumn<QString>("question");
    QTest::addRow("empty") << QString();
    QTest::addRow("function words only") << QStringLiteral("Cho tôi hỏi với ạ");
    QTest::addRow("unknown words") << QStringLiteral("xyzzy plugh");
    QTest::addRow("FTS syntax") << QStringLiteral("\"NEAR(qwx* OR) AND\" ^zzq -kkv {col}:x");
    QTest::addRow("codes only") << QStringLiteral("000.00.12.H12-261128-0001 0912345678");
}

void TestSimilarAnswers::nothingToSearch()
{
    QFETCH(QString, question);
    Store::SimilarAnswers similar(*m_store);
    QVERIFY(similar.forText(question).isEmpty());
    QVERIFY2(similar.lastError().isEmpty(), qPrintable(similar.lastError()));
}

void TestSimilarAnswers::limitIsKept()
{
    Store::SimilarAnswers similar(*m_store);
    const QString broad = QStringLiteral("khai sinh lái xe sổ đỏ bưu điện hộ chiếu");
    QCOMPARE(similar.forText(broad, 0, 2).size(), 2);
    QVERIFY(similar.forText(broad, 0, 10).size() >= 4);
    QVERIFY(similar.forText(broad, 0, 0).isEmpty());
}

void TestSimilarAnswers::onlyTheNewestCasesAreSearched()
{
    // The three newest cases: the passport answer, the open birth question, the
    // acknowledged one. The birth registration answer (oldest) is outside.
    Store::SimilarAnswers recent(*m_store, 3);
    QCOMPARE(codesOf(recent.forText(QStringLiteral("hộ chiếu"))),
        QStringList {QStringLiteral("hochieu")});
    QVERIFY(recent.forText(QStringLiteral("đăng ký khai sinh")).isEmpty());
    QVERIFY(recent.lastError().isEmpty());
    QCOMPARE(codesOf(Store::SimilarAnswers(*m_store).forText(QStringLiteral("đăng ký khai sinh")))
                 .value(0),
        QStringLiteral("khaisinh"));
}

DESK_TEST_GUILESS_MAIN(TestSimilarAnswers)
#include "tst_similaranswers.moc"
