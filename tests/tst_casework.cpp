// SPDX-License-Identifier: GPL-3.0-or-later
// Staff work on a case, on a real SQLite file: classification and audited overrides,
// assignment, notes, drafts, routing hops with agency answers, ratings.
#include "store/casework.h"
#include "store/outbox.h"
#include "support/storefixtures.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Desk;
using namespace Desk::TestSupport;

class TestCaseWork : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void classificationAndOverride();
    void assignmentAndNotesAreAudited();
    void draftSurvivesReopening();
    void routingHopsAndAgencyAnswers();
    void ratingStoredWithStaffAndAgency_data();
    void ratingStoredWithStaffAndAgency();

private:
    qint64 openCase(const QString &citizen);
    QJsonObject lastDetail(qint64 caseId, const QString &kind) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
};

void TestCaseWork::init()
{
    openFreshStore(m_dir, m_store);
}

qint64 TestCaseWork::openCase(const QString &citizen)
{
    const auto result = m_store->ingestConversation(person(citizen, QStringLiteral("Phạm Thị Hoa")),
        {in(citizen + QLatin1String("-1"), citizen, vn(2026, 11, 2),
            QStringLiteral("Xin hỏi thủ tục đăng ký khai sinh ở phường An Xuyên"))});
    return result.touchedCaseIds.isEmpty() ? 0 : *result.touchedCaseIds.begin();
}

QJsonObject TestCaseWork::lastDetail(qint64 caseId, const QString &kind) const
{
    QJsonObject found;
    for (const auto &event : m_store->caseEvents(caseId)) {
        if (event.kind == kind) {
            found = QJsonDocument::fromJson(event.detail.toUtf8()).object();
        }
    }
    return found;
}

void TestCaseWork::classificationAndOverride()
{
    const qint64 caseId = openCase(QStringLiteral("c1"));
    Store::CaseWork work(*m_store);
    const Store::CaseClassification suggested {QStringLiteral("question"),
        QStringLiteral("ho_tich"), QStringLiteral("32002"), QString(),
        QStringLiteral("kind=question: rule 3 'xin hoi'")};
    QVERIFY2(work.classify(caseId, suggested, QStringLiteral("classifier"), vn(2026, 11, 2, 9, 1)),
        qPrintable(work.lastError()));
    QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::Classified);
    QCOMPARE(work.classification(caseId)->rule, suggested.rule);
    QCOMPARE(
        lastDetail(caseId, QStringLiteral("classified")).value(QStringLiteral("area")).toString(),
        QStringLiteral("ho_tich"));

    Store::CaseClassification corrected = suggested;
    corrected.kind = QStringLiteral("petition");
    QVERIFY(work.classify(caseId, corrected, QStringLiteral("lan"), vn(2026, 11, 2, 10)));
    QCOMPARE(work.classification(caseId)->kind, QStringLiteral("petition"));
    QCOMPARE(work.classification(caseId)->rule, QStringLiteral("staff:lan"));
    const QJsonObject detail = lastDetail(caseId, QStringLiteral("classification_overridden"));
    QCOMPARE(
        detail.value(QStringLiteral("from")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("question"));
    QCOMPARE(detail.value(QStringLiteral("to")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("petition"));

    // Reclassified as a complaint, the case takes the complaint's shorter final deadline.
    const qint64 dueAsPetition = m_store->caseById(caseId)->dueAtMs;
    corrected.kind = QStringLiteral("complaint");
    QVERIFY(work.classify(caseId, corrected, QStringLiteral("lan"), vn(2026, 11, 2, 11)));
    QVERIFY(dueAsPetition > 0);
    QVERIFY2(m_store->caseById(caseId)->dueAtMs < dueAsPetition,
        qPrintable(
            QStringLiteral("%1 !< %2").arg(m_store->caseById(caseId)->dueAtMs).arg(dueAsPetition)));
}

void TestCaseWork::assignmentAndNotesAreAudited()
{
    const qint64 caseId = openCase(QStringLiteral("c2"));
    Store::CaseWork work(*m_store);
    QVERIFY(work.assign(
        caseId, QStringLiteral("minh"), QStringLiteral("truong.phong"), vn(2026, 11, 2, 9)));
    QVERIFY(work.assign(
        caseId, QStringLiteral("lan"), QStringLiteral("truong.phong"), vn(2026, 11, 2, 10)));
    QVERIFY(work.addNote(caseId, QStringLiteral("Đã gọi điện, công dân hẹn mai gửi ảnh"),
        QStringLiteral("lan"), vn(2026, 11, 2, 11)));
    QVERIFY(
        !work.addNote(caseId, QStringLiteral("   "), QStringLiteral("lan"), vn(2026, 11, 2, 11)));

    const auto events = m_store->caseEvents(caseId);
    QStringList who;
    for (const auto &event : events) {
        if (event.kind == QLatin1String("assigned") || event.kind == QLatin1String("note")) {
            who << event.actor + QLatin1Char(':') + event.kind;
        }
    }
    QCOMPARE(who,
        (QStringList {QStringLiteral("truong.phong:assigned"),
            QStringLiteral("truong.phong:assigned"), QStringLiteral("lan:note")}));
    QCOMPARE(
        lastDetail(caseId, QStringLiteral("assigned")).value(QStringLiteral("from")).toString(),
        QStringLiteral("minh"));
    QCOMPARE(lastDetail(caseId, QStringLiteral("note")).value(QStringLiteral("text")).toString(),
        QStringLiteral("Đã gọi điện, công dân hẹn mai gửi ảnh"));
}

void TestCaseWork::draftSurvivesReopening()
{
    const qint64 caseId = openCase(QStringLiteral("c3"));
    {
        Store::CaseWork work(*m_store);
        QVERIFY(
            work.saveDraft(caseId, QStringLiteral("Kính gửi bà Hoa,"), QStringLiteral("lan"), 1));
        QVERIFY(work.saveDraft(
            caseId, QStringLiteral("Kính gửi bà Hoa, hồ sơ"), QStringLiteral("lan"), 2));
    }
    m_store = std::make_unique<Store::Store>();
    QVERIFY(m_store->open(storeLocation(*m_dir, QStringLiteral("desk.sqlite"))));
    Store::CaseWork work(*m_store);
    QCOMPARE(work.draft(caseId, QStringLiteral("lan")), QStringLiteral("Kính gửi bà Hoa, hồ sơ"));
    // A colleague's draft of the same case is their own: Lan's stays as typed.
    QVERIFY(work.saveDraft(caseId, QStringLiteral("Chào bà,"), QStringLiteral("minh"), 3));
    QCOMPARE(work.draft(caseId, QStringLiteral("minh")), QStringLiteral("Chào bà,"));
    QCOMPARE(work.draft(caseId, QStringLiteral("lan")), QStringLiteral("Kính gửi bà Hoa, hồ sơ"));
    QVERIFY(work.saveDraft(caseId, QString(), QStringLiteral("lan"), 3));
    QVERIFY(work.draft(caseId, QStringLiteral("lan")).isEmpty());
    QCOMPARE(work.draft(caseId, QStringLiteral("minh")), QStringLiteral("Chào bà,"));
}

void TestCaseWork::routingHopsAndAgencyAnswers()
{
    const qint64 caseId = openCase(QStringLiteral("c4"));
    Store::CaseWork work(*m_store);
    const qint64 first
        = work.route(caseId, QStringLiteral("SO_TP"), QStringLiteral("Nhờ Sở hướng dẫn"),
            vn(2026, 11, 11, 23, 59), QStringLiteral("lan"), vn(2026, 11, 2, 10));
    QVERIFY2(first > 0, qPrintable(work.lastError()));
    QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::AwaitingAgency);
    QCOMPARE(work.openTransfer(caseId)->agencyCode, QStringLiteral("SO_TP"));
    QVERIFY(work.recordAgencyAnswer(first, QStringLiteral("Thuộc thẩm quyền UBND phường"), {},
        QStringLiteral("lan"), vn(2026, 11, 3, 15)));
    QVERIFY(!work.recordAgencyAnswer(first, QStringLiteral("again"), {}, QStringLiteral("lan"), 0));
    QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::AgencyAnswered);

    // Second hop: the answer sends it on to the ward; the first routing time is kept.
    const qint64 second = work.route(caseId, QStringLiteral("UBND_32002"), QString(), 0,
        QStringLiteral("lan"), vn(2026, 11, 4, 9));
    QVERIFY(second > first);
    QVERIFY(work.recordAgencyAnswer(second, QStringLiteral("Đã hướng dẫn"),
        {QStringLiteral("/tmp/cong-van-123.pdf")}, QStringLiteral("minh"), vn(2026, 11, 5, 9)));
    const auto hops = work.transfers(caseId);
    QCOMPARE(hops.size(), 2);
    // A due moment agreed when routing is kept; without one the clocks take the policy's
    // 7 working days for an agency's answer: 4/11 09:00 -> end of Friday 13/11.
    QCOMPARE(hops.at(0).dueAtMs, vn(2026, 11, 11, 23, 59));
    QCOMPARE(hops.at(1).dueAtMs, vn(2026, 11, 13, 23, 59) + 59999);
    QCOMPARE(hops.at(1).answerFiles, QStringList {QStringLiteral("/tmp/cong-van-123.pdf")});
    QCOMPARE(hops.at(1).recordedBy, QStringLiteral("minh"));
    QVERIFY(!work.openTransfer(caseId));

    RawConnection raw(storeLocation(*m_dir, QStringLiteral("desk.sqlite")));
    const QString sql = QStringLiteral("SELECT %1 FROM cases WHERE id = %2");
    QCOMPARE(raw.scalar(sql.arg(QLatin1String("routed_at_ms")).arg(caseId)).toLongLong(),
        vn(2026, 11, 2, 10));
    QCOMPARE(raw.scalar(sql.arg(QLatin1String("agency_answered_at_ms")).arg(caseId)).toLongLong(),
        vn(2026, 11, 5, 9));
    QCOMPARE(raw.scalar(sql.arg(QLatin1String("agency_code")).arg(caseId)).toString(),
        QStringLiteral("UBND_32002"));
}

void TestCaseWork::ratingStoredWithStaffAndAgency_data()
{
    QTest::addColumn<QString>("assignee");
    QTest::addColumn<QString>("expectedStaff");
    QTest::addRow("assigned case") << QStringLiteral("minh") << QStringLiteral("minh");
    QTest::addRow("whoever answered") << QString() << QStringLiteral("lan");
}

void TestCaseWork::ratingStoredWithStaffAndAgency()
{
    QFETCH(QString, assignee);
    QFETCH(QString, expectedStaff);
    const qint64 caseId = openCase(QStringLiteral("c5"));
    Store::CaseWork work(*m_store);
    if (!assignee.isEmpty()) {
        QVERIFY(work.assign(caseId, assignee, QStringLiteral("truong.phong"), 1));
    }
    QVERIFY(
        work.route(caseId, QStringLiteral("SO_TP"), QString(), 0, QStringLiteral("lan"), 2) > 0);
    Store::Outbox outbox(*m_store);
    Store::OutboxPart answer;
    answer.text = QStringLiteral("Trả lời");
    const qint64 reply = outbox
                             .enqueue(caseId, {answer}, Store::OutboxPurpose::Reply,
                                 QStringLiteral("lan"), vn(2026, 11, 3))
                             .value(0);
    QVERIFY(outbox.markSending(reply, vn(2026, 11, 3)));
    QVERIFY(outbox.markSent(reply, QStringLiteral("r1"), vn(2026, 11, 3)));
    QVERIFY(!work.awaitingRating(caseId));
    Store::OutboxPart question;
    question.text = QStringLiteral("Mời đánh giá");
    const qint64 ask = outbox
                           .enqueue(caseId, {question}, Store::OutboxPurpose::RatingRequest,
                               QStringLiteral("lan"), vn(2026, 11, 3, 10))
                           .value(0);
    QVERIFY(outbox.markSending(ask, vn(2026, 11, 3, 10)));
    QVERIFY(outbox.markSent(ask, QStringLiteral("r2"), vn(2026, 11, 3, 10)));
    QVERIFY(work.awaitingRating(caseId));

    QVERIFY2(work.recordRating(caseId, QStringLiteral("hai_long"), QStringLiteral("2"),
                 QStringLiteral("m9"), vn(2026, 11, 3, 11)),
        qPrintable(work.lastError()));
    const auto rating = work.rating(caseId);
    QVERIFY(rating);
    QCOMPARE(rating->level, QStringLiteral("hai_long"));
    QCOMPARE(rating->staff, expectedStaff);
    QCOMPARE(rating->agencyCode, QStringLiteral("SO_TP"));
    QVERIFY(!work.awaitingRating(caseId));
    QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::Closed);
}

QTEST_GUILESS_MAIN(TestCaseWork)
#include "tst_casework.moc"
