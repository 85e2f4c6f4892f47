// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/uploads.h"

#include "sim/random.h"

#include <QRegularExpression>

namespace Desk::Sim {

namespace {

constexpr qint64 kMiB = 1024 * 1024;

struct TypeRule
{
    AssetKind kind;
    const char *extension;
    QByteArrayView magic;
};

// The first bytes of each accepted format: JPEG SOI marker, PNG signature, GIF87a/89a,
// PDF header, OLE2 compound file (.doc), ZIP local header (.docx).
const TypeRule kRules[] = {
    {AssetKind::Image, "jpg", "\xFF\xD8\xFF"},
    {AssetKind::Image, "jpeg", "\xFF\xD8\xFF"},
    {AssetKind::Image, "png", "\x89PNG\r\n\x1A\n"},
    {AssetKind::Gif, "gif", "GIF8"},
    {AssetKind::File, "pdf", "%PDF-"},
    {AssetKind::File, "doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"},
    {AssetKind::File, "docx", "PK\x03\x04"},
};

qint64 sizeLimit(AssetKind kind)
{
    return kind == AssetKind::Image ? 1 * kMiB : 5 * kMiB;
}

QString hex(quint64 value)
{
    return QString::number(value, 16).rightJustified(16, QLatin1Char('0'));
}

} // namespace

QString UploadStore::add(UploadedAsset asset)
{
    ++m_counter;
    const quint64 a = mix64(m_seed, 0xA77AC4 + m_counter);
    const quint64 b = mix64(a, m_counter);
    // File tokens are longer than attachment ids at Zalo; keep them apart the same way.
    QString id = hex(a) + hex(b);
    if (asset.kind == AssetKind::File)
        id += hex(mix64(b, 0xF11E));
    m_assets.insert(id, std::move(asset));
    return id;
}

const UploadedAsset *UploadStore::find(const QString &id) const
{
    const auto it = m_assets.constFind(id);
    return it == m_assets.constEnd() ? nullptr : &*it;
}

UploadStore::Lookup UploadStore::lookup(const QString &id, std::initializer_list<AssetKind> kinds,
    qint64 nowMs, qint64 lifetimeMs) const
{
    const UploadedAsset *asset = find(id);
    if (!asset || std::find(kinds.begin(), kinds.end(), asset->kind) == kinds.end())
        return Lookup::Unknown;
    return nowMs - asset->uploadedMs > lifetimeMs ? Lookup::Expired : Lookup::Valid;
}

void UploadStore::expireAll(qint64 nowMs, qint64 lifetimeMs)
{
    for (UploadedAsset &asset : m_assets)
        asset.uploadedMs = qMin(asset.uploadedMs, nowMs - lifetimeMs - 1);
}

std::optional<MultipartPart> multipartField(const HttpRequest &request, QByteArrayView field)
{
    static const QRegularExpression boundaryPattern(
        QStringLiteral("boundary=\"?([^\";]+)\"?"), QRegularExpression::CaseInsensitiveOption);
    const QString contentType = QString::fromLatin1(request.header("content-type"));
    if (!contentType.startsWith(QLatin1String("multipart/form-data"), Qt::CaseInsensitive))
        return std::nullopt;
    const QRegularExpressionMatch match = boundaryPattern.match(contentType);
    if (!match.hasMatch())
        return std::nullopt;
    const QByteArray delimiter = "--" + match.captured(1).toLatin1();
    const QByteArray &body = request.body;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break; // closing delimiter
        pos = body.indexOf("\r\n", pos);
        if (pos < 0)
            break;
        pos += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            break;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headEnd + 4);
        if (next < 0)
            break;
        MultipartPart part;
        QByteArray name;
        for (const QByteArray &line : body.mid(pos, headEnd - pos).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            const QByteArray lower = trimmed.toLower();
            if (lower.startsWith("content-type:")) {
                part.contentType = trimmed.mid(13).trimmed();
            } else if (lower.startsWith("content-disposition:")) {
                static const QRegularExpression param(QStringLiteral("(\\w+)=\"([^\"]*)\""));
                auto it = param.globalMatch(QString::fromUtf8(trimmed));
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    if (m.captured(1) == QLatin1String("name"))
                        name = m.captured(2).toUtf8();
                    else if (m.captured(1) == QLatin1String("filename"))
                        part.fileName = m.captured(2);
                }
            }
        }
        if (name == field) {
            part.data = body.mid(headEnd + 4, next - headEnd - 4);
            return part;
        }
        pos = next + 2;
    }
    return std::nullopt;
}

int checkUpload(AssetKind kind, const MultipartPart &part, QString *message)
{
    const QString extension = part.fileName.section(QLatin1Char('.'), -1).toLower();
    for (const TypeRule &rule : kRules) {
        if (rule.kind != kind || extension != QLatin1String(rule.extension))
            continue;
        if (!QByteArrayView(part.data).startsWith(rule.magic))
            break; // the name says one thing, the bytes another
        if (part.data.size() > sizeLimit(kind)) {
            *message = QStringLiteral("Parameter exceeds allowable limit");
            return -210;
        }
        *message = QStringLiteral("Success");
        return 0;
    }
    *message = QStringLiteral("file type is invalid!");
    return -201;
}

} // namespace Desk::Sim
