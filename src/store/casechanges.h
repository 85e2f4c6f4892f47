// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Desk::Store {

class Database;

/** One thing that happened to a case that whoever is answering it should know first. */
struct CaseChange
{
    enum class Kind {
        CitizenMessage, // the citizen wrote again
        ReplyQueued, // someone queued a reply (or an acknowledgement ...) in the outbox
        ReplySent, // a queued reply reached Zalo
        ReplyRefused, // Zalo refused a queued reply
        ReplyCancelled, // a queued reply was withdrawn
        RepliedElsewhere, // an answer went out from the OA's web console
        StatusChanged,
        Assigned,
        Routed, // sent to an agency
        AgencyAnswered,
        Classified,
    };
    Kind kind = Kind::CitizenMessage;
    qint64 atMs = 0;
    QString actor; // the login (audit actor); '' for the citizen
    QString actorName; // the person's display name on a team database, else the login
    QString text; // the citizen's message, or the first part of a queued reply
    QString from; // status key, assignee login ... before (StatusChanged, Assigned)
    QString to; // ... after; the agency code for Routed; the purpose key for ReplyQueued
};

/** What changed on a case since a version was seen (Store::changesSince). */
struct CaseChanges
{
    qint64 caseId = 0;
    qint64 seenVersion = 0;
    qint64 currentVersion = 0; // -1 when the case could not be read
    QVector<CaseChange> items; // oldest first
    bool changed() const { return currentVersion != seenVersion; }
};

/** The SQL behind Store::caseVersion / changesSince (both dialects). */
class CaseChangeQuery
{
public:
    explicit CaseChangeQuery(Database &db)
        : m_db(db)
    { }

    /** -1 when the case does not exist or cannot be read. */
    qint64 version(qint64 caseId);
    CaseChanges since(qint64 caseId, qint64 version, qint64 sinceMs);

private:
    bool readMessages(qint64 caseId, qint64 sinceMs, QVector<CaseChange> *items);
    bool readEvents(qint64 caseId, qint64 sinceMs, QVector<CaseChange> *items);
    QString replyText(qint64 caseId, const QString &group);
    void nameActors(QVector<CaseChange> *items);

    Database &m_db;
};

} // namespace Desk::Store
