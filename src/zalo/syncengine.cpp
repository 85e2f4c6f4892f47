// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/syncengine.h"

#include "store/store.h"
#include "zalo/logging.h"

#include <QDateTime>
#include <QPointer>

namespace Desk::Zalo {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct SyncEngine::CitizenTask
{
    QString citizenId;
    int offset = 0;
    QVector<Core::Message> fresh; // newest first, as received
    QSet<QString> seen; // ids in `fresh`: pages shift when messages arrive
    std::optional<Core::Citizen> profile;
};

SyncEngine::SyncEngine(ZaloClient *client, Store::Store *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{ }

SyncEngine::~SyncEngine() = default;

void SyncEngine::setConcurrency(int citizens)
{
    m_concurrency = qMax(1, citizens);
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
    m_queue.clear();
    m_found.clear();
    m_active = 0;
    m_citizensDone = 0;
    m_failed.reset();
    m_failure = ApiError();
    m_citizenErrors = 0;
    m_citizenError = ApiError();
    qCInfo(lcZalo) << "sync pass started; watermark" << m_watermark;
    fetchListPage();
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
            for (const QString &reason : reply.page.rejected) {
                qCWarning(lcZalo) << "listrecentchat row skipped:" << reason;
            }
            bool reachedWatermark = false;
            for (const Core::Message &message : reply.page.messages) {
                if (self->m_listOffset == 0) {
                    self->m_startNewest = qMax(self->m_startNewest, message.timeMs);
                }
                // Rows at the watermark's own millisecond are looked at again: a message may
                // have arrived in the same millisecond after the last pass listed.
                if (self->m_watermark > 0 && message.timeMs < self->m_watermark) {
                    reachedWatermark = true;
                    continue;
                }
                if (!self->m_found.contains(message.citizenId)) {
                    self->m_found.insert(message.citizenId);
                    self->m_queue.append(message.citizenId);
                }
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
        ++m_active;
        fetchConversation(task);
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

void SyncEngine::onConversationPage(const TaskPtr &task, const ZaloClient::PageReply &reply)
{
    if (reply.error.kind == ErrorKind::Api) {
        // Zalo refuses this one conversation (-201 and the like). The other citizens still
        // sync; the pass is reported as incomplete and the watermark stays, so this citizen
        // is tried again next pass instead of being skipped for good.
        qCWarning(lcZalo) << "conversation of a citizen refused:" << reply.error.toString();
        if (m_citizenErrors++ == 0) {
            m_citizenError = reply.error;
        }
        citizenDone();
        return;
    }
    if (!reply.error.ok()) {
        fail(outcomeFor(reply.error), reply.error);
        return;
    }
    for (const QString &reason : reply.page.rejected) {
        qCWarning(lcZalo) << "conversation row skipped:" << reason;
    }
    QStringList ids;
    ids.reserve(reply.page.messages.size());
    for (const Core::Message &message : reply.page.messages) {
        ids.append(message.messageId);
    }
    const QSet<QString> known = m_store->knownMessageIds(ids);
    bool reachedKnown = false;
    for (const Core::Message &message : reply.page.messages) {
        if (message.citizenId != task->citizenId) {
            qCWarning(lcZalo) << "conversation row" << message.messageId
                              << "belongs to another citizen; skipped";
            continue;
        }
        if (known.contains(message.messageId)) {
            reachedKnown = true;
            continue;
        }
        if (!task->seen.contains(message.messageId)) {
            task->seen.insert(message.messageId);
            task->fresh.append(message);
        }
    }
    if (reachedKnown || reply.page.rows < kPageSize) {
        fetchProfile(task);
    } else {
        task->offset += kPageSize;
        fetchConversation(task);
    }
}

void SyncEngine::fetchProfile(const TaskPtr &task)
{
    if (m_store->citizenProfileFetched(task->citizenId)) {
        ingest(task);
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
            self->ingest(task);
        });
}

void SyncEngine::ingest(const TaskPtr &task)
{
    std::optional<Core::Citizen> citizen = task->profile;
    if (citizen && citizen->zaloId != task->citizenId) {
        citizen->zaloId = task->citizenId;
    }
    if (!citizen && !task->fresh.isEmpty() && !m_store->citizenKnown(task->citizenId)) {
        citizen = citizenFromMessage(task->fresh.first());
    }
    if (!citizen && task->fresh.isEmpty()) {
        citizenDone();
        return;
    }
    const Store::IngestResult result = m_store->ingestConversation(citizen, task->fresh);
    if (!result.ok) {
        // Rolled back as a whole: nothing of this citizen is stored, and nothing is lost on
        // Zalo's side; the next pass fetches the citizen again.
        const QString detail = result.error.isEmpty() ? m_store->lastError() : result.error;
        fail(SyncReport::Outcome::StoreError, ApiError::make(ErrorKind::None, detail));
        return;
    }
    m_report.newMessages += result.insertedMessages;
    m_report.newCases += result.openedCases;
    m_report.touchedCaseIds.unite(result.touchedCaseIds);
    citizenDone();
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
    // The pass is over: what other citizens fetched so far is dropped (not half-ingested)
    // and fetched again next pass. Their callbacks never run, so nothing is outstanding.
    m_client->cancelAll();
    m_listInFlight = false;
    m_active = 0;
    m_queue.clear();
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
    }
    complete();
}

void SyncEngine::complete()
{
    const qint64 now = nowMs();
    if (!m_failed && m_citizenErrors > 0) {
        m_failed = SyncReport::Outcome::ZaloError;
        m_failure = m_citizenError;
        m_failure.detail = QStringLiteral("%1 citizen(s) not synced: %2")
                               .arg(m_citizenErrors)
                               .arg(m_citizenError.detail);
    }
    if (!m_failed) {
        bool stored = true;
        if (m_startNewest > m_watermark) {
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
