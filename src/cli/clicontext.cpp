// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicontext.h"

#include <cstdio>

namespace Desk::Cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
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
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")}, tr("show this help"));
    parser.addOption(profileOption);
    parser.addOption(helpOption);
    parser.setApplicationDescription(tr("advisory-desk-cli %1").arg(command));
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
    if (!openProfile(parser.value(profileOption))) {
        return ExitLocal;
    }
    return std::nullopt;
}

int CliContext::fail(int code, const QString &text)
{
    m_err << tr("error: %1").arg(text) << Qt::endl;
    return code;
}

} // namespace Desk::Cli
