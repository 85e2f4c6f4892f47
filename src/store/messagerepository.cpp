// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/messagerepository.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Desk::Store {

namespace {

QString directionKey(Core::Direction direction)
{
    return direction == Core::Direction::Inbound ? QStringLiteral("in") : QStringLiteral("out");
}

/** `SELECT ... IN (?, ?, ...)` with a fixed number of placeholders (no data in the SQL). */
} // namespace

bool MessageRepository::upgradeUnreadable(
    const Core::Message &message, qint64 *rowId, qint64 *caseId, bool *ok)
{
    *ok = false;
    QSqlQuery *find = m_db.query(QStringLiteral("SELECT id, case_id FROM messages "
                                                "WHERE message_id = ? AND type = 'unreadable'"),
        {message.messageId}, QStringLiteral("looking up an unreadable message"));
    if (!find) {
        return false;
    }
    if (!find->next()) {
        find->finish();
        *ok = true;
        return false;
    }
    *rowId = find->value(0).toLongLong();
    *caseId = find->value(1).toLongLong();
    find->finish();
    // Same row, same case: only what the broken copy could not say is filled in.
    *ok = m_db.query(QStringLiteral("UPDATE messages SET direction = ?, time_ms = ?, type = ?, "
                                    "text = ?, url = ?, thumb_url = ?, file_name = ?, "
                                    "raw_json = ? WHERE id = ?"),
              {directionKey(message.direction), message.timeMs,
                  message.type.isEmpty() ? QStringLiteral("text") : message.type,
                  textValue(message.text), textValue(message.url), textValue(message.thumbUrl),
                  textValue(message.fileName), textValue(message.rawJson), *rowId},
              QStringLiteral("storing the readable form of a message"))
        != nullptr;
    return *ok;
}

bool MessageRepository::exists(const QString &messageId, bool *ok)
{
    bool queryOk = false;
    const QVariant found
        = m_db.scalar(QStringLiteral("SELECT 1 FROM messages WHERE message_id = ?"), {messageId},
            QStringLiteral("looking up a message"), &queryOk);
    if (ok) {
        *ok = queryOk;
    }
    return queryOk && found.isValid();
}

QSet<QString> MessageRepository::knownIds(const QStringList &messageIds, bool *ok)
{
    QSet<QString> known;
    // A row kept as unreadable is not known yet: its readable form must still come in.
    const bool done = m_db.selectIn(QStringLiteral("SELECT message_id FROM messages "
                                                   "WHERE type <> 'unreadable' AND message_id"),
        messageIds, QStringLiteral("looking up message ids"),
        [&known](const QSqlQuery &row) { known.insert(row.value(0).toString()); });
    if (ok) {
        *ok = done;
    }
    return known;
}

QHash<QString, QString> MessageRepository::storedTypes(const QStringList &messageIds, bool *ok)
{
    QHash<QString, QString> types;
    *ok = m_db.selectIn(QStringLiteral("SELECT message_id, type FROM messages WHERE message_id"),
        messageIds, QStringLiteral("looking up message ids"), [&types](const QSqlQuery &row) {
            types.insert(row.value(0).toString(), row.value(1).toString());
        });
    return types;
}

bool MessageRepository::insertAll(const QVector<NewRow> &rows, QHash<QString, qint64> *rowIds)
{
    // One statement per chunk instead of one per message: on PostgreSQL every statement is a
    // round trip, and a synced conversation's messages were most of a sync's statements.
    static constexpr int kColumns = 11;
    for (qsizetype start = 0; start < rows.size(); start += kInsertChunk) {
        const qsizetype count = std::min<qsizetype>(kInsertChunk, rows.size() - start);
        QString sql = QStringLiteral("INSERT INTO messages(message_id, citizen_id, direction, "
                                     "time_ms, type, text, url, thumb_url, file_name, raw_json, "
                                     "case_id) VALUES")
            + Database::valueRows(kColumns, count);
        sql += QStringLiteral(" ON CONFLICT(message_id) DO NOTHING RETURNING id, message_id");
        QVariantList values;
        values.reserve(count * kColumns);
        for (qsizetype i = start; i < start + count; ++i) {
            const Core::Message &message = *rows.at(i).message;
            values << message.messageId << message.citizenId << directionKey(message.direction)
                   << message.timeMs
                   << (message.type.isEmpty() ? QStringLiteral("text") : message.type)
                   << textValue(message.text) << textValue(message.url)
                   << textValue(message.thumbUrl) << textValue(message.fileName)
                   << textValue(message.rawJson) << rows.at(i).caseId;
        }
        QSqlQuery *query = m_db.statement(sql);
        if (!m_db.run(query, values, QStringLiteral("storing messages"))) {
            return false;
        }
        StatementReset reset(query);
        while (query->next()) {
            rowIds->insert(query->value(1).toString(), query->value(0).toLongLong());
        }
        if (query->lastError().isValid()) {
            return m_db.fail(QStringLiteral("storing messages"), query->lastError());
        }
    }
    return true;
}

QVector<Core::Message> MessageRepository::forCase(qint64 caseId, bool *ok)
{
    QVector<Core::Message> messages;
    QSqlQuery *query = m_db.query(
        QStringLiteral("SELECT message_id, citizen_id, direction, time_ms, type, text, url, "
                       "thumb_url, file_name, raw_json FROM messages WHERE case_id = ? "
                       "ORDER BY time_ms, id"),
        {caseId}, QStringLiteral("reading a case's messages"));
    if (ok) {
        *ok = query != nullptr;
    }
    if (!query) {
        return messages;
    }
    StatementReset reset(query);
    while (query->next()) {
        Core::Message message;
        message.messageId = query->value(0).toString();
        message.citizenId = query->value(1).toString();
        message.direction = query->value(2).toString() == QLatin1String("out")
            ? Core::Direction::Outbound
            : Core::Direction::Inbound;
        message.timeMs = query->value(3).toLongLong();
        message.type = query->value(4).toString();
        message.text = query->value(5).toString();
        message.url = query->value(6).toString();
        message.thumbUrl = query->value(7).toString();
        message.fileName = query->value(8).toString();
        message.rawJson = query->value(9).toString();
        messages.append(message);
    }
    return messages;
}

} // namespace Desk::Store
