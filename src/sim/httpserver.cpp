// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/httpserver.h"

#include "sim/logging.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Desk::Sim {

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpHandler &handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
{
    socket->setParent(this);
    // Small request/response pairs on a kept-alive connection: without TCP_NODELAY, Nagle
    // plus delayed ACKs adds ~40 ms per exchange and caps a client at ~25 requests/s.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void HttpConnection::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_closing) {
        if (!m_haveHead) {
            int failStatus = 400;
            const Parse head = parseHead(&failStatus);
            if (head == Parse::Incomplete)
                return;
            if (head == Parse::Failed) {
                failAndClose(failStatus, "malformed request");
                return;
            }
        }
        if (m_buffer.size() < m_bodyLength)
            return;
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_haveHead = false;
        dispatch();
    }
}

HttpConnection::Parse HttpConnection::parseHead(int *failStatus)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > kMaxHeaderBytes) {
            *failStatus = 431;
            return Parse::Failed;
        }
        return Parse::Incomplete;
    }
    const QByteArrayView head = QByteArrayView(m_buffer).first(headEnd);
    m_request = HttpRequest();

    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = head.size();
    const QList<QByteArray> requestLine = head.first(lineEnd).toByteArray().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return Parse::Failed;
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    m_request.version = requestLine.at(2);

    const qsizetype questionMark = m_request.target.indexOf('?');
    const QByteArray rawPath
        = questionMark < 0 ? m_request.target : m_request.target.left(questionMark);
    m_request.path = QByteArray::fromPercentEncoding(rawPath);
    if (questionMark >= 0)
        m_request.query = m_request.target.mid(questionMark + 1);

    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        qsizetype end = head.indexOf("\r\n", pos);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(pos, end - pos);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Parse::Failed;
        m_request.headers.emplaceBack(line.first(colon).trimmed().toByteArray().toLower(),
            line.sliced(colon + 1).trimmed().toByteArray());
        pos = end + 2;
    }
    m_buffer.remove(0, headEnd + 4);

    const QByteArray connection = m_request.header("connection").toLower();
    if (m_request.version == "HTTP/1.0")
        m_request.keepAlive = connection.contains("keep-alive");
    else
        m_request.keepAlive = !connection.contains("close");

    if (!m_request.header("transfer-encoding").isEmpty()) {
        // Chunked uploads are not needed by any client of the simulator.
        *failStatus = 501;
        return Parse::Failed;
    }
    const QByteArray lengthText = m_request.header("content-length");
    bool ok = true;
    m_bodyLength = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || m_bodyLength < 0)
        return Parse::Failed;
    if (m_bodyLength > kMaxBodyBytes) {
        *failStatus = 413;
        return Parse::Failed;
    }
    if (m_request.header("expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_haveHead = true;
    return Parse::Complete;
}

void HttpConnection::dispatch()
{
    const HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    HttpResponse response = m_handler(request);
    const bool keepAlive = request.keepAlive;
    if (response.delayMs <= 0) {
        send(response, keepAlive);
        return;
    }
    m_busy = true;
    // The timer is owned by this connection, so it dies with it if the client hangs up.
    QTimer::singleShot(response.delayMs, this, [this, response, keepAlive]() {
        m_busy = false;
        send(response, keepAlive);
        if (!m_closing)
            processBuffer();
    });
}

void HttpConnection::send(const HttpResponse &response, bool keepAlive)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (response.drop) {
        // abort(), not close(): the client must see the connection die with no answer at
        // all, the way a dropped mobile link or a crashed proxy behaves.
        m_closing = true;
        m_socket->abort();
        deleteLater();
        return;
    }
    m_socket->write(response.serialize(keepAlive));
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::failAndClose(int status, const QByteArray &why)
{
    qCDebug(lcSim) << "closing connection after HTTP" << status << why;
    send(HttpResponse::text(status, why + '\n'), false);
    m_closing = true;
    m_buffer.clear();
}

HttpServer::HttpServer(HttpHandler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{ }

void HttpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcSim) << "cannot adopt socket:" << socket->errorString();
        delete socket;
        return;
    }
    auto *connection = new HttpConnection(socket, m_handler, this);
    ++m_openConnections;
    connect(connection, &QObject::destroyed, this, [this]() { --m_openConnections; });
}

} // namespace Desk::Sim
