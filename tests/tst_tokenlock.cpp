// SPDX-License-Identifier: GPL-3.0-or-later
// Three advisory-desk-cli processes syncing one profile at once for a minute, with access
// tokens that live 4 seconds and single-use refresh tokens (the simulator refuses a spent one
// with -14014 and counts it): the profile's token lock lets exactly one process refresh at a
// time, the others use the pair it stored. Zero refresh-token reuse, every pass succeeds, and
// the citizens who wrote meanwhile are all in the database. Real processes, the real keychain
// (run inside tools/with-keyring.sh), HTTP to the simulator, one SQLite profile.
#include "sim/simulatorhost.h"
#include "support/clifixtures.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>
#include <memory>

using Desk::Sim::SimConfig;
using Desk::Sim::SimulatorHost;
using namespace Desk::TestSupport;

namespace {

constexpr int kProcesses = 3;

/** How long the processes run side by side (DESK_SOAK_SECONDS shortens it by hand). */
int soakSeconds()
{
    return qEnvironmentVariableIsSet("DESK_SOAK_SECONDS")
        ? qMax(5, qEnvironmentVariableIntValue("DESK_SOAK_SECONDS"))
        : 60;
}

/** One worker: runs `sync --once` again and again until the time is up. */
class SyncLoop : public QObject
{
public:
    SyncLoop(const QString &profile, qint64 untilMs, QObject *parent)
        : QObject(parent)
        , m_profile(profile)
        , m_untilMs(untilMs)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus s) {
            ++passes;
            if (s != QProcess::NormalExit || code != 0) {
                failures << QStringLiteral("exit %1: %2")
                                .arg(s == QProcess::NormalExit ? code : -1)
                                .arg(QString::fromUtf8(m_process.readAll()).left(400));
            } else {
                m_process.readAll();
            }
            next();
        });
        next();
    }

    bool done = false;
    int passes = 0;
    QStringList failures;

private:
    void next()
    {
        if (QDateTime::currentMSecsSinceEpoch() >= m_untilMs) {
            done = true;
            return;
        }
        m_process.start(QStringLiteral(DESK_CLI_PATH),
            {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--profile"),
                m_profile});
    }

    QProcess m_process;
    QString m_profile;
    qint64 m_untilMs;
};

} // namespace

class TestTokenLock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void threeProcessesShareOneRotatingPair();
};

void TestTokenLock::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(DESK_CLI_PATH)));
#ifndef Q_OS_WIN // Windows: the Credential Manager, no D-Bus
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run through tools/with-keyring.sh: the CLI keeps secrets in the real keychain");
#endif
}

void TestTokenLock::threeProcessesShareOneRotatingPair()
{
    SimConfig config;
    config.citizens = 60;
    config.rateLimitPerMinute = 0;
    config.accessTokenLifetimeSec = 4;
    config.live = true; // citizens keep writing all through the minute
    config.liveIntervalMs = 300;
    SimulatorHost host;
    QVERIFY(host.start(config));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString profile = tmp.filePath(QStringLiteral("shared"));
    CliRun run = runCli(setupArguments(profile, host));
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const qint64 refreshesBefore = host.stats().refreshes;
    const int seconds = soakSeconds();
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + seconds * 1000LL;
    std::vector<std::unique_ptr<SyncLoop>> loops;
    for (int i = 0; i < kProcesses; ++i) {
        loops.push_back(std::make_unique<SyncLoop>(profile, until, nullptr));
    }
    const auto allDone = [&loops] {
        return std::all_of(
            loops.cbegin(), loops.cend(), [](const auto &loop) { return loop->done; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allDone(), (seconds + 90) * 1000);

    int passes = 0;
    QStringList failures;
    for (const auto &loop : loops) {
        passes += loop->passes;
        failures += loop->failures;
    }
    const auto stats = host.stats();
    const qint64 rotations = stats.refreshes - refreshesBefore;
    qInfo("%d processes, %d s, 4-second tokens: %d passes, %lld rotations, %lld refresh "
          "attempts, %lld refresh-token reuses, %lld token errors answered",
        kProcesses, seconds, passes, static_cast<long long>(rotations),
        static_cast<long long>(stats.refreshAttempts),
        static_cast<long long>(stats.refreshTokenReuse), static_cast<long long>(stats.tokenErrors));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(stats.refreshTokenReuse, qint64(0));
    // Every refresh call was a real rotation: nobody was refused.
    QCOMPARE(stats.refreshAttempts, stats.refreshes);
    QVERIFY2(rotations >= seconds / 6, qPrintable(QString::number(rotations)));
    QVERIFY(passes >= kProcesses * 3);

    // The pair in the keychain still works: one more pass after the live messages stop
    // brings the database level with the OA.
    config.live = false;
    host.setConfig(config);
    run = runCli(
        {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--profile"), profile});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    RawConnection db(QDir(profile).filePath(QStringLiteral("advisory-desk.sqlite")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM messages")).toLongLong(),
        host.stats().totalMessages);
}

DESK_TEST_GUILESS_MAIN(TestTokenLock)
#include "tst_tokenlock.moc"
