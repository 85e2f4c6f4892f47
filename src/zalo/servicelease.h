// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/connectionspec.h"

#include <QString>
#include <memory>

class QSqlDriver;

namespace Desk::Store {
class Database;
}

namespace Desk::Zalo {

/**
 * Which OA service of a team is the one that talks to Zalo. The active service holds a
 * PostgreSQL advisory lock on a connection of its own; a standby tries to take it every
 * second. The server drops the lock the moment the holder's connection closes (a killed
 * process included), so a standby takes over within about a second; a holder cut off by the
 * network is noticed by the server's TCP keepalives (set here to ~11 s).
 *
 * Taking the lock bumps `service_lease.generation`; the worker marks replies sending only
 * while the database still names its generation (Store::setServiceGeneration), so a service
 * that lost its lock can never send. beat() writes the heartbeat desks show, and says when
 * this process is no longer the active service.
 */
class ServiceLease
{
public:
    ServiceLease(Store::ConnectionSpec database, QString holder);
    ~ServiceLease();
    ServiceLease(const ServiceLease &) = delete;
    ServiceLease &operator=(const ServiceLease &) = delete;

    /** True when this process holds the lock now (generation() is then its generation). */
    bool tryAcquire(qint64 nowMs, QString *error);
    /** Writes the heartbeat; false when the lock connection is gone or a newer generation
     *  exists: the caller stops working at once. */
    bool beat(qint64 nowMs, QString *error);
    /** Gives the lock back (a clean stop lets a standby take over at once). */
    void release();

    bool isActive() const { return m_generation > 0; }
    /** The lock connection's driver, to LISTEN on (valid while active). */
    QSqlDriver *driver() const;
    qint64 generation() const { return m_generation; }

    /** The advisory lock's key (a constant of the application: "DeskOAsv"). */
    static constexpr qint64 kLockKey = 0x4465736b4f417376;

private:
    Store::ConnectionSpec m_spec;
    QString m_holder;
    std::unique_ptr<Store::Database> m_db;
    qint64 m_generation = 0;
};

} // namespace Desk::Zalo
