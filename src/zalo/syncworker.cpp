// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/syncworker.h"

#include "secrets/secretstore.h"
#include "store/syncledger.h"
#include "zalo/logging.h"
#include "zalo/synccontext.h"
#include "zalo/syncengine.h"

#include <utility>

namespace Desk::Zalo {

SyncWorker::SyncWorker(SyncSettings settings, SecretStoreFactory secrets)
    : m_settings(std::move(settings))
    , m_factory(std::move(secrets))
    , m_timer(this) // a child, so moveToThread() takes the timer along to the worker thread
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncWorker::requestSync);
}

SyncWorker::~SyncWorker()
{
    // The context's jobs and replies reference the secret store: context first.
    m_context.reset();
    m_secrets.reset();
}

void SyncWorker::initialise()
{
    m_secrets = m_factory ? m_factory() : nullptr;
    requestSync();
}

void SyncWorker::requestSync()
{
    // Asked for by a person (F5, start-up): conversations waiting out a back-off go too.
    m_retryWaiting = true;
    if (m_running) {
        m_pending = true;
        return;
    }
    runPass();
}

void SyncWorker::requestDrain()
{
    if (!m_context) {
        requestSync(); // nothing opened yet: the first pass drains at its end
        return;
    }
    if (m_running || m_context->sender()->isDraining()) {
        m_drainPending = true; // the pass drains at its end, a drain in progress goes again
        return;
    }
    m_drainPending = false;
    m_context->sender()->drain([this](const DrainReport &) {
        if (m_drainPending) {
            QTimer::singleShot(0, this, &SyncWorker::requestDrain);
        }
    });
}

void SyncWorker::runPass()
{
    m_timer.stop();
    m_pending = false;
    if (!m_context) {
        // Built lazily and again after a failure: the database may live on a drive that
        // was not there a minute ago.
        auto context = std::make_unique<SyncContext>(m_settings, m_secrets.get());
        QString error;
        if (!context->open(&error)) {
            qCWarning(lcZalo) << "cannot open the store for sync:" << error;
            emit passStarted();
            onPassFinished(SyncContext::storeFailure(error));
            return;
        }
        m_context = std::move(context);
        connect(m_context->engine(), &SyncEngine::finished, this, [this](const SyncReport &report) {
            m_context->afterSync(report, [this](SyncReport done) { onPassFinished(done); });
        });
        connect(m_context->engine(), &SyncEngine::progress, this, &SyncWorker::passProgress);
    }
    if (std::exchange(m_retryWaiting, false)) {
        Store::SyncLedger(*m_context->store()).retryNow();
    }
    m_running = true;
    emit passStarted();
    m_context->engine()->start();
}

void SyncWorker::onPassFinished(SyncReport report)
{
    m_running = false;
    m_drainPending = false; // the pass ended with a drain
    report.nextRetryMs = m_settings.intervalMs > 0 ? m_settings.intervalMs : 0;
    emit passFinished(report);
    if (m_pending) {
        // Someone asked while this pass ran; their messages may have arrived after our
        // first listing page, so run again now rather than at the next tick.
        QTimer::singleShot(0, this, &SyncWorker::requestSync);
        return;
    }
    scheduleNext();
}

void SyncWorker::scheduleNext()
{
    if (m_settings.intervalMs > 0) {
        m_timer.start(m_settings.intervalMs);
    }
}

} // namespace Desk::Zalo
