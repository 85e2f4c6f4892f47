// SPDX-License-Identifier: GPL-3.0-or-later
// A throw-away PostgreSQL 15 server for the tests (team-mode.md §7): initdb + pg_ctl in a short
// folder under /tmp, reachable only through its Unix socket (no TCP, so no port search and no
// clash between test programs run in parallel), trust authentication, durability off for speed.
// One server per test process (PgCluster::shared()), one database per test cloned from a template.
// initdb refuses to run as root, and CI runs as root: then the server programs run as the
// `postgres` user through runuser and the folder is handed to that user; the test process itself
// connects as the cluster's bootstrap role through the socket either way.
// A test that crashes or is killed leaves its postmaster behind: every start first reaps the
// clusters whose owner process is gone (the owner is written into each folder).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace Desk::TestSupport {

/** Outcome of one helper program run with a deadline. */
struct PgRun
{
    bool ok = false;
    QString output;
    QString error;
};

/** The backend a store test runs on: "postgres" when ctest registered it as <unit>_pg
 *  (desk_add_test BACKENDS, DESK_TEST_BACKEND=postgres), else "sqlite"; an unknown value is
 *  returned as is so the fixture can refuse it. */
inline QString requestedBackend()
{
    const QString value = qEnvironmentVariable("DESK_TEST_BACKEND").trimmed();
    return value.isEmpty() ? QStringLiteral("sqlite") : value;
}

class PgCluster
{
public:
    static constexpr const char *FolderPrefix = "dpg-";

    PgCluster() = default;
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;
    /** Stops the server (immediate) and removes its folder: the normal end of a test process. */
    ~PgCluster() { shutDown(); }

    /** The test process's one cluster: started on first ensureStarted(), stopped at exit. */
    static PgCluster &shared()
    {
        static PgCluster cluster;
        return cluster;
    }

    /** Creates and starts the cluster unless it runs already; reaps stale clusters first. */
    bool ensureStarted(QString *error)
    {
        if (m_running)
            return true;
        if (!m_folder.isEmpty())
            return start(error);
        if (!locateBinaries(error))
            return false;
#ifdef Q_OS_LINUX
        // pg_ctl exits once the server runs, orphaning the postmaster; it would become a child
        // (and, once stopped, a zombie) of PID 1, which in a container may never reap it. As
        // subreaper this process adopts it and reaps it after stop().
        ::prctl(PR_SET_CHILD_SUBREAPER, 1);
#endif
        reapStale();
        if (!createFolder(error))
            return false;
        QElapsedTimer timer;
        timer.start();
        const PgRun init = runServerTool(QStringLiteral("initdb"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), superuser(),
                QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync"),
                QStringLiteral("--no-instructions")},
            120000);
        m_initdbMs = timer.elapsed();
        if (!init.ok)
            return fail(error, QStringLiteral("initdb failed: %1").arg(init.error));
        return start(error);
    }

    QString socketDir() const
    {
        return m_folder;
    }
    int port() const
    {
        return m_port;
    }
    QString superuser() const
    {
        return QStringLiteral("desk_owner");
    }
    bool isRunning() const
    {
        return m_running;
    }
    /** How long initdb and the last start took (ms), for the figures in reports. */
    qint64 initdbMs() const
    {
        return m_initdbMs;
    }
    qint64 startMs() const
    {
        return m_startMs;
    }

    /** A fresh, uniquely named database, empty or cloned from templateDb; returns its name.
     *  PostgreSQL copies a template only while nobody is connected to it (it waits 5 s for
     *  sessions to leave): close the connections to a template before cloning it. */
    QString createDatabase(QString *error, const QString &templateDb = {})
    {
        const QString name
            = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_databases);
        // FILE_COPY: with fsync off its checkpoint is cheap, and it copies a migrated template
        // faster than WAL_LOG (0.2 s against 0.3-0.4 s for 40 indexed tables, measured here).
        QString sql
            = QStringLiteral("CREATE DATABASE %1 STRATEGY = FILE_COPY").arg(quoteIdentifier(name));
        if (!templateDb.isEmpty())
            sql += QStringLiteral(" TEMPLATE %1").arg(quoteIdentifier(templateDb));
        if (!adminExec(sql, error))
            return {};
        return name;
    }

    /** Drops a database, closing any connection still open on it. */
    bool dropDatabase(const QString &name)
    {
        return adminExec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdentifier(name)),
            nullptr);
    }

    /** postgresql:///NAME?host=SOCKETDIR&port=PORT, or postgresql://USER@/NAME?... . Without a
     *  user libpq takes the OS login name (root in CI), which has no role here: pass superuser()
     *  or a login the test created. */
    QString uri(const QString &database, const QString &user = {}) const
    {
        const QByteArray safe("/");
        QString text = QStringLiteral("postgresql://");
        if (!user.isEmpty())
            text += QString::fromLatin1(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
        return text
            + QStringLiteral("/%1?host=%2&port=%3")
                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(database)),
                      QString::fromLatin1(QUrl::toPercentEncoding(m_folder, safe)))
                  .arg(m_port);
    }

    /** Runs sql through psql -v ON_ERROR_STOP=1 (as superuser() unless user is given); output
     *  gets the rows unaligned, fields separated by '|', without headers. */
    bool psql(const QString &database, const QString &sql, QString *output = nullptr,
        QString *error = nullptr, const QString &user = {})
    {
        if (!m_running)
            return fail(error, QStringLiteral("the PostgreSQL test cluster is not running"));
        QProcess process;
        const PgRun run = runProcess(process, tool(QStringLiteral("psql")),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                m_folder, QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                user.isEmpty() ? superuser() : user, QStringLiteral("-d"), database,
                QStringLiteral("-f"), QStringLiteral("-")},
            60000, sql.toUtf8());
        if (output)
            *output = run.output.trimmed();
        if (!run.ok)
            return fail(error, QStringLiteral("psql failed: %1").arg(run.error));
        return true;
    }

    /**
     * From now on every login but superuser() signs in with its scram-sha-256 password on the
     * socket (the bootstrap role keeps trust, so psql() and the fixtures work unchanged);
     * rewrites pg_hba.conf and reloads the server. For the tests of wrong passwords and of
     * logins made by `team-user add`.
     */
    bool requirePasswords(QString *error = nullptr)
    {
        if (!m_running)
            return fail(error, QStringLiteral("the PostgreSQL test cluster is not running"));
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(error, QStringLiteral("cannot write %1").arg(hba.fileName()));
        hba.write(QStringLiteral("local all %1 trust\nlocal all all scram-sha-256\n")
                      .arg(superuser())
                      .toUtf8());
        hba.close();
        if (!psql(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"), nullptr,
                error))
            return false;
        // The postmaster reloads on SIGHUP, a moment after the call returns; sessions forked
        // before that still see trust.
        QThread::msleep(300);
        return true;
    }

    /**
     * Restarts the server also listening on TCP 127.0.0.1:port() with TLS from the given
     * certificate and key (copied into the cluster's folder for the server's user); the socket
     * stays as it was. For the tests of a certificate that does not match the server's name.
     */
    bool listenWithTls(const QString &certFile, const QString &keyFile, QString *error = nullptr)
    {
        const QString cert = m_folder + QStringLiteral("/server.crt");
        const QString key = m_folder + QStringLiteral("/server.key");
        QFile::remove(cert);
        QFile::remove(key);
        if (!QFile::copy(certFile, cert) || !QFile::copy(keyFile, key))
            return fail(error, QStringLiteral("cannot copy the certificate into %1").arg(m_folder));
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
#ifdef Q_OS_UNIX
        if (runningAsRoot()) {
            const struct passwd *pw = ::getpwnam("postgres");
            for (const QString &file : {cert, key}) {
                if (!pw
                    || ::chown(QFile::encodeName(file).constData(), pw->pw_uid, pw->pw_gid) != 0)
                    return fail(error, QStringLiteral("cannot hand %1 to postgres").arg(file));
            }
        }
#endif
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::Append))
            return fail(error, QStringLiteral("cannot write %1").arg(hba.fileName()));
        hba.write(QStringLiteral("hostssl all %1 127.0.0.1/32 trust\nhostssl all all 127.0.0.1/32 "
                                 "scram-sha-256\n")
                      .arg(superuser())
                      .toUtf8());
        hba.close();
        m_extraOptions
            = QStringLiteral(" -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=%1 "
                             "-c ssl_key_file=%2")
                  .arg(cert, key);
        return restart(error);
    }

    /** Stops the server; immediate = crash-like (no checkpoint, connections cut at once). */
    bool stop(QString *error, bool immediate = false)
    {
        if (!m_running)
            return true;
        const PgRun run = runServerTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("-t"),
                QStringLiteral("60"), QStringLiteral("-m"),
                immediate ? QStringLiteral("immediate") : QStringLiteral("fast"),
                QStringLiteral("stop")},
            90000);
        if (!run.ok)
            return fail(error, QStringLiteral("pg_ctl stop failed: %1").arg(run.error));
        m_running = false;
        reapChild(m_postmaster);
        m_postmaster = 0;
        return true;
    }

    /** Starts the (initialised, stopped) server on its socket folder and port. */
    bool start(QString *error)
    {
        if (m_running)
            return true;
        if (m_folder.isEmpty())
            return fail(error, QStringLiteral("the PostgreSQL test cluster was never created"));
        // fsync and full_page_writes off: only an OS crash could lose data, and a test cluster
        // does not survive that anyway. synchronous_commit stays on (unlike team-mode.md §7):
        // with fsync off it costs a write to the page cache per commit, and without it an
        // immediate stop or a killed postmaster loses the last commits, which the restart tests
        // of the desk and the service must not see.
        const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off "
                                               "-c full_page_writes=off")
                                    .arg(m_folder)
                                    .arg(m_port)
            + m_extraOptions;
        QElapsedTimer timer;
        timer.start();
        const PgRun run = runServerTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("-t"),
                QStringLiteral("60"), QStringLiteral("-l"), logFile(), QStringLiteral("-o"),
                options, QStringLiteral("start")},
            90000);
        m_startMs = timer.elapsed();
        if (!run.ok)
            return fail(
                error, QStringLiteral("pg_ctl start failed: %1\n%2").arg(run.error, logTail()));
        m_running = true;
        m_postmaster = postmasterPid(dataDir());
        return true;
    }

    bool restart(QString *error)
    {
        return stop(error) && start(error);
    }

    /** The last lines of the server log, for failure messages. */
    QString logTail(int lines = 30) const
    {
        QFile file(logFile());
        if (m_folder.isEmpty() || !file.open(QIODevice::ReadOnly))
            return {};
        const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        return all.mid(qMax(0, all.size() - lines - 1)).join(QLatin1Char('\n'));
    }

    /** The running postmaster of a data folder (started on the path startedOn when the folder
     *  was renamed since), 0 when none. The pid in a stale postmaster.pid
     *  may belong to another process by now (another test's server even): it counts only while
     *  that process is alive and runs on this folder, so nobody else is ever signalled. */
    static qint64 postmasterPid(const QString &dataFolder, const QString &startedOn = {})
    {
        QFile file(dataFolder + QStringLiteral("/postmaster.pid"));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const qint64 pid = file.readLine().trimmed().toLongLong();
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!processAlive(pid) || !cmdline.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> arguments = cmdline.readAll().split('\0');
        return arguments.contains(QFile::encodeName(startedOn.isEmpty() ? dataFolder : startedOn))
            ? pid
            : 0;
    }

    /** True while process pid runs (a zombie waiting to be reaped counts as gone). */
    static bool processAlive(qint64 pid)
    {
        if (pid <= 0)
            return false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_LINUX)
        return ::kill(pid_t(pid), 0) == 0 || errno == EPERM; // no /proc: zombies count as alive
#elif !defined(Q_OS_UNIX)
        return false; // the test servers are Linux programs; Windows builds never start one
#endif
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = stat.readAll();
        const int close = text.lastIndexOf(')');
        return close > 0 && text.size() > close + 2 && text.at(close + 2) != 'Z';
    }

    /** Stops and removes the clusters under /tmp whose owner process is gone; returns how many.
     *  Several test programs run at once and each reaps when it starts: a reaper first claims a
     *  folder by renaming it to dpg.reap-REAPERPID-SUFFIX (one rename wins), so no two delete
     *  the same files; a claim whose reaper died is taken over. */
    int reapStale()
    {
        if (!locateBinaries(nullptr))
            return 0;
        int reaped = 0;
        const QDir tmp(baseDir());
        const QString claimPrefix = QStringLiteral("dpg.reap-");
        const QStringList folders
            = tmp.entryList({QString::fromLatin1(FolderPrefix) + '*', claimPrefix + '*'},
                QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : folders) {
            const QString folder = tmp.filePath(name);
            QString suffix;
            if (name.startsWith(claimPrefix)) {
                const QString rest = name.mid(claimPrefix.size());
                const int dash = rest.indexOf(QLatin1Char('-'));
                if (dash <= 0 || processAlive(rest.left(dash).toLongLong()))
                    continue; // a reaper at work
                suffix = rest.mid(dash + 1);
            } else {
                if (folder == m_folder || ownerAlive(folder))
                    continue;
                suffix = name.mid(int(qstrlen(FolderPrefix)));
            }
            // The server runs with the folder's first name on its command line.
            const QString original = tmp.filePath(QString::fromLatin1(FolderPrefix) + suffix)
                + QStringLiteral("/data");
            const qint64 pid = postmasterPid(folder + QStringLiteral("/data"), original);
            const QString claimed = tmp.filePath(claimPrefix
                + QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(suffix));
            if (!QDir().rename(folder, claimed))
                continue; // another reaper was first (or the folder is not ours to take)
            if (pid > 0) {
                // Only a live server of this folder is stopped; otherwise the folder just goes.
                runServerTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), claimed + QStringLiteral("/data"), QStringLiteral("-w"),
                        QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-m"),
                        QStringLiteral("immediate"), QStringLiteral("stop")},
                    45000);
                killLeftover(pid);
                reapChild(pid);
            }
            if (QDir(claimed).removeRecursively())
                ++reaped;
        }
        return reaped;
    }

private:
    static QString baseDir()
    {
        return QStringLiteral("/tmp");
    }
    QString dataDir() const
    {
        return m_folder + QStringLiteral("/data");
    }
    QString logFile() const
    {
        return m_folder + QStringLiteral("/server.log");
    }
    QString tool(const QString &name) const
    {
        return m_binDir + QLatin1Char('/') + name;
    }

    /** Runs a statement on the cluster's own connection to the postgres database (a psql
     *  process per database would cost ~0.1 s per test). After a restart that connection is
     *  dead: it is reopened once. Use from the thread that first created a database. */
    bool adminExec(const QString &sql, QString *error)
    {
        if (!m_running)
            return fail(error, QStringLiteral("the PostgreSQL test cluster is not running"));
        const QString connection = QStringLiteral("pgcluster-admin-%1").arg(quintptr(this));
        QString lastError;
        for (int attempt = 0; attempt < 2; ++attempt) {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            if (!db.isValid()) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
                db.setHostName(m_folder);
                db.setPort(m_port);
                db.setUserName(superuser());
                db.setDatabaseName(QStringLiteral("postgres"));
            }
            if (!db.isOpen() && !db.open())
                return fail(error,
                    QStringLiteral("cannot connect to the PostgreSQL test "
                                   "cluster: %1\n%2")
                        .arg(db.lastError().text(), logTail()));
            QSqlQuery query(db);
            if (query.exec(sql))
                return true;
            lastError = query.lastError().text();
            if (db.isOpen() && query.exec(QStringLiteral("SELECT 1")))
                break; // the connection works: the statement itself was refused
            query.clear();
            db.close();
        }
        return fail(error, QStringLiteral("%1: %2").arg(sql, lastError));
    }

    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    static QString quoteIdentifier(const QString &name)
    {
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }

    /** The first port from `first` (within 20000..31999) that 127.0.0.1 can bind now. */
    static int freeLoopbackPort(int first)
    {
#ifdef Q_OS_UNIX
        for (int step = 0; step < 12000; ++step) {
            const int port = 20000 + (first - 20000 + step) % 12000;
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            if (fd < 0)
                return first;
            sockaddr_in address {};
            address.sin_family = AF_INET;
            address.sin_port = htons(static_cast<quint16>(port));
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            const bool bound
                = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
            ::close(fd);
            if (bound)
                return port;
        }
#endif // no test server on Windows (tests/CMakeLists.txt)
        return first;
    }

    static bool runningAsRoot()
    {
#ifdef Q_OS_UNIX
        return ::geteuid() == 0;
#else
        return false;
#endif
    }

    /** Debian keeps the server programs off PATH, in the version's bin folder. */
    bool locateBinaries(QString *error)
    {
        if (!m_binDir.isEmpty())
            return true;
        QStringList candidates {QStringLiteral("/usr/lib/postgresql/15/bin")};
        const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
        if (!pgConfig.isEmpty()) {
            QProcess process;
            const PgRun run = runProcess(process, pgConfig, {QStringLiteral("--bindir")}, 10000);
            if (run.ok)
                candidates << run.output.trimmed();
        }
        QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
            [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &version : versions)
            candidates << QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
        for (const QString &dir : candidates) {
            const bool complete = QFileInfo(dir + QStringLiteral("/initdb")).isExecutable()
                && QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable()
                && QFileInfo(dir + QStringLiteral("/psql")).isExecutable();
            if (complete) {
                m_binDir = dir;
                break;
            }
        }
        if (m_binDir.isEmpty())
            return fail(error,
                QStringLiteral("PostgreSQL server programs (initdb, pg_ctl, psql) not "
                               "found in /usr/lib/postgresql/*/bin: run tools/setup.sh"));
        if (runningAsRoot()) {
            m_runuser = QStandardPaths::findExecutable(
                QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
            if (m_runuser.isEmpty())
                m_runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
#ifdef Q_OS_UNIX
            if (m_runuser.isEmpty() || !::getpwnam("postgres")) {
                m_binDir.clear();
                return fail(error,
                    QStringLiteral("running as root needs runuser and the postgres user "
                                   "(initdb refuses root): run tools/setup.sh"));
            }
#endif
        }
        return true;
    }

    /** A short folder (the socket path must stay under 107 bytes) owned by whoever runs the
     *  server, with this process written in as its owner for the reaper. */
    bool createFolder(QString *error)
    {
#ifdef Q_OS_UNIX
        QByteArray pattern
            = QFile::encodeName(baseDir() + QLatin1Char('/') + QString::fromLatin1(FolderPrefix))
            + "XXXXXX";
        if (!::mkdtemp(pattern.data()))
            return fail(error, QStringLiteral("cannot create a folder under %1").arg(baseDir()));
        m_folder = QFile::decodeName(pattern);
        // The socket sits in the folder and the port names it (.s.PGSQL.PORT); it varies by
        // process so a stray connection never finds another test's server by default. The same
        // number is the TCP port once listenWithTls() opens 127.0.0.1, and PostgreSQL cannot
        // tell the two apart, so it is taken below Linux's ephemeral range (32768+, where
        // every outgoing connection's local end lives) and only when nothing holds it now.
        m_port = freeLoopbackPort(20000 + int(::getpid() % 12000));
        QFile owner(m_folder + QStringLiteral("/owner"));
        if (!owner.open(QIODevice::WriteOnly)
            || owner.write(QByteArray::number(::getpid()) + ' ' + processStart(::getpid())) <= 0) {
            return fail(error, QStringLiteral("cannot write %1").arg(owner.fileName()));
        }
        owner.close();
        // Others may traverse to the socket; the data folder itself is 0700 (initdb).
        QFile::setPermissions(m_folder,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        if (runningAsRoot()) {
            const struct passwd *pw = ::getpwnam("postgres");
            if (!pw || ::chown(pattern.constData(), pw->pw_uid, pw->pw_gid) != 0)
                return fail(
                    error, QStringLiteral("cannot hand %1 to the postgres user").arg(m_folder));
        }
        if (socketDir().toUtf8().size() + 20 > 107)
            return fail(error, QStringLiteral("socket folder %1 is too long").arg(m_folder));
        return true;
#else
        return fail(error, QStringLiteral("the PostgreSQL test cluster needs a Unix system"));
#endif
    }

    /** The start time of a process (field 22 of /proc/PID/stat), so a reused pid is no owner. */
    static QByteArray processStart(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return {};
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return fields.size() > 19 ? fields.at(19) : QByteArray();
    }

    /** A folder's owner still runs. A folder without owner file counts as owned for a minute:
     *  its creator writes the file right after mkdtemp. */
    static bool ownerAlive(const QString &folder)
    {
        QFile owner(folder + QStringLiteral("/owner"));
        if (!owner.open(QIODevice::ReadOnly)) {
            const QDateTime modified = QFileInfo(folder).lastModified();
            return modified.secsTo(QDateTime::currentDateTime()) < 60;
        }
        const QList<QByteArray> fields = owner.readAll().trimmed().split(' ');
        const qint64 pid = fields.value(0).toLongLong();
        return processAlive(pid) && processStart(pid) == fields.value(1);
    }

    /** A postmaster that pg_ctl could not stop (its folder half gone): SIGQUIT (immediate
     *  shutdown), then SIGKILL. */
    static void killLeftover(qint64 pid)
    {
#ifdef Q_OS_UNIX
        if (!processAlive(pid))
            return;
        ::kill(pid_t(pid), SIGQUIT);
        QElapsedTimer timer;
        timer.start();
        while (processAlive(pid) && timer.elapsed() < 5000)
            QThread::msleep(20);
        if (processAlive(pid))
            ::kill(pid_t(pid), SIGKILL);
#else
        Q_UNUSED(pid);
#endif
    }

    /** Collects the exit status of an adopted postmaster (see ensureStarted); for a process
     *  that is not this one's child waitpid fails at once. */
    static void reapChild(qint64 pid)
    {
#ifdef Q_OS_UNIX
        if (pid <= 0)
            return;
        QElapsedTimer timer;
        timer.start();
        while (::waitpid(pid_t(pid), nullptr, WNOHANG) == 0 && timer.elapsed() < 10000)
            QThread::msleep(10);
#else
        Q_UNUSED(pid);
#endif
    }

    /** initdb and pg_ctl: as the postgres user when root (initdb refuses root), from the
     *  folder so a cwd the postgres user cannot read does not matter. */
    PgRun runServerTool(const QString &name, const QStringList &arguments, int timeoutMs)
    {
        QProcess process;
        if (!m_folder.isEmpty())
            process.setWorkingDirectory(m_folder);
        else
            process.setWorkingDirectory(baseDir());
        if (runningAsRoot()) {
            return runProcess(process, m_runuser,
                QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                    tool(name)}
                    + arguments,
                timeoutMs);
        }
        return runProcess(process, tool(name), arguments, timeoutMs);
    }

    /** Runs a program to its end within timeoutMs; on timeout it is killed and waited for, so
     *  no zombie stays behind. */
    static PgRun runProcess(QProcess &process, const QString &program, const QStringList &arguments,
        int timeoutMs, const QByteArray &input = {})
    {
        PgRun result;
        process.start(program, arguments);
        if (!process.waitForStarted(10000)) {
            result.error
                = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
            return result;
        }
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        const bool finished = process.waitForFinished(timeoutMs);
        if (!finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.output = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
        result.ok
            = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (!finished)
            result.error = QStringLiteral("%1 timed out after %2 ms; %3")
                               .arg(QFileInfo(program).fileName())
                               .arg(timeoutMs)
                               .arg(err);
        else if (!result.ok)
            result.error = QStringLiteral("%1 exited with %2: %3")
                               .arg(QFileInfo(program).fileName())
                               .arg(process.exitCode())
                               .arg(err.isEmpty() ? result.output.trimmed() : err);
        return result;
    }

    void shutDown()
    {
        if (m_folder.isEmpty())
            return;
        const qint64 pid = postmasterPid(dataDir());
        stop(nullptr, true);
        killLeftover(pid);
        reapChild(pid);
        QDir(m_folder).removeRecursively();
        m_folder.clear();
    }

    QString m_binDir;
    QString m_runuser;
    QString m_folder;
    QString m_extraOptions; // listenWithTls()
    int m_port = 0;
    int m_databases = 0;
    qint64 m_postmaster = 0;
    bool m_running = false;
    qint64 m_initdbMs = 0;
    qint64 m_startMs = 0;
};

} // namespace Desk::TestSupport
