// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/syncledger.h"

#include "store/database.h"
#include "store/store.h"

#include <QSqlQuery>
#include <algorithm>

namespace Desk::Store {

namespace {

const QString kColumns = QStringLiteral(
    "s.citizen_id, coalesce(z.display_name, ''), s.complete_to_ms, s.pending_since_ms, "
    "s.attempts, s.next_attempt_at_ms, s.last_error, s.failing_since_ms "
    "FROM citizen_sync s LEFT JOIN citizens z ON z.zalo_id = s.citizen_id ");

CitizenSyncState readState(const QSqlQuery &q)
{
    CitizenSyncState state;
    state.citizenId = q.value(0).toString();
    state.displayName = q.value(1).toString();
    state.completeToMs = q.value(2).toLongLong();
    state.pendingSinceMs = q.value(3).toLongLong();
    state.attempts = q.value(4).toInt();
    state.nextAttemptAtMs = q.value(5).toLongLong();
    state.lastError = q.value(6).toString();
    state.failingSinceMs = q.value(7).toLongLong();
    return state;
}

} // namespace

SyncLedger::SyncLedger(Store &store)
    : m_store(store)
{ }

QString SyncLedger::lastError() const
{
    return m_store.database().lastError();
}

qint64 SyncLedger::backoffMs(int attempts)
{
    const int exponent = std::clamp(attempts - 1, 0, 7);
    return std::min<qint64>(30000LL << exponent, 60LL * 60 * 1000);
}

QHash<QString, CitizenSyncState> SyncLedger::states(const QStringList &citizenIds)
{
    Database &db = m_store.database();
    db.clearError();
    QHash<QString, CitizenSyncState> result;
    db.selectIn(QStringLiteral("SELECT ") + kColumns + QStringLiteral("WHERE s.citizen_id"),
        citizenIds, QStringLiteral("reading the sync state"), [&result](const QSqlQuery &row) {
            const CitizenSyncState state = readState(row);
            result.insert(state.citizenId, state);
        });
    return result;
}

bool SyncLedger::markComplete(const QString &citizenId, qint64 completeToMs)
{
    return markComplete(QVector<Bound> {{citizenId, completeToMs}});
}

bool SyncLedger::markComplete(const QVector<Bound> &bounds)
{
    Database &db = m_store.database();
    db.clearError();
    // One row per citizen: PostgreSQL refuses an upsert that meets its own row twice.
    QHash<QString, qint64> latest;
    QStringList order;
    for (const Bound &bound : bounds) {
        const auto found = latest.find(bound.citizenId);
        if (found == latest.end()) {
            latest.insert(bound.citizenId, bound.completeToMs);
            order.append(bound.citizenId);
        } else {
            *found = std::max(*found, bound.completeToMs);
        }
    }
    constexpr qsizetype kRowsPerStatement = 32;
    for (qsizetype start = 0; start < order.size(); start += kRowsPerStatement) {
        const qsizetype rows = std::min(kRowsPerStatement, order.size() - start);
        QString sql = QStringLiteral("INSERT INTO citizen_sync(citizen_id, complete_to_ms) VALUES")
            + Database::valueRows(2, rows);
        QVariantList values;
        for (qsizetype i = 0; i < rows; ++i) {
            const QString &citizenId = order.at(start + i);
            values << textValue(citizenId) << latest.value(citizenId);
        }
        // max(): two processes syncing at once never move a bound backwards.
        sql += QStringLiteral(
            " ON CONFLICT(citizen_id) DO UPDATE SET "
            "complete_to_ms = CASE WHEN excluded.complete_to_ms > citizen_sync.complete_to_ms "
            "THEN excluded.complete_to_ms ELSE citizen_sync.complete_to_ms END, "
            "pending_since_ms = 0, attempts = 0, next_attempt_at_ms = 0, last_error = '', "
            "failing_since_ms = 0");
        if (!db.run(db.statement(sql), values, QStringLiteral("recording a synced citizen"))) {
            return false;
        }
    }
    return true;
}

bool SyncLedger::markPending(const QString &citizenId, qint64 completeToMs, const QString &error,
    qint64 nowMs, qint64 nextAttemptAtMs)
{
    Database &db = m_store.database();
    db.clearError();
    return db.query(
               QStringLiteral(
                   "INSERT INTO citizen_sync(citizen_id, complete_to_ms, pending_since_ms, "
                   "attempts, next_attempt_at_ms, last_error, failing_since_ms) "
                   "VALUES(?, ?, ?, 1, ?, ?, ?) "
                   "ON CONFLICT(citizen_id) DO UPDATE SET "
                   "pending_since_ms = CASE WHEN pending_since_ms > 0 THEN pending_since_ms "
                   "                   ELSE excluded.pending_since_ms END, "
                   "attempts = attempts + 1, next_attempt_at_ms = excluded.next_attempt_at_ms, "
                   "last_error = excluded.last_error, "
                   "failing_since_ms = CASE WHEN failing_since_ms > 0 THEN failing_since_ms "
                   "                   ELSE excluded.failing_since_ms END"),
               {textValue(citizenId), completeToMs, nowMs, nextAttemptAtMs, textValue(error),
                   nowMs},
               QStringLiteral("recording a citizen to sync again"))
        != nullptr;
}

QStringList SyncLedger::due(qint64 nowMs, int limit)
{
    Database &db = m_store.database();
    db.clearError();
    QStringList ids;
    QSqlQuery *query
        = db.query(QStringLiteral("SELECT citizen_id FROM citizen_sync "
                                  "WHERE pending_since_ms > 0 AND next_attempt_at_ms <= ? "
                                  "ORDER BY failing_since_ms LIMIT ?"),
            {nowMs, limit}, QStringLiteral("reading citizens to sync again"));
    if (!query) {
        return ids;
    }
    StatementReset reset(query);
    while (query->next()) {
        ids.append(query->value(0).toString());
    }
    return ids;
}

QVector<CitizenSyncState> SyncLedger::pending(int limit)
{
    Database &db = m_store.database();
    db.clearError();
    QVector<CitizenSyncState> result;
    QSqlQuery *query = db.query(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral("WHERE s.pending_since_ms > 0 ORDER BY s.failing_since_ms LIMIT ?"),
        {limit}, QStringLiteral("reading citizens not synced"));
    if (!query) {
        return result;
    }
    StatementReset reset(query);
    while (query->next()) {
        result.append(readState(*query));
    }
    return result;
}

int SyncLedger::pendingCount()
{
    Database &db = m_store.database();
    db.clearError();
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM citizen_sync WHERE pending_since_ms > 0"), {},
            QStringLiteral("counting citizens not synced"))
        .toInt();
}

bool SyncLedger::retryNow()
{
    Database &db = m_store.database();
    db.clearError();
    return db.exec(QStringLiteral("UPDATE citizen_sync SET next_attempt_at_ms = 0 "
                                  "WHERE pending_since_ms > 0"),
        QStringLiteral("retrying citizens not synced"));
}

bool SyncLedger::resetBounds()
{
    Database &db = m_store.database();
    db.clearError();
    return db.exec(QStringLiteral("UPDATE citizen_sync SET complete_to_ms = 0"),
        QStringLiteral("resetting the sync bounds"));
}

} // namespace Desk::Store
