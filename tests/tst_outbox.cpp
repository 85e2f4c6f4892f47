// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox on a real SQLite file: queue, order of parts, the 'sending' mark that survives a
// crash, the effect of each purpose on the case, refusals of a whole reply.
#include "store/casework.h"
#include "store/outbox.h"
#include "support/storefixtures.h"

#include <QSignalSpy>

using namespace Desk;
using namespace Desk::TestSupport;
using Store::OutboxPart;
using Store::OutboxPurpose;
using Store::OutboxState;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void queueKeepsPartsInOrderAndDropsTheDraft();
    void sendingRowsSurviveReopening();
    void purposeDecidesTheMilestones_data();
    void purposeDecidesTheMilestones();
    void syncSeesTheSentReplyAsDuplicate();
    void refusalStopsTheRestOfTheReply();
    void retryWaitsForItsTime();
    void cancelOnlyQueued();

private:
    qint64 openCase(const QString &citizen, qint64 atMs);
    static QVector<OutboxPart> parts(const QStringList &texts);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
};

void TestOutbox::init()
{
    openFreshStore(m_dir, m_store);
}

qint64 TestOutbox::openCase(const QString &citizen, qint64 atMs)
{
    const auto result
        = m_store->ingestConversation(person(citizen, QStringLiteral("Nguyễn Văn Bình")),
            {in(citizen + QLatin1String("-m1"), citizen, atMs)});
    return result.touchedCaseIds.isEmpty() ? 0 : *result.touchedCaseIds.begin();
}

QVector<OutboxPart> TestOutbox::parts(const QStringList &texts)
{
    QVector<OutboxPart> result;
    for (const QString &text : texts) {
        OutboxPart part;
        part.text = text;
        result.append(part);
    }
    return result;
}

void TestOutbox::queueKeepsPartsInOrderAndDropsTheDraft()
{
    const qint64 caseId = openCase(QStringLiteral("u1"), vn(2026, 11, 2));
    QVERIFY(caseId > 0);
    Store::CaseWork work(*m_store);
    QVERIFY(work.saveDraft(
        caseId, QStringLiteral("Kính gửi"), QStringLiteral("lan"), vn(2026, 11, 2, 10)));
    QSignalSpy changed(m_store.get(), &Store::Store::casesChanged);

    Store::Outbox outbox(*m_store);
    const auto ids
        = outbox.enqueue(caseId, parts({QStringLiteral("Phần một"), QStringLiteral("Phần hai")}),
            OutboxPurpose::Reply, QStringLiteral("lan"), vn(2026, 11, 2, 11));
    QCOMPARE(ids.size(), 2);
    QCOMPARE(changed.count(), 1);
    QVERIFY(work.draft(caseId).isEmpty());
    QCOMPARE(outbox.pendingCount(), 2);

    // Only the first part is due: the second waits until the first went out.
    auto due = outbox.due(vn(2026, 11, 2, 11));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().id, ids.first());
    QCOMPARE(due.first().partIndex, 1);
    QCOMPARE(due.first().partCount, 2);
    QCOMPARE(due.first().caseCode, m_store->caseById(caseId)->code);
    QCOMPARE(due.first().citizenName, QStringLiteral("Nguyễn Văn Bình"));
    QVERIFY(outbox.markSending(ids.first(), vn(2026, 11, 2, 11)));
    QVERIFY(outbox.markSent(ids.first(), QStringLiteral("zmid-1"), vn(2026, 11, 2, 11, 1)));
    due = outbox.due(vn(2026, 11, 2, 11, 2));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().id, ids.last());
    QVERIFY(kinds(m_store->caseEvents(caseId)).contains(QStringLiteral("reply_queued")));
    QVERIFY(kinds(m_store->caseEvents(caseId)).contains(QStringLiteral("reply_sent")));
}

void TestOutbox::sendingRowsSurviveReopening()
{
    const qint64 caseId = openCase(QStringLiteral("u2"), vn(2026, 11, 2));
    qint64 id = 0;
    {
        Store::Outbox outbox(*m_store);
        id = outbox
                 .enqueue(caseId, parts({QStringLiteral("Trả lời")}), OutboxPurpose::Reply,
                     QStringLiteral("lan"), vn(2026, 11, 2, 10))
                 .value(0);
        QVERIFY(outbox.markSending(id, vn(2026, 11, 2, 10)));
    }
    // A crash here: the next program finds the row still 'sending', due at once (the sender
    // checks the conversation before anything else).
    m_store = std::make_unique<Store::Store>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("desk.sqlite"))));
    Store::Outbox outbox(*m_store);
    const auto due = outbox.due(vn(2026, 11, 2, 10));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().state, OutboxState::Sending);
    QCOMPARE(due.first().attempts, 1);
    QCOMPARE(due.first().sendingSinceMs, vn(2026, 11, 2, 10));
}

void TestOutbox::purposeDecidesTheMilestones_data()
{
    QTest::addColumn<OutboxPurpose>("purpose");
    QTest::addColumn<bool>("firstResponse");
    QTest::addColumn<bool>("replied");
    QTest::addColumn<QString>("status");
    QTest::addRow("answer") << OutboxPurpose::Reply << true << true << QStringLiteral("replied");
    QTest::addRow("acknowledgement")
        << OutboxPurpose::Acknowledgement << true << false << QStringLiteral("new");
    QTest::addRow("interim") << OutboxPurpose::Interim << true << false << QStringLiteral("new");
    QTest::addRow("rating request")
        << OutboxPurpose::RatingRequest << true << false << QStringLiteral("new");
}

void TestOutbox::purposeDecidesTheMilestones()
{
    QFETCH(OutboxPurpose, purpose);
    QFETCH(bool, firstResponse);
    QFETCH(bool, replied);
    QFETCH(QString, status);
    const qint64 caseId = openCase(QStringLiteral("u3"), vn(2026, 11, 2));
    Store::Outbox outbox(*m_store);
    const qint64 id = outbox
                          .enqueue(caseId, parts({QStringLiteral("Nội dung")}), purpose,
                              QStringLiteral("lan"), vn(2026, 11, 2, 10))
                          .value(0);
    QVERIFY(outbox.markSending(id, vn(2026, 11, 2, 10)));
    const qint64 sentAt = vn(2026, 11, 3, 8, 30);
    QVERIFY2(outbox.markSent(id, QStringLiteral("zmid-3"), sentAt), qPrintable(outbox.lastError()));

    RawConnection raw(m_dir->filePath(QStringLiteral("desk.sqlite")));
    const QString sql = QStringLiteral("SELECT %1 FROM cases WHERE id = %2");
    QCOMPARE(raw.scalar(sql.arg(QLatin1String("first_response_at_ms")).arg(caseId)).isNull(),
        !firstResponse);
    QCOMPARE(raw.scalar(sql.arg(QLatin1String("replied_at_ms")).arg(caseId)).toLongLong(),
        replied ? sentAt : 0);
    QCOMPARE(Core::caseStatusKey(m_store->caseById(caseId)->status), status);
    // The reply is in the timeline with Zalo's id, and the audit says who sent it.
    const auto messages = m_store->messagesForCase(caseId);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.last().messageId, QStringLiteral("zmid-3"));
    QCOMPARE(messages.last().direction, Core::Direction::Outbound);
    QVERIFY(!kinds(m_store->caseEvents(caseId)).contains(QStringLiteral("replied_elsewhere")));
    QCOMPARE(outbox.item(id)->state, OutboxState::Sent);
    QCOMPARE(outbox.item(id)->zaloMessageId, QStringLiteral("zmid-3"));
    // Recording the same outcome twice (recovery meets a late reply) changes nothing.
    QVERIFY(outbox.markSent(id, QStringLiteral("zmid-3"), sentAt));
    QCOMPARE(m_store->messagesForCase(caseId).size(), 2);
}

void TestOutbox::syncSeesTheSentReplyAsDuplicate()
{
    const QString citizen = QStringLiteral("u4");
    const qint64 caseId = openCase(citizen, vn(2026, 11, 2));
    Store::Outbox outbox(*m_store);
    const qint64 id
        = outbox
              .enqueue(caseId, parts({QStringLiteral("Đã tiếp nhận")}),
                  OutboxPurpose::Acknowledgement, QStringLiteral("lan"), vn(2026, 11, 2, 10))
              .value(0);
    QVERIFY(outbox.markSending(id, vn(2026, 11, 2, 10)));
    QVERIFY(outbox.markSent(id, QStringLiteral("zmid-4"), vn(2026, 11, 2, 10, 1)));
    // Sync later brings the same message from Zalo's conversation.
    auto echo = out(QStringLiteral("zmid-4"), citizen, vn(2026, 11, 2, 10, 1));
    const auto result = m_store->ingestConversation(std::nullopt, {echo});
    QVERIFY(result.ok);
    QCOMPARE(result.insertedMessages, 0);
    QCOMPARE(result.duplicateMessages, 1);
    QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::New); // not "answered"
}

void TestOutbox::refusalStopsTheRestOfTheReply()
{
    const qint64 caseId = openCase(QStringLiteral("u5"), vn(2026, 11, 2));
    Store::Outbox outbox(*m_store);
    const auto ids = outbox.enqueue(caseId,
        parts({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}),
        OutboxPurpose::Reply, QStringLiteral("lan"), vn(2026, 11, 2, 10));
    QVERIFY(outbox.markSending(ids.at(0), vn(2026, 11, 2, 10)));
    QVERIFY(outbox.markRefused(ids.at(0), -230, QStringLiteral("quá 7 ngày"), vn(2026, 11, 2, 10)));
    for (const qint64 id : ids) {
        QCOMPARE(outbox.item(id)->state, OutboxState::Refused);
        QCOMPARE(outbox.item(id)->errorCode, -230);
    }
    QVERIFY(outbox.due(vn(2026, 12, 1)).isEmpty());
    QVERIFY(kinds(m_store->caseEvents(caseId)).contains(QStringLiteral("reply_refused")));
    // Staff queue it again once the citizen wrote: all three parts come back, in order.
    QVERIFY(outbox.requeue(ids.at(0), QStringLiteral("lan"), vn(2026, 11, 3)));
    for (const qint64 id : ids) {
        QCOMPARE(outbox.item(id)->state, OutboxState::Queued);
    }
    QCOMPARE(outbox.due(vn(2026, 11, 3)).value(0).id, ids.at(0));
}

void TestOutbox::retryWaitsForItsTime()
{
    const qint64 caseId = openCase(QStringLiteral("u6"), vn(2026, 11, 2));
    Store::Outbox outbox(*m_store);
    const qint64 id = outbox
                          .enqueue(caseId, parts({QStringLiteral("x")}), OutboxPurpose::Reply,
                              QStringLiteral("lan"), vn(2026, 11, 2, 10))
                          .value(0);
    QVERIFY(outbox.markSending(id, vn(2026, 11, 2, 10)));
    QVERIFY(outbox.markRetry(id, 0, QStringLiteral("mất mạng"), vn(2026, 11, 2, 10, 5)));
    QVERIFY(outbox.due(vn(2026, 11, 2, 10, 4)).isEmpty());
    QCOMPARE(outbox.due(vn(2026, 11, 2, 10, 5)).size(), 1);
    QCOMPARE(outbox.item(id)->errorMessage, QStringLiteral("mất mạng"));
    QCOMPARE(outbox.item(id)->attempts, 1);
}

void TestOutbox::cancelOnlyQueued()
{
    const qint64 caseId = openCase(QStringLiteral("u7"), vn(2026, 11, 2));
    Store::Outbox outbox(*m_store);
    const auto ids = outbox.enqueue(caseId, parts({QStringLiteral("a"), QStringLiteral("b")}),
        OutboxPurpose::Reply, QStringLiteral("lan"), vn(2026, 11, 2, 10));
    QVERIFY(outbox.markSending(ids.at(0), vn(2026, 11, 2, 10)));
    QVERIFY(
        !outbox.cancel(ids.at(0), QStringLiteral("lan"), vn(2026, 11, 2, 10))); // may be in flight
    QCOMPARE(outbox.item(ids.at(0))->state, OutboxState::Sending);
    QVERIFY(outbox.cancel(ids.at(1), QStringLiteral("lan"), vn(2026, 11, 2, 10)));
    QCOMPARE(outbox.item(ids.at(1))->state, OutboxState::Cancelled);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
