// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicontext.h"

#include "cli/teamprofile.h"

#include "zalo/authorization.h"

#include <cstdio>

namespace Desk::Cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
    , m_in(stdin)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
    m_in.setEncoding(QStringConverter::Utf8);
}

bool CliContext::openProfile(const QString &dir)
{
    QString error;
    m_profile = Core::Profile::open(dir, &error);
    if (!m_profile.isValid()) {
        fail(ExitLocal, tr("cannot open the profile folder: %1").arg(error));
        return false;
    }
    return true;
}

std::optional<int> CliContext::parse(
    QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        tr("profile folder (default: the user's local app data)"), tr("DIR"));
    parser.addOption(profileOption);
    if (const auto exit = parseOptions(parser, command, arguments)) {
        return exit;
    }
    if (!openProfile(parser.value(profileOption))) {
        return ExitLocal;
    }
    // A team profile's commands open the team database with the login's password, which
    // this host keeps in its keychain (join puts it there, so join itself goes without).
    QString error;
    if (command != QLatin1String("join") && !TeamProfile::unlock(m_profile, &error)) {
        return fail(ExitAuth, error);
    }
    return std::nullopt;
}

std::optional<int> CliContext::parseOptions(QCommandLineParser &parser, const QString &command,
    const QStringList &arguments, const QString &description)
{
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")}, tr("show this help"));
    parser.addOption(helpOption);
    parser.setApplicationDescription(
        description.isEmpty() ? tr("advisory-desk-cli %1").arg(command) : description);
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("advisory-desk-cli %1").arg(command));
    if (!parser.parse(argv)) {
        return fail(ExitUsage, parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        m_out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

int CliContext::fail(int code, const QString &text)
{
    m_err << tr("error: %1").arg(text) << Qt::endl;
    return code;
}

std::optional<QString> CliContext::readInputLine()
{
    QString line;
    if (!m_in.readLineInto(&line)) {
        return std::nullopt;
    }
    if (line.endsWith(QLatin1Char('\r'))) {
        line.chop(1); // pasted on Windows
    }
    return line;
}

std::optional<int> CliContext::readSecretOptions(const QCommandLineParser &parser,
    const QStringList &arguments, const QStringList &names, QHash<QString, QString> *values)
{
    // Where each option stands on the command line decides which stdin line is its value.
    QList<std::pair<qsizetype, QString>> given;
    for (const QString &name : names) {
        if (!parser.isSet(name)) {
            continue;
        }
        const QString flag = QStringLiteral("--") + name;
        qsizetype position = arguments.size();
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            if (arguments.at(i) == flag || arguments.at(i).startsWith(flag + QLatin1Char('='))) {
                position = i;
                break;
            }
        }
        given.append({position, name});
    }
    std::sort(given.begin(), given.end());
    QStringList typed;
    for (const auto &[position, name] : given) {
        Q_UNUSED(position)
        const QString value = parser.value(name);
        if (value != QLatin1String("-")) {
            values->insert(name, value);
            typed << QStringLiteral("--") + name;
            continue;
        }
        const std::optional<QString> line = readInputLine();
        if (!line || line->trimmed().isEmpty()) {
            return fail(ExitUsage,
                tr("--%1 - : no value on standard input (one line for each option given as -, "
                   "in the order of the options)")
                    .arg(name));
        }
        values->insert(name, line->trimmed());
    }
    if (!typed.isEmpty()) {
        m_err << tr("warning: %1 given on the command line can be seen by other users of this "
                    "computer (process list) and stays in the shell history. Give - instead and "
                    "type or pipe the value on standard input.")
                     .arg(typed.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    return std::nullopt;
}

std::optional<int> CliContext::checkBaseUrlOptions(
    const QCommandLineParser &parser, const QList<const QCommandLineOption *> &options)
{
    for (const QCommandLineOption *option : options) {
        if (!parser.isSet(*option)) {
            continue;
        }
        const QString problem = Zalo::baseUrlProblem(parser.value(*option));
        if (!problem.isEmpty()) {
            return fail(ExitUsage, problem);
        }
    }
    return std::nullopt;
}

} // namespace Desk::Cli
