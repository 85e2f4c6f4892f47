// SPDX-License-Identifier: GPL-3.0-or-later
// advisory-desk-cli: the desk's libraries for administrators and scheduled jobs.
#include "app/translations.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/processend.h"
#include "core/profile.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <functional>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace {

#ifdef Q_OS_WIN
/** The CLI reads and writes UTF-8 (CliContext). A Windows console shows bytes in its own code
 *  page (437 or 1258), which turns "Nguyễn Thị Lan" into garbage: the console is switched to
 *  UTF-8 while the command runs and given back its code pages after. Redirected output is
 *  UTF-8 either way. */
struct ConsoleUtf8
{
    const UINT input = GetConsoleCP();
    const UINT output = GetConsoleOutputCP();
    ConsoleUtf8()
    {
        SetConsoleCP(CP_UTF8);
        SetConsoleOutputCP(CP_UTF8);
    }
    ~ConsoleUtf8()
    {
        SetConsoleCP(input);
        SetConsoleOutputCP(output);
    }
    ConsoleUtf8(const ConsoleUtf8 &) = delete;
    ConsoleUtf8 &operator=(const ConsoleUtf8 &) = delete;
};
#endif

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(Desk::Cli::CliContext &, const QStringList &)> run;
};

const Command kCommands[] = {
    {"setup",
        QT_TRANSLATE_NOOP(
            "Desk::Cli", "store Zalo credentials in the keychain and API URLs in the profile"),
        Desk::Cli::runSetup},
    {"authorize",
        QT_TRANSLATE_NOOP("Desk::Cli",
            "connect the OA: print Zalo's permission address, read back the code (OAuth v4, "
            "PKCE)"),
        Desk::Cli::runAuthorize},
    {"sync",
        QT_TRANSLATE_NOOP("Desk::Cli", "fetch new messages from the Zalo OA (--once for one pass)"),
        Desk::Cli::runSync},
    {"cases", QT_TRANSLATE_NOOP("Desk::Cli", "list cases, newest activity first (--json)"),
        Desk::Cli::runCases},
    {"search",
        QT_TRANSLATE_NOOP("Desk::Cli", "find cases by message text, citizen or case code (--json)"),
        Desk::Cli::runSearch},
    {"check",
        QT_TRANSLATE_NOOP("Desk::Cli", "check database integrity, schema version and token state"),
        Desk::Cli::runCheck},
    {"calendar",
        QT_TRANSLATE_NOOP(
            "Desk::Cli", "list the days off and make-up working days of a year (--json)"),
        Desk::Cli::runCalendar},
    {"deadline", QT_TRANSLATE_NOOP("Desk::Cli", "the due moment of a period in working days"),
        Desk::Cli::runDeadline},
    {"report",
        QT_TRANSLATE_NOOP("Desk::Cli",
            "handling-time report of a period (--period 2026-Q3 [--cutoff] [--xlsx FILE] [--csv "
            "FILE] [--json])"),
        Desk::Cli::runReport},
    {"classify",
        QT_TRANSLATE_NOOP(
            "Desk::Cli", "classify a message: kind, area, commune, dossier codes, phones (--json)"),
        Desk::Cli::runClassify},
    {"reply",
        QT_TRANSLATE_NOOP(
            "Desk::Cli", "answer a case through the outbox (--text TEXT, --file PATH)"),
        Desk::Cli::runReply},
    {"outbox", QT_TRANSLATE_NOOP("Desk::Cli", "list the outbox (--json; --send sends what is due)"),
        Desk::Cli::runOutbox},
    {"route", QT_TRANSLATE_NOOP("Desk::Cli", "send a case to an agency (--agency CODE)"),
        Desk::Cli::runRoute},
    {"resolve",
        QT_TRANSLATE_NOOP("Desk::Cli",
            "mark a case resolved; the citizen is asked to rate it (--no-rating: not asked)"),
        Desk::Cli::runResolve},
    {"join",
        QT_TRANSLATE_NOOP("Desk::Cli",
            "join this profile to a team database (--db CONN --user LOGIN; password on stdin)"),
        Desk::Cli::runJoin},
    {"serve",
        QT_TRANSLATE_NOOP(
            "Desk::Cli", "run the team's OA service (one active, the others stand by)"),
        Desk::Cli::runServe},
    {"team-init",
        QT_TRANSLATE_NOOP("Desk::Cli",
            "set up a team database: schema, roles and rules; prints the service key once "
            "(--db CONN)"),
        Desk::Cli::runTeamInit},
    {"team-user",
        QT_TRANSLATE_NOOP("Desk::Cli",
            "the team's logins: add LOGIN --name NAME --role ROLE (password on stdin), "
            "disable LOGIN, list [--json]"),
        Desk::Cli::runTeamUser},
};

int usage(Desk::Cli::CliContext &context, int code)
{
    QTextStream &stream = code == 0 ? context.out() : context.err();
    stream << QCoreApplication::translate(
        "Desk::Cli", "usage: advisory-desk-cli [--profile DIR] <command> [options]")
           << "\n\n";
    for (const Command &command : kCommands) {
        stream << QStringLiteral("  %1  %2\n")
                      .arg(QString::fromLatin1(command.name), -9)
                      .arg(QCoreApplication::translate("Desk::Cli", command.summary));
    }
    stream << "\n"
           << QCoreApplication::translate("Desk::Cli",
                  "Run 'advisory-desk-cli <command> --help' for its options; add --verbose to see "
                  "progress.")
           << Qt::endl;
    return code;
}

} // namespace

static int runCli(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    const ConsoleUtf8 console;
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AdvisoryDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("advisory-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADVISORY_DESK_VERSION));

    // Messages follow ADVISORY_DESK_LANG, else Vietnamese like the GUI.
    const QString language = qEnvironmentVariable("ADVISORY_DESK_LANG", QStringLiteral("vi"));
    Desk::installTranslations(language);

    Desk::Cli::CliContext context;
    QStringList arguments = app.arguments();
    arguments.removeFirst();
    // Progress chatter is for developers; administrators see results and warnings.
    // --verbose (anywhere on the line) or QT_LOGGING_RULES bring it back.
    if (arguments.removeAll(QStringLiteral("--verbose")) == 0
        && !qEnvironmentVariableIsSet("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("desk.*.info=false"));
    }
    // --profile may also come before the command (advisory-desk-cli --profile DIR sync): it
    // goes to the command's own parser, in front of the rest, so one given after the command
    // still wins.
    QStringList leading;
    while (!arguments.isEmpty()
        && (arguments.first() == QLatin1String("--profile")
            || arguments.first().startsWith(QLatin1String("--profile=")))) {
        leading << arguments.takeFirst();
        if (leading.last() == QLatin1String("--profile") && !arguments.isEmpty()) {
            leading << arguments.takeFirst();
        }
    }
    if (arguments.isEmpty()) {
        return usage(context, Desk::Cli::ExitUsage);
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("help")) {
        return usage(context, Desk::Cli::ExitOk);
    }
    if (name == QLatin1String("--version")) {
        context.out() << QCoreApplication::applicationVersion() << Qt::endl;
        return Desk::Cli::ExitOk;
    }
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name)) {
            return command.run(context, leading + arguments);
        }
    }
    context.err() << QCoreApplication::translate("Desk::Cli", "unknown command: %1").arg(name)
                  << "\n";
    return usage(context, Desk::Cli::ExitUsage);
}

int main(int argc, char *argv[])
{
    // Everything of the command is destroyed when runCli returns (see Desk::Core::endProcess).
    return Desk::Core::endProcess(runCli(argc, argv));
}
