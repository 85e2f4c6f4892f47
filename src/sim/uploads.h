// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/httpmessage.h"

#include <QHash>
#include <QString>
#include <optional>

namespace Desk::Sim {

/** What the three upload endpoints accept; gif and image ids are both attachment ids. */
enum class AssetKind { Image, Gif, File };

struct UploadedAsset
{
    AssetKind kind = AssetKind::Image;
    QString fileName;
    QByteArray contentType;
    QByteArray bytes;
    qint64 uploadedMs = 0;
};

/**
 * Uploaded attachments (POST /v2.0/oa/upload/image|gif|file) by the id or token the OA
 * returned. Ids expire after a lifetime (7 days at Zalo); using an expired one gives -100.
 */
class UploadStore
{
public:
    explicit UploadStore(quint64 seed)
        : m_seed(seed)
    { }

    enum class Lookup { Valid, Unknown, Expired };

    /** Stores the asset; returns its attachment id (image, gif) or token (file). */
    QString add(UploadedAsset asset);
    const UploadedAsset *find(const QString &id) const;
    /** An id of one of `kinds` that has not outlived `lifetimeMs` at `nowMs`. */
    Lookup lookup(const QString &id, std::initializer_list<AssetKind> kinds, qint64 nowMs,
        qint64 lifetimeMs) const;
    /** Makes every stored id older than `lifetimeMs`. */
    void expireAll(qint64 nowMs, qint64 lifetimeMs);
    int count() const { return int(m_assets.size()); }

private:
    quint64 m_seed;
    quint64 m_counter = 0;
    QHash<QString, UploadedAsset> m_assets;
};

/** The `field` part of a multipart/form-data body. */
struct MultipartPart
{
    QString fileName; // empty if the part has none
    QByteArray contentType;
    QByteArray data;
};
std::optional<MultipartPart> multipartField(const HttpRequest &request, QByteArrayView field);

/**
 * Checks an upload like the OA does: file name extension (none: success with empty data),
 * type by extension and by the first bytes (-201), size (-210). Returns the Zalo error
 * code (0: accepted) and the message.
 */
int checkUpload(AssetKind kind, const MultipartPart &part, QString *message);

} // namespace Desk::Sim
