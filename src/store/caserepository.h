// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QString>
#include <QVector>
#include <optional>

class QSqlQuery;

namespace Desk::Store {

class Database;

/** A case row with the fields ingest maintains beyond what the inbox shows. */
struct CaseRow : Core::CaseSummary
{
    qint64 closedAtMs = 0; // 0 while not closed
    qint64 searchRowid = 0; // key of the case's search document, 0 if not indexed yet
};

/** The `cases`, `case_events` and `case_code_sequences` tables. */
class CaseRepository
{
public:
    explicit CaseRepository(Database &db)
        : m_db(db)
    { }

    /** Columns read by `readSummary`, for queries that join `cases c` and `citizens z`. */
    static QString summaryColumns();
    static QString summaryFrom();
    /** SQL over `cases c`: the due moment of the latest transfer while unanswered, else NULL. */
    static QString agencyDueExpression();
    static Core::CaseSummary readSummary(const QSqlQuery &query);

    std::optional<Core::CaseSummary> byId(qint64 caseId, bool *ok = nullptr);
    std::optional<Core::CaseSummary> byCode(const QString &code, bool *ok = nullptr);
    /** The citizen's newest case: their open one, or the last closed one if none is open. */
    std::optional<CaseRow> latestOfCitizen(const QString &citizenId, bool *ok);

    /** Next sequence number of `year` (Vietnam time), inside the caller's transaction. */
    qint64 allocateSequence(int year, bool *ok);
    /** Inserts `row` (id is set on success). */
    bool insert(CaseRow &row);
    /** Writes the counters, status and search key ingest keeps on the row, and `more`
     *  (`column = ?, ...` with its values) in the same statement. */
    bool updateActivity(
        const CaseRow &row, const QString &more = {}, const QVariantList &moreValues = {});
    /**
     * updateActivity() that writes nothing and sets `claimed` false when another case holds
     * the row's search key: choosing a free key and writing it in one statement, instead of
     * looking first (a round trip on PostgreSQL), for the usual case where the key is free.
     */
    bool updateActivityClaimingKey(const CaseRow &row, bool *claimed, const QString &more = {},
        const QVariantList &moreValues = {});
    bool setUnread(qint64 caseId, int unread);
    bool setStatus(qint64 caseId, Core::CaseStatus status, qint64 closedAtMs);
    /** The newest case id of `citizenId`. */
    qint64 newestCaseOfCitizen(const QString &citizenId, bool *ok);

    bool addEvent(const Core::CaseEvent &event);
    /** Several audit rows in one statement per few dozen, in order. */
    bool addEvents(const QVector<Core::CaseEvent> &events);
    bool addEvent(qint64 caseId, qint64 atMs, const QString &actor, const QString &kind,
        const QString &detail);
    QVector<Core::CaseEvent> events(qint64 caseId, bool *ok = nullptr);

private:
    std::optional<Core::CaseSummary> single(const QString &where, const QVariant &value, bool *ok);

    Database &m_db;
};

} // namespace Desk::Store
