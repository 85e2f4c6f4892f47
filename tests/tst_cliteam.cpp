// SPDX-License-Identifier: GPL-3.0-or-later
// `team-init` and `team-user` as administrators run them: the real advisory-desk-cli process
// against a real PostgreSQL 15 (tests/support/pgcluster.h) whose logins need their
// scram-sha-256 passwords; the owner connects through the socket as the bootstrap role.
#include "secrets/tokencipher.h"
#include "support/clifixtures.h"
#include "support/pgcluster.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

using namespace Desk::TestSupport;

namespace {

const QByteArray kLanPassword = "Lan-mật-khẩu-2026";

} // namespace

class TestCliTeam : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void teamInitPrintsTheKeyOnce();
    void teamUserAddListDisable();
    void refusedArguments_data();
    void refusedArguments();
    void failures_data();
    void failures();
    void certificateForAnotherName();
    void helpNamesTheExitCodes_data();
    void helpNamesTheExitCodes();

private:
    QString ownerUri(const QString &db) const { return m_cluster->uri(db, m_cluster->superuser()); }
    QString psql(const QString &db, const QString &sql);
    bool canSignIn(const QString &db, const QString &login, const QString &password);

    PgCluster *m_cluster = nullptr;
    QString m_db; // set up by teamInitPrintsTheKeyOnce, with Lan as staff
    int m_logins = 0;
};

QString TestCliTeam::psql(const QString &db, const QString &sql)
{
    QString output;
    QString error;
    if (!m_cluster->psql(db, sql, &output, &error)) {
        qWarning().noquote() << error;
    }
    return output;
}

bool TestCliTeam::canSignIn(const QString &db, const QString &login, const QString &password)
{
    bool ok = false;
    {
        QSqlDatabase connection
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("sign-in"));
        connection.setHostName(m_cluster->socketDir());
        connection.setPort(m_cluster->port());
        connection.setDatabaseName(db);
        connection.setUserName(login);
        connection.setPassword(password);
        ok = connection.open();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sign-in"));
    return ok;
}

void TestCliTeam::initTestCase()
{
    m_cluster = &PgCluster::shared();
    QString error;
    QVERIFY2(m_cluster->ensureStarted(&error), qPrintable(error));
    QVERIFY2(m_cluster->requirePasswords(&error), qPrintable(error));
}

void TestCliTeam::teamInitPrintsTheKeyOnce()
{
    QString error;
    m_db = m_cluster->createDatabase(&error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));

    const CliRun first
        = runCli({QStringLiteral("team-init"), QStringLiteral("--db"), ownerUri(m_db)});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QStringList keyLines = QString::fromUtf8(first.out)
                                     .split(QLatin1Char('\n'))
                                     .filter(QRegularExpression(QStringLiteral("^service-key: ")));
    QCOMPARE(keyLines.size(), 1);
    const auto key = Desk::Secrets::ServiceKey::fromText(keyLines.first().mid(13), &error);
    QVERIFY2(key, qPrintable(error));
    // The database keeps the fingerprint only: the key appears nowhere in it.
    const QString stored = psql(m_db,
        QStringLiteral("SELECT body FROM shared_documents WHERE name = "
                       "'service_key'"));
    QVERIFY2(stored.contains(QString::fromLatin1(key->fingerprint())), qPrintable(stored));
    QVERIFY(!stored.contains(key->toText()));
    QVERIFY(first.out.contains("desk_staff"));

    // Work happens; a second team-init changes none of it and shows no key.
    QVERIFY(!psql(m_db,
        QStringLiteral("INSERT INTO citizens(zalo_id, display_name) VALUES('c1', "
                       "'Lê Thị Mai'); SELECT count(*) FROM citizens"))
                 .isEmpty());
    const CliRun second
        = runCli({QStringLiteral("team-init"), QStringLiteral("--db"), ownerUri(m_db)});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY2(!second.out.contains("service-key"), second.out.constData());
    QVERIFY2(QString::fromUtf8(second.out).contains(QStringLiteral("đã được thiết lập")),
        second.out.constData());
    QCOMPARE(psql(m_db, QStringLiteral("SELECT count(*) FROM citizens")), QStringLiteral("1"));
    QCOMPARE(psql(m_db,
                 QStringLiteral("SELECT body FROM shared_documents WHERE name = "
                                "'service_key'")),
        stored);
}

void TestCliTeam::teamUserAddListDisable()
{
    QVERIFY(!m_db.isEmpty());
    const QStringList db {QStringLiteral("--db"), ownerUri(m_db)};
    const CliRun added = runCliWithInput(
        QStringList {QStringLiteral("team-user"), QStringLiteral("add"), QStringLiteral("lan"),
            QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("--role"),
            QStringLiteral("staff")}
            + db,
        kLanPassword + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(QString::fromUtf8(added.out).contains(QStringLiteral("Nguyễn Thị Lan")));
    const CliRun minh = runCliWithInput(
        QStringList {QStringLiteral("team-user"), QStringLiteral("add"), QStringLiteral("minh"),
            QStringLiteral("--name"), QStringLiteral("Trần Văn Minh"), QStringLiteral("--role"),
            QStringLiteral("supervisor")}
            + db,
        "Minh-mật-khẩu-2026\n");
    QVERIFY2(minh.exitCode == 0, minh.err.constData());
    QVERIFY(canSignIn(m_db, QStringLiteral("lan"), QString::fromUtf8(kLanPassword)));
    QVERIFY(!canSignIn(m_db, QStringLiteral("lan"), QStringLiteral("sai-mat-khau")));

    // The same login again: refused, nothing changed.
    const CliRun again
        = runCliWithInput(QStringList {QStringLiteral("team-user"), QStringLiteral("add"),
                              QStringLiteral("lan"), QStringLiteral("--name"), QStringLiteral("X"),
                              QStringLiteral("--role"), QStringLiteral("admin")}
                + db,
            "another-password-1\n");
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(QString::fromUtf8(again.err).contains(QStringLiteral("đã có")), again.err.constData());

    // Lan lists the team with her own password.
    const CliRun listed = runCliWithInput(
        {QStringLiteral("team-user"), QStringLiteral("list"), QStringLiteral("--json"),
            QStringLiteral("--db"), m_cluster->uri(m_db, QStringLiteral("lan")),
            QStringLiteral("--password-stdin")},
        kLanPassword + '\n');
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray people = parseArray(listed.out);
    QCOMPARE(people.size(), 2);
    QCOMPARE(
        people.at(0).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("lan"));
    QCOMPARE(
        people.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("staff"));
    QCOMPARE(people.at(0).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Nguyễn Thị Lan"));
    QVERIFY(people.at(0).toObject().value(QStringLiteral("active")).toBool());
    QCOMPARE(people.at(1).toObject().value(QStringLiteral("role")).toString(),
        QStringLiteral("supervisor"));

    // Lan may not add people: the database says so.
    const CliRun byStaff = runCliWithInput(
        {QStringLiteral("team-user"), QStringLiteral("add"), QStringLiteral("tuan"),
            QStringLiteral("--name"), QStringLiteral("Tuấn"), QStringLiteral("--role"),
            QStringLiteral("admin"), QStringLiteral("--db"),
            m_cluster->uri(m_db, QStringLiteral("lan")), QStringLiteral("--password-stdin")},
        "Tuan-mat-khau-2026\n" + kLanPassword + '\n');
    QCOMPARE(byStaff.exitCode, 9);
    QCOMPARE(psql(m_db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'tuan'")),
        QStringLiteral("0"));

    const CliRun disabled = runCli(
        QStringList {QStringLiteral("team-user"), QStringLiteral("disable"), QStringLiteral("lan")}
        + db);
    QVERIFY2(disabled.exitCode == 0, disabled.err.constData());
    QVERIFY(!canSignIn(m_db, QStringLiteral("lan"), QString::fromUtf8(kLanPassword)));
    const CliRun text
        = runCli(QStringList {QStringLiteral("team-user"), QStringLiteral("list")} + db);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QStringList lines
        = QString::fromUtf8(text.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("lan "))
            && lines.at(0).contains(QStringLiteral("đã khóa")),
        qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("Trần Văn Minh")), qPrintable(lines.at(1)));

    const CliRun unknown = runCli(QStringList {QStringLiteral("team-user"),
                                      QStringLiteral("disable"), QStringLiteral("ai-do")}
        + db);
    QCOMPARE(unknown.exitCode, 1);
}

void TestCliTeam::refusedArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    const QString db = QStringLiteral("--db");
    const QString uri = QStringLiteral("postgresql:///x?host=/tmp&port=5432");
    QTest::addRow("team-init without --db")
        << QStringList {QStringLiteral("team-init")} << QByteArray();
    QTest::addRow("team-init on an SQLite file") << QStringList {QStringLiteral("team-init"), db,
        QStringLiteral("/tmp/desk.sqlite")} << QByteArray();
    QTest::addRow("password in the address") << QStringList {QStringLiteral("team-init"), db,
        QStringLiteral("postgresql://a:secret@/x?host=/tmp")}
                                             << QByteArray();
    QTest::addRow("unknown action") << QStringList {QStringLiteral("team-user"),
        QStringLiteral("promote"), QStringLiteral("lan"), db, uri}
                                    << QByteArray();
    QTest::addRow("add without a role") << QStringList {QStringLiteral("team-user"),
        QStringLiteral("add"), QStringLiteral("lan"), QStringLiteral("--name"),
        QStringLiteral("Lan"), db, uri} << QByteArray("Lan-mat-khau-2026\n");
    QTest::addRow("add with an unknown role") << QStringList {QStringLiteral("team-user"),
        QStringLiteral("add"), QStringLiteral("lan"), QStringLiteral("--name"),
        QStringLiteral("Lan"), QStringLiteral("--role"), QStringLiteral("boss"), db, uri}
                                              << QByteArray("Lan-mat-khau-2026\n");
    QTest::addRow("add without a password") << QStringList {QStringLiteral("team-user"),
        QStringLiteral("add"), QStringLiteral("lan"), QStringLiteral("--name"),
        QStringLiteral("Lan"), QStringLiteral("--role"), QStringLiteral("staff"), db, uri}
                                            << QByteArray();
    QTest::addRow("add with a short password") << QStringList {QStringLiteral("team-user"),
        QStringLiteral("add"), QStringLiteral("lan"), QStringLiteral("--name"),
        QStringLiteral("Lan"), QStringLiteral("--role"), QStringLiteral("staff"), db, uri}
                                               << QByteArray("ngan\n");
    QTest::addRow("a login with quotes") << QStringList {QStringLiteral("team-user"),
        QStringLiteral("add"), QStringLiteral("lan\"x"), QStringLiteral("--name"),
        QStringLiteral("Lan"), QStringLiteral("--role"), QStringLiteral("staff"), db, uri}
                                         << QByteArray("Lan-mat-khau-2026\n");
    QTest::addRow("a group role's name") << QStringList {QStringLiteral("team-user"),
        QStringLiteral("disable"), QStringLiteral("desk_staff"), db, uri}
                                         << QByteArray();
    QTest::addRow("--password-stdin with nothing there") << QStringList {
        QStringLiteral("team-user"), QStringLiteral("list"), db, uri,
        QStringLiteral("--password-stdin")} << QByteArray();
}

void TestCliTeam::refusedArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const CliRun run = runCliWithInput(arguments, input);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("lỗi: "), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliTeam::failures_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("wrong password")
        << QStringLiteral("password") << 4 << QStringLiteral("từ chối tên đăng nhập hoặc mật khẩu");
    QTest::addRow("unreachable socket folder")
        << QStringLiteral("unreachable") << 3 << QStringLiteral("không trả lời");
    QTest::addRow("database of a newer version")
        << QStringLiteral("newer") << 8 << QStringLiteral("mới hơn đã nâng cấp");
    QTest::addRow("staff login runs team-init")
        << QStringLiteral("staff") << 9 << QStringLiteral("không có quyền");
    QTest::addRow("staff login runs team-init on a new database")
        << QStringLiteral("staff-new") << 9 << QStringLiteral("không có quyền");
    QTest::addRow("missing database")
        << QStringLiteral("missing") << 2 << QStringLiteral("không tồn tại");
}

void TestCliTeam::failures()
{
    QFETCH(QString, situation);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QString error;
    const QString db = m_cluster->createDatabase(&error);
    QVERIFY2(!db.isEmpty(), qPrintable(error));
    const CliRun init = runCli({QStringLiteral("team-init"), QStringLiteral("--db"), ownerUri(db)});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    // Roles belong to the whole server: one login per row.
    const QString login = QStringLiteral("staff%1").arg(++m_logins);
    const CliRun added = runCliWithInput(
        {QStringLiteral("team-user"), QStringLiteral("add"), login, QStringLiteral("--name"),
            QStringLiteral("Nhân viên"), QStringLiteral("--role"), QStringLiteral("staff"),
            QStringLiteral("--db"), ownerUri(db)},
        kLanPassword + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QString before = psql(db,
        QStringLiteral("SELECT md5(string_agg(body, '')) FROM "
                       "shared_documents"));

    QStringList arguments {QStringLiteral("team-init"), QStringLiteral("--db")};
    QByteArray input;
    QString empty; // a database nobody has set up
    if (situation == QLatin1String("password")) {
        arguments << m_cluster->uri(db, login) << QStringLiteral("--password-stdin");
        input = "sai-mat-khau\n";
    } else if (situation == QLatin1String("unreachable")) {
        QTemporaryDir empty(QStringLiteral("/tmp/dpx-XXXXXX"));
        arguments << QStringLiteral("postgresql://desk_owner@/%1?host=%2&port=5432")
                         .arg(db, empty.path());
    } else if (situation == QLatin1String("newer")) {
        psql(db, QStringLiteral("UPDATE schema_version SET version = 99"));
        arguments << ownerUri(db);
    } else if (situation == QLatin1String("staff")) {
        arguments << m_cluster->uri(db, login) << QStringLiteral("--password-stdin");
        input = kLanPassword + '\n';
    } else if (situation == QLatin1String("staff-new")) {
        empty = m_cluster->createDatabase(&error);
        QVERIFY2(!empty.isEmpty(), qPrintable(error));
        arguments << m_cluster->uri(empty, login) << QStringLiteral("--password-stdin");
        input = kLanPassword + '\n';
    } else {
        arguments << ownerUri(db + QStringLiteral("_none"));
    }
    const CliRun run = runCliWithInput(arguments, input);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!run.out.contains("service-key"));
    // Nothing half-written: the recorded key and the version stay.
    if (situation != QLatin1String("missing")) {
        QCOMPARE(psql(db, QStringLiteral("SELECT md5(string_agg(body, '')) FROM shared_documents")),
            before);
    }
    if (!empty.isEmpty()) {
        // The refused migration left no table behind.
        QCOMPARE(psql(empty,
                     QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                    "'public'")),
            QStringLiteral("0"));
        m_cluster->dropDatabase(empty);
    }
    m_cluster->dropDatabase(db);
}

void TestCliTeam::certificateForAnotherName()
{
    // A real TLS server whose certificate names another host than the one dialled.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=desk-db.invalid"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:desk-db.invalid"),
            QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
            QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
        openssl.readAllStandardError().constData());
    QString error;
    QVERIFY2(m_cluster->listenWithTls(dir.filePath(QStringLiteral("cert.pem")),
                 dir.filePath(QStringLiteral("key.pem")), &error),
        qPrintable(error));
    const QString db = m_cluster->createDatabase(&error);
    QVERIFY2(!db.isEmpty(), qPrintable(error));
    const QString address
        = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=%4&sslrootcert=%5")
              .arg(m_cluster->superuser())
              .arg(m_cluster->port())
              .arg(db);
    const QString rootCert = dir.filePath(QStringLiteral("cert.pem"));

    const CliRun refused = runCli({QStringLiteral("team-init"), QStringLiteral("--db"),
        address.arg(QStringLiteral("verify-full"), rootCert)});
    QVERIFY2(refused.exitCode == 7, refused.err.constData());
    QVERIFY2(QString::fromUtf8(refused.err).contains(QStringLiteral("chứng chỉ")),
        refused.err.constData());
    QCOMPARE(psql(db, QStringLiteral("SELECT to_regclass('cases') IS NULL")), QStringLiteral("t"));

    // The same server, the same certificate, checked for the CA only: it works over TLS.
    const CliRun encrypted = runCli({QStringLiteral("team-init"), QStringLiteral("--db"),
        address.arg(QStringLiteral("verify-ca"), rootCert)});
    QVERIFY2(encrypted.exitCode == 0, encrypted.err.constData());
    QVERIFY(encrypted.out.contains("service-key: "));
}

void TestCliTeam::helpNamesTheExitCodes_data()
{
    QTest::addColumn<QString>("command");
    QTest::addRow("team-init") << QStringLiteral("team-init");
    QTest::addRow("team-user") << QStringLiteral("team-user");
}

void TestCliTeam::helpNamesTheExitCodes()
{
    QFETCH(QString, command);
    const CliRun run = runCli({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("--db")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Mã thoát")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("9 ")), qPrintable(text));
}

DESK_TEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cliteam.moc"
