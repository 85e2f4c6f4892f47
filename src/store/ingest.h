// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "store/caserepository.h"
#include "store/clockkeeper.h"
#include "store/store.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>
#include <optional>

class QJsonObject;

namespace Desk::Store {

class CitizenRepository;
class Database;
class MessageRepository;
class SearchIndex;

/**
 * Groups synced messages into cases (DESIGN §4) and writes them, inside the caller's
 * transaction, with the cases' clock milestones and due moments (ClockKeeper). One open case per
 * citizen: an inbound message extends it or, when the citizen's last case is closed, opens a new
 * case linked to that one. OA messages attach to the open (or latest) case; on a case nobody has
 * handled yet they mean someone answered from the OA web console, so the case becomes `replied`.
 * A citizen writing on a case that waits for them ends the wait (the legal clock resumes).
 */
class Ingest
{
public:
    Ingest(Database &db, CitizenRepository &citizens, CaseRepository &cases,
        MessageRepository &messages, SearchIndex &search, ClockKeeper &clocks)
        : m_db(db)
        , m_citizens(citizens)
        , m_cases(cases)
        , m_messages(messages)
        , m_search(search)
        , m_clocks(clocks)
    { }

    /** False on any failure; the caller rolls back, `result` is then meaningless. */
    bool run(const std::optional<Core::Citizen> &citizen, QVector<Core::Message> messages,
        IngestResult &result);

    static constexpr const char *kSyncActor = "sync";
    static constexpr const char *kOaActor = "zalo-oa";

private:
    /** What one call did to a case, for re-indexing its search document at the end. */
    struct CaseWork
    {
        bool opened = false; // opened by this call: no stored document yet
        QSet<qint64> insertedRowids; // messages.id written by this call
        QStringList newMessageDocuments; // opened cases: folded messages, in insertion order
        // Clock milestones seen in this call (UTC ms, 0 = none): any OA message is a response;
        // one that marks the case replied is the final answer.
        qint64 firstResponseAtMs = 0;
        qint64 repliedAtMs = 0;
        bool openedEarlier = false; // history moved the receipt moment back
    };
    struct CitizenState
    {
        QString searchText;
        qint64 latestCaseId = 0; // 0: the citizen has no case yet
    };

    bool prepare(const std::optional<Core::Citizen> &citizen, QVector<Core::Message> &messages);
    CitizenState *stateFor(const QString &citizenId);
    CaseRow *openCase(const Core::Message &first, CitizenState &state, qint64 previousCaseId,
        IngestResult &result);
    /** Queues an audit row; flushEvents() writes the queue in one statement. */
    bool addEvent(qint64 caseId, qint64 atMs, const char *actor, const QString &kind,
        const QJsonObject &detail);
    bool flushEvents();
    bool applyMessage(CaseRow &row, const Core::Message &message);
    /** The citizen wrote on a case waiting for them: back to the status before the wait,
     *  and the paused clocks run again from the message. */
    bool resumeOnReply(CaseRow &row, const Core::Message &message);
    /** Which of these OA messages the desk's outbox sent (their effect on the case is
     *  recorded there): into m_sentByDesk. */
    bool loadSentByDesk(const QStringList &outboundIds);
    /** A stored unreadable row comes in readable: its row takes the content and, on the
     *  citizen's latest case, is indexed again. */
    bool upgradeUnreadable(
        const Core::Message &message, const CaseRow *latest, IngestResult &result);
    bool finish(const QSet<qint64> &touched);
    /** Writes the case row with its search key (which it may have to move) and `clocks`. */
    bool writeRow(CaseRow &row, const ClockKeeper::Columns &clocks);

    Database &m_db;
    CitizenRepository &m_citizens;
    CaseRepository &m_cases;
    MessageRepository &m_messages;
    SearchIndex &m_search;
    ClockKeeper &m_clocks;

    // Per call: citizens seen and case rows touched, written back once at the end.
    QHash<QString, CitizenState> m_states;
    QHash<qint64, CaseRow> m_rows;
    QHash<qint64, CaseWork> m_work;
    QSet<QString> m_sentByDesk;
    QVector<Core::CaseEvent> m_events; // audit rows not written yet, in order
};

} // namespace Desk::Store
