// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting an OA from the command line as an administrator does it: `authorize` (OAuth v4 with
// PKCE) and `setup` with the secrets on standard input, against the simulator over HTTP, the
// real keychain (tools/with-keyring.sh) and a real profile folder whose files only the user may
// read.
#include "sim/simulatorhost.h"
#include "support/clifixtures.h"
#include "support/oauthfixtures.h"
#include "support/testmain.h"

#include <QDir>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QtTest>

using Desk::Sim::SimConfig;
using Desk::Sim::SimulatorHost;

using namespace Desk::TestSupport;

namespace {

/** How the test answers the permission address `authorize` printed. */
enum class Paste {
    RedirectAddress, // what the browser landed on, whole
    BareCode, // only the code from it
    ForeignState, // a redirect address of another attempt
    WrongVerifierCode, // a code issued for another PKCE challenge
    ExpiredCode, // a code for this challenge, 10 minutes old
    Nothing, // standard input ends
};

QString stateOf(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
}

} // namespace

class TestCliAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void authorize_data();
    void authorize();
    void setupSecretsFromStandardInput_data();
    void setupSecretsFromStandardInput();
    void plainHttpOnlyForLoopback_data();
    void plainHttpOnlyForLoopback();
    void profileFilesArePrivate_data();
    void profileFilesArePrivate();

private:
    /** A code straight from the simulator, bound to `challenge`, `ageMs` old. */
    QString mintCode(SimulatorHost &host, const QString &challenge, int ageMs);
    QJsonObject check(const QString &profile);
    QString setupProfile(SimulatorHost &host, const QString &name);
    /** `sync --once` with the stored tokens brings in every message of the simulator. */
    void syncTakesEverything(const QString &profile, SimulatorHost &host);

    QTemporaryDir m_tmp;
    QNetworkAccessManager m_network;
    int m_profiles = 0;
};

void TestCliAuth::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(DESK_CLI_PATH)));
#ifndef Q_OS_WIN // Windows: the Credential Manager, no D-Bus
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run through tools/with-keyring.sh: the CLI keeps secrets in the real keychain");
#endif
    QVERIFY(m_tmp.isValid());
}

QString TestCliAuth::mintCode(SimulatorHost &host, const QString &challenge, int ageMs)
{
    QNetworkRequest request(
        host.baseUrl().resolved(QUrl(QStringLiteral("/_sim/authorization_code"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.post(request,
        QJsonDocument(QJsonObject {{QStringLiteral("code_challenge"), challenge},
                          {QStringLiteral("age_ms"), ageMs}})
            .toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000)) {
        return {};
    }
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll())
        .object()
        .value(QStringLiteral("code"))
        .toString();
}

QJsonObject TestCliAuth::check(const QString &profile)
{
    const CliRun run = runCli(
        {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), profile});
    return QJsonDocument::fromJson(run.out).object();
}

QString TestCliAuth::setupProfile(SimulatorHost &host, const QString &name)
{
    const QString profile = m_tmp.filePath(name);
    const CliRun run = runCliWithInput(
        {QStringLiteral("setup"), QStringLiteral("--profile"), profile,
            QStringLiteral("--api-base"), host.baseUrl().toString(), QStringLiteral("--oauth-base"),
            host.baseUrl().toString(), QStringLiteral("--app-id"), host.config().appId,
            QStringLiteral("--secret-key"), QStringLiteral("-"), QStringLiteral("--access-token"),
            QStringLiteral("-"), QStringLiteral("--refresh-token"), QStringLiteral("-")},
        (QStringList {host.config().secretKey, host.accessToken(), host.refreshToken()}.join(
             QLatin1Char('\n'))
            + QLatin1Char('\n'))
            .toUtf8());
    return run.exitCode == 0 ? profile : QString();
}

void TestCliAuth::syncTakesEverything(const QString &profile, SimulatorHost &host)
{
    const CliRun run = runCli(
        {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--profile"), profile});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(
        check(profile).value(QStringLiteral("messages")).toInteger(), host.stats().totalMessages);
}

void TestCliAuth::authorize_data()
{
    QTest::addColumn<int>("paste");
    QTest::addColumn<QString>("secretKey"); // "-": on stdin; "keychain": left out
    QTest::addColumn<bool>("wrongSecret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    QTest::addRow("redirect address, secret on stdin")
        << int(Paste::RedirectAddress) << "-" << false << 0 << QString();
    QTest::addRow("bare code, secret on stdin")
        << int(Paste::BareCode) << "-" << false << 0 << QString();
    QTest::addRow("re-authorise, secret from the keychain")
        << int(Paste::RedirectAddress) << "keychain" << false << 0 << QString();
    QTest::addRow("secret typed as an argument") << int(Paste::RedirectAddress) << "argument"
                                                 << false << 0 << QStringLiteral("người dùng khác");
    QTest::addRow("state of another attempt")
        << int(Paste::ForeignState) << "-" << false << 4 << QStringLiteral("state không khớp");
    QTest::addRow("code for another verifier") << int(Paste::WrongVerifierCode) << "-" << false << 4
                                               << QStringLiteral("từ chối mã cấp quyền");
    QTest::addRow("code older than 10 minutes")
        << int(Paste::ExpiredCode) << "-" << false << 4 << QStringLiteral("10 phút");
    QTest::addRow("wrong secret key")
        << int(Paste::RedirectAddress) << "-" << true << 4 << QStringLiteral("App ID");
    QTest::addRow("nothing pasted")
        << int(Paste::Nothing) << "-" << false << 1 << QStringLiteral("mã cấp quyền");
}

void TestCliAuth::authorize()
{
    QFETCH(int, paste);
    QFETCH(QString, secretKey);
    QFETCH(bool, wrongSecret);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);

    SimConfig config;
    config.citizens = 8;
    SimulatorHost host;
    QVERIFY(host.start(config));
    const QString base = host.baseUrl().toString();
    const QString secret = wrongSecret ? QStringLiteral("not-the-secret") : config.secretKey;
    const QString staleAccess = host.accessToken();

    QString profile = m_tmp.filePath(QStringLiteral("authorize-%1").arg(++m_profiles));
    if (secretKey == QLatin1String("keychain")) {
        profile = setupProfile(host, QStringLiteral("authorize-%1").arg(++m_profiles));
        QVERIFY(!profile.isEmpty());
        host.reauthorize(); // the stored pair dies, as when Zalo asks for a new consent
    }
    QStringList arguments {QStringLiteral("authorize"), QStringLiteral("--profile"), profile,
        QStringLiteral("--app-id"), config.appId, QStringLiteral("--redirect-uri"),
        QStringLiteral("https://desk.camau.gov.vn/zalo/callback"), QStringLiteral("--oauth-base"),
        base, QStringLiteral("--api-base"), base};
    QByteArray secretLines;
    if (secretKey == QLatin1String("-")) {
        arguments << QStringLiteral("--secret-key") << QStringLiteral("-");
        secretLines = secret.toUtf8() + '\n';
    } else if (secretKey == QLatin1String("argument")) {
        arguments << QStringLiteral("--secret-key") << secret;
    }

    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(DESK_CLI_PATH), arguments);
    QVERIFY(process.waitForStarted());
    process.write(secretLines);
    // Read until the permission address shows, then answer it as the administrator would.
    static const QRegularExpression address(QStringLiteral("(http\\S+/v4/oa/permission\\?\\S+)"));
    QByteArray out;
    QUrl permission;
    while (!permission.isValid() && process.waitForReadyRead(30000)) {
        out += process.readAllStandardOutput();
        const QRegularExpressionMatch match = address.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            permission = QUrl::fromEncoded(match.captured(1).toLatin1());
        }
    }
    QVERIFY2(permission.isValid(), out.constData());
    const QUrlQuery query(permission);
    QCOMPARE(query.queryItemValue(QStringLiteral("app_id")), config.appId);
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
        QStringLiteral("https://desk.camau.gov.vn/zalo/callback"));
    const QString challenge = query.queryItemValue(QStringLiteral("code_challenge"));
    QCOMPARE(challenge.size(), 43); // base64url of SHA-256, no padding
    QVERIFY(!challenge.contains(QLatin1Char('=')));
    QVERIFY(stateOf(permission).size() >= 16);

    QByteArray pasted;
    switch (Paste(paste)) {
    case Paste::RedirectAddress:
    case Paste::BareCode:
    case Paste::ForeignState: {
        QUrl redirect = followConsent(m_network, permission);
        QVERIFY(redirect.isValid());
        QCOMPARE(redirect.host(), QStringLiteral("desk.camau.gov.vn"));
        QCOMPARE(stateOf(redirect), stateOf(permission));
        QUrlQuery items(redirect);
        if (Paste(paste) == Paste::BareCode) {
            pasted = items.queryItemValue(QStringLiteral("code")).toUtf8();
            break;
        }
        if (Paste(paste) == Paste::ForeignState) {
            items.removeAllQueryItems(QStringLiteral("state"));
            items.addQueryItem(QStringLiteral("state"), QStringLiteral("another-attempt"));
            redirect.setQuery(items);
        }
        pasted = redirect.toEncoded();
        break;
    }
    case Paste::WrongVerifierCode:
        pasted
            = mintCode(host, QString(challenge).replace(0, 4, QStringLiteral("AAAA")), 0).toUtf8();
        QVERIFY(!pasted.isEmpty());
        break;
    case Paste::ExpiredCode:
        pasted = mintCode(host, challenge, 10 * 60 * 1000 + 1000).toUtf8();
        QVERIFY(!pasted.isEmpty());
        break;
    case Paste::Nothing:
        break;
    }
    process.write(pasted + (pasted.isEmpty() ? "" : "\n"));
    process.closeWriteChannel();
    CliRun run = finishCli(process, 60000);
    run.out.prepend(out);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    if (!stderrContains.isEmpty()) {
        QVERIFY2(QString::fromUtf8(run.err).contains(stderrContains), run.err.constData());
    }
    // Nothing secret in what the command printed.
    for (const QString &value : {secret, host.accessToken(), host.refreshToken()}) {
        QVERIFY(!run.out.contains(value.toUtf8()));
        QVERIFY(!run.err.contains(value.toUtf8()));
    }

    const QJsonObject state = check(profile);
    if (exitCode != 0) {
        // Refused: the keychain holds what it held before (nothing, for a new profile).
        QCOMPARE(state.value(QStringLiteral("token_state")).toString(),
            QStringLiteral("not_configured"));
        QCOMPARE(host.accessToken(), staleAccess);
        return;
    }
    QCOMPARE(state.value(QStringLiteral("token_state")).toString(), QStringLiteral("valid"));
    QCOMPARE(state.value(QStringLiteral("api_base")).toString(), base);
    QVERIFY(host.accessToken() != staleAccess);
    syncTakesEverything(profile, host);
}

void TestCliAuth::setupSecretsFromStandardInput_data()
{
    // Options in the order they appear; a value "-" is read from stdin in that order.
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QStringList>("onStdin");
    QTest::addColumn<bool>("closeEarly"); // stdin ends one line short
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    const QStringList natural {QStringLiteral("secret-key"), QStringLiteral("access-token"),
        QStringLiteral("refresh-token")};
    const QStringList shuffled {QStringLiteral("refresh-token"), QStringLiteral("secret-key"),
        QStringLiteral("access-token")};
    QTest::addRow("all three on stdin") << natural << natural << false << 0 << QString();
    QTest::addRow("stdin in command-line order") << shuffled << shuffled << false << 0 << QString();
    QTest::addRow("one typed, two on stdin")
        << shuffled << QStringList {QStringLiteral("refresh-token"), QStringLiteral("access-token")}
        << false << 0 << QStringLiteral("--secret-key");
    QTest::addRow("all typed (scripts)")
        << natural << QStringList() << false << 0 << QStringLiteral("người dùng khác");
    QTest::addRow("stdin one line short")
        << natural << natural << true << 1 << QStringLiteral("đầu vào chuẩn");
}

void TestCliAuth::setupSecretsFromStandardInput()
{
    QFETCH(QStringList, order);
    QFETCH(QStringList, onStdin);
    QFETCH(bool, closeEarly);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);

    SimConfig config;
    config.citizens = 6;
    SimulatorHost host;
    QVERIFY(host.start(config));
    const QHash<QString, QString> values {{QStringLiteral("secret-key"), config.secretKey},
        {QStringLiteral("access-token"), host.accessToken()},
        {QStringLiteral("refresh-token"), host.refreshToken()}};
    const QString profile = m_tmp.filePath(QStringLiteral("setup-%1").arg(++m_profiles));
    QStringList arguments {QStringLiteral("setup"), QStringLiteral("--profile"), profile,
        QStringLiteral("--api-base"), host.baseUrl().toString(), QStringLiteral("--oauth-base"),
        host.baseUrl().toString(), QStringLiteral("--app-id"), config.appId};
    QStringList lines;
    for (const QString &name : order) {
        const bool stdinValue = onStdin.contains(name);
        arguments << QStringLiteral("--") + name
                  << (stdinValue ? QStringLiteral("-") : values.value(name));
        if (stdinValue) {
            lines << values.value(name);
        }
    }
    if (closeEarly) {
        lines.removeLast();
    }
    CliRun run = runCliWithInput(arguments,
        lines.isEmpty() ? QByteArray() : (lines.join(QLatin1Char('\n')) + '\n').toUtf8());
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    const QString err = QString::fromUtf8(run.err);
    if (stderrContains.isEmpty()) {
        QVERIFY2(!err.contains(QStringLiteral("người dùng khác")), run.err.constData());
    } else {
        QVERIFY2(err.contains(stderrContains), run.err.constData());
    }
    for (const QString &value : values) {
        QVERIFY(!run.out.contains(value.toUtf8()));
        QVERIFY(!run.err.contains(value.toUtf8()));
    }
    if (exitCode != 0) {
        QCOMPARE(check(profile).value(QStringLiteral("token_state")).toString(),
            QStringLiteral("not_configured"));
        return;
    }
    // Each value landed in its own place: the sync authenticates with them.
    syncTakesEverything(profile, host);
}

void TestCliAuth::plainHttpOnlyForLoopback_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("exitCode");
    const QString setup = QStringLiteral("setup");
    const QString authorize = QStringLiteral("authorize");
    const QString api = QStringLiteral("--api-base");
    const QString oauth = QStringLiteral("--oauth-base");
    QTest::addRow("setup, http on the network") << setup << api << "http://openapi.zalo.me" << 1;
    QTest::addRow("setup, http to a LAN address") << setup << oauth << "http://10.1.2.3:8080" << 1;
    QTest::addRow("setup, http to a name like localhost")
        << setup << api << "http://localhost.example.org" << 1;
    QTest::addRow("setup, https") << setup << api << "https://openapi.zalo.me" << 0;
    QTest::addRow("setup, http 127.0.0.1") << setup << api << "http://127.0.0.1:9" << 0;
    QTest::addRow("setup, http 127.8.9.10") << setup << oauth << "http://127.8.9.10:9" << 0;
    QTest::addRow("setup, http localhost") << setup << oauth << "http://localhost:9" << 0;
    QTest::addRow("setup, http [::1]") << setup << api << "http://[::1]:9" << 0;
    QTest::addRow("authorize, http oauth on the network")
        << authorize << oauth << "http://oauth.zaloapp.com" << 1;
    QTest::addRow("authorize, http api on the network")
        << authorize << api << "http://192.168.1.20" << 1;
}

void TestCliAuth::plainHttpOnlyForLoopback()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    QFETCH(QString, url);
    QFETCH(int, exitCode);
    const QString profile = m_tmp.filePath(QStringLiteral("http-%1").arg(++m_profiles));
    QStringList arguments {command, QStringLiteral("--profile"), profile, option, url};
    if (command == QLatin1String("authorize")) {
        arguments << QStringLiteral("--app-id") << QStringLiteral("1")
                  << QStringLiteral("--redirect-uri") << QStringLiteral("https://x.vn/cb")
                  << QStringLiteral("--secret-key") << QStringLiteral("-");
    }
    // Nothing may be read or printed before the address is refused.
    const CliRun run = runCliWithInput(arguments, "secret\n");
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    if (exitCode == 0) {
        QVERIFY(run.out.contains(url.toUtf8()));
        return;
    }
    QVERIFY(!run.out.contains("/v4/oa/permission"));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(url) && err.contains(QStringLiteral("không được mã hóa")),
        run.err.constData());
}

void TestCliAuth::profileFilesArePrivate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("mustExist");
    QTest::addRow("profile folder") << QString() << true;
    QTest::addRow("database") << "advisory-desk.sqlite" << true;
    QTest::addRow("settings") << "settings.ini" << true;
    QTest::addRow("write-ahead log") << "advisory-desk.sqlite-wal" << true;
    QTest::addRow("shared memory") << "advisory-desk.sqlite-shm" << true;
    QTest::addRow("rollback journal") << "advisory-desk.sqlite-journal" << false;
}

void TestCliAuth::profileFilesArePrivate()
{
#ifdef Q_OS_WIN
    QSKIP("Unix file modes; on Windows the profile is private as part of the user's local app "
          "data (tst_profile::defaultDirIsLocalAppData)");
#endif
    QFETCH(QString, name);
    QFETCH(bool, mustExist);
    static QString profile;
    static SimulatorHost host;
    if (profile.isEmpty()) {
        SimConfig config;
        config.citizens = 6;
        QVERIFY(host.start(config));
        profile = setupProfile(host, QStringLiteral("private"));
        QVERIFY(!profile.isEmpty());
        const CliRun run = runCli({QStringLiteral("sync"), QStringLiteral("--once"),
            QStringLiteral("--profile"), profile});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // A reader of the WAL database brings back its -wal and -shm files (SQLite removes
        // them when the last connection closes) and keeps them while the rows run.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(QDir(profile).filePath(QStringLiteral("advisory-desk.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() > 0);
    }
    const QString path = name.isEmpty() ? profile : QDir(profile).filePath(name);
    const QFileInfo info(path);
    if (!info.exists()) {
        QVERIFY2(!mustExist, qPrintable(path));
        QSKIP("not used in WAL mode");
    }
    QFile::Permissions expected
        = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    if (info.isDir()) {
        expected |= QFile::ExeOwner | QFile::ExeUser;
    }
    QCOMPARE(info.permissions(), expected);
}

DESK_TEST_MAIN(TestCliAuth)
#include "tst_cliauth.moc"
