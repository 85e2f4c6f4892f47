// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/synccontext.h"

#include "core/classifier.h"
#include "core/ratingscale.h"
#include "store/caseautomation.h"
#include "store/clocks.h"
#include "store/database.h"
#include "store/directory.h"
#include "store/outbox.h"
#include "store/store.h"
#include "zalo/logging.h"
#include "zalo/outboxsender.h"
#include "zalo/syncengine.h"
#include "zalo/tokenmanager.h"
#include "zalo/zaloclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <utility>

namespace Desk::Zalo {

SyncContext::SyncContext(
    const SyncSettings &settings, Secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_store(std::make_unique<Store::Store>())
{
    m_network->setTransferTimeout(settings.transferTimeoutMs);
    // Every process of the profile (desk, CLI) refreshes under the same lock file.
    const TokenManager::Options tokenOptions = profileTokenOptions(
        settings.oauthBase, settings.databasePath, settings.transferTimeoutMs);
    m_tokens = std::make_unique<TokenManager>(
        secrets, m_network.get(), settings.profileId, tokenOptions);
    ClientOptions clientOptions;
    clientOptions.apiBase = settings.apiBase;
    clientOptions.transferTimeoutMs = settings.transferTimeoutMs;
    clientOptions.maxRetries = settings.maxRetries;
    clientOptions.requestsPerMinute = settings.requestsPerMinute;
    m_client = std::make_unique<ZaloClient>(m_network.get(), m_tokens.get(), clientOptions);
    m_engine = std::make_unique<SyncEngine>(m_client.get(), m_store.get());
    m_engine->setConcurrency(settings.concurrency);
    m_engine->setHistoryDays(settings.historyDays);
    m_sender = std::make_unique<OutboxSender>(m_store.get(), m_client.get());
    // Queued: the client emits from inside the engine's own calls; the work runs from the
    // event loop, between the engine's steps.
    connect(m_client.get(), &ZaloClient::idleWait, this, &SyncContext::useIdleWait,
        Qt::QueuedConnection);
}

SyncContext::~SyncContext() = default;

bool SyncContext::open(QString *error)
{
    if (m_store->isOpen()) {
        return true;
    }
    QString detail;
    if (!m_store->open(m_settings.databasePath, &detail)) {
        if (error) {
            *error = detail.isEmpty() ? m_store->lastError() : detail;
        }
        return false;
    }
    m_store->setServiceGeneration(m_settings.serviceGeneration);
    // A profile's first open: the default directory and clock policy (which also gives the
    // cases from before schema v3 their due moments). Both are no-ops once done. A team's are
    // written by team-init: only administrators may change them there.
    if (!m_store->database().isPostgres()) {
        if (!Store::Directory(*m_store).seedDefaults()) {
            if (error) {
                *error = m_store->lastError();
            }
            return false;
        }
        Store::Clocks(*m_store).policy();
    }
    m_automation = std::make_unique<Store::CaseAutomation>(
        *m_store, Core::Classifier::fromDefaults(), Core::RatingScale::threeLevel());
    return true;
}

void SyncContext::useIdleWait(qint64 waitMs)
{
    // A write of the engine still open (never expected between events) is left alone.
    if (!m_automation || m_store->database().transactionDepth() > 0) {
        return;
    }
    // A run classifies at most one batch; another follows while the wait has room for one
    // more as long as the last took, so the requests are not held up by it.
    QElapsedTimer clock;
    clock.start();
    qint64 lastRunMs = 0;
    do {
        const qint64 runStarted = clock.elapsed();
        const auto automatic = m_automation->run(QDateTime::currentMSecsSinceEpoch());
        lastRunMs = clock.elapsed() - runStarted;
        m_classifiedWhileWaiting += automatic.classified;
        m_ratedWhileWaiting += automatic.rated;
        if (!automatic.ok || automatic.classified < Store::CaseAutomation::kBatch) {
            break;
        }
    } while (clock.elapsed() + 2 * lastRunMs < waitMs);
    qCDebug(lcZalo) << "while waiting" << waitMs << "ms for the rate window: classified"
                    << m_classifiedWhileWaiting << "cases in" << clock.elapsed() << "ms";
}

void SyncContext::afterSync(SyncReport report, std::function<void(SyncReport)> done)
{
    report.classifiedCases = std::exchange(m_classifiedWhileWaiting, 0);
    report.ratingsRecorded = std::exchange(m_ratedWhileWaiting, 0);
    if (report.outcome != SyncReport::Outcome::StoreError && m_automation) {
        const auto automatic = m_automation->run(QDateTime::currentMSecsSinceEpoch());
        report.classifiedCases += automatic.classified;
        report.ratingsRecorded += automatic.rated;
    }
    m_sender->drain([this, report, done = std::move(done)](const DrainReport &drained) mutable {
        report.repliesSent = drained.sent;
        report.repliesRefused = drained.refused;
        report.outboxProblem = drained.problem;
        report.repliesWaiting = Store::Outbox(*m_store).pendingCount();
        done(report);
    });
}

SyncReport SyncContext::storeFailure(const QString &detail)
{
    SyncReport report;
    report.outcome = SyncReport::Outcome::StoreError;
    report.technicalDetail = QStringLiteral("store: ") + detail;
    report.startedAtMs = report.finishedAtMs = QDateTime::currentMSecsSinceEpoch();
    return report;
}

} // namespace Desk::Zalo
