// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QTextStream>
#include <optional>

namespace Desk::Cli {

/** Exit codes every command shares, so scheduled jobs can react to the kind of failure. */
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1, // wrong arguments
    ExitLocal = 2, // profile, database or keychain problem on this machine
    ExitNetwork = 3, // Zalo unreachable or answering garbage: try again later
    ExitAuth = 4, // credentials missing or rejected: administrator must act
    ExitZalo = 5, // Zalo refused the request with an error code
    ExitIntegrity = 6, // `check` found a damaged database
    // The team database (ExitNetwork: its server does not answer; ExitAuth: login or password
    // refused):
    ExitTls = 7, // the server's certificate or name did not check out: nothing was sent
    ExitNewerSchema = 8, // a newer Advisory Desk migrated the database: update this program
    ExitPermission = 9, // the login lacks the role or right the command needs
};

/** What every command gets: parsed options, the opened profile and UTF-8 output streams. */
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(Desk::Cli::CliContext)
public:
    CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /** Opens the profile named by --profile (or the default); prints why on failure. */
    bool openProfile(const QString &dir);
    Core::Profile &profile() { return m_profile; }

    /**
     * Adds --profile and --help to `parser`, parses `arguments` and opens the profile.
     * Returns an exit code when the command must stop here (help shown, bad arguments,
     * profile unusable), nothing when it should go on.
     */
    std::optional<int> parse(
        QCommandLineParser &parser, const QString &command, const QStringList &arguments);

    /**
     * parse() without a profile, for the commands that work on a team database only: adds
     * --help (its text starts with `description`), parses, shows the help.
     */
    std::optional<int> parseOptions(QCommandLineParser &parser, const QString &command,
        const QStringList &arguments, const QString &description = {});

    /** Prints "error: <text>" on stderr and returns `code`. */
    int fail(int code, const QString &text);

    /** One line of standard input without its line end; nothing at the end of the input. */
    std::optional<QString> readInputLine();

    /**
     * The values of the secret options `names` (without dashes) that were given. `-` means
     * "one line of standard input", read in the order the options appear in `arguments`, so
     * no secret shows in the process list or the shell history. A value typed on the command
     * line still works (scripts) but earns a warning. Returns an exit code when it must stop.
     */
    std::optional<int> readSecretOptions(const QCommandLineParser &parser,
        const QStringList &arguments, const QStringList &names, QHash<QString, QString> *values);

    /** Fails with ExitUsage unless each given URL option is https (http: loopback only). */
    std::optional<int> checkBaseUrlOptions(
        const QCommandLineParser &parser, const QList<const QCommandLineOption *> &options);

private:
    QTextStream m_out;
    QTextStream m_err;
    QTextStream m_in;
    Core::Profile m_profile;
};

} // namespace Desk::Cli
