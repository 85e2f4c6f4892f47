// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox on a real SQLite file: queue, order of parts, the 'sending' mark that survives a
// crash, the effect of each purpose on the case, refusals of a whole reply.
#include "core/processidentity.h"
#include "store/casework.h"
#include "store/database.h"
#include "store/outbox.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QProcess>
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
    void initTestCase();
    void cleanupTestCase();
    void init();
    void queueKeepsPartsInOrderAndDropsTheDraft();
    void sendingRowsSurviveReopening();
    void purposeDecidesTheMilestones_data();
    void purposeDecidesTheMilestones();
    void syncSeesTheSentReplyAsDuplicate();
    void refusalStopsTheRestOfTheReply();
    void retryWaitsForItsTime();
    void cancelOnlyQueued();
    void leaseKeepsOthersAway_data();
    void leaseKeepsOthersAway();
    void twoConnectionsNeverBothSend();
    void sendingCommitIsDurable();

private:
    qint64 openCase(const QString &citizen, qint64 atMs);
    static QVector<OutboxPart> parts(const QStringList &texts);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
    /** Another process of this host that runs for the whole test: a live lease owner. It waits
     *  on its standard input, which is never written (Unix `cat`; Windows `cmd /c pause`). */
    QProcess m_liveOwner;
};

void TestOutbox::initTestCase()
{
#ifdef Q_OS_WIN
    m_liveOwner.start(QStringLiteral("cmd.exe"), {QStringLiteral("/c"), QStringLiteral("pause")});
#else
    m_liveOwner.start(QStringLiteral("cat"), {});
#endif
    QVERIFY(m_liveOwner.waitForStarted());
}

void TestOutbox::cleanupTestCase()
{
    m_liveOwner.kill();
    m_liveOwner.waitForFinished();
}

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
    QVERIFY(work.draft(caseId, QStringLiteral("lan")).isEmpty());
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
    QVERIFY(m_store->open(storeLocation(*m_dir, QStringLiteral("desk.sqlite"))));
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

    RawConnection raw(storeLocation(*m_dir, QStringLiteral("desk.sqlite")));
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

namespace {

QString thisHost()
{
    return Core::ProcessIdentity::current().section(QLatin1Char('/'), 0, 0);
}

/** The pid of a process that has ended (its lease may be taken over at once). */
qint64 endedPid()
{
    QProcess process;
#ifdef Q_OS_WIN
    process.start(QStringLiteral("cmd.exe"), {QStringLiteral("/c"), QStringLiteral("exit")});
#else
    process.start(QStringLiteral("true"), {});
#endif
    const qint64 pid = process.waitForStarted() ? process.processId() : 0;
    process.waitForFinished(10000);
    return pid > 0 ? pid : 999999;
}

} // namespace

void TestOutbox::leaseKeepsOthersAway_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("sending"); // the other had marked it sending
    QTest::addColumn<qint64>("laterMs"); // when this process looks, after the other's claim
    QTest::addColumn<bool>("takenOver");
    const qint64 lease = Store::Outbox::kLeaseMs;
    QVERIFY(m_liveOwner.processId() > 0);
    const QString live
        = thisHost() + QStringLiteral("/%1/aaaaaaaaaaaa").arg(m_liveOwner.processId());
    const QString dead = thisHost() + QStringLiteral("/%1/bbbbbbbbbbbb").arg(endedPid());
    const QString remote = QStringLiteral("another-host/4242/cccccccccccc");
    QTest::addRow("live process, queued") << live << false << qint64(1000) << false;
    QTest::addRow("live process, sending") << live << true << qint64(1000) << false;
    QTest::addRow("live process, lease over") << live << true << lease + 1 << true;
    QTest::addRow("ended process, sending") << dead << true << qint64(1000) << true;
    QTest::addRow("other host, sending") << remote << true << lease - 1 << false;
    QTest::addRow("other host, lease over") << remote << true << lease + 1 << true;
}

void TestOutbox::leaseKeepsOthersAway()
{
    QFETCH(QString, owner);
    QFETCH(bool, sending);
    QFETCH(qint64, laterMs);
    QFETCH(bool, takenOver);
    const qint64 start = vn(2026, 11, 2, 10);
    const qint64 caseId = openCase(QStringLiteral("u9"), vn(2026, 11, 2));
    Store::Outbox other(*m_store, owner);
    const auto ids = other.enqueue(caseId, parts({QStringLiteral("Dạ, đã nhận.")}),
        OutboxPurpose::Reply, QStringLiteral("lan"), start);
    QCOMPARE(ids.size(), 1);
    QVERIFY(other.claim(ids.first(), start));
    if (sending) {
        QVERIFY(other.markSending(ids.first(), start));
    }
    Store::Outbox mine(*m_store);
    const qint64 now = start + laterMs;
    QCOMPARE(mine.due(now).size(), takenOver ? 1 : 0);
    QCOMPARE(mine.claim(ids.first(), now), takenOver);
    QCOMPARE(mine.markSending(ids.first(), now), takenOver);
    QCOMPARE(mine.item(ids.first())->leaseOwner, takenOver ? mine.leaseOwner() : owner);
    // The other process never takes back a row that was taken over.
    QCOMPARE(other.markSending(ids.first(), now), !takenOver);
}

void TestOutbox::twoConnectionsNeverBothSend()
{
    const qint64 caseId = openCase(QStringLiteral("u7"), vn(2026, 11, 2));
    const qint64 now = vn(2026, 11, 2, 10);
    Store::Store second;
    QVERIFY(second.open(m_store->path()));
    Store::Outbox first(*m_store, QStringLiteral("host-a/100/aaaaaaaaaaaa"));
    Store::Outbox rival(second, QStringLiteral("host-b/200/bbbbbbbbbbbb"));
    const auto ids = first.enqueue(caseId, parts({QStringLiteral("Một"), QStringLiteral("Hai")}),
        OutboxPurpose::Reply, QStringLiteral("lan"), now);
    QCOMPARE(ids.size(), 2);
    QCOMPARE(rival.due(now).size(), 1);
    QVERIFY(first.claim(ids.at(0), now));
    QVERIFY(!rival.claim(ids.at(0), now)); // leased by a live process
    QCOMPARE(rival.due(now).size(), 0);
    QVERIFY(!rival.markSending(ids.at(0), now));
    QVERIFY(first.markSending(ids.at(0), now));
    QVERIFY(first.markSent(ids.at(0), QStringLiteral("zalo-1"), now + 10));
    // The next part is free again for whoever comes first; only one of them gets it.
    const bool rivalGot = rival.claim(ids.at(1), now + 20);
    QVERIFY(rivalGot);
    QVERIFY(!first.claim(ids.at(1), now + 20));
    QCOMPARE(first.due(now + 20).size(), 0);
    QVERIFY(rival.markSending(ids.at(1), now + 20));
    QCOMPARE(first.item(ids.at(1))->state, OutboxState::Sending);
}

void TestOutbox::sendingCommitIsDurable()
{
    DESK_SQLITE_ONLY("PRAGMA synchronous (PostgreSQL commits durably unless its administrator "
                     "chose otherwise)");
    const qint64 caseId = openCase(QStringLiteral("u8"), vn(2026, 11, 2));
    Store::Outbox outbox(*m_store);
    const auto ids = outbox.enqueue(caseId, parts({QStringLiteral("Dạ")}), OutboxPurpose::Reply,
        QStringLiteral("lan"), vn(2026, 11, 2, 9));
    Store::Database &db = m_store->database();
    const auto mode = [&db] {
        return db.scalar(QStringLiteral("PRAGMA synchronous"), {}, QStringLiteral("test")).toInt();
    };
    QCOMPARE(mode(), 1); // NORMAL in WAL for everything else
    {
        Store::DurableCommits durable(db);
        QCOMPARE(mode(), 2); // FULL inside
    }
    QCOMPARE(mode(), 1);
    QVERIFY(outbox.markSending(ids.first(), vn(2026, 11, 2, 10)));
    QCOMPARE(mode(), 1); // put back after the durable commit
    QCOMPARE(outbox.item(ids.first())->state, OutboxState::Sending);
}

DESK_TEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
