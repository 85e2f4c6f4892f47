// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCache>
#include <QString>

namespace Desk::Sim {

/**
 * Small but real media files for the URLs in generated rows: avatars (initials on a coloured
 * circle), photos of papers (a card with a label), stickers, the OA's avatar and cover, and
 * tiny valid PDF/DOCX files. Clients can download, decode and display them like Zalo's CDN
 * files. Results are cached by key; everything is deterministic.
 */
class MediaFactory
{
public:
    MediaFactory();

    QByteArray avatarPng(const QString &initials, quint64 colourSeed, int size);
    QByteArray documentJpeg(const QString &label, quint64 seed, bool thumbnail);
    QByteArray stickerPng(int number);
    QByteArray oaCoverJpeg();
    QByteArray pdf(const QString &title);
    /** A minimal WordprocessingML package (stored, uncompressed zip) with one paragraph. */
    QByteArray docx(const QString &title);

private:
    template<typename Make> QByteArray cached(const QString &key, Make make);

    QCache<QString, QByteArray> m_cache; // cost = bytes
};

} // namespace Desk::Sim
