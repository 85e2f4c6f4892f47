// SPDX-License-Identifier: GPL-3.0-or-later
// The PRAGMA user_version ladder: from empty, from a populated v1 file (backfill), a failing
// step rolls back completely, a newer file is refused.
#include "store/store.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace Desk;

using namespace Desk::TestSupport;

namespace {

QSet<QString> citizensFound(const Store::Store &store, const QString &text)
{
    Store::CaseFilter filter;
    filter.searchText = text;
    QSet<QString> result;
    for (const auto &summary : store.cases(filter, 0, 100)) {
        result.insert(summary.citizenId);
    }
    return result;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fromEmpty();
    void reopenIsIdempotent();
    void fromVersion1WithData();
    void failingStepRollsBack();
    void version5AddsCaseVersions();
    void newerDatabaseRefused();
    void unknownTargetRefused();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("desk.sqlite")); }
    void writeVersion1Data();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    m_dir.reset();
}

void TestMigrations::fromEmpty()
{
    {
        Store::Store store;
        QString error;
        QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), Store::Store::currentSchemaVersion());
    }
    RawConnection raw(dbPath());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
        Store::Store::currentSchemaVersion());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    for (const char *table : {"citizens", "cases", "messages", "case_events", "sync_state",
             "case_code_sequences", "case_search"}) {
        QVERIFY2(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                .arg(QLatin1String(table)))
                     .toInt()
                == 1,
            table);
    }
    QVERIFY(raw.columns(QStringLiteral("cases")).contains(QStringLiteral("unread_count")));
    QVERIFY(raw.columns(QStringLiteral("cases")).contains(QStringLiteral("last_inbound_at_ms")));
    // The FTS table really is configured for Vietnamese (remove_diacritics 2).
    QVERIFY(raw.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'case_search'"))
                .toString()
                .contains(QLatin1String("remove_diacritics 2")));
}

void TestMigrations::reopenIsIdempotent()
{
    for (int i = 0; i < 3; ++i) {
        Store::Store store;
        QString error;
        QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
        Core::Message m;
        m.messageId = QStringLiteral("m%1").arg(i);
        m.citizenId = QStringLiteral("u1");
        m.timeMs = vn(2026, 1, 1 + i);
        m.text = QStringLiteral("xin chào");
        QVERIFY(store.ingestConversation(std::nullopt, {m}).ok);
        QCOMPARE(store.messageCount(), i + 1);
    }
}

void TestMigrations::writeVersion1Data()
{
    {
        Store::Store store;
        QString error;
        QVERIFY2(store.openAtVersion(dbPath(), 1, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 1);
    }
    // What the v1 program wrote: only v1 columns exist.
    RawConnection raw(dbPath());
    QVERIFY(raw.columns(QStringLiteral("cases")).contains(QStringLiteral("message_count")));
    QVERIFY(!raw.columns(QStringLiteral("cases")).contains(QStringLiteral("unread_count")));
    QVERIFY(raw.exec(QStringLiteral(
        "INSERT INTO citizens(zalo_id, display_name, phone, profile_fetched) VALUES "
        "('8471609182754309421', 'Trần Thị Đào', '0918000111', 1), ('u2', 'Lê Văn Hùng', '', 0)")));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO case_code_sequences VALUES (2026, 2)")));
    // Case 1: open; citizen asked, OA answered, citizen asked again twice (2 unread).
    // Case 2: closed. message_count deliberately wrong in case 1 (the backfill recounts).
    QVERIFY(raw.exec(
        QStringLiteral("INSERT INTO cases(id, code, citizen_id, status, first_line, opened_at_ms, "
                       "last_activity_at_ms, closed_at_ms, message_count) VALUES "
                       "(1, 'TV-2026-000001', '8471609182754309421', 'replied', 'Hỏi đất đai', "
                       "?, ?, NULL, 3), "
                       "(2, 'TV-2026-000002', 'u2', 'closed', 'Đăng ký khai sinh', ?, ?, ?, 1)"),
        {vn(2026, 1, 5), vn(2026, 1, 7), vn(2026, 1, 2), vn(2026, 1, 2), vn(2026, 1, 3)}));
    const QString insertMessage = QStringLiteral(
        "INSERT INTO messages(message_id, citizen_id, direction, time_ms, type, text, case_id) "
        "VALUES (?, ?, ?, ?, 'text', ?, ?)");
    const QString dao = QStringLiteral("8471609182754309421");
    QVERIFY(raw.exec(insertMessage,
        {QStringLiteral("a1"), dao, QStringLiteral("in"), vn(2026, 1, 5),
            QStringLiteral("Hỏi thủ tục đất đai"), 1}));
    QVERIFY(raw.exec(insertMessage,
        {QStringLiteral("a2"), dao, QStringLiteral("out"), vn(2026, 1, 6),
            QStringLiteral("Chào chị"), 1}));
    QVERIFY(raw.exec(insertMessage,
        {QStringLiteral("a3"), dao, QStringLiteral("in"), vn(2026, 1, 7),
            QStringLiteral("Cần giấy tờ gì ạ?"), 1}));
    QVERIFY(raw.exec(insertMessage,
        {QStringLiteral("a4"), dao, QStringLiteral("in"), vn(2026, 1, 7, 10),
            QStringLiteral("Nộp ở đâu?"), 1}));
    QVERIFY(raw.exec(insertMessage,
        {QStringLiteral("b1"), QStringLiteral("u2"), QStringLiteral("in"), vn(2026, 1, 2),
            QStringLiteral("Đăng ký khai sinh cho con"), 2}));
    QVERIFY(raw.exec(QStringLiteral("UPDATE cases SET last_activity_at_ms = ? WHERE id = 1"),
        {vn(2026, 1, 7, 10)}));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO case_events(case_id, at_ms, actor, kind) VALUES "
                                    "(1, ?, 'sync', 'opened'), (2, ?, 'sync', 'opened')"),
        {vn(2026, 1, 5), vn(2026, 1, 2)}));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO sync_state VALUES ('watermark', '12345')")));
}

void TestMigrations::fromVersion1WithData()
{
    writeVersion1Data();
    Store::Store store;
    QString error;
    QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), Store::Store::currentSchemaVersion());

    const QString dao = QStringLiteral("8471609182754309421");
    auto open = store.caseById(1);
    QVERIFY(open);
    QCOMPARE(open->messageCount, 4); // recounted
    QCOMPARE(open->unreadCount, 2); // inbound after the OA's last reply
    QCOMPARE(open->lastInboundAtMs, vn(2026, 1, 7, 10));
    QCOMPARE(open->citizenName, QStringLiteral("Trần Thị Đào"));
    const auto closed = store.caseById(2);
    QCOMPARE(closed->unreadCount, 0); // closed cases start read
    QCOMPARE(closed->lastInboundAtMs, vn(2026, 1, 2));
    {
        // v3: the OA's earlier answer is the case's first response and, the case being
        // `replied`, its final reply; the unanswered closed case has neither.
        RawConnection raw(dbPath());
        const QString milestone = QStringLiteral("SELECT %1 FROM cases WHERE id = %2");
        QCOMPARE(
            raw.scalar(milestone.arg(QLatin1String("first_response_at_ms")).arg(1)).toLongLong(),
            vn(2026, 1, 6));
        QCOMPARE(raw.scalar(milestone.arg(QLatin1String("replied_at_ms")).arg(1)).toLongLong(),
            vn(2026, 1, 6));
        QVERIFY(raw.scalar(milestone.arg(QLatin1String("first_response_at_ms")).arg(2)).isNull());
    }
    QCOMPARE(store.syncValue(QStringLiteral("watermark")), QStringLiteral("12345"));
    QCOMPARE(store.messagesForCase(1).size(), 4);
    QVERIFY(store.citizenProfileFetched(dao));

    // The old rows are searchable: text (without diacritics), name (đ folded), phone, code.
    QCOMPARE(citizensFound(store, QStringLiteral("thu tuc dat dai")), QSet<QString> {dao});
    QCOMPARE(citizensFound(store, QStringLiteral("Đào")), QSet<QString> {dao});
    QCOMPARE(citizensFound(store, QStringLiteral("tran thi dao")), QSet<QString> {dao});
    QCOMPARE(citizensFound(store, QStringLiteral("0918000111")), QSet<QString> {dao});
    QCOMPARE(citizensFound(store, QStringLiteral("TV-2026-000002")),
        QSet<QString> {QStringLiteral("u2")});
    QCOMPARE(
        citizensFound(store, QStringLiteral("khai sinh")), QSet<QString> {QStringLiteral("u2")});

    // Ingest continues on the migrated data: same case, next code, searchable new text.
    Core::Message next;
    next.messageId = QStringLiteral("a5");
    next.citizenId = dao;
    next.timeMs = vn(2026, 1, 8);
    next.text = QStringLiteral("Lệ phí trước bạ bao nhiêu?");
    auto result = store.ingestConversation(std::nullopt, {next});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.touchedCaseIds, QSet<qint64> {1});
    QCOMPARE(store.caseById(1)->messageCount, 5);
    QCOMPARE(store.caseById(1)->unreadCount, 3);
    QCOMPARE(citizensFound(store, QStringLiteral("le phi truoc ba")), QSet<QString> {dao});

    Core::Message again = next;
    again.messageId = QStringLiteral("b2");
    again.citizenId = QStringLiteral("u2");
    result = store.ingestConversation(std::nullopt, {again});
    QCOMPARE(result.openedCases, 1);
    const auto linked = store.caseById(*result.touchedCaseIds.begin());
    QCOMPARE(linked->code, QStringLiteral("TV-2026-000003")); // the v1 sequence continues
    QCOMPARE(linked->previousCaseId, 2);

    const auto health = store.fullCheck();
    QVERIFY2(health.integrityOk, qPrintable(health.integrityDetail));
}

void TestMigrations::failingStepRollsBack()
{
    writeVersion1Data();
    {
        // Something in the way of v2 (here: a table named like v2's search table).
        RawConnection raw(dbPath());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE case_search(x)")));
    }
    {
        Store::Store store;
        QString error;
        QVERIFY(!store.open(dbPath(), &error));
        QVERIFY2(error.contains(QLatin1String("schema v2")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("rolled back")), qPrintable(error));
        QVERIFY(!store.isOpen());
    }
    {
        RawConnection raw(dbPath());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        // Nothing of the step survived: not its first statements (columns) either.
        QVERIFY(!raw.columns(QStringLiteral("cases")).contains(QStringLiteral("unread_count")));
        QVERIFY(!raw.columns(QStringLiteral("citizens")).contains(QStringLiteral("search_text")));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                           "'cases_by_status_activity'"))
                     .toInt(),
            0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 5);
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE case_search")));
    }
    Store::Store store;
    QString error;
    QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), Store::Store::currentSchemaVersion());
    QCOMPARE(store.caseById(1)->unreadCount, 2);
}

void TestMigrations::version5AddsCaseVersions()
{
    // A v4 desk with a case on it: v5 adds the version column (0 for existing cases) and the
    // triggers that bump it, without recursing into themselves.
    qint64 caseId = 0;
    {
        Store::Store store;
        QString error;
        QVERIFY2(store.openAtVersion(dbPath(), 4, &error), qPrintable(error));
        const auto result
            = store.ingestConversation(person(QStringLiteral("u1"), QStringLiteral("Phạm Thị Thu")),
                {in(QStringLiteral("a1"), QStringLiteral("u1"), vn(2026, 3, 2))});
        QVERIFY(result.ok);
        caseId = *result.touchedCaseIds.begin();
    }
    {
        RawConnection raw(dbPath());
        QVERIFY(!raw.columns(QStringLiteral("cases")).contains(QStringLiteral("version")));
    }
    Store::Store store;
    QString error;
    QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), 5);
    QCOMPARE(store.caseVersion(caseId), 0);
    {
        RawConnection raw(dbPath());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'trigger' AND name LIKE 'cases_version_%'"))
                     .toInt(),
            4);
    }
    // One status change: exactly one bump (the trigger's own UPDATE does not fire it again).
    QVERIFY(store.setCaseStatus(caseId, Core::CaseStatus::Closed, QStringLiteral("lan")));
    QCOMPARE(store.caseVersion(caseId), 1);
    const auto health = store.fullCheck();
    QVERIFY2(health.integrityOk, qPrintable(health.integrityDetail));
}

void TestMigrations::newerDatabaseRefused()
{
    {
        Store::Store store;
        QVERIFY(store.open(dbPath()));
    }
    {
        RawConnection raw(dbPath());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    Store::Store store;
    QString error;
    QVERIFY(!store.open(dbPath(), &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    RawConnection raw(dbPath());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

void TestMigrations::unknownTargetRefused()
{
    Store::Store store;
    QString error;
    QVERIFY(!store.openAtVersion(dbPath(), Store::Store::currentSchemaVersion() + 1, &error));
    QVERIFY(error.contains(QLatin1String("unknown schema version")));
}

DESK_TEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
