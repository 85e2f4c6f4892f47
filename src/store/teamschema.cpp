// SPDX-License-Identifier: GPL-3.0-or-later
// Roles, grants, row security and triggers of a team database (teamschema.h says who may do
// what). Everything here is re-runnable: roles are created when missing, grants are revoked
// and given again, functions and triggers are replaced, policies dropped and created.
#include "store/teamschema.h"

#include "store/database.h"
#include "store/storelog.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

namespace Desk::Store::TeamSchema {

namespace {

// The owner's apply() runs these in order. `who` of desk_login_kind(): owner (superuser or a
// member of the tables' owner: maintenance, trusted), service, admin, supervisor, staff.
const char *const kSetup[] = {
    // Roles are cluster-wide: another database of the same server may have made them already.
    R"(DO $$
    DECLARE r text;
    BEGIN
      FOREACH r IN ARRAY ARRAY['desk_staff', 'desk_supervisor', 'desk_admin', 'desk_service'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
          BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
          EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- created meanwhile by a team-init on another database
          END;
        END IF;
      END LOOP;
    END $$)",
    "GRANT desk_staff TO desk_supervisor",
    "GRANT desk_supervisor TO desk_admin",
    // Only the team's roles (and the owner) connect to the team's database.
    R"(DO $$
    BEGIN
      EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
      EXECUTE format('GRANT CONNECT ON DATABASE %I TO desk_staff, desk_service',
                     current_database());
    END $$)",

    // --- grants ------------------------------------------------------------------------------
    R"(DO $$
    DECLARE t text;
    BEGIN
      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE format('REVOKE ALL ON public.%I FROM desk_staff, desk_supervisor, desk_admin, '
                       'desk_service', t);
        EXECUTE format('GRANT SELECT ON public.%I TO desk_service', t);
        IF t <> 'oa_secrets' THEN
          EXECUTE format('GRANT SELECT ON public.%I TO desk_staff', t);
        END IF;
      END LOOP;
    END $$)",
    // Staff: the work on a case. Not: id, code, citizen, first line, opening, message counts,
    // previous case, last inbound time (ingest's), version (the trigger's).
    R"(GRANT UPDATE (status, closed_at_ms, unread_count, kind, area_code, locality_code,
        procedure_code, classification_rule, assignee, agency_code, first_response_at_ms,
        routed_at_ms, agency_answered_at_ms, replied_at_ms, ack_due_at_ms, route_due_at_ms,
        due_at_ms, paused_since_ms, paused_total_ms, prolonged, rating, rating_at_ms,
        search_rowid) ON cases TO desk_staff)",
    "GRANT INSERT ON case_events TO desk_staff, desk_service",
    "GRANT INSERT, UPDATE, DELETE ON case_search TO desk_staff, desk_service",
    "GRANT INSERT, UPDATE ON transfers, ratings TO desk_staff, desk_service",
    // A routing taken back within the recall window (desk_transfer_recall_guard says when).
    "GRANT DELETE ON transfers TO desk_staff",
    "GRANT INSERT, UPDATE, DELETE ON drafts TO desk_staff, desk_service",
    // Queue, withdraw, queue again; desk_outbox_guard() allows only those transitions.
    "GRANT INSERT ON outbox TO desk_staff",
    "GRANT INSERT ON outbox_files TO desk_staff, desk_service",
    R"(GRANT UPDATE (state, error_code, error_message, next_attempt_at_ms, lease_owner,
        lease_expires_at_ms) ON outbox TO desk_staff)",
    // Administrators: the shared reference data and the team's people.
    R"(GRANT INSERT, UPDATE, DELETE ON agencies, localities, areas, procedures,
        reply_templates, classification_rules, routing_rules, clock_policies,
        shared_documents, team_people TO desk_admin)",
    // The OA service: what comes from Zalo and what goes to it.
    R"(GRANT INSERT, UPDATE ON citizens, cases, messages, case_code_sequences, sync_state,
        citizen_sync, outbox TO desk_service)",
    "GRANT INSERT, UPDATE, DELETE ON oa_secrets TO desk_service",
    "GRANT UPDATE ON service_lease TO desk_service",

    // --- who is asking -----------------------------------------------------------------------
    R"(CREATE OR REPLACE FUNCTION public.desk_login_kind() RETURNS text
    LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
      SELECT CASE
        WHEN r.rolsuper OR pg_has_role(session_user, c.relowner, 'MEMBER') THEN 'owner'
        WHEN pg_has_role(session_user, 'desk_service', 'MEMBER') THEN 'service'
        WHEN pg_has_role(session_user, 'desk_admin', 'MEMBER') THEN 'admin'
        WHEN pg_has_role(session_user, 'desk_supervisor', 'MEMBER') THEN 'supervisor'
        ELSE 'staff' END
      FROM pg_roles r, pg_class c
      WHERE r.rolname = session_user AND c.oid = 'public.cases'::regclass
    $$)",
    R"(CREATE OR REPLACE FUNCTION public.desk_server_ms() RETURNS bigint
    LANGUAGE sql VOLATILE SET search_path = pg_catalog AS $$
      SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint
    $$)",
    // Payloads stay under NOTIFY's 8000-byte limit: a long list goes out in several.
    R"(CREATE OR REPLACE FUNCTION public.desk_notify_ids(channel text, ids bigint[])
    RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog AS $$
    DECLARE
      one bigint;
      chunk text := '';
    BEGIN
      FOR one IN SELECT DISTINCT u FROM unnest(ids) AS u WHERE u IS NOT NULL ORDER BY 1 LOOP
        IF length(chunk) + 21 > 7900 THEN
          PERFORM pg_notify(channel, chunk);
          chunk := '';
        END IF;
        chunk := chunk || CASE WHEN chunk = '' THEN '' ELSE ',' END || one::text;
      END LOOP;
      IF chunk <> '' THEN
        PERFORM pg_notify(channel, chunk);
      END IF;
    END $$)",

    // --- the audit trail ---------------------------------------------------------------------
    R"(CREATE OR REPLACE FUNCTION public.desk_case_event_stamp() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
    DECLARE who text := public.desk_login_kind();
    BEGIN
      NEW.login := session_user;
      NEW.at_server_ms := public.desk_server_ms();
      IF who = 'owner' THEN
        RETURN NEW;
      END IF;
      IF who = 'service' THEN
        -- Its system actors, or the person a sent reply is credited to.
        IF NEW.actor = ANY (ARRAY[@SYSTEM_ACTORS@])
           OR EXISTS (SELECT 1 FROM public.team_people p WHERE p.login = NEW.actor) THEN
          RETURN NEW;
        END IF;
        NEW.actor := session_user;
        RETURN NEW;
      END IF;
      NEW.actor := session_user;
      NEW.at_ms := NEW.at_server_ms;
      RETURN NEW;
    END $$)",
    R"(CREATE OR REPLACE FUNCTION public.desk_case_event_frozen() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
    BEGIN
      IF public.desk_login_kind() <> 'owner' THEN
        RAISE EXCEPTION 'the audit trail is append-only (case_events: % refused)', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF TG_OP = 'DELETE' THEN
        RETURN OLD;
      END IF;
      RETURN NEW;
    END $$)",
    R"(CREATE OR REPLACE TRIGGER case_events_stamp BEFORE INSERT ON case_events
       FOR EACH ROW EXECUTE FUNCTION public.desk_case_event_stamp())",
    R"(CREATE OR REPLACE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
       FOR EACH ROW EXECUTE FUNCTION public.desk_case_event_frozen())",
    R"(CREATE OR REPLACE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
       FOR EACH STATEMENT EXECUTE FUNCTION public.desk_case_event_frozen())",

    // --- the outbox: desks queue, only the service sends ------------------------------------
    R"(CREATE OR REPLACE FUNCTION public.desk_outbox_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
    BEGIN
      IF public.desk_login_kind() IN ('owner', 'service') THEN
        RETURN NEW;
      END IF;
      IF TG_OP = 'INSERT' THEN
        IF NEW.state <> 'queued' OR NEW.zalo_message_id <> '' OR NEW.sent_at_ms IS NOT NULL
           OR NEW.sending_since_ms IS NOT NULL OR NEW.attempts <> 0 OR NEW.error_code <> 0
           OR NEW.error_message <> '' OR NEW.lease_owner <> '' THEN
          RAISE EXCEPTION 'a desk may only queue a reply (state queued); sending is the OA '
                          'service''s' USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.created_by := session_user;
        RETURN NEW;
      END IF;
      IF NOT ((OLD.state = 'queued' AND NEW.state = 'cancelled')
              OR (OLD.state = 'refused' AND NEW.state = 'queued')) THEN
        RAISE EXCEPTION 'a desk may only withdraw a queued reply or queue a refused one again '
                        '(outbox row %: % to % refused)', OLD.id, OLD.state, NEW.state
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF OLD.created_by <> session_user THEN
        RAISE EXCEPTION 'only % who queued outbox row % may change it', OLD.created_by, OLD.id
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF NEW.lease_owner NOT IN ('', OLD.lease_owner)
         OR NEW.lease_expires_at_ms NOT IN (0, OLD.lease_expires_at_ms) THEN
        RAISE EXCEPTION 'a desk may not lease outbox row %', OLD.id
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END $$)",
    R"(CREATE OR REPLACE TRIGGER outbox_guard BEFORE INSERT OR UPDATE ON outbox
       FOR EACH ROW EXECUTE FUNCTION public.desk_outbox_guard())",

    // --- recalling a routing: only unanswered, only within the team's window ----------------
    // The window is the shared document "routing" ({"recall_minutes": 10}), measured on the
    // server's clock (with a minute for a desk's clock running ahead when it routed), so a
    // desk with a wrong clock cannot recall a transfer the agency may already be working on.
    R"(CREATE OR REPLACE FUNCTION public.desk_transfer_recall_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
    DECLARE window_ms bigint;
    BEGIN
      IF public.desk_login_kind() = 'owner' THEN
        RETURN OLD;
      END IF;
      IF OLD.answered_at_ms IS NOT NULL THEN
        RAISE EXCEPTION 'transfer % was answered by the agency: it cannot be recalled', OLD.id
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      window_ms := 60000 * COALESCE((SELECT (d.body::jsonb ->> 'recall_minutes')::bigint
                                       FROM public.shared_documents d WHERE d.name = 'routing'),
                                    10);
      IF public.desk_server_ms() > OLD.routed_at_ms + window_ms + 60000 THEN
        RAISE EXCEPTION 'transfer % can no longer be recalled: its recall window has passed',
          OLD.id USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN OLD;
    END $$)",
    R"(CREATE OR REPLACE TRIGGER transfers_recall_guard BEFORE DELETE ON transfers
       FOR EACH ROW EXECUTE FUNCTION public.desk_transfer_recall_guard())",

    // --- versions and notifications ----------------------------------------------------------
    // Unread marks, clock bookkeeping and the search key are not news to a colleague; a
    // version set by a client only bumps it by one.
    R"(CREATE OR REPLACE FUNCTION public.desk_case_version() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
    DECLARE quiet text[] := ARRAY['version', 'unread_count', 'search_rowid', 'ack_due_at_ms',
                                  'route_due_at_ms', 'due_at_ms', 'paused_since_ms',
                                  'paused_total_ms', 'prolonged'];
    BEGIN
      IF NEW.version IS DISTINCT FROM OLD.version
         OR (to_jsonb(NEW) - quiet) IS DISTINCT FROM (to_jsonb(OLD) - quiet) THEN
        NEW.version := OLD.version + 1;
      END IF;
      RETURN NEW;
    END $$)",
    R"(CREATE OR REPLACE TRIGGER cases_version BEFORE UPDATE ON cases
       FOR EACH ROW EXECUTE FUNCTION public.desk_case_version())",
    // The argument names the column holding the case id: id in cases, case_id elsewhere.
    R"(CREATE OR REPLACE FUNCTION public.desk_cases_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
    BEGIN
      PERFORM public.desk_notify_ids('desk_cases',
        ARRAY(SELECT (to_jsonb(r) ->> TG_ARGV[0])::bigint FROM changed_rows r));
      RETURN NULL;
    END $$)",
    R"(CREATE OR REPLACE TRIGGER cases_notify_insert AFTER INSERT ON cases
       REFERENCING NEW TABLE AS changed_rows
       FOR EACH STATEMENT EXECUTE FUNCTION public.desk_cases_changed('id'))",
    R"(CREATE OR REPLACE TRIGGER cases_notify_update AFTER UPDATE ON cases
       REFERENCING NEW TABLE AS changed_rows
       FOR EACH STATEMENT EXECUTE FUNCTION public.desk_cases_changed('id'))",
    R"(CREATE OR REPLACE TRIGGER case_events_notify AFTER INSERT ON case_events
       REFERENCING NEW TABLE AS changed_rows
       FOR EACH STATEMENT EXECUTE FUNCTION public.desk_cases_changed('case_id'))",
    // A new message is news on its case: the version bump notifies through the cases trigger.
    // SECURITY DEFINER (the owner's) because a staff login may not write cases.version, and
    // these run for the staff's outbox rows too; trigger functions cannot be called directly.
    R"(CREATE OR REPLACE FUNCTION public.desk_bump_cases() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    BEGIN
      UPDATE public.cases SET version = version + 1
       WHERE id IN (SELECT case_id FROM changed_rows);
      IF TG_TABLE_NAME = 'outbox' THEN
        PERFORM public.desk_notify_ids('desk_outbox', ARRAY(SELECT id FROM changed_rows));
      END IF;
      RETURN NULL;
    END $$)",
    R"(CREATE OR REPLACE TRIGGER messages_bump_case AFTER INSERT ON messages
       REFERENCING NEW TABLE AS changed_rows
       FOR EACH STATEMENT EXECUTE FUNCTION public.desk_bump_cases())",
    R"(CREATE OR REPLACE TRIGGER outbox_inserted AFTER INSERT ON outbox
       REFERENCING NEW TABLE AS changed_rows
       FOR EACH STATEMENT EXECUTE FUNCTION public.desk_bump_cases())",
    // A reply changing state bumps its case (not on 'sending': that is the service's step,
    // 'sent' or 'refused' follows); lease updates only tell the desks' outbox views.
    R"(CREATE OR REPLACE FUNCTION public.desk_outbox_updated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    BEGIN
      UPDATE public.cases SET version = version + 1
       WHERE id IN (SELECT n.case_id FROM new_rows n JOIN old_rows o ON o.id = n.id
                     WHERE n.state IS DISTINCT FROM o.state AND n.state <> 'sending');
      PERFORM public.desk_notify_ids('desk_outbox', ARRAY(SELECT id FROM new_rows));
      RETURN NULL;
    END $$)",
    R"(CREATE OR REPLACE TRIGGER outbox_updated AFTER UPDATE ON outbox
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION public.desk_outbox_updated())",
    "REVOKE ALL ON FUNCTION public.desk_bump_cases() FROM PUBLIC",
    "REVOKE ALL ON FUNCTION public.desk_outbox_updated() FROM PUBLIC",

    // --- drafts: everybody reads, each person writes their own ------------------------------
    // The author is the login, whatever name the desk sends (before the policies check it).
    R"(CREATE OR REPLACE FUNCTION public.desk_draft_author() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
    BEGIN
      IF public.desk_login_kind() NOT IN ('owner', 'service') THEN
        NEW.author := session_user;
      END IF;
      RETURN NEW;
    END $$)",
    R"(CREATE OR REPLACE TRIGGER drafts_author BEFORE INSERT OR UPDATE ON drafts
       FOR EACH ROW EXECUTE FUNCTION public.desk_draft_author())",
    "ALTER TABLE drafts ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS drafts_read ON drafts",
    "DROP POLICY IF EXISTS drafts_own ON drafts",
    "DROP POLICY IF EXISTS drafts_service ON drafts",
    "CREATE POLICY drafts_read ON drafts FOR SELECT USING (true)",
    R"(CREATE POLICY drafts_own ON drafts FOR ALL TO desk_staff
       USING (author = session_user) WITH CHECK (author = session_user))",
    R"(CREATE POLICY drafts_service ON drafts FOR ALL TO desk_service
       USING (true) WITH CHECK (true))",
};

/** PBKDF2-HMAC-SHA256 with one output block (32 bytes), as SCRAM's Hi(). */
QByteArray hi(const QByteArray &password, const QByteArray &salt, int rounds)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt + QByteArray::fromHex("00000001"));
    QByteArray u = mac.result();
    QByteArray result = u;
    for (int i = 1; i < rounds; ++i) {
        u = QMessageAuthenticationCode::hash(u, password, QCryptographicHash::Sha256);
        for (int j = 0; j < result.size(); ++j) {
            result[j] = char(result.at(j) ^ u.at(j));
        }
    }
    return result;
}

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Service:
        return QStringLiteral("service");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (const Role role : {Role::Staff, Role::Supervisor, Role::Admin, Role::Service}) {
        if (key == roleKey(role)) {
            return role;
        }
    }
    return std::nullopt;
}

QString groupRole(Role role)
{
    return QStringLiteral("desk_") + roleKey(role);
}

bool apply(Database &db)
{
    if (!db.isPostgres()) {
        return db.fail(QStringLiteral("roles and grants exist only in a team (PostgreSQL) "
                                      "database"));
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return false;
    }
    // The service's system actors come from the one list the C++ side knows (kSystemActors).
    QStringList actors;
    for (const char *const actor : kSystemActors) {
        actors << QStringLiteral("'%1'").arg(QLatin1String(actor));
    }
    for (const char *const text : kSetup) {
        const QString sql = QString::fromUtf8(text).replace(
            QLatin1String("@SYSTEM_ACTORS@"), actors.join(QStringLiteral(", ")));
        if (!db.exec(sql, QStringLiteral("setting up the team's roles and rules"))) {
            return false;
        }
    }
    if (!transaction.commit()) {
        return false;
    }
    db.clearStatements(); // the triggers changed what cached plans must do
    qCInfo(lcStore) << "team roles and rules applied to" << db.path();
    return true;
}

bool isApplied(Database &db, bool *ok)
{
    return db
        .scalar(QStringLiteral("SELECT to_regproc('public.desk_login_kind') IS NOT NULL"), {},
            QStringLiteral("checking the team setup"), ok)
        .toBool();
}

QString scramVerifier(const QString &password, const QByteArray &salt)
{
    QByteArray useSalt = salt;
    if (useSalt.isEmpty()) {
        useSalt.resize(16);
        QRandomGenerator::system()->fillRange(
            reinterpret_cast<quint32 *>(useSalt.data()), useSalt.size() / 4);
    }
    constexpr int kRounds = 4096;
    // SASLprep's normalisation (RFC 4013): what libpq and the server apply to the password.
    const QByteArray normal = password.normalized(QString::NormalizationForm_KC).toUtf8();
    const QByteArray salted = hi(normal, useSalt, kRounds);
    const QByteArray clientKey
        = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey
        = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(kRounds)
        .arg(QString::fromLatin1(useSalt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
            QString::fromLatin1(serverKey.toBase64()));
}

bool addPerson(Database &db, const QString &login, const QString &displayName, Role role,
    const QString &password, qint64 nowMs)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return false;
    }
    bool ok = false;
    const bool exists = db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE "
                                                 "rolname = ?)"),
                              {login}, QStringLiteral("looking for the login"), &ok)
                            .toBool();
    if (!ok) {
        return false;
    }
    if (exists) {
        db.fail(
            DatabaseErrorKind::Conflict, QStringLiteral("the login %1 exists already").arg(login));
        return false;
    }
    // The server quotes the name and the verifier; the statement is then run as text (DDL
    // takes no bound values).
    const QString ddl = db.scalar(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD "
                                                 "%L IN ROLE %I', ?::text, ?::text, ?::text)"),
                              {login, scramVerifier(password), groupRole(role)},
                              QStringLiteral("preparing the login"), &ok)
                            .toString();
    if (!ok || !db.exec(ddl, QStringLiteral("creating the login"))
        || !db.query(QStringLiteral("INSERT INTO team_people(login, display_name, role, active, "
                                    "created_at_ms) VALUES(?, ?, ?, true, ?) "
                                    "ON CONFLICT (login) DO UPDATE SET display_name = "
                                    "excluded.display_name, role = excluded.role, active = true"),
            {login, displayName, roleKey(role), nowMs}, QStringLiteral("recording the person"))) {
        return false;
    }
    return transaction.commit();
}

bool disablePerson(Database &db, const QString &login)
{
    {
        Transaction transaction(db);
        if (!transaction.isActive()) {
            return false;
        }
        QSqlQuery *update = db.query(
            QStringLiteral("UPDATE team_people SET active = false WHERE login = ? RETURNING login"),
            {login}, QStringLiteral("disabling the person"));
        if (!update) {
            return false;
        }
        const bool known = update->next();
        update->finish();
        if (!known) {
            return db.fail(QStringLiteral("%1 is not one of the team's logins").arg(login));
        }
        bool ok = false;
        const QString ddl = db.scalar(QStringLiteral("SELECT format('ALTER ROLE %I NOLOGIN', "
                                                     "?::text)"),
                                  {login}, QStringLiteral("preparing the change"), &ok)
                                .toString();
        if (!ok || !db.exec(ddl, QStringLiteral("disabling the login")) || !transaction.commit()) {
            return false;
        }
    }
    // Sessions already open keep working until ended; ending them needs pg_signal_backend
    // (or a superuser): without it the login still cannot sign in again.
    bool ok = false;
    db.scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                             "WHERE usename = ? AND pid <> pg_backend_pid()"),
        {login}, QStringLiteral("ending the login's sessions"), &ok);
    if (!ok) {
        qCWarning(lcStore) << "could not end the open sessions of" << login << db.lastError();
        db.clearError();
    }
    return true;
}

std::optional<QVector<Person>> people(Database &db)
{
    QSqlQuery *query = db.query(
        QStringLiteral("SELECT p.login, p.display_name, p.role, p.active, "
                       "COALESCE(r.rolcanlogin, false), p.created_at_ms FROM team_people p "
                       "LEFT JOIN pg_roles r ON r.rolname = p.login ORDER BY p.login"),
        {}, QStringLiteral("listing the team"));
    if (!query) {
        return std::nullopt;
    }
    QVector<Person> result;
    while (query->next()) {
        Person person;
        person.login = query->value(0).toString();
        person.displayName = query->value(1).toString();
        person.role = query->value(2).toString();
        person.active = query->value(3).toBool();
        person.canLogin = query->value(4).toBool();
        person.createdAtMs = query->value(5).toLongLong();
        result.append(person);
    }
    query->finish();
    return result;
}

std::optional<ServiceBeat> serviceBeat(Database &db)
{
    QSqlQuery *query = db.query(QStringLiteral("SELECT heartbeat_at_ms, "
                                               "CAST(floor(extract(epoch FROM clock_timestamp()) "
                                               "* 1000) AS bigint), generation, holder "
                                               "FROM service_lease"),
        {}, QStringLiteral("reading the service's heartbeat"));
    if (!query) {
        return std::nullopt;
    }
    StatementReset reset(query);
    if (!query->next()) {
        return ServiceBeat {};
    }
    return ServiceBeat {query->value(0).toLongLong(), query->value(1).toLongLong(),
        query->value(2).toLongLong(), query->value(3).toString()};
}

} // namespace Desk::Store::TeamSchema
