// SPDX-License-Identifier: GPL-3.0-or-later
// Typing into a widget as a Vietnamese keyboard (Telex/VNI) delivers text: one key event per
// composed character, carrying the character as its text. QTest::keyClicks() maps characters
// to keys and takes Latin-1 only; on Windows a typed path holds the user's name ("Nguyễn").
#pragma once

#include <QApplication>
#include <QKeyEvent>
#include <QString>
#include <QWidget>

namespace Desk::TestSupport {

/** Types @p text into @p widget, a press and a release per character, diacritics included. */
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace Desk::TestSupport
