// SPDX-License-Identifier: GPL-3.0-or-later
// `serve`: the team's OA service, the only process that holds the OA's tokens and talks to
// Zalo. Several may run (on one or more hosts); one is active under the team database's
// advisory lock, the others wait as standbys and take over within seconds when it dies.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/teamprofile.h"
#include "core/processidentity.h"
#include "core/vietnamtime.h"
#include "secrets/secretstore.h"
#include "store/connectionspec.h"
#include "zalo/servicelease.h"
#include "zalo/syncservice.h"
#include "zalo/teamsecretstore.h"

#include <QSqlDriver>
#include <QTimer>
#include <atomic>
#include <csignal>

namespace Desk::Cli {

namespace {

std::atomic<bool> s_stop {false};
extern "C" void requestServeStop(int)
{
    s_stop.store(true);
}

constexpr int kStandbyPollMs = 1000;
constexpr int kHeartbeatMs = 2000;

} // namespace

int runServe(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption interval(QStringLiteral("interval-ms"),
        CliContext::tr("pause between sync passes (default: the profile's sync interval)"),
        CliContext::tr("MS"));
    parser.addOption(interval);
    parser.setApplicationDescription(
        CliContext::tr("The team's OA service: syncs the OA into the team database, classifies, "
                       "and sends the replies the team queued. Run it on one or more hosts with "
                       "a profile joined with a service login; one works, the others stand by."));
    if (const auto exit = context.parse(parser, QStringLiteral("serve"), arguments)) {
        return *exit;
    }
    const Core::Profile &profile = context.profile();
    if (!profile.isTeamService()) {
        return context.fail(ExitUsage,
            CliContext::tr("serve needs a profile joined to a team database with a service login "
                           "(advisory-desk-cli join --user SERVICE_LOGIN)"));
    }
    QString error;
    const auto spec = Store::ConnectionSpec::parse(profile.teamDatabase(), &error);
    std::unique_ptr<Secrets::SecretStore> oaSecrets
        = spec ? TeamProfile::oaSecrets(profile, &error) : nullptr;
    if (!oaSecrets) {
        return context.fail(ExitAuth, error);
    }
    // Refuse to stand by for nothing: without the OA's credentials no service could work.
    auto *team = static_cast<Zalo::TeamSecretStore *>(oaSecrets.get());
    const Secrets::SecretResult appId = team->readNow(profile.secretKey(QStringLiteral("app_id")));
    if (appId.status == Secrets::SecretResult::Status::NotFound) {
        return context.fail(ExitAuth,
            CliContext::tr("the team has no OA credentials yet: run advisory-desk-cli setup or "
                           "authorize on a profile joined with a service login"));
    }
    if (!appId.ok()) {
        return context.fail(ExitLocal, appId.error);
    }

    Zalo::SyncSettings settings = Zalo::SyncSettings::fromProfile(profile);
    if (parser.isSet(interval)) {
        bool ok = false;
        settings.intervalMs = parser.value(interval).toInt(&ok);
        if (!ok || settings.intervalMs < 100) {
            return context.fail(ExitUsage, CliContext::tr("--interval-ms needs a number >= 100"));
        }
    }
    const Secrets::ServiceKey key = [&] {
        const auto host = TeamProfile::hostSecrets(profile);
        const auto text
            = Secrets::readBlocking(host.get(), profile.secretKey(TeamProfile::kServiceKeySecret));
        return Secrets::ServiceKey::fromText(text.value).value_or(Secrets::ServiceKey());
    }();
    const Store::ConnectionSpec database = *spec;
    const Zalo::SecretStoreFactory factory
        = [database, key] { return std::make_unique<Zalo::TeamSecretStore>(database, key); };

    const QString holder = Core::ProcessIdentity::current();
    Zalo::ServiceLease lease(database, holder);
    std::unique_ptr<Zalo::SyncService> service;
    bool announcedStandby = false;
    qint64 lastBeat = 0;
    qint64 lastTry = 0;
    const auto stopService = [&service] {
        if (service) {
            service->stop();
            service.reset();
        }
    };
    const auto tick = [&] {
        const qint64 now = Core::nowMs();
        if (!lease.isActive()) {
            if (now - lastTry < kStandbyPollMs) {
                return;
            }
            lastTry = now;
            QString problem;
            if (!lease.tryAcquire(now, &problem)) {
                if (!problem.isEmpty()) {
                    context.err() << CliContext::tr("team database: %1").arg(problem) << Qt::endl;
                } else if (!announcedStandby) {
                    context.out() << CliContext::tr("%1 standby: another OA service is active")
                                         .arg(Core::toIsoVietnam(now))
                                  << Qt::endl;
                }
                announcedStandby = true;
                return;
            }
            announcedStandby = false;
            lastBeat = now;
            context.out() << CliContext::tr("%1 active: this is the team's OA service "
                                            "(generation %2)")
                                 .arg(Core::toIsoVietnam(now))
                                 .arg(lease.generation())
                          << Qt::endl;
            Zalo::SyncSettings active = settings;
            active.serviceGeneration = lease.generation();
            service = std::make_unique<Zalo::SyncService>(active, factory);
            QObject::connect(service.get(), &Zalo::SyncService::syncFinished, service.get(),
                [&context](const Zalo::SyncReport &report) {
                    context.out() << CliContext::tr("%1 pass: %2 new messages, %3 replies sent")
                                         .arg(Core::toIsoVietnam(Core::nowMs()))
                                         .arg(report.newMessages)
                                         .arg(report.repliesSent)
                                  << Qt::endl;
                    if (!report.ok()) {
                        context.err() << report.userMessage() << Qt::endl;
                    }
                });
            service->start();
            // A colleague's queued reply goes out now, not at the next pass: the team
            // database notifies every outbox change (teamschema.cpp).
            if (QSqlDriver *driver = lease.driver()) {
                driver->subscribeToNotification(QStringLiteral("desk_outbox"));
                QObject::connect(driver, &QSqlDriver::notification, service.get(),
                    [raw = service.get()] { raw->sendNow(); });
            }
            return;
        }
        if (now - lastBeat < kHeartbeatMs) {
            return;
        }
        lastBeat = now;
        QString problem;
        if (!lease.beat(now, &problem)) {
            // Fenced or cut off: stop at once; the worker cannot mark anything sending anyway.
            stopService();
            context.err() << CliContext::tr("%1 no longer the active OA service (%2); standing by")
                                 .arg(Core::toIsoVietnam(now), problem)
                          << Qt::endl;
        }
    };

    std::signal(SIGINT, requestServeStop);
    std::signal(SIGTERM, requestServeStop);
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        if (s_stop.load()) {
            QCoreApplication::quit();
            return;
        }
        tick();
    });
    timer.start(kStandbyPollMs / 5);
    tick();
    const int code = QCoreApplication::exec();
    stopService();
    lease.release(); // a clean stop hands over at once
    return code;
}

} // namespace Desk::Cli
