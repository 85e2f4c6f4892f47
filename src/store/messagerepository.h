// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QHash>
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

    /**
     * A row kept as "unreadable" (sync could not parse it) is read again in a readable form:
     * the stored row takes its content. True when a row was upgraded (`rowId`, `caseId` set);
     * `ok` false on a database error.
     */
    bool upgradeUnreadable(const Core::Message &message, qint64 *rowId, qint64 *caseId, bool *ok);
    bool exists(const QString &messageId, bool *ok = nullptr);
    /** The ids stored in a readable form (a row kept as "unreadable" is not known). */
    QSet<QString> knownIds(const QStringList &messageIds, bool *ok = nullptr);
    /** message_id -> type of the given ids that are stored (also "unreadable" rows). */
    QHash<QString, QString> storedTypes(const QStringList &messageIds, bool *ok);
    struct NewRow
    {
        const Core::Message *message = nullptr;
        qint64 caseId = 0;
    };
    /**
     * Inserts the rows, kInsertChunk per statement, skipping ids already stored (ON CONFLICT
     * DO NOTHING): `rowIds` receives message_id -> messages.id of the rows written.
     */
    bool insertAll(const QVector<NewRow> &rows, QHash<QString, qint64> *rowIds);
    static constexpr int kInsertChunk = 32;
    /** Oldest first. */
    QVector<Core::Message> forCase(qint64 caseId, bool *ok = nullptr);

private:
    Database &m_db;
};

} // namespace Desk::Store
