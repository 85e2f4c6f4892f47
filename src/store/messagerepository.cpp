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
QString knownIdsSql()
{
    // A row kept as unreadable is not known yet: its readable form must still come in.
    QString sql = QStringLiteral("SELECT message_id FROM messages WHERE type <> 'unreadable' "
                                 "AND message_id IN (?");
    for (int i = 1; i < MessageRepository::kIdChunk; ++i) {
        sql += QLatin1String(", ?");
    }
    return sql + QLatin1Char(')');
}

} // namespace

MessageRepository::InsertOutcome MessageRepository::insert(
    const Core::Message &message, qint64 caseId, qint64 *rowId)
{
    QSqlQuery *query = m_db.statement(QStringLiteral(
        "INSERT INTO messages(message_id, citizen_id, direction, time_ms, type, text, url, "
        "thumb_url, file_name, raw_json, case_id) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(message_id) DO NOTHING RETURNING id"));
    const qint64 id = m_db.insertReturningId(query,
        {message.messageId, message.citizenId, directionKey(message.direction), message.timeMs,
            message.type.isEmpty() ? QStringLiteral("text") : message.type, textValue(message.text),
            textValue(message.url), textValue(message.thumbUrl), textValue(message.fileName),
            textValue(message.rawJson), caseId},
        QStringLiteral("storing a message"));
    if (id < 0) {
        return InsertOutcome::Failed;
    }
    if (id == 0) {
        return InsertOutcome::Duplicate;
    }
    if (rowId) {
        *rowId = id;
    }
    return InsertOutcome::Inserted;
}

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
    if (ok) {
        *ok = true;
    }
    if (messageIds.isEmpty()) {
        return known;
    }
    // One prepared statement of fixed width: a short last chunk repeats its first id.
    QSqlQuery *query = m_db.statement(knownIdsSql());
    if (!query) {
        if (ok) {
            *ok = false;
        }
        return known;
    }
    for (qsizetype start = 0; start < messageIds.size(); start += kIdChunk) {
        const qsizetype end = std::min<qsizetype>(start + kIdChunk, messageIds.size());
        for (int slot = 0; slot < kIdChunk; ++slot) {
            const qsizetype index = start + slot < end ? start + slot : start;
            query->bindValue(slot, messageIds.at(index));
        }
        if (!query->exec()) {
            m_db.fail(QStringLiteral("looking up message ids"), query->lastError());
            query->finish();
            if (ok) {
                *ok = false;
            }
            return known;
        }
        while (query->next()) {
            known.insert(query->value(0).toString());
        }
        query->finish();
    }
    return known;
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
