// SPDX-License-Identifier: GPL-3.0-or-later
// `sync`: one pass (--once, for scheduled jobs) or keep syncing on the profile's interval
// until interrupted. Safe to kill at any moment: each citizen's messages land in one
// transaction and the watermark moves only after a complete pass.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/vietnamtime.h"
#include "secrets/keychainsecretstore.h"
#include "zalo/syncservice.h"

#include <QTimer>
#include <atomic>
#include <csignal>

namespace Desk::Cli {

namespace {

// Only an atomic store is safe inside a signal handler; a timer in the loop acts on it.
std::atomic<bool> s_stopRequested {false};
extern "C" void requestStop(int)
{
    s_stopRequested.store(true);
}

int exitCodeFor(const Zalo::SyncReport &report)
{
    using O = Zalo::SyncReport::Outcome;
    switch (report.outcome) {
    case O::Ok:
        return ExitOk;
    case O::NetworkError:
    case O::ServerError:
    case O::RateLimited:
        return ExitNetwork;
    case O::AuthError:
    case O::NotConfigured:
        return ExitAuth;
    case O::ZaloError:
        return ExitZalo;
    case O::StoreError:
        return ExitLocal;
    }
    return ExitZalo;
}

void printReport(CliContext &context, const Zalo::SyncReport &report)
{
    const QString at
        = Core::toIsoVietnam(report.finishedAtMs > 0 ? report.finishedAtMs : Core::nowMs());
    if (report.ok()) {
        context.out() << CliContext::tr("%1 sync ok: %2 new messages, %3 new cases, %4 requests")
                             .arg(at)
                             .arg(report.newMessages)
                             .arg(report.newCases)
                             .arg(report.requests)
                      << Qt::endl;
        if (report.citizensNotSynced > 0) {
            // The pass succeeded for everyone else; these conversations are retried on their own.
            context.err() << report.userMessage() << ' '
                          << report.notSyncedNames.join(QStringLiteral(", ")) << Qt::endl;
        }
    } else {
        context.err() << CliContext::tr("%1 sync failed: %2").arg(at, report.userMessage()) << '\n';
        if (!report.technicalDetail.isEmpty()) {
            context.err() << CliContext::tr("detail: %1").arg(report.technicalDetail) << '\n';
        }
        context.err().flush();
    }
}

} // namespace

int runSync(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption once(QStringLiteral("once"), CliContext::tr("run one pass and exit"));
    const QCommandLineOption rate(QStringLiteral("requests-per-minute"),
        CliContext::tr("stay under this many API requests a minute (default 4000)"),
        CliContext::tr("N"));
    const QCommandLineOption history(QStringLiteral("history-days"),
        CliContext::tr("how far back a new profile's first sync reaches (default 30 days); a "
                       "larger number later reaches further back"),
        CliContext::tr("DAYS"));
    const QCommandLineOption retryNow(QStringLiteral("retry-now"),
        CliContext::tr("also read at once the conversations Zalo refused earlier (they are "
                       "otherwise retried with a growing pause)"));
    parser.addOptions({once, rate, history, retryNow});
    if (const auto exit = context.parse(parser, QStringLiteral("sync"), arguments)) {
        return *exit;
    }
    if (context.profile().isTeam()) {
        // Two processes syncing one OA would spend each other's single-use refresh tokens.
        return context.fail(ExitUsage,
            CliContext::tr("this profile belongs to a team: the team's OA service (serve) syncs "
                           "the OA"));
    }
    Zalo::SyncSettings settings = Zalo::SyncSettings::fromProfile(context.profile());
    if (parser.isSet(rate)) {
        bool ok = false;
        settings.requestsPerMinute = parser.value(rate).toInt(&ok);
        if (!ok || settings.requestsPerMinute < 0) {
            return context.fail(ExitUsage, CliContext::tr("--requests-per-minute needs a number"));
        }
    }

    if (parser.isSet(history)) {
        bool ok = false;
        settings.historyDays = parser.value(history).toInt(&ok);
        if (!ok || settings.historyDays < 1) {
            return context.fail(ExitUsage, CliContext::tr("--history-days needs a number of days"));
        }
    }

    settings.retryWaitingNow = parser.isSet(retryNow);
    if (parser.isSet(once)) {
        Secrets::KeychainSecretStore keychain;
        const Zalo::SyncReport report = Zalo::runSyncOnce(settings, &keychain);
        printReport(context, report);
        return exitCodeFor(report);
    }

    // Continuous: the same SyncService the GUI uses, until SIGINT / SIGTERM.
    Zalo::SyncService service(
        settings, [] { return std::make_unique<Secrets::KeychainSecretStore>(); });
    QObject::connect(&service, &Zalo::SyncService::syncFinished, &service,
        [&context](const Zalo::SyncReport &report) { printReport(context, report); });
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &stopPoll, [] {
        if (s_stopRequested.load()) {
            QCoreApplication::quit();
        }
    });
    stopPoll.start(200);
    service.start(); // the first pass runs at once
    const int code = QCoreApplication::exec();
    service.stop();
    return code;
}

} // namespace Desk::Cli
