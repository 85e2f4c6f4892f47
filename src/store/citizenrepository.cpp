// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/citizenrepository.h"

#include "core/vietnamtime.h"
#include "store/casetext.h"
#include "store/database.h"
#include "store/searchindex.h"

#include <QSqlQuery>

namespace Desk::Store {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT zalo_id, display_name, avatar_url, phone, address, shared_info_json, is_follower, "
    "profile_fetched, search_text FROM citizens WHERE zalo_id = ?");

/** Incoming text wins when it says something and `allowed` (profile fields: fetched only). */
void mergeText(QString &stored, const QString &incoming, bool allowed)
{
    if (!incoming.isEmpty() && (allowed || stored.isEmpty())) {
        stored = incoming;
    }
}

bool sameCitizen(const Core::Citizen &a, const Core::Citizen &b)
{
    return a.displayName == b.displayName && a.avatarUrl == b.avatarUrl && a.phone == b.phone
        && a.address == b.address && a.sharedInfoJson == b.sharedInfoJson
        && a.isFollower == b.isFollower && a.profileFetched == b.profileFetched;
}

/** `stored` with what `incoming` says merged in. */
Core::Citizen merged(const Core::Citizen &stored, const Core::Citizen &incoming)
{
    Core::Citizen result = stored;
    mergeText(result.displayName, incoming.displayName.simplified(), true);
    mergeText(result.avatarUrl, incoming.avatarUrl, true);
    mergeText(result.phone, incoming.phone.trimmed(), incoming.profileFetched);
    mergeText(result.address, incoming.address.simplified(), incoming.profileFetched);
    mergeText(result.sharedInfoJson, incoming.sharedInfoJson, incoming.profileFetched);
    if (incoming.profileFetched) {
        result.isFollower = incoming.isFollower;
    }
    result.profileFetched = stored.profileFetched || incoming.profileFetched;
    return result;
}

/** The citizens row's values in column order, zalo_id first. */
QVariantList rowValues(const Core::Citizen &citizen, const QString &searchText)
{
    return {citizen.zaloId, textValue(citizen.displayName), textValue(citizen.avatarUrl),
        textValue(citizen.phone), textValue(citizen.address), textValue(citizen.sharedInfoJson),
        citizen.isFollower ? 1 : 0, citizen.profileFetched ? 1 : 0, textValue(searchText),
        Core::nowMs()};
}

} // namespace

bool CitizenRepository::upsert(const Core::Citizen &citizen, Upserted *upserted)
{
    if (citizen.zaloId.isEmpty()) {
        return m_db.fail(QStringLiteral("citizen without a Zalo id"));
    }
    // Sync mostly meets citizens for the first time: the plain insert goes first, so a new
    // citizen costs one statement (a round trip on PostgreSQL), not a read and then a write.
    Core::Citizen blank;
    blank.zaloId = citizen.zaloId;
    const Core::Citizen fresh = merged(blank, citizen);
    const QString freshSearchText = CaseText::citizenSearchText(fresh.displayName, fresh.phone);
    const qint64 inserted = m_db.insertReturningId(
        m_db.statement(QStringLiteral(
            "INSERT INTO citizens(zalo_id, display_name, avatar_url, phone, address, "
            "shared_info_json, is_follower, profile_fetched, search_text, updated_at_ms) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(zalo_id) DO NOTHING RETURNING 1")),
        rowValues(fresh, freshSearchText), QStringLiteral("storing a citizen"));
    if (inserted != 0) {
        if (upserted) {
            upserted->created = true;
            upserted->searchText = freshSearchText;
        }
        return inserted > 0;
    }

    QSqlQuery *select = m_db.query(kSelect, {citizen.zaloId}, QStringLiteral("reading a citizen"));
    if (!select) {
        return false;
    }
    Core::Citizen stored;
    stored.zaloId = citizen.zaloId;
    QString oldSearchText;
    if (!select->next()) {
        select->finish();
        // Gone between the two statements: only a second writer deleting citizens could do it.
        return m_db.fail(
            QStringLiteral("citizen %1 vanished while being stored").arg(citizen.zaloId));
    }
    stored.displayName = select->value(1).toString();
    stored.avatarUrl = select->value(2).toString();
    stored.phone = select->value(3).toString();
    stored.address = select->value(4).toString();
    stored.sharedInfoJson = select->value(5).toString();
    stored.isFollower = select->value(6).toBool();
    stored.profileFetched = select->value(7).toBool();
    oldSearchText = select->value(8).toString();
    select->finish();

    const Core::Citizen update = merged(stored, citizen);
    if (upserted) {
        upserted->created = false;
        upserted->searchText = oldSearchText;
    }
    if (sameCitizen(stored, update)) {
        return true;
    }

    const QString searchText = CaseText::citizenSearchText(update.displayName, update.phone);
    if (upserted) {
        upserted->searchText = searchText;
    }
    QSqlQuery *write = m_db.statement(QStringLiteral(
        "UPDATE citizens SET display_name = ?, avatar_url = ?, phone = ?, address = ?, "
        "shared_info_json = ?, is_follower = ?, profile_fetched = ?, search_text = ?, "
        "updated_at_ms = ? WHERE zalo_id = ?"));
    QVariantList values = rowValues(update, searchText);
    values.append(values.takeFirst()); // the id goes last, into WHERE
    if (!m_db.run(write, values, QStringLiteral("storing a citizen"))) {
        return false;
    }
    if (searchText != oldSearchText) {
        return m_search.reindexCitizen(update.zaloId, oldSearchText, searchText);
    }
    return true;
}

bool CitizenRepository::ensure(const QString &zaloId)
{
    return m_db.run(m_db.statement(QStringLiteral(
                        "INSERT INTO citizens(zalo_id) VALUES(?) ON CONFLICT(zalo_id) DO NOTHING")),
        {zaloId}, QStringLiteral("storing a citizen"));
}

std::optional<Core::Citizen> CitizenRepository::find(const QString &zaloId, bool *ok)
{
    QSqlQuery *select = m_db.query(kSelect, {zaloId}, QStringLiteral("reading a citizen"));
    if (ok) {
        *ok = select != nullptr;
    }
    if (!select) {
        return std::nullopt;
    }
    StatementReset reset(select);
    if (!select->next()) {
        return std::nullopt;
    }
    Core::Citizen citizen;
    citizen.zaloId = select->value(0).toString();
    citizen.displayName = select->value(1).toString();
    citizen.avatarUrl = select->value(2).toString();
    citizen.phone = select->value(3).toString();
    citizen.address = select->value(4).toString();
    citizen.sharedInfoJson = select->value(5).toString();
    citizen.isFollower = select->value(6).toBool();
    citizen.profileFetched = select->value(7).toBool();
    return citizen;
}

QString CitizenRepository::searchText(const QString &zaloId, bool *ok)
{
    return m_db
        .scalar(QStringLiteral("SELECT search_text FROM citizens WHERE zalo_id = ?"), {zaloId},
            QStringLiteral("reading a citizen"), ok)
        .toString();
}

} // namespace Desk::Store
