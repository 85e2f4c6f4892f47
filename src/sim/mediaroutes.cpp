// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/mediaroutes.h"

#include "sim/simstate.h"

namespace Desk::Sim {

namespace {

HttpResponse file(const QByteArray &bytes, const QByteArray &contentType)
{
    HttpResponse response = HttpResponse::text(200, bytes, contentType);
    // Real CDN media is immutable per URL; let clients cache it.
    response.headers.emplaceBack("Cache-Control", "public, max-age=86400");
    return response;
}

HttpResponse notFound()
{
    return HttpResponse::text(404, "not found\n");
}

} // namespace

std::optional<HttpResponse> MediaRoutes::handle(const HttpRequest &request)
{
    if (!request.path.startsWith("/media/"))
        return std::nullopt;
    if (request.method != "GET")
        return HttpResponse::text(405, "GET only\n");
    SimState &s = m_state;
    const QString path = QString::fromUtf8(request.path.mid(int(sizeof("/media/")) - 1));
    const QString name = path.section(QLatin1Char('/'), -1);
    const QString folder = path.section(QLatin1Char('/'), 0, -2);

    if (folder == QLatin1String("avatar") && name.endsWith(QLatin1String(".png"))) {
        const int size = request.queryItem("size").toInt();
        const QString id = name.chopped(4);
        if (id == QLatin1String("oa"))
            return file(s.media.avatarPng(QStringLiteral("HCC"), 0, 120), "image/png");
        const auto citizen = s.data.findCitizen(id);
        if (!citizen)
            return notFound();
        return file(s.media.avatarPng(s.renderer.persona(*citizen).initials,
                        s.data.citizen(*citizen).personaSeed, size > 0 ? size : 120),
            "image/png");
    }
    if (folder == QLatin1String("image") && name.endsWith(QLatin1String(".jpg"))) {
        QString id = name.chopped(4);
        const bool thumbnail = id.endsWith(QLatin1String("_thumb"));
        if (thumbnail)
            id.chop(6);
        const auto message = s.data.findMessage(id);
        if (!message)
            return notFound();
        const MessageRecord &m = s.data.message(*message);
        const Corpus::Template &t = Corpus::templateAt(m.templateId);
        const Corpus::Kind kind = m.custom ? Corpus::Kind::Text : Corpus::kindOf(t.role);
        if (kind != Corpus::Kind::Image && !(kind == Corpus::Kind::Gif && thumbnail))
            return notFound(); // a gif's still thumbnail is a JPEG like a photo's
        return file(
            s.media.documentJpeg(QString::fromLatin1(t.extra), m.payload, thumbnail), "image/jpeg");
    }
    if (folder == QLatin1String("attachment") && name.endsWith(QLatin1String(".jpg")))
        return file(
            s.media.documentJpeg(QStringLiteral("ANH DINH KEM"), qHash(name), false), "image/jpeg");
    if (folder == QLatin1String("upload")) {
        // What the OA was given through /upload/*, served back as sent messages link it.
        const UploadedAsset *asset = s.uploads.find(name);
        if (!asset)
            return notFound();
        return file(asset->bytes,
            asset->contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                         : asset->contentType);
    }
    if (folder == QLatin1String("files")) {
        if (name.endsWith(QLatin1String(".pdf")))
            return file(s.media.pdf(name), "application/pdf");
        if (name.endsWith(QLatin1String(".docx")))
            return file(s.media.docx(name),
                "application/"
                "vnd.openxmlformats-officedocument.wordprocessingml.document");
        return notFound();
    }
    if (folder == QLatin1String("gif") && name.endsWith(QLatin1String(".gif"))) {
        // The smallest valid GIF89a (1x1): enough for a client that fetches or sniffs it.
        static const QByteArray gif = QByteArray::fromBase64(
            "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
        return s.data.findMessage(name.chopped(4)) ? file(gif, "image/gif") : notFound();
    }
    if (folder == QLatin1String("voice") && name.endsWith(QLatin1String(".aac"))) {
        // An ADTS header and silence: a voice note's bytes, not its sound.
        static const QByteArray aac = QByteArray::fromHex("fff15080021ffc") + QByteArray(16, '\0');
        return s.data.findMessage(name.chopped(4)) ? file(aac, "audio/aac") : notFound();
    }
    if (folder == QLatin1String("sticker") && name.endsWith(QLatin1String(".png")))
        return file(s.media.stickerPng(name.chopped(4).toInt()), "image/png");
    if (path == QLatin1String("oa/cover.jpg"))
        return file(s.media.oaCoverJpeg(), "image/jpeg");
    return notFound();
}

} // namespace Desk::Sim
