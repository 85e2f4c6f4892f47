// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/faultinjector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Desk::Sim {

void FaultInjector::setRates(
    int latencyMs, double http5xxRate, double dropRate, double malformedRate)
{
    m_latencyMs = qMax(0, latencyMs);
    m_http5xxRate = qBound(0.0, http5xxRate, 1.0);
    m_dropRate = qBound(0.0, dropRate, 1.0);
    m_malformedRate = qBound(0.0, malformedRate, 1.0);
}

FaultInjector::Fault FaultInjector::next()
{
    // Always draw all three, so the sequence of decisions for one kind of fault does not
    // shift when another rate changes.
    const double drop = m_rng.real();
    const double serverError = m_rng.real();
    const double malformed = m_rng.real();
    if (drop < m_dropRate)
        return Fault::Drop;
    if (serverError < m_http5xxRate)
        return Fault::ServerError;
    if (malformed < m_malformedRate)
        return Fault::Malformed;
    return Fault::None;
}

HttpResponse FaultInjector::serviceUnavailable()
{
    return HttpResponse::text(503,
        "<html><head><title>503 Service Temporarily Unavailable</title></head>"
        "<body><center><h1>503 Service Temporarily Unavailable</h1></center>"
        "<hr><center>nginx</center></body></html>\n",
        "text/html");
}

void FaultInjector::corruptRows(QByteArray *envelope)
{
    if (m_corruptRowRate <= 0)
        return;
    QJsonObject object = QJsonDocument::fromJson(*envelope).object();
    QJsonArray rows = object.value(QLatin1String("data")).toArray();
    if (rows.isEmpty())
        return;
    bool changed = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (m_rng.real() >= m_corruptRowRate)
            continue;
        QJsonObject row = rows.at(i).toObject();
        switch (m_rng.below(6)) {
        case 0:
            row.remove(QLatin1String("message_id"));
            break;
        case 1:
            row.remove(QLatin1String("time"));
            break;
        case 2:
            row.remove(QLatin1String("src"));
            break;
        case 3:
            row.remove(
                QLatin1String(row.value(QLatin1String("src")).toInt() == 1 ? "from_id" : "to_id"));
            break;
        case 4:
            row.insert(QLatin1String("time"), QJsonObject {{QStringLiteral("ms"), 0}});
            break;
        default:
            row.insert(QLatin1String("src"), QStringLiteral("citizen"));
            break;
        }
        rows[i] = row;
        changed = true;
    }
    if (!changed)
        return;
    object.insert(QLatin1String("data"), rows);
    *envelope = QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void FaultInjector::corrupt(HttpResponse *response)
{
    QByteArray &body = response->body;
    if (body.size() < 4)
        body = "{\"data\":";
    else
        body.truncate(body.size() / 2);
    // A cut that happens to end a complete value (e.g. "{}") would still parse.
    if (body.endsWith('}') || body.endsWith(']'))
        body.chop(1);
}

} // namespace Desk::Sim
