// SPDX-License-Identifier: GPL-3.0-or-later
// `team-init` and `team-user`: set up a team database and its people. They work on the
// database given with --db, not on a profile. Passwords come from standard input only: the new
// login's on the first line (team-user add), the connecting login's on the next one when
// --password-stdin is given (otherwise libpq's own sources apply: PGPASSWORD, ~/.pgpass, or
// peer authentication on the server's socket).
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/teamprofile.h"
#include "secrets/tokencipher.h"
#include "store/clocks.h"
#include "store/connectionspec.h"
#include "store/database.h"
#include "store/directory.h"
#include "store/shareddocuments.h"
#include "store/store.h"
#include "store/teamschema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Desk::Cli {

namespace {

namespace Team = Store::TeamSchema;

// Serialises two team-init runs on one database (roles, grants and the key at once).
constexpr qint64 kTeamInitLock = 0x4465736b5465616d; // "DeskTeam"
constexpr int kMinimumPasswordLength = 10;

QString exitCodesHelp()
{
    return CliContext::tr(
        "Exit codes: 0 done; 1 wrong arguments; 2 other problem of the database or this "
        "computer; 3 the database server does not answer; 4 the login or its password was "
        "refused; 7 the server's TLS certificate or name does not match; 8 the database was "
        "upgraded by a newer Advisory Desk; 9 the login lacks the role the command needs.");
}

/** The exit code and plain words for what the team database refused. */
int failed(CliContext &context, Store::Database &db, const QString &detail)
{
    const Store::DatabaseErrorKind kind = db.lastErrorKind();
    return context.fail(TeamProfile::exitCodeFor(kind), TeamProfile::explain(kind, detail));
}

std::optional<int> requireSetUp(CliContext &context, Store::Database &db)
{
    bool ok = false;
    if (!Team::isApplied(db, &ok)) {
        return ok ? context.fail(ExitLocal,
                   CliContext::tr("this database is not set up for a team yet: run "
                                  "team-init first"))
                  : failed(context, db, db.lastError());
    }
    return std::nullopt;
}

/** The --db and --password-stdin options every team command shares. */
struct Connection
{
    QCommandLineOption db {QStringLiteral("db"),
        CliContext::tr("the team database, postgresql://LOGIN@HOST:PORT/DB?sslmode=verify-full&"
                       "sslrootcert=FILE (host= may name a Unix socket folder)"),
        CliContext::tr("CONN")};
    QCommandLineOption passwordStdin {QStringLiteral("password-stdin"),
        CliContext::tr("read the password of the login in --db from standard input (after any "
                       "other line the command reads)")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({db, passwordStdin}); }

    /** Parses --db, reads the password if asked and opens (migrating) the team database. */
    std::optional<int> open(
        CliContext &context, const QCommandLineParser &parser, Store::Store &store) const
    {
        if (!parser.isSet(db)) {
            return context.fail(ExitUsage, CliContext::tr("--db is missing; see --help"));
        }
        QString error;
        auto spec = Store::ConnectionSpec::parse(parser.value(db), &error);
        if (!spec || !spec->isPostgres()) {
            return context.fail(
                ExitUsage, spec ? CliContext::tr("--db must be a postgresql:// address") : error);
        }
        if (parser.isSet(passwordStdin)) {
            const std::optional<QString> password = context.readInputLine();
            if (!password || password->isEmpty()) {
                return context.fail(
                    ExitUsage, CliContext::tr("--password-stdin: no password on standard input"));
            }
            spec->password = *password;
        }
        if (!store.open(*spec, &error)) {
            return failed(context, store.database(), error);
        }
        return std::nullopt;
    }

    /** open(), then refuses a database that team-init has not set up. */
    std::optional<int> openTeam(
        CliContext &context, const QCommandLineParser &parser, Store::Store &store) const
    {
        if (const auto exit = open(context, parser, store)) {
            return exit;
        }
        return requireSetUp(context, store.database());
    }
};

/** Lower-case letters, digits, _ . - : safe in addresses and on every platform's keychain. */
bool validLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    return pattern.match(login).hasMatch() && !login.startsWith(QLatin1String("desk_"))
        && !login.startsWith(QLatin1String("pg_"));
}

int addUser(CliContext &context, const QCommandLineParser &parser, const Connection &connection,
    const QString &login)
{
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    const std::optional<Team::Role> role = Team::roleFromKey(parser.value(QStringLiteral("role")));
    if (name.isEmpty() || !role) {
        return context.fail(ExitUsage,
            CliContext::tr("team-user add needs --name NAME and --role staff|supervisor|admin|"
                           "service"));
    }
    const std::optional<QString> password = context.readInputLine();
    if (!password || password->size() < kMinimumPasswordLength) {
        return context.fail(ExitUsage,
            CliContext::tr("the new login's password must be on the first line of standard "
                           "input, at least %1 characters long")
                .arg(kMinimumPasswordLength));
    }
    Store::Store store;
    if (const auto exit = connection.openTeam(context, parser, store)) {
        return *exit;
    }
    Store::Database &db = store.database();
    if (!Team::addPerson(db, login, name, *role, *password, QDateTime::currentMSecsSinceEpoch())) {
        if (db.lastErrorKind() == Store::DatabaseErrorKind::Conflict) {
            return context.fail(ExitUsage,
                CliContext::tr("the login %1 exists already on this database server").arg(login));
        }
        return failed(context, db, db.lastError());
    }
    context.out() << CliContext::tr("Created the login %1 (%2, role %3).")
                         .arg(login, name, Team::roleKey(*role))
                  << Qt::endl;
    return ExitOk;
}

/** Opens the set-up team database, reads its people and hands both to `use`. */
template<typename Use>
int withPeople(
    CliContext &context, const QCommandLineParser &parser, const Connection &connection, Use use)
{
    Store::Store store;
    if (const auto exit = connection.openTeam(context, parser, store)) {
        return *exit;
    }
    Store::Database &db = store.database();
    const auto people = Team::people(db);
    if (!people) {
        return failed(context, db, db.lastError());
    }
    return use(db, *people);
}

int disableUser(CliContext &context, const QCommandLineParser &parser, const Connection &connection,
    const QString &login)
{
    return withPeople(context, parser, connection,
        [&](Store::Database &db, const QVector<Team::Person> &people) -> int {
            const bool known = std::any_of(people.cbegin(), people.cend(),
                [&login](const Team::Person &person) { return person.login == login; });
            if (!known) {
                return context.fail(
                    ExitUsage, CliContext::tr("%1 is not one of this team's logins").arg(login));
            }
            if (!Team::disablePerson(db, login)) {
                return failed(context, db, db.lastError());
            }
            context.out() << CliContext::tr(
                "The login %1 is disabled and its open sessions were ended.")
                                 .arg(login)
                          << Qt::endl;
            return ExitOk;
        });
}

int listUsers(CliContext &context, const QCommandLineParser &parser, const Connection &connection)
{
    return withPeople(context, parser, connection,
        [&](Store::Database &, const QVector<Team::Person> &people) -> int {
            if (parser.isSet(QStringLiteral("json"))) {
                QJsonArray rows;
                for (const Team::Person &person : people) {
                    rows.append(QJsonObject {{QStringLiteral("login"), person.login},
                        {QStringLiteral("name"), person.displayName},
                        {QStringLiteral("role"), person.role},
                        {QStringLiteral("active"), person.active},
                        {QStringLiteral("can_login"), person.canLogin},
                        {QStringLiteral("created_at_ms"), person.createdAtMs}});
                }
                context.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
                return ExitOk;
            }
            for (const Team::Person &person : people) {
                const QString state = person.active && person.canLogin ? CliContext::tr("active")
                                                                       : CliContext::tr("disabled");
                context.out() << QStringLiteral("%1  %2  %3  %4\n")
                                     .arg(person.login, -20)
                                     .arg(person.role, -10)
                                     .arg(state, -12)
                                     .arg(person.displayName);
            }
            if (people.isEmpty()) {
                context.out() << CliContext::tr("No logins yet: add them with team-user add.")
                              << '\n';
            }
            context.out().flush();
            return ExitOk;
        });
}

} // namespace

int runTeamInit(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const Connection connection;
    connection.addTo(parser);
    const QString description = CliContext::tr(
        "Creates or migrates the team schema and the group roles (desk_staff, desk_supervisor, "
        "desk_admin, desk_service) in a PostgreSQL database, with the rules of who may do what. "
        "Run it as the database's owner (a login with CREATEROLE). The first run prints the "
        "service key once, on a line 'service-key: KEY': keep it safe, the service hosts need "
        "it for join. Running it again is safe: it changes no data and prints no key.");
    if (const auto exit = context.parseOptions(parser, QStringLiteral("team-init"), arguments,
            description + QStringLiteral("\n\n") + exitCodesHelp())) {
        return *exit;
    }
    Store::Store store;
    if (const auto exit = connection.open(context, parser, store)) {
        return *exit;
    }
    Store::Database &db = store.database();
    std::optional<Secrets::ServiceKey> newKey;
    bool wasSetUp = false;
    {
        Store::Transaction transaction(db);
        bool ok = transaction.isActive()
            && db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kTeamInitLock),
                QStringLiteral("waiting for another team-init"));
        wasSetUp = ok && Team::isApplied(db, &ok);
        ok = ok && Team::apply(db);
        // recordedFingerprint() reads "missing" and "failed" alike: the error tells them apart.
        QString recorded;
        if (ok) {
            db.clearError();
            recorded = Store::TeamKeys::recordedFingerprint(db);
            ok = db.lastErrorKind() == Store::DatabaseErrorKind::None;
        }
        if (ok && recorded.isEmpty()) {
            newKey = Secrets::ServiceKey::generate();
            ok = Store::TeamKeys::recordFingerprint(db, QString::fromLatin1(newKey->fingerprint()),
                QDateTime::currentMSecsSinceEpoch());
        }
        // The default directory and clock policy, written by the owner: in a team only
        // administrators may change them, so neither the service nor a desk could seed them.
        // Both are no-ops once done (an administrator's edits stay).
        ok = ok && Store::Directory(store).seedDefaults();
        if (ok) {
            Store::Clocks(store).policy(); // reports a failure through the connection's error
            ok = db.lastErrorKind() == Store::DatabaseErrorKind::None;
        }
        if (!ok || !transaction.commit()) {
            // Rolled back whole: no role grant, no key fingerprint, nothing printed.
            return failed(context, db, db.lastError());
        }
    }
    if (!newKey) {
        context.out() << (wasSetUp ? CliContext::tr("This database was set up for a team "
                                                    "already (schema v%1); its roles and rules "
                                                    "are up to date. The service key was shown "
                                                    "by the first team-init and is not shown "
                                                    "again.")
                                   : CliContext::tr("The team's roles and rules are set up "
                                                    "(schema v%1); the service key recorded "
                                                    "before stays the team's."))
                             .arg(store.schemaVersion())
                      << Qt::endl;
        return ExitOk;
    }
    context.out() << CliContext::tr("The team database is set up (schema v%1) with the roles "
                                    "desk_staff, desk_supervisor, desk_admin and desk_service.")
                         .arg(store.schemaVersion())
                  << '\n'
                  << QStringLiteral("service-key: ") << newKey->toText() << '\n'
                  << CliContext::tr("This is the only time the service key is shown: keep it "
                                    "somewhere safe. Every host of the OA service needs it "
                                    "(join, second line of standard input); the database keeps "
                                    "only its fingerprint %1.")
                         .arg(QString::fromLatin1(newKey->fingerprint()))
                  << Qt::endl;
    return ExitOk;
}

int runTeamUser(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const Connection connection;
    connection.addTo(parser);
    parser.addOptions(
        {{QStringLiteral("name"), CliContext::tr("the person's name as colleagues see it (add)"),
             CliContext::tr("NAME")},
            {QStringLiteral("role"), CliContext::tr("staff, supervisor, admin or service (add)"),
                CliContext::tr("ROLE")},
            {QStringLiteral("json"), CliContext::tr("list as JSON")}});
    parser.addPositionalArgument(QStringLiteral("action"),
        CliContext::tr("add LOGIN, disable LOGIN or list"), CliContext::tr("add|disable|list"));
    parser.addPositionalArgument(
        QStringLiteral("login"), CliContext::tr("the login"), CliContext::tr("[LOGIN]"));
    const QString description = CliContext::tr(
        "Manages the team's logins (run as the database's owner or a login with CREATEROLE). "
        "add: the new login's password on the first line of standard input (scram-sha-256; "
        "only its hash reaches the server). disable: the login can no longer sign in and its "
        "open sessions end; its history stays. list: everyone with role and state.");
    if (const auto exit = context.parseOptions(parser, QStringLiteral("team-user"), arguments,
            description + QStringLiteral("\n\n") + exitCodesHelp())) {
        return *exit;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("list") && positional.size() == 1) {
        return listUsers(context, parser, connection);
    }
    if ((action == QLatin1String("add") || action == QLatin1String("disable"))
        && positional.size() == 2) {
        const QString login = positional.at(1);
        if (!validLogin(login)) {
            return context.fail(ExitUsage,
                CliContext::tr("%1 cannot be a login: use lower-case letters without accents, "
                               "digits, _ . or -, at most 63, not starting with desk_ or pg_")
                    .arg(login));
        }
        return action == QLatin1String("add") ? addUser(context, parser, connection, login)
                                              : disableUser(context, parser, connection, login);
    }
    return context.fail(ExitUsage,
        CliContext::tr("use team-user add LOGIN, team-user disable LOGIN or team-user list; see "
                       "--help"));
}

} // namespace Desk::Cli
