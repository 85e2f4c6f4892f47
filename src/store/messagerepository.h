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
    bool exists(const QString &messageId, bool *ok = nullptr);
    QSet<QString> knownIds(const QStringList &messageIds, bool *ok = nullptr);
    /** Oldest first. */
    QVector<Core::Message> forCase(qint64 caseId, bool *ok = nullptr);

    /** Ids per IN (...) query: SQLite's default variable limit is 32,766 (999 before 3.32). */
    static constexpr int kIdChunk = 500;

private:
    Database &m_db;
};

} // namespace Desk::Store
