// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/httpmessage.h"

#include <QTcpServer>
#include <functional>

class QTcpSocket;

namespace Desk::Sim {

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;

/**
 * One client connection: a minimal HTTP/1.1 reader (request line, headers, Content-Length
 * body) with keep-alive. Requests on one connection are answered strictly in order; while a
 * delayed answer is pending, later bytes wait in the buffer. That is all QNetworkAccessManager
 * needs (it does not pipeline by default), and owning the socket lets the simulator delay,
 * drop or corrupt answers, which Qt HttpServer would not allow.
 */
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, const HttpHandler &handler, QObject *parent = nullptr);

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;

private:
    enum class Parse { Incomplete, Complete, Failed };

    void onReadyRead();
    void processBuffer();
    Parse parseHead(int *failStatus);
    void dispatch();
    void send(const HttpResponse &response, bool keepAlive);
    void failAndClose(int status, const QByteArray &why);

    QTcpSocket *m_socket;
    const HttpHandler &m_handler;
    QByteArray m_buffer;
    HttpRequest m_request; // being read
    bool m_haveHead = false; // request line and headers of m_request are parsed
    qsizetype m_bodyLength = 0; // Content-Length of m_request
    bool m_busy = false; // a delayed response is pending
    bool m_closing = false;
};

/** Accepts connections and hands each one an HttpConnection sharing one request handler. */
class HttpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit HttpServer(HttpHandler handler, QObject *parent = nullptr);

    int openConnections() const { return m_openConnections; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    HttpHandler m_handler;
    int m_openConnections = 0;
};

} // namespace Desk::Sim
