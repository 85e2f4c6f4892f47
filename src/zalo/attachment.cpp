// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/attachment.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Desk::Zalo {

namespace {

constexpr qint64 kMiB = 1024 * 1024;

struct Format
{
    Attachment::Kind kind;
    const char *extension;
    const char *label;
    const char *mimeType;
    QByteArrayView signature;
};

// Signatures: JPEG SOI marker, the PNG file signature, GIF87a/89a, the PDF header, the OLE2
// compound document (.doc) and the ZIP local file header (.docx is a ZIP package).
const Format kFormats[] = {
    {Attachment::Kind::Image, "jpg", "JPG", "image/jpeg", "\xFF\xD8\xFF"},
    {Attachment::Kind::Image, "jpeg", "JPG", "image/jpeg", "\xFF\xD8\xFF"},
    {Attachment::Kind::Image, "png", "PNG", "image/png", "\x89PNG\r\n\x1A\n"},
    {Attachment::Kind::Gif, "gif", "GIF", "image/gif", "GIF8"},
    {Attachment::Kind::File, "pdf", "PDF", "application/pdf", "%PDF-"},
    {Attachment::Kind::File, "doc", "DOC", "application/msword",
        "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"},
    {Attachment::Kind::File, "docx", "DOCX",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\x03\x04"},
};

bool fits(Attachment::Kind kind, Attachment::Purpose purpose)
{
    return (purpose == Attachment::Purpose::File) == (kind == Attachment::Kind::File);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeTraditionalFormat);
}

std::optional<Attachment> fail(QString *problem, const QString &text)
{
    if (problem)
        *problem = text;
    return std::nullopt;
}

} // namespace

QString Attachment::uploadPath() const
{
    switch (kind) {
    case Kind::Image:
        return QStringLiteral("/v2.0/oa/upload/image");
    case Kind::Gif:
        return QStringLiteral("/v2.0/oa/upload/gif");
    case Kind::File:
        return QStringLiteral("/v2.0/oa/upload/file");
    }
    return {};
}

qint64 Attachment::sizeLimit(Kind kind)
{
    return kind == Kind::Image ? 1 * kMiB : 5 * kMiB;
}

std::optional<Attachment> Attachment::load(const QString &path, Purpose purpose, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(problem,
            QCoreApplication::translate("Desk::Zalo::Attachment", "The file cannot be read: %1")
                .arg(file.errorString()));
    // Never read more than the largest limit allows: a 2 GB video must not fill memory.
    const qint64 size = file.size();
    QByteArray bytes = file.read(qMin<qint64>(size, 5 * kMiB + 1));
    if (size > bytes.size())
        bytes.resize(qsizetype(qMin<qint64>(size, 5 * kMiB + 1)));
    return check(QFileInfo(path).fileName(), std::move(bytes), purpose, problem);
}

std::optional<Attachment> Attachment::check(
    const QString &fileName, QByteArray bytes, Purpose purpose, QString *problem)
{
    const QString extension = QFileInfo(fileName).suffix().toLower();
    if (extension.isEmpty())
        return fail(problem,
            QCoreApplication::translate("Desk::Zalo::Attachment",
                "The file name \"%1\" has no extension (.jpg, .png, .pdf ...), so Zalo would "
                "not accept it. Rename the file with the right extension.")
                .arg(fileName));
    const Format *format = nullptr;
    for (const Format &candidate : kFormats) {
        if (fits(candidate.kind, purpose) && extension == QLatin1String(candidate.extension))
            format = &candidate;
    }
    if (!format)
        return fail(problem,
            purpose == Purpose::Image ? QCoreApplication::translate(
                "Desk::Zalo::Attachment", "Only JPG, PNG or GIF images can be sent through Zalo.")
                                      : QCoreApplication::translate("Desk::Zalo::Attachment",
                                          "Only PDF, DOC or DOCX files can be sent through Zalo."));
    if (bytes.isEmpty())
        return fail(problem,
            QCoreApplication::translate("Desk::Zalo::Attachment", "The file \"%1\" is empty.")
                .arg(fileName));
    if (!QByteArrayView(bytes).startsWith(format->signature))
        return fail(problem,
            QCoreApplication::translate("Desk::Zalo::Attachment",
                "The content of \"%1\" is not a real %2 file (the name and the content do not "
                "match). Save or export the file again in the right format.")
                .arg(fileName, QLatin1String(format->label)));
    const qint64 limit = sizeLimit(format->kind);
    if (bytes.size() > limit)
        return fail(problem,
            QCoreApplication::translate("Desk::Zalo::Attachment",
                "\"%1\" is larger than the %2 Zalo accepts for this kind of file. Make it "
                "smaller (compress it or scan at a lower resolution).")
                .arg(fileName, sizeText(limit)));
    Attachment attachment;
    if (format->kind == Attachment::Kind::Gif) {
        // GIF87a/89a: "GIF8?a", then the logical screen width and height, 16-bit little
        // endian. Zalo needs both in the message; a header without them is no usable GIF.
        const auto word = [&bytes](int at) {
            return int(quint8(bytes.at(at))) | int(quint8(bytes.at(at + 1))) << 8;
        };
        if (bytes.size() >= 10) {
            attachment.width = word(6);
            attachment.height = word(8);
        }
        if (attachment.width <= 0 || attachment.height <= 0)
            return fail(problem,
                QCoreApplication::translate("Desk::Zalo::Attachment",
                    "The content of \"%1\" is not a real %2 file (the name and the content do "
                    "not match). Save or export the file again in the right format.")
                    .arg(fileName, QLatin1String(format->label)));
    }
    attachment.kind = format->kind;
    attachment.fileName = fileName;
    attachment.mimeType = format->mimeType;
    attachment.bytes = std::move(bytes);
    return attachment;
}

} // namespace Desk::Zalo
