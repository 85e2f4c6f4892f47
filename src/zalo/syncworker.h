// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zalo/syncservice.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace Desk::Zalo {

class SyncContext;

/**
 * The SyncService's half that lives in the worker thread. Everything it owns is created in
 * initialise(), i.e. in that thread, because QNetworkAccessManager, the store's database
 * connection and QtKeychain jobs all belong to the thread that created them.
 */
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(SyncSettings settings, SecretStoreFactory secrets);
    ~SyncWorker() override;

public slots:
    void initialise();
    /** Runs a pass now, or right after the one in progress (requests coalesce). */
    void requestSync();
    /** Sends what the outbox has due now, without a sync pass (a colleague queued a reply). */
    void requestDrain();

signals:
    void passStarted();
    void passFinished(const Desk::Zalo::SyncReport &report);
    void passProgress(int citizensDone, int citizensFound, int newMessages);

private:
    void runPass();
    void onPassFinished(SyncReport report);
    void scheduleNext();

    SyncSettings m_settings;
    SecretStoreFactory m_factory;
    std::unique_ptr<Secrets::SecretStore> m_secrets;
    std::unique_ptr<SyncContext> m_context; // destroyed before m_secrets
    QTimer m_timer;
    bool m_running = false;
    bool m_pending = false;
    bool m_drainPending = false;
    bool m_retryWaiting = false; // a person asked: retry backed-off conversations now
};

} // namespace Desk::Zalo
