// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/outbox.h"

#include "core/processidentity.h"
#include "store/caserepository.h"
#include "store/clocks.h"
#include "store/database.h"
#include "store/store.h"
#include "store/storelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <array>
#include <utility>

namespace Desk::Store {

namespace {

const std::array<std::pair<OutboxPurpose, const char *>, 4> kPurposeKeys = {{
    {OutboxPurpose::Reply, "reply"},
    {OutboxPurpose::Acknowledgement, "acknowledgement"},
    {OutboxPurpose::Interim, "interim"},
    {OutboxPurpose::RatingRequest, "rating_request"},
}};

const std::array<std::pair<OutboxState, const char *>, 5> kStateKeys = {{
    {OutboxState::Queued, "queued"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Sent, "sent"},
    {OutboxState::Refused, "refused"},
    {OutboxState::Cancelled, "cancelled"},
}};

template<typename Enum, std::size_t N>
QString keyIn(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, key] : table) {
        if (entry == value) {
            return QString::fromLatin1(key);
        }
    }
    return QString::fromLatin1(table.front().second);
}

template<typename Enum, std::size_t N>
Enum valueIn(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key)
{
    for (const auto &[entry, name] : table) {
        if (key == QLatin1String(name)) {
            return entry;
        }
    }
    return table.front().first;
}

const QString kItemColumns = QStringLiteral(
    "o.id, o.case_id, c.code, o.citizen_id, z.display_name, o.client_ref, o.purpose, o.kind, "
    "o.text, o.quote_message_id, o.file_path, o.part_index, o.part_count, o.state, o.attempts, "
    "o.next_attempt_at_ms, o.created_at_ms, o.created_by, o.sending_since_ms, o.sent_at_ms, "
    "o.zalo_message_id, o.error_code, o.error_message, c.last_inbound_at_ms, o.lease_owner, "
    "o.lease_expires_at_ms, o.attachment_ref "
    "FROM outbox o JOIN cases c ON c.id = o.case_id "
    "LEFT JOIN citizens z ON z.zalo_id = o.citizen_id ");

OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.caseId = q.value(1).toLongLong();
    item.caseCode = q.value(2).toString();
    item.citizenId = q.value(3).toString();
    item.citizenName = q.value(4).toString();
    item.clientRef = q.value(5).toString();
    item.purpose = outboxPurposeFromKey(q.value(6).toString());
    item.part.kind = q.value(7).toString();
    item.part.text = q.value(8).toString();
    item.part.quoteMessageId = q.value(9).toString();
    item.part.filePath = q.value(10).toString();
    item.partIndex = q.value(11).toInt();
    item.partCount = q.value(12).toInt();
    item.state = outboxStateFromKey(q.value(13).toString());
    item.attempts = q.value(14).toInt();
    item.nextAttemptAtMs = q.value(15).toLongLong();
    item.createdAtMs = q.value(16).toLongLong();
    item.createdBy = q.value(17).toString();
    item.sendingSinceMs = q.value(18).toLongLong();
    item.sentAtMs = q.value(19).toLongLong();
    item.zaloMessageId = q.value(20).toString();
    item.errorCode = q.value(21).toInt();
    item.errorMessage = q.value(22).toString();
    item.lastInboundAtMs = q.value(23).toLongLong();
    item.leaseOwner = q.value(24).toString();
    item.leaseExpiresAtMs = q.value(25).toLongLong();
    item.attachmentRef = q.value(26).toString();
    return item;
}

/** client_ref is "<reply uuid>/<part index>": the parts of one reply share the prefix. */
QString replyGroupOf(const QString &clientRef)
{
    return clientRef.section(QLatin1Char('/'), 0, 0);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString outboxPurposeKey(OutboxPurpose purpose)
{
    return keyIn(kPurposeKeys, purpose);
}

OutboxPurpose outboxPurposeFromKey(const QString &key)
{
    return valueIn(kPurposeKeys, key);
}

QString outboxStateKey(OutboxState state)
{
    return keyIn(kStateKeys, state);
}

OutboxState outboxStateFromKey(const QString &key)
{
    return valueIn(kStateKeys, key);
}

Outbox::Outbox(Store &store)
    : Outbox(store, Core::ProcessIdentity::current())
{ }

Outbox::Outbox(Store &store, const QString &leaseOwner)
    : m_store(store)
    , m_owner(leaseOwner)
{ }

bool Outbox::leaseHeldByOther(const QString &owner, qint64 expiresAtMs, qint64 nowMs) const
{
    return !owner.isEmpty() && owner != m_owner && expiresAtMs > nowMs
        && Core::ProcessIdentity::mayBeAlive(owner);
}

QString Outbox::lastError() const
{
    return m_store.database().lastError();
}

QVector<qint64> Outbox::enqueue(qint64 caseId, const QVector<OutboxPart> &parts,
    OutboxPurpose purpose, const QString &actor, qint64 nowMs)
{
    // On a team database the OA service writes the same case (a new message, a reply sent)
    // while a desk queues: PostgreSQL may pick this transaction as a deadlock's victim and roll
    // it back whole. Queuing again is then safe; inside a caller's transaction it is not ours
    // to repeat.
    Database &db = m_store.database();
    for (int attempt = 1;; ++attempt) {
        const QVector<qint64> ids = enqueueOnce(caseId, parts, purpose, actor, nowMs);
        if (!ids.isEmpty() || db.lastErrorKind() != DatabaseErrorKind::Busy
            || db.transactionDepth() > 0 || attempt == kQueueAttempts) {
            return ids;
        }
        qCInfo(lcStore) << "queuing a reply on case" << caseId << "met a concurrent writer; again";
        QThread::msleep(20 * attempt);
    }
}

QVector<qint64> Outbox::enqueueOnce(qint64 caseId, const QVector<OutboxPart> &parts,
    OutboxPurpose purpose, const QString &actor, qint64 nowMs)
{
    Database &db = m_store.database();
    db.clearError();
    QVector<qint64> ids;
    if (parts.isEmpty()) {
        db.fail(QStringLiteral("nothing to send"));
        return ids;
    }
    Transaction transaction(db);
    bool ok = false;
    const QString citizenId = db.scalar(QStringLiteral("SELECT citizen_id FROM cases WHERE id = ?"),
                                    {caseId}, QStringLiteral("queuing a reply"), &ok)
                                  .toString();
    if (!transaction.isActive() || !ok) {
        return ids;
    }
    if (citizenId.isEmpty()) {
        db.fail(QStringLiteral("case %1 does not exist").arg(caseId));
        return ids;
    }
    const QString group = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery *insert = db.statement(QStringLiteral(
        "INSERT INTO outbox(case_id, citizen_id, client_ref, purpose, kind, text, "
        "quote_message_id, file_path, part_index, part_count, state, next_attempt_at_ms, "
        "created_at_ms, created_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?) "
        "RETURNING id"));
    for (int i = 0; i < parts.size(); ++i) {
        const OutboxPart &part = parts.at(i);
        const qint64 id = db.insertReturningId(insert,
            {caseId, textValue(citizenId),
                QString(group + QLatin1Char('/') + QString::number(i + 1)),
                outboxPurposeKey(purpose), textValue(part.kind), textValue(part.text),
                textValue(part.quoteMessageId), textValue(part.filePath), i + 1, int(parts.size()),
                nowMs, nowMs, textValue(actor)},
            QStringLiteral("queuing a reply"));
        if (id <= 0
            || (db.isPostgres() && !part.filePath.isEmpty() && !keepFile(id, part.filePath))) {
            return {};
        }
        ids.append(id);
    }
    const QJsonObject detail {{QStringLiteral("purpose"), outboxPurposeKey(purpose)},
        {QStringLiteral("parts"), int(parts.size())}, {QStringLiteral("reply"), group}};
    // What staff typed went out with this reply; an automatic question leaves their draft.
    const bool fromDraft = purpose != OutboxPurpose::RatingRequest;
    if ((fromDraft
            && !db.run(
                db.statement(QStringLiteral("DELETE FROM drafts WHERE case_id = ? AND author = ?")),
                {caseId, textValue(actor)}, QStringLiteral("clearing the draft")))
        || !CaseRepository(db).addEvent(
            caseId, nowMs, actor, QStringLiteral("reply_queued"), json(detail))
        || !transaction.commit()) {
        return {};
    }
    qCInfo(lcStore) << "queued" << ids.size() << "part(s) for case" << caseId;
    m_store.announceChanged({caseId});
    return ids;
}

QVector<OutboxItem> Outbox::select(const QString &where, const QVariantList &values, int limit)
{
    Database &db = m_store.database();
    QVariantList bound = values;
    bound.append(limit);
    QSqlQuery *query = db.statement(
        QStringLiteral("SELECT ") + kItemColumns + where + QStringLiteral(" LIMIT ?"));
    QVector<OutboxItem> result;
    if (!db.run(query, bound, QStringLiteral("reading the outbox"))) {
        return result;
    }
    StatementReset reset(query);
    while (query->next()) {
        result.append(readItem(*query));
    }
    return result;
}

QVector<OutboxItem> Outbox::due(qint64 nowMs, int limit)
{
    m_store.database().clearError();
    QVector<OutboxItem> rows = select(
        QStringLiteral("WHERE o.state IN ('queued', 'sending') "
                       "AND o.id = (SELECT min(p.id) FROM outbox p WHERE p.case_id = o.case_id "
                       "            AND p.state IN ('queued', 'sending')) "
                       "AND (o.state = 'sending' OR o.next_attempt_at_ms <= ?) ORDER BY o.id"),
        {nowMs}, limit);
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                   [this, nowMs](const OutboxItem &row) {
                       return leaseHeldByOther(row.leaseOwner, row.leaseExpiresAtMs, nowMs);
                   }),
        rows.end());
    return rows;
}

bool Outbox::claim(qint64 id, qint64 nowMs)
{
    m_store.database().clearError();
    const auto row = item(id);
    return row && claim(*row, nowMs);
}

bool Outbox::claim(const OutboxItem &row, qint64 nowMs)
{
    Database &db = m_store.database();
    db.clearError();
    if (row.state != OutboxState::Queued && row.state != OutboxState::Sending) {
        return false;
    }
    if (leaseHeldByOther(row.leaseOwner, row.leaseExpiresAtMs, nowMs)) {
        return false;
    }
    // Compare-and-set on the owner that was read: of two processes taking over the same dead
    // lease, only the first UPDATE matches.
    QSqlQuery *update = db.query(
        QStringLiteral("UPDATE outbox SET lease_owner = ?, lease_expires_at_ms = ? "
                       "WHERE id = ? AND state IN ('queued', 'sending') AND lease_owner = ?"),
        {m_owner, nowMs + kLeaseMs, row.id, textValue(row.leaseOwner)},
        QStringLiteral("leasing a reply"));
    return update && update->numRowsAffected() == 1;
}

void Outbox::release(qint64 id)
{
    m_store.database().query(
        QStringLiteral("UPDATE outbox SET lease_owner = '', lease_expires_at_ms = 0 "
                       "WHERE id = ? AND lease_owner = ?"),
        {id, m_owner}, QStringLiteral("releasing a reply"));
}

QVector<OutboxItem> Outbox::list(std::optional<OutboxState> state, int limit)
{
    m_store.database().clearError();
    if (state) {
        return select(QStringLiteral("WHERE o.state = ? ORDER BY o.id DESC"),
            {outboxStateKey(*state)}, limit);
    }
    return select(QStringLiteral("ORDER BY o.id DESC"), {}, limit);
}

QVector<OutboxItem> Outbox::forCase(qint64 caseId)
{
    m_store.database().clearError();
    return select(QStringLiteral("WHERE o.case_id = ? ORDER BY o.id"), {caseId}, 10000);
}

std::optional<OutboxItem> Outbox::item(qint64 id)
{
    m_store.database().clearError();
    const auto rows = select(QStringLiteral("WHERE o.id = ?"), {id}, 1);
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return rows.first();
}

bool Outbox::isClaimed(const QString &zaloMessageId)
{
    Database &db = m_store.database();
    db.clearError();
    return db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE zalo_message_id = ? "
                                    "AND zalo_message_id <> ''"),
                 {textValue(zaloMessageId)}, QStringLiteral("reading the outbox"))
               .toInt()
        > 0;
}

int Outbox::pendingCount()
{
    Database &db = m_store.database();
    db.clearError();
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending')"),
            {}, QStringLiteral("counting the outbox"))
        .toInt();
}

bool Outbox::markSending(qint64 id, qint64 nowMs, const QString &attachmentRef)
{
    Database &db = m_store.database();
    db.clearError();
    // WAL with synchronous=NORMAL may lose the last commits in a power cut; losing THIS one
    // would let the row go out again without the conversation check. So it alone is synced.
    DurableCommits durable(db);
    Transaction transaction(db);
    if (transaction.isActive() && !stillCurrentService()) {
        return false;
    }
    QSqlQuery *update = db.query(
        QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                       "sending_since_ms = ?, attachment_ref = ?, lease_expires_at_ms = ?, "
                       "lease_owner = ? WHERE id = ? AND state IN ('queued', 'sending') "
                       "AND (lease_owner = ? OR (lease_owner = '' AND state = 'queued'))"),
        {nowMs, textValue(attachmentRef), nowMs + kLeaseMs, m_owner, id, m_owner},
        QStringLiteral("marking a reply as sending"));
    if (!transaction.isActive() || !update) {
        return false;
    }
    if (update->numRowsAffected() != 1) {
        return db.fail(QStringLiteral("outbox row %1 is no longer waiting to be sent by this "
                                      "process")
                           .arg(id));
    }
    return transaction.commit();
}

bool Outbox::keepFile(qint64 outboxId, const QString &path)
{
    Database &db = m_store.database();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return db.fail(
            QStringLiteral("cannot read the attachment %1: %2").arg(path, file.errorString()));
    }
    return db.run(db.statement(QStringLiteral(
                      "INSERT INTO outbox_files(outbox_id, file_name, body) VALUES(?, ?, ?)")),
        {outboxId, QFileInfo(path).fileName(), file.readAll()},
        QStringLiteral("keeping the attachment with the reply"));
}

QString Outbox::attachmentPath(const OutboxItem &item)
{
    Database &db = m_store.database();
    if (!db.isPostgres() || item.part.filePath.isEmpty()) {
        return item.part.filePath;
    }
    QSqlQuery *query
        = db.query(QStringLiteral("SELECT file_name, body FROM outbox_files WHERE outbox_id = ?"),
            {item.id}, QStringLiteral("reading a queued attachment"));
    if (!query) {
        return QString();
    }
    StatementReset reset(query);
    if (!query->next()) {
        db.fail(QStringLiteral("the attachment of outbox row %1 is not in the team database")
                    .arg(item.id));
        return QString();
    }
    // One private folder per row, under the file's own name (Zalo shows it to the citizen).
    const QString folder = QDir(QDir::tempPath())
                               .filePath(QStringLiteral("advisory-desk-outbox-%1-%2")
                                             .arg(QCoreApplication::applicationPid())
                                             .arg(item.id));
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = QDir(folder).filePath(QFileInfo(query->value(0).toString()).fileName());
    QSaveFile out(path);
    const QByteArray body = query->value(1).toByteArray();
    if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size() || !out.commit()) {
        db.fail(QStringLiteral("cannot write the attachment to %1").arg(path));
        return QString();
    }
    return path;
}

bool Outbox::stillCurrentService()
{
    const qint64 mine = m_store.serviceGeneration();
    if (mine <= 0) {
        return true;
    }
    // FOR SHARE: a standby's takeover (which bumps the generation) waits for this transaction,
    // or has committed already and is seen here; either way only one service marks a row.
    Database &db = m_store.database();
    bool ok = false;
    const qint64 current
        = db.scalar(QStringLiteral("SELECT generation FROM service_lease FOR SHARE"), {},
                QStringLiteral("checking the OA service's lease"), &ok)
              .toLongLong();
    if (!ok) {
        return false;
    }
    return current == mine
        || db.fail(QStringLiteral("another OA service took over (generation %1, this one was %2)")
                       .arg(current)
                       .arg(mine));
}

bool Outbox::markSent(qint64 id, const QString &zaloMessageId, qint64 sentAtMs)
{
    Database &db = m_store.database();
    db.clearError();
    const auto row = item(id);
    if (!row) {
        return db.fail(QStringLiteral("outbox row %1 does not exist").arg(id));
    }
    if (row->state == OutboxState::Sent) {
        return true; // recorded already (a recovery check and a late reply can meet)
    }
    Transaction transaction(db);
    if (!transaction.isActive()
        || !db.query(QStringLiteral("UPDATE outbox SET state = 'sent', sent_at_ms = ?, "
                                    "zalo_message_id = ?, error_code = 0, error_message = '', "
                                    "lease_owner = '', lease_expires_at_ms = 0 WHERE id = ?"),
            {sentAtMs, textValue(zaloMessageId), id}, QStringLiteral("recording a sent reply"))) {
        return false;
    }

    // The message as sync will later see it: same id, so sync skips it as a duplicate.
    Core::Message message;
    message.messageId = zaloMessageId;
    message.citizenId = row->citizenId;
    message.direction = Core::Direction::Outbound;
    message.timeMs = sentAtMs;
    message.type = row->part.kind;
    message.text = row->part.text;
    if (row->part.kind != QLatin1String("text")) {
        message.fileName = row->part.filePath.section(QLatin1Char('/'), -1);
    }
    const IngestResult ingested = m_store.ingestConversation(std::nullopt, {message});
    if (!ingested.ok) {
        return db.fail(QStringLiteral("recording a sent reply: %1").arg(ingested.error));
    }

    // The last part of an answer is the final answer; anything else is a response only.
    const bool final = row->partIndex == row->partCount && row->purpose == OutboxPurpose::Reply;
    bool ok = Clocks(m_store).onResponded(row->caseId, sentAtMs, final);
    if (ok && final) {
        const auto summary = m_store.caseById(row->caseId);
        if (ok && summary && summary->status != Core::CaseStatus::Replied
            && summary->status != Core::CaseStatus::Closed) {
            ok = m_store.setCaseStatus(row->caseId, Core::CaseStatus::Replied, row->createdBy);
        }
    }
    const QJsonObject detail {{QStringLiteral("outbox_id"), id},
        {QStringLiteral("message_id"), zaloMessageId},
        {QStringLiteral("purpose"), outboxPurposeKey(row->purpose)},
        {QStringLiteral("part"), QStringLiteral("%1/%2").arg(row->partIndex).arg(row->partCount)}};
    if (!ok
        || !CaseRepository(db).addEvent(
            row->caseId, sentAtMs, row->createdBy, QStringLiteral("reply_sent"), json(detail))
        || !transaction.commit()) {
        return false;
    }
    m_store.announceChanged({row->caseId});
    return true;
}

bool Outbox::finishState(qint64 id, OutboxState state, int errorCode, const QString &message,
    qint64 nextAttemptAtMs, const QString &eventKind, const QString &actor, qint64 atMs)
{
    Database &db = m_store.database();
    const auto row = item(id);
    if (!row) {
        return db.fail(QStringLiteral("outbox row %1 does not exist").arg(id));
    }
    Transaction transaction(db);
    if (!transaction.isActive()
        || !db.query(QStringLiteral("UPDATE outbox SET state = ?, error_code = ?, "
                                    "error_message = ?, next_attempt_at_ms = ?, "
                                    "lease_owner = '', lease_expires_at_ms = 0 WHERE id = ?"),
            {outboxStateKey(state), errorCode, textValue(message), nextAttemptAtMs, id},
            QStringLiteral("updating the outbox"))) {
        return false;
    }
    if (state == OutboxState::Refused || state == OutboxState::Cancelled) {
        // The rest of the same reply cannot go out on its own: half an answer misleads.
        if (!db.query(QStringLiteral("UPDATE outbox SET state = ?, error_code = ?, "
                                     "error_message = ? WHERE client_ref LIKE ? "
                                     "AND state = 'queued' AND id <> ?"),
                {outboxStateKey(state), errorCode, textValue(message),
                    QString(replyGroupOf(row->clientRef) + QStringLiteral("/%")), id},
                QStringLiteral("updating the outbox"))) {
            return false;
        }
    }
    const QJsonObject detail {{QStringLiteral("outbox_id"), id},
        {QStringLiteral("error"), errorCode}, {QStringLiteral("message"), message}};
    if (!eventKind.isEmpty()
        && !CaseRepository(db).addEvent(row->caseId, atMs, actor, eventKind, json(detail))) {
        return false;
    }
    if (!transaction.commit()) {
        return false;
    }
    m_store.announceChanged({row->caseId});
    return true;
}

bool Outbox::markRetry(qint64 id, int errorCode, const QString &message, qint64 retryAtMs)
{
    m_store.database().clearError();
    // No audit row per retry: a long network cut would flood the history.
    return finishState(
        id, OutboxState::Queued, errorCode, message, retryAtMs, QString(), QString(), 0);
}

bool Outbox::markRefused(qint64 id, int errorCode, const QString &message, qint64 nowMs)
{
    m_store.database().clearError();
    return finishState(id, OutboxState::Refused, errorCode, message, 0,
        QStringLiteral("reply_refused"), QStringLiteral("zalo-oa"), nowMs);
}

bool Outbox::cancel(qint64 id, const QString &actor, qint64 nowMs)
{
    Database &db = m_store.database();
    db.clearError();
    const auto row = item(id);
    if (row && row->state != OutboxState::Queued) {
        return db.fail(QStringLiteral("only a queued reply can be withdrawn"));
    }
    return finishState(id, OutboxState::Cancelled, 0, QString(), 0,
        QStringLiteral("reply_cancelled"), actor, nowMs);
}

bool Outbox::requeue(qint64 id, const QString &actor, qint64 nowMs)
{
    Database &db = m_store.database();
    db.clearError();
    const auto row = item(id);
    if (row && row->state != OutboxState::Refused) {
        return db.fail(QStringLiteral("only a refused reply can be queued again"));
    }
    if (!row
        || !finishState(id, OutboxState::Queued, 0, QString(), nowMs,
            QStringLiteral("reply_requeued"), actor, nowMs)) {
        return false;
    }
    // The parts refused with it go back too, in their order.
    return db.query(QStringLiteral("UPDATE outbox SET state = 'queued', error_code = 0, "
                                   "error_message = '', next_attempt_at_ms = ? "
                                   "WHERE client_ref LIKE ? AND state = 'refused'"),
               {nowMs, QString(replyGroupOf(row->clientRef) + QStringLiteral("/%"))},
               QStringLiteral("queuing a reply again"))
        != nullptr;
}

} // namespace Desk::Store
