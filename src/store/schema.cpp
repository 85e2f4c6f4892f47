// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schema.h"

#include "store/casetext.h"
#include "store/database.h"
#include "store/schemapostgres.h"
#include "store/searchindex.h"
#include "store/storelog.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace Desk::Store::Schema {

namespace {

// v1: the first released schema. Ids from Zalo are TEXT, times are UTC epoch ms.
const char *const kVersion1[] = {
    R"(CREATE TABLE citizens (
        zalo_id          TEXT PRIMARY KEY NOT NULL,
        display_name     TEXT NOT NULL DEFAULT '',
        avatar_url       TEXT NOT NULL DEFAULT '',
        phone            TEXT NOT NULL DEFAULT '',
        address          TEXT NOT NULL DEFAULT '',
        shared_info_json TEXT NOT NULL DEFAULT '',
        is_follower      INTEGER NOT NULL DEFAULT 0,
        profile_fetched  INTEGER NOT NULL DEFAULT 0,
        updated_at_ms    INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE cases (
        id                  INTEGER PRIMARY KEY,
        code                TEXT NOT NULL UNIQUE,
        citizen_id          TEXT NOT NULL REFERENCES citizens(zalo_id),
        status              TEXT NOT NULL DEFAULT 'new',
        first_line          TEXT NOT NULL DEFAULT '',
        opened_at_ms        INTEGER NOT NULL,
        last_activity_at_ms INTEGER NOT NULL,
        closed_at_ms        INTEGER,
        message_count       INTEGER NOT NULL DEFAULT 0,
        previous_case_id    INTEGER REFERENCES cases(id)))",
    "CREATE INDEX cases_by_citizen ON cases(citizen_id, id)",
    // v1's inbox order (replaced in v2 by the search key order).
    "CREATE INDEX cases_by_activity ON cases(last_activity_at_ms)",
    R"(CREATE TABLE case_code_sequences (
        year          INTEGER PRIMARY KEY,
        last_sequence INTEGER NOT NULL))",
    R"(CREATE TABLE messages (
        id         INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL UNIQUE,
        citizen_id TEXT NOT NULL REFERENCES citizens(zalo_id),
        direction  TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        time_ms    INTEGER NOT NULL,
        type       TEXT NOT NULL DEFAULT 'text',
        text       TEXT NOT NULL DEFAULT '',
        url        TEXT NOT NULL DEFAULT '',
        thumb_url  TEXT NOT NULL DEFAULT '',
        file_name  TEXT NOT NULL DEFAULT '',
        raw_json   TEXT NOT NULL DEFAULT '',
        case_id    INTEGER NOT NULL REFERENCES cases(id)))",
    "CREATE INDEX messages_by_case ON messages(case_id, time_ms)",
    R"(CREATE TABLE case_events (
        id      INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        at_ms   INTEGER NOT NULL,
        actor   TEXT NOT NULL,
        kind    TEXT NOT NULL,
        detail  TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX case_events_by_case ON case_events(case_id)",
    R"(CREATE TABLE sync_state (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL))",
};

// v2: read tracking and the Zalo reply window on the case row, full-text search, and the
// indexes the inbox filters need at 100,000 cases.
const char *const kVersion2Ddl[] = {
    "ALTER TABLE cases ADD COLUMN unread_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE cases ADD COLUMN last_inbound_at_ms INTEGER NOT NULL DEFAULT 0",
    // Folded name + phone exactly as indexed in the case documents: a contentless FTS table
    // can only delete a document when given its indexed text again.
    "ALTER TABLE citizens ADD COLUMN search_text TEXT NOT NULL DEFAULT ''",
    // The FTS rowid of the case's document: last activity in ms * 1024 + a slot (see
    // casetext.h). It is also the inbox order key, so one order serves lists and search.
    "ALTER TABLE cases ADD COLUMN search_rowid INTEGER",
    "CREATE UNIQUE INDEX cases_by_search_rowid ON cases(search_rowid)",
    // Per-filter order indexes; they also cover the filter test for each search hit.
    "DROP INDEX cases_by_activity",
    "CREATE INDEX cases_by_status_order ON cases(status, search_rowid)",
    "CREATE INDEX cases_unread_by_order ON cases(search_rowid) WHERE unread_count > 0",
    // Contentless: the folded text is not stored a second time (it would add ~50 % of the
    // messages table). remove_diacritics 2 folds NFC and NFD alike; đ is folded by us.
    // prefix='2 3': the last typed word is a prefix query; without these indexes FTS5 merges
    // every term starting with e.g. "tr" (120 ms at 1M messages; 0.1 ms with them), at the
    // cost of a larger index (110 -> 243 MB at 1M messages).
    R"(CREATE VIRTUAL TABLE case_search USING fts5(
        body, content='', tokenize='unicode61 remove_diacritics 2', prefix='2 3'))",
    // Covers the timeline (sorted per case in memory, a case is small) and reports such as
    // first-response time (min in / min out per case) without visiting table rows.
    "DROP INDEX messages_by_case",
    "CREATE INDEX messages_by_case_direction ON messages(case_id, direction, time_ms)",
};

// v3: answering cases (classification, routing, outbox, drafts, ratings), the directory the
// administrator edits, and the clocks and milestones reports read. Milestones are columns of
// the case row so a report over a million cases reads one table, not the audit log.
const char *const kVersion3Ddl[] = {
    // Classification: '' = not classified yet; `classification_rule` says which rule (or
    // "staff:<login>" for an override) produced it.
    "ALTER TABLE cases ADD COLUMN kind TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN area_code TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN locality_code TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN procedure_code TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN classification_rule TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN assignee TEXT NOT NULL DEFAULT ''",
    // The agency the case was last routed to ('' = handled by the desk itself).
    "ALTER TABLE cases ADD COLUMN agency_code TEXT NOT NULL DEFAULT ''",
    // Milestones, UTC ms, NULL until reached.
    "ALTER TABLE cases ADD COLUMN first_response_at_ms INTEGER",
    "ALTER TABLE cases ADD COLUMN routed_at_ms INTEGER",
    "ALTER TABLE cases ADD COLUMN agency_answered_at_ms INTEGER",
    "ALTER TABLE cases ADD COLUMN replied_at_ms INTEGER",
    // Legal clocks: due moments per step (NULL = no clock), pause bookkeeping, kéo dài.
    "ALTER TABLE cases ADD COLUMN ack_due_at_ms INTEGER",
    "ALTER TABLE cases ADD COLUMN route_due_at_ms INTEGER",
    "ALTER TABLE cases ADD COLUMN due_at_ms INTEGER",
    "ALTER TABLE cases ADD COLUMN paused_since_ms INTEGER",
    "ALTER TABLE cases ADD COLUMN paused_total_ms INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE cases ADD COLUMN prolonged INTEGER NOT NULL DEFAULT 0",
    // Satisfaction, raw level key of the configured scale ('' = not rated).
    "ALTER TABLE cases ADD COLUMN rating TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN rating_at_ms INTEGER",
    // Reports select by the day a case was received.
    "CREATE INDEX cases_by_opened ON cases(opened_at_ms)",
    "CREATE INDEX cases_open_by_due ON cases(due_at_ms) WHERE replied_at_ms IS NULL",

    // Directory (defaults from resources/data, edited by the administrator). `verified` = 0
    // marks a default row nobody has checked against an official source yet.
    R"(CREATE TABLE agencies (
        code        TEXT PRIMARY KEY NOT NULL,
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL DEFAULT '',
        parent_code TEXT NOT NULL DEFAULT '',
        phone       TEXT NOT NULL DEFAULT '',
        email       TEXT NOT NULL DEFAULT '',
        address     TEXT NOT NULL DEFAULT '',
        notes       TEXT NOT NULL DEFAULT '',
        verified    INTEGER NOT NULL DEFAULT 0,
        active      INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE localities (
        code         TEXT PRIMARY KEY NOT NULL,
        name         TEXT NOT NULL,
        type         TEXT NOT NULL DEFAULT '',
        former_units TEXT NOT NULL DEFAULT '',
        verified     INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE areas (
        code              TEXT PRIMARY KEY NOT NULL,
        name              TEXT NOT NULL,
        provincial_agency TEXT NOT NULL DEFAULT '',
        commune_agency    TEXT NOT NULL DEFAULT '',
        verified          INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE procedures (
        code         TEXT PRIMARY KEY NOT NULL,
        name         TEXT NOT NULL,
        area_code    TEXT NOT NULL DEFAULT '',
        level        TEXT NOT NULL DEFAULT '',
        online_level INTEGER NOT NULL DEFAULT 0,
        portal_url   TEXT NOT NULL DEFAULT '',
        agency_code  TEXT NOT NULL DEFAULT '',
        verified     INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE reply_templates (
        code      TEXT PRIMARY KEY NOT NULL,
        title     TEXT NOT NULL,
        kind      TEXT NOT NULL DEFAULT '',
        area_code TEXT NOT NULL DEFAULT '',
        body      TEXT NOT NULL,
        verified  INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE classification_rules (
        id       INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        target   TEXT NOT NULL,
        value    TEXT NOT NULL,
        pattern  TEXT NOT NULL,
        weight   INTEGER NOT NULL DEFAULT 1,
        note     TEXT NOT NULL DEFAULT '',
        enabled  INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE routing_rules (
        id             INTEGER PRIMARY KEY,
        position       INTEGER NOT NULL,
        kind           TEXT NOT NULL DEFAULT '',
        area_code      TEXT NOT NULL DEFAULT '',
        procedure_code TEXT NOT NULL DEFAULT '',
        level          TEXT NOT NULL DEFAULT '',
        agency_code    TEXT NOT NULL,
        note           TEXT NOT NULL DEFAULT '',
        enabled        INTEGER NOT NULL DEFAULT 1))",
    // Clock policy: working days per case kind and step ('*' = any kind).
    R"(CREATE TABLE clock_policies (
        kind         TEXT NOT NULL,
        step         TEXT NOT NULL,
        working_days INTEGER NOT NULL,
        PRIMARY KEY (kind, step)))",

    // One row per hop to an agency; the answer is recorded on the same row.
    R"(CREATE TABLE transfers (
        id                INTEGER PRIMARY KEY,
        case_id           INTEGER NOT NULL REFERENCES cases(id),
        agency_code       TEXT NOT NULL,
        note              TEXT NOT NULL DEFAULT '',
        routed_at_ms      INTEGER NOT NULL,
        due_at_ms         INTEGER,
        routed_by         TEXT NOT NULL,
        answered_at_ms    INTEGER,
        answer_text       TEXT NOT NULL DEFAULT '',
        answer_files_json TEXT NOT NULL DEFAULT '[]',
        recorded_by       TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX transfers_by_case ON transfers(case_id, id)",
    "CREATE INDEX transfers_open ON transfers(agency_code) WHERE answered_at_ms IS NULL",

    // The outbox: every reply is a row before anything goes to Zalo. `client_ref` is unique
    // per part so a resent request can be recognised; state 'sending' is written (and
    // committed) before the POST, so after a crash the row says "check Zalo first".
    R"(CREATE TABLE outbox (
        id                INTEGER PRIMARY KEY,
        case_id           INTEGER NOT NULL REFERENCES cases(id),
        citizen_id        TEXT NOT NULL,
        client_ref        TEXT NOT NULL UNIQUE,
        purpose           TEXT NOT NULL DEFAULT 'reply',
        kind              TEXT NOT NULL DEFAULT 'text',
        text              TEXT NOT NULL DEFAULT '',
        quote_message_id  TEXT NOT NULL DEFAULT '',
        file_path         TEXT NOT NULL DEFAULT '',
        part_index        INTEGER NOT NULL DEFAULT 1,
        part_count        INTEGER NOT NULL DEFAULT 1,
        state             TEXT NOT NULL DEFAULT 'queued',
        attempts          INTEGER NOT NULL DEFAULT 0,
        next_attempt_at_ms INTEGER NOT NULL DEFAULT 0,
        created_at_ms     INTEGER NOT NULL,
        created_by        TEXT NOT NULL,
        sending_since_ms  INTEGER,
        sent_at_ms        INTEGER,
        zalo_message_id   TEXT NOT NULL DEFAULT '',
        error_code        INTEGER NOT NULL DEFAULT 0,
        error_message     TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX outbox_by_state ON outbox(state, next_attempt_at_ms)",
    // Sync asks for every outbound message whether the desk sent it.
    "CREATE INDEX outbox_by_message ON outbox(zalo_message_id) WHERE zalo_message_id <> ''",
    "CREATE INDEX outbox_by_case ON outbox(case_id, id)",

    // The draft being typed, saved as typed so it survives a crash.
    R"(CREATE TABLE drafts (
        case_id       INTEGER PRIMARY KEY REFERENCES cases(id),
        text          TEXT NOT NULL,
        updated_at_ms INTEGER NOT NULL,
        author        TEXT NOT NULL DEFAULT ''))",

    // Ratings with who answered the case and which agency handled it at the time.
    R"(CREATE TABLE ratings (
        case_id     INTEGER PRIMARY KEY REFERENCES cases(id),
        level       TEXT NOT NULL,
        raw_text    TEXT NOT NULL DEFAULT '',
        message_id  TEXT NOT NULL DEFAULT '',
        at_ms       INTEGER NOT NULL,
        staff       TEXT NOT NULL DEFAULT '',
        agency_code TEXT NOT NULL DEFAULT ''))",
};

// Cases answered before v3 (from the OA console, seen by sync) get their milestones.
const char *const kVersion3Backfill[] = {
    R"(UPDATE cases SET first_response_at_ms =
           (SELECT min(m.time_ms) FROM messages m WHERE m.case_id = cases.id AND m.direction = 'out'))",
    R"(UPDATE cases SET replied_at_ms = first_response_at_ms
        WHERE status IN ('replied', 'closed') AND first_response_at_ms IS NOT NULL)",
};

// v4: several processes on one profile (issue: one OA, several processes).
const char *const kVersion4Ddl[] = {
    // An outbox row being worked on belongs to one process (host/pid/instance) until the
    // lease expires; another process takes it over only when the lease ran out or its owner
    // is known to be dead, and then through the check-the-conversation recovery.
    "ALTER TABLE outbox ADD COLUMN lease_owner TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE outbox ADD COLUMN lease_expires_at_ms INTEGER NOT NULL DEFAULT 0",
    // The Zalo upload (attachment_id / file token) a `sending` attachment row went out with,
    // so recovery after a crash recognises that very attachment in the conversation.
    "ALTER TABLE outbox ADD COLUMN attachment_ref TEXT NOT NULL DEFAULT ''",
    // Per citizen: how far back the conversation is known to be complete (Zalo's clock), so a
    // walk stops only below it, never at the first known message; and a conversation Zalo
    // keeps refusing (or that held an unreadable row) is retried with back-off on its own.
    R"(CREATE TABLE citizen_sync (
           citizen_id TEXT PRIMARY KEY,
           complete_to_ms INTEGER NOT NULL DEFAULT 0,
           pending_since_ms INTEGER NOT NULL DEFAULT 0,
           attempts INTEGER NOT NULL DEFAULT 0,
           next_attempt_at_ms INTEGER NOT NULL DEFAULT 0,
           last_error TEXT NOT NULL DEFAULT '',
           failing_since_ms INTEGER NOT NULL DEFAULT 0)
       WITHOUT ROWID)",
    "CREATE INDEX citizen_sync_pending ON citizen_sync(next_attempt_at_ms) "
    "WHERE pending_since_ms > 0",
    // Automation classifies every unclassified case that has a citizen message, whatever its
    // status (cases whose conversation began with OA console answers arrive already
    // `replied`); this index keeps that look-up off a full scan of the cases.
    "CREATE INDEX cases_unclassified ON cases(id) WHERE kind = ''",
};

// v5: a version on each case, bumped by every change a colleague must see before answering
// (team-mode.md §5): the composer remembers the version it opened with and asks before queuing
// on a changed case. The same changes as the team database's triggers (schemapostgres.cpp);
// the case trigger updates only `version`, which it does not watch, so it never recurses.
const char *const kVersion5Ddl[] = {
    "ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
    // One draft per case and person (a team's colleagues each type their own); SQLite cannot
    // change a primary key in place, so the table is rebuilt with its rows.
    R"(CREATE TABLE drafts_v5 (
        case_id       INTEGER NOT NULL REFERENCES cases(id),
        text          TEXT NOT NULL,
        updated_at_ms INTEGER NOT NULL,
        author        TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, author)))",
    "INSERT INTO drafts_v5(case_id, text, updated_at_ms, author) "
    "SELECT case_id, text, updated_at_ms, author FROM drafts",
    "DROP TABLE drafts",
    "ALTER TABLE drafts_v5 RENAME TO drafts",
    R"(CREATE TRIGGER cases_version_on_message AFTER INSERT ON messages
       BEGIN UPDATE cases SET version = version + 1 WHERE id = NEW.case_id; END)",
    R"(CREATE TRIGGER cases_version_on_outbox_insert AFTER INSERT ON outbox
       BEGIN UPDATE cases SET version = version + 1 WHERE id = NEW.case_id; END)",
    // Not on 'sending': that is the sender's own step, nothing a colleague must weigh.
    R"(CREATE TRIGGER cases_version_on_outbox_state AFTER UPDATE OF state ON outbox
       WHEN NEW.state IS NOT OLD.state AND NEW.state <> 'sending'
       BEGIN UPDATE cases SET version = version + 1 WHERE id = NEW.case_id; END)",
    R"(CREATE TRIGGER cases_version_on_case AFTER UPDATE OF status, assignee, agency_code, kind
       ON cases
       WHEN NEW.status IS NOT OLD.status OR NEW.assignee IS NOT OLD.assignee
         OR NEW.agency_code IS NOT OLD.agency_code OR NEW.kind IS NOT OLD.kind
       BEGIN UPDATE cases SET version = version + 1 WHERE id = NEW.id; END)",
};

bool execAll(Database &db, const char *const *begin, const char *const *end, int version)
{
    for (auto it = begin; it != end; ++it) {
        if (!db.exec(
                QString::fromUtf8(*it), QStringLiteral("migrating to schema v%1").arg(version))) {
            return false;
        }
    }
    return true;
}

bool migrateTo1(Database &db)
{
    return execAll(db, std::begin(kVersion1), std::end(kVersion1), 1);
}

bool backfillVersion2(Database &db)
{
    const QString context = QStringLiteral("migrating to schema v2 (backfill)");
    QSqlDatabase connection = db.connection();

    const char *const counters[] = {
        R"(UPDATE cases SET message_count =
               (SELECT count(*) FROM messages m WHERE m.case_id = cases.id))",
        R"(UPDATE cases SET last_inbound_at_ms = COALESCE(
               (SELECT max(m.time_ms) FROM messages m
                 WHERE m.case_id = cases.id AND m.direction = 'in'), 0))",
        // v1 had no read marks: count as unread the inbound messages after the OA's last
        // reply (and after any 'read' audit row), on cases that are not closed.
        R"(UPDATE cases SET unread_count = (
               SELECT count(*) FROM messages m
                WHERE m.case_id = cases.id AND m.direction = 'in'
                  AND m.time_ms > max(
                      COALESCE((SELECT max(o.time_ms) FROM messages o
                                 WHERE o.case_id = cases.id AND o.direction = 'out'), 0),
                      COALESCE((SELECT max(e.at_ms) FROM case_events e
                                 WHERE e.case_id = cases.id AND e.kind = 'read'), 0)))
             WHERE status <> 'closed')",
    };
    if (!execAll(db, std::begin(counters), std::end(counters), 2)) {
        return false;
    }

    // Folding needs Qt (đ, NFD), so these rows go through C++.
    QSqlQuery citizens(connection);
    citizens.setForwardOnly(true);
    QSqlQuery update(connection);
    if (!citizens.exec(QStringLiteral("SELECT zalo_id, display_name, phone FROM citizens"))
        || !update.prepare(
            QStringLiteral("UPDATE citizens SET search_text = ? WHERE zalo_id = ?"))) {
        return db.fail(
            context, citizens.lastError().isValid() ? citizens.lastError() : update.lastError());
    }
    while (citizens.next()) {
        update.bindValue(0,
            textValue(CaseText::citizenSearchText(
                citizens.value(1).toString(), citizens.value(2).toString())));
        update.bindValue(1, citizens.value(0));
        if (!update.exec()) {
            return db.fail(context, update.lastError());
        }
    }
    citizens.finish();

    // One document per case, oldest activity first so FTS5 appends rowids in order.
    QSqlQuery cases(connection);
    cases.setForwardOnly(true);
    if (!cases.exec(QStringLiteral("SELECT c.id, c.code, c.last_activity_at_ms, z.search_text "
                                   "FROM cases c JOIN citizens z ON z.zalo_id = c.citizen_id "
                                   "ORDER BY c.last_activity_at_ms, c.id"))) {
        return db.fail(context, cases.lastError());
    }
    SearchIndex search(db);
    qint64 indexed = 0;
    while (cases.next()) {
        const qint64 caseId = cases.value(0).toLongLong();
        QStringList messages;
        if (!search.storedMessageDocuments(caseId, {}, nullptr, &messages)
            || search.reindex(caseId, cases.value(2).toLongLong(), 0, QString(),
                   CaseText::caseDocument(
                       cases.value(3).toString(), cases.value(1).toString(), messages))
                <= 0) {
            return false;
        }
        ++indexed;
    }
    qCInfo(lcStore) << "schema v2: indexed" << indexed << "cases for search";
    return true;
}

bool migrateTo2(Database &db)
{
    return execAll(db, std::begin(kVersion2Ddl), std::end(kVersion2Ddl), 2) && backfillVersion2(db);
}

bool runStep(Database &db, int version)
{
    switch (version) {
    case 1:
        return migrateTo1(db);
    case 2:
        return migrateTo2(db);
    case 3:
        return execAll(db, std::begin(kVersion3Ddl), std::end(kVersion3Ddl), 3)
            && execAll(db, std::begin(kVersion3Backfill), std::end(kVersion3Backfill), 3);
    case 4:
        return execAll(db, std::begin(kVersion4Ddl), std::end(kVersion4Ddl), 4);
    case 5:
        return execAll(db, std::begin(kVersion5Ddl), std::end(kVersion5Ddl), 5);
    default:
        return db.fail(QStringLiteral("no migration step to schema v%1").arg(version));
    }
}

} // namespace

bool finishStep(Database &db, Transaction &transaction, bool stepped, int version, qint64 elapsedMs)
{
    if (!stepped) {
        // The kind stays (a login without the right to create tables: PermissionDenied).
        db.fail(db.lastErrorKind(),
            QStringLiteral("migration to schema v%1 failed and was rolled back: %2")
                .arg(version)
                .arg(db.lastError()));
        return false;
    }
    if (!transaction.commit()) {
        return false;
    }
    qCInfo(lcStore) << "migrated" << db.path() << "to schema v" << version << "in" << elapsedMs
                    << "ms";
    return true;
}

int version(Database &db)
{
    if (db.isPostgres()) {
        return Postgres::version(db);
    }
    bool ok = false;
    const QVariant value = db.scalar(
        QStringLiteral("PRAGMA user_version"), {}, QStringLiteral("reading schema version"), &ok);
    return ok ? value.toInt() : -1;
}

bool migrate(Database &db, int target)
{
    if (db.isPostgres()) {
        return Postgres::migrate(db, target, kCurrentVersion);
    }
    const int start = version(db);
    if (start < 0) {
        return false;
    }
    if (start > kCurrentVersion) {
        return db.fail(DatabaseErrorKind::SchemaTooNew,
            QStringLiteral("the database has schema v%1, newer than this program "
                           "understands (v%2); use a newer Advisory Desk")
                .arg(start)
                .arg(kCurrentVersion));
    }
    for (int next = start + 1; next <= target; ++next) {
        QElapsedTimer timer;
        timer.start();
        Transaction transaction(db);
        if (!transaction.isActive()) {
            return false;
        }
        // Re-read under the write lock: another process may have migrated meanwhile.
        const int current = version(db);
        if (current < 0) {
            return false;
        }
        if (current >= next) {
            transaction.commit();
            continue;
        }
        const bool stepped = runStep(db, next)
            && db.exec(QStringLiteral("PRAGMA user_version = %1").arg(next),
                QStringLiteral("setting schema version"));
        if (!finishStep(db, transaction, stepped, next, timer.elapsed())) {
            return false;
        }
    }
    db.clearStatements();
    return true;
}

} // namespace Desk::Store::Schema
