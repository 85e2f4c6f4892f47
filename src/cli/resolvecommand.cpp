// SPDX-License-Identifier: GPL-3.0-or-later
// `resolve`: staff mark a case resolved; the citizen is asked to rate the answer then (not
// after the first reply), through the same outbox as a reply, unless --no-rating or the case
// holds the question back (withheld, asked already, no answer sent, waiting for papers).
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/outboxreport.h"
#include "core/vietnamtime.h"
#include "store/casework.h"
#include "store/outbox.h"
#include "store/store.h"

#include <QCommandLineParser>

namespace Desk::Cli {

int runResolve(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("case"), CliContext::tr("the case code"));
    const QCommandLineOption noRating(
        QStringLiteral("no-rating"), CliContext::tr("resolve without the rating question"));
    const QCommandLineOption queueOnly(QStringLiteral("queue-only"),
        CliContext::tr("only queue the rating question; the next sync sends it"));
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("print JSON"));
    const QCommandLineOption actor(QStringLiteral("as"),
        CliContext::tr("staff login recorded in the history (default: the system user)"),
        CliContext::tr("LOGIN"));
    const QCommandLineOption wait(QStringLiteral("wait"),
        CliContext::tr("on a team profile: wait until the team's OA service has sent the "
                       "question"));
    parser.addOptions({noRating, queueOnly, json, actor, wait});
    if (const auto exit = context.parse(parser, QStringLiteral("resolve"), arguments)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.fail(
            ExitUsage, CliContext::tr("usage: resolve CASE_CODE [--no-rating] [--profile DIR]"));
    }
    Store::Store store;
    std::optional<Core::CaseSummary> summary;
    if (const auto exit
        = openCase(context, store, parser.positionalArguments().constFirst(), &summary)) {
        return *exit;
    }
    Store::CaseWork work(store);
    const Store::Resolution resolution = work.resolve(summary->id, !parser.isSet(noRating),
        staffLogin(context, parser.value(actor)), Core::nowMs());
    switch (resolution.refusal) {
    case Store::ResolveRefusal::None:
        break;
    case Store::ResolveRefusal::Failed:
        return context.fail(ExitLocal,
            CliContext::tr("cannot resolve %1: %2").arg(summary->code, store.lastError()));
    default:
        return context.fail(ExitUsage,
            CliContext::tr("%1 was not resolved: %2")
                .arg(summary->code, Store::resolveRefusalText(resolution.refusal)));
    }
    if (!resolution.ratingQueued) {
        context.out() << CliContext::tr("%1 resolved and closed without the rating question: %2")
                             .arg(summary->code, Store::ratingHoldText(resolution.hold))
                      << '\n';
        context.out().flush();
        return ExitOk;
    }
    context.out() << CliContext::tr("%1 resolved; the rating question is queued for the citizen")
                         .arg(summary->code)
                  << '\n';
    QVector<qint64> ids;
    for (const Store::OutboxItem &item : Store::Outbox(store).forCase(summary->id)) {
        if (item.purpose == Store::OutboxPurpose::RatingRequest
            && item.state == Store::OutboxState::Queued) {
            ids.append(item.id);
        }
    }
    return finishQueued(
        context, store, ids, parser.isSet(queueOnly), parser.isSet(wait), parser.isSet(json));
}

} // namespace Desk::Cli
