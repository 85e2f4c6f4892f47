// SPDX-License-Identifier: GPL-3.0-or-later
// The team's OA service as it runs for real: a throw-away PostgreSQL 15 set up with team-init and
// team-user, two `serve` processes (one active, one standby) and three staff profiles joined with
// their logins, all real advisory-desk-cli processes talking HTTP to the Zalo OA simulator.
// The active service is killed with SIGKILL 50 times while the staff queue replies: the standby
// takes over every time (within 15 s), and every reply reaches the citizen exactly once.
#include "sim/simulatorhost.h"
#include "support/clifixtures.h"
#include "support/pgcluster.h"
#include "support/testmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <memory>

#include <signal.h>

using Desk::Sim::SimConfig;
using Desk::Sim::SimulatorHost;
using namespace Desk::TestSupport;

namespace {

constexpr int kKills = 50;
constexpr qint64 kTakeoverLimitMs = 15000;

const QStringList kStaff {QStringLiteral("lan"), QStringLiteral("minh"), QStringLiteral("hoa")};

} // namespace

class TestTeamService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void serviceWithoutCredentialsRefusesToStart();
    void standbyTakesOverAndEveryReplyGoesOnce();
    void attachmentTravelsInTheTeamDatabase();

private:
    QString profile(const QString &name) const { return m_tmp.filePath(name); }
    QString ownerUri() const { return m_cluster->uri(m_database, m_cluster->superuser()); }
    /** The team database's one value for `sql` (as its owner). */
    QString value(const QString &sql) const;
    bool join(const QString &name, const QString &login, bool service);
    std::unique_ptr<QProcess> startServe(const QString &name);
    /** Waits until the lease names a generation above `after`; its holder's pid. */
    qint64 waitForActive(qint64 after, qint64 *generation, int timeoutMs);

    QTemporaryDir m_tmp;
    PgCluster *m_cluster = nullptr;
    QString m_database;
    QString m_serviceKey;
    SimulatorHost m_sim;
};

QString TestTeamService::value(const QString &sql) const
{
    QString output;
    m_cluster->psql(m_database, sql, &output);
    return output.trimmed();
}

bool TestTeamService::join(const QString &name, const QString &login, bool service)
{
    QByteArray input = QByteArrayLiteral("mat-khau-") + login.toUtf8() + '\n';
    if (service) {
        input += m_serviceKey.toUtf8() + '\n';
    }
    // The services keep their secrets in a 0600 file (a headless host); the staff in the real
    // keychain (the test runs inside tools/with-keyring.sh).
    QStringList arguments {QStringLiteral("join"), QStringLiteral("--profile"), profile(name),
        QStringLiteral("--db"), m_cluster->uri(m_database), QStringLiteral("--user"), login};
    if (service) {
        arguments << QStringLiteral("--secrets-file") << profile(name + QStringLiteral(".secrets"));
    }
    const CliRun run = runCliWithInput(arguments, input);
    if (run.exitCode != 0) {
        qWarning("join %s: exit %d: %s", qPrintable(login), run.exitCode, run.err.constData());
    }
    return run.exitCode == 0;
}

void TestTeamService::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(DESK_CLI_PATH)));
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run through tools/with-keyring.sh: staff profiles keep their password in the keychain");
    QVERIFY(m_tmp.isValid());
    m_cluster = &PgCluster::shared();
    QString error;
    QVERIFY2(m_cluster->ensureStarted(&error), qPrintable(error));
    m_database = m_cluster->createDatabase(&error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));

    const CliRun init = runCli({QStringLiteral("team-init"), QStringLiteral("--db"), ownerUri()});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const QRegularExpressionMatch key = QRegularExpression(
        QStringLiteral("^service-key: (\\S+)$"), QRegularExpression::MultilineOption)
                                            .match(QString::fromUtf8(init.out));
    QVERIFY2(key.hasMatch(), init.out.constData());
    m_serviceKey = key.captured(1);

    const auto addUser = [this](const QString &login, const QString &name, const QString &role) {
        return runCliWithInput(
            {QStringLiteral("team-user"), QStringLiteral("add"), login, QStringLiteral("--name"),
                name, QStringLiteral("--role"), role, QStringLiteral("--db"), ownerUri()},
            QByteArrayLiteral("mat-khau-") + login.toUtf8() + '\n')
            .exitCode;
    };
    QCOMPARE(addUser(QStringLiteral("oa_service"), QStringLiteral("Dịch vụ OA"),
                 QStringLiteral("service")),
        0);
    QCOMPARE(
        addUser(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("staff")),
        0);
    QCOMPARE(
        addUser(QStringLiteral("minh"), QStringLiteral("Trần Văn Minh"), QStringLiteral("staff")),
        0);
    QCOMPARE(
        addUser(QStringLiteral("hoa"), QStringLiteral("Lê Thị Hoa"), QStringLiteral("supervisor")),
        0);

    QVERIFY(join(QStringLiteral("service-a"), QStringLiteral("oa_service"), true));
    QVERIFY(join(QStringLiteral("service-b"), QStringLiteral("oa_service"), true));
    for (const QString &login : kStaff) {
        QVERIFY(join(login, login, false));
    }
}

void TestTeamService::cleanupTestCase()
{
    m_sim.stop();
}

void TestTeamService::serviceWithoutCredentialsRefusesToStart()
{
    // Nobody ran setup or authorize yet: a standby would wait for nothing.
    const CliRun run = runCli({QStringLiteral("serve"), QStringLiteral("--profile"),
                                  profile(QStringLiteral("service-a"))},
        30000);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("chưa có thông tin kết nối OA"))
            || QString::fromUtf8(run.err).contains(QStringLiteral("setup")),
        run.err.constData());
    QCOMPARE(value(QStringLiteral("SELECT generation FROM service_lease")), QStringLiteral("0"));
}

std::unique_ptr<QProcess> TestTeamService::startServe(const QString &name)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(cliEnvironment());
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(DESK_CLI_PATH),
        {QStringLiteral("serve"), QStringLiteral("--profile"), profile(name),
            QStringLiteral("--interval-ms"), QStringLiteral("700")});
    process->waitForStarted();
    return process;
}

qint64 TestTeamService::waitForActive(qint64 after, qint64 *generation, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        const QStringList row
            = value(QStringLiteral("SELECT generation || '|' || holder FROM service_lease"))
                  .split(QLatin1Char('|'));
        if (row.size() == 2 && row.at(0).toLongLong() > after) {
            *generation = row.at(0).toLongLong();
            // holder = host/pid/instance (core/processidentity.h)
            return row.at(1).section(QLatin1Char('/'), 1, 1).toLongLong();
        }
        QThread::msleep(50);
    }
    return 0;
}

void TestTeamService::standbyTakesOverAndEveryReplyGoesOnce()
{
    SimConfig config;
    config.citizens = 12;
    config.rateLimitPerMinute = 0;
    config.latencyMs = 40; // a send is in flight long enough for some kills to land in it
    QVERIFY(m_sim.start(config));
    // Every citizen writes now, so Zalo accepts free replies to all of them.
    for (const QString &citizen : m_sim.citizenIds()) {
        QVERIFY(
            !m_sim.injectInbound(citizen, QStringLiteral("Cho tôi hỏi hồ sơ của tôi ạ")).isEmpty());
    }
    CliRun setup = runCli(setupArguments(profile(QStringLiteral("service-a")), m_sim));
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
    // The second host only needs the addresses: the credentials are the team's.
    setup = runCli({QStringLiteral("setup"), QStringLiteral("--profile"),
        profile(QStringLiteral("service-b")), QStringLiteral("--api-base"),
        m_sim.baseUrl().toString(), QStringLiteral("--oauth-base"), m_sim.baseUrl().toString()});
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
    // A dump of the team database holds no usable token.
    QVERIFY(!value(QStringLiteral("SELECT string_agg(sealed, ' ') FROM oa_secrets"))
                 .contains(m_sim.refreshToken()));

    std::map<QString, std::unique_ptr<QProcess>> services;
    services[QStringLiteral("service-a")] = startServe(QStringLiteral("service-a"));
    services[QStringLiteral("service-b")] = startServe(QStringLiteral("service-b"));
    qint64 generation = 0;
    QVERIFY(waitForActive(0, &generation, 20000) > 0);
    // The first pass brings every citizen's case.
    QTRY_VERIFY_WITH_TIMEOUT(
        value(QStringLiteral("SELECT count(*) FROM cases")).toInt() >= config.citizens, 30000);
    const QStringList codes = value(QStringLiteral("SELECT string_agg(code, ' ' ORDER BY code) "
                                                   "FROM cases"))
                                  .split(QLatin1Char(' '));

    QRandomGenerator random(20261206);
    QHash<QString, QString> expected; // reply text -> case code
    qint64 worstTakeoverMs = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        // Two or three staff members queue a reply each, from their own profiles.
        const int replies = 2 + int(random.bounded(2));
        for (int r = 0; r < replies; ++r) {
            const QString login = kStaff.at(int(random.bounded(kStaff.size())));
            const QString code = codes.at(int(random.bounded(codes.size())));
            const QString text = QStringLiteral("Trả lời %1 số %2-%3 của %4")
                                     .arg(code)
                                     .arg(kill)
                                     .arg(r)
                                     .arg(login);
            const CliRun reply = runCli({QStringLiteral("reply"), code, QStringLiteral("--text"),
                text, QStringLiteral("--profile"), profile(login)});
            QVERIFY2(reply.exitCode == 0, reply.err.constData());
            expected.insert(text, code);
        }
        QThread::msleep(random.bounded(100, 1500));
        qint64 current = 0;
        const qint64 pid = waitForActive(generation - 1, &current, 1000);
        QVERIFY(pid > 0);
        QString activeName;
        for (const auto &[name, process] : services) {
            if (process->processId() == pid) {
                activeName = name;
            }
        }
        QVERIFY2(!activeName.isEmpty(), "the lease names a process that is not one of ours");
        QElapsedTimer takeover;
        takeover.start();
        ::kill(pid_t(pid), SIGKILL);
        services[activeName]->waitForFinished(5000);
        const qint64 next = waitForActive(current, &generation, int(kTakeoverLimitMs) + 5000);
        QVERIFY2(next > 0, "no standby took over");
        worstTakeoverMs = std::max(worstTakeoverMs, takeover.elapsed());
        QVERIFY2(takeover.elapsed() <= kTakeoverLimitMs,
            qPrintable(QStringLiteral("takeover took %1 ms").arg(takeover.elapsed())));
        // The killed host comes back as the standby.
        services[activeName] = startServe(activeName);
    }
    qInfo("%d kills, worst takeover %lld ms, %lld replies", kKills,
        static_cast<long long>(worstTakeoverMs), static_cast<long long>(expected.size()));

    QTRY_VERIFY_WITH_TIMEOUT(value(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN "
                                                  "('queued', 'sending')"))
                                 .toInt()
            == 0,
        120000);
    for (auto &[name, process] : services) {
        process->terminate();
        process->waitForFinished(10000);
    }
    // Exactly once: each text reached the OA once, and its outbox row is 'sent'.
    QHash<QString, int> delivered;
    const auto sent = m_sim.sentMessages();
    for (const auto &message : sent) {
        const QString text = QJsonDocument::fromJson(message.body)
                                 .object()
                                 .value(QStringLiteral("message"))
                                 .toObject()
                                 .value(QStringLiteral("text"))
                                 .toString();
        if (expected.contains(text)) {
            ++delivered[text];
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(delivered.value(it.key()) == 1,
            qPrintable(QStringLiteral("\"%1\" delivered %2 times")
                           .arg(it.key())
                           .arg(delivered.value(it.key()))));
    }
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'sent' AND purpose = "
                                  "'reply'"))
                 .toInt(),
        expected.size());
    QVERIFY(generation >= kKills + 1);
}

void TestTeamService::attachmentTravelsInTheTeamDatabase()
{
    // A staff member attaches a PDF from their own disk; the OA service (another host in real
    // life) sends it from the copy queued in the team database: the desk's file is gone first.
    QVERIFY(m_sim.isRunning());
    const QString code = value(QStringLiteral("SELECT min(code) FROM cases"));
    QByteArray pdf("%PDF-1.4\n");
    pdf.append(QByteArray(40000, 'x'));
    const QString path = m_tmp.filePath(QStringLiteral("Giấy hẹn trả kết quả.pdf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(pdf), pdf.size());
    }
    const CliRun queued = runCli({QStringLiteral("reply"), code, QStringLiteral("--file"), path,
        QStringLiteral("--json"), QStringLiteral("--profile"), profile(QStringLiteral("lan"))});
    QVERIFY2(queued.exitCode == 0, queued.err.constData());
    QCOMPARE(value(QStringLiteral("SELECT length(body) FROM outbox_files")).toInt(), pdf.size());
    QVERIFY(QFile::remove(path));
    const auto filesSent = [this] {
        int files = 0;
        for (const auto &message : m_sim.sentMessages()) {
            files += message.body.contains("\"file\"") ? 1 : 0;
        }
        return files;
    };
    const int before = filesSent();

    auto service = startServe(QStringLiteral("service-a"));
    QTRY_VERIFY_WITH_TIMEOUT(value(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'file' "
                                                  "AND state = 'sent'"))
                                 .toInt()
            == 1,
        60000);
    service->terminate();
    service->waitForFinished(10000);
    QCOMPARE(filesSent(), before + 1);

    // A member's `check` reports the team's OA service (its heartbeat), not tokens it never holds.
    const CliRun check = runCli(
        {QStringLiteral("check"), QStringLiteral("--profile"), profile(QStringLiteral("lan"))});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(QString::fromUtf8(check.out).contains(QStringLiteral("đang hoạt động")),
        check.out.constData());
    QVERIFY2(
        !QString::fromUtf8(check.out).contains(QStringLiteral("Token")), check.out.constData());
}

DESK_TEST_GUILESS_MAIN(TestTeamService)
#include "tst_teamservice.moc"
