// SPDX-License-Identifier: GPL-3.0-or-later
// advisory-desk-cli as administrators and scheduled jobs use it: a real process, the real
// keychain (this test runs inside tools/with-keyring.sh), HTTP to the simulator, a real
// SQLite profile.
#include "sim/simulatorhost.h"
#include "support/clifixtures.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

using Desk::Sim::SimConfig;
using Desk::Sim::SimulatorHost;

using namespace Desk::TestSupport;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void setupSyncListSearchCheck();
    void unreachableZaloIsAClearError();
    void revokedTokensNeedAnAdministrator();
    void refusedConversationIsListedByCheck();
    void killedSyncResumesExactly();
    void deadline_data();
    void deadline();
    void calendarListsDaysOff();
    void profileBeforeTheCommand_data();
    void profileBeforeTheCommand();

private:
    /** Starts `host` with `config` and stores its credentials in a new profile `name`. */
    QString configuredProfile(SimulatorHost &host, const SimConfig &config, const QString &name);
    QTemporaryDir m_tmp;
};

void TestCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(DESK_CLI_PATH)));
#ifndef Q_OS_WIN // Windows: the Credential Manager, no D-Bus
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run through tools/with-keyring.sh: the CLI keeps secrets in the real keychain");
#endif
    QVERIFY(m_tmp.isValid());
}

QString TestCli::configuredProfile(
    SimulatorHost &host, const SimConfig &config, const QString &name)
{
    const QString profile = m_tmp.filePath(name);
    if (!host.start(config)) {
        return {};
    }
    const CliRun run = runCli(setupArguments(profile, host));
    return run.exitCode == 0 ? profile : QString();
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    QTest::addRow("no command") << QStringList() << 1 << QStringLiteral("advisory-desk-cli");
    QTest::addRow("unknown command")
        << QStringList {QStringLiteral("frobnicate")} << 1 << QStringLiteral("frobnicate");
    QTest::addRow("unknown option")
        << QStringList {QStringLiteral("cases"), QStringLiteral("--bogus")} << 1
        << QStringLiteral("bogus");
    QTest::addRow("search without text")
        << QStringList {QStringLiteral("search")} << 1 << QString();
    QTest::addRow("half the credentials")
        << QStringList {QStringLiteral("setup"), QStringLiteral("--app-id"), QStringLiteral("1")}
        << 1 << QStringLiteral("--secret-key");
    QTest::addRow("bad url") << QStringList {QStringLiteral("setup"), QStringLiteral("--api-base"),
        QStringLiteral("ftp://x")}
                             << 1 << QStringLiteral("ftp://x");
    QTest::addRow("bad status") << QStringList {QStringLiteral("cases"), QStringLiteral("--status"),
        QStringLiteral("sleeping")}
                                << 1 << QStringLiteral("sleeping");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    if (!arguments.isEmpty()) {
        arguments << QStringLiteral("--profile") << m_tmp.filePath(QStringLiteral("usage"));
    }
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(stderrContains), run.err.constData());
}

void TestCli::setupSyncListSearchCheck()
{
    SimConfig config;
    config.citizens = 120;
    SimulatorHost host;
    QVERIFY(host.start(config));
    const QString profile = m_tmp.filePath(QStringLiteral("main"));

    CliRun run = runCli(setupArguments(profile, host));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.out.contains(host.accessToken().toUtf8())); // never echo a secret
    QVERIFY(!run.err.contains(host.refreshToken().toUtf8()));
    // Nor store one in the profile folder: secrets live in the keychain only.
    QFile settings(QDir(profile).filePath(QStringLiteral("settings.ini")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settings.readAll();
    QVERIFY(!settingsText.contains(host.accessToken().toUtf8()));
    QVERIFY(!settingsText.contains(host.config().secretKey.toUtf8()));

    run = runCli(
        {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--profile"), profile});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    run = runCli(
        {QStringLiteral("cases"), QStringLiteral("--json"), QStringLiteral("--profile"), profile});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray cases = parseArray(run.out);
    QCOMPARE(cases.size(), host.stats().totalCitizens);
    qint64 messages = 0;
    for (const QJsonValue &value : cases) {
        const QJsonObject object = value.toObject();
        for (const char *key :
            {"code", "citizen_id", "citizen_name", "status", "opened_at", "last_activity_at"}) {
            QVERIFY2(object.value(QLatin1String(key)).isString(), key);
        }
        QVERIFY(object.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("TV-")));
        QVERIFY(
            QDateTime::fromString(object.value(QStringLiteral("opened_at")).toString(), Qt::ISODate)
                .isValid());
        QVERIFY(object.value(QStringLiteral("last_activity_at"))
                    .toString()
                    .endsWith(QStringLiteral("+07:00")));
        QVERIFY(object.value(QStringLiteral("citizen_id")).toString().size() >= 18);
        messages += object.value(QStringLiteral("message_count")).toInteger();
    }
    QCOMPARE(messages, host.stats().totalMessages);

    // Search by a case code finds exactly that case; folded text finds something.
    const QString code = cases.at(3).toObject().value(QStringLiteral("code")).toString();
    run = runCli({QStringLiteral("search"), code, QStringLiteral("--json"),
        QStringLiteral("--profile"), profile});
    QCOMPARE(run.exitCode, 0);
    QJsonArray found = parseArray(run.out);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("code")).toString(), code);
    run = runCli({QStringLiteral("search"), QStringLiteral("ho so"), QStringLiteral("--json"),
        QStringLiteral("--profile"), profile});
    QCOMPARE(run.exitCode, 0);
    found = parseArray(run.out);
    QVERIFY(found.size() > 0);
    QVERIFY(found.size() < cases.size() + 1);

    run = runCli(
        {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), profile});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    const QJsonObject health = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(health.value(QStringLiteral("integrity_ok")).toBool(), true);
    QCOMPARE(health.value(QStringLiteral("schema_version")).toInt(),
        health.value(QStringLiteral("expected_schema_version")).toInt());
    QCOMPARE(health.value(QStringLiteral("messages")).toInteger(), host.stats().totalMessages);
    QCOMPARE(health.value(QStringLiteral("token_state")).toString(), QStringLiteral("valid"));
}

void TestCli::unreachableZaloIsAClearError()
{
    SimConfig config;
    config.citizens = 5;
    SimulatorHost host;
    QVERIFY(host.start(config));
    const QString profile = m_tmp.filePath(QStringLiteral("offline"));
    QStringList setup = setupArguments(profile, host);
    // Port 9 (discard) on loopback: nothing listens there.
    const int apiIndex = setup.indexOf(QStringLiteral("--api-base")) + 1;
    setup[apiIndex] = QStringLiteral("http://127.0.0.1:9");
    QCOMPARE(runCli(setup).exitCode, 0);
    const CliRun run = runCli(
        {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--profile"), profile});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("Zalo")), run.err.constData());
}

void TestCli::revokedTokensNeedAnAdministrator()
{
    SimConfig config;
    config.citizens = 5;
    SimulatorHost host;
    const QString profile = configuredProfile(host, config, QStringLiteral("revoked"));
    QVERIFY(!profile.isEmpty());
    host.revokeTokens();
    CliRun run = runCli(
        {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--profile"), profile});
    QCOMPARE(run.exitCode, 4);
    const qint64 attemptsAfterFirst = host.stats().refreshAttempts;
    QCOMPARE(attemptsAfterFirst, qint64(1)); // one refresh try, refused, no loop
    // A second run must not hammer the OAuth server with the dead refresh token.
    run = runCli(
        {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--profile"), profile});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(host.stats().refreshAttempts, attemptsAfterFirst);
    run = runCli(
        {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), profile});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("token_state")).toString(),
        QStringLiteral("reauthorisation_required"));
}

void TestCli::refusedConversationIsListedByCheck()
{
    SimConfig config;
    config.citizens = 8;
    SimulatorHost host;
    const QString refused = QStringLiteral("pending");
    const QString profile = configuredProfile(host, config, refused);
    QVERIFY(!profile.isEmpty());
    const QString citizen = host.citizenIds().at(3);
    host.setConversationRefusal(citizen, -201);
    CliRun run = runCli(
        {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--profile"), profile});
    // The rest of the OA synced: the pass is ok, and says which conversation waits.
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("1 cuộc trò chuyện")),
        run.err.constData());
    run = runCli(
        {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), profile});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray waiting = QJsonDocument::fromJson(run.out)
                                   .object()
                                   .value(QStringLiteral("conversations_not_synced"))
                                   .toArray();
    QCOMPARE(waiting.size(), 1);
    const QJsonObject row = waiting.first().toObject();
    QCOMPARE(row.value(QStringLiteral("citizen_id")).toString(), citizen);
    QCOMPARE(row.value(QStringLiteral("attempts")).toInt(), 1);
    QVERIFY(row.value(QStringLiteral("last_error")).toString().contains(QLatin1String("-201")));
    run = runCli({QStringLiteral("check"), QStringLiteral("--profile"), profile});
    QVERIFY2(QString::fromUtf8(run.out).contains(citizen), run.out.constData());

    // Zalo answers again; `--retry-now` reads it without waiting out the back-off.
    host.setConversationRefusal(citizen, 0);
    run = runCli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--retry-now"),
        QStringLiteral("--profile"), profile});
    QCOMPARE(run.exitCode, 0);
    run = runCli(
        {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), profile});
    QVERIFY(QJsonDocument::fromJson(run.out)
                .object()
                .value(QStringLiteral("conversations_not_synced"))
                .toArray()
                .isEmpty());
}

void TestCli::killedSyncResumesExactly()
{
    SimConfig config;
    config.citizens = 2500;
    config.messages = 12000;
    config.latencyMs = 1; // keep each pass long enough to be killed in the middle
    // 25 fresh processes in a row would together exceed the OA's per-minute limit (each
    // client only knows its own budget); this test is about resuming, not rate limits.
    config.rateLimitPerMinute = 0;
    SimulatorHost host;
    const QString profile = configuredProfile(host, config, QStringLiteral("killed"));
    QVERIFY(!profile.isEmpty());

    QRandomGenerator random(20261128);
    int killedMidway = 0;
    for (int round = 0; round < 25; ++round) {
        QProcess process;
        process.start(QStringLiteral(DESK_CLI_PATH),
            {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--profile"),
                profile});
        QVERIFY(process.waitForStarted());
        const int delayMs = random.bounded(50, 900);
        if (!process.waitForFinished(delayMs)) {
            process.kill(); // SIGKILL on Linux, TerminateProcess on Windows
            QVERIFY(process.waitForFinished(10000));
            ++killedMidway;
        }
    }
    QVERIFY2(killedMidway >= 10, "the sync finished too fast to be killed midway");

    const CliRun finish = runCli(
        {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--profile"), profile},
        300000);
    QVERIFY2(finish.exitCode == 0, finish.err.constData());
    const CliRun check = runCli(
        {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), profile});
    const QJsonObject health = QJsonDocument::fromJson(check.out).object();
    QCOMPARE(health.value(QStringLiteral("integrity_ok")).toBool(), true);
    QCOMPARE(health.value(QStringLiteral("messages")).toInteger(), host.stats().totalMessages);
    QCOMPARE(
        health.value(QStringLiteral("citizens")).toInteger(), qint64(host.stats().totalCitizens));
    // Every message sits in exactly one case: the per-case counts add up to the total.
    const CliRun cases = runCli(
        {QStringLiteral("cases"), QStringLiteral("--json"), QStringLiteral("--profile"), profile});
    qint64 sum = 0;
    const QJsonArray array = parseArray(cases.out);
    for (const QJsonValue &value : array) {
        sum += value.toObject().value(QStringLiteral("message_count")).toInteger();
    }
    QCOMPARE(sum, host.stats().totalMessages);
    qInfo("killed %d of 25 sync runs midway; resumed to %lld messages", killedMidway,
        static_cast<long long>(sum));
}

void TestCli::deadline_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("printed");
    const auto args = [](const char *from, const char *days) {
        return QStringList {QStringLiteral("--from"), QString::fromLatin1(from),
            QStringLiteral("--working-days"), QString::fromLatin1(days)};
    };
    QTest::addRow("Friday + 1 -> end of Monday")
        << args("2026-11-27T16:30", "1") << 0 << QStringLiteral("2026-11-30T23:59:59+07:00");
    QTest::addRow("last working day before Tet + 1 -> after the holiday")
        << args("2026-02-13T10:00", "1") << 0 << QStringLiteral("2026-02-23T23:59:59+07:00");
    QTest::addRow("UTC evening is already Saturday in Vietnam")
        << args("2026-11-27T18:00:00Z", "0") << 0 << QStringLiteral("2026-11-30T23:59:59+07:00");
    QTest::addRow("same instant read as Vietnam time stays Friday")
        << args("2026-11-27T18:00:00", "0") << 0 << QStringLiteral("2026-11-27T23:59:59+07:00");
    QTest::addRow("date only") << args("2026-04-24", "1") << 0
                               << QStringLiteral("2026-04-28T23:59:59+07:00");
    QTest::addRow("not a date") << args("yesterday", "1") << 1 << QStringLiteral("--from");
    QTest::addRow("negative days")
        << args("2026-11-27T16:30", "-2") << 1 << QStringLiteral("--working-days");
}

void TestCli::deadline()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, printed);
    arguments.prepend(QStringLiteral("deadline"));
    arguments << QStringLiteral("--profile") << m_tmp.filePath(QStringLiteral("calendar"));
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    const QString output = QString::fromUtf8(exitCode == 0 ? run.out : run.err);
    QVERIFY2(output.contains(printed), qPrintable(output));
}

void TestCli::calendarListsDaysOff()
{
    const QString profile = m_tmp.filePath(QStringLiteral("calendar-overrides"));
    QVERIFY(QDir().mkpath(profile));
    // The administrator's notice for 2026: an extra day off and a make-up Saturday.
    QFile overrides(QDir(profile).filePath(QStringLiteral("calendar.json")));
    QVERIFY(overrides.open(QIODevice::WriteOnly));
    overrides.write(R"({"2026": {"daysOff": [{"date": "2026-02-21", "name": "Nghỉ thêm dịp Tết"}],
                         "workingDays": [{"date": "2026-02-28", "name": "Làm bù"}]}})");
    overrides.close();
    const CliRun run = runCli({QStringLiteral("calendar"), QStringLiteral("--year"),
        QStringLiteral("2026"), QStringLiteral("--json"), QStringLiteral("--profile"), profile});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QStringList dates;
    bool compensatoryGioTo = false;
    for (const QJsonValue &value : object.value(QStringLiteral("days_off")).toArray()) {
        const QJsonObject day = value.toObject();
        dates << day.value(QStringLiteral("date")).toString();
        compensatoryGioTo = compensatoryGioTo
            || (day.value(QStringLiteral("date")).toString() == QLatin1String("2026-04-27")
                && day.value(QStringLiteral("kind")).toString() == QLatin1String("compensatory"));
    }
    for (const char *date : {"2026-01-01", "2026-02-17", "2026-02-21", "2026-04-26", "2026-04-30",
             "2026-05-01", "2026-09-02"}) {
        QVERIFY2(dates.contains(QLatin1String(date)), date);
    }
    QVERIFY(compensatoryGioTo);
    QCOMPARE(object.value(QStringLiteral("make_up_working_days")).toArray().first().toString(),
        QStringLiteral("2026-02-28"));
}

void TestCli::profileBeforeTheCommand_data()
{
    QTest::addColumn<QStringList>("before"); // "%P" stands for the profile folder
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("syncFirst"); // sync with --profile after the command first
    const QStringList separate {QStringLiteral("--profile"), QStringLiteral("%P")};
    QTest::addRow("--profile DIR sync --once")
        << separate << QStringList {QStringLiteral("sync"), QStringLiteral("--once")} << 0 << false;
    QTest::addRow("--profile=DIR cases --json")
        << QStringList {QStringLiteral("--profile=%P")}
        << QStringList {QStringLiteral("cases"), QStringLiteral("--json")} << 0 << true;
    QTest::addRow("--profile DIR check --json")
        << separate << QStringList {QStringLiteral("check"), QStringLiteral("--json")} << 0 << true;
    QTest::addRow("--profile DIR and no command") << separate << QStringList() << 1 << false;
    QTest::addRow("--profile without its folder")
        << QStringList {QStringLiteral("--profile")} << QStringList() << 1 << false;
}

void TestCli::profileBeforeTheCommand()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, command);
    QFETCH(int, exitCode);
    QFETCH(bool, syncFirst);
    SimConfig config;
    config.citizens = 6;
    SimulatorHost host;
    const QString profile = configuredProfile(host, config,
        QStringLiteral("before-%1")
            .arg(QString::fromLatin1(QTest::currentDataTag()))
            .replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral("-")));
    QVERIFY(!profile.isEmpty());
    if (syncFirst) {
        QCOMPARE(runCli({QStringLiteral("sync"), QStringLiteral("--once"),
                            QStringLiteral("--profile"), profile})
                     .exitCode,
            0);
    }
    before.replaceInStrings(QStringLiteral("%P"), profile);
    const CliRun run = runCli(before + command);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    if (exitCode != 0) {
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("advisory-desk-cli")),
            run.err.constData());
        return;
    }
    // It was this profile (the default one has no credentials and no cases): every citizen
    // of the simulator is a case there.
    const CliRun cases = runCli(
        {QStringLiteral("--profile"), profile, QStringLiteral("cases"), QStringLiteral("--json")});
    QCOMPARE(cases.exitCode, 0);
    QCOMPARE(parseArray(cases.out).size(), host.stats().totalCitizens);
    if (command.first() == QLatin1String("check")) {
        QCOMPARE(QJsonDocument::fromJson(run.out)
                     .object()
                     .value(QStringLiteral("token_state"))
                     .toString(),
            QStringLiteral("valid"));
    }
}

DESK_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
