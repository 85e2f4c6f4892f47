// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profile.h"
#include "zalo/outboxsender.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

namespace Desk::Secrets {
class SecretStore;
}

namespace Desk::Zalo {

/** Outcome of one sync pass, in terms the status bar and the CLI can show. */
struct SyncReport
{
    enum class Outcome {
        Ok,
        NetworkError, // unreachable, timeout, dropped connection: retried next pass
        ServerError, // HTTP 5xx or malformed JSON: retried next pass
        AuthError, // tokens invalid and refresh failed: administrator must re-authorise
        NotConfigured, // no credentials in the keychain
        RateLimited, // -32 persisted after back-off
        ZaloError, // any other Zalo error code
        StoreError, // the local database refused the write (disk full, read-only, ...)
    };
    Outcome outcome = Outcome::Ok;
    int zaloErrorCode = 0;
    QString technicalDetail; // for logs; never a token
    int newMessages = 0;
    int newCases = 0;
    /** Conversations this pass could not finish (Zalo refused, unreadable rows). */
    int pendingCitizens = 0;
    /** Conversations not complete after the pass, this one's and earlier ones'. */
    int citizensNotSynced = 0;
    /** The first of them by name (display name, else Zalo id), for the status bar. */
    QStringList notSyncedNames;
    int requests = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    QSet<qint64> touchedCaseIds;
    // After the pass: what the desk did by itself and what the outbox sent.
    int classifiedCases = 0;
    int ratingsRecorded = 0;
    int repliesSent = 0;
    int repliesRefused = 0;
    int repliesWaiting = 0; // queued or unconfirmed, still in the outbox
    QString outboxProblem; // staff-facing text of the outbox's last problem, empty when none
    int nextRetryMs = 0; // when the next pass runs by itself; 0: only on demand

    bool ok() const { return outcome == Outcome::Ok; }
    /** Plain-language text (translated, Vietnamese by default) for the status bar. */
    QString userMessage() const;
    /** Stable English key for logs and CLI output: "ok", "network_error", ... */
    QString outcomeKey() const;
};

/** Everything the sync worker needs; copied into the worker thread. */
struct SyncSettings
{
    QString databasePath;
    QString profileId;
    QUrl apiBase;
    QUrl oauthBase;
    int intervalMs = 15000; // 0: only on demand
    int requestsPerMinute = 4000; // the OA's documented limit; the client stays under it
    int transferTimeoutMs = 20000;
    int maxRetries = 3;
    int concurrency = 4; // citizens whose conversations are fetched at the same time
    int historyDays = 30; // how far back a profile's first sync reaches
    bool retryWaitingNow = false; // runSyncOnce: conversations in back-off are tried at once
    qint64 serviceGeneration = 0; // team mode: the OA service generation this worker sends for

    /** The settings a profile gives (database, profile id, API addresses, interval). */
    static SyncSettings fromProfile(const Core::Profile &profile);
};

/** Creates the secret store inside the worker thread (QtKeychain jobs need that thread's loop). */
using SecretStoreFactory = std::function<std::unique_ptr<Secrets::SecretStore>()>;

/**
 * Runs sync passes in a worker thread that owns its own network manager, store connection
 * and secret store, so the GUI never blocks. Passes run on a timer and on demand; a
 * request while a pass is running is remembered and run right after it.
 */
class SyncService : public QObject
{
    Q_OBJECT
public:
    SyncService(SyncSettings settings, SecretStoreFactory secrets, QObject *parent = nullptr);
    ~SyncService() override;

    /** Starts the worker thread; the first pass runs at once, then every intervalMs. */
    void start();
    /** Stops the timer and the worker thread; a pass in flight is dropped (nothing is lost:
     *  the next pass fetches it again). Blocks until the thread has ended. */
    void stop();
    bool isRunning() const;
    /** A pass is in progress (between syncStarted and syncFinished). */
    bool isSyncing() const;

public slots:
    void syncNow();
    /** Sends what the outbox has due, without waiting for the next pass. */
    void sendNow();

signals:
    void syncStarted();
    void syncFinished(const Desk::Zalo::SyncReport &report);
    /** During a pass: citizens done of those found so far, and new messages stored. */
    void syncProgress(int citizensDone, int citizensFound, int newMessages);

private:
    class Private;
    std::unique_ptr<Private> d;
};

/**
 * One sync pass in the calling thread with a local event loop (CLI `sync --once`): opens its
 * own store connection on settings.databasePath and uses `secrets` from this thread.
 */
SyncReport runSyncOnce(const SyncSettings &settings, Secrets::SecretStore *secrets);

/** Sends what the outbox has due, without syncing (the CLI's `reply` and `outbox --send`). */
DrainReport runOutboxOnce(const SyncSettings &settings, Secrets::SecretStore *secrets);

} // namespace Desk::Zalo

Q_DECLARE_METATYPE(Desk::Zalo::SyncReport)
