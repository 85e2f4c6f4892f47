// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/httpmessage.h"
#include "sim/uploads.h"

#include <QJsonObject>
#include <optional>

namespace Desk::Sim {

struct SimState;
struct CustomMessage;

/**
 * The OA endpoints: /v2.0 and /v3.0 API calls (rate limit, access_token header, Zalo
 * envelopes) and the OAuth host's /v4/oa/access_token and /v4/oa/permission.
 */
class OaApi
{
public:
    explicit OaApi(SimState &state)
        : m_state(state)
    { }

    /** nullopt if the path is not an OA or OAuth path. */
    std::optional<HttpResponse> handle(const HttpRequest &request);

    /** Zalo's error envelope: {"error":code,"message":text}, always HTTP 200. */
    static QJsonObject error(int code, const QString &message);
    static QJsonObject success(const QJsonValue &data);

private:
    HttpResponse api(const HttpRequest &request);
    // Handlers return the serialised body: row pages are written straight to JSON text.
    QByteArray dispatch(const HttpRequest &request, bool *known, bool *methodOk);
    QByteArray listRecentChat(const HttpRequest &request);
    /** The `data` parameter and the citizen its user_id names; an error body otherwise. */
    std::optional<quint32> citizenParam(
        const HttpRequest &request, QJsonObject *params, QByteArray *error) const;
    QByteArray conversation(const HttpRequest &request);
    QByteArray userDetail(const HttpRequest &request);
    QByteArray sendConsultation(const HttpRequest &request);
    /** The `attachment` of a send: fills `content`; an error body if Zalo would refuse it. */
    std::optional<QByteArray> readAttachment(
        const QJsonObject &attachment, CustomMessage *content) const;
    QByteArray uploadImage(const HttpRequest &request) { return upload(request, AssetKind::Image); }
    QByteArray uploadGif(const HttpRequest &request) { return upload(request, AssetKind::Gif); }
    QByteArray uploadFile(const HttpRequest &request) { return upload(request, AssetKind::File); }
    QByteArray upload(const HttpRequest &request, AssetKind kind);
    HttpResponse accessToken(const HttpRequest &request);
    HttpResponse permission(const HttpRequest &request);

    SimState &m_state;
};

} // namespace Desk::Sim
