// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/shareddocuments.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Desk::Store::SharedDocuments {

std::optional<Document> read(Database &db, const QString &name, bool *ok)
{
    QSqlQuery *query = db.query(
        QStringLiteral("SELECT body, updated_at_ms FROM shared_documents WHERE name = ?"), {name},
        QStringLiteral("reading the shared %1").arg(name));
    if (ok) {
        *ok = query != nullptr;
    }
    if (!query) {
        return std::nullopt;
    }
    StatementReset reset(query);
    if (!query->next()) {
        return std::nullopt;
    }
    return Document {query->value(0).toString().toUtf8(), query->value(1).toLongLong()};
}

bool write(Database &db, const QString &name, const QByteArray &json, qint64 nowMs)
{
    // The author is the database login (a column default), never a name the client sends.
    return db.run(db.statement(QStringLiteral(
                      "INSERT INTO shared_documents(name, body, updated_at_ms) VALUES(?, ?, ?) "
                      "ON CONFLICT(name) DO UPDATE SET body = excluded.body, "
                      "updated_at_ms = excluded.updated_at_ms, updated_by = current_user")),
        {name, QString::fromUtf8(json), nowMs}, QStringLiteral("saving the shared %1").arg(name));
}

} // namespace Desk::Store::SharedDocuments

namespace Desk::Store::TeamKeys {

QString recordedFingerprint(Database &db)
{
    const auto document = SharedDocuments::read(db, kServiceKeyDocument);
    return document ? QJsonDocument::fromJson(document->json)
                          .object()
                          .value(QLatin1String("fingerprint"))
                          .toString()
                    : QString();
}

bool recordFingerprint(Database &db, const QString &fingerprint, qint64 nowMs)
{
    const QJsonObject body {{QStringLiteral("fingerprint"), fingerprint}};
    return SharedDocuments::write(
        db, kServiceKeyDocument, QJsonDocument(body).toJson(QJsonDocument::Compact), nowMs);
}

} // namespace Desk::Store::TeamKeys
