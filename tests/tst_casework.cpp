// SPDX-License-Identifier: GPL-3.0-or-later
// Staff work on a case, on a real SQLite file: classification and audited overrides,
// assignment, notes, drafts, routing hops with agency answers, recalling a routing within its
// window, resolving a case (the only time the rating question is queued), ratings.
#include "store/casework.h"
#include "store/outbox.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Desk;
using namespace Desk::TestSupport;

Q_DECLARE_METATYPE(Desk::Store::RecallRefusal)
Q_DECLARE_METATYPE(Desk::Store::ResolveRefusal)
Q_DECLARE_METATYPE(Desk::Store::RatingHold)

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
    void recallWithinTheWindow_data();
    void recallWithinTheWindow();
    void resolveAsksForTheRatingOnce_data();
    void resolveAsksForTheRatingOnce();

private:
    qint64 openCase(const QString &citizen);
    /** Queues one message of `purpose` and marks it sent by Zalo at `atMs`. */
    void sendAs(qint64 caseId, Store::OutboxPurpose purpose, qint64 atMs);
    int ratingQuestions(qint64 caseId);
    /** The classifier's result on the case: status `classified`. */
    void classifyAsQuestion(qint64 caseId);
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

void TestCaseWork::sendAs(qint64 caseId, Store::OutboxPurpose purpose, qint64 atMs)
{
    Store::Outbox outbox(*m_store);
    Store::OutboxPart part;
    part.text = Store::outboxPurposeKey(purpose) + QString::number(atMs);
    const qint64 id = outbox.enqueue(caseId, {part}, purpose, QStringLiteral("lan"), atMs).value(0);
    QVERIFY(id > 0);
    QVERIFY(outbox.markSending(id, atMs));
    QVERIFY2(
        outbox.markSent(id, QStringLiteral("z%1").arg(id), atMs), qPrintable(m_store->lastError()));
}

void TestCaseWork::classifyAsQuestion(qint64 caseId)
{
    QVERIFY(Store::CaseWork(*m_store).classify(caseId,
        {QStringLiteral("question"), QStringLiteral("ho_tich"), QString(), QString(),
            QStringLiteral("test")},
        QStringLiteral("classifier"), vn(2026, 11, 2, 9, 1)));
}

int TestCaseWork::ratingQuestions(qint64 caseId)
{
    int count = 0;
    for (const auto &item : Store::Outbox(*m_store).forCase(caseId)) {
        count += item.purpose == Store::OutboxPurpose::RatingRequest ? 1 : 0;
    }
    return count;
}

void TestCaseWork::recallWithinTheWindow_data()
{
    QTest::addColumn<bool>("secondHop"); // recall the second of two open hops
    QTest::addColumn<bool>("answered"); // the agency answered before the recall
    QTest::addColumn<int>("windowMinutes"); // -1: the default (10)
    QTest::addColumn<int>("afterMinutes"); // the recall this long after routing
    QTest::addColumn<Store::RecallRefusal>("refusal");
    QTest::addColumn<QString>("statusAfter");
    QTest::addColumn<QString>("agencyAfter");
    QTest::addRow("first hop, 5 min later")
        << false << false << -1 << 5 << Store::RecallRefusal::None << "classified"
        << "";
    QTest::addRow("first hop, at the last minute")
        << false << false << -1 << 10 << Store::RecallRefusal::None << "classified"
        << "";
    QTest::addRow("first hop, 11 min later: refused")
        << false << false << -1 << 11 << Store::RecallRefusal::TooLate << "awaiting_agency"
        << "SO_TP";
    QTest::addRow("a 30-minute window, 25 min later")
        << false << false << 30 << 25 << Store::RecallRefusal::None << "classified"
        << "";
    QTest::addRow("a 0-minute window: never")
        << false << false << 0 << 1 << Store::RecallRefusal::TooLate << "awaiting_agency"
        << "SO_TP";
    QTest::addRow("answered already: refused")
        << false << true << -1 << 2 << Store::RecallRefusal::Answered << "agency_answered"
        << "SO_TP";
    QTest::addRow("second hop: back to the first agency")
        << true << false << -1 << 3 << Store::RecallRefusal::None << "awaiting_agency"
        << "SO_TP";
}

void TestCaseWork::recallWithinTheWindow()
{
    QFETCH(bool, secondHop);
    QFETCH(bool, answered);
    QFETCH(int, windowMinutes);
    QFETCH(int, afterMinutes);
    QFETCH(Store::RecallRefusal, refusal);
    QFETCH(QString, statusAfter);
    QFETCH(QString, agencyAfter);
    const qint64 caseId = openCase(QStringLiteral("r1"));
    Store::CaseWork work(*m_store);
    classifyAsQuestion(caseId);
    QCOMPARE(work.recallMinutes(), Store::CaseWork::kDefaultRecallMinutes);
    if (windowMinutes >= 0) {
        QVERIFY2(
            work.setRecallMinutes(windowMinutes, vn(2026, 11, 2)), qPrintable(work.lastError()));
        QCOMPARE(work.recallMinutes(), windowMinutes);
    }
    const qint64 routedAt = vn(2026, 11, 2, 10);
    qint64 transfer = work.route(caseId, QStringLiteral("SO_TP"), QStringLiteral("Nhờ trả lời"), 0,
        QStringLiteral("lan"), routedAt);
    QVERIFY(transfer > 0);
    if (secondHop) {
        transfer = work.route(caseId, QStringLiteral("UBND_32002"), QString(), 0,
            QStringLiteral("lan"), routedAt + 60000);
        QVERIFY(transfer > 0);
    }
    if (answered) {
        QVERIFY(work.recordAgencyAnswer(
            transfer, QStringLiteral("Đã trả lời"), {}, QStringLiteral("lan"), routedAt + 60000));
    }
    const int hopsBefore = work.transfers(caseId).size();
    const qint64 recallAt = (secondHop ? routedAt + 60000 : routedAt) + afterMinutes * 60000LL;

    QCOMPARE(work.recall(transfer, QStringLiteral("hoa"), recallAt), refusal);
    const Core::CaseSummary after = *m_store->caseById(caseId);
    QCOMPARE(Core::caseStatusKey(after.status), statusAfter);
    QCOMPARE(after.agencyCode, agencyAfter);
    if (refusal != Store::RecallRefusal::None) {
        QCOMPARE(work.transfers(caseId).size(), hopsBefore);
        QVERIFY(lastDetail(caseId, QStringLiteral("routing_recalled")).isEmpty());
        QVERIFY(!Store::recallRefusalText(refusal, work.recallMinutes()).isEmpty());
        return;
    }
    QCOMPARE(work.transfers(caseId).size(), hopsBefore - 1);
    QVERIFY(!work.transfer(transfer));
    QCOMPARE(after.routedAtMs, secondHop ? routedAt : 0);
    // The audit row: what was recalled, by whom, when.
    const Core::CaseEvent recalled = [&] {
        Core::CaseEvent found;
        for (const auto &event : m_store->caseEvents(caseId)) {
            if (event.kind == QLatin1String("routing_recalled")) {
                found = event;
            }
        }
        return found;
    }();
    QCOMPARE(recalled.actor, QStringLiteral("hoa"));
    QCOMPARE(recalled.atMs, recallAt);
    const QJsonObject detail = QJsonDocument::fromJson(recalled.detail.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("transfer_id")).toInteger(), transfer);
    QCOMPARE(detail.value(QStringLiteral("agency")).toString(),
        secondHop ? QStringLiteral("UBND_32002") : QStringLiteral("SO_TP"));
    QCOMPARE(detail.value(QStringLiteral("routed_by")).toString(), QStringLiteral("lan"));
    // Recalled once: the second try finds nothing.
    QCOMPARE(
        work.recall(transfer, QStringLiteral("hoa"), recallAt), Store::RecallRefusal::NoTransfer);
}

void TestCaseWork::resolveAsksForTheRatingOnce_data()
{
    // What happened before resolving, one step a word: reply (the answer, sent), ack
    // (acknowledgement sent), interim (request for papers sent), queued (an answer still in the
    // outbox), waiting (status waiting for the citizen), withhold (a person withheld the
    // question), route (sent to an agency, no answer), answered (the agency answered), close.
    QTest::addColumn<QString>("steps");
    QTest::addColumn<bool>("ask"); // false: resolve --no-rating
    QTest::addColumn<int>("daysLater"); // resolving this many days after the citizen wrote
    QTest::addColumn<Store::ResolveRefusal>("refusal");
    QTest::addColumn<Store::RatingHold>("hold");
    QTest::addColumn<int>("questions");
    QTest::addColumn<QString>("statusAfter");
    using H = Store::RatingHold;
    using R = Store::ResolveRefusal;
    QTest::addRow("after the answer")
        << "reply" << true << 1 << R::None << H::None << 1 << "replied";
    QTest::addRow("answer still queued: asked after it")
        << "queued" << true << 1 << R::None << H::None << 1 << "classified";
    QTest::addRow("routed, answered, then the reply")
        << "route answered reply" << true << 1 << R::None << H::None << 1 << "replied";
    QTest::addRow("only an acknowledgement")
        << "ack" << true << 1 << R::None << H::NoAnswer << 0 << "closed";
    QTest::addRow("a request for more papers last")
        << "reply interim" << true << 1 << R::None << H::NoAnswer << 0 << "closed";
    QTest::addRow("waiting for the citizen's papers")
        << "reply waiting" << true << 1 << R::None << H::WaitingCitizen << 0 << "closed";
    QTest::addRow("nothing sent") << "" << true << 1 << R::None << H::NoAnswer << 0 << "closed";
    QTest::addRow("withheld by a person")
        << "reply withhold" << true << 1 << R::None << H::Withheld << 0 << "closed";
    QTest::addRow("--no-rating") << "reply" << false << 1 << R::None << H::Withheld << 0
                                 << "closed";
    QTest::addRow("reply window closed")
        << "reply" << true << 8 << R::None << H::ReplyWindowClosed << 0 << "closed";
    QTest::addRow("waiting for an agency: refused")
        << "reply route" << true << 1 << R::AwaitingAgency << H::None << 0 << "awaiting_agency";
    QTest::addRow("closed: refused")
        << "reply close" << true << 1 << R::Closed << H::None << 0 << "closed";
}

void TestCaseWork::resolveAsksForTheRatingOnce()
{
    QFETCH(QString, steps);
    QFETCH(bool, ask);
    QFETCH(int, daysLater);
    QFETCH(Store::ResolveRefusal, refusal);
    QFETCH(Store::RatingHold, hold);
    QFETCH(int, questions);
    QFETCH(QString, statusAfter);
    const qint64 caseId = openCase(QStringLiteral("v1"));
    Store::CaseWork work(*m_store);
    classifyAsQuestion(caseId);
    qint64 at = vn(2026, 11, 2, 10);
    qint64 transfer = 0;
    for (const QString &step : steps.split(u' ', Qt::SkipEmptyParts)) {
        at += 60000;
        if (step == QLatin1String("reply")) {
            sendAs(caseId, Store::OutboxPurpose::Reply, at);
        } else if (step == QLatin1String("ack")) {
            sendAs(caseId, Store::OutboxPurpose::Acknowledgement, at);
        } else if (step == QLatin1String("interim")) {
            sendAs(caseId, Store::OutboxPurpose::Interim, at);
        } else if (step == QLatin1String("queued")) {
            Store::OutboxPart part;
            part.text = QStringLiteral("Trả lời");
            QVERIFY(!Store::Outbox(*m_store)
                         .enqueue(
                             caseId, {part}, Store::OutboxPurpose::Reply, QStringLiteral("lan"), at)
                         .isEmpty());
        } else if (step == QLatin1String("waiting") || step == QLatin1String("close")) {
            QVERIFY(m_store->setCaseStatus(caseId,
                step == QLatin1String("close") ? Core::CaseStatus::Closed
                                               : Core::CaseStatus::WaitingCitizen,
                QStringLiteral("lan")));
        } else if (step == QLatin1String("withhold")) {
            QVERIFY(work.setRatingWithheld(caseId, true, QStringLiteral("hoa"), at));
            QVERIFY(work.ratingPlan(caseId, at).withheld);
            QCOMPARE(work.ratingPlan(caseId, at).withheldBy, QStringLiteral("hoa"));
        } else if (step == QLatin1String("route")) {
            transfer = work.route(
                caseId, QStringLiteral("SO_TP"), QString(), 0, QStringLiteral("lan"), at);
            QVERIFY(transfer > 0);
        } else if (step == QLatin1String("answered")) {
            QVERIFY(work.recordAgencyAnswer(
                transfer, QStringLiteral("Xong"), {}, QStringLiteral("lan"), at));
        }
    }
    const qint64 resolveAt = vn(2026, 11, 2 + daysLater, 11);
    // The desk's own automation never asks, whatever happened.
    QCOMPARE(ratingQuestions(caseId), 0);
    if (refusal == Store::ResolveRefusal::None) {
        QCOMPARE(work.ratingPlan(caseId, resolveAt).hold,
            ask ? hold : work.ratingPlan(caseId, resolveAt).hold);
    }

    const Store::Resolution resolution
        = work.resolve(caseId, ask, QStringLiteral("hoa"), resolveAt);
    QCOMPARE(resolution.refusal, refusal);
    QCOMPARE(Core::caseStatusKey(m_store->caseById(caseId)->status), statusAfter);
    QCOMPARE(ratingQuestions(caseId), questions);
    if (refusal != Store::ResolveRefusal::None) {
        QVERIFY(!Store::resolveRefusalText(refusal).isEmpty());
        QVERIFY(lastDetail(caseId, QStringLiteral("resolved")).isEmpty());
        return;
    }
    QCOMPARE(resolution.hold, hold);
    QCOMPARE(resolution.ratingQueued, questions == 1);
    QCOMPARE(
        lastDetail(caseId, QStringLiteral("resolved")).value(QStringLiteral("rating")).toString(),
        Store::ratingHoldKey(hold));
    const Store::RatingPlan plan = work.ratingPlan(caseId, resolveAt);
    QCOMPARE(plan.resolvedAtMs, resolveAt);
    QCOMPARE(plan.resolvedBy, QStringLiteral("hoa"));
    if (questions == 1) {
        // The question goes once: resolving again closes the case without a second one.
        QCOMPARE(plan.hold, Store::RatingHold::AlreadyAsked);
        const auto again = work.resolve(caseId, true, QStringLiteral("hoa"), resolveAt + 1000);
        QVERIFY(again.ok());
        QCOMPARE(again.hold, Store::RatingHold::AlreadyAsked);
        QCOMPARE(ratingQuestions(caseId), 1);
        QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::Closed);
    }
}

DESK_TEST_GUILESS_MAIN(TestCaseWork)
#include "tst_casework.moc"
