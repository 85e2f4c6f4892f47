// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/inboxlines.h"

#include "store/database.h"
#include "store/store.h"

#include <QStringList>

namespace Desk::Store {

namespace {

QString placeholders()
{
    QStringList marks;
    for (int i = 0; i < InboxLines::kChunk; ++i) {
        marks << QStringLiteral("?");
    }
    return marks.join(QLatin1Char(','));
}

} // namespace

InboxLines::InboxLines(Store &store)
    : m_store(store)
{ }

QString InboxLines::lastError() const
{
    return m_store.database().lastError();
}

QHash<qint64, InboxLine> InboxLines::forCases(const QVector<qint64> &caseIds)
{
    QHash<qint64, InboxLine> lines;
    m_store.database().clearError();
    for (qsizetype start = 0; start < caseIds.size(); start += kChunk) {
        QVariantList ids;
        for (qsizetype i = start; i < start + kChunk; ++i) {
            // Padding with an id no case has keeps one prepared statement for every page.
            ids << (i < caseIds.size() ? caseIds.at(i) : qint64(-1));
        }
        if (!readChunk(ids, lines)) {
            return {};
        }
    }
    return lines;
}

bool InboxLines::readChunk(const QVariantList &ids, QHash<qint64, InboxLine> &lines)
{
    Database &db = m_store.database();
    // The newest message per case: the (case_id, direction, time_ms) index finds a case's few
    // rows; the window function picks the newest of both directions, on either engine.
    QSqlQuery *newest = db.statement(
        QStringLiteral("SELECT case_id, direction, type, text, file_name, url, time_ms, "
                       "message_id FROM (SELECT case_id, direction, type, text, file_name, url, "
                       "time_ms, message_id, ROW_NUMBER() OVER (PARTITION BY case_id "
                       "ORDER BY time_ms DESC, id DESC) AS position FROM messages "
                       "WHERE case_id IN (")
        + placeholders() + QStringLiteral(")) newest WHERE position = 1"));
    if (!db.run(newest, ids, QStringLiteral("reading the inbox lines"))) {
        return false;
    }
    {
        StatementReset reset(newest);
        while (newest->next()) {
            Core::Message &message = lines[newest->value(0).toLongLong()].newest;
            message.direction = newest->value(1).toString() == QLatin1String("out")
                ? Core::Direction::Outbound
                : Core::Direction::Inbound;
            message.type = newest->value(2).toString();
            message.text = newest->value(3).toString();
            message.fileName = newest->value(4).toString();
            message.url = newest->value(5).toString();
            message.timeMs = newest->value(6).toLongLong();
            message.messageId = newest->value(7).toString();
        }
    }
    // What staff queued and Zalo has not taken yet (or refused): the newest such row, the
    // first part of a split reply, and how many parts still wait.
    QSqlQuery *outbox = db.statement(
        QStringLiteral("SELECT case_id, state, kind, text, file_path, created_at_ms, waiting "
                       "FROM (SELECT case_id, state, kind, text, file_path, created_at_ms, "
                       "SUM(CASE WHEN state IN ('queued', 'sending') THEN 1 ELSE 0 END) "
                       "OVER (PARTITION BY case_id) AS waiting, ROW_NUMBER() OVER (PARTITION "
                       "BY case_id ORDER BY created_at_ms DESC, part_index, id) AS position "
                       "FROM outbox WHERE state IN ('queued', 'sending', 'refused') "
                       "AND case_id IN (")
        + placeholders() + QStringLiteral(")) undelivered WHERE position = 1"));
    if (!db.run(outbox, ids, QStringLiteral("reading the inbox's queued replies"))) {
        return false;
    }
    StatementReset reset(outbox);
    while (outbox->next()) {
        InboxLine &line = lines[outbox->value(0).toLongLong()];
        line.waitingParts = outbox->value(6).toInt();
        const qint64 at = outbox->value(5).toLongLong();
        if (at < line.newest.timeMs) {
            continue; // the citizen (or the OA) wrote after it: the message is newer
        }
        line.outboxState = outbox->value(1).toString();
        line.outboxKind = outbox->value(2).toString();
        line.outboxText = outbox->value(3).toString();
        line.outboxFilePath = outbox->value(4).toString();
        line.outboxAtMs = at;
    }
    return true;
}

} // namespace Desk::Store
