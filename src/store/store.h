// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "store/casechanges.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QVector>
#include <functional>
#include <optional>

namespace Desk::Store {

class Database;
struct ConnectionSpec;

/** Which cases the inbox shows. Filtering and sorting happen in SQL / FTS, never in a proxy. */
struct CaseFilter
{
    QString searchText; // user text; folded and quoted before MATCH
    std::optional<Core::CaseStatus> status; // nullopt: every status
    bool unreadOnly = false;
    /** A legal clock passed: the final answer, or a step not done yet (acknowledgement,
     *  forwarding, the latest agency's answer). Paused and closed cases are never overdue. */
    bool overdueOnly = false;
    /** Not overdue, and an open step's due moment falls before the end of the next working
     *  day. */
    bool dueSoonOnly = false;
    QString kind; // case kind key; '' = every kind
    QString agencyCode; // '' = every agency
    QString assignee; // '' = everybody's
    QString areaCode; // procedure area; '' = every area
    QString rating; // raw rating level key; '' = rated or not
    qint64 openedFromMs = 0; // received at or after (UTC ms); 0 = no lower bound
    qint64 openedToMs = 0; // received before; 0 = no upper bound
    bool openOnly = false; // no final answer yet and not closed (the backlog)
    bool prolongedOnly = false; // kéo dài: answered late or still open past the due moment
    qint64 nowMs = 0; // "now" for the clock filters; 0 = the current time
};

/** What one ingest call changed; the GUI refreshes from it. */
struct IngestResult
{
    int insertedMessages = 0;
    int duplicateMessages = 0;
    int openedCases = 0;
    QSet<qint64> touchedCaseIds;
    /** False when the transaction was refused and rolled back: nothing was written, the
     *  counts above are zero and `error` (also lastError()) says why. */
    bool ok = true;
    QString error;
};

/** A count that stopped early: `capped` means "at least `count`" (shown as "10,000+"). */
struct CaseCount
{
    int count = 0;
    bool capped = false;
};

/** Result of `check`: integrity, schema, sizes. */
struct HealthReport
{
    bool integrityOk = false;
    QString integrityDetail;
    int schemaVersion = 0;
    int expectedSchemaVersion = 0;
    bool walEnabled = false;
    qint64 messageCount = 0;
    qint64 caseCount = 0;
    qint64 citizenCount = 0;
};

/**
 * The local SQLite store of one profile. One instance per thread: each opens its own
 * named QSqlDatabase connection to the same file (WAL lets readers run beside the writer).
 * Every value is bound; no SQL text is built from data.
 */
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    /** Opens (creating if needed) and migrates the database at `path` (a file or a URI). */
    bool open(const QString &path, QString *error = nullptr);
    /** The same for a connection given in parts (a team login with its password). */
    bool open(const ConnectionSpec &spec, QString *error = nullptr);
    /** Opens without migrating past `version` (tests of the migration ladder). */
    bool openAtVersion(const QString &path, int version, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const;
    QString lastError() const;

    static int currentSchemaVersion();
    int schemaVersion() const;
    bool walEnabled() const;

    // --- ingest (sync) -------------------------------------------------------------------
    /**
     * Stores one citizen's messages in ONE transaction: upserts the citizen if given,
     * inserts messages not yet stored (dedup by message id), groups them into cases
     * (one open case per citizen; after a closed case a new one linked to it), sorted by
     * time first. OA messages attach to the open (or latest) case and mark a `new` or
     * `classified` case `replied` (answered from the OA web console). All or nothing: a
     * crash never leaves half a batch; a refused batch returns ok == false, writes nothing
     * and says why in lastError().
     */
    IngestResult ingestConversation(
        const std::optional<Core::Citizen> &citizen, QVector<Core::Message> messages);
    /** One citizen's part of ingestConversations(). */
    struct Conversation
    {
        std::optional<Core::Citizen> citizen;
        QVector<Core::Message> messages;
    };
    /**
     * Stores several citizens' conversations, each as ingestConversation() does, in ONE
     * transaction: one BEGIN and COMMIT for the group instead of one pair per citizen (each a
     * round trip on PostgreSQL). `after(results)` runs inside the transaction once all are
     * written, for writes that must commit together with them (the sync ledger's bounds).
     * All or nothing: when a conversation fails or `after` returns false, nothing of the group
     * is stored, `results` is left empty and lastError() says why. casesChanged fires once.
     */
    bool ingestConversations(QVector<Conversation> conversations, QVector<IngestResult> *results,
        const std::function<bool(const QVector<IngestResult> &)> &after = {});
    /**
     * Optional: groups the following writes (many ingestConversation calls of an initial
     * sync or an import) into one transaction. Each call inside stays all-or-nothing through
     * a savepoint; casesChanged fires once, at commitBatch. Search documents are written
     * at commitBatch, so a search on this Store inside the batch does not see the batch yet.
     * A commit per conversation writes ~40 pages to the WAL (see tests/bench), which
     * dominates bulk imports: batches of ~100-200 conversations are 2-3x faster.
     */
    bool beginBatch();
    bool commitBatch();
    void rollbackBatch();
    bool inBatch() const;
    bool upsertCitizen(const Core::Citizen &citizen);
    /** The subset of `messageIds` already stored. */
    QSet<QString> knownMessageIds(const QStringList &messageIds) const;
    bool hasMessage(const QString &messageId) const;
    bool citizenKnown(const QString &zaloId) const;
    /** Which of these citizens the store holds (one look-up per few hundred ids). */
    QSet<QString> knownCitizens(const QStringList &zaloIds) const;
    bool citizenProfileFetched(const QString &zaloId) const;

    // --- sync state (key/value; tokens never go here) ---------------------------------------
    QString syncValue(const QString &key) const;
    bool setSyncValue(const QString &key, const QString &value);

    // --- queries ---------------------------------------------------------------------------
    /** Exact; for a common word over a large store this costs tens of ms (see countCasesCapped). */
    int countCases(const CaseFilter &filter) const;
    /**
     * Counts at most `cap` matching cases and says whether there are more. For a word in most
     * messages the exact count has to visit every hit; the inbox shows "10,000+" instead.
     */
    CaseCount countCasesCapped(const CaseFilter &filter, int cap = kDefaultCountCap) const;
    static constexpr int kDefaultCountCap = 10000;
    /** Newest activity first; `offset`/`limit` page the rows in. */
    QVector<Core::CaseSummary> cases(const CaseFilter &filter, int offset, int limit) const;
    std::optional<Core::CaseSummary> caseById(qint64 caseId) const;
    std::optional<Core::CaseSummary> caseByCode(const QString &code) const;
    /** Oldest first. */
    QVector<Core::Message> messagesForCase(qint64 caseId) const;
    std::optional<Core::Citizen> citizen(const QString &zaloId) const;
    /**
     * The audit rows of a case in the order they were recorded. `atMs` is when the thing
     * happened: the message's time for what sync derived (opened, replied_elsewhere), the
     * moment of the action for staff.
     */
    QVector<Core::CaseEvent> caseEvents(qint64 caseId) const;
    qint64 messageCount() const;
    qint64 caseCount() const;

    // --- two people on one case (team-mode.md §5) -----------------------------------------------
    /**
     * The case's version: bumped by the database (triggers on both engines) with every change a
     * colleague must see before answering: a citizen message, a reply queued or its outcome, a
     * change of status, assignee, agency or kind. -1 when the case cannot be read.
     */
    qint64 caseVersion(qint64 caseId) const;
    /**
     * What changed since `version` was seen at `sinceMs` (UTC ms): the citizen's new messages,
     * replies queued, sent, refused or withdrawn (who, when, the text), status, assignee,
     * routing and classification changes from the audit trail, oldest first, with the team's
     * display names. Empty items (and currentVersion == version) when nothing changed.
     */
    CaseChanges changesSince(qint64 caseId, qint64 version, qint64 sinceMs) const;

    // --- staff actions ------------------------------------------------------------------------
    /** Sets unread to 0 with a `read` audit row; no row when it was already read. */
    bool markCaseRead(qint64 caseId, const QString &actor);
    /**
     * Changes the lifecycle status with a `status_changed` audit row. Closing stamps
     * closed_at; reopening a closed case is refused when the citizen has a newer case
     * (one open case per citizen).
     */
    bool setCaseStatus(qint64 caseId, Core::CaseStatus status, const QString &actor);

    /**
     * PRAGMA quick_check plus schema version, WAL and counts. quick_check reads every page:
     * ~8 s at 1M messages (1.1 GB), so run it on demand (CLI `check`), not at every start.
     */
    HealthReport check() const;
    /**
     * integrity_check, foreign_key_check, the FTS index check and one search document per
     * case (~12 s at 1M messages).
     */
    HealthReport fullCheck() const;

    // --- for the store's companion classes (directory, outbox, reports) ---------------------
    /** The connection of this Store's thread; companions build their repositories on it. */
    Database &database() const;
    /**
     * The OA service's generation this Store works for (team mode; 0 = none). A reply is only
     * marked sending while the team database still names this generation, so a service that
     * lost its lock (a standby took over) can never send.
     */
    void setServiceGeneration(qint64 generation);
    qint64 serviceGeneration() const;

    /** Emits casesChanged for a write a companion committed (or queues it inside a batch). */
    void announceChanged(const QSet<qint64> &caseIds);

signals:
    /** Emitted after a committed write that changed cases (ingest, read marks, status). */
    void casesChanged(const QSet<qint64> &caseIds);

private:
    bool finishOpen(bool ok, int version, QString *error);
    void notify(const QSet<qint64> &caseIds);
    HealthReport health(bool full) const;

    class Private;
    Private *d;
};

} // namespace Desk::Store

Q_DECLARE_METATYPE(Desk::Store::CaseFilter)
