// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <initializer_list>

class QLabel;
class QWidget;

namespace Desk::Gui {

// Citizens' names, messages, addresses and file names come from outside (Zalo, the OA
// console, attachments): shown as the characters they are, never as markup. Qt guesses
// (Qt::mightBeRichText) whether tooltips, message boxes and labels in AutoText hold HTML, so
// "<b>x</b>" as a name would be bold and "<img src=...>" would load an image.

/** A tooltip that shows `text` literally, line breaks kept: escaped and wrapped so Qt takes
 *  it as rich text (escaped text alone would show "&amp;" where Qt guesses plain text). */
QString plainToolTip(const QString &text);

/** Labels that show such text: plain text, whatever Qt would guess. */
void setPlainText(std::initializer_list<QLabel *> labels);

/** QMessageBox::warning whose text is plain (it may quote a name, a file name, an error). */
void warnPlain(QWidget *parent, const QString &title, const QString &text);

} // namespace Desk::Gui
