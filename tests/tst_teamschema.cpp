// SPDX-License-Identifier: GPL-3.0-or-later
// The team database enforces who may do what (teamschema.h): each role's logins, made through
// TeamSchema::addPerson with scram-sha-256 passwords, try what the rules allow and refuse, on a
// real PostgreSQL 15 (tests/support/pgcluster.h). Every attempt runs in its own transaction and
// is rolled back, so the rows do not depend on each other.
#include "store/casework.h"
#include "store/connectionspec.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/teamschema.h"
#include "support/pgcluster.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Desk;
using namespace Desk::TestSupport;
namespace Team = Desk::Store::TeamSchema;

namespace {

const QString kPassword = QStringLiteral("Mật-khẩu đủ dài 2026!");

struct Attempt
{
    bool ok = false;
    QString state; // SQLSTATE of the refusal
    QString text;
    int rows = -1;
};

} // namespace

class TestTeamSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void applyIsIdempotent();
    void groupRolesNest();
    void enforced_data();
    void enforced();
    void auditRowCarriesTheRealLoginAndServerTime();
    void serviceKeepsItsSystemActorsOnly();
    void auditTriggerRefusesEvenWithAGrant();
    void staffQueueThroughTheStore();
    void draftsBelongToTheirAuthors();
    void staffWorkThroughTheStore();
    void recallWithinTheServersWindow();
    void serviceIngestBumpsVersionAndNotifies();
    void longChangesArriveInChunks();
    void wrongPasswordIsRefused();
    void disabledLoginCannotSignIn();
    void loginNamesAreQuotedByTheServer();

private:
    QString connectAs(const QString &login, const QString &password = kPassword);
    Attempt attempt(const QString &login, const QString &sql);
    Store::ConnectionSpec spec(const QString &login, const QString &password = kPassword) const;
    QString scalar(const QString &sql);

    PgCluster *m_cluster = nullptr;
    QString m_db;
    Store::Database m_owner;
    qint64 m_caseId = 0;
    qint64 m_secondCaseId = 0; // no draft, no outbox rows
    QHash<QString, QString> m_connections;
};

Store::ConnectionSpec TestTeamSchema::spec(const QString &login, const QString &password) const
{
    auto parsed = Store::ConnectionSpec::parse(m_cluster->uri(m_db, login));
    Q_ASSERT(parsed);
    parsed->password = password;
    return *parsed;
}

QString TestTeamSchema::scalar(const QString &sql)
{
    bool ok = false;
    const QVariant value = m_owner.scalar(sql, {}, QStringLiteral("test"), &ok);
    if (!ok) {
        qWarning() << sql << m_owner.lastError();
    }
    return value.toString();
}

QString TestTeamSchema::connectAs(const QString &login, const QString &password)
{
    const QString name = QStringLiteral("as-%1").arg(login);
    if (m_connections.contains(login)) {
        return name;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_cluster->socketDir());
    db.setPort(m_cluster->port());
    db.setDatabaseName(m_db);
    db.setUserName(login);
    db.setPassword(password);
    if (!db.open()) {
        qWarning() << "cannot connect as" << login << db.lastError().text();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    m_connections.insert(login, name);
    return name;
}

Attempt TestTeamSchema::attempt(const QString &login, const QString &sql)
{
    Attempt result;
    const QString name = connectAs(login);
    if (name.isEmpty()) {
        result.text = QStringLiteral("no connection");
        return result;
    }
    QSqlDatabase db = QSqlDatabase::database(name);
    QSqlQuery control(db);
    control.exec(QStringLiteral("BEGIN"));
    QSqlQuery query(db);
    result.ok = query.exec(sql);
    if (result.ok) {
        result.rows = query.isSelect() ? -1 : query.numRowsAffected();
    } else {
        result.state = query.lastError().nativeErrorCode();
        result.text = query.lastError().text();
    }
    query.finish();
    control.exec(QStringLiteral("ROLLBACK"));
    return result;
}

void TestTeamSchema::initTestCase()
{
    m_cluster = &PgCluster::shared();
    QString error;
    QVERIFY2(m_cluster->ensureStarted(&error), qPrintable(error));
    QVERIFY2(m_cluster->requirePasswords(&error), qPrintable(error));
    m_db = m_cluster->createDatabase(&error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));

    // The owner migrates and sets up the team, as team-init does.
    Store::Store store;
    QVERIFY2(store.open(m_cluster->uri(m_db, m_cluster->superuser()), &error), qPrintable(error));
    QVERIFY2(Team::apply(store.database()), qPrintable(store.lastError()));
    QVERIFY(m_owner.open(m_cluster->uri(m_db, m_cluster->superuser())));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<std::pair<QString, Team::Role>> logins {{QStringLiteral("lan"), Team::Role::Staff},
        {QStringLiteral("minh"), Team::Role::Staff},
        {QStringLiteral("hoa"), Team::Role::Supervisor},
        {QStringLiteral("quan"), Team::Role::Admin},
        {QStringLiteral("oa_service"), Team::Role::Service}};
    for (const auto &[login, role] : logins) {
        QVERIFY2(Team::addPerson(m_owner, login, login.toUpper(), role, kPassword, now),
            qPrintable(m_owner.lastError()));
    }

    // One case with a message, a reply queued by each staff member, a draft each, an audit
    // row, sync state, a sealed secret and an agency: what the rows below try to touch.
    const Store::IngestResult ingested
        = store.ingestConversation(person(QStringLiteral("c1"), QStringLiteral("Lê Thị Mai")),
            {in(QStringLiteral("m1"), QStringLiteral("c1"), now - 60000)});
    QVERIFY2(ingested.ok, qPrintable(ingested.error));
    m_caseId = *ingested.touchedCaseIds.cbegin();
    const Store::IngestResult second
        = store.ingestConversation(person(QStringLiteral("c2"), QStringLiteral("Đỗ Văn Hùng")),
            {in(QStringLiteral("m9"), QStringLiteral("c2"), now - 30000)});
    QVERIFY2(second.ok, qPrintable(second.error));
    m_secondCaseId = *second.touchedCaseIds.cbegin();
    for (const QString &by : {QStringLiteral("lan"), QStringLiteral("minh")}) {
        QVERIFY(m_owner.exec(QStringLiteral("INSERT INTO outbox(case_id, citizen_id, client_ref, "
                                            "text, created_at_ms, created_by) VALUES(%1, 'c1', "
                                            "'ref-%2/1', 'Chào anh', 0, '%2')")
                                 .arg(m_caseId)
                                 .arg(by),
            QStringLiteral("seed")));
    }
    QVERIFY(m_owner.exec(QStringLiteral("INSERT INTO drafts(case_id, text, updated_at_ms, author) "
                                        "VALUES(%1, 'nháp của Minh', 0, 'minh')")
                             .arg(m_caseId),
        QStringLiteral("seed")));
    QVERIFY(m_owner.exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES('cursor', '1')"),
        QStringLiteral("seed")));
    QVERIFY(m_owner.exec(QStringLiteral("INSERT INTO oa_secrets(name, sealed, key_fingerprint, "
                                        "updated_at_ms) VALUES('tokens', 'dsk1-x', 'fp', 0)"),
        QStringLiteral("seed")));
    QVERIFY(
        m_owner.exec(QStringLiteral("INSERT INTO agencies(code, name) VALUES('A1', 'Sở Tư pháp')"),
            QStringLiteral("seed")));
}

void TestTeamSchema::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    m_owner.close();
}

void TestTeamSchema::applyIsIdempotent()
{
    const QString before = scalar(
        QStringLiteral("SELECT count(*) || '/' || (SELECT count(*) FROM case_events) || '/' || "
                       "(SELECT string_agg(state, ',' ORDER BY id) FROM outbox) FROM messages"));
    QVERIFY2(Team::apply(m_owner), qPrintable(m_owner.lastError()));
    QVERIFY2(Team::apply(m_owner), qPrintable(m_owner.lastError()));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) || '/' || (SELECT count(*) FROM case_events) || '/' || "
                 "(SELECT string_agg(state, ',' ORDER BY id) FROM outbox) FROM messages")),
        before);
    bool ok = false;
    QVERIFY(Team::isApplied(m_owner, &ok));
    QVERIFY(ok);
    // A database of the same server shares the roles but not the grants.
    QString error;
    const QString other = m_cluster->createDatabase(&error);
    QVERIFY2(!other.isEmpty(), qPrintable(error));
    Store::Store second;
    QVERIFY2(second.open(m_cluster->uri(other, m_cluster->superuser()), &error), qPrintable(error));
    QVERIFY(!Team::isApplied(second.database()));
    QVERIFY2(Team::apply(second.database()), qPrintable(second.lastError()));
    QVERIFY(Team::isApplied(second.database()));
}

void TestTeamSchema::groupRolesNest()
{
    QCOMPARE(scalar(QStringLiteral("SELECT pg_has_role('hoa', 'desk_staff', 'MEMBER')")),
        QStringLiteral("true"));
    QCOMPARE(scalar(QStringLiteral("SELECT pg_has_role('quan', 'desk_supervisor', 'MEMBER') AND "
                                   "pg_has_role('quan', 'desk_staff', 'MEMBER')")),
        QStringLiteral("true"));
    QCOMPARE(scalar(QStringLiteral("SELECT pg_has_role('lan', 'desk_supervisor', 'MEMBER') OR "
                                   "pg_has_role('oa_service', 'desk_staff', 'MEMBER')")),
        QStringLiteral("false"));
    QCOMPARE(scalar(QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles "
                                   "WHERE rolname LIKE 'desk\\_%' AND NOT rolcanlogin")),
        QStringLiteral("desk_admin,desk_service,desk_staff,desk_supervisor"));
}

void TestTeamSchema::enforced_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("rows"); // rows changed when allowed; -1 = not checked

    const QString insertMessage = QStringLiteral(
        "INSERT INTO messages(message_id, citizen_id, direction, time_ms, case_id) "
        "SELECT 'm-new', 'c1', 'in', 1, id FROM cases LIMIT 1");
    const QString queue = QStringLiteral(
        "INSERT INTO outbox(case_id, citizen_id, client_ref, text, created_at_ms, created_by, "
        "state) SELECT id, 'c1', 'new-ref/1', 'Dạ', 0, 'lan', '%1' FROM cases LIMIT 1");
    const auto refused = [](const char *name, const QString &login, const QString &sql) {
        QTest::addRow("%s", name) << login << sql << false << -1;
    };
    const auto allowed = [](const char *name, const QString &login, const QString &sql, int rows) {
        QTest::addRow("%s", name) << login << sql << true << rows;
    };
    const QString lan = QStringLiteral("lan");

    refused("staff rewrites a message", lan, QStringLiteral("UPDATE messages SET text = 'sửa'"));
    refused("staff deletes a message", lan, QStringLiteral("DELETE FROM messages"));
    refused("staff inserts a message", lan, insertMessage);
    refused("staff deletes an audit row", lan, QStringLiteral("DELETE FROM case_events"));
    refused("staff rewrites an audit row", lan,
        QStringLiteral("UPDATE case_events SET actor = 'someone-else'"));
    refused("staff empties the audit trail", lan, QStringLiteral("TRUNCATE case_events"));
    refused("staff reads the OA's tokens", lan, QStringLiteral("SELECT * FROM oa_secrets"));
    refused("staff writes sync state", lan,
        QStringLiteral("INSERT INTO sync_state(key, value) VALUES('x', 'y')"));
    refused(
        "staff moves the sync cursor", lan, QStringLiteral("UPDATE sync_state SET value = '9'"));
    refused("staff writes a citizen's sync", lan,
        QStringLiteral("INSERT INTO citizen_sync(citizen_id) VALUES('c1')"));
    refused("staff marks a reply sent", lan,
        QStringLiteral("UPDATE outbox SET state = 'sent' WHERE created_by = 'lan'"));
    refused("staff marks a reply sending", lan,
        QStringLiteral("UPDATE outbox SET state = 'sending' WHERE created_by = 'lan'"));
    refused("staff sets the Zalo message id", lan,
        QStringLiteral("UPDATE outbox SET zalo_message_id = 'z1'"));
    refused("staff inserts a reply as sent", lan, queue.arg(QStringLiteral("sent")));
    refused("staff withdraws a colleague's reply", lan,
        QStringLiteral("UPDATE outbox SET state = 'cancelled' WHERE created_by = 'minh'"));
    refused("staff edits the directory", lan, QStringLiteral("UPDATE agencies SET name = 'Sở X'"));
    refused("staff adds an agency", lan,
        QStringLiteral("INSERT INTO agencies(code, name) VALUES('A2', 'Sở Y')"));
    refused("staff edits a rule", lan,
        QStringLiteral("INSERT INTO routing_rules(position, agency_code) VALUES(1, 'A1')"));
    refused("staff edits the clock policy", lan,
        QStringLiteral("INSERT INTO clock_policies(kind, step, working_days) VALUES('k', 's', 1)"));
    refused("staff edits a shared document", lan,
        QStringLiteral(
            "INSERT INTO shared_documents(name, body, updated_at_ms) VALUES('x', '', 0)"));
    refused("staff promotes itself", lan, QStringLiteral("UPDATE team_people SET role = 'admin'"));
    refused("staff writes the service lease", lan,
        QStringLiteral("UPDATE service_lease SET heartbeat_at_ms = 1"));
    refused("staff renames a case", lan, QStringLiteral("UPDATE cases SET code = 'TV-X'"));
    allowed("staff's delete of a colleague's draft removes nothing", lan,
        QStringLiteral("DELETE FROM drafts WHERE author = 'minh'"), 0);
    allowed(
        "staff reads the service lease", lan, QStringLiteral("SELECT * FROM service_lease"), -1);
    allowed("staff reads the team", lan, QStringLiteral("SELECT * FROM team_people"), -1);
    allowed("staff changes a case's status", lan,
        QStringLiteral("UPDATE cases SET status = 'in_progress', assignee = 'lan' "
                       "WHERE citizen_id = 'c1'"),
        1);
    allowed("staff queues a reply", lan, queue.arg(QStringLiteral("queued")), 1);
    allowed("staff withdraws its own reply", lan,
        QStringLiteral("UPDATE outbox SET state = 'cancelled' WHERE created_by = 'lan'"), 1);
    allowed("staff appends an audit row", lan,
        QStringLiteral("INSERT INTO case_events(case_id, at_ms, actor, kind) SELECT id, 0, 'lan', "
                       "'note' FROM cases WHERE citizen_id = 'c1'"),
        1);
    allowed("staff's edit of a colleague's draft changes nothing", lan,
        QStringLiteral("UPDATE drafts SET text = 'x' WHERE author = 'minh'"), 0);

    const QString hoa = QStringLiteral("hoa");
    refused("supervisor edits the directory", hoa, QStringLiteral("DELETE FROM agencies"));
    refused("supervisor reads the OA's tokens", hoa, QStringLiteral("SELECT * FROM oa_secrets"));
    refused("supervisor deletes an audit row", hoa, QStringLiteral("DELETE FROM case_events"));
    refused("supervisor rewrites a message", hoa, QStringLiteral("UPDATE messages SET text = ''"));
    allowed("supervisor reads every case", hoa, QStringLiteral("SELECT * FROM cases"), -1);

    const QString quan = QStringLiteral("quan");
    allowed(
        "admin edits the directory", quan, QStringLiteral("UPDATE agencies SET name = 'Sở X'"), 1);
    allowed("admin edits a rule", quan,
        QStringLiteral("INSERT INTO routing_rules(position, agency_code) VALUES(1, 'A1')"), 1);
    allowed("admin edits the clock policy", quan,
        QStringLiteral("INSERT INTO clock_policies(kind, step, working_days) VALUES('k', 's', 1)"),
        1);
    allowed("admin edits a shared document", quan,
        QStringLiteral(
            "INSERT INTO shared_documents(name, body, updated_at_ms) VALUES('x', '', 0)"),
        1);
    allowed("admin edits the team", quan,
        QStringLiteral(
            "UPDATE team_people SET display_name = 'Trần Văn Minh' WHERE login = 'minh'"),
        1);
    refused("admin reads the OA's tokens", quan, QStringLiteral("SELECT * FROM oa_secrets"));
    refused("admin rewrites a message", quan, QStringLiteral("UPDATE messages SET text = ''"));
    refused("admin writes sync state", quan, QStringLiteral("UPDATE sync_state SET value = '9'"));
    refused("admin deletes an audit row", quan, QStringLiteral("DELETE FROM case_events"));
    refused("admin marks a reply sent", quan,
        QStringLiteral("UPDATE outbox SET state = 'sent' WHERE created_by = 'lan'"));

    const QString service = QStringLiteral("oa_service");
    allowed("service inserts a message", service, insertMessage, 1);
    allowed("service marks a reply sent", service,
        QStringLiteral("UPDATE outbox SET state = 'sent', zalo_message_id = 'z1', sent_at_ms = 1 "
                       "WHERE created_by = 'lan'"),
        1);
    allowed("service moves the sync cursor", service,
        QStringLiteral("UPDATE sync_state SET value = '9'"), 1);
    allowed(
        "service reads the OA's tokens", service, QStringLiteral("SELECT * FROM oa_secrets"), -1);
    allowed("service rotates the OA's tokens", service,
        QStringLiteral("UPDATE oa_secrets SET sealed = 'dsk1-y'"), 1);
    allowed("service beats its heart", service,
        QStringLiteral("UPDATE service_lease SET heartbeat_at_ms = 1"), 1);
    refused("service deletes an audit row", service, QStringLiteral("DELETE FROM case_events"));
    refused("service deletes a message", service, QStringLiteral("DELETE FROM messages"));
    refused(
        "service edits the directory", service, QStringLiteral("UPDATE agencies SET name = ''"));
    refused(
        "service edits the team", service, QStringLiteral("UPDATE team_people SET role = 'admin'"));
}

void TestTeamSchema::enforced()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    QFETCH(int, rows);
    const Attempt result = attempt(login, sql);
    if (allowed) {
        QVERIFY2(result.ok, qPrintable(result.text));
        if (rows >= 0) {
            QCOMPARE(result.rows, rows);
        }
    } else {
        QVERIFY2(!result.ok, "the database let it through");
        // Grants, row security and the triggers all refuse with insufficient_privilege.
        QVERIFY2(result.state == QLatin1String("42501"), qPrintable(result.text));
    }
}

void TestTeamSchema::auditRowCarriesTheRealLoginAndServerTime()
{
    Store::Store store;
    QString error;
    QVERIFY2(store.open(spec(QStringLiteral("lan")), &error), qPrintable(error));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    Store::CaseWork work(store);
    // A forged name and a time long ago: the server keeps neither.
    QVERIFY2(work.addNote(m_caseId, QStringLiteral("Đã gọi lại cho công dân"),
                 QStringLiteral("someone-else"), vn(2020, 1, 1)),
        qPrintable(store.lastError()));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const QStringList row
        = scalar(QStringLiteral("SELECT actor || '|' || login || '|' || at_ms || '|' || "
                                "at_server_ms FROM case_events WHERE kind = 'note' ORDER BY id "
                                "DESC LIMIT 1"))
              .split(QLatin1Char('|'));
    QCOMPARE(row.size(), 4);
    QCOMPARE(row.at(0), QStringLiteral("lan"));
    QCOMPARE(row.at(1), QStringLiteral("lan"));
    QCOMPARE(row.at(2), row.at(3));
    // Same machine: the server's clock is this one's (a second of slack for the round trip).
    QVERIFY2(row.at(3).toLongLong() >= before - 1000 && row.at(3).toLongLong() <= after + 1000,
        qPrintable(row.join(QLatin1Char(' '))));
    const auto events = store.caseEvents(m_caseId);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().actor, QStringLiteral("lan"));
}

void TestTeamSchema::serviceKeepsItsSystemActorsOnly()
{
    const QString name = connectAs(QStringLiteral("oa_service"));
    QVERIFY(!name.isEmpty());
    QSqlQuery query(QSqlDatabase::database(name));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO case_events(case_id, at_ms, actor, kind) "
                                         "VALUES(?, ?, ?, 'test') RETURNING actor, login, at_ms")));
    const QList<std::pair<QString, QString>> rows {{QStringLiteral("sync"), QStringLiteral("sync")},
        {QStringLiteral("classifier"), QStringLiteral("classifier")},
        {QStringLiteral("lan"), QStringLiteral("lan")}, // a sent reply is credited to its author
        {QStringLiteral("mallory"), QStringLiteral("oa_service")}};
    for (const auto &[given, kept] : rows) {
        query.bindValue(0, m_caseId);
        query.bindValue(1, qint64(1234));
        query.bindValue(2, given);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toString(), kept);
        QCOMPARE(query.value(1).toString(), QStringLiteral("oa_service"));
        // The service's times are the messages' own (sync derives them), so they are kept.
        QCOMPARE(query.value(2).toLongLong(), qint64(1234));
        query.finish();
    }
}

void TestTeamSchema::auditTriggerRefusesEvenWithAGrant()
{
    // A careless GRANT by an administrator of the server must not open the audit trail.
    QVERIFY(m_owner.exec(QStringLiteral("GRANT UPDATE, DELETE ON case_events TO desk_staff"),
        QStringLiteral("test")));
    const Attempt update
        = attempt(QStringLiteral("lan"), QStringLiteral("UPDATE case_events SET detail = 'x'"));
    const Attempt remove
        = attempt(QStringLiteral("lan"), QStringLiteral("DELETE FROM case_events"));
    QVERIFY(m_owner.exec(QStringLiteral("REVOKE UPDATE, DELETE ON case_events FROM desk_staff"),
        QStringLiteral("test")));
    QVERIFY(!update.ok);
    QVERIFY2(update.text.contains(QLatin1String("append-only")), qPrintable(update.text));
    QCOMPARE(update.state, QStringLiteral("42501"));
    QVERIFY(!remove.ok);
    QVERIFY2(remove.text.contains(QLatin1String("append-only")), qPrintable(remove.text));
    // The owner (maintenance) still may.
    QVERIFY(m_owner.exec(QStringLiteral("BEGIN"), QStringLiteral("test")));
    QVERIFY2(m_owner.exec(QStringLiteral("DELETE FROM case_events WHERE kind = 'test'"),
                 QStringLiteral("test")),
        qPrintable(m_owner.lastError()));
    QVERIFY(m_owner.exec(QStringLiteral("ROLLBACK"), QStringLiteral("test")));
}

void TestTeamSchema::staffQueueThroughTheStore()
{
    Store::Store store;
    QString error;
    QVERIFY2(store.open(spec(QStringLiteral("minh")), &error), qPrintable(error));
    const qint64 versionBefore
        = scalar(QStringLiteral("SELECT version FROM cases WHERE id = %1").arg(m_caseId))
              .toLongLong();
    Store::Outbox outbox(store);
    Store::OutboxPart part;
    part.text = QStringLiteral("Dạ, hồ sơ gồm tờ khai và bản sao căn cước.");
    const QVector<qint64> ids = outbox.enqueue(m_caseId, {part}, Store::OutboxPurpose::Reply,
        QStringLiteral("lan"), QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(ids.size() == 1, qPrintable(store.lastError()));
    // Queued under the real login, whatever the desk claimed; the case's version moved.
    QCOMPARE(scalar(QStringLiteral("SELECT state || '/' || created_by FROM outbox WHERE id = %1")
                        .arg(ids.first())),
        QStringLiteral("queued/minh"));
    QVERIFY(
        scalar(QStringLiteral("SELECT version FROM cases WHERE id = %1").arg(m_caseId)).toLongLong()
        > versionBefore);
    // Minh withdraws his own reply through the Store.
    QVERIFY2(
        outbox.cancel(ids.first(), QStringLiteral("minh"), QDateTime::currentMSecsSinceEpoch()),
        qPrintable(store.lastError()));
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM outbox WHERE id = %1").arg(ids.first())),
        QStringLiteral("cancelled"));
    // ... and cannot withdraw Lan's.
    const qint64 lans = scalar(QStringLiteral("SELECT id FROM outbox WHERE created_by = 'lan' AND "
                                              "state = 'queued' ORDER BY id LIMIT 1"))
                            .toLongLong();
    QVERIFY(lans > 0);
    QVERIFY(!outbox.cancel(lans, QStringLiteral("lan"), QDateTime::currentMSecsSinceEpoch()));
    QCOMPARE(store.database().lastErrorKind(), Store::DatabaseErrorKind::PermissionDenied);
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM outbox WHERE id = %1").arg(lans)),
        QStringLiteral("queued"));
}

void TestTeamSchema::draftsBelongToTheirAuthors()
{
    Store::Store lan;
    Store::Store minh;
    QString error;
    QVERIFY2(lan.open(spec(QStringLiteral("lan")), &error), qPrintable(error));
    QVERIFY2(minh.open(spec(QStringLiteral("minh")), &error), qPrintable(error));
    // Saved under a name the desk made up: stored under the login.
    QVERIFY2(Store::CaseWork(lan).saveDraft(m_secondCaseId, QStringLiteral("Dạ, em xin trả lời"),
                 QStringLiteral("someone-else"), 0),
        qPrintable(lan.lastError()));
    const QString draftOf = QStringLiteral("SELECT author || '/' || text FROM drafts WHERE "
                                           "case_id = %1")
                                .arg(m_secondCaseId);
    QCOMPARE(scalar(draftOf), QStringLiteral("lan/Dạ, em xin trả lời"));
    // Minh types his own draft of the same case beside Lan's, and can neither overwrite nor
    // delete hers, even under her name.
    QVERIFY2(Store::CaseWork(minh).saveDraft(
                 m_secondCaseId, QStringLiteral("Chào anh"), QStringLiteral("minh"), 0),
        qPrintable(minh.lastError()));
    // Under Lan's name it lands in Minh's own draft (the author is the login).
    QVERIFY(Store::CaseWork(minh).saveDraft(
        m_secondCaseId, QStringLiteral("ghi đè"), QStringLiteral("lan"), 0));
    QVERIFY(Store::CaseWork(minh).saveDraft(
        m_secondCaseId, QString(), QStringLiteral("lan"), 0)); // deletes nothing of Lan's
    const QString lansDraft = QStringLiteral("SELECT text FROM drafts WHERE case_id = %1 AND "
                                             "author = 'lan'")
                                  .arg(m_secondCaseId);
    QCOMPARE(scalar(lansDraft), QStringLiteral("Dạ, em xin trả lời"));
    QCOMPARE(Store::CaseWork(minh).draft(m_secondCaseId, QStringLiteral("minh")),
        QStringLiteral("ghi đè"));
    // Each sees the other's (who is answering).
    QCOMPARE(minh.database()
                 .scalar(QStringLiteral("SELECT count(*) FROM drafts WHERE case_id = ?"),
                     {m_secondCaseId}, QStringLiteral("test"))
                 .toInt(),
        2);
}

void TestTeamSchema::staffWorkThroughTheStore()
{
    // What a desk does with a case, as Lan: every step the grants must allow.
    Store::Store lan;
    QString error;
    QVERIFY2(lan.open(spec(QStringLiteral("lan")), &error), qPrintable(error));
    const qint64 caseId = m_secondCaseId;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString versionOf = QStringLiteral("SELECT version FROM cases WHERE id = %1").arg(caseId);
    const qint64 before = scalar(versionOf).toLongLong();
    const QString lastEvent = scalar(QStringLiteral("SELECT max(id) FROM case_events"));
    QVERIFY2(lan.markCaseRead(caseId, QStringLiteral("lan")), qPrintable(lan.lastError()));
    // Reading is no news to a colleague about to answer.
    QCOMPARE(scalar(versionOf).toLongLong(), before);
    Store::CaseWork work(lan);
    Store::CaseClassification classification;
    classification.kind = QStringLiteral("procedure");
    classification.rule = QStringLiteral("staff");
    QVERIFY2(work.classify(caseId, classification, QStringLiteral("lan"), now),
        qPrintable(lan.lastError()));
    QVERIFY2(work.assign(caseId, QStringLiteral("lan"), QStringLiteral("lan"), now),
        qPrintable(lan.lastError()));
    const qint64 transfer = work.route(caseId, QStringLiteral("A1"),
        QStringLiteral("Nhờ Sở trả lời"), now + 86400000, QStringLiteral("lan"), now);
    QVERIFY2(transfer > 0, qPrintable(lan.lastError()));
    QVERIFY2(work.recordAgencyAnswer(
                 transfer, QStringLiteral("Sở đã trả lời"), {}, QStringLiteral("lan"), now),
        qPrintable(lan.lastError()));
    QVERIFY2(lan.setCaseStatus(caseId, Core::CaseStatus::WaitingCitizen, QStringLiteral("lan")),
        qPrintable(lan.lastError()));
    QVERIFY2(work.recordRating(caseId, QStringLiteral("hai_long"), QStringLiteral("2"),
                 QStringLiteral("m9"), now),
        qPrintable(lan.lastError()));
    QVERIFY(scalar(versionOf).toLongLong() >= before + 4);
    // Every audit row of that work names Lan, as the server saw her.
    const QString since = QStringLiteral("FROM case_events WHERE case_id = %1 AND id > %2")
                              .arg(caseId)
                              .arg(lastEvent);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) ") + since).toInt() >= 5);
    QCOMPARE(
        scalar(QStringLiteral("SELECT string_agg(DISTINCT login || '/' || actor, ',') ") + since),
        QStringLiteral("lan/lan"));
}

void TestTeamSchema::recallWithinTheServersWindow()
{
    Store::Store owner;
    QString error;
    QVERIFY2(owner.open(m_cluster->uri(m_db, m_cluster->superuser()), &error), qPrintable(error));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Store::IngestResult ingested
        = owner.ingestConversation(person(QStringLiteral("c7"), QStringLiteral("Trần Văn Tư")),
            {in(QStringLiteral("m70"), QStringLiteral("c7"), now - 60000)});
    QVERIFY2(ingested.ok, qPrintable(ingested.error));
    const qint64 caseId = *ingested.touchedCaseIds.cbegin();
    Store::Store lan;
    QVERIFY2(lan.open(spec(QStringLiteral("lan")), &error), qPrintable(error));
    Store::CaseWork work(lan);

    // Within the window: recalled, and the audit row names Lan as the server saw her.
    qint64 transfer = work.route(
        caseId, QStringLiteral("A1"), QStringLiteral("nhầm"), 0, QStringLiteral("lan"), now);
    QVERIFY2(transfer > 0, qPrintable(lan.lastError()));
    QCOMPARE(work.recall(transfer, QStringLiteral("someone-else"), now + 60000),
        Store::RecallRefusal::None);
    QCOMPARE(scalar(QStringLiteral("SELECT string_agg(login || '/' || actor, ',') FROM "
                                   "case_events WHERE case_id = %1 AND kind = 'routing_recalled'")
                        .arg(caseId)),
        QStringLiteral("lan/lan"));

    // A desk whose clock is 20 minutes behind thinks it is still in time: the server refuses.
    const qint64 behind = now - 20 * 60000;
    transfer
        = work.route(caseId, QStringLiteral("A1"), QString(), 0, QStringLiteral("lan"), behind);
    QVERIFY2(transfer > 0, qPrintable(lan.lastError()));
    QCOMPARE(
        work.recall(transfer, QStringLiteral("lan"), behind + 60000), Store::RecallRefusal::Failed);
    QVERIFY2(lan.lastError().contains(QLatin1String("recall window")), qPrintable(lan.lastError()));
    QVERIFY(work.transfer(transfer));

    // Staff cannot widen the team's window; an administrator can, and every desk follows.
    QVERIFY(!work.setRecallMinutes(60, now));
    Store::Store quan;
    QVERIFY2(quan.open(spec(QStringLiteral("quan")), &error), qPrintable(error));
    QVERIFY2(Store::CaseWork(quan).setRecallMinutes(30, now), qPrintable(quan.lastError()));
    QCOMPARE(work.recallMinutes(), 30);
    QCOMPARE(
        work.recall(transfer, QStringLiteral("lan"), behind + 60000), Store::RecallRefusal::None);
    QVERIFY(!work.transfer(transfer));
    QVERIFY2(Store::CaseWork(quan).setRecallMinutes(10, now), qPrintable(quan.lastError()));
}

void TestTeamSchema::serviceIngestBumpsVersionAndNotifies()
{
    // A desk listens as Lan, the way the desk's live view will.
    const QString listener = connectAs(QStringLiteral("lan"));
    QVERIFY(!listener.isEmpty());
    QSqlDriver *driver = QSqlDatabase::database(listener).driver();
    QVERIFY(driver->subscribeToNotification(QString::fromLatin1(Team::kCasesChannel)));
    QVERIFY(driver->subscribeToNotification(QString::fromLatin1(Team::kOutboxChannel)));
    QSignalSpy spy(driver,
        qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
            &QSqlDriver::notification));

    Store::Store service;
    QString error;
    QVERIFY2(service.open(spec(QStringLiteral("oa_service")), &error), qPrintable(error));
    const qint64 versionBefore
        = scalar(QStringLiteral("SELECT version FROM cases WHERE id = %1").arg(m_caseId))
              .toLongLong();
    const Store::IngestResult result = service.ingestConversation(std::nullopt,
        {in(QStringLiteral("m2"), QStringLiteral("c1"), QDateTime::currentMSecsSinceEpoch(),
            QStringLiteral("Cho tôi hỏi thêm về lệ phí"))});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.insertedMessages, 1);
    QVERIFY(
        scalar(QStringLiteral("SELECT version FROM cases WHERE id = %1").arg(m_caseId)).toLongLong()
        > versionBefore);

    const auto heard = [&spy](const char *channel, qint64 id) {
        for (const QList<QVariant> &signal : std::as_const(spy)) {
            if (signal.at(0).toString() == QLatin1String(channel)
                && signal.at(2).toString().split(QLatin1Char(',')).contains(QString::number(id))) {
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(heard(Team::kCasesChannel, m_caseId), 5000);

    // The service marking Lan's reply sent tells the outbox views.
    const qint64 lans = scalar(QStringLiteral("SELECT id FROM outbox WHERE created_by = 'lan' AND "
                                              "state = 'queued' ORDER BY id LIMIT 1"))
                            .toLongLong();
    QVERIFY(service.database().exec(
        QStringLiteral("UPDATE outbox SET state = 'sent', sent_at_ms = 1 WHERE id = %1").arg(lans),
        QStringLiteral("test")));
    QTRY_VERIFY_WITH_TIMEOUT(heard(Team::kOutboxChannel, lans), 5000);
    driver->unsubscribeFromNotification(QString::fromLatin1(Team::kCasesChannel));
    driver->unsubscribeFromNotification(QString::fromLatin1(Team::kOutboxChannel));
}

void TestTeamSchema::longChangesArriveInChunks()
{
    const QString listener = connectAs(QStringLiteral("hoa"));
    QVERIFY(!listener.isEmpty());
    QSqlDriver *driver = QSqlDatabase::database(listener).driver();
    QVERIFY(driver->subscribeToNotification(QString::fromLatin1(Team::kCasesChannel)));
    QSignalSpy spy(driver,
        qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
            &QSqlDriver::notification));
    // 3,000 cases in one statement: ids alone are over 14,000 bytes, above NOTIFY's limit.
    QVERIFY(m_owner.exec(QStringLiteral("INSERT INTO cases(code, citizen_id, opened_at_ms, "
                                        "last_activity_at_ms) SELECT 'TV-BULK-' || g, 'c1', 0, 0 "
                                        "FROM generate_series(1, 3000) AS g"),
        QStringLiteral("test")));
    const auto heardIds = [&spy] {
        QSet<QString> ids;
        for (const QList<QVariant> &signal : std::as_const(spy)) {
            const QStringList part = signal.at(2).toString().split(QLatin1Char(','));
            ids.unite(QSet<QString>(part.cbegin(), part.cend()));
        }
        return ids;
    };
    const QStringList made = scalar(QStringLiteral("SELECT string_agg(id::text, ',') FROM cases "
                                                   "WHERE code LIKE 'TV-BULK-%'"))
                                 .split(QLatin1Char(','));
    QCOMPARE(made.size(), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(heardIds().contains(QSet<QString>(made.cbegin(), made.cend())), 10000);
    QVERIFY(spy.size() >= 2);
    for (const QList<QVariant> &signal : std::as_const(spy)) {
        QVERIFY(signal.at(2).toString().toUtf8().size() < 8000);
    }
    driver->unsubscribeFromNotification(QString::fromLatin1(Team::kCasesChannel));
}

void TestTeamSchema::wrongPasswordIsRefused()
{
    Store::Store store;
    QString error;
    QVERIFY(!store.open(spec(QStringLiteral("lan"), QStringLiteral("sai mật khẩu")), &error));
    QCOMPARE(store.database().lastErrorKind(), Store::DatabaseErrorKind::AuthenticationFailed);
}

void TestTeamSchema::disabledLoginCannotSignIn()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(Team::addPerson(m_owner, QStringLiteral("tam"), QStringLiteral("Phạm Văn Tâm"),
                 Team::Role::Staff, kPassword, now),
        qPrintable(m_owner.lastError()));
    Store::Store open;
    QString error;
    QVERIFY2(open.open(spec(QStringLiteral("tam")), &error), qPrintable(error));
    QVERIFY2(Team::disablePerson(m_owner, QStringLiteral("tam")), qPrintable(m_owner.lastError()));
    // Its open session was ended, and it cannot sign in again.
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                    "usename = 'tam'")),
        QStringLiteral("0"), 5000);
    Store::Store again;
    QVERIFY(!again.open(spec(QStringLiteral("tam")), &error));
    QCOMPARE(again.database().lastErrorKind(), Store::DatabaseErrorKind::AuthenticationFailed);
    const auto people = Team::people(m_owner);
    QVERIFY(people);
    bool found = false;
    for (const Team::Person &person : *people) {
        if (person.login == QLatin1String("tam")) {
            found = true;
            QVERIFY(!person.active);
            QVERIFY(!person.canLogin);
            QCOMPARE(person.role, QStringLiteral("staff"));
        }
    }
    QVERIFY(found);
    QVERIFY(!Team::disablePerson(m_owner, QStringLiteral("desk_owner")));
    QVERIFY(!Team::addPerson(
        m_owner, QStringLiteral("tam"), QStringLiteral("X"), Team::Role::Admin, kPassword, now));
}

void TestTeamSchema::loginNamesAreQuotedByTheServer()
{
    // A name that would break glued SQL is just a name.
    const QString odd = QStringLiteral("x\"; DROP TABLE messages; --");
    QVERIFY2(Team::addPerson(m_owner, odd, QStringLiteral("Lạ"), Team::Role::Staff,
                 QStringLiteral("p'); DROP TABLE cases; --"), 0),
        qPrintable(m_owner.lastError()));
    QCOMPARE(scalar(QStringLiteral("SELECT to_regclass('messages') IS NOT NULL AND "
                                   "to_regclass('cases') IS NOT NULL")),
        QStringLiteral("true"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("odd"));
    db.setHostName(m_cluster->socketDir());
    db.setPort(m_cluster->port());
    db.setDatabaseName(m_db);
    db.setUserName(odd);
    db.setPassword(QStringLiteral("p'); DROP TABLE cases; --"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("odd"));
}

DESK_TEST_GUILESS_MAIN(TestTeamSchema)
#include "tst_teamschema.moc"
