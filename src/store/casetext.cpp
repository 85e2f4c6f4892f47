// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/casetext.h"

#include "core/casecode.h"
#include "core/textfold.h"

namespace Desk::Store::CaseText {

QString citizenSearchText(const QString &displayName, const QString &phone)
{
    return Core::foldForSearch(displayName.simplified() + QLatin1Char(' ') + phone.simplified())
        .trimmed();
}

QString headerDocument(const QString &citizenSearchText, const QString &caseCode)
{
    QString document = citizenSearchText + QLatin1Char(' ') + Core::foldForSearch(caseCode);
    if (const auto parsed = Core::parseCaseCode(caseCode)) {
        document += QLatin1Char(' ') + QString::number(parsed->sequence);
    }
    return document.trimmed();
}

QString messageDocument(const QString &text, const QString &fileName)
{
    if (fileName.isEmpty()) {
        return Core::foldForSearch(text);
    }
    return Core::foldForSearch(text + QLatin1Char(' ') + fileName);
}

QString messageDocument(const Core::Message &message)
{
    return messageDocument(message.text, message.fileName);
}

QString caseDocument(
    const QString &citizenSearchText, const QString &caseCode, const QStringList &messageDocuments)
{
    // Newlines only separate; the tokenizer treats them like spaces.
    QString document = headerDocument(citizenSearchText, caseCode);
    for (const QString &message : messageDocuments) {
        document += QLatin1Char('\n') + message;
    }
    return document;
}

QString summaryLine(const Core::Message &message)
{
    // Markers ("[image]", "[link] <title>") are language-neutral; the GUI shows them as
    // labels. A link or a location is known by its title / address before any caption.
    const QString type = message.type.isEmpty() ? QStringLiteral("text") : message.type;
    const QString marker = QLatin1Char('[') + type + QLatin1Char(']');
    const QString name = message.fileName.simplified();
    const bool named = type == QLatin1String("link") || type == QLatin1String("location");
    QString line = message.text.simplified();
    if (type == QLatin1String("unreadable")) {
        line = marker;
    } else if (named && !name.isEmpty()) {
        line = marker + QLatin1Char(' ') + name;
    } else if (line.isEmpty()) {
        if (type == QLatin1String("file") && !name.isEmpty()) {
            line = marker + QLatin1Char(' ') + name;
        } else if (type == QLatin1String("link") && !message.url.isEmpty()) {
            line = marker + QLatin1Char(' ') + message.url;
        } else if (type != QLatin1String("text")) {
            line = marker;
        }
    }
    if (line.size() > kSummaryMaxChars) {
        // Cut at a word boundary when one is near, and never inside a surrogate pair.
        int cut = kSummaryMaxChars - 1;
        const int space = line.lastIndexOf(QLatin1Char(' '), cut);
        if (space > kSummaryMaxChars - 40) {
            cut = space;
        }
        if (cut > 0 && line.at(cut - 1).isHighSurrogate()) {
            --cut;
        }
        line = line.left(cut) + QChar(0x2026);
    }
    return line;
}

} // namespace Desk::Store::CaseText
