// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QSet>
#include <QStringList>
#include <QVector>

namespace Desk::Store {

class Database;

/** The `messages` table. */
class MessageRepository
{
public:
    explicit MessageRepository(Database &db)
        : m_db(db)
    { }

    enum class InsertOutcome { Inserted, Duplicate, Failed };
    /** Inserts unless the message id is already stored (ON CONFLICT DO NOTHING). */
    InsertOutcome insert(const Core::Message &message, qint64 caseId, qint64 *rowId = nullptr);
    /**
     * A row kept as "unreadable" (sync could not parse it) is read again in a readable form:
     * the stored row takes its content. True when a row was upgraded (`rowId`, `caseId` set);
     * `ok` false on a database error.
     */
    bool upgradeUnreadable(const Core::Message &message, qint64 *rowId, qint64 *caseId, bool *ok);
    bool exists(const QString &messageId, bool *ok = nullptr);
    /** The ids stored in a readable form (a row kept as "unreadable" is not known). */
    QSet<QString> knownIds(const QStringList &messageIds, bool *ok = nullptr);
    /** Oldest first. */
    QVector<Core::Message> forCase(qint64 caseId, bool *ok = nullptr);

    /** Ids per IN (...) query: SQLite's default variable limit is 32,766 (999 before 3.32). */
    static constexpr int kIdChunk = 500;

private:
    Database &m_db;
};

} // namespace Desk::Store
