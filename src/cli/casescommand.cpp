// SPDX-License-Identifier: GPL-3.0-or-later
// `cases` and `search`: read-only listings from the local store (work offline).
#include "cli/casejson.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Desk::Cli {

namespace {

int listCases(CliContext &context, QCommandLineParser &parser, Store::CaseFilter filter,
    const QCommandLineOption &jsonOption, const QCommandLineOption &limitOption)
{
    Store::Store store;
    QString error;
    if (!store.open(context.profile().databasePath(), &error)) {
        return context.fail(ExitLocal, CliContext::tr("cannot open the database: %1").arg(error));
    }
    bool limitOk = true;
    const int limit
        = parser.isSet(limitOption) ? parser.value(limitOption).toInt(&limitOk) : 1000000;
    if (!limitOk || limit <= 0) {
        return context.fail(ExitUsage, CliContext::tr("--limit needs a positive number"));
    }
    const QVector<Core::CaseSummary> rows = store.cases(filter, 0, limit);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Core::CaseSummary &row : rows) {
            array.append(caseToJson(row));
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Core::CaseSummary &row : rows) {
            context.out() << caseToText(row) << '\n';
        }
        context.out() << CliContext::tr("%n case(s)", nullptr, static_cast<int>(rows.size()))
                      << '\n';
    }
    context.out().flush();
    return ExitOk;
}

struct ListingOptions
{
    QCommandLineOption json {QStringLiteral("json"), CliContext::tr("print a JSON array")};
    QCommandLineOption limit {
        QStringLiteral("limit"), CliContext::tr("at most N cases"), CliContext::tr("N")};
    QCommandLineOption status {QStringLiteral("status"),
        CliContext::tr("only cases in this status (new, replied, closed, ...)"),
        CliContext::tr("STATUS")};
    QCommandLineOption unread {
        QStringLiteral("unread"), CliContext::tr("only cases with unread messages")};

    void addTo(QCommandLineParser &parser) { parser.addOptions({json, limit, status, unread}); }

    std::optional<int> fillFilter(
        CliContext &context, const QCommandLineParser &parser, Store::CaseFilter &filter) const
    {
        if (parser.isSet(status)) {
            filter.status = Core::caseStatusFromKey(parser.value(status));
            if (!filter.status) {
                return context.fail(
                    ExitUsage, CliContext::tr("unknown status: %1").arg(parser.value(status)));
            }
        }
        filter.unreadOnly = parser.isSet(unread);
        return std::nullopt;
    }
};

} // namespace

int runCases(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    ListingOptions options;
    options.addTo(parser);
    if (const auto exit = context.parse(parser, QStringLiteral("cases"), arguments)) {
        return *exit;
    }
    Store::CaseFilter filter;
    if (const auto exit = options.fillFilter(context, parser, filter)) {
        return *exit;
    }
    return listCases(context, parser, filter, options.json, options.limit);
}

int runSearch(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    ListingOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("text"), CliContext::tr("words to find, with or without diacritics"));
    if (const auto exit = context.parse(parser, QStringLiteral("search"), arguments)) {
        return *exit;
    }
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty()) {
        return context.fail(ExitUsage, CliContext::tr("search needs some text"));
    }
    Store::CaseFilter filter;
    filter.searchText = text;
    if (const auto exit = options.fillFilter(context, parser, filter)) {
        return *exit;
    }
    return listCases(context, parser, filter, options.json, options.limit);
}

} // namespace Desk::Cli
