// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPixmap>
#include <QUrl>

namespace Desk::Gui {

/**
 * Where widgets get pictures (image thumbnails, avatars) without touching the network
 * themselves: `image()` answers from cache or returns a null pixmap and starts loading;
 * `imageReady` tells the widget to repaint. The app wires in a network-backed source.
 */
class ImageSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QPixmap image(const QUrl &url) = 0;
    /** Loads still in flight; the screenshot waits for zero. */
    virtual int pendingCount() const = 0;

signals:
    void imageReady(const QUrl &url);
};

/** A source that never has pictures (tests, or when media loading is switched off). */
class NullImageSource : public ImageSource
{
    Q_OBJECT
public:
    using ImageSource::ImageSource;
    QPixmap image(const QUrl &) override { return {}; }
    int pendingCount() const override { return 0; }
};

} // namespace Desk::Gui
