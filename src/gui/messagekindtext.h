// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QString>

namespace Desk::Gui {

/**
 * The label staff see for a message that is more than text (translated): "Image",
 * "Animated image (GIF)", "Sticker", "Link: <title>", "Location: <address>", "Voice
 * message", "File: <name>", "Unreadable message". Empty for plain text. `name` is what
 * Core::Message::fileName holds for the kind (file name, link title, address); a link
 * without a title falls back to `url`.
 */
QString messageKindLabel(const QString &type, const QString &name, const QString &url = {});
QString messageKindLabel(const Core::Message &message);
/** True for kinds whose url is a picture the timeline can show (image, gif, sticker). */
bool isPictureKind(const QString &type);
/**
 * The inbox line: a stored summary marker (Store::CaseText::summaryLine, "[image]",
 * "[link] <title>") as its label; any other line as it is.
 */
QString summaryLineText(const QString &storedLine);

} // namespace Desk::Gui
