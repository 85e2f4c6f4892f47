// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QSize>
#include <QString>

class QImage;

namespace Desk::Sim {

/**
 * A 5x7 pixel font for A-Z, 0-9 and a little punctuation. The simulator runs under
 * QCoreApplication (tests, the CLI), where QPainter::drawText is unavailable because there
 * is no font database; block letters drawn by hand work everywhere and look the same on
 * every machine.
 */
namespace BitmapFont {

/** Size of `text` (upper-cased, unknown characters as blanks) at `scale` pixels per dot. */
QSize measure(const QString &text, int scale);
void draw(QImage *image, const QString &text, int x, int y, int scale, const QColor &color);
/** Draws centred in the image at the largest scale that fits `maxWidth`, up to `maxScale`. */
void drawCentered(QImage *image, const QString &text, int centerY, int maxWidth, int maxScale,
    const QColor &color);

} // namespace BitmapFont
} // namespace Desk::Sim
