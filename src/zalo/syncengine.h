// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/syncledger.h"
#include "zalo/apierror.h"
#include "zalo/syncservice.h"
#include "zalo/zaloclient.h"

#include <QLatin1String>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVector>
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
/** How far back the profile's history reaches (ms); set by the first pass. */
inline constexpr QLatin1String HorizonMs("zalo.horizon_ms");
} // namespace SyncStateKey

/**
 * One sync pass from the OA into the store, correct under kill -9 at any moment, under
 * messages arriving while it runs and with several processes syncing one profile:
 *
 * 1. Page listrecentchat newest first until rows are older than the watermark (first sync:
 *    the history horizon, 30 days back by default) and collect the citizens of those rows
 *    (from_id for src 1, to_id for src 0), plus the citizens whose earlier walk did not finish
 *    and whose retry is due (Store::SyncLedger).
 * 2. For each citizen (a few at a time), page conversation newest first until the rows are
 *    older than the citizen's bound: how far back its conversation is known to be complete
 *    (the ledger), else the watermark of the last complete pass, else the horizon. Known
 *    messages are skipped, never a reason to stop: a reply the desk sent between passes, or
 *    one from Zalo's console, sits above messages not yet stored. Then user/detail if the
 *    profile was never fetched. The citizen's new rows and its ledger bound are stored in ONE
 *    transaction, shared with the other citizens walked in the same few dozen milliseconds
 *    (at most kIngestGroup): the bound never moves without the rows it covers.
 * 3. A row that cannot be parsed is read again next pass (the citizen stays pending, its bound
 *    stays); if it is still unreadable on the third walk it is stored as an "unreadable"
 *    message with its raw JSON, shown in the timeline, and upgraded should it ever come in
 *    readable. A conversation Zalo refuses (-201, ...) is retried with back-off on its own and
 *    reported; the rest of the OA moves on.
 * 4. Only after the listing completed, store the watermark = newest row time seen on the
 *    FIRST listing page (messages that arrive during the pass are newer and caught next
 *    time). A pass that fails leaves the watermark, so the next one covers the gap again.
 *
 * Network, server, token and rate-limit failures stop the pass. The pass owns the client
 * while it runs: on such a failure it cancels the client's other requests and reports at once.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultConcurrency = 4;
    /** Walks that meet the same unreadable row before it is stored as unreadable. */
    static constexpr int kUnreadableAttempts = 3;

    SyncEngine(ZaloClient *client, Store::Store *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    /** Citizens whose conversations are fetched at the same time. */
    void setConcurrency(int citizens);
    /** How far back the first pass reaches; a larger value later reaches further back. */
    void setHistoryDays(int days);
    void start();
    bool isRunning() const { return m_running; }

    static SyncReport::Outcome outcomeFor(const ApiError &error);

signals:
    void progress(int citizensDone, int citizensFound, int newMessages);
    void finished(const Desk::Zalo::SyncReport &report);

private:
    struct CitizenTask;
    using TaskPtr = std::shared_ptr<CitizenTask>;

    void startHorizon(qint64 now);
    void enqueueCitizen(const QString &citizenId);
    void fetchListPage();
    void citizenPending(const TaskPtr &task, const QString &why, qint64 retryAtMs);
    void startCitizens();
    /** Reads the store's view of `citizenId` and the queued citizens after it, at once. */
    void readAhead(const QString &citizenId);
    static constexpr int kReadAhead = 200;
    void fetchConversation(const TaskPtr &task);
    void onConversationPage(const TaskPtr &task, const ZaloClient::PageReply &reply);
    void fetchProfile(const TaskPtr &task);
    /** The citizen's walk is over: its network slot goes to the next citizen at once and its
     *  rows wait (briefly) to be stored with others' in one transaction. */
    void queueIngest(const TaskPtr &task);
    /** Stores the waiting citizens' rows and ledger bounds in one transaction. */
    void flushIngests();
    // A group of conversations commits at once: each COMMIT is a round trip on PostgreSQL,
    // and while the group is written the next citizens' requests are already on the wire.
    // Small and time-boxed, so the transaction (and any case row lock in it) stays short.
    static constexpr int kIngestGroup = 10;
    static constexpr int kIngestDelayMs = 50;
    void citizenDone();
    void fail(SyncReport::Outcome outcome, const ApiError &error);
    void maybeFinish();
    QString failureText() const;
    void complete();

    ZaloClient *m_client;
    Store::Store *m_store;
    int m_concurrency = kDefaultConcurrency;
    int m_historyDays = 30;

    bool m_running = false;
    SyncReport m_report;
    qint64 m_requestsAtStart = 0;
    qint64 m_watermark = 0;
    qint64 m_horizon = 0;
    qint64 m_startNewest = 0;
    bool m_listingIncomplete = false; // a listing row named no citizen: keep the watermark
    int m_listOffset = 0;
    bool m_listInFlight = false;
    bool m_listingDone = false;
    QStringList m_queue;
    QSet<QString> m_found;
    // What the store says of the next queued citizens, read for a batch of them at once (each
    // look-up is a round trip on PostgreSQL): their ledger states and which are stored.
    QHash<QString, Store::CitizenSyncState> m_aheadStates;
    QSet<QString> m_aheadKnown;
    QSet<QString> m_aheadRead;
    int m_active = 0;
    QVector<TaskPtr> m_ready; // walked, waiting for flushIngests()
    QTimer *m_flushTimer;
    int m_citizensDone = 0;
    std::optional<SyncReport::Outcome> m_failed;
    ApiError m_failure;
    quint64 m_pass = 0; // callbacks of an older pass find a newer number and do nothing
};

} // namespace Desk::Zalo
