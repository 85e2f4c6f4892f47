// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/syncengine.h"

#include "store/store.h"
#include "store/syncledger.h"
#include "zalo/logging.h"

#include <QDateTime>
#include <QPointer>
#include <utility>

namespace Desk::Zalo {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

} // namespace

struct SyncEngine::CitizenTask
{
    QString citizenId;
    qint64 boundMs = 0; // rows older than this are stored already
    int attempts = 0; // earlier walks that did not finish (the ledger's count)
    // False for a citizen the store has never seen: none of their rows can be stored, so the
    // walk skips the per-page look-ups (a round trip each on PostgreSQL).
    bool stored = true;
    int offset = 0;
    qint64 newestSeenMs = 0;
    QVector<Core::Message> fresh; // newest first, as received
    QVector<Core::Message> unreadable; // rows that could not be parsed, kept aside
    QSet<QString> seen; // ids in `fresh`: pages shift when messages arrive
    std::optional<Core::Citizen> profile;
};

SyncEngine::SyncEngine(ZaloClient *client, Store::Store *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kIngestDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, [this] {
        flushIngests();
        maybeFinish();
    });
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setConcurrency(int citizens)
{
    m_concurrency = qMax(1, citizens);
}

void SyncEngine::setHistoryDays(int days)
{
    m_historyDays = qMax(1, days);
}

SyncReport::Outcome SyncEngine::outcomeFor(const ApiError &error)
{
    switch (error.kind) {
    case ErrorKind::None:
        return SyncReport::Outcome::Ok;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
        return SyncReport::Outcome::NetworkError;
    case ErrorKind::Http:
    case ErrorKind::Malformed:
        return SyncReport::Outcome::ServerError;
    case ErrorKind::RateLimited:
        return SyncReport::Outcome::RateLimited;
    case ErrorKind::InvalidToken:
    case ErrorKind::AuthFailed:
        return SyncReport::Outcome::AuthError;
    case ErrorKind::NotConfigured:
    case ErrorKind::SecretStore:
        // Both mean "the credentials are not usable from here"; the technical detail
        // tells the keychain failure apart.
        return SyncReport::Outcome::NotConfigured;
    case ErrorKind::Api:
        return SyncReport::Outcome::ZaloError;
    }
    return SyncReport::Outcome::ZaloError;
}

void SyncEngine::start()
{
    if (m_running) {
        return;
    }
    ++m_pass;
    m_running = true;
    m_report = SyncReport();
    m_report.startedAtMs = nowMs();
    m_requestsAtStart = m_client->counters().requests;
    m_watermark = m_store->syncValue(QString(SyncStateKey::Watermark)).toLongLong();
    m_startNewest = 0;
    m_listOffset = 0;
    m_listInFlight = false;
    m_listingDone = false;
    m_listingIncomplete = false;
    m_queue.clear();
    m_found.clear();
    m_aheadStates.clear();
    m_aheadKnown.clear();
    m_aheadRead.clear();
    m_active = 0;
    m_ready.clear();
    m_flushTimer->stop();
    m_citizensDone = 0;
    m_failed.reset();
    m_failure = ApiError();
    startHorizon(m_report.startedAtMs);
    qCInfo(lcZalo) << "sync pass started; watermark" << m_watermark << "horizon" << m_horizon;
    // Conversations an earlier pass could not finish go first (their retry is due).
    for (const QString &citizenId : Store::SyncLedger(*m_store).due(m_report.startedAtMs)) {
        enqueueCitizen(citizenId);
    }
    fetchListPage();
}

void SyncEngine::startHorizon(qint64 now)
{
    // The first pass fixes how far back the profile's history reaches; asking for more days
    // later moves it back and walks everything again down to it (nothing is fetched twice:
    // known messages are skipped).
    const qint64 wanted = now - qint64(m_historyDays) * kDayMs;
    m_horizon = m_store->syncValue(QString(SyncStateKey::HorizonMs)).toLongLong();
    if (m_horizon > 0 && wanted >= m_horizon) {
        return;
    }
    if (m_horizon > 0) {
        qCInfo(lcZalo) << "history reaches further back now:" << m_historyDays << "days";
        m_watermark = 0;
        Store::SyncLedger(*m_store).resetBounds();
        m_store->setSyncValue(QString(SyncStateKey::Watermark), QStringLiteral("0"));
    }
    m_horizon = wanted;
    m_store->setSyncValue(QString(SyncStateKey::HorizonMs), QString::number(m_horizon));
}

void SyncEngine::enqueueCitizen(const QString &citizenId)
{
    if (!citizenId.isEmpty() && !m_found.contains(citizenId)) {
        m_found.insert(citizenId);
        m_queue.append(citizenId);
    }
}

void SyncEngine::fetchListPage()
{
    m_listInFlight = true;
    QPointer<SyncEngine> self(this);
    const quint64 pass = m_pass;
    m_client->listRecentChat(
        m_listOffset, kPageSize, [self, pass](const ZaloClient::PageReply &reply) {
            if (!self || pass != self->m_pass || !self->m_running) {
                return;
            }
            self->m_listInFlight = false;
            if (!reply.error.ok()) {
                self->fail(outcomeFor(reply.error), reply.error);
                return;
            }
            const qint64 stopBelow = self->m_watermark > 0 ? self->m_watermark : self->m_horizon;
            bool reachedWatermark = false;
            for (int i = 0; i < reply.page.rejectedRows.size(); ++i) {
                // The citizen of a broken row is still worth a walk; a row that names none
                // keeps the watermark where it is, so the next pass lists it again.
                const QString citizenId = counterpartOf(reply.page.rejectedRows.at(i));
                qCWarning(lcZalo) << "listrecentchat row not readable:" << reply.page.rejected.at(i)
                                  << (citizenId.isEmpty() ? "(no citizen)" : "");
                if (citizenId.isEmpty()) {
                    self->m_listingIncomplete = true;
                }
                self->enqueueCitizen(citizenId);
            }
            for (const Core::Message &message : reply.page.messages) {
                if (self->m_listOffset == 0) {
                    self->m_startNewest = qMax(self->m_startNewest, message.timeMs);
                }
                // Rows at the watermark's own millisecond are looked at again: a message may
                // have arrived in the same millisecond after the last pass listed.
                if (stopBelow > 0 && message.timeMs < stopBelow) {
                    reachedWatermark = true;
                    continue;
                }
                self->enqueueCitizen(message.citizenId);
            }
            if (reachedWatermark || reply.page.rows < kPageSize) {
                self->m_listingDone = true;
            } else {
                self->m_listOffset += kPageSize;
                self->fetchListPage();
            }
            self->startCitizens();
            self->maybeFinish();
        });
}

void SyncEngine::startCitizens()
{
    while (!m_failed && m_active < m_concurrency && !m_queue.isEmpty()) {
        auto task = std::make_shared<CitizenTask>();
        task->citizenId = m_queue.takeFirst();
        readAhead(task->citizenId);
        const auto state = m_aheadStates.constFind(task->citizenId);
        if (state != m_aheadStates.constEnd() && state->completeToMs > 0) {
            task->boundMs = state->completeToMs;
            task->attempts = state->pendingSinceMs > 0 ? state->attempts : 0;
        } else {
            task->stored = m_aheadKnown.contains(task->citizenId);
            // Known without a ledger row: synced before the ledger existed.
            task->boundMs = m_watermark > 0 && task->stored ? m_watermark : m_horizon;
        }
        ++m_active;
        fetchConversation(task);
    }
}

void SyncEngine::readAhead(const QString &citizenId)
{
    if (m_aheadRead.contains(citizenId)) {
        return;
    }
    QStringList batch {citizenId};
    for (int i = 0; i < m_queue.size() && batch.size() < kReadAhead; ++i) {
        batch.append(m_queue.at(i));
    }
    m_aheadStates.insert(Store::SyncLedger(*m_store).states(batch));
    m_aheadKnown.unite(m_store->knownCitizens(batch));
    for (const QString &id : std::as_const(batch)) {
        m_aheadRead.insert(id);
    }
}

void SyncEngine::fetchConversation(const TaskPtr &task)
{
    QPointer<SyncEngine> self(this);
    const quint64 pass = m_pass;
    m_client->conversation(task->citizenId, task->offset, kPageSize,
        [self, pass, task](const ZaloClient::PageReply &reply) {
            if (self && pass == self->m_pass && self->m_running) {
                self->onConversationPage(task, reply);
            }
        });
}

void SyncEngine::citizenPending(const TaskPtr &task, const QString &why, qint64 retryAtMs)
{
    ++m_report.pendingCitizens;
    if (!Store::SyncLedger(*m_store).markPending(
            task->citizenId, task->boundMs, why, nowMs(), retryAtMs)) {
        qCWarning(lcZalo) << "cannot record a citizen to sync again:" << m_store->lastError();
    }
}

void SyncEngine::onConversationPage(const TaskPtr &task, const ZaloClient::PageReply &reply)
{
    if (reply.error.kind == ErrorKind::Api) {
        // Zalo refuses this one conversation (-201 and the like). The other citizens still
        // sync and the watermark moves on; this citizen keeps its bound and is tried again
        // with back-off (and shown as not synced) until Zalo answers.
        qCWarning(lcZalo) << "conversation of a citizen refused:" << reply.error.toString();
        const qint64 now = nowMs();
        citizenPending(
            task, reply.error.toString(), now + Store::SyncLedger::backoffMs(task->attempts + 1));
        m_report.zaloErrorCode = reply.error.code;
        citizenDone();
        return;
    }
    if (!reply.error.ok()) {
        fail(outcomeFor(reply.error), reply.error);
        return;
    }
    QStringList ids;
    ids.reserve(reply.page.messages.size());
    for (const Core::Message &message : reply.page.messages) {
        ids.append(message.messageId);
    }
    const QSet<QString> known = task->stored ? m_store->knownMessageIds(ids) : QSet<QString>();
    bool reachedBound = false;
    qint64 pageOldest = 0;
    for (const Core::Message &message : reply.page.messages) {
        if (message.citizenId != task->citizenId) {
            qCWarning(lcZalo) << "conversation row" << message.messageId
                              << "belongs to another citizen; skipped";
            continue;
        }
        task->newestSeenMs = qMax(task->newestSeenMs, message.timeMs);
        pageOldest = pageOldest == 0 ? message.timeMs : qMin(pageOldest, message.timeMs);
        if (task->boundMs > 0 && message.timeMs < task->boundMs) {
            reachedBound = true; // stored by the walk that set the bound
            continue;
        }
        if (known.contains(message.messageId) || task->seen.contains(message.messageId)) {
            continue; // known, e.g. the desk's own reply: the walk goes on below it
        }
        task->seen.insert(message.messageId);
        task->fresh.append(message);
    }
    for (int i = 0; i < reply.page.rejectedRows.size(); ++i) {
        const auto ownTime
            = integerValue(reply.page.rejectedRows.at(i).toObject().value(QLatin1String("time")));
        if (ownTime && task->boundMs > 0 && *ownTime < task->boundMs) {
            continue; // below the bound: the walk that set it read this row
        }
        qCWarning(lcZalo) << "conversation row not readable:" << reply.page.rejected.at(i);
        Core::Message kept = unreadableMessage(
            reply.page.rejectedRows.at(i), task->citizenId, pageOldest > 0 ? pageOldest : nowMs());
        if (!task->seen.contains(kept.messageId)) {
            task->seen.insert(kept.messageId);
            task->unreadable.append(kept);
        }
    }
    if (reachedBound || reply.page.rows < kPageSize) {
        fetchProfile(task);
    } else {
        task->offset += kPageSize;
        fetchConversation(task);
    }
}

void SyncEngine::fetchProfile(const TaskPtr &task)
{
    if (task->stored && m_store->citizenProfileFetched(task->citizenId)) {
        queueIngest(task);
        return;
    }
    QPointer<SyncEngine> self(this);
    const quint64 pass = m_pass;
    m_client->userDetail(
        task->citizenId, [self, pass, task](const ZaloClient::CitizenReply &reply) {
            if (!self || pass != self->m_pass || !self->m_running) {
                return;
            }
            if (reply.error.ok()) {
                task->profile = reply.citizen;
            } else if (reply.error.kind == ErrorKind::Api) {
                // Zalo will not describe this user (left, blocked, ...): the messages still
                // count; the name comes from the rows and the profile is tried again later.
                qCInfo(lcZalo) << "user/detail refused for a citizen:" << reply.error.toString();
            } else {
                self->fail(outcomeFor(reply.error), reply.error);
                return;
            }
            self->queueIngest(task);
        });
}

void SyncEngine::queueIngest(const TaskPtr &task)
{
    m_ready.append(task);
    --m_active;
    startCitizens(); // the next requests leave before this thread turns to the store
    if (m_ready.size() >= kIngestGroup) {
        flushIngests();
    } else if (!m_flushTimer->isActive()) {
        m_flushTimer->start();
    }
    maybeFinish();
}

void SyncEngine::flushIngests()
{
    m_flushTimer->stop();
    if (m_ready.isEmpty()) {
        return;
    }
    const QVector<TaskPtr> tasks = std::exchange(m_ready, {});
    QVector<Store::Store::Conversation> conversations;
    conversations.reserve(tasks.size());
    QVector<bool> keepPending; // an unreadable row stays to be read again next walk
    keepPending.reserve(tasks.size());
    for (const TaskPtr &task : tasks) {
        // An unreadable row is read again by the next walk (a transient fault clears); only
        // one that stays unreadable is stored as such, so nothing Zalo holds is dropped.
        const bool unreadable = !task->unreadable.isEmpty();
        const bool keepUnreadable = unreadable && task->attempts + 1 >= kUnreadableAttempts;
        if (keepUnreadable) {
            task->fresh += task->unreadable;
        }
        keepPending.append(unreadable && !keepUnreadable);
        std::optional<Core::Citizen> citizen = task->profile;
        if (citizen && citizen->zaloId != task->citizenId) {
            citizen->zaloId = task->citizenId;
        }
        if (!citizen && !task->fresh.isEmpty() && !task->stored) {
            citizen = citizenFromMessage(task->fresh.first());
        }
        // Nothing to store costs no statement: only the ledger's row is written.
        conversations.append({citizen, task->fresh});
    }
    QVector<Store::IngestResult> results;
    const bool stored = m_store->ingestConversations(
        std::move(conversations), &results, [&](const QVector<Store::IngestResult> &) {
            Store::SyncLedger ledger(*m_store);
            const qint64 now = nowMs();
            QVector<Store::SyncLedger::Bound> complete;
            for (qsizetype i = 0; i < tasks.size(); ++i) {
                const TaskPtr &task = tasks.at(i);
                if (!keepPending.at(i)) {
                    complete.append({task->citizenId, qMax(task->newestSeenMs, task->boundMs)});
                } else if (!ledger.markPending(task->citizenId, task->boundMs,
                               QStringLiteral("%1 unreadable row(s) in the conversation")
                                   .arg(task->unreadable.size()),
                               now, now)) {
                    return false;
                }
            }
            return ledger.markComplete(complete);
        });
    if (!stored) {
        // Rolled back as a whole: nothing of these citizens is stored and their bounds stay,
        // so the next pass fetches them again; nothing is lost on Zalo's side.
        fail(
            SyncReport::Outcome::StoreError, ApiError::make(ErrorKind::None, m_store->lastError()));
        return;
    }
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const Store::IngestResult &result = results.at(i);
        m_report.newMessages += result.insertedMessages;
        m_report.newCases += result.openedCases;
        m_report.touchedCaseIds.unite(result.touchedCaseIds);
        m_report.pendingCitizens += keepPending.at(i) ? 1 : 0;
        ++m_citizensDone;
        emit progress(m_citizensDone, static_cast<int>(m_found.size()), m_report.newMessages);
    }
}

void SyncEngine::citizenDone()
{
    --m_active;
    ++m_citizensDone;
    emit progress(m_citizensDone, static_cast<int>(m_found.size()), m_report.newMessages);
    startCitizens();
    maybeFinish();
}

void SyncEngine::fail(SyncReport::Outcome outcome, const ApiError &error)
{
    if (m_failed) {
        return;
    }
    m_failed = outcome;
    m_failure = error;
    qCWarning(lcZalo) << "sync pass stopped:" << failureText();
    // The pass is over: citizens walked to the end are still stored (unless the store is what
    // failed), what other citizens fetched so far is dropped (not half-ingested) and fetched
    // again next pass. Their callbacks never run, so nothing is outstanding.
    m_client->cancelAll();
    m_listInFlight = false;
    m_active = 0;
    m_queue.clear();
    flushIngests();
    maybeFinish();
}

QString SyncEngine::failureText() const
{
    return m_failed == SyncReport::Outcome::StoreError
        ? QStringLiteral("store: ") + m_failure.detail
        : m_failure.toString();
}

void SyncEngine::maybeFinish()
{
    if (!m_running) {
        return;
    }
    if (m_failed) {
        if (m_listInFlight || m_active > 0) {
            return;
        }
    } else if (!m_listingDone || m_listInFlight || !m_queue.isEmpty() || m_active > 0) {
        return;
    } else if (!m_ready.isEmpty()) {
        flushIngests(); // the last group: nothing else will come to share it
        if (m_failed) {
            return; // fail() finished the pass
        }
    }
    complete();
}

void SyncEngine::complete()
{
    const qint64 now = nowMs();
    if (!m_failed) {
        bool stored = true;
        if (m_startNewest > m_watermark && !m_listingIncomplete) {
            stored = m_store->setSyncValue(
                QString(SyncStateKey::Watermark), QString::number(m_startNewest));
        }
        stored = stored
            && m_store->setSyncValue(QString(SyncStateKey::LastSyncOkMs), QString::number(now));
        stored = stored && m_store->setSyncValue(QString(SyncStateKey::LastError), QString());
        if (!stored) {
            m_failed = SyncReport::Outcome::StoreError;
            m_failure = ApiError::make(ErrorKind::None, m_store->lastError());
        }
    } else {
        // Best effort: the store may be what failed.
        m_store->setSyncValue(QString(SyncStateKey::LastError), failureText());
        m_store->setSyncValue(QString(SyncStateKey::LastErrorMs), QString::number(now));
    }
    m_report.outcome = m_failed.value_or(SyncReport::Outcome::Ok);
    m_report.citizensNotSynced = Store::SyncLedger(*m_store).pendingCount();
    if (m_report.citizensNotSynced > 0) {
        for (const Store::CitizenSyncState &state : Store::SyncLedger(*m_store).pending(10)) {
            m_report.notSyncedNames.append(
                state.displayName.isEmpty() ? state.citizenId : state.displayName);
        }
    }
    if (m_failed) {
        m_report.zaloErrorCode = m_failure.code;
        m_report.technicalDetail = failureText();
    }
    m_report.requests = static_cast<int>(m_client->counters().requests - m_requestsAtStart);
    m_report.finishedAtMs = now;
    m_running = false;
    qCInfo(lcZalo) << "sync pass finished:" << m_report.outcomeKey() << m_report.newMessages
                   << "new messages," << m_report.requests << "requests in"
                   << (m_report.finishedAtMs - m_report.startedAtMs) << "ms";
    emit finished(m_report);
}

} // namespace Desk::Zalo
