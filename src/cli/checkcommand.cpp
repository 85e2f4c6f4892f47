// SPDX-License-Identifier: GPL-3.0-or-later
// `check`: is this desk healthy? Database integrity, schema version, token state.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/teamprofile.h"
#include "core/vietnamtime.h"
#include "secrets/secretstore.h"
#include "store/store.h"
#include "store/syncledger.h"
#include "store/teamschema.h"
#include "zalo/tokenmanager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Desk::Cli {

namespace {

QString tokenStateKey(Zalo::TokenStatus::State state)
{
    using S = Zalo::TokenStatus::State;
    switch (state) {
    case S::NotConfigured:
        return QStringLiteral("not_configured");
    case S::Valid:
        return QStringLiteral("valid");
    case S::Expired:
        return QStringLiteral("expired");
    case S::ReauthorisationRequired:
        return QStringLiteral("reauthorisation_required");
    case S::KeychainError:
        return QStringLiteral("keychain_error");
    }
    return {};
}

// As the desks' banner: a heartbeat older than a minute means the service is not working.
constexpr qint64 kServiceStaleMs = 60000;

QString serviceText(const std::optional<Store::TeamSchema::ServiceBeat> &beat, bool alive)
{
    if (!beat || beat->heartbeatAtMs <= 0) {
        return CliContext::tr("the team's Zalo OA service has not run yet");
    }
    return alive ? CliContext::tr("working (heartbeat %1, %2)")
                       .arg(Core::toIsoVietnam(beat->heartbeatAtMs), beat->holder)
                 : CliContext::tr("not working since %1 (last: %2)")
                       .arg(Core::toIsoVietnam(beat->heartbeatAtMs), beat->holder);
}

QString tokenStateText(const Zalo::TokenStatus &status)
{
    using S = Zalo::TokenStatus::State;
    switch (status.state) {
    case S::NotConfigured:
        return CliContext::tr("not configured: run 'advisory-desk-cli setup'");
    case S::Valid:
        return status.expiresAtMs > 0
            ? CliContext::tr("valid until %1").arg(Core::toIsoVietnam(status.expiresAtMs))
            : CliContext::tr("present (expiry unknown until the first refresh)");
    case S::Expired:
        return CliContext::tr("access token expired; the next sync refreshes it");
    case S::ReauthorisationRequired:
        return CliContext::tr("Zalo refused the refresh token: an administrator must authorise "
                              "the OA again (advisory-desk-cli authorize, or Administration > "
                              "Connect Zalo OA)");
    case S::KeychainError:
        return CliContext::tr("the system keychain cannot be read (%1)").arg(status.detail);
    }
    return {};
}

} // namespace

int runCheck(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("print a JSON object"));
    parser.addOption(json);
    if (const auto exit = context.parse(parser, QStringLiteral("check"), arguments)) {
        return *exit;
    }
    Store::Store store;
    QString error;
    if (!store.open(context.profile().databasePath(), &error)) {
        return context.fail(ExitLocal, CliContext::tr("cannot open the database: %1").arg(error));
    }
    const Store::HealthReport health = store.check();
    // Conversations a sync could not finish: Zalo keeps refusing them, or a row is unreadable.
    const QVector<Store::CitizenSyncState> notSynced = Store::SyncLedger(store).pending();
    // A person's desk in a team holds no OA tokens: what matters there is whether the team's
    // OA service works. The service's own profile reads the team's sealed tokens.
    const Core::Profile &profile = context.profile();
    const bool member = profile.isTeam() && !profile.isTeamService();
    Zalo::TokenStatus tokens;
    std::optional<Store::TeamSchema::ServiceBeat> beat;
    if (member) {
        beat = Store::TeamSchema::serviceBeat(store.database());
    } else {
        QString where;
        const auto secrets = TeamProfile::oaSecrets(profile, &where);
        tokens = secrets ? Zalo::tokenStatusBlocking(secrets.get(), profile.id()) : tokens;
        if (!secrets) {
            tokens.state = Zalo::TokenStatus::State::KeychainError;
            tokens.detail = where;
        }
    }
    const bool serviceAlive = beat && beat->aliveWithin(kServiceStaleMs);

    const bool schemaOk = health.schemaVersion == health.expectedSchemaVersion;
    if (parser.isSet(json)) {
        const QJsonObject object {
            {QStringLiteral("database"), context.profile().databasePath()},
            {QStringLiteral("integrity_ok"), health.integrityOk},
            {QStringLiteral("integrity_detail"), health.integrityDetail},
            {QStringLiteral("schema_version"), health.schemaVersion},
            {QStringLiteral("expected_schema_version"), health.expectedSchemaVersion},
            {QStringLiteral("wal"), health.walEnabled},
            {QStringLiteral("messages"), health.messageCount},
            {QStringLiteral("cases"), health.caseCount},
            {QStringLiteral("citizens"), health.citizenCount},
            {QStringLiteral("token_state"),
                member ? QJsonValue(QStringLiteral("team_service")) : tokenStateKey(tokens.state)},
            {QStringLiteral("oa_service_alive"), member ? QJsonValue(serviceAlive) : QJsonValue()},
            {QStringLiteral("oa_service_heartbeat"),
                beat && beat->heartbeatAtMs > 0
                    ? QJsonValue(Core::toIsoVietnam(beat->heartbeatAtMs))
                    : QJsonValue()},
            {QStringLiteral("token_expires_at"),
                tokens.expiresAtMs > 0 ? QJsonValue(Core::toIsoVietnam(tokens.expiresAtMs))
                                       : QJsonValue()},
            {QStringLiteral("api_base"), context.profile().apiBase().toString()},
            {QStringLiteral("conversations_not_synced"),
                [&notSynced] {
                    QJsonArray rows;
                    for (const Store::CitizenSyncState &state : notSynced) {
                        rows.append(QJsonObject {
                            {QStringLiteral("citizen_id"), state.citizenId},
                            {QStringLiteral("display_name"), state.displayName},
                            {QStringLiteral("attempts"), state.attempts},
                            {QStringLiteral("failing_since"),
                                Core::toIsoVietnam(state.failingSinceMs)},
                            {QStringLiteral("next_attempt_at"),
                                Core::toIsoVietnam(state.nextAttemptAtMs)},
                            {QStringLiteral("last_error"), state.lastError},
                        });
                    }
                    return rows;
                }()},
        };
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        QTextStream &out = context.out();
        out << CliContext::tr("Database:  %1").arg(context.profile().databasePath()) << '\n'
            << CliContext::tr("Integrity: %1")
                   .arg(health.integrityOk ? CliContext::tr("ok") : health.integrityDetail)
            << '\n'
            << CliContext::tr("Schema:    version %1 (expected %2)")
                   .arg(health.schemaVersion)
                   .arg(health.expectedSchemaVersion)
            << '\n'
            << CliContext::tr("Journal:   %1")
                   .arg(store.database().isPostgres() ? QStringLiteral("PostgreSQL")
                           : health.walEnabled        ? QStringLiteral("WAL")
                                                      : QStringLiteral("DELETE"))
            << '\n'
            << CliContext::tr("Contents:  %1 messages, %2 cases, %3 citizens")
                   .arg(health.messageCount)
                   .arg(health.caseCount)
                   .arg(health.citizenCount)
            << '\n'
            << CliContext::tr("Zalo API:  %1").arg(context.profile().apiBase().toString()) << '\n'
            << (member ? CliContext::tr("OA service: %1").arg(serviceText(beat, serviceAlive))
                       : CliContext::tr("Tokens:    %1").arg(tokenStateText(tokens)))
            << '\n';
        for (const Store::CitizenSyncState &state : notSynced) {
            out << CliContext::tr("Not synced: %1 (%2) since %3, %4 attempt(s), next at %5: %6")
                       .arg(state.displayName.isEmpty() ? state.citizenId : state.displayName,
                           state.citizenId, Core::toIsoVietnam(state.failingSinceMs))
                       .arg(state.attempts)
                       .arg(Core::toIsoVietnam(state.nextAttemptAtMs), state.lastError)
                << '\n';
        }
        out.flush();
    }
    if (!health.integrityOk || !schemaOk) {
        return ExitIntegrity;
    }
    if (member) {
        return ExitOk; // the service's state is the administrator's to fix, shown above
    }
    using S = Zalo::TokenStatus::State;
    if (tokens.state == S::NotConfigured || tokens.state == S::ReauthorisationRequired) {
        return ExitAuth;
    }
    return tokens.state == S::KeychainError ? ExitLocal : ExitOk;
}

} // namespace Desk::Cli
