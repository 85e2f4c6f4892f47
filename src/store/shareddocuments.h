// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Desk::Store {

class Database;

/**
 * Settings a whole team shares, kept as JSON documents in the team database (the calendar's
 * overrides, business hours). A single desk keeps the same documents as files beside its
 * SQLite file; a team's desks have no common folder, so PostgreSQL holds them, and only
 * administrators may change them (the database's grants say so, not only the UI).
 */
namespace SharedDocuments {

inline const QString kCalendar = QStringLiteral("calendar");
inline const QString kBusinessHours = QStringLiteral("business_hours");

struct Document
{
    QByteArray json;
    qint64 updatedAtMs = 0;
};

/** nullopt when it was never saved (or on failure: then `ok` is false and `db` says why). */
std::optional<Document> read(Database &db, const QString &name, bool *ok = nullptr);
bool write(Database &db, const QString &name, const QByteArray &json, qint64 nowMs);

} // namespace SharedDocuments

namespace TeamKeys {
/** The document team-init records the service key's fingerprint in (never the key). */
inline const QString kServiceKeyDocument = QStringLiteral("service_key");
/** The fingerprint of the team's service key; empty when none was recorded. */
QString recordedFingerprint(Database &db);
bool recordFingerprint(Database &db, const QString &fingerprint, qint64 nowMs);
} // namespace TeamKeys
} // namespace Desk::Store
