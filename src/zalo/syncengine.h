// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zalo/apierror.h"
#include "zalo/syncservice.h"
#include "zalo/zaloclient.h"

#include <QLatin1String>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>
#include <optional>

namespace Desk::Store {
class Store;
}

namespace Desk::Zalo {

/** Keys of the store's sync_state table that the sync owns. */
namespace SyncStateKey {
/** Newest listrecentchat time (ms) seen at the start of the last COMPLETE pass. */
inline constexpr QLatin1String Watermark("zalo.watermark_ms");
inline constexpr QLatin1String LastSyncOkMs("zalo.last_sync_ok_ms");
inline constexpr QLatin1String LastError("zalo.last_error");
inline constexpr QLatin1String LastErrorMs("zalo.last_error_ms");
} // namespace SyncStateKey

/**
 * One sync pass from the OA into the store, correct under kill -9 at any moment and under
 * messages arriving while it runs:
 *
 * 1. Page listrecentchat newest first until rows are older than the watermark (first sync:
 *    to the end) and collect the citizens of those rows (from_id for src 1, to_id for src 0).
 * 2. For each citizen (a few at a time), page conversation newest first until a page holds a
 *    message already stored, or the end; gather ALL new rows in memory, fetch user/detail if
 *    the profile was never fetched, then ingest the citizen in ONE store transaction. A kill
 *    leaves a citizen either fully ingested or untouched, and the stored messages of a
 *    citizen are always "everything up to some time", which is what makes "stop at the first
 *    known id" correct.
 * 3. Only after every citizen succeeded, store the watermark = newest row time seen on the
 *    FIRST listing page (so messages that arrive during the pass are newer and caught next
 *    time). A pass that fails leaves the watermark, so the next one covers the gap again.
 *
 * A conversation Zalo refuses with an API error (-201, ...) does not stop the others: the
 * pass ends as ZaloError without moving the watermark, so that citizen is tried again.
 * Network, server, token and rate-limit failures stop the pass. The pass owns the client
 * while it runs: on such a failure it cancels the client's other requests and reports at once.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultConcurrency = 4;

    SyncEngine(ZaloClient *client, Store::Store *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    /** Citizens whose conversations are fetched at the same time. */
    void setConcurrency(int citizens);
    void start();
    bool isRunning() const { return m_running; }

    static SyncReport::Outcome outcomeFor(const ApiError &error);

signals:
    void progress(int citizensDone, int citizensFound, int newMessages);
    void finished(const Desk::Zalo::SyncReport &report);

private:
    struct CitizenTask;
    using TaskPtr = std::shared_ptr<CitizenTask>;

    void fetchListPage();
    void startCitizens();
    void fetchConversation(const TaskPtr &task);
    void onConversationPage(const TaskPtr &task, const ZaloClient::PageReply &reply);
    void fetchProfile(const TaskPtr &task);
    void ingest(const TaskPtr &task);
    void citizenDone();
    void fail(SyncReport::Outcome outcome, const ApiError &error);
    void maybeFinish();
    QString failureText() const;
    void complete();

    ZaloClient *m_client;
    Store::Store *m_store;
    int m_concurrency = kDefaultConcurrency;

    bool m_running = false;
    SyncReport m_report;
    qint64 m_requestsAtStart = 0;
    qint64 m_watermark = 0;
    qint64 m_startNewest = 0;
    int m_listOffset = 0;
    bool m_listInFlight = false;
    bool m_listingDone = false;
    QStringList m_queue;
    QSet<QString> m_found;
    int m_active = 0;
    int m_citizensDone = 0;
    std::optional<SyncReport::Outcome> m_failed;
    ApiError m_failure;
    int m_citizenErrors = 0; // conversations Zalo refused (the pass goes on without them)
    ApiError m_citizenError;
    quint64 m_pass = 0; // callbacks of an older pass find a newer number and do nothing
};

} // namespace Desk::Zalo
