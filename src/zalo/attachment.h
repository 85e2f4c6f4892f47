// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Desk::Zalo {

/**
 * A file checked against Zalo's upload rules BEFORE it is sent (reference §3.3): the
 * extension and the first bytes must agree on one accepted type, and the size must be within
 * the limit, so staff learn at once, in plain words, why a file cannot go out instead of
 * getting Zalo's bare -210 after a long upload.
 */
struct Attachment
{
    enum class Kind { Image, Gif, File };
    enum class Purpose {
        Image,
        File
    }; // uploadImage (jpg, png, gif) or uploadFile (pdf, doc, docx)

    Kind kind = Kind::Image;
    QString fileName; // as Zalo will see it; always has an extension
    QByteArray mimeType;
    QByteArray bytes;
    int width = 0; // gifs: the logical screen size from the header, which Zalo's gif
    int height = 0; // message element must carry (media_type "gif")

    /** /v2.0/oa/upload/image, /gif or /file. */
    QString uploadPath() const;
    /** Zalo's limit for this kind: 1 MB for images, 5 MB for gifs and files. */
    static qint64 sizeLimit(Kind kind);

    /**
     * Reads and checks `path`. nullopt and a translated `problem` when the file cannot be
     * read or Zalo would refuse it.
     */
    static std::optional<Attachment> load(const QString &path, Purpose purpose, QString *problem);
    /** The same checks on bytes already in memory. */
    static std::optional<Attachment> check(
        const QString &fileName, QByteArray bytes, Purpose purpose, QString *problem);
};

} // namespace Desk::Zalo
