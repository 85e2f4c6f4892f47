// SPDX-License-Identifier: GPL-3.0-or-later
// `join`: turns a profile into a team profile. The login's password comes on the first line of
// standard input; a service login's service key on the second. Both go to this host's secrets
// (keychain or the 0600 --secrets-file), the profile keeps only the address, login and role.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/teamprofile.h"
#include "secrets/secretstore.h"
#include "secrets/tokencipher.h"
#include "store/connectionspec.h"
#include "store/database.h"
#include "store/shareddocuments.h"
#include "store/store.h"
#include "zalo/tokenmanager.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace Desk::Cli {

namespace {

struct Member
{
    QString role;
    QString name;
    bool active = false;
};

std::optional<Member> memberOf(Store::Store &store, const QString &login)
{
    Store::Database &db = store.database();
    QSqlQuery *query = db.query(
        QStringLiteral("SELECT role, display_name, active FROM team_people WHERE login = ?"),
        {login}, QStringLiteral("reading the team's people"));
    if (!query) {
        return std::nullopt;
    }
    Store::StatementReset reset(query);
    if (!query->next()) {
        return Member {};
    }
    return Member {
        query->value(0).toString(), query->value(1).toString(), query->value(2).toBool()};
}

} // namespace

int runJoin(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"),
        CliContext::tr("the team database, postgresql://HOST:PORT/DB?sslmode=verify-full&"
                       "sslrootcert=FILE (host= may name a Unix socket folder)"),
        CliContext::tr("CONN"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        CliContext::tr("the team login of this profile"), CliContext::tr("LOGIN"));
    const QCommandLineOption secretsFileOption(QStringLiteral("secrets-file"),
        CliContext::tr("keep this profile's secrets in this file (mode 0600) instead of the "
                       "system keychain: for a service host without a desktop keyring"),
        CliContext::tr("FILE"));
    parser.addOptions({dbOption, userOption, secretsFileOption});
    parser.setApplicationDescription(
        CliContext::tr("Joins a profile to a team database. Standard input: the login's password "
                       "on the first line; for a service login the service key (printed once by "
                       "team-init) on the second."));
    if (const auto exit = context.parse(parser, QStringLiteral("join"), arguments)) {
        return *exit;
    }
    if (!parser.isSet(dbOption) || !parser.isSet(userOption)) {
        return context.fail(ExitUsage, CliContext::tr("join needs --db and --user"));
    }
    QString error;
    auto spec = Store::ConnectionSpec::parse(parser.value(dbOption), &error);
    if (!spec || !spec->isPostgres()) {
        return context.fail(
            ExitUsage, spec ? CliContext::tr("--db must be a postgresql:// address") : error);
    }
    spec->user = parser.value(userOption);
    const std::optional<QString> password = context.readInputLine();
    if (!password || password->isEmpty()) {
        return context.fail(
            ExitUsage, CliContext::tr("the password must be on the first line of standard input"));
    }
    spec->password = *password;

    Store::Store store;
    if (!store.open(*spec, &error)) {
        const auto kind = store.database().lastErrorKind();
        return context.fail(TeamProfile::exitCodeFor(kind), TeamProfile::explain(kind, error));
    }
    const std::optional<Member> member = memberOf(store, spec->user);
    if (!member) {
        const auto kind = store.database().lastErrorKind();
        return context.fail(
            TeamProfile::exitCodeFor(kind), TeamProfile::explain(kind, store.lastError()));
    }
    if (member->role.isEmpty() || !member->active) {
        return context.fail(ExitAuth,
            CliContext::tr("%1 is not an active member of this team (team-user add)")
                .arg(spec->user));
    }

    std::optional<Secrets::ServiceKey> key;
    if (member->role == QLatin1String("service")) {
        const std::optional<QString> keyText = context.readInputLine();
        key = keyText ? Secrets::ServiceKey::fromText(*keyText, &error) : std::nullopt;
        if (!key) {
            return context.fail(ExitUsage,
                CliContext::tr("a service login needs the service key on the second line of "
                               "standard input (%1)")
                    .arg(keyText ? error : CliContext::tr("nothing there")));
        }
        const QString recorded = Store::TeamKeys::recordedFingerprint(store.database());
        if (!recorded.isEmpty() && recorded != QString::fromLatin1(key->fingerprint())) {
            return context.fail(ExitAuth,
                CliContext::tr("this is not the team's service key (its fingerprint is %1, the "
                               "team's is %2)")
                    .arg(QString::fromLatin1(key->fingerprint()), recorded));
        }
    }

    Core::Profile &profile = context.profile();
    if (parser.isSet(secretsFileOption)) {
        profile.setSecretsFile(QFileInfo(parser.value(secretsFileOption)).absoluteFilePath());
    }
    const auto host = TeamProfile::hostSecrets(profile);
    Secrets::SecretResult written = Secrets::writeBlocking(
        host.get(), profile.secretKey(TeamProfile::kPasswordSecret), *password);
    if (written.ok() && key) {
        written = Secrets::writeBlocking(
            host.get(), profile.secretKey(TeamProfile::kServiceKeySecret), key->toText());
    }
    if (!written.ok()) {
        return context.fail(ExitLocal,
            CliContext::tr("the password could not be stored on this computer (%1); the profile "
                           "was not changed")
                .arg(written.error));
    }
    if (member->role != QLatin1String("service")) {
        // A person's desk never talks to Zalo: tokens it held before would be a second holder.
        Zalo::forgetCredentialsBlocking(host.get(), profile.id());
    }
    Store::ConnectionSpec saved = *spec;
    saved.password.clear();
    profile.setTeam(saved.display(), spec->user, member->role);
    context.out() << CliContext::tr("Joined the team database as %1 (%2, role %3).")
                         .arg(spec->user, member->name, member->role)
                  << Qt::endl;
    return ExitOk;
}

} // namespace Desk::Cli
