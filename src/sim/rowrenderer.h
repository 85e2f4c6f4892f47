// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/corpus.h"
#include "sim/jsonwriter.h"
#include "sim/simdata.h"

#include <QCache>
#include <QJsonArray>
#include <QJsonObject>

namespace Desk::Sim {

/** The simulated Official Account (Trung tâm Phục vụ hành chính công tỉnh Cà Mau). */
namespace OaProfile {
inline constexpr char kOaId[] = "2874310554018367219";
QString name();
} // namespace OaProfile

/**
 * Turns compact records into the JSON the real OA sends: conversation rows, user/detail,
 * getoa. Text is rendered from the template and per-message seed at this point; the result
 * is NFC (as the client stores it) and, for citizens who type without accents, stripped.
 */
class RowRenderer
{
public:
    explicit RowRenderer(const SimData &data);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    const QString &baseUrl() const { return m_baseUrl; }

    QString text(quint32 message) const;
    /** One conversation row, in the field order of the reference sample. */
    void writeRow(JsonWriter *out, quint32 message) const;
    /** The whole success envelope around a page of rows. */
    QByteArray rowsEnvelope(const QList<quint32> &messages) const;
    QJsonObject userDetail(quint32 citizen) const;
    QJsonObject oaInfo() const;

    Corpus::Persona persona(quint32 citizen) const;
    QString userId(quint32 citizen) const;
    QString dossierCode(const CitizenRecord &citizen) const;
    QString avatarUrl(quint32 citizen, int size = 120) const;
    QString oaAvatarUrl() const;

    /** "dd/MM/yyyy" of a Vietnam day number (days since 1970-01-01). */
    static QString vnDate(qint32 day);
    /** Zalo's sent_time: "HH:mm:ss dd/MM/yyyy" in UTC+7. */
    static QString sentTime(qint64 utcMs);

private:
    QString fill(const QString &pattern, quint32 citizen, quint32 payload) const;
    void writeMedia(JsonWriter *out, quint32 message) const;

    const SimData &m_data;
    QString m_baseUrl;
    // Rows of one page mostly share a few citizens; deriving a persona costs a few µs.
    mutable QCache<quint32, Corpus::Persona> m_personas;
};

} // namespace Desk::Sim
