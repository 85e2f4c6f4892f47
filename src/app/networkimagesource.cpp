// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/networkimagesource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Desk {

namespace {
constexpr int kCacheCostKb = 64 * 1024; // 64 MB of decoded pixels
constexpr int kMaxImageBytes = 5 * 1024 * 1024;
} // namespace

NetworkImageSource::NetworkImageSource(QObject *parent)
    : Gui::ImageSource(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_cache(kCacheCostKb)
{
    m_network->setTransferTimeout(15000);
}

QPixmap NetworkImageSource::image(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty()) {
        return {};
    }
    if (const QPixmap *cached = m_cache.object(url)) {
        return *cached;
    }
    if (m_pending.contains(url) || m_failed.contains(url)) {
        return {};
    }
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        m_failed.insert(url);
        return {};
    }
    m_pending.insert(url);
    QNetworkReply *reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        m_pending.remove(url);
        QPixmap pixmap;
        const QByteArray bytes = reply->read(kMaxImageBytes);
        if (reply->error() != QNetworkReply::NoError || !pixmap.loadFromData(bytes)) {
            m_failed.insert(url);
        } else {
            const int costKb = std::max(1, pixmap.width() * pixmap.height() * 4 / 1024);
            m_cache.insert(url, new QPixmap(pixmap), costKb);
        }
        emit imageReady(url);
    });
    return {};
}

} // namespace Desk
