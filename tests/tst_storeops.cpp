// SPDX-License-Identifier: GPL-3.0-or-later
// Store: citizens (profile merge), first lines, text ids, sync state, batches, two connections,
// health check.
// Real SQLite files in a temporary folder; no mocks.
#include "store/store.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace Desk;
using Core::CaseStatus;
using Core::Direction;

using namespace Desk::TestSupport;

class TestStoreOps : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void citizenMergeKeepsProfile();
    void citizenWithoutProfile();
    void firstLine_data();
    void firstLine();
    void idsStayText();
    void syncState();
    void batchCommitsOnce();
    void batchRollbackLeavesNothing();
    void secondConnectionSeesCommits();
    void healthCheck();

private:
    QString dbPath() const { return storeLocation(*m_dir, QStringLiteral("desk.sqlite")); }
    Core::CaseSummary onlyCaseOf(const QString &citizen);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
};

void TestStoreOps::init()
{
    openFreshStore(m_dir, m_store);
}

void TestStoreOps::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Core::CaseSummary TestStoreOps::onlyCaseOf(const QString &citizen)
{
    return Desk::TestSupport::onlyCaseOf(*m_store, citizen);
}

void TestStoreOps::citizenMergeKeepsProfile()
{
    Core::Citizen profile = person(QStringLiteral("u1"), QStringLiteral("Phạm Thị Lan"));
    profile.phone = QStringLiteral("0912345678");
    profile.address = QStringLiteral("Phường 5, TP Cà Mau");
    profile.sharedInfoJson = QStringLiteral("{\"phone\":\"0912345678\"}");
    profile.isFollower = true;
    profile.profileFetched = true;
    QVERIFY(m_store->upsertCitizen(profile));

    // A conversation row: new display name, no phone/address, not fetched, not a follower.
    Core::Citizen row;
    row.zaloId = QStringLiteral("u1");
    row.displayName = QStringLiteral("Lan Phạm");
    const auto result
        = m_store->ingestConversation(row, {in(QStringLiteral("m1"), QString(), vn(2026, 3, 1))});
    QVERIFY2(result.ok, qPrintable(result.error));
    const auto stored = m_store->citizen(QStringLiteral("u1"));
    QVERIFY(stored);
    QCOMPARE(stored->displayName, QStringLiteral("Lan Phạm"));
    QCOMPARE(stored->phone, profile.phone);
    QCOMPARE(stored->address, profile.address);
    QCOMPARE(stored->sharedInfoJson, profile.sharedInfoJson);
    QCOMPARE(stored->avatarUrl, profile.avatarUrl);
    QVERIFY(stored->isFollower);
    QVERIFY(stored->profileFetched);
    QVERIFY(m_store->citizenProfileFetched(QStringLiteral("u1")));
    QCOMPARE(onlyCaseOf(QStringLiteral("u1")).citizenName, QStringLiteral("Lan Phạm"));
    QVERIFY(!m_store->citizen(QStringLiteral("nobody")));
}

void TestStoreOps::citizenWithoutProfile()
{
    const auto result = m_store->ingestConversation(
        std::nullopt, {in(QStringLiteral("m1"), QStringLiteral("u9"), vn(2026, 3, 1))});
    QVERIFY(result.ok);
    const auto stored = m_store->citizen(QStringLiteral("u9"));
    QVERIFY(stored);
    QVERIFY(stored->displayName.isEmpty());
    QVERIFY(!stored->profileFetched);
    QCOMPARE(onlyCaseOf(QStringLiteral("u9")).citizenName, QString());
}

void TestStoreOps::firstLine_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");
    QTest::addRow("text") << "text" << QStringLiteral("  Xin   chào\nanh ") << QString()
                          << QStringLiteral("Xin chào anh");
    QTest::addRow("image") << "image" << QString() << QString() << QStringLiteral("[image]");
    QTest::addRow("image with caption")
        << "image" << QStringLiteral("Giấy tờ đây") << QString() << QStringLiteral("Giấy tờ đây");
    QTest::addRow("sticker") << "sticker" << QString() << QString() << QStringLiteral("[sticker]");
    QTest::addRow("file") << "file" << QString() << QStringLiteral("don-xin.pdf")
                          << QStringLiteral("[file] don-xin.pdf");
    QTest::addRow("link: its title before the caption")
        << "link" << QStringLiteral("xem giúp em") << QStringLiteral("Thủ tục khai sinh")
        << QStringLiteral("[link] Thủ tục khai sinh");
    QTest::addRow("location: its address")
        << "location" << QString() << QStringLiteral("Chợ Cà Mau")
        << QStringLiteral("[location] Chợ Cà Mau");
    QTest::addRow("location without address")
        << "location" << QString() << QString() << QStringLiteral("[location]");
    QTest::addRow("gif") << "gif" << QString() << QString() << QStringLiteral("[gif]");
    QTest::addRow("voice") << "voice" << QString() << QString() << QStringLiteral("[voice]");
    QTest::addRow("unreadable, whatever its text")
        << "unreadable" << QStringLiteral("x") << QString() << QStringLiteral("[unreadable]");
}

void TestStoreOps::firstLine()
{
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    Core::Message m = message(
        QStringLiteral("m1"), QStringLiteral("u1"), Direction::Inbound, vn(2026, 5, 5), text, type);
    m.fileName = fileName;
    QVERIFY(m_store->ingestConversation(std::nullopt, {m}).ok);
    QCOMPARE(onlyCaseOf(QStringLiteral("u1")).firstLine, expected);
}

void TestStoreOps::idsStayText()
{
    // 19-digit Zalo ids exceed 2^53 and some start with zeros: they must round-trip as text.
    const QString citizen = QStringLiteral("8471609182754309421");
    const QString id = QStringLiteral("0072d3a1f0c9e8b7a6");
    QString longText;
    for (int i = 0; i < 60; ++i) {
        longText += QStringLiteral("thủ tục ");
    }
    const auto result
        = m_store->ingestConversation(std::nullopt, {in(id, citizen, vn(2026, 5, 5), longText)});
    QVERIFY(result.ok);
    const auto summary = onlyCaseOf(citizen);
    QCOMPARE(summary.citizenId, citizen);
    QVERIFY(summary.firstLine.size() <= 200);
    QVERIFY(summary.firstLine.endsWith(QChar(0x2026)));
    const auto messages = m_store->messagesForCase(summary.id);
    QCOMPARE(messages.first().messageId, id);
    QCOMPARE(messages.first().citizenId, citizen);
    QCOMPARE(messages.first().text, longText);
    QVERIFY(m_store->knownMessageIds({id}).contains(id));
}

void TestStoreOps::syncState()
{
    QCOMPARE(m_store->syncValue(QStringLiteral("watermark")), QString());
    QVERIFY(m_store->setSyncValue(QStringLiteral("watermark"), QStringLiteral("1760000000000")));
    QVERIFY(m_store->setSyncValue(QStringLiteral("watermark"), QStringLiteral("1760000000999")));
    QVERIFY(m_store->setSyncValue(QStringLiteral("last_error"), QString()));
    QCOMPARE(m_store->syncValue(QStringLiteral("watermark")), QStringLiteral("1760000000999"));
    QCOMPARE(m_store->syncValue(QStringLiteral("last_error")), QString());
    QVERIFY(m_store->lastError().isEmpty());
}

void TestStoreOps::batchCommitsOnce()
{
    QSignalSpy spy(m_store.get(), &Store::Store::casesChanged);
    QVERIFY(m_store->beginBatch());
    QVERIFY(m_store->inBatch());
    QVERIFY(!m_store->beginBatch());
    const auto a = m_store->ingestConversation(
        std::nullopt, {in(QStringLiteral("a"), QStringLiteral("u1"), vn(2026, 1, 1))});
    const auto b = m_store->ingestConversation(
        std::nullopt, {in(QStringLiteral("b"), QStringLiteral("u2"), vn(2026, 1, 1))});
    QVERIFY(a.ok && b.ok);
    QCOMPARE(spy.count(), 0);
    QVERIFY(m_store->commitBatch());
    QVERIFY(!m_store->inBatch());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<QSet<qint64>>(), a.touchedCaseIds + b.touchedCaseIds);
    QCOMPARE(m_store->caseCount(), 2);
}

void TestStoreOps::batchRollbackLeavesNothing()
{
    QVERIFY(m_store->beginBatch());
    QVERIFY(m_store
                ->ingestConversation(
                    std::nullopt, {in(QStringLiteral("a"), QStringLiteral("u1"), vn(2026, 1, 1))})
                .ok);
    // A refused call inside the batch is undone alone (savepoint); the batch goes on.
    QVERIFY(!m_store
                 ->ingestConversation(
                     std::nullopt, {in(QString(), QStringLiteral("u1"), vn(2026, 1, 1))})
                 .ok);
    QVERIFY(m_store
                ->ingestConversation(
                    std::nullopt, {in(QStringLiteral("b"), QStringLiteral("u2"), vn(2026, 1, 1))})
                .ok);
    QCOMPARE(m_store->caseCount(), 2);
    m_store->rollbackBatch();
    QCOMPARE(m_store->caseCount(), 0);
    QCOMPARE(m_store->messageCount(), 0);
}

void TestStoreOps::secondConnectionSeesCommits()
{
    Store::Store reader;
    QVERIFY(reader.open(dbPath()));
    QCOMPARE(reader.walEnabled(), !onPostgres());
    QCOMPARE(reader.caseCount(), 0);
    m_store->ingestConversation(
        std::nullopt, {in(QStringLiteral("a"), QStringLiteral("u1"), vn(2026, 1, 1))});
    QCOMPARE(reader.caseCount(), 1);
    QCOMPARE(reader.cases({}, 0, 10).size(), 1);
    // The reader writes too (staff action) while the other connection stays open.
    QVERIFY(reader.markCaseRead(reader.cases({}, 0, 1).first().id, QStringLiteral("staff")));
    QCOMPARE(onlyCaseOf(QStringLiteral("u1")).unreadCount, 0);
}

void TestStoreOps::healthCheck()
{
    m_store->ingestConversation(person(QStringLiteral("u1"), QStringLiteral("Võ Minh")),
        {in(QStringLiteral("a"), QStringLiteral("u1"), vn(2026, 1, 1)),
            out(QStringLiteral("b"), QStringLiteral("u1"), vn(2026, 1, 2))});
    for (const auto &report : {m_store->check(), m_store->fullCheck()}) {
        QVERIFY2(report.integrityOk, qPrintable(report.integrityDetail));
        QCOMPARE(report.integrityDetail, QStringLiteral("ok"));
        QCOMPARE(report.schemaVersion, Store::Store::currentSchemaVersion());
        QCOMPARE(report.expectedSchemaVersion, Store::Store::currentSchemaVersion());
        QCOMPARE(report.walEnabled, !onPostgres());
        QCOMPARE(report.messageCount, 2);
        QCOMPARE(report.caseCount, 1);
        QCOMPARE(report.citizenCount, 1);
    }
    Store::Store closed;
    QVERIFY(!closed.check().integrityOk);
}

DESK_TEST_GUILESS_MAIN(TestStoreOps)
#include "tst_storeops.moc"
