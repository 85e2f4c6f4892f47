// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/servicelease.h"

#include "store/database.h"
#include "zalo/logging.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace Desk::Zalo {

ServiceLease::ServiceLease(Store::ConnectionSpec database, QString holder)
    : m_spec(std::move(database))
    , m_holder(std::move(holder))
{ }

ServiceLease::~ServiceLease()
{
    release();
}

bool ServiceLease::tryAcquire(qint64 nowMs, QString *error)
{
    if (isActive()) {
        return true;
    }
    if (!m_db || !m_db->isOpen()) {
        m_db = std::make_unique<Store::Database>();
        if (!m_db->open(m_spec)) {
            *error = m_db->lastError();
            m_db.reset();
            return false;
        }
        // The server notices a holder cut off by the network after 5 + 2 * 3 s instead of
        // the system's two hours (the settings do nothing on a Unix socket, where a dead
        // process's socket closes at once).
        for (const char *setting : {"SET tcp_keepalives_idle = 5",
                 "SET tcp_keepalives_interval = 2", "SET tcp_keepalives_count = 3"}) {
            m_db->exec(QString::fromLatin1(setting), QStringLiteral("setting keepalives"));
        }
    }
    bool ok = false;
    const bool locked
        = m_db->scalar(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kLockKey), {},
                  QStringLiteral("taking the OA service lock"), &ok)
              .toBool();
    if (!ok) {
        *error = m_db->lastError();
        m_db.reset(); // a broken connection: open a new one next time
        return false;
    }
    if (!locked) {
        return false;
    }
    // Whatever the previous holder leased is void: it is dead or fenced. Its `sending` rows
    // go through the check-the-conversation recovery before anything is sent again.
    Store::Transaction transaction(*m_db);
    const qint64 generation
        = m_db->scalar(QStringLiteral("UPDATE service_lease SET generation = generation + 1, "
                                      "holder = ?, acquired_at_ms = ?, heartbeat_at_ms = ? "
                                      "RETURNING generation"),
                  {m_holder, nowMs, nowMs}, QStringLiteral("recording the OA service"), &ok)
              .toLongLong();
    if (!ok || !transaction.isActive()
        || !m_db->run(m_db->statement(QStringLiteral(
                          "UPDATE outbox SET lease_expires_at_ms = 0 WHERE lease_owner <> '' "
                          "AND state IN ('queued', 'sending')")),
            {}, QStringLiteral("releasing the previous service's leases"))
        || !transaction.commit()) {
        *error = m_db->lastError();
        m_db.reset(); // closing the connection gives the lock back
        return false;
    }
    m_generation = generation;
    qCInfo(lcZalo) << "OA service" << m_holder << "active, generation" << generation;
    return true;
}

bool ServiceLease::beat(qint64 nowMs, QString *error)
{
    if (!isActive() || !m_db) {
        *error = QStringLiteral("this process is not the active OA service");
        return false;
    }
    QSqlQuery *update = m_db->query(
        QStringLiteral("UPDATE service_lease SET heartbeat_at_ms = ? WHERE generation = ?"),
        {nowMs, m_generation}, QStringLiteral("writing the OA service heartbeat"));
    if (!update || update->numRowsAffected() != 1) {
        *error = update ? QStringLiteral("another OA service took over") : m_db->lastError();
        qCWarning(lcZalo).noquote()
            << "OA service generation" << m_generation << "stops:" << *error;
        m_db.reset();
        m_generation = 0;
        return false;
    }
    return true;
}

QSqlDriver *ServiceLease::driver() const
{
    return m_db && m_db->isOpen() ? m_db->connection().driver() : nullptr;
}

void ServiceLease::release()
{
    if (m_db && m_db->isOpen() && isActive()) {
        m_db->scalar(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kLockKey), {},
            QStringLiteral("giving the OA service lock back"));
    }
    m_db.reset();
    m_generation = 0;
}

} // namespace Desk::Zalo
