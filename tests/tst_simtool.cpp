// SPDX-License-Identifier: GPL-3.0-or-later
// The zalo-oa-sim executable: its one-line JSON contract (the demo scripts parse it) and flags.
#include "support/testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

class TestSimTool : public QObject
{
    Q_OBJECT

private slots:
    void printsOneJsonLineAndServes();
    void rejectsBadFlags_data();
    void rejectsBadFlags();
};

void TestSimTool::printsOneJsonLineAndServes()
{
    QProcess sim;
    sim.start(QStringLiteral(ZALO_OA_SIM),
        {QStringLiteral("--citizens"), QStringLiteral("50"), QStringLiteral("--messages"),
            QStringLiteral("321"), QStringLiteral("--seed"), QStringLiteral("99"),
            QStringLiteral("--rate-limit"), QStringLiteral("7"), QStringLiteral("--anchor-time"),
            QStringLiteral("2026-11-28T10:00:00"), QStringLiteral("--recent-per-conversation"),
            QStringLiteral("--no-zca")});
    QVERIFY(sim.waitForStarted(10000));
    QByteArray line;
    while (!line.contains('\n') && sim.waitForReadyRead(20000))
        line += sim.readAllStandardOutput();
    QVERIFY2(line.endsWith('\n'), line.constData());
    QCOMPARE(line.count('\n'), 1);
    const QJsonObject info = QJsonDocument::fromJson(line).object();
    for (const char *key : {"base_url", "app_id", "secret_key", "access_token", "refresh_token"})
        QVERIFY2(!info.value(QLatin1String(key)).toString().isEmpty(), key);
    QCOMPARE(info.value(QStringLiteral("messages")).toInt(), 321);
    QCOMPARE(info.value(QStringLiteral("citizens")).toInt(), 50);

    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(info.value(QStringLiteral("base_url")).toString()
        + QStringLiteral("/v2.0/oa/listrecentchat?data=%7B%22offset%22%3A0%2C"
                         "%22count%22%3A10%7D")));
    request.setRawHeader(
        "access_token", info.value(QStringLiteral("access_token")).toString().toLatin1());
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->rawHeader("X-RateLimit-Limit"), QByteArray("7"));
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(QStringLiteral("error")).toInt(), 0);
    QCOMPARE(body.value(QStringLiteral("data")).toArray().size(), 10);
    reply->deleteLater();

    // The flags are what the admin API reports.
    QNetworkReply *config = nam.get(QNetworkRequest(
        QUrl(info.value(QStringLiteral("base_url")).toString() + QStringLiteral("/_sim/config"))));
    QSignalSpy configFinished(config, &QNetworkReply::finished);
    QVERIFY(configFinished.wait(10000));
    const QJsonObject settings = QJsonDocument::fromJson(config->readAll()).object();
    QCOMPARE(settings.value(QStringLiteral("zca_funded")).toBool(true), false);
    QCOMPARE(settings.value(QStringLiteral("recent_chat_per_conversation")).toBool(), true);
    config->deleteLater();

    sim.kill();
    QVERIFY(sim.waitForFinished(10000));
}

void TestSimTool::rejectsBadFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("rate above 1") << QStringList {
        QStringLiteral("--drop-rate"), QStringLiteral("1.5")};
    QTest::addRow("not a number") << QStringList {
        QStringLiteral("--citizens"), QStringLiteral("many")};
    QTest::addRow("bad anchor") << QStringList {
        QStringLiteral("--anchor-time"), QStringLiteral("soon")};
    QTest::addRow("port too big") << QStringList {
        QStringLiteral("--port"), QStringLiteral("70000")};
}

void TestSimTool::rejectsBadFlags()
{
    QFETCH(QStringList, arguments);
    QProcess sim;
    sim.start(QStringLiteral(ZALO_OA_SIM), arguments);
    QVERIFY(sim.waitForFinished(10000));
    QCOMPARE(sim.exitCode(), 2);
    QVERIFY(sim.readAllStandardOutput().isEmpty());
}

DESK_TEST_GUILESS_MAIN(TestSimTool)
#include "tst_simtool.moc"
