// SPDX-License-Identifier: GPL-3.0-or-later
// The throw-away PostgreSQL 15 server the team-mode tests run on (tests/support/pgcluster.h),
// proved through Qt's QPSQL driver over the Unix socket: its settings, databases cloned from a
// template, two connections seeing each other's commits, LISTEN/NOTIFY, what a restart does to an
// open connection (the desk has to reconnect and resubscribe), and the reaping of a cluster left
// behind by a test process that was killed.
#include "support/pgcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QtTest>

using Desk::TestSupport::PgCluster;

namespace {
/** Set in the child the reaping test starts: it creates a cluster and waits to be killed. */
constexpr char OrphanVariable[] = "DESK_PGCLUSTER_ORPHAN";

int runOrphan()
{
    PgCluster &cluster = PgCluster::shared();
    QString error;
    QTextStream out(stdout);
    if (!cluster.ensureStarted(&error)) {
        out << "error " << error << Qt::endl;
        return 1;
    }
    out << "folder " << cluster.socketDir() << Qt::endl;
    // Killed by the test with SIGKILL: no destructor runs, the postmaster stays behind.
    for (;;)
        QThread::sleep(1);
}
} // namespace

class TestPgCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void serverSettings_data();
    void serverSettings();
    void uriConnects_data();
    void uriConnects();
    void templateClonesAreIndependent();
    void secondConnectionSeesCommits_data();
    void secondConnectionSeesCommits();
    void notificationFromAnotherConnection_data();
    void notificationFromAnotherConnection();
    void restartBreaksOpenConnection_data();
    void restartBreaksOpenConnection();
    void staleClusterOfDeadOwnerIsReaped();
    void backendFromEnvironment_data();
    void backendFromEnvironment();

private:
    QSqlDatabase connect(const QString &database);
    QString freshDatabase(const QString &templateDb = {});
    QString databaseWith(const QString &setupSql);
    static QString scalar(QSqlDatabase db, const QString &sql);

    PgCluster &m_cluster = PgCluster::shared();
    int m_connectionCount = 0;
};

void TestPgCluster::initTestCase()
{
    QString error;
    QVERIFY2(m_cluster.ensureStarted(&error), qPrintable(error));
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    qInfo("initdb %lld ms, server start %lld ms, socket %s, port %d", m_cluster.initdbMs(),
        m_cluster.startMs(), qPrintable(m_cluster.socketDir()), m_cluster.port());
}

void TestPgCluster::cleanup()
{
    // Every handle of the test function is out of scope: close and forget its connections
    // (the cluster's own stays, so later tests use it again, also after a restart).
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("pgcluster-admin")))
            continue;
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase TestPgCluster::connect(const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        QStringLiteral("QPSQL"), QStringLiteral("pg%1").arg(++m_connectionCount));
    db.setHostName(m_cluster.socketDir());
    db.setPort(m_cluster.port());
    db.setUserName(m_cluster.superuser());
    db.setDatabaseName(database);
    if (!db.open())
        qWarning("cannot open %s: %s\n%s", qPrintable(database), qPrintable(db.lastError().text()),
            qPrintable(m_cluster.logTail()));
    return db;
}

QString TestPgCluster::freshDatabase(const QString &templateDb)
{
    QString error;
    const QString name = m_cluster.createDatabase(&error, templateDb);
    if (name.isEmpty())
        qWarning("createDatabase: %s", qPrintable(error));
    return name;
}

/** A fresh database prepared by setupSql through psql; empty (with a warning) on failure. */
QString TestPgCluster::databaseWith(const QString &setupSql)
{
    const QString name = freshDatabase();
    QString error;
    if (name.isEmpty() || !m_cluster.psql(name, setupSql, nullptr, &error)) {
        qWarning("setting up %s: %s", qPrintable(name), qPrintable(error));
        return {};
    }
    return name;
}

QString TestPgCluster::scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return QStringLiteral("<error>");
    }
    return query.value(0).toString();
}

void TestPgCluster::serverSettings_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::addRow("version 15") << "SELECT current_setting('server_version_num')::int / 10000"
                                << "15";
    QTest::addRow("no TCP") << "SHOW listen_addresses"
                            << "";
    QTest::addRow("fsync off") << "SHOW fsync"
                               << "off";
    QTest::addRow("commits survive a killed server") << "SHOW synchronous_commit"
                                                     << "on";
    QTest::addRow("full_page_writes off") << "SHOW full_page_writes"
                                          << "off";
    QTest::addRow("UTF-8") << "SHOW server_encoding"
                           << "UTF8";
    QTest::addRow("bootstrap role is superuser")
        << "SELECT current_user || ' ' || usesuper FROM pg_user WHERE usename = current_user"
        << "desk_owner true";
    QTest::addRow("pg_trgm available")
        << "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'"
        << "1";
}

void TestPgCluster::serverSettings()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    // The socket path is limited to 107 bytes.
    QVERIFY(m_cluster.socketDir().toUtf8().size() + int(sizeof("/.s.PGSQL.65535")) < 107);
    QVERIFY(QFileInfo::exists(
        QStringLiteral("%1/.s.PGSQL.%2").arg(m_cluster.socketDir()).arg(m_cluster.port())));
    QSqlDatabase db = connect(QStringLiteral("postgres"));
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QCOMPARE(scalar(db, sql), expected);
}

void TestPgCluster::uriConnects_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("expectedUser");
    QTest::addRow("bootstrap role") << m_cluster.superuser() << m_cluster.superuser();
    QTest::addRow("a staff login") << "nguyen_thi_lan"
                                   << "nguyen_thi_lan";
}

void TestPgCluster::uriConnects()
{
    QFETCH(QString, user);
    QFETCH(QString, expectedUser);
    const QString database
        = databaseWith(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                                      "rolname = 'nguyen_thi_lan') THEN CREATE ROLE "
                                      "nguyen_thi_lan LOGIN; END IF; END $$;"));
    QVERIFY(!database.isEmpty());

    const QString uri = m_cluster.uri(database, user);
    QCOMPARE(uri,
        QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
            .arg(user, database, m_cluster.socketDir())
            .arg(m_cluster.port()));
    QCOMPARE(m_cluster.uri(database),
        QStringLiteral("postgresql:///%1?host=%2&port=%3")
            .arg(database, m_cluster.socketDir())
            .arg(m_cluster.port()));
    // libpq itself (through psql) reads the URI: same database, socket and login.
    QProcess psql;
    psql.start(QStringLiteral("psql"),
        {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-c"),
            QStringLiteral("SELECT current_user || ' ' || current_database()"), uri});
    QVERIFY(psql.waitForFinished(30000));
    QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
    QCOMPARE(QString::fromUtf8(psql.readAllStandardOutput()).trimmed(),
        expectedUser + QLatin1Char(' ') + database);
    QVERIFY(m_cluster.dropDatabase(database));
}

void TestPgCluster::templateClonesAreIndependent()
{
    const QString templateDb
        = databaseWith(QStringLiteral("CREATE EXTENSION pg_trgm;"
                                      "CREATE TABLE cases (id bigint PRIMARY KEY, title text);"
                                      "CREATE INDEX cases_title ON cases USING gin (title "
                                      "gin_trgm_ops);"
                                      "INSERT INTO cases VALUES (1, 'Cấp đổi giấy phép lái xe');"));
    QVERIFY(!templateDb.isEmpty());

    QElapsedTimer timer;
    timer.start();
    const QString first = freshDatabase(templateDb);
    const qint64 cloneMs = timer.elapsed();
    const QString second = freshDatabase(templateDb);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QVERIFY(first != second);
    qInfo("createDatabase from a template: %lld ms", cloneMs);

    QSqlDatabase a = connect(first);
    QSqlDatabase b = connect(second);
    QVERIFY2(a.isOpen() && b.isOpen(), qPrintable(a.lastError().text() + b.lastError().text()));
    {
        QSqlQuery insert(a);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO cases VALUES (?, ?)")));
        insert.addBindValue(2);
        insert.addBindValue(QStringLiteral("Đăng ký khai sinh"));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM cases")), QStringLiteral("2"));
    QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM cases")), QStringLiteral("1"));
    // The extension and its index came along with the clone.
    QCOMPARE(
        scalar(b, QStringLiteral("SELECT similarity(title, 'giấy phép lái xe') > 0.3 FROM cases")),
        QStringLiteral("true"));
    QString output;
    QVERIFY(m_cluster.psql(templateDb, QStringLiteral("SELECT count(*) FROM cases"), &output));
    QCOMPARE(output, QStringLiteral("1"));

    a.close();
    b.close();
    for (const QString &name : {first, second, templateDb})
        QVERIFY(m_cluster.dropDatabase(name));
    QVERIFY(m_cluster.psql(QStringLiteral("postgres"),
        QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(first),
        &output));
    QCOMPARE(output, QStringLiteral("0"));
}

void TestPgCluster::secondConnectionSeesCommits_data()
{
    QTest::addColumn<bool>("inTransaction");
    QTest::addColumn<bool>("commit");
    QTest::addColumn<int>("visibleRows");
    QTest::addRow("autocommit") << false << false << 1;
    QTest::addRow("open transaction") << true << false << 0;
    QTest::addRow("committed transaction") << true << true << 1;
}

void TestPgCluster::secondConnectionSeesCommits()
{
    QFETCH(bool, inTransaction);
    QFETCH(bool, commit);
    QFETCH(int, visibleRows);
    const QString database = databaseWith(QStringLiteral("CREATE TABLE notes (body text)"));
    QVERIFY(!database.isEmpty());
    QSqlDatabase writer = connect(database);
    QSqlDatabase reader = connect(database);
    QVERIFY(writer.isOpen() && reader.isOpen());

    if (inTransaction)
        QVERIFY(writer.transaction());
    QSqlQuery insert(writer);
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO notes VALUES (?)")));
    insert.addBindValue(QStringLiteral("Công dân đã bổ sung hồ sơ"));
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    if (commit)
        QVERIFY(writer.commit());

    QCOMPARE(scalar(reader, QStringLiteral("SELECT count(*) FROM notes")).toInt(), visibleRows);
    if (visibleRows > 0)
        QCOMPARE(scalar(reader, QStringLiteral("SELECT body FROM notes")),
            QStringLiteral("Công dân đã bổ sung hồ sơ"));
    if (inTransaction && !commit)
        QVERIFY(writer.rollback());
}

void TestPgCluster::notificationFromAnotherConnection_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QString>("payload");
    QTest::addRow("NOTIFY statement")
        << "NOTIFY desk_changes, 'case 42'" << QVariantList() << "case 42";
    QTest::addRow("pg_notify with bound values")
        << "SELECT pg_notify(?, ?)"
        << QVariantList {QStringLiteral("desk_changes"), QStringLiteral("Lan đang trả lời 7")}
        << "Lan đang trả lời 7";
}

void TestPgCluster::notificationFromAnotherConnection()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QFETCH(QString, payload);
    QSqlDatabase listener = connect(QStringLiteral("postgres"));
    QSqlDatabase sender = connect(QStringLiteral("postgres"));
    QVERIFY(listener.isOpen() && sender.isOpen());
    QSqlDriver *driver = listener.driver();
    QSignalSpy spy(driver, &QSqlDriver::notification);
    QVERIFY(driver->subscribeToNotification(QStringLiteral("desk_changes")));
    QCOMPARE(driver->subscribedToNotifications(), QStringList {QStringLiteral("desk_changes")});

    // NOTIFY is a utility statement PostgreSQL cannot prepare; pg_notify() takes bound values.
    QSqlQuery notify(sender);
    if (values.isEmpty()) {
        QVERIFY2(notify.exec(sql), qPrintable(notify.lastError().text()));
    } else {
        QVERIFY(notify.prepare(sql));
        for (const QVariant &value : values)
            notify.addBindValue(value);
        QVERIFY2(notify.exec(), qPrintable(notify.lastError().text()));
    }

    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("desk_changes"));
    QCOMPARE(spy.at(0).at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
    QCOMPARE(spy.at(0).at(2).toString(), payload);
    QVERIFY(driver->unsubscribeFromNotification(QStringLiteral("desk_changes")));
}

void TestPgCluster::restartBreaksOpenConnection_data()
{
    QTest::addColumn<bool>("immediate");
    QTest::addRow("fast shutdown") << false;
    QTest::addRow("immediate shutdown (crash-like)") << true;
}

void TestPgCluster::restartBreaksOpenConnection()
{
    QFETCH(bool, immediate);
    QElapsedTimer timer;
    timer.start();
    const QString database = freshDatabase();
    QVERIFY(!database.isEmpty());
    qInfo("createDatabase (empty): %lld ms", timer.elapsed());
    QSqlDatabase db = connect(database);
    QVERIFY(db.isOpen());
    QSqlQuery setup(db);
    QVERIFY(setup.exec(QStringLiteral("CREATE TABLE drafts (body text)")));
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO drafts VALUES ('Kính gửi ông Minh')")));
    QVERIFY(db.driver()->subscribeToNotification(QStringLiteral("desk_changes")));

    QString error;
    QVERIFY2(m_cluster.stop(&error, immediate), qPrintable(error));
    QVERIFY(!m_cluster.isRunning());
    QVERIFY2(m_cluster.start(&error), qPrintable(error));

    // The old connection does not notice until it is used: its next query fails.
    QSqlQuery stale(db);
    QVERIFY(!stale.exec(QStringLiteral("SELECT count(*) FROM drafts")));
    QVERIFY(stale.lastError().isValid());

    // Reopening works, the committed row survived, and the subscriptions are gone: a desk has
    // to subscribe again and reload (notifications during the gap are lost).
    db.close();
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QVERIFY(db.driver()->subscribedToNotifications().isEmpty());
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT body FROM drafts")), QStringLiteral("Kính gửi ông Minh"));
    QVERIFY(db.driver()->subscribeToNotification(QStringLiteral("desk_changes")));
    // The cluster's own connection recovers as well.
    const QString next = freshDatabase();
    QVERIFY(!next.isEmpty());
    QVERIFY(m_cluster.dropDatabase(next));
}

void TestPgCluster::staleClusterOfDeadOwnerIsReaped()
{
    QProcess orphan;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(OrphanVariable), QStringLiteral("1"));
    orphan.setProcessEnvironment(environment);
    orphan.start(QCoreApplication::applicationFilePath(), QStringList());
    QVERIFY(orphan.waitForStarted(10000));
    QVERIFY(orphan.waitForReadyRead(60000));
    const QString line = QString::fromUtf8(orphan.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("folder /")), qPrintable(line));
    const QString folder = line.mid(7);
    QVERIFY(folder != m_cluster.socketDir());
    const qint64 postmaster = PgCluster::postmasterPid(folder + QStringLiteral("/data"));
    QVERIFY(PgCluster::processAlive(postmaster));

    // Its owner killed outright: the postmaster lives on, nobody stops it.
    orphan.kill();
    QVERIFY(orphan.waitForFinished(10000));
    QVERIFY(PgCluster::processAlive(postmaster));
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/owner")));

    // The next cluster start reaps it (our own cluster, of a living owner, is left alone).
    // Another test program starting its cluster right now may be the one that reaps it, so
    // the outcome is checked, not who did it.
    m_cluster.reapStale();
    QTRY_VERIFY_WITH_TIMEOUT(!PgCluster::processAlive(postmaster), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(folder), 10000);
    // Nothing of it stays, not even under the name a reaper claims it by.
    const QString suffix = folder.section(QLatin1Char('-'), -1);
    QTRY_VERIFY_WITH_TIMEOUT(
        QDir(QStringLiteral("/tmp")).entryList({QStringLiteral("dpg*-") + suffix}).isEmpty(),
        10000);
    QVERIFY(QFileInfo::exists(m_cluster.socketDir() + QStringLiteral("/data/postmaster.pid")));
    QString output;
    QVERIFY(m_cluster.psql(QStringLiteral("postgres"), QStringLiteral("SELECT 1"), &output));
    QCOMPARE(output, QStringLiteral("1"));
}

void TestPgCluster::backendFromEnvironment_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("backend");
    QTest::addRow("unset") << QByteArray() << "sqlite";
    QTest::addRow("sqlite") << QByteArray("sqlite") << "sqlite";
    QTest::addRow("postgres") << QByteArray("postgres") << "postgres";
    QTest::addRow("unknown kept for the fixture to refuse") << QByteArray("oracle") << "oracle";
}

void TestPgCluster::backendFromEnvironment()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, backend);
    // This program is registered as pgcluster and pgcluster_pg (desk_add_test BACKENDS): the
    // variable ctest set names one of the two.
    const QByteArray registered = qgetenv("DESK_TEST_BACKEND");
    QVERIFY2(registered.isEmpty() || registered == "sqlite" || registered == "postgres",
        registered.constData());
    if (value.isNull())
        qunsetenv("DESK_TEST_BACKEND");
    else
        qputenv("DESK_TEST_BACKEND", value);
    const QString actual = Desk::TestSupport::requestedBackend();
    if (registered.isEmpty())
        qunsetenv("DESK_TEST_BACKEND");
    else
        qputenv("DESK_TEST_BACKEND", registered);
    QCOMPARE(actual, backend);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(OrphanVariable))
        return runOrphan();
    TestPgCluster test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pgcluster.moc"
