// SPDX-License-Identifier: GPL-3.0-or-later
// Store: opening, ingest grouping into cases, dedup, case codes, unread/audit, atomicity.
// Real SQLite files in a temporary folder; no mocks.
#include "core/casecode.h"
#include "store/casetext.h"
#include "store/database.h"
#include "store/store.h"
#include "store/syncledger.h"
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

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Desk;
using Core::CaseStatus;
using Core::Direction;

using namespace Desk::TestSupport;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensWithWal();
    void openErrors_data();
    void openErrors();
    void readOnlyFolder();
    void memoryDatabaseFallsBackFromWal();

    void firstInboundOpensCase();
    void inboundExtendsOpenCase_data();
    void inboundExtendsOpenCase();
    void citizensGetSeparateCases();
    void closedCaseStartsLinkedCase();
    void historyOfClosedCaseStaysThere();
    void outboundMarksReplied_data();
    void outboundMarksReplied();
    void outboundFirstOpensCase();
    void outboundOnClosedCaseKeepsItClosed();
    void dedup();
    void sortsByTime();
    void caseCodesPerVietnamYear();
    void unreadAndMarkRead();
    void casesChangedAfterCommit();
    void failedBatchLeavesNothing();
    void ingestGroupIsAllOrNothing_data();
    void ingestGroupIsAllOrNothing();
    void searchKeyTakenMovesToFreeSlot();
    void refusesMessageWithoutId();
    void reopenRefusedWhenNewerCaseExists();

private:
    QString dbPath() const { return storeLocation(*m_dir, QStringLiteral("desk.sqlite")); }
    Core::CaseSummary onlyCaseOf(const QString &citizen);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
};

void TestStore::init()
{
    openFreshStore(m_dir, m_store);
}

void TestStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Core::CaseSummary TestStore::onlyCaseOf(const QString &citizen)
{
    return Desk::TestSupport::onlyCaseOf(*m_store, citizen);
}

void TestStore::opensWithWal()
{
    QVERIFY(m_store->isOpen());
    QCOMPARE(m_store->path(), dbPath());
    QCOMPARE(m_store->walEnabled(), !onPostgres()); // a write-ahead log is SQLite's setting
    QCOMPARE(m_store->schemaVersion(), Store::Store::currentSchemaVersion());
    QVERIFY(Store::Store::currentSchemaVersion() >= 2);
    QVERIFY(m_store->lastError().isEmpty());
    QCOMPARE(m_store->caseCount(), 0);
    QCOMPARE(m_store->messageCount(), 0);
}

void TestStore::openErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addRow("path is a folder") << QStringLiteral("folder") << QStringLiteral("folder");
    QTest::addRow("missing folder")
        << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::addRow("not a database")
        << QStringLiteral("garbage") << QStringLiteral("not an SQLite database");
}

void TestStore::openErrors()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString path;
    if (kind == QLatin1String("folder")) {
        path = m_dir->path();
    } else if (kind == QLatin1String("missing")) {
        path = m_dir->filePath(QStringLiteral("no/such/folder/desk.sqlite"));
    } else {
        DESK_SQLITE_ONLY("a file that is not a database");
        path = m_dir->filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    Store::Store store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(store.lastError(), error);
    QVERIFY(error.contains(path));
    // Calls on a store that failed to open fail cleanly instead of crashing.
    QVERIFY(store.cases({}, 0, 10).isEmpty());
    QVERIFY(!store
                 .ingestConversation(
                     std::nullopt, {in(QStringLiteral("m"), QStringLiteral("u"), vn(2026, 1, 1))})
                 .ok);
}

void TestStore::readOnlyFolder()
{
#ifdef Q_OS_WIN
    QSKIP("a folder's read-only attribute does not stop writes on Windows");
#else
    if (::geteuid() == 0) {
        QSKIP("root ignores file permissions");
    }
#endif
    const QString folder = m_dir->filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    Store::Store store;
    QString error;
    QVERIFY(!store.open(folder + QStringLiteral("/desk.sqlite"), &error));
    QVERIFY2(
        error.contains(QLatin1String("writable")) || error.contains(QLatin1String("read-only")),
        qPrintable(error));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestStore::memoryDatabaseFallsBackFromWal()
{
    Store::Store store;
    QString error;
    QVERIFY2(store.open(QStringLiteral(":memory:"), &error), qPrintable(error));
    QVERIFY(!store.walEnabled());
    QVERIFY(!store.check().walEnabled);
    const auto result = store.ingestConversation(
        std::nullopt, {in(QStringLiteral("m1"), QStringLiteral("u1"), vn(2026, 3, 1))});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(store.caseCount(), 1);
}

void TestStore::firstInboundOpensCase()
{
    const qint64 t0 = vn(2026, 3, 2, 8, 15);
    const auto result = m_store->ingestConversation(
        person(QStringLiteral("u1"), QStringLiteral("Nguyễn Văn An")),
        {in(QStringLiteral("m1"), QStringLiteral("u1"), t0,
             QStringLiteral("  Tôi muốn hỏi   thủ tục đăng ký kết hôn ")),
            in(QStringLiteral("m2"), QStringLiteral("u1"), t0 + 60000, QStringLiteral("Cảm ơn"))});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.insertedMessages, 2);
    QCOMPARE(result.duplicateMessages, 0);
    QCOMPARE(result.openedCases, 1);
    QCOMPARE(result.touchedCaseIds.size(), 1);

    const auto summary = onlyCaseOf(QStringLiteral("u1"));
    QCOMPARE(summary.id, *result.touchedCaseIds.begin());
    QCOMPARE(summary.code, QStringLiteral("TV-2026-000001"));
    QCOMPARE(summary.citizenName, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(summary.status, CaseStatus::New);
    QCOMPARE(summary.firstLine, QStringLiteral("Tôi muốn hỏi thủ tục đăng ký kết hôn"));
    QCOMPARE(summary.openedAtMs, t0);
    QCOMPARE(summary.lastActivityAtMs, t0 + 60000);
    QCOMPARE(summary.lastInboundAtMs, t0 + 60000);
    QCOMPARE(summary.messageCount, 2);
    QCOMPARE(summary.unreadCount, 2);
    QCOMPARE(summary.previousCaseId, 0);

    const auto events = m_store->caseEvents(summary.id);
    QCOMPARE(kinds(events), QStringList {QStringLiteral("opened")});
    QCOMPARE(events.first().actor, QStringLiteral("sync"));
    QCOMPARE(events.first().atMs, t0);
    QVERIFY(events.first().detail.contains(QLatin1String("TV-2026-000001")));
}

void TestStore::inboundExtendsOpenCase_data()
{
    QTest::addColumn<CaseStatus>("status");
    for (const CaseStatus status : Core::allCaseStatuses()) {
        if (status != CaseStatus::Closed) {
            QTest::addRow("%s", qPrintable(Core::caseStatusKey(status))) << status;
        }
    }
}

void TestStore::inboundExtendsOpenCase()
{
    QFETCH(CaseStatus, status);
    const QString u = QStringLiteral("u1");
    auto first
        = m_store->ingestConversation(std::nullopt, {in(QStringLiteral("m1"), u, vn(2026, 4, 1))});
    QVERIFY(first.ok);
    const qint64 caseId = *first.touchedCaseIds.begin();
    QVERIFY(m_store->setCaseStatus(caseId, status, QStringLiteral("staff.lan")));

    const qint64 later = vn(2026, 4, 20);
    const auto second
        = m_store->ingestConversation(std::nullopt, {in(QStringLiteral("m2"), u, later)});
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.openedCases, 0);
    QCOMPARE(second.touchedCaseIds, QSet<qint64> {caseId});
    const auto summary = m_store->caseById(caseId);
    QVERIFY(summary);
    QCOMPARE(summary->status, status); // an inbound message never changes the status
    QCOMPARE(summary->messageCount, 2);
    QCOMPARE(summary->unreadCount, 2);
    QCOMPARE(summary->lastActivityAtMs, later);
    QCOMPARE(m_store->caseCount(), 1);
}

void TestStore::citizensGetSeparateCases()
{
    const auto result = m_store->ingestConversation(std::nullopt,
        {in(QStringLiteral("a1"), QStringLiteral("ua"), vn(2026, 5, 1)),
            in(QStringLiteral("b1"), QStringLiteral("ub"), vn(2026, 5, 1, 10))});
    QVERIFY(result.ok);
    QCOMPARE(result.openedCases, 2);
    QCOMPARE(onlyCaseOf(QStringLiteral("ua")).messageCount, 1);
    QCOMPARE(onlyCaseOf(QStringLiteral("ub")).messageCount, 1);
    QVERIFY(m_store->citizenKnown(QStringLiteral("ua")));
    QVERIFY(!m_store->citizenProfileFetched(QStringLiteral("ua")));
}

void TestStore::closedCaseStartsLinkedCase()
{
    const QString u = QStringLiteral("u1");
    const auto first
        = m_store->ingestConversation(std::nullopt, {in(QStringLiteral("m1"), u, vn(2026, 6, 1))});
    const qint64 oldCase = *first.touchedCaseIds.begin();
    QVERIFY(m_store->setCaseStatus(oldCase, CaseStatus::Closed, QStringLiteral("staff.lan")));
    auto oldEvents = m_store->caseEvents(oldCase);
    QCOMPARE(kinds(oldEvents),
        (QStringList {QStringLiteral("opened"), QStringLiteral("status_changed")}));
    QCOMPARE(oldEvents.last().actor, QStringLiteral("staff.lan"));
    QVERIFY(oldEvents.last().detail.contains(QLatin1String("closed")));

    const auto second = m_store->ingestConversation(
        std::nullopt, {in(QStringLiteral("m2"), u, vn(2026, 6, 10), QStringLiteral("Việc mới"))});
    QVERIFY(second.ok);
    QCOMPARE(second.openedCases, 1);
    const qint64 newCase = *second.touchedCaseIds.begin();
    QVERIFY(newCase != oldCase);
    const auto summary = m_store->caseById(newCase);
    QCOMPARE(summary->previousCaseId, oldCase);
    QCOMPARE(summary->status, CaseStatus::New);
    QCOMPARE(summary->firstLine, QStringLiteral("Việc mới"));
    QCOMPARE(summary->code, QStringLiteral("TV-2026-000002"));
    QCOMPARE(m_store->caseById(oldCase)->status, CaseStatus::Closed);
    QCOMPARE(m_store->caseById(oldCase)->messageCount, 1);
    const auto events = m_store->caseEvents(newCase);
    QCOMPARE(kinds(events), QStringList {QStringLiteral("opened")});
    QVERIFY(events.first().detail.contains(QStringLiteral("\"previous_case_id\":%1").arg(oldCase)));

    // And the new case is extended by what follows.
    const auto third
        = m_store->ingestConversation(std::nullopt, {in(QStringLiteral("m3"), u, vn(2026, 6, 11))});
    QCOMPARE(third.touchedCaseIds, QSet<qint64> {newCase});
}

void TestStore::historyOfClosedCaseStaysThere()
{
    const QString u = QStringLiteral("u1");
    const auto first = m_store->ingestConversation(std::nullopt,
        {in(QStringLiteral("m1"), u, vn(2026, 6, 1, 9)),
            in(QStringLiteral("m3"), u, vn(2026, 6, 1, 11))});
    const qint64 caseId = *first.touchedCaseIds.begin();
    QVERIFY(m_store->setCaseStatus(caseId, CaseStatus::Closed, QStringLiteral("staff.lan")));
    // A late page of older history (sent before the case's last message) is not a new matter.
    const auto late = m_store->ingestConversation(
        std::nullopt, {in(QStringLiteral("m2"), u, vn(2026, 6, 1, 10))});
    QVERIFY(late.ok);
    QCOMPARE(late.openedCases, 0);
    QCOMPARE(late.touchedCaseIds, QSet<qint64> {caseId});
    QCOMPARE(m_store->caseById(caseId)->messageCount, 3);
    QCOMPARE(m_store->caseById(caseId)->status, CaseStatus::Closed);
    QCOMPARE(m_store->caseById(caseId)->unreadCount, 2); // history is not news
}

void TestStore::outboundMarksReplied_data()
{
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<CaseStatus>("expected");
    QTest::addRow("new") << CaseStatus::New << CaseStatus::Replied;
    QTest::addRow("classified") << CaseStatus::Classified << CaseStatus::Replied;
    QTest::addRow("routed") << CaseStatus::Routed << CaseStatus::Routed;
    QTest::addRow("awaiting agency") << CaseStatus::AwaitingAgency << CaseStatus::AwaitingAgency;
    QTest::addRow("waiting citizen") << CaseStatus::WaitingCitizen << CaseStatus::WaitingCitizen;
    QTest::addRow("replied") << CaseStatus::Replied << CaseStatus::Replied;
}

void TestStore::outboundMarksReplied()
{
    QFETCH(CaseStatus, status);
    QFETCH(CaseStatus, expected);
    const QString u = QStringLiteral("u1");
    const auto first
        = m_store->ingestConversation(std::nullopt, {in(QStringLiteral("m1"), u, vn(2026, 7, 1))});
    const qint64 caseId = *first.touchedCaseIds.begin();
    QVERIFY(m_store->setCaseStatus(caseId, status, QStringLiteral("staff.lan")));
    const int eventsBefore = m_store->caseEvents(caseId).size();

    const qint64 replyAt = vn(2026, 7, 1, 10);
    const auto reply
        = m_store->ingestConversation(std::nullopt, {out(QStringLiteral("o1"), u, replyAt)});
    QVERIFY2(reply.ok, qPrintable(reply.error));
    QCOMPARE(reply.openedCases, 0);
    const auto summary = m_store->caseById(caseId);
    QCOMPARE(summary->status, expected);
    QCOMPARE(summary->messageCount, 2);
    QCOMPARE(summary->unreadCount, 1); // OA messages are not unread
    QCOMPARE(summary->lastInboundAtMs, vn(2026, 7, 1));
    QCOMPARE(summary->lastActivityAtMs, replyAt);

    const auto events = m_store->caseEvents(caseId);
    if (expected != status) {
        QCOMPARE(events.size(), eventsBefore + 1);
        QCOMPARE(events.last().kind, QStringLiteral("replied_elsewhere"));
        QCOMPARE(events.last().actor, QStringLiteral("zalo-oa"));
        QCOMPARE(events.last().atMs, replyAt);
        QVERIFY(events.last().detail.contains(QLatin1String("o1")));
    } else {
        QCOMPARE(events.size(), eventsBefore);
    }
}

void TestStore::outboundFirstOpensCase()
{
    const QString u = QStringLiteral("u1");
    const auto first
        = m_store->ingestConversation(std::nullopt, {out(QStringLiteral("o1"), u, vn(2026, 8, 1))});
    QVERIFY(first.ok);
    QCOMPARE(first.openedCases, 1);
    const qint64 caseId = *first.touchedCaseIds.begin();
    auto summary = m_store->caseById(caseId);
    QCOMPARE(summary->status, CaseStatus::Replied);
    QCOMPARE(summary->unreadCount, 0);
    QCOMPARE(summary->lastInboundAtMs, 0);
    QVERIFY(summary->firstLine.isEmpty());
    QCOMPARE(kinds(m_store->caseEvents(caseId)),
        (QStringList {QStringLiteral("opened"), QStringLiteral("replied_elsewhere")}));

    const auto answer = m_store->ingestConversation(
        std::nullopt, {in(QStringLiteral("m1"), u, vn(2026, 8, 2), QStringLiteral("Dạ vâng"))});
    QCOMPARE(answer.touchedCaseIds, QSet<qint64> {caseId});
    summary = m_store->caseById(caseId);
    QCOMPARE(summary->firstLine, QStringLiteral("Dạ vâng"));
    QCOMPARE(summary->unreadCount, 1);
}

void TestStore::outboundOnClosedCaseKeepsItClosed()
{
    const QString u = QStringLiteral("u1");
    const auto first
        = m_store->ingestConversation(std::nullopt, {in(QStringLiteral("m1"), u, vn(2026, 8, 1))});
    const qint64 caseId = *first.touchedCaseIds.begin();
    QVERIFY(m_store->setCaseStatus(caseId, CaseStatus::Closed, QStringLiteral("staff.lan")));
    const auto reply
        = m_store->ingestConversation(std::nullopt, {out(QStringLiteral("o1"), u, vn(2026, 8, 3))});
    QCOMPARE(reply.openedCases, 0);
    QCOMPARE(reply.touchedCaseIds, QSet<qint64> {caseId});
    QCOMPARE(m_store->caseById(caseId)->status, CaseStatus::Closed);
}

void TestStore::dedup()
{
    const QString u = QStringLiteral("u1");
    const QVector<Core::Message> batch {in(QStringLiteral("m1"), u, vn(2026, 9, 1)),
        in(QStringLiteral("m2"), u, vn(2026, 9, 1, 10)),
        in(QStringLiteral("m1"), u, vn(2026, 9, 1))};
    const auto first = m_store->ingestConversation(std::nullopt, batch);
    QVERIFY(first.ok);
    QCOMPARE(first.insertedMessages, 2);
    QCOMPARE(first.duplicateMessages, 1); // within the batch
    const auto again = m_store->ingestConversation(std::nullopt, batch);
    QVERIFY(again.ok);
    QCOMPARE(again.insertedMessages, 0);
    QCOMPARE(again.duplicateMessages, 3);
    QCOMPARE(again.openedCases, 0);
    QVERIFY(again.touchedCaseIds.isEmpty());
    QCOMPARE(m_store->messageCount(), 2);
    QCOMPARE(onlyCaseOf(u).unreadCount, 2);

    // A duplicate that would have opened a case (the case was closed) opens nothing.
    const qint64 caseId = onlyCaseOf(u).id;
    QVERIFY(m_store->setCaseStatus(caseId, CaseStatus::Closed, QStringLiteral("staff")));
    const auto replay
        = m_store->ingestConversation(std::nullopt, {in(QStringLiteral("m2"), u, vn(2026, 9, 5))});
    QCOMPARE(replay.openedCases, 0);
    QCOMPARE(replay.duplicateMessages, 1);
    QCOMPARE(m_store->caseCount(), 1);

    QStringList ids;
    for (int i = 0; i < 1234; ++i) {
        ids << QStringLiteral("x%1").arg(i);
    }
    ids << QStringLiteral("m2") << QStringLiteral("m1");
    QCOMPARE(m_store->knownMessageIds(ids),
        (QSet<QString> {QStringLiteral("m1"), QStringLiteral("m2")}));
    QVERIFY(m_store->knownMessageIds({}).isEmpty());
    QVERIFY(m_store->hasMessage(QStringLiteral("m1")));
    QVERIFY(!m_store->hasMessage(QStringLiteral("x1")));
}

void TestStore::sortsByTime()
{
    const QString u = QStringLiteral("u1");
    const auto result = m_store->ingestConversation(std::nullopt,
        {in(QStringLiteral("m3"), u, vn(2026, 9, 3), QStringLiteral("ba")),
            in(QStringLiteral("m1"), u, vn(2026, 9, 1), QStringLiteral("một")),
            in(QStringLiteral("m2"), u, vn(2026, 9, 2), QStringLiteral("hai"))});
    QVERIFY(result.ok);
    const auto summary = onlyCaseOf(u);
    QCOMPARE(summary.firstLine, QStringLiteral("một"));
    QCOMPARE(summary.openedAtMs, vn(2026, 9, 1));
    const auto messages = m_store->messagesForCase(summary.id);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).messageId, QStringLiteral("m1"));
    QCOMPARE(messages.at(1).messageId, QStringLiteral("m2"));
    QCOMPARE(messages.at(2).messageId, QStringLiteral("m3"));
    QCOMPARE(messages.at(0).text, QStringLiteral("một"));
    QCOMPARE(messages.at(0).rawJson, QStringLiteral("{\"msg_id\":\"m1\"}"));
}

void TestStore::caseCodesPerVietnamYear()
{
    // 31 Dec 2025 23:30 UTC is already 1 Jan 2026 06:30 in Vietnam.
    const qint64 newYearUtc
        = QDateTime(QDate(2025, 12, 31), QTime(23, 30), QTimeZone(0)).toMSecsSinceEpoch();
    const struct
    {
        const char *citizen;
        qint64 time;
        const char *code;
    } expected[] = {
        {"a", vn(2025, 12, 30), "TV-2025-000001"},
        {"b", vn(2025, 12, 31, 23), "TV-2025-000002"},
        {"c", newYearUtc, "TV-2026-000001"},
        {"d", vn(2026, 1, 2), "TV-2026-000002"},
        {"e", vn(2027, 1, 1, 0, 5), "TV-2027-000001"},
    };
    int n = 0;
    for (const auto &row : expected) {
        const QString citizen = QString::fromLatin1(row.citizen);
        const auto result = m_store->ingestConversation(
            std::nullopt, {in(QStringLiteral("m%1").arg(++n), citizen, row.time)});
        QVERIFY(result.ok);
        QCOMPARE(
            m_store->caseById(*result.touchedCaseIds.begin())->code, QString::fromLatin1(row.code));
    }
    const auto byCode = m_store->caseByCode(QStringLiteral("tv 2026 2"));
    QVERIFY(byCode);
    QCOMPARE(byCode->citizenId, QStringLiteral("d"));
    QCOMPARE(m_store->caseByCode(QStringLiteral("TV-2026-000001"))->citizenId, QStringLiteral("c"));
    QVERIFY(!m_store->caseByCode(QStringLiteral("TV-2026-000099")));
    QVERIFY(!m_store->caseByCode(QStringLiteral("hello")));
}

void TestStore::unreadAndMarkRead()
{
    const QString u = QStringLiteral("u1");
    m_store->ingestConversation(std::nullopt,
        {in(QStringLiteral("m1"), u, vn(2026, 10, 1)),
            in(QStringLiteral("m2"), u, vn(2026, 10, 1, 10))});
    const qint64 caseId = onlyCaseOf(u).id;
    QCOMPARE(onlyCaseOf(u).unreadCount, 2);
    Store::CaseFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(m_store->countCases(unread), 1);

    QSignalSpy spy(m_store.get(), &Store::Store::casesChanged);
    QVERIFY(m_store->markCaseRead(caseId, QStringLiteral("staff.hoa")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(onlyCaseOf(u).unreadCount, 0);
    QCOMPARE(m_store->countCases(unread), 0);
    auto events = m_store->caseEvents(caseId);
    QCOMPARE(events.last().kind, QStringLiteral("read"));
    QCOMPARE(events.last().actor, QStringLiteral("staff.hoa"));
    QVERIFY(events.last().atMs > 0);
    const int count = events.size();

    QVERIFY(m_store->markCaseRead(caseId, QStringLiteral("staff.hoa")));
    QCOMPARE(m_store->caseEvents(caseId).size(), count); // already read: no audit row
    QCOMPARE(spy.count(), 1);

    m_store->ingestConversation(std::nullopt, {in(QStringLiteral("m3"), u, vn(2026, 10, 2))});
    QCOMPARE(onlyCaseOf(u).unreadCount, 1);
    QVERIFY(!m_store->markCaseRead(424242, QStringLiteral("staff")));
    QVERIFY(!m_store->lastError().isEmpty());
}

void TestStore::casesChangedAfterCommit()
{
    QSignalSpy spy(m_store.get(), &Store::Store::casesChanged);
    const auto result = m_store->ingestConversation(std::nullopt,
        {in(QStringLiteral("a"), QStringLiteral("u1"), vn(2026, 1, 5)),
            in(QStringLiteral("b"), QStringLiteral("u2"), vn(2026, 1, 5))});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<QSet<qint64>>(), result.touchedCaseIds);
    // Nothing new: no signal.
    m_store->ingestConversation(
        std::nullopt, {in(QStringLiteral("a"), QStringLiteral("u1"), vn(2026, 1, 5))});
    QCOMPARE(spy.count(), 1);
}

void TestStore::failedBatchLeavesNothing()
{
    {
        // A real database failure in the middle of the batch, after a citizen, a case, a code
        // and a first message have been written in the same transaction.
        RawConnection raw(dbPath());
        if (onPostgres()) {
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "IF NEW.message_id = 'boom' THEN RAISE EXCEPTION 'injected failure'; END IF; "
                "RETURN NEW; END $$")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON messages "
                                            "FOR EACH ROW EXECUTE FUNCTION boom()")));
        } else {
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TRIGGER boom BEFORE INSERT ON messages WHEN NEW.message_id = 'boom' "
                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        }
    }
    QSignalSpy spy(m_store.get(), &Store::Store::casesChanged);
    const QString u = QStringLiteral("u1");
    const auto result = m_store->ingestConversation(person(u, QStringLiteral("Lê Thị Hoa")),
        {in(QStringLiteral("ok1"), u, vn(2026, 2, 1)), in(QStringLiteral("ok2"), u, vn(2026, 2, 2)),
            in(QStringLiteral("boom"), u, vn(2026, 2, 3)),
            in(QStringLiteral("ok3"), u, vn(2026, 2, 4))});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("injected failure")), qPrintable(result.error));
    QCOMPARE(m_store->lastError(), result.error);
    QCOMPARE(result.insertedMessages, 0);
    QCOMPARE(result.openedCases, 0);
    QVERIFY(result.touchedCaseIds.isEmpty());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_store->messageCount(), 0);
    QCOMPARE(m_store->caseCount(), 0);
    QVERIFY(!m_store->citizenKnown(u));
    QVERIFY(m_store->caseEvents(1).isEmpty());
    Store::CaseFilter search;
    search.searchText = QStringLiteral("thủ tục");
    QCOMPARE(m_store->countCases(search), 0);

    {
        RawConnection raw(dbPath());
        QVERIFY(raw.exec(onPostgres() ? QStringLiteral("DROP TRIGGER boom ON messages")
                                      : QStringLiteral("DROP TRIGGER boom")));
    }
    // The store is usable afterwards and the case-code sequence did not advance.
    const auto retry
        = m_store->ingestConversation(std::nullopt, {in(QStringLiteral("ok1"), u, vn(2026, 2, 1))});
    QVERIFY2(retry.ok, qPrintable(retry.error));
    QVERIFY(m_store->lastError().isEmpty());
    QCOMPARE(
        m_store->caseById(*retry.touchedCaseIds.begin())->code, QStringLiteral("TV-2026-000001"));
    QVERIFY(m_store->fullCheck().integrityOk);
}

void TestStore::ingestGroupIsAllOrNothing_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addRow("both stored") << QString();
    QTest::addRow("second conversation refused") << QStringLiteral("message");
    QTest::addRow("ledger write refused") << QStringLiteral("after");
}

void TestStore::ingestGroupIsAllOrNothing()
{
    // Sync stores a few citizens in one transaction with their ledger bounds: a failure
    // anywhere leaves none of them, so no bound moves without the messages it covers.
    QFETCH(QString, failure);
    const QString a = QStringLiteral("u1");
    const QString b = QStringLiteral("u2");
    const QString secondId = failure == QLatin1String("message") ? QString() : QStringLiteral("b2");
    QVector<Store::Store::Conversation> group {
        {person(a, QStringLiteral("Lê Thị Hoa")),
            {in(QStringLiteral("a1"), a, vn(2026, 3, 1)),
                out(QStringLiteral("a2"), a, vn(2026, 3, 1, 10))}},
        {std::nullopt,
            {in(QStringLiteral("b1"), b, vn(2026, 3, 2)), in(secondId, b, vn(2026, 3, 2, 11))}}};
    QSignalSpy spy(m_store.get(), &Store::Store::casesChanged);
    int afterCalls = 0;
    QVector<Store::IngestResult> results;
    const bool ok = m_store->ingestConversations(
        group, &results, [&](const QVector<Store::IngestResult> &written) {
            ++afterCalls;
            if (written.size() != 2
                || !Store::SyncLedger(*m_store).markComplete(
                    {{a, vn(2026, 3, 1, 10)}, {b, vn(2026, 3, 2, 11)}})) {
                return false;
            }
            return failure != QLatin1String("after")
                || m_store->database().fail(QStringLiteral("ledger refused"));
        });
    const QString error = m_store->lastError(); // reading the ledger below clears it
    const auto ledger = Store::SyncLedger(*m_store).states({a, b});
    if (failure.isEmpty()) {
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(afterCalls, 1);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).insertedMessages, 2);
        QCOMPARE(results.at(1).insertedMessages, 2);
        QCOMPARE(m_store->caseCount(), 2);
        QCOMPARE(onlyCaseOf(a).status, CaseStatus::Replied); // answered from the OA console
        QCOMPARE(spy.count(), 1); // once for the group
        QCOMPARE(spy.at(0).at(0).value<QSet<qint64>>(),
            results.at(0).touchedCaseIds + results.at(1).touchedCaseIds);
        QCOMPARE(ledger.value(b).completeToMs, vn(2026, 3, 2, 11));
        QVERIFY(m_store->fullCheck().integrityOk);
        return;
    }
    QVERIFY(!ok);
    QCOMPARE(afterCalls, failure == QLatin1String("after") ? 1 : 0);
    QVERIFY(results.isEmpty());
    const QLatin1String expected(
        failure == QLatin1String("after") ? "ledger refused" : "no message id");
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_store->messageCount(), 0);
    QCOMPARE(m_store->caseCount(), 0);
    QVERIFY(!m_store->citizenKnown(a));
    QVERIFY(ledger.isEmpty());
}

void TestStore::searchKeyTakenMovesToFreeSlot()
{
    // A case's search key is its last activity's millisecond and a slot from its id; ingest
    // claims that key while writing the case. Another case holding it (same millisecond) sends
    // it to the next free slot, not into the unique index.
    const QString a = QStringLiteral("u1");
    const QString b = QStringLiteral("u2");
    QVERIFY(m_store->ingestConversation(std::nullopt, {in(QStringLiteral("a1"), a, vn(2026, 5, 1))})
                .ok);
    const qint64 first = onlyCaseOf(a).id;
    const qint64 at = vn(2026, 5, 2);
    const qint64 wanted = Store::CaseText::searchKey(at, first + 1, 0); // the next case's key
    {
        RawConnection raw(dbPath());
        QVERIFY(raw.exec(
            QStringLiteral("UPDATE cases SET search_rowid = ? WHERE id = ?"), {wanted, first}));
    }
    const auto result = m_store->ingestConversation(std::nullopt,
        {in(QStringLiteral("b1"), b, at, QStringLiteral("Xin hỏi giấy phép xây dựng"))});
    QVERIFY2(result.ok, qPrintable(result.error));
    const qint64 second = onlyCaseOf(b).id;
    QCOMPARE(second, first + 1);
    bool ok = false;
    const qint64 key = m_store->database()
                           .scalar(QStringLiteral("SELECT search_rowid FROM cases WHERE id = ?"),
                               {second}, QStringLiteral("test"), &ok)
                           .toLongLong();
    QVERIFY(ok);
    QVERIFY(key != wanted);
    QCOMPARE(key / Store::CaseText::kKeySlots, at);
    Store::CaseFilter search;
    search.searchText = QStringLiteral("xây dựng");
    const auto found = m_store->cases(search, 0, 10);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).id, second);
}

void TestStore::refusesMessageWithoutId()
{
    const auto result = m_store->ingestConversation(std::nullopt,
        {in(QStringLiteral("m1"), QStringLiteral("u1"), vn(2026, 2, 1)),
            in(QString(), QStringLiteral("u1"), vn(2026, 2, 2))});
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("no message id")));
    QCOMPARE(m_store->messageCount(), 0);
}

void TestStore::reopenRefusedWhenNewerCaseExists()
{
    const QString u = QStringLiteral("u1");
    const auto first
        = m_store->ingestConversation(std::nullopt, {in(QStringLiteral("m1"), u, vn(2026, 4, 1))});
    const qint64 oldCase = *first.touchedCaseIds.begin();
    QVERIFY(m_store->setCaseStatus(oldCase, CaseStatus::Closed, QStringLiteral("staff")));
    // Reopening the latest case is fine...
    QVERIFY(m_store->setCaseStatus(oldCase, CaseStatus::Reopened, QStringLiteral("staff")));
    QVERIFY(m_store->setCaseStatus(oldCase, CaseStatus::Closed, QStringLiteral("staff")));
    m_store->ingestConversation(std::nullopt, {in(QStringLiteral("m2"), u, vn(2026, 4, 9))});
    // ...but not once a newer case exists.
    QVERIFY(!m_store->setCaseStatus(oldCase, CaseStatus::Reopened, QStringLiteral("staff")));
    QVERIFY(m_store->lastError().contains(QLatin1String("newer case")));
    QCOMPARE(m_store->caseById(oldCase)->status, CaseStatus::Closed);
    QVERIFY(!m_store->setCaseStatus(999, CaseStatus::Closed, QStringLiteral("staff")));
    // Same status: no audit row.
    const int events = m_store->caseEvents(oldCase).size();
    QVERIFY(m_store->setCaseStatus(oldCase, CaseStatus::Closed, QStringLiteral("staff")));
    QCOMPARE(m_store->caseEvents(oldCase).size(), events);
}

DESK_TEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
