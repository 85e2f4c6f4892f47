// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>
#include <optional>

namespace Desk::Store {
class Database;
}

/**
 * Who may do what in a team database, enforced by PostgreSQL itself (team-mode.md §6): group
 * roles, grants, row security and triggers, set up by the database's owner after
 * Schema::migrate (`advisory-desk-cli team-init`). PostgreSQL only.
 *
 * Group roles (NOLOGIN, cluster-wide; the grants are per database). Each person's login is a
 * member of one of them (`team-user add`):
 *  - desk_staff: reads everything but `oa_secrets`; changes the work columns of cases (status,
 *    assignee, classification, unread marks, routing, clocks, rating), transfers, ratings, the
 *    search index, appends audit rows, queues replies (outbox rows inserted as 'queued' only),
 *    withdraws its own queued replies and queues its own refused ones again, writes its own
 *    drafts (their author is set to the login; everybody reads them). Never messages, citizens,
 * sync state, send results, the OA's secrets, the lease, the directory, rules, clock policies,
 * shared documents or the team's people.
 *  - desk_supervisor: what staff may (reports read the whole team); nothing destructive more.
 *  - desk_admin: a supervisor who also edits the directory (agencies, localities, areas,
 *    procedures, reply templates), classification and routing rules, clock policies, shared
 *    documents (calendar, working hours) and `team_people`.
 *  - desk_service: the OA service: messages, citizens, sync state, cases (ingest and
 *    automation), outbox send results, the audit rows of its system actors, `oa_secrets`,
 *    `service_lease`.
 *
 * The audit trail `case_events` is append-only for everybody but the owner; a trigger stamps
 * `login` (session_user) and `at_server_ms` (server clock) on every row, and for a person's
 * login also overwrites `actor` with the login and `at_ms` with the server time: a name or time
 * the client sends is never trusted. The service keeps its system actors (kSystemActors) and
 * the team's logins (a sent reply is credited to who queued it); other names become its login.
 *
 * Live updates (LISTEN on these channels; every writer notifies, from statement-level
 * triggers, at commit):
 *  - channel `desk_cases`, payload: case ids in decimal, comma separated ("12,15,301"); a
 *    change touching many cases arrives as several notifications, each under 8000 bytes.
 *    Sent when a case row is inserted or updated, a message arrives, an audit row is added,
 *    or an outbox row of the case is queued or changes state.
 *  - channel `desk_outbox`, payload: outbox row ids, same format; sent when outbox rows are
 *    inserted or updated.
 * `cases.version` grows by one with every change a colleague must see before answering (a new
 * message, a reply queued or changing state, status, assignee, routing, classification...);
 * unread marks, clock bookkeeping and the search key do not count.
 */
namespace Desk::Store::TeamSchema {

inline constexpr const char *kCasesChannel = "desk_cases";
inline constexpr const char *kOutboxChannel = "desk_outbox";
/** The actors the service may write into the audit trail besides the team's logins (plain
 *  lower-case words: they are put into the trigger's SQL as literals). */
inline constexpr const char *kSystemActors[]
    = {"sync", "zalo-oa", "classifier", "automation", "citizen", "desk"};

enum class Role { Staff, Supervisor, Admin, Service };

/** staff | supervisor | admin | service */
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
/** The group role of `role`: desk_staff, desk_supervisor, desk_admin, desk_service. */
QString groupRole(Role role);

/**
 * Creates the group roles when missing and (re)applies grants, row security, triggers and
 * functions, in one transaction (a savepoint inside the caller's). Idempotent: a second run
 * changes no data. Run by the database's owner (a role with CREATEROLE, or a superuser).
 */
bool apply(Database &db);
/** True when apply() has run on this database (its functions exist). */
bool isApplied(Database &db, bool *ok = nullptr);

/** The OA service's last heartbeat, aged on the server's clock (a desk's may be off). */
struct ServiceBeat
{
    qint64 heartbeatAtMs = 0; // 0: no service has run yet
    qint64 serverNowMs = 0;
    qint64 generation = 0;
    QString holder; // host/pid/instance of the active service
    bool aliveWithin(qint64 staleMs) const
    {
        return heartbeatAtMs > 0 && serverNowMs - heartbeatAtMs <= staleMs;
    }
};
/** nullopt when it cannot be read (then `db` says why). */
std::optional<ServiceBeat> serviceBeat(Database &db);

/** One row of `team_people` with whether its login may sign in. */
struct Person
{
    QString login;
    QString displayName;
    QString role;
    bool active = true;
    bool canLogin = true;
    qint64 createdAtMs = 0;
};

/**
 * Creates the login `login` (scram-sha-256; only its verifier reaches the server, the password
 * never does) in the group role of `role`, and its `team_people` row, in one transaction.
 * Identifiers and literals are quoted by the server (format %I / %L), never glued.
 * Fails with DatabaseErrorKind::Conflict when the login exists already.
 */
bool addPerson(Database &db, const QString &login, const QString &displayName, Role role,
    const QString &password, qint64 nowMs);
/** NOLOGIN, active = false, then ends the login's open sessions (when allowed to). */
bool disablePerson(Database &db, const QString &login);
std::optional<QVector<Person>> people(Database &db);

/** The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677, 4096 rounds). */
QString scramVerifier(const QString &password, const QByteArray &salt = {});

} // namespace Desk::Store::TeamSchema
