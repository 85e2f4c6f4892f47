// SPDX-License-Identifier: GPL-3.0-or-later
// `reply`, `outbox` and `route`: answering cases from scripts. A reply goes through the same
// outbox as the desk's (queued, then sent with the crash-safe check), never straight to Zalo.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/outboxreport.h"
#include "core/caseclock.h"
#include "core/profile.h"
#include "core/replysplitter.h"
#include "core/replywindow.h"
#include "core/vietnamtime.h"
#include "core/workingcalendar.h"
#include "secrets/keychainsecretstore.h"
#include "store/casework.h"
#include "store/clocks.h"
#include "store/database.h"
#include "store/directory.h"
#include "store/outbox.h"
#include "store/store.h"
#include "zalo/attachment.h"
#include "zalo/syncservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace Desk::Cli {

namespace {

QString stateText(Store::OutboxState state)
{
    switch (state) {
    case Store::OutboxState::Queued:
        return CliContext::tr("queued");
    case Store::OutboxState::Sending:
        return CliContext::tr("sending (not yet confirmed by Zalo)");
    case Store::OutboxState::Sent:
        return CliContext::tr("sent");
    case Store::OutboxState::Refused:
        return CliContext::tr("refused");
    case Store::OutboxState::Cancelled:
        return CliContext::tr("cancelled");
    }
    return QString();
}

QJsonObject itemJson(const Store::OutboxItem &item)
{
    return {{QStringLiteral("id"), item.id}, {QStringLiteral("case"), item.caseCode},
        {QStringLiteral("citizen_id"), item.citizenId},
        {QStringLiteral("purpose"), Store::outboxPurposeKey(item.purpose)},
        {QStringLiteral("kind"), item.part.kind}, {QStringLiteral("text"), item.part.text},
        {QStringLiteral("file"), item.part.filePath},
        {QStringLiteral("part"), QStringLiteral("%1/%2").arg(item.partIndex).arg(item.partCount)},
        {QStringLiteral("state"), Store::outboxStateKey(item.state)},
        {QStringLiteral("attempts"), item.attempts},
        {QStringLiteral("created_at"), Core::toIsoVietnam(item.createdAtMs)},
        {QStringLiteral("created_by"), item.createdBy},
        {QStringLiteral("sent_at"),
            item.sentAtMs > 0 ? QJsonValue(Core::toIsoVietnam(item.sentAtMs)) : QJsonValue()},
        {QStringLiteral("zalo_message_id"), item.zaloMessageId},
        {QStringLiteral("error_code"), item.errorCode},
        {QStringLiteral("error"), item.errorMessage}};
}

} // namespace

std::optional<int> openStore(CliContext &context, Store::Store &store)
{
    QString error;
    if (!store.open(context.profile().databasePath(), &error)) {
        return context.fail(ExitLocal, CliContext::tr("cannot open the database: %1").arg(error));
    }
    return std::nullopt;
}

/** Opens the store and finds the case named on the command line; an exit code when not. */
std::optional<int> openCase(CliContext &context, Store::Store &store, const QString &code,
    std::optional<Core::CaseSummary> *summary)
{
    if (const auto exit = openStore(context, store)) {
        return exit;
    }
    *summary = store.caseByCode(code);
    if (!*summary) {
        return context.fail(ExitUsage, CliContext::tr("no case %1").arg(code));
    }
    return std::nullopt;
}

void printItems(CliContext &context, const QVector<Store::OutboxItem> &items, bool json)
{
    if (json) {
        QJsonArray array;
        for (const auto &item : items) {
            array.append(itemJson(item));
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &item : items) {
            context.out() << QStringLiteral("#%1 %2 %3/%4 %5")
                                 .arg(item.id)
                                 .arg(item.caseCode)
                                 .arg(item.partIndex)
                                 .arg(item.partCount)
                                 .arg(stateText(item.state));
            if (!item.errorMessage.isEmpty()) {
                context.out() << " - " << item.errorMessage;
            }
            context.out() << '\n';
        }
    }
    context.out().flush();
}

/** Exit code for what a drain left behind for `ids`. */
int exitCodeFor(const QVector<Store::OutboxItem> &items, const Zalo::DrainReport &report)
{
    if (report.storeFailed) {
        return ExitLocal;
    }
    for (const auto &item : items) {
        if (item.state == Store::OutboxState::Refused) {
            return ExitZalo;
        }
    }
    for (const auto &item : items) {
        if (item.state != Store::OutboxState::Sent) {
            return report.lastErrorCode == -216 || report.lastErrorCode == -220 ? ExitAuth
                                                                                : ExitNetwork;
        }
    }
    return ExitOk;
}

QVector<Store::OutboxItem> itemsOf(Store::Outbox &outbox, const QVector<qint64> &ids)
{
    QVector<Store::OutboxItem> items;
    for (const qint64 id : ids) {
        if (const auto item = outbox.item(id)) {
            items.append(*item);
        }
    }
    return items;
}

/** Every part sent, refused or withdrawn: nothing left for the service to do. */
bool allSettled(const QVector<Store::OutboxItem> &items)
{
    for (const auto &item : items) {
        if (item.state == Store::OutboxState::Queued || item.state == Store::OutboxState::Sending) {
            return false;
        }
    }
    return true;
}

QString staffLogin(CliContext &context, const QString &asValue)
{
    // In a team the database records the login itself (an audit trigger), whatever is sent.
    return context.profile().isTeam() ? context.profile().teamLogin()
        : !asValue.isEmpty()          ? asValue
                                      : Core::currentStaffLogin();
}

int finishQueued(CliContext &context, Store::Store &store, const QVector<qint64> &ids,
    bool queueOnly, bool wait, bool json)
{
    const bool team = context.profile().isTeam();
    Zalo::DrainReport report;
    if (!queueOnly && !team) {
        report = drainNow(context);
    }
    Store::Outbox outbox(store);
    QVector<Store::OutboxItem> items = itemsOf(outbox, ids);
    if (team && wait) {
        // Only the team's OA service sends; its result arrives in the database.
        constexpr qint64 kTeamWaitMs = 120000;
        QElapsedTimer waited;
        waited.start();
        while (!allSettled(items) && waited.elapsed() < kTeamWaitMs) {
            QThread::msleep(200);
            items = itemsOf(outbox, ids);
        }
    }
    printItems(context, items, json);
    if (!report.problem.isEmpty()) {
        context.err() << report.problem << '\n';
    }
    const bool queued = queueOnly || (team && !wait);
    return queued ? ExitOk : exitCodeFor(items, report);
}

Zalo::DrainReport drainNow(CliContext &context)
{
    Secrets::KeychainSecretStore keychain; // a single desk: a team's desks never send
    return Zalo::runOutboxOnce(Zalo::SyncSettings::fromProfile(context.profile()), &keychain);
}

int runReply(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("case"), CliContext::tr("the case code"));
    const QCommandLineOption text(
        QStringLiteral("text"), CliContext::tr("the reply text"), CliContext::tr("TEXT"));
    const QCommandLineOption file(QStringLiteral("file"),
        CliContext::tr("attach an image (jpg, png, gif) or a document (pdf, doc, docx)"),
        CliContext::tr("PATH"));
    const QCommandLineOption quote(QStringLiteral("quote"),
        CliContext::tr("quote this message of the citizen"), CliContext::tr("MESSAGE_ID"));
    const QCommandLineOption acknowledge(
        QStringLiteral("acknowledge"), CliContext::tr("an acknowledgement, not the final answer"));
    const QCommandLineOption queueOnly(
        QStringLiteral("queue-only"), CliContext::tr("only queue it; the next sync sends it"));
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("print JSON"));
    const QCommandLineOption actor(QStringLiteral("as"),
        CliContext::tr("staff login recorded in the history (default: the system user)"),
        CliContext::tr("LOGIN"));
    const QCommandLineOption wait(QStringLiteral("wait"),
        CliContext::tr("on a team profile: wait until the team's OA service has sent it (exit 5 "
                       "when Zalo refused it)"));
    parser.addOptions({text, file, quote, acknowledge, queueOnly, json, actor, wait});
    if (const auto exit = context.parse(parser, QStringLiteral("reply"), arguments)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1 || (!parser.isSet(text) && !parser.isSet(file))) {
        return context.fail(
            ExitUsage, CliContext::tr("usage: reply CASE_CODE --text TEXT [--file PATH]"));
    }
    const QString body = parser.value(text).trimmed();
    QVector<Store::OutboxPart> parts;
    const QStringList pieces = Core::ReplySplitter().split(body);
    for (int i = 0; i < pieces.size(); ++i) {
        Store::OutboxPart part;
        part.text = pieces.at(i);
        if (i == 0) {
            part.quoteMessageId = parser.value(quote); // only the first part quotes
        }
        parts.append(part);
    }
    if (parser.isSet(file)) {
        const QString path = QFileInfo(parser.value(file)).absoluteFilePath();
        QString problem;
        const QString suffix = QFileInfo(path).suffix().toLower();
        const bool image = suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")
            || suffix == QLatin1String("png") || suffix == QLatin1String("gif");
        const auto attachment = Zalo::Attachment::load(path,
            image ? Zalo::Attachment::Purpose::Image : Zalo::Attachment::Purpose::File, &problem);
        if (!attachment) {
            return context.fail(ExitUsage, problem);
        }
        Store::OutboxPart part;
        part.kind = attachment->kind == Zalo::Attachment::Kind::File ? QStringLiteral("file")
                                                                     : QStringLiteral("image");
        part.filePath = path;
        parts.append(part);
    }

    Store::Store store;
    std::optional<Core::CaseSummary> summary;
    if (const auto exit
        = openCase(context, store, parser.positionalArguments().constFirst(), &summary)) {
        return *exit;
    }
    const qint64 now = Core::nowMs();
    if (Core::ReplyWindow::at(summary->lastInboundAtMs, now).state
        == Core::ReplyWindow::State::Closed) {
        context.err() << CliContext::tr("warning: the citizen last wrote more than 7 days ago; "
                                        "Zalo will refuse the reply (call them instead)")
                      << '\n';
    }
    const QString login = staffLogin(context, parser.value(actor));
    const auto ids = Store::Outbox(store).enqueue(summary->id, parts,
        parser.isSet(acknowledge) ? Store::OutboxPurpose::Acknowledgement
                                  : Store::OutboxPurpose::Reply,
        login, now);
    if (ids.isEmpty()) {
        return context.fail(
            ExitLocal, CliContext::tr("cannot queue the reply: %1").arg(store.lastError()));
    }
    return finishQueued(
        context, store, ids, parser.isSet(queueOnly), parser.isSet(wait), parser.isSet(json));
}

int runOutbox(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("print JSON"));
    const QCommandLineOption state(QStringLiteral("state"),
        CliContext::tr("only rows in this state (queued, sending, sent, refused, cancelled)"),
        CliContext::tr("STATE"));
    const QCommandLineOption send(QStringLiteral("send"), CliContext::tr("send what is due first"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        CliContext::tr("at most this many rows, newest first (default 500)"), CliContext::tr("N"));
    parser.addOptions({json, state, send, limit});
    if (const auto exit = context.parse(parser, QStringLiteral("outbox"), arguments)) {
        return *exit;
    }
    int rows = 500;
    if (parser.isSet(limit)) {
        bool ok = false;
        rows = parser.value(limit).toInt(&ok);
        if (!ok || rows < 1) {
            return context.fail(ExitUsage, CliContext::tr("--limit needs a number"));
        }
    }
    std::optional<Store::OutboxState> only;
    if (parser.isSet(state)) {
        only = Store::outboxStateFromKey(parser.value(state));
        if (Store::outboxStateKey(*only) != parser.value(state)) {
            return context.fail(
                ExitUsage, CliContext::tr("unknown state %1").arg(parser.value(state)));
        }
    }
    Zalo::DrainReport report;
    if (parser.isSet(send) && context.profile().isTeam()) {
        return context.fail(ExitUsage,
            CliContext::tr("this profile belongs to a team: the team's OA service sends the "
                           "outbox"));
    }
    if (parser.isSet(send)) {
        report = drainNow(context);
    }
    Store::Store store;
    if (const auto exit = openStore(context, store)) {
        return *exit;
    }
    printItems(context, Store::Outbox(store).list(only, rows), parser.isSet(json));
    if (report.storeFailed) {
        return context.fail(ExitLocal, report.problem);
    }
    return ExitOk;
}

int runRoute(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("case"), CliContext::tr("the case code"));
    const QCommandLineOption agency(QStringLiteral("agency"),
        CliContext::tr("code of the agency in the directory"), CliContext::tr("CODE"));
    const QCommandLineOption note(
        QStringLiteral("note"), CliContext::tr("note for the agency"), CliContext::tr("TEXT"));
    const QCommandLineOption days(QStringLiteral("working-days"),
        CliContext::tr("the agency answers within N working days (default: the clock policy)"),
        CliContext::tr("N"));
    const QCommandLineOption actor(QStringLiteral("as"),
        CliContext::tr("staff login recorded in the history (default: the system user)"),
        CliContext::tr("LOGIN"));
    const QCommandLineOption recallMinutes(QStringLiteral("recall-minutes"),
        CliContext::tr("without a case: set how many minutes after routing it can be recalled "
                       "(on a team profile the team's setting, administrators only)"),
        CliContext::tr("N"));
    parser.addOptions({agency, note, days, actor, recallMinutes});
    if (const auto exit = context.parse(parser, QStringLiteral("route"), arguments)) {
        return *exit;
    }
    if (parser.isSet(recallMinutes)) {
        bool ok = false;
        const int minutes = parser.value(recallMinutes).toInt(&ok);
        if (!ok || minutes < 0 || !parser.positionalArguments().isEmpty()) {
            return context.fail(
                ExitUsage, CliContext::tr("usage: route --recall-minutes N (N: 0 or more)"));
        }
        Store::Store store;
        if (const auto exit = openStore(context, store)) {
            return *exit;
        }
        if (!Store::CaseWork(store).setRecallMinutes(minutes, Core::nowMs())) {
            return context.fail(
                store.database().lastErrorKind() == Store::DatabaseErrorKind::PermissionDenied
                    ? ExitPermission
                    : ExitLocal,
                CliContext::tr("cannot save the recall window: %1").arg(store.lastError()));
        }
        context.out() << CliContext::tr(
            "A routing can now be recalled within %n minute(s).", nullptr, minutes)
                      << '\n';
        context.out().flush();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(agency)) {
        return context.fail(ExitUsage, CliContext::tr("usage: route CASE_CODE --agency CODE"));
    }
    Store::Store store;
    std::optional<Core::CaseSummary> summary;
    if (const auto exit
        = openCase(context, store, parser.positionalArguments().constFirst(), &summary)) {
        return *exit;
    }
    Store::Directory directory(store);
    const auto target = directory.agency(parser.value(agency));
    if (!target) {
        return context.fail(
            ExitUsage, CliContext::tr("no agency %1 in the directory").arg(parser.value(agency)));
    }
    Store::Clocks clocks(store);
    int workingDays
        = clocks.policy().workingDays(summary->kind, Core::ClockStep::AgencyAnswer).value_or(0);
    if (parser.isSet(days)) {
        bool ok = false;
        workingDays = parser.value(days).toInt(&ok);
        if (!ok || workingDays < 0) {
            return context.fail(ExitUsage, CliContext::tr("--working-days needs a number"));
        }
    }
    const Core::WorkingCalendar calendar = clocks.calendar();
    const qint64 now = Core::nowMs();
    const qint64 due = workingDays > 0
        ? calendar.deadline(Core::toVietnamTime(now), workingDays).toMSecsSinceEpoch()
        : 0;
    const QString login = parser.isSet(actor) ? parser.value(actor) : Core::currentStaffLogin();
    const qint64 transfer = Store::CaseWork(store).route(
        summary->id, target->code, parser.value(note), due, login, now);
    if (transfer == 0) {
        return context.fail(
            ExitLocal, CliContext::tr("cannot route the case: %1").arg(store.lastError()));
    }
    context.out() << CliContext::tr("%1 routed to %2 (transfer %3)")
                         .arg(summary->code, target->name)
                         .arg(transfer);
    if (due > 0) {
        context.out() << CliContext::tr(", answer due %1").arg(Core::toIsoVietnam(due));
    }
    context.out() << '\n';
    context.out().flush();
    return ExitOk;
}

} // namespace Desk::Cli
