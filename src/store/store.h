// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QVector>
#include <optional>

namespace Desk::Store {

/** Which cases the inbox shows. Filtering and sorting happen in SQL / FTS, never in a proxy. */
struct CaseFilter
{
    QString searchText;                    // user text; folded and quoted before MATCH
    std::optional<Core::CaseStatus> status; // nullopt: every status
    bool unreadOnly = false;
};

/** What one ingest call changed; the GUI refreshes from it. */
struct IngestResult
{
    int insertedMessages = 0;
    int duplicateMessages = 0;
    int openedCases = 0;
    QSet<qint64> touchedCaseIds;
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

    /** Opens (creating if needed) and migrates the database at `path`. */
    bool open(const QString &path, QString *error = nullptr);
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
     * time first. All or nothing: a crash never leaves half a batch.
     */
    IngestResult ingestConversation(const std::optional<Core::Citizen> &citizen,
                                    QVector<Core::Message> messages);
    bool upsertCitizen(const Core::Citizen &citizen);
    /** The subset of `messageIds` already stored. */
    QSet<QString> knownMessageIds(const QStringList &messageIds) const;
    bool hasMessage(const QString &messageId) const;
    bool citizenKnown(const QString &zaloId) const;
    bool citizenProfileFetched(const QString &zaloId) const;

    // --- sync state (key/value; tokens never go here) ---------------------------------------
    QString syncValue(const QString &key) const;
    bool setSyncValue(const QString &key, const QString &value);

    // --- queries ---------------------------------------------------------------------------
    int countCases(const CaseFilter &filter) const;
    /** Newest activity first; `offset`/`limit` page the rows in. */
    QVector<Core::CaseSummary> cases(const CaseFilter &filter, int offset, int limit) const;
    std::optional<Core::CaseSummary> caseById(qint64 caseId) const;
    std::optional<Core::CaseSummary> caseByCode(const QString &code) const;
    /** Oldest first. */
    QVector<Core::Message> messagesForCase(qint64 caseId) const;
    std::optional<Core::Citizen> citizen(const QString &zaloId) const;
    QVector<Core::CaseEvent> caseEvents(qint64 caseId) const;
    qint64 messageCount() const;
    qint64 caseCount() const;

    // --- staff actions ------------------------------------------------------------------------
    bool markCaseRead(qint64 caseId, const QString &actor);

    HealthReport check() const;

signals:
    /** Emitted after a write that changed cases (ingest, read marks). */
    void casesChanged(const QSet<qint64> &caseIds);

private:
    class Private;
    Private *d;
};

} // namespace Desk::Store
