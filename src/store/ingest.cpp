// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ingest.h"

#include "core/casecode.h"
#include "core/vietnamtime.h"
#include "store/casetext.h"
#include "store/citizenrepository.h"
#include "store/clockkeeper.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/searchindex.h"
#include "store/storelog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <utility>

namespace Desk::Store {

namespace {

bool isInbound(const Core::Message &message)
{
    return message.direction == Core::Direction::Inbound;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

bool Ingest::run(const std::optional<Core::Citizen> &citizen, QVector<Core::Message> messages,
    IngestResult &result)
{
    m_states.clear();
    m_rows.clear();
    m_work.clear();
    m_events.clear();
    if (!prepare(citizen, messages)) {
        return false;
    }
    bool createdCitizen = false;
    if (citizen) {
        // The upsert already knows what stateFor() would look up again.
        CitizenRepository::Upserted upserted;
        if (!m_citizens.upsert(*citizen, &upserted)) {
            return false;
        }
        CitizenState state;
        state.searchText = upserted.searchText;
        createdCitizen = upserted.created;
        if (!upserted.created) {
            bool ok = false;
            const std::optional<CaseRow> latest = m_cases.latestOfCitizen(citizen->zaloId, &ok);
            if (!ok) {
                return false;
            }
            if (latest) {
                state.latestCaseId = latest->id;
                m_rows.insert(latest->id, *latest);
            }
        }
        m_states.insert(citizen->zaloId, state);
    }

    // What is stored already, and which OA messages the outbox sent, in a statement or two
    // for the whole call instead of one per message.
    // A citizen first stored by this call has no case the outbox could have sent to.
    QStringList ids;
    QStringList outboundIds;
    ids.reserve(messages.size());
    for (const Core::Message &message : std::as_const(messages)) {
        ids.append(message.messageId);
        if (!isInbound(message) && !(createdCitizen && message.citizenId == citizen->zaloId)) {
            outboundIds.append(message.messageId);
        }
    }
    bool ok = false;
    const QHash<QString, QString> storedTypes = m_messages.storedTypes(ids, &ok);
    if (!ok || !loadSentByDesk(outboundIds)) {
        return false;
    }

    QVector<MessageRepository::NewRow> newRows;
    newRows.reserve(messages.size());
    QSet<QString> seen;
    seen.reserve(messages.size());
    for (const Core::Message &message : std::as_const(messages)) {
        // Sync may hand the same row twice (overlapping pages): only the first one counts.
        if (seen.contains(message.messageId)) {
            ++result.duplicateMessages;
            continue;
        }
        seen.insert(message.messageId);

        CitizenState *state = stateFor(message.citizenId);
        if (!state) {
            return false;
        }
        CaseRow *row = state->latestCaseId > 0 ? &m_rows[state->latestCaseId] : nullptr;
        const auto stored = storedTypes.constFind(message.messageId);
        if (stored != storedTypes.constEnd()) {
            ++result.duplicateMessages;
            if (*stored == QLatin1String("unreadable")
                && message.type != QLatin1String("unreadable")
                && !upgradeUnreadable(message, row, result)) {
                return false;
            }
            continue;
        }
        bool open = false;
        if (!row) {
            open = true; // the citizen's very first message, in either direction
        } else if (row->status == Core::CaseStatus::Closed && isInbound(message)
            && message.timeMs > row->lastActivityAtMs) {
            // A citizen writing after the case was closed starts a new matter. Compared with
            // the closed case's last message (Zalo's clock on both sides), not with the PC's
            // closing time, so a message sent just before closing is never buried in it.
            open = true;
        }
        // Otherwise: the open case, or for history (older than the closed case's last message)
        // and for OA messages, the latest case even if closed.
        if (open) {
            const qint64 previous = row && row->status == Core::CaseStatus::Closed ? row->id : 0;
            row = openCase(message, *state, previous, result);
            if (!row) {
                return false;
            }
        }

        newRows.append({&message, row->id});
        ++result.insertedMessages;
        ++row->messageCount;
        CaseWork &work = m_work[row->id];
        if (work.opened) {
            work.newMessageDocuments.append(CaseText::messageDocument(message));
        }
        if (!applyMessage(*row, message)) {
            return false;
        }
        result.touchedCaseIds.insert(row->id);
    }

    QHash<QString, qint64> rowIds;
    // The clocks read the audit rows of the cases (finish()): written first.
    if (!flushEvents() || !m_messages.insertAll(newRows, &rowIds)) {
        return false;
    }
    for (const MessageRepository::NewRow &written : std::as_const(newRows)) {
        const qint64 rowId = rowIds.value(written.message->messageId);
        if (rowId <= 0) {
            // Only a second writer between the look-up above and the insert could store it
            // (the sync holds the OA's lock, so this is a bug or a hand-made row): the whole
            // call rolls back and the next pass stores the conversation again.
            return m_db.fail(QStringLiteral("ingest: message %1 was stored by another writer "
                                            "while this conversation was being written")
                                 .arg(written.message->messageId));
        }
        m_work[written.caseId].insertedRowids.insert(rowId);
    }

    return finish(result.touchedCaseIds) && flushEvents();
}

bool Ingest::finish(const QSet<qint64> &touched)
{
    // Oldest activity first: FTS5 flushes its pending index whenever a smaller rowid than the
    // last one is inserted, so ascending keys keep a batch of many conversations cheap.
    QVector<CaseRow *> rows;
    rows.reserve(touched.size());
    for (const qint64 caseId : touched) {
        rows.append(&m_rows[caseId]);
    }
    std::sort(rows.begin(), rows.end(), [](const CaseRow *a, const CaseRow *b) {
        return a->lastActivityAtMs < b->lastActivityAtMs;
    });
    for (CaseRow *row : std::as_const(rows)) {
        const CaseWork &work = m_work[row->id];
        const QString citizenText = m_states.value(row->citizenId).searchText;
        QString oldDocument;
        QString newDocument;
        qint64 oldKey = 0;
        if (work.opened) {
            newDocument = CaseText::caseDocument(citizenText, row->code, work.newMessageDocuments);
        } else {
            // The stored document is rebuilt from the messages stored before this call.
            QStringList before;
            QStringList after;
            if (!m_search.storedMessageDocuments(row->id, work.insertedRowids, &before, &after)) {
                return false;
            }
            oldKey = row->searchRowid;
            oldDocument = CaseText::caseDocument(citizenText, row->code, before);
            newDocument = CaseText::caseDocument(citizenText, row->code, after);
        }
        // A case opened here gets its clocks in the UPDATE that writes it anyway.
        const ClockKeeper::Columns clocks = work.opened
            ? m_clocks.openedColumns(row->openedAtMs, work.firstResponseAtMs, work.repliedAtMs)
            : ClockKeeper::Columns();
        if (!writeRow(*row, clocks)
            || !m_search.replaceDocument(
                row->id, oldKey, oldDocument, row->searchRowid, newDocument)) {
            return false;
        }
        // Inbound messages on a known case change no clock; OA messages do.
        if (!work.opened
            && (work.firstResponseAtMs > 0 || work.repliedAtMs > 0 || work.openedEarlier)
            && !m_clocks.afterIngest(
                row->id, false, row->openedAtMs, work.firstResponseAtMs, work.repliedAtMs)) {
            return false;
        }
    }
    return true;
}

bool Ingest::writeRow(CaseRow &row, const ClockKeeper::Columns &clocks)
{
    // The search key follows the last activity (CaseText::searchKey): kept while the activity's
    // millisecond stays, else the first slot of the new one, claimed in the UPDATE itself (a
    // look-up first would be a round trip more on PostgreSQL); only when another case holds it
    // does SearchIndex look for a free one.
    const qint64 activity = std::max<qint64>(row.lastActivityAtMs, 0);
    if (row.searchRowid > 0 && row.searchRowid / CaseText::kKeySlots == activity) {
        return m_cases.updateActivity(row, clocks.assignments, clocks.values);
    }
    row.searchRowid = CaseText::searchKey(row.lastActivityAtMs, row.id, 0);
    bool claimed = false;
    if (!m_cases.updateActivityClaimingKey(row, &claimed, clocks.assignments, clocks.values)) {
        return false;
    }
    if (claimed) {
        return true;
    }
    row.searchRowid = m_search.freeKey(row.id, row.lastActivityAtMs);
    return row.searchRowid > 0 && m_cases.updateActivity(row, clocks.assignments, clocks.values);
}

bool Ingest::prepare(const std::optional<Core::Citizen> &citizen, QVector<Core::Message> &messages)
{
    const QString defaultCitizen = citizen ? citizen->zaloId : QString();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        Core::Message &message = messages[i];
        if (message.messageId.isEmpty()) {
            return m_db.fail(QStringLiteral("ingest refused: message %1 of %2 has no message id")
                                 .arg(i + 1)
                                 .arg(messages.size()));
        }
        if (message.citizenId.isEmpty()) {
            message.citizenId = defaultCitizen;
        }
        if (message.citizenId.isEmpty()) {
            return m_db.fail(QStringLiteral("ingest refused: message %1 has no citizen id")
                                 .arg(message.messageId));
        }
    }
    // Grouping decides by arrival order, so process oldest first (stable for equal times).
    std::stable_sort(messages.begin(), messages.end(),
        [](const Core::Message &a, const Core::Message &b) { return a.timeMs < b.timeMs; });
    return true;
}

Ingest::CitizenState *Ingest::stateFor(const QString &citizenId)
{
    const auto found = m_states.find(citizenId);
    if (found != m_states.end()) {
        return &found.value();
    }
    if (!m_citizens.ensure(citizenId)) {
        return nullptr;
    }
    bool ok = false;
    CitizenState state;
    state.searchText = m_citizens.searchText(citizenId, &ok);
    if (!ok) {
        return nullptr;
    }
    const std::optional<CaseRow> latest = m_cases.latestOfCitizen(citizenId, &ok);
    if (!ok) {
        return nullptr;
    }
    if (latest) {
        state.latestCaseId = latest->id;
        m_rows.insert(latest->id, *latest);
    }
    return &m_states.insert(citizenId, state).value();
}

CaseRow *Ingest::openCase(
    const Core::Message &first, CitizenState &state, qint64 previousCaseId, IngestResult &result)
{
    // The code's year is the year of opening as the citizen sees it (Vietnam time), so a
    // message at 23:30 UTC on 31 December already belongs to the next year.
    const int year = Core::vietnamDate(first.timeMs).year();
    bool ok = false;
    const qint64 sequence = m_cases.allocateSequence(year, &ok);
    if (!ok) {
        return nullptr;
    }
    CaseRow row;
    row.code = Core::formatCaseCode(year, sequence);
    row.citizenId = first.citizenId;
    row.status = Core::CaseStatus::New;
    row.openedAtMs = first.timeMs;
    row.lastActivityAtMs = first.timeMs;
    row.previousCaseId = previousCaseId;
    if (!m_cases.insert(row)) {
        return nullptr;
    }
    m_work[row.id].opened = true;
    QJsonObject detail {
        {QStringLiteral("code"), row.code}, {QStringLiteral("message_id"), first.messageId}};
    if (previousCaseId > 0) {
        detail.insert(QStringLiteral("previous_case_id"), previousCaseId);
    }
    if (!addEvent(row.id, first.timeMs, kSyncActor, QStringLiteral("opened"), detail)) {
        return nullptr;
    }
    ++result.openedCases;
    state.latestCaseId = row.id;
    return &m_rows.insert(row.id, row).value();
}

bool Ingest::addEvent(
    qint64 caseId, qint64 atMs, const char *actor, const QString &kind, const QJsonObject &detail)
{
    Core::CaseEvent event;
    event.caseId = caseId;
    // Ingest events carry the time of the message that caused them, so a backfill of old
    // history reads chronologically next to the messages.
    event.atMs = atMs;
    event.actor = QString::fromLatin1(actor);
    event.kind = kind;
    event.detail = compactJson(detail);
    m_events.append(event);
    return true;
}

bool Ingest::flushEvents()
{
    return m_cases.addEvents(std::exchange(m_events, {}));
}

bool Ingest::loadSentByDesk(const QStringList &outboundIds)
{
    m_sentByDesk.clear();
    return m_db.selectIn(QStringLiteral("SELECT zalo_message_id FROM outbox "
                                        "WHERE zalo_message_id <> '' AND zalo_message_id"),
        outboundIds, QStringLiteral("looking up the outbox"),
        [this](const QSqlQuery &row) { m_sentByDesk.insert(row.value(0).toString()); });
}

bool Ingest::upgradeUnreadable(
    const Core::Message &message, const CaseRow *latest, IngestResult &result)
{
    qint64 rowId = 0;
    qint64 caseId = 0;
    bool ok = false;
    const bool upgraded = m_messages.upgradeUnreadable(message, &rowId, &caseId, &ok);
    if (upgraded && latest && caseId == latest->id) {
        // Its empty text gave the search document no words: re-indexed as if new.
        m_work[caseId].insertedRowids.insert(rowId);
        result.touchedCaseIds.insert(caseId);
    }
    return ok;
}

bool Ingest::resumeOnReply(CaseRow &row, const Core::Message &message)
{
    // The row ingest holds does not carry the pause; the audit row that started the wait
    // says where the case was.
    if (!flushEvents()) {
        return false;
    }
    QSqlQuery *query
        = m_db.query(QStringLiteral("SELECT COALESCE(c.paused_since_ms, 0), c.kind, "
                                    "(SELECT e.detail FROM case_events e WHERE e.case_id = c.id "
                                    "AND e.kind = 'status_changed' ORDER BY e.id DESC LIMIT 1) "
                                    "FROM cases c WHERE c.id = ?"),
            {row.id}, QStringLiteral("reading a case's wait for the citizen"));
    if (!query) {
        return false;
    }
    qint64 pausedSince = 0;
    QString kind;
    QJsonObject last;
    {
        StatementReset reset(query);
        if (!query->next()) {
            return true;
        }
        pausedSince = query->value(0).toLongLong();
        kind = query->value(1).toString();
        last = QJsonDocument::fromJson(query->value(2).toString().toUtf8()).object();
    }
    // History from before the wait began is not the answer the desk asked for.
    if (pausedSince > 0 && message.timeMs < pausedSince) {
        return true;
    }
    const Core::CaseStatus from = row.status;
    Core::CaseStatus to = kind.isEmpty() ? Core::CaseStatus::New : Core::CaseStatus::Classified;
    const auto before = Core::caseStatusFromKey(last.value(QLatin1String("from")).toString());
    if (last.value(QLatin1String("to")).toString() == Core::caseStatusKey(from) && before
        && *before != from) {
        to = *before == Core::CaseStatus::Closed ? Core::CaseStatus::Reopened : *before;
    }
    row.status = to;
    // The clock runs again from the citizen's message (Zalo's time, like the pause's audit
    // row): paused_total grows by the wait and the pausable dues move by its working days.
    return addEvent(row.id, message.timeMs, kSyncActor, QStringLiteral("status_changed"),
               {{QStringLiteral("from"), Core::caseStatusKey(from)},
                   {QStringLiteral("to"), Core::caseStatusKey(to)},
                   {QStringLiteral("reason"), QStringLiteral("citizen_replied")},
                   {QStringLiteral("message_id"), message.messageId}})
        && flushEvents() && m_clocks.statusChanged(row.id, from, to, message.timeMs);
}

bool Ingest::applyMessage(CaseRow &row, const Core::Message &message)
{
    row.lastActivityAtMs = std::max(row.lastActivityAtMs, message.timeMs);
    CaseWork &work = m_work[row.id];
    work.openedEarlier = work.openedEarlier || message.timeMs < row.openedAtMs;
    row.openedAtMs = std::min(row.openedAtMs, message.timeMs);
    if (isInbound(message)) {
        row.lastInboundAtMs = std::max(row.lastInboundAtMs, message.timeMs);
        if (row.status != Core::CaseStatus::Closed) {
            ++row.unreadCount; // history filed into a closed case is not news
        }
        if (row.firstLine.isEmpty()) {
            row.firstLine = CaseText::summaryLine(message);
        }
        return row.status != Core::CaseStatus::WaitingCitizen || resumeOnReply(row, message);
    }
    // Any OA message answers the citizen for the acknowledgement clock, whoever sent it (the
    // OA console or our outbox), so it is recorded before anything else decides.
    if (work.firstResponseAtMs == 0 || message.timeMs < work.firstResponseAtMs) {
        work.firstResponseAtMs = message.timeMs;
    }
    if (m_sentByDesk.contains(message.messageId)) {
        return true; // the outbox records what its own replies mean for the case
    }
    if (row.status == Core::CaseStatus::New || row.status == Core::CaseStatus::Classified) {
        const Core::CaseStatus from = row.status;
        row.status = Core::CaseStatus::Replied;
        work.repliedAtMs = message.timeMs;
        return addEvent(row.id, message.timeMs, kOaActor, QStringLiteral("replied_elsewhere"),
            {{QStringLiteral("from"), Core::caseStatusKey(from)},
                {QStringLiteral("to"), Core::caseStatusKey(row.status)},
                {QStringLiteral("message_id"), message.messageId}});
    }
    return true;
}

} // namespace Desk::Store
