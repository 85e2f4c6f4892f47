// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox's second line from the store, on SQLite and (inboxlines_pg) PostgreSQL: the newest
// message of each case whatever its direction or kind, and replies still in the outbox.
#include "support/storefixtures.h"

#include "store/inboxlines.h"
#include "store/outbox.h"
#include "support/testmain.h"

using namespace Desk;
using namespace Desk::TestSupport;

namespace {

/** A fresh store of this run's engine (a file, or a database of the test's PostgreSQL). */
bool openFresh(const QTemporaryDir &dir, Store::Store &store)
{
    const QString location = storeLocation(dir);
    QString error;
    if (location.isEmpty() || !store.open(location, &error)) {
        qWarning().noquote() << "no store:" << error;
        return false;
    }
    return true;
}

} // namespace

class TestInboxLines : public QObject
{
    Q_OBJECT
private slots:
    void newestMessage_data();
    void newestMessage();
    void outboxRows_data();
    void outboxRows();
    void manyCasesAndNone();
};

void TestInboxLines::newestMessage_data()
{
    QTest::addColumn<QVector<Core::Message>>("messages");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("outbound");
    const QString c = QStringLiteral("8000000000000000001");
    const qint64 t = vn(2026, 11, 20);
    Core::Message picture = message(QStringLiteral("p"), c, Core::Direction::Inbound, t + 60000,
        QStringLiteral("Giấy khai sinh bản chụp"), QStringLiteral("image"));
    Core::Message file = message(QStringLiteral("f"), c, Core::Direction::Inbound, t + 60000,
        QString(), QStringLiteral("file"));
    file.fileName = QStringLiteral("to-khai.pdf");
    QTest::addRow("one question") << QVector<Core::Message> {in(QStringLiteral("q"), c, t)}
                                  << QStringLiteral("text") << QStringLiteral("Cho tôi hỏi thủ tục")
                                  << QString() << false;
    QTest::addRow("a picture after the question")
        << QVector<Core::Message> {in(QStringLiteral("q"), c, t), picture}
        << QStringLiteral("image") << QStringLiteral("Giấy khai sinh bản chụp") << QString()
        << false;
    QTest::addRow("a file after the question")
        << QVector<Core::Message> {in(QStringLiteral("q"), c, t), file} << QStringLiteral("file")
        << QString() << QStringLiteral("to-khai.pdf") << false;
    QTest::addRow("the OA answered last")
        << QVector<Core::Message> {in(QStringLiteral("q"), c, t),
               out(QStringLiteral("a"), c, t + 5000)}
        << QStringLiteral("text") << QStringLiteral("Chào anh/chị") << QString() << true;
    // Stored out of order (a late page of the conversation): the time decides, not the row id.
    QTest::addRow("newest by time, not by arrival")
        << QVector<Core::Message> {in(QStringLiteral("late"), c, t + 90000,
                                       QStringLiteral("Mới nhất")),
               in(QStringLiteral("early"), c, t, QStringLiteral("Cũ"))}
        << QStringLiteral("text") << QStringLiteral("Mới nhất") << QString() << false;
}

void TestInboxLines::newestMessage()
{
    QFETCH(QVector<Core::Message>, messages);
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(QString, fileName);
    QFETCH(bool, outbound);
    QTemporaryDir dir;
    Store::Store store;
    QVERIFY(openFresh(dir, store));
    const auto ingested = store.ingestConversation(
        person(messages.first().citizenId, QStringLiteral("Trần Thị Mai")), messages);
    QVERIFY2(ingested.ok, qPrintable(ingested.error));
    const qint64 caseId = *ingested.touchedCaseIds.cbegin();
    Store::InboxLines lines(store);
    const auto read = lines.forCases({caseId});
    QVERIFY2(lines.lastError().isEmpty(), qPrintable(lines.lastError()));
    QVERIFY(read.contains(caseId));
    const Core::Message newest = read.value(caseId).newest;
    QCOMPARE(newest.type, type);
    QCOMPARE(newest.text, text);
    QCOMPARE(newest.fileName, fileName);
    QCOMPARE(newest.direction == Core::Direction::Outbound, outbound);
    QVERIFY(!newest.messageId.isEmpty());
    QCOMPARE(read.value(caseId).outboxState, QString());
    QCOMPARE(read.value(caseId).waitingParts, 0);
}

void TestInboxLines::outboxRows_data()
{
    QTest::addColumn<int>("parts");
    QTest::addColumn<QString>("finalState"); // '' = left queued
    QTest::addColumn<bool>("citizenWroteAfter");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("waiting");
    QTest::addColumn<QString>("text");
    QTest::addRow("a reply queued")
        << 1 << QString() << false << QStringLiteral("queued") << 1 << QStringLiteral("Phần 1");
    // A long reply split in parts shows its first part.
    QTest::addRow("a reply in three parts")
        << 3 << QString() << false << QStringLiteral("queued") << 3 << QStringLiteral("Phần 1");
    QTest::addRow("refused by Zalo") << 1 << QStringLiteral("refused") << false
                                     << QStringLiteral("refused") << 0 << QStringLiteral("Phần 1");
    QTest::addRow("withdrawn") << 1 << QStringLiteral("cancelled") << false << QString() << 0
                               << QString();
    // The citizen wrote after it was queued: the message is the newest thing, the reply waits.
    QTest::addRow("queued, then the citizen wrote")
        << 1 << QString() << true << QString() << 1 << QString();
}

void TestInboxLines::outboxRows()
{
    QFETCH(int, parts);
    QFETCH(QString, finalState);
    QFETCH(bool, citizenWroteAfter);
    QFETCH(QString, state);
    QFETCH(int, waiting);
    QFETCH(QString, text);
    QTemporaryDir dir;
    Store::Store store;
    QVERIFY(openFresh(dir, store));
    const QString c = QStringLiteral("8000000000000000002");
    const qint64 t = vn(2026, 11, 20);
    const auto ingested = store.ingestConversation(
        person(c, QStringLiteral("Lê Văn Tâm")), {in(QStringLiteral("q"), c, t)});
    QVERIFY(ingested.ok);
    const qint64 caseId = *ingested.touchedCaseIds.cbegin();
    QVector<Store::OutboxPart> split;
    for (int i = 1; i <= parts; ++i) {
        Store::OutboxPart part;
        part.text = QStringLiteral("Phần %1").arg(i);
        split << part;
    }
    Store::Outbox outbox(store);
    const QVector<qint64> ids = outbox.enqueue(
        caseId, split, Store::OutboxPurpose::Reply, QStringLiteral("lan"), t + 1000);
    QCOMPARE(ids.size(), parts);
    if (finalState == QLatin1String("cancelled")) {
        QVERIFY(outbox.cancel(ids.first(), QStringLiteral("lan"), t + 2000));
    } else if (finalState == QLatin1String("refused")) {
        QVERIFY2(outbox.markRefused(ids.first(), -230, QStringLiteral("quá 7 ngày"), t + 2000),
            qPrintable(outbox.lastError()));
    }
    if (citizenWroteAfter) {
        QVERIFY(store.ingestConversation(std::nullopt, {in(QStringLiteral("q2"), c, t + 5000)}).ok);
    }
    const auto read = Store::InboxLines(store).forCases({caseId}).value(caseId);
    QCOMPARE(read.outboxState, state);
    QCOMPARE(read.waitingParts, waiting);
    QCOMPARE(read.outboxText, text);
    QCOMPARE(read.newest.messageId, citizenWroteAfter ? QStringLiteral("q2") : QStringLiteral("q"));
}

void TestInboxLines::manyCasesAndNone()
{
    // More cases than one statement binds, in any order, with ids no case has among them.
    QTemporaryDir dir;
    Store::Store store;
    QVERIFY(openFresh(dir, store));
    QVERIFY(store.beginBatch());
    QVector<qint64> ids;
    QHash<qint64, QString> expected;
    for (int i = 0; i < Store::InboxLines::kChunk + 37; ++i) {
        const QString c = QStringLiteral("81000000000000%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString text = QStringLiteral("Câu hỏi số %1").arg(i);
        const auto ingested
            = store.ingestConversation(person(c, QStringLiteral("Công dân %1").arg(i)),
                {in(c + QStringLiteral("-a"), c, vn(2026, 11, 1) + i * 1000),
                    in(c + QStringLiteral("-b"), c, vn(2026, 11, 2) + i * 1000, text)});
        QVERIFY(ingested.ok);
        ids << *ingested.touchedCaseIds.cbegin();
        expected.insert(ids.last(), text);
    }
    QVERIFY(store.commitBatch());
    std::reverse(ids.begin(), ids.end());
    ids.insert(50, -42);
    Store::InboxLines lines(store);
    const auto read = lines.forCases(ids);
    QVERIFY2(lines.lastError().isEmpty(), qPrintable(lines.lastError()));
    QCOMPARE(read.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(read.value(it.key()).newest.text, it.value());
    }
    QVERIFY(lines.forCases({}).isEmpty());
}

DESK_TEST_GUILESS_MAIN(TestInboxLines)
#include "tst_inboxlines.moc"
