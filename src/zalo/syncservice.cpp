// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/syncservice.h"

#include "secrets/secretstore.h"
#include "store/syncledger.h"
#include "zalo/logging.h"
#include "zalo/outboxsender.h"
#include "zalo/synccontext.h"
#include "zalo/syncengine.h"
#include "zalo/syncworker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

namespace Desk::Zalo {

QString SyncReport::outcomeKey() const
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::NetworkError:
        return QStringLiteral("network_error");
    case Outcome::ServerError:
        return QStringLiteral("server_error");
    case Outcome::AuthError:
        return QStringLiteral("auth_error");
    case Outcome::NotConfigured:
        return QStringLiteral("not_configured");
    case Outcome::RateLimited:
        return QStringLiteral("rate_limited");
    case Outcome::ZaloError:
        return QStringLiteral("zalo_error");
    case Outcome::StoreError:
        return QStringLiteral("store_error");
    }
    return QStringLiteral("unknown");
}

QString SyncReport::userMessage() const
{
    // A literal context in every call: lupdate 6.4 does not follow C++17 nested namespaces,
    // so it would file tr() strings under a context the running code never asks for.
    // Whole sentences per case (no concatenated fragments) so translators can reorder them.
    const int seconds = (nextRetryMs + 999) / 1000;
    const bool retries = nextRetryMs > 0;
    switch (outcome) {
    case Outcome::Ok:
        if (citizensNotSynced > 0) {
            // lupdate 6.4 hangs on a call expression as the count: computed first.
            const int notSynced = citizensNotSynced;
            return QCoreApplication::translate("Desk::Zalo::SyncReport",
                "%n conversation(s) could not be read from Zalo yet; the desk tries again by "
                "itself. The others are up to date.",
                nullptr, notSynced);
        }
        if (newMessages == 0) {
            return QCoreApplication::translate("Desk::Zalo::SyncReport", "Up to date with Zalo.");
        }
        return QCoreApplication::translate(
            "Desk::Zalo::SyncReport", "%n new message(s) from Zalo.", nullptr, newMessages);
    case Outcome::NetworkError:
        return retries ? QCoreApplication::translate("Desk::Zalo::SyncReport",
                   "Cannot reach Zalo. Working offline; will retry in %1 s.")
                             .arg(seconds)
                       : QCoreApplication::translate("Desk::Zalo::SyncReport",
                           "Cannot reach Zalo. Working offline; sync again when the "
                           "network is back.");
    case Outcome::ServerError:
        return retries ? QCoreApplication::translate(
                   "Desk::Zalo::SyncReport", "Zalo is not answering properly. Will retry in %1 s.")
                             .arg(seconds)
                       : QCoreApplication::translate("Desk::Zalo::SyncReport",
                           "Zalo is not answering properly. Try again in a few minutes.");
    case Outcome::AuthError:
        if (zaloErrorCode != 0) {
            return authorisationAdvice(zaloErrorCode);
        }
        return QCoreApplication::translate("Desk::Zalo::SyncReport",
            "Zalo access has expired or was revoked. An administrator must "
            "re-authorise the Official Account.");
    case Outcome::NotConfigured:
        return QCoreApplication::translate("Desk::Zalo::SyncReport",
            "Zalo is not set up on this computer, or its credentials cannot be read "
            "from the system keychain. An administrator must enter them.");
    case Outcome::RateLimited:
        return retries ? QCoreApplication::translate(
                   "Desk::Zalo::SyncReport", "Zalo asked us to slow down. Will retry in %1 s.")
                             .arg(seconds)
                       : QCoreApplication::translate("Desk::Zalo::SyncReport",
                           "Zalo asked us to slow down. Try again in a minute.");
    case Outcome::ZaloError:
        return retries ? QCoreApplication::translate("Desk::Zalo::SyncReport",
                   "Zalo refused the request (error %1). Will retry in %2 s.")
                             .arg(zaloErrorCode)
                             .arg(seconds)
                       : QCoreApplication::translate(
                           "Desk::Zalo::SyncReport", "Zalo refused the request (error %1).")
                             .arg(zaloErrorCode);
    case Outcome::StoreError:
        return QCoreApplication::translate("Desk::Zalo::SyncReport",
            "Cannot save messages on this computer (disk full or no permission). "
            "Nothing is lost on Zalo; free some space and sync again.");
    }
    return {};
}

class SyncService::Private
{
public:
    SyncSettings settings;
    SecretStoreFactory factory;
    QThread *thread = nullptr;
    SyncWorker *worker = nullptr;
    bool syncing = false;
};

SyncService::SyncService(SyncSettings settings, SecretStoreFactory secrets, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<Desk::Zalo::SyncReport>();
    d->settings = std::move(settings);
    d->factory = std::move(secrets);
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::start()
{
    if (d->thread) {
        return;
    }
    d->thread = new QThread;
    d->thread->setObjectName(QStringLiteral("zalo-sync"));
    d->worker = new SyncWorker(d->settings, d->factory);
    d->worker->moveToThread(d->thread);
    connect(d->thread, &QThread::started, d->worker, &SyncWorker::initialise);
    // Queued: the worker emits in its thread, these run in ours (the GUI's).
    connect(
        d->worker, &SyncWorker::passStarted, this,
        [this] {
            d->syncing = true;
            emit syncStarted();
        },
        Qt::QueuedConnection);
    connect(
        d->worker, &SyncWorker::passFinished, this,
        [this](const SyncReport &report) {
            d->syncing = false;
            emit syncFinished(report);
        },
        Qt::QueuedConnection);
    connect(d->worker, &SyncWorker::passProgress, this, &SyncService::syncProgress,
        Qt::QueuedConnection);
    d->thread->start();
}

void SyncService::stop()
{
    if (!d->thread) {
        return;
    }
    SyncWorker *worker = d->worker;
    // Destroyed in its own thread: its network replies, database connection and keychain
    // jobs must not be touched from here.
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    d->worker = nullptr;
    d->thread->quit();
    d->thread->wait();
    delete d->thread;
    d->thread = nullptr;
    d->syncing = false;
}

bool SyncService::isRunning() const
{
    return d->thread && d->thread->isRunning();
}

bool SyncService::isSyncing() const
{
    return d->syncing;
}

void SyncService::syncNow()
{
    if (!d->worker) {
        qCInfo(lcZalo) << "syncNow ignored: the sync service is not running";
        return;
    }
    QMetaObject::invokeMethod(d->worker, &SyncWorker::requestSync, Qt::QueuedConnection);
}

void SyncService::sendNow()
{
    if (d->worker) {
        QMetaObject::invokeMethod(d->worker, &SyncWorker::requestDrain, Qt::QueuedConnection);
    }
}

SyncSettings SyncSettings::fromProfile(const Core::Profile &profile)
{
    SyncSettings settings;
    settings.databasePath = profile.databasePath();
    settings.profileId = profile.id();
    settings.apiBase = profile.apiBase();
    settings.oauthBase = profile.oauthBase();
    settings.intervalMs = profile.syncIntervalMs();
    return settings;
}

SyncReport runSyncOnce(const SyncSettings &settings, Secrets::SecretStore *secrets)
{
    SyncContext context(settings, secrets);
    QString error;
    if (!context.open(&error)) {
        return SyncContext::storeFailure(error);
    }
    if (settings.retryWaitingNow) {
        Store::SyncLedger(*context.store()).retryNow();
    }
    SyncReport report;
    QEventLoop loop;
    bool finished = false;
    QObject::connect(context.engine(), &SyncEngine::finished, &loop,
        [&context, &report, &loop, &finished](const SyncReport &result) {
            context.afterSync(result, [&report, &loop, &finished](SyncReport done) {
                report = done;
                finished = true;
                loop.quit();
            });
        });
    context.engine()->start();
    // The pass and the drain after it may finish at once (nothing new, nothing to send).
    if (!finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return report;
}

DrainReport runOutboxOnce(const SyncSettings &settings, Secrets::SecretStore *secrets)
{
    SyncContext context(settings, secrets);
    QString error;
    DrainReport report;
    if (!context.open(&error)) {
        report.storeFailed = true;
        report.problem = error;
        return report;
    }
    QEventLoop loop;
    bool finished = false;
    context.sender()->drain([&](const DrainReport &result) {
        report = result;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return report;
}

} // namespace Desk::Zalo
