// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/casechanges.h"

#include "store/database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Desk::Store {

namespace {

/** Audit kinds a colleague's answer depends on; reads and notes change nothing to answer. */
const QHash<QString, CaseChange::Kind> &eventKinds()
{
    static const QHash<QString, CaseChange::Kind> kinds {
        {QStringLiteral("reply_queued"), CaseChange::Kind::ReplyQueued},
        {QStringLiteral("reply_sent"), CaseChange::Kind::ReplySent},
        {QStringLiteral("reply_refused"), CaseChange::Kind::ReplyRefused},
        {QStringLiteral("reply_cancelled"), CaseChange::Kind::ReplyCancelled},
        {QStringLiteral("replied_elsewhere"), CaseChange::Kind::RepliedElsewhere},
        {QStringLiteral("status_changed"), CaseChange::Kind::StatusChanged},
        {QStringLiteral("assigned"), CaseChange::Kind::Assigned},
        {QStringLiteral("routed"), CaseChange::Kind::Routed},
        {QStringLiteral("agency_answered"), CaseChange::Kind::AgencyAnswered},
        {QStringLiteral("classified"), CaseChange::Kind::Classified},
        {QStringLiteral("classification_overridden"), CaseChange::Kind::Classified},
    };
    return kinds;
}

} // namespace

qint64 CaseChangeQuery::version(qint64 caseId)
{
    bool ok = false;
    const QVariant value = m_db.scalar(QStringLiteral("SELECT version FROM cases WHERE id = ?"),
        {caseId}, QStringLiteral("reading the case version"), &ok);
    return ok && value.isValid() ? value.toLongLong() : -1;
}

CaseChanges CaseChangeQuery::since(qint64 caseId, qint64 seenVersion, qint64 sinceMs)
{
    CaseChanges changes;
    changes.caseId = caseId;
    changes.seenVersion = seenVersion;
    changes.currentVersion = version(caseId);
    if (changes.currentVersion < 0 || !changes.changed()) {
        return changes;
    }
    if (!readMessages(caseId, sinceMs, &changes.items)
        || !readEvents(caseId, sinceMs, &changes.items)) {
        changes.items.clear();
        return changes;
    }
    std::stable_sort(changes.items.begin(), changes.items.end(),
        [](const CaseChange &a, const CaseChange &b) { return a.atMs < b.atMs; });
    nameActors(&changes.items);
    return changes;
}

bool CaseChangeQuery::readMessages(qint64 caseId, qint64 sinceMs, QVector<CaseChange> *items)
{
    QSqlQuery *query = m_db.query(QStringLiteral("SELECT time_ms, text, type FROM messages "
                                                 "WHERE case_id = ? AND direction = 'in' "
                                                 "AND time_ms > ? ORDER BY time_ms, id"),
        {caseId, sinceMs}, QStringLiteral("reading new messages"));
    if (!query) {
        return false;
    }
    StatementReset reset(query);
    while (query->next()) {
        CaseChange change;
        change.kind = CaseChange::Kind::CitizenMessage;
        change.atMs = query->value(0).toLongLong();
        change.text = query->value(1).toString();
        if (change.text.isEmpty()) {
            change.text = query->value(2).toString(); // an image, a file, a sticker ...
        }
        items->append(change);
    }
    return !query->lastError().isValid()
        || m_db.fail(QStringLiteral("reading new messages"), query->lastError());
}

bool CaseChangeQuery::readEvents(qint64 caseId, qint64 sinceMs, QVector<CaseChange> *items)
{
    QSqlQuery *query = m_db.query(QStringLiteral("SELECT at_ms, actor, kind, detail FROM "
                                                 "case_events WHERE case_id = ? AND at_ms > ? "
                                                 "ORDER BY id"),
        {caseId, sinceMs}, QStringLiteral("reading the case's changes"));
    if (!query) {
        return false;
    }
    // Read every row first: a second statement on the connection would discard the rest.
    struct Row
    {
        CaseChange change;
        QJsonObject detail;
    };
    QVector<Row> rows;
    {
        StatementReset reset(query);
        while (query->next()) {
            const auto kind = eventKinds().constFind(query->value(2).toString());
            if (kind == eventKinds().constEnd()) {
                continue;
            }
            Row row;
            row.change.kind = *kind;
            row.change.atMs = query->value(0).toLongLong();
            row.change.actor = query->value(1).toString();
            row.detail = QJsonDocument::fromJson(query->value(3).toString().toUtf8()).object();
            rows.append(row);
        }
        if (query->lastError().isValid()) {
            return m_db.fail(QStringLiteral("reading the case's changes"), query->lastError());
        }
    }
    const auto text = [](const QJsonObject &d, const char *key) {
        return d.value(QLatin1String(key)).toString();
    };
    for (Row &row : rows) {
        CaseChange &change = row.change;
        switch (change.kind) {
        case CaseChange::Kind::ReplyQueued:
            change.to = text(row.detail, "purpose");
            change.text = replyText(caseId, text(row.detail, "reply"));
            break;
        case CaseChange::Kind::ReplySent:
            // One line per reply, not per part of a split one.
            if (!text(row.detail, "part").startsWith(QLatin1String("1/"))) {
                continue;
            }
            change.to = text(row.detail, "purpose");
            break;
        case CaseChange::Kind::StatusChanged:
        case CaseChange::Kind::Assigned:
            change.from = text(row.detail, "from");
            change.to = text(row.detail, "to");
            break;
        case CaseChange::Kind::Routed:
            change.to = text(row.detail, "agency");
            break;
        case CaseChange::Kind::Classified:
            change.to = row.detail.contains(QStringLiteral("to"))
                ? text(row.detail.value(QStringLiteral("to")).toObject(), "kind")
                : text(row.detail, "kind");
            break;
        default:
            break;
        }
        items->append(change);
    }
    return true;
}

QString CaseChangeQuery::replyText(qint64 caseId, const QString &group)
{
    if (group.isEmpty()) {
        return {};
    }
    bool ok = false;
    return m_db
        .scalar(QStringLiteral("SELECT text FROM outbox WHERE case_id = ? AND client_ref = ?"),
            {caseId, QString(group + QStringLiteral("/1"))}, QStringLiteral("reading a reply"), &ok)
        .toString();
}

void CaseChangeQuery::nameActors(QVector<CaseChange> *items)
{
    // A team database knows its people's names; a single desk has logins only.
    QHash<QString, QString> names;
    if (m_db.isPostgres()) {
        QSqlQuery *query = m_db.query(QStringLiteral("SELECT login, display_name FROM team_people"),
            {}, QStringLiteral("reading the team's names"));
        if (query) {
            StatementReset reset(query);
            while (query->next()) {
                names.insert(query->value(0).toString(), query->value(1).toString());
            }
        }
        m_db.clearError(); // without the right to read names, logins do
    }
    for (CaseChange &change : *items) {
        change.actorName = names.value(change.actor, change.actor);
    }
}

} // namespace Desk::Store
