// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Desk::Cli {

class CliContext;

// Each command parses its own options from `arguments` (argv without the command name)
// and returns an ExitCode.
int runSetup(CliContext &context, const QStringList &arguments);
int runAuthorize(CliContext &context, const QStringList &arguments);
int runSync(CliContext &context, const QStringList &arguments);
int runCases(CliContext &context, const QStringList &arguments);
int runSearch(CliContext &context, const QStringList &arguments);
int runCheck(CliContext &context, const QStringList &arguments);
int runCalendar(CliContext &context, const QStringList &arguments);
int runDeadline(CliContext &context, const QStringList &arguments);
int runReport(CliContext &context, const QStringList &arguments);
int runClassify(CliContext &context, const QStringList &arguments);
int runReply(CliContext &context, const QStringList &arguments);
int runOutbox(CliContext &context, const QStringList &arguments);
int runRoute(CliContext &context, const QStringList &arguments);
int runResolve(CliContext &context, const QStringList &arguments);
int runJoin(CliContext &context, const QStringList &arguments);
int runServe(CliContext &context, const QStringList &arguments);
int runTeamInit(CliContext &context, const QStringList &arguments);
int runTeamUser(CliContext &context, const QStringList &arguments);

} // namespace Desk::Cli
