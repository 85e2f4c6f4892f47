// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/messagekindtext.h"

#include <QCoreApplication>

namespace Desk::Gui {

namespace {

// "Link: <name>" when there is a name, the bare word otherwise.
QString named(const QString &word, const QString &name)
{
    return name.isEmpty()
        ? word
        : QCoreApplication::translate("Desk::Gui::MessageKindText", "%1: %2").arg(word, name);
}

} // namespace

// Literal translation contexts: lupdate 6.4 misreads contexts built from nested namespaces.
QString messageKindLabel(const QString &type, const QString &name, const QString &url)
{
    if (type.isEmpty() || type == QLatin1String("text")) {
        return {};
    }
    if (type == QLatin1String("image") || type == QLatin1String("photo")) {
        return QCoreApplication::translate("Desk::Gui::MessageKindText", "Image");
    }
    if (type == QLatin1String("gif")) {
        return QCoreApplication::translate("Desk::Gui::MessageKindText", "Animated image (GIF)");
    }
    if (type == QLatin1String("sticker")) {
        return QCoreApplication::translate("Desk::Gui::MessageKindText", "Sticker");
    }
    if (type == QLatin1String("voice")) {
        return QCoreApplication::translate("Desk::Gui::MessageKindText", "Voice message");
    }
    if (type == QLatin1String("link")) {
        return named(QCoreApplication::translate("Desk::Gui::MessageKindText", "Link"),
            name.isEmpty() ? url : name);
    }
    if (type == QLatin1String("location")) {
        return named(QCoreApplication::translate("Desk::Gui::MessageKindText", "Location"), name);
    }
    if (type == QLatin1String("file")) {
        return named(QCoreApplication::translate("Desk::Gui::MessageKindText", "File"), name);
    }
    if (type == QLatin1String("unreadable")) {
        return QCoreApplication::translate("Desk::Gui::MessageKindText", "Unreadable message");
    }
    return QCoreApplication::translate("Desk::Gui::MessageKindText", "[%1 message]").arg(type);
}

QString messageKindLabel(const Core::Message &message)
{
    QString url = message.url;
    if (message.type == QLatin1String("location") && url.startsWith(QLatin1String("geo:"))) {
        url.clear();
    }
    return messageKindLabel(message.type, message.fileName.simplified(), url);
}

bool isPictureKind(const QString &type)
{
    return type == QLatin1String("image") || type == QLatin1String("photo")
        || type == QLatin1String("gif") || type == QLatin1String("sticker");
}

QString summaryLineText(const QString &storedLine)
{
    // Only a whole marker of lowercase letters counts: "[Ảnh 1] ..." typed by a citizen stays.
    if (!storedLine.startsWith(QLatin1Char('['))) {
        return storedLine;
    }
    const qsizetype close = storedLine.indexOf(QLatin1Char(']'));
    if (close < 2) {
        return storedLine;
    }
    const QString type = storedLine.mid(1, close - 1);
    for (const QChar c : type) {
        if (c < QLatin1Char('a') || c > QLatin1Char('z')) {
            return storedLine;
        }
    }
    const QString rest = storedLine.mid(close + 1);
    if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(' '))) {
        return storedLine;
    }
    return messageKindLabel(type, rest.trimmed());
}

} // namespace Desk::Gui
