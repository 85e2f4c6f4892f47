// SPDX-License-Identifier: GPL-3.0-or-later
// A team working at once on one PostgreSQL 15 (a throw-away cluster): `desks` desks (Stores with a
// LiveFeed, each signed in with its own staff login), the real OA service (`advisory-desk-cli
// serve` as a process, set up with team-init, team-user, join and setup) and the Zalo OA
// simulator. Each round one desk queues a reply; measured:
//   - a colleague's change on screen: from the queuing desk's commit to Store::casesChanged on
//     each of the other desks (p50 / p95 over every desk and round; aim p95 < 1 s);
//   - reply queued -> sent: the outbox row's created_at_ms to sent_at_ms, minus the simulator's
//     own answer time, which is set to 0 here (aim p95 < 2 s).
//   bench_team [cli-path] [desks=20] [rounds=100]
// clifixtures.h runs the CLI named by DESK_CLI_PATH; this program is given it as an argument.
#define DESK_CLI_PATH "advisory-desk-cli"
#include "../support/clifixtures.h"
#include "../support/pgcluster.h"
#include "sim/simulatorhost.h"
#include "store/database.h"
#include "store/livefeed.h"
#include "store/outbox.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Desk;

namespace {

QString g_cli;

TestSupport::CliRun cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(g_cli, arguments);
    process.write(input);
    process.closeWriteChannel();
    return TestSupport::finishCli(process, 120000);
}

double percentile(QVector<double> values, double q)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = std::max<qsizetype>(1, qsizetype(std::ceil(q * double(values.size()))));
    return values.at(rank - 1);
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    g_cli = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("advisory-desk-cli");
    const int desks = argc > 2 ? std::max(2, std::atoi(argv[2])) : 20;
    const int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 100;

    TestSupport::PgCluster &cluster = TestSupport::PgCluster::shared();
    QString error;
    const QString db = cluster.ensureStarted(&error) ? cluster.createDatabase(&error) : QString();
    if (db.isEmpty()) {
        std::fprintf(stderr, "no PostgreSQL: %s\n", qPrintable(error));
        return 1;
    }
    const QString owner = cluster.uri(db, cluster.superuser());
    const TestSupport::CliRun init
        = cli({QStringLiteral("team-init"), QStringLiteral("--db"), owner});
    const QString key = QRegularExpression(QStringLiteral("service-key: (\\S+)"))
                            .match(QString::fromUtf8(init.out))
                            .captured(1);
    if (key.isEmpty()) {
        std::fprintf(stderr, "team-init: %s\n", init.err.constData());
        return 1;
    }
    QStringList logins;
    cli({QStringLiteral("team-user"), QStringLiteral("add"), QStringLiteral("oa_service"),
            QStringLiteral("--name"), QStringLiteral("Dịch vụ OA"), QStringLiteral("--role"),
            QStringLiteral("service"), QStringLiteral("--db"), owner},
        "bench-service-password\n");
    for (int d = 0; d < desks; ++d) {
        logins << QStringLiteral("nv%1").arg(d + 1, 2, 10, QLatin1Char('0'));
        cli({QStringLiteral("team-user"), QStringLiteral("add"), logins.last(),
                QStringLiteral("--name"), QStringLiteral("Nhân viên %1").arg(d + 1),
                QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--db"), owner},
            "bench-staff-password\n");
    }

    Sim::SimulatorHost sim;
    Sim::SimConfig config;
    config.citizens = 60;
    config.rateLimitPerMinute = 0;
    config.latencyMs = 0; // Zalo's own time is not the desk's
    sim.start(config);
    for (const QString &citizen : sim.citizenIds()) {
        sim.injectInbound(citizen, QStringLiteral("Cho tôi hỏi hồ sơ ạ"));
    }
    QTemporaryDir tmp;
    const QString profile = tmp.filePath(QStringLiteral("service"));
    cli({QStringLiteral("join"), QStringLiteral("--profile"), profile, QStringLiteral("--db"),
            cluster.uri(db), QStringLiteral("--user"), QStringLiteral("oa_service"),
            QStringLiteral("--secrets-file"), tmp.filePath(QStringLiteral("service.secrets"))},
        "bench-service-password\n" + key.toUtf8() + '\n');
    const TestSupport::CliRun setup = cli(TestSupport::setupArguments(profile, sim));
    if (setup.exitCode != 0) {
        std::fprintf(stderr, "setup: %s\n", setup.err.constData());
        return 1;
    }
    QProcess service;
    service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    service.start(g_cli,
        {QStringLiteral("serve"), QStringLiteral("--profile"), profile,
            QStringLiteral("--interval-ms"), QStringLiteral("15000")});

    // The desks, each with its own login and live feed, all in this thread's event loop.
    std::vector<std::unique_ptr<Store::Store>> stores;
    std::vector<std::unique_ptr<Store::LiveFeed>> feeds;
    QVector<qint64> caseIds;
    QVector<double> seenMs;
    QElapsedTimer clock;
    clock.start();
    qint64 queuedAt = 0;
    qint64 watchedCase = 0;
    int waitingFor = 0;
    for (int d = 0; d < desks; ++d) {
        auto store = std::make_unique<Store::Store>();
        if (!store->open(cluster.uri(db, logins.at(d)), &error)) {
            std::fprintf(stderr, "desk %d: %s\n", d, qPrintable(error));
            return 1;
        }
        auto feed = std::make_unique<Store::LiveFeed>(store.get());
        feed->start();
        QObject::connect(
            store.get(), &Store::Store::casesChanged, store.get(), [&, d](const QSet<qint64> &ids) {
                Q_UNUSED(d)
                if (queuedAt > 0 && ids.contains(watchedCase) && waitingFor > 0) {
                    seenMs.append(double(clock.elapsed() - queuedAt));
                    --waitingFor;
                }
            });
        stores.push_back(std::move(store));
        feeds.push_back(std::move(feed));
    }
    // The service's first pass brings the citizens' cases.
    for (int waited = 0; caseIds.size() < config.citizens && waited < 600; ++waited) {
        waitMs(100);
        caseIds.clear();
        for (const auto &row : stores.front()->cases(Store::CaseFilter(), 0, 1000)) {
            caseIds.append(row.id);
        }
    }
    if (caseIds.isEmpty()) {
        std::fprintf(stderr, "the service synced no case\n");
        return 1;
    }

    QVector<qint64> outboxIds;
    for (int round = 0; round < rounds; ++round) {
        const int desk = round % desks;
        watchedCase = caseIds.at(round % caseIds.size());
        Store::OutboxPart part;
        part.text = QStringLiteral("Dạ, Tổ Tư vấn trả lời lần %1.").arg(round);
        waitingFor = desks - 1;
        queuedAt = clock.elapsed();
        const auto ids = Store::Outbox(*stores.at(desk))
                             .enqueue(watchedCase, {part}, Store::OutboxPurpose::Reply,
                                 logins.at(desk), QDateTime::currentMSecsSinceEpoch());
        outboxIds += ids;
        for (int waited = 0; waitingFor > 0 && waited < 300; ++waited) {
            waitMs(10);
        }
        queuedAt = 0;
        waitMs(100); // a working pace, not a flood
    }
    // Every reply's way from the queue to Zalo, as the team database recorded it.
    QVector<double> sendMs;
    for (int waited = 0; waited < 600; ++waited) {
        QSqlQuery query(stores.front()->database().connection());
        query.exec(QStringLiteral("SELECT sent_at_ms - created_at_ms FROM outbox WHERE purpose = "
                                  "'reply' AND state = 'sent'"));
        sendMs.clear();
        while (query.next()) {
            sendMs.append(query.value(0).toDouble());
        }
        if (sendMs.size() >= outboxIds.size()) {
            break;
        }
        waitMs(100);
    }
    service.terminate();
    service.waitForFinished(10000);

    std::printf("team of %d desks (each its own login and LISTEN connection), %d rounds, %lld "
                "cases, PostgreSQL 15 over its Unix socket\n",
        desks, rounds, static_cast<long long>(caseIds.size()));
    std::printf("  colleague's change on screen: %lld of %d deliveries, p50 %.0f ms, p95 %.0f ms, "
                "max %.0f ms   aim p95 < 1000 ms (ratio %.2f)\n",
        static_cast<long long>(seenMs.size()), rounds * (desks - 1), percentile(seenMs, 0.5),
        percentile(seenMs, 0.95), percentile(seenMs, 1.0), percentile(seenMs, 0.95) / 1000.0);
    std::printf(
        "  reply queued -> sent by the OA service: %lld of %lld sent, p50 %.0f ms, p95 %.0f "
        "ms, max %.0f ms   aim p95 < 2000 ms (ratio %.2f)\n",
        static_cast<long long>(sendMs.size()), static_cast<long long>(outboxIds.size()),
        percentile(sendMs, 0.5), percentile(sendMs, 0.95), percentile(sendMs, 1.0),
        percentile(sendMs, 0.95) / 2000.0);
    return 0;
}
