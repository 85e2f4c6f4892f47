// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/imagesource.h"

#include <QCache>
#include <QSet>

class QNetworkAccessManager;

namespace Desk {

/**
 * Loads thumbnails and avatars over HTTP(S) for the widgets, keeping decoded pictures in
 * a bounded memory cache. Failures are remembered so a dead link is not fetched again and
 * again while the user scrolls.
 */
class NetworkImageSource : public Gui::ImageSource
{
    Q_OBJECT
public:
    explicit NetworkImageSource(QObject *parent = nullptr);

    QPixmap image(const QUrl &url) override;
    int pendingCount() const override { return m_pending.size(); }

private:
    QNetworkAccessManager *m_network;
    QCache<QUrl, QPixmap> m_cache;
    QSet<QUrl> m_pending;
    QSet<QUrl> m_failed;
};

} // namespace Desk
