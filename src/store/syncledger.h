// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Desk::Store {

class Store;

/** What the sync knows about one citizen's conversation (table citizen_sync). */
struct CitizenSyncState
{
    QString citizenId;
    QString displayName; // from citizens, for `check` and the GUI
    /** Everything older than this (Zalo's clock, ms) is stored; 0 = not known. */
    qint64 completeToMs = 0;
    /** > 0: the conversation could not be walked completely; retried on its own. */
    qint64 pendingSinceMs = 0;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    QString lastError; // technical (logs, `check --json`), never a token
    qint64 failingSinceMs = 0;
};

/**
 * The sync's per-citizen bookkeeping, so that a conversation walk stops only below what is
 * known to be complete (never at the first known message: a reply the desk just sent is a
 * known message), and a conversation Zalo keeps refusing is retried with back-off without
 * holding back the rest of the OA.
 */
class SyncLedger
{
public:
    explicit SyncLedger(Store &store);

    /** The states of `citizenIds` that have one. */
    QHash<QString, CitizenSyncState> states(const QStringList &citizenIds);
    /** The walk reached `completeToMs` with every row read: nothing pending any more. */
    bool markComplete(const QString &citizenId, qint64 completeToMs);
    struct Bound
    {
        QString citizenId;
        qint64 completeToMs = 0;
    };
    /** markComplete() for several citizens in one statement per few dozen. */
    bool markComplete(const QVector<Bound> &bounds);
    /**
     * The walk did not finish (Zalo refused, or a row could not be read): the citizen keeps
     * `completeToMs` as its bound and is tried again at `nextAttemptAtMs`.
     */
    bool markPending(const QString &citizenId, qint64 completeToMs, const QString &error,
        qint64 nowMs, qint64 nextAttemptAtMs);
    /** Citizens whose retry is due at `nowMs`, oldest failure first. */
    QStringList due(qint64 nowMs, int limit = 100);
    /** Every citizen whose conversation is not complete (for `check` and the status bar). */
    QVector<CitizenSyncState> pending(int limit = 500);
    int pendingCount();
    /** Makes every pending citizen due now (a sync started by hand tries them at once). */
    bool retryNow();
    /** Forgets every bound (a sync that reaches further back walks everything again). */
    bool resetBounds();
    /** Retry delay after `attempts` failures: 30 s doubling up to 1 h. */
    static qint64 backoffMs(int attempts);

    QString lastError() const;

private:
    Store &m_store;
};

} // namespace Desk::Store
