// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <utility>

namespace Desk::Sim {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/** One parsed HTTP/1.1 request. Header names are lower-cased when parsed. */
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path plus optional "?query"
    QByteArray path; // percent-decoded path
    QByteArray query; // raw query string, still encoded
    QByteArray version;
    HttpHeaders headers;
    QByteArray body;
    bool keepAlive = true;

    /** Value of the first header named `lowerName`, empty if absent. */
    QByteArray header(QByteArrayView lowerName) const;
    /** Percent-decoded value of query parameter `name` ('+' stays '+', as in Qt and Zalo). */
    QByteArray queryItem(QByteArrayView name) const;
};

/**
 * What to send back, plus the fault knobs the connection acts on: a response can be delayed
 * or replaced by closing the socket.
 */
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    HttpHeaders headers;
    QByteArray body;
    bool drop = false; // close the connection without answering
    int delayMs = 0;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse text(int status, const QByteArray &body,
        const QByteArray &contentType = QByteArrayLiteral("text/plain"));

    /** Status line, headers and body, ready for the socket. */
    QByteArray serialize(bool keepAlive) const;
};

QByteArray reasonPhrase(int status);

} // namespace Desk::Sim
