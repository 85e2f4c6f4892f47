// SPDX-License-Identifier: GPL-3.0-or-later
// `classify`: what the desk would make of a citizen's message (kind, area, commune, dossier
// codes, phone numbers) and why - for administrators checking their classification rules.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/classifier.h"
#include "reports/labels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Desk::Cli {

namespace {

// Not named tr(): lupdate would take tr(QT_TRANSLATE_NOOP(...)) for a tr call and drop the text.
QString translated(const char *text)
{
    return QCoreApplication::translate("Desk::Cli::Classify", text);
}

QJsonObject toJson(const Core::Classification &result)
{
    return {{QStringLiteral("kind"), Core::caseKindKey(result.kind)},
        {QStringLiteral("area"), result.area}, {QStringLiteral("locality"), result.localityCode},
        {QStringLiteral("dossier_codes"), QJsonArray::fromStringList(result.dossierCodes)},
        {QStringLiteral("phones"), QJsonArray::fromStringList(result.phones)},
        {QStringLiteral("rule"), result.rule}};
}

void printText(QTextStream &out, const Core::Classification &result)
{
    const QString none = translated(QT_TRANSLATE_NOOP("Desk::Cli::Classify", "(none)"));
    const auto line = [&](const char *label, const QString &value) {
        out << translated(label) << ' ' << (value.isEmpty() ? none : value) << '\n';
    };
    line(QT_TRANSLATE_NOOP("Desk::Cli::Classify", "Kind:"),
        Reports::kindLabel(Core::caseKindKey(result.kind)));
    line(QT_TRANSLATE_NOOP("Desk::Cli::Classify", "Area:"),
        result.area.isEmpty() ? QString()
                              : QStringLiteral("%1 (%2)").arg(result.areaName, result.area));
    line(QT_TRANSLATE_NOOP("Desk::Cli::Classify", "Commune/ward:"),
        result.localityCode.isEmpty()
            ? QString()
            : QStringLiteral("%1 (%2)").arg(result.localityName, result.localityCode));
    line(QT_TRANSLATE_NOOP("Desk::Cli::Classify", "Dossier codes:"),
        result.dossierCodes.join(QStringLiteral(", ")));
    line(QT_TRANSLATE_NOOP("Desk::Cli::Classify", "Phone numbers:"),
        result.phones.join(QStringLiteral(", ")));
    line(QT_TRANSLATE_NOOP("Desk::Cli::Classify", "Why:"), result.rule);
}

} // namespace

int runClassify(CliContext &context, const QStringList &arguments)
{
    // The default rules need no profile: this works on a machine without a desk set up.
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("print a JSON object"));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, CliContext::tr("show this help"));
    parser.addOptions({json, help});
    parser.addPositionalArgument(QStringLiteral("text"),
        translated(
            QT_TRANSLATE_NOOP("Desk::Cli::Classify", "the message, as the citizen wrote it")),
        QStringLiteral("TEXT"));
    parser.setApplicationDescription(
        CliContext::tr("advisory-desk-cli %1").arg(QStringLiteral("classify")));
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("advisory-desk-cli classify"));
    if (!parser.parse(argv)) {
        return context.fail(ExitUsage, parser.errorText());
    }
    if (parser.isSet(help)) {
        context.out() << parser.helpText();
        context.out().flush();
        return ExitOk;
    }
    // Unquoted words on the command line are one message.
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty()) {
        return context.fail(ExitUsage,
            translated(
                QT_TRANSLATE_NOOP("Desk::Cli::Classify", "classify needs the text of a message")));
    }
    const Core::Classification result = Core::Classifier::fromDefaults().classify(text);
    if (parser.isSet(json)) {
        context.out() << QString::fromUtf8(
            QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented));
    } else {
        printText(context.out(), result);
    }
    context.out().flush();
    return ExitOk;
}

} // namespace Desk::Cli
