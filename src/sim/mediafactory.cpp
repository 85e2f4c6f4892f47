// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/mediafactory.h"

#include "sim/bitmapfont.h"
#include "sim/corpus.h"
#include "sim/random.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <array>
#include <iterator>

namespace Desk::Sim {

namespace {

const QColor kPalette[] = {
    QColor(0x1E, 0x88, 0xE5),
    QColor(0x43, 0xA0, 0x47),
    QColor(0xE5, 0x39, 0x35),
    QColor(0x8E, 0x24, 0xAA),
    QColor(0xFB, 0x8C, 0x00),
    QColor(0x00, 0x89, 0x7B),
    QColor(0x5E, 0x35, 0xB1),
    QColor(0x6D, 0x4C, 0x41),
    QColor(0xD8, 0x1B, 0x60),
    QColor(0x39, 0x49, 0xAB),
};

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

QString asciiLabel(const QString &text)
{
    return Corpus::stripDiacritics(text).toUpper();
}

// --- zip (stored) writer for the DOCX package -------------------------------------------

quint32 crc32(const QByteArray &data)
{
    // A magic static: built once, safely, even with simulators in several threads.
    static const std::array<quint32, 256> table = []() {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

void put16(QByteArray *out, quint32 value)
{
    out->append(char(value & 0xFF));
    out->append(char((value >> 8) & 0xFF));
}

void put32(QByteArray *out, quint32 value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &files)
{
    constexpr quint32 kDosTime = 0; // 00:00:00
    constexpr quint32 kDosDate = (46 << 9) | (1 << 5) | 1; // 2026-01-01
    QByteArray out;
    QByteArray central;
    for (const auto &[name, content] : files) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(content);
        put32(&out, 0x04034B50);
        put16(&out, 20);
        put16(&out, 0);
        put16(&out, 0); // stored
        put16(&out, kDosTime);
        put16(&out, kDosDate);
        put32(&out, crc);
        put32(&out, quint32(content.size()));
        put32(&out, quint32(content.size()));
        put16(&out, quint32(name.size()));
        put16(&out, 0);
        out += name;
        out += content;

        put32(&central, 0x02014B50);
        put16(&central, 20);
        put16(&central, 20);
        put16(&central, 0);
        put16(&central, 0);
        put16(&central, kDosTime);
        put16(&central, kDosDate);
        put32(&central, crc);
        put32(&central, quint32(content.size()));
        put32(&central, quint32(content.size()));
        put16(&central, quint32(name.size()));
        put16(&central, 0);
        put16(&central, 0);
        put16(&central, 0);
        put16(&central, 0);
        put32(&central, 0);
        put32(&central, offset);
        central += name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(&out, 0x06054B50);
    put16(&out, 0);
    put16(&out, 0);
    put16(&out, quint32(files.size()));
    put16(&out, quint32(files.size()));
    put32(&out, quint32(central.size()));
    put32(&out, centralOffset);
    put16(&out, 0);
    return out;
}

QByteArray xmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

MediaFactory::MediaFactory()
    : m_cache(32 * 1024 * 1024)
{ }

template<typename Make> QByteArray MediaFactory::cached(const QString &key, Make make)
{
    if (const QByteArray *hit = m_cache.object(key))
        return *hit;
    auto *bytes = new QByteArray(make());
    const QByteArray copy = *bytes;
    m_cache.insert(key, bytes, qMax<qsizetype>(1, bytes->size()));
    return copy;
}

QByteArray MediaFactory::avatarPng(const QString &initials, quint64 colourSeed, int size)
{
    size = qBound(32, size, 480);
    const QString key = QStringLiteral("avatar/%1/%2/%3").arg(initials).arg(colourSeed).arg(size);
    return cached(key, [&]() {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(kPalette[colourSeed % std::size(kPalette)]);
            painter.drawEllipse(0, 0, size, size);
        }
        BitmapFont::drawCentered(
            &image, asciiLabel(initials), size / 2, size * 2 / 3, size / 12, Qt::white);
        return encode(image, "PNG");
    });
}

QByteArray MediaFactory::documentJpeg(const QString &label, quint64 seed, bool thumbnail)
{
    const QString key = QStringLiteral("doc/%1/%2/%3").arg(label).arg(seed).arg(thumbnail);
    return cached(key, [&]() {
        SplitMix64 rng(seed);
        constexpr int kWidth = 960;
        constexpr int kHeight = 720;
        QImage image(kWidth, kHeight, QImage::Format_RGB32);
        // A sheet of paper photographed on a table: coloured background, a slightly
        // offset white card, a header band, grey "text" lines and a red stamp.
        image.fill(QColor(0x8D + int(rng.below(40)), 0x6E + int(rng.below(30)), 0x63));
        const QColor accent = kPalette[rng.below(quint32(std::size(kPalette)))];
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            const int dx = int(rng.below(40));
            const QRect card(60 + dx, 40, kWidth - 140, kHeight - 80);
            painter.fillRect(card.translated(8, 8), QColor(0, 0, 0, 60));
            painter.fillRect(card, QColor(0xFB, 0xF8, 0xEF));
            painter.fillRect(QRect(card.left(), card.top(), card.width(), 120), accent);
            for (int line = 0; line < 9; ++line) {
                const int width = card.width() - 120 - int(rng.below(260));
                painter.fillRect(QRect(card.left() + 60, card.top() + 250 + line * 38, width, 12),
                    QColor(0xB0, 0xB0, 0xB0));
            }
            painter.setPen(QPen(QColor(0xD3, 0x2F, 0x2F), 8));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(QPoint(card.right() - 150, card.bottom() - 110), 80, 80);
        }
        BitmapFont::drawCentered(&image, asciiLabel(label), 40 + 60, kWidth - 240, 8, Qt::white);
        BitmapFont::drawCentered(
            &image, QStringLiteral("CA MAU"), 40 + 180, kWidth - 240, 5, QColor(0x42, 0x42, 0x42));
        if (thumbnail)
            image = image.scaled(240, 180, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        return encode(image, "JPG", 80);
    });
}

QByteArray MediaFactory::stickerPng(int number)
{
    return cached(QStringLiteral("sticker/%1").arg(number), [&]() {
        constexpr int kSize = 160;
        QImage image(kSize, kSize, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x5D, 0x40, 0x37), 6));
        painter.setBrush(number % 2 ? QColor(0xFF, 0xD5, 0x4F) : QColor(0xFF, 0xAB, 0x91));
        painter.drawEllipse(8, 8, kSize - 16, kSize - 16);
        painter.setBrush(QColor(0x5D, 0x40, 0x37));
        painter.drawEllipse(QPoint(55, 62), 9, 12);
        painter.drawEllipse(QPoint(105, 62), 9, 12);
        painter.setBrush(Qt::NoBrush);
        const int span = number % 3 == 0 ? 180 : 140;
        painter.drawArc(QRect(40, 60, 80, 60), -(90 - span / 2) * 16, -span * 16);
        painter.end();
        return encode(image, "PNG");
    });
}

QByteArray MediaFactory::oaCoverJpeg()
{
    return cached(QStringLiteral("oa/cover"), []() {
        QImage image(1280, 400, QImage::Format_RGB32);
        {
            QPainter painter(&image);
            QLinearGradient gradient(0, 0, 1280, 400);
            gradient.setColorAt(0, QColor(0x0D, 0x47, 0xA1));
            gradient.setColorAt(1, QColor(0x00, 0x89, 0x7B));
            painter.fillRect(image.rect(), gradient);
        }
        BitmapFont::drawCentered(
            &image, QStringLiteral("TRUNG TAM PHUC VU HANH CHINH CONG"), 170, 1180, 7, Qt::white);
        BitmapFont::drawCentered(&image, QStringLiteral("TINH CA MAU"), 260, 1180, 7, Qt::white);
        return encode(image, "JPG", 85);
    });
}

QByteArray MediaFactory::pdf(const QString &title)
{
    return cached(QStringLiteral("pdf/") + title, [&]() {
        // PDF strings: ASCII only here (Helvetica has no Vietnamese glyphs); escape ( ) \.
        QByteArray text = Corpus::stripDiacritics(title).toLatin1();
        text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        const QByteArray stream = "BT /F1 16 Tf 72 770 Td (" + text
            + ") Tj 0 -24 Td (Trung tam Phuc vu hanh chinh cong tinh Ca Mau) Tj ET\n";
        const QList<QByteArray> objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream
                + "endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        QByteArray out = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        for (int i = 0; i < objects.size(); ++i) {
            offsets.append(out.size());
            out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
        }
        const qsizetype xref = out.size();
        out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
        for (const qsizetype offset : offsets)
            out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
            + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return out;
    });
}

QByteArray MediaFactory::docx(const QString &title)
{
    return cached(QStringLiteral("docx/") + title, [&]() {
        const QByteArray header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
        const QByteArray contentTypes = header
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" ContentType=\"application/"
              "vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              "</Types>";
        const QByteArray rels = header
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
              "relationships\"><Relationship Id=\"rId1\" Type=\"http://"
              "schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        const QByteArray document = header
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
              "main\"><w:body><w:p><w:r><w:t>"
            + xmlEscape(title) + "</w:t></w:r></w:p><w:p><w:r><w:t>"
            + xmlEscape(QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Cà Mau"))
            + "</w:t></w:r></w:p></w:body></w:document>";
        return storedZip({{"[Content_Types].xml", contentTypes}, {"_rels/.rels", rels},
            {"word/document.xml", document}});
    });
}

} // namespace Desk::Sim
