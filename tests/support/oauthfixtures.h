// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's browser on the simulator's consent page, for the tests of the OA
// connection (CLI `authorize` and the Connect Zalo OA dialog).
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

namespace Desk::TestSupport {

/**
 * GETs the permission page `permission` without following the redirect and returns where it
 * leads (the callback address with code and state); empty when it does not redirect.
 */
inline QUrl followConsent(QNetworkAccessManager &network, const QUrl &permission)
{
    QNetworkRequest request(permission);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000)) {
        return {};
    }
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302) {
        return {};
    }
    return QUrl::fromEncoded(reply->rawHeader("Location"));
}

} // namespace Desk::TestSupport
