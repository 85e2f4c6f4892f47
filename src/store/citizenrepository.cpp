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

} // namespace

bool CitizenRepository::upsert(const Core::Citizen &citizen, Upserted *upserted)
{
    if (citizen.zaloId.isEmpty()) {
        return m_db.fail(QStringLiteral("citizen without a Zalo id"));
    }
    QSqlQuery *select = m_db.query(kSelect, {citizen.zaloId}, QStringLiteral("reading a citizen"));
    if (!select) {
        return false;
    }
    Core::Citizen stored;
    stored.zaloId = citizen.zaloId;
    QString oldSearchText;
    const bool exists = select->next();
    if (exists) {
        stored.displayName = select->value(1).toString();
        stored.avatarUrl = select->value(2).toString();
        stored.phone = select->value(3).toString();
        stored.address = select->value(4).toString();
        stored.sharedInfoJson = select->value(5).toString();
        stored.isFollower = select->value(6).toBool();
        stored.profileFetched = select->value(7).toBool();
        oldSearchText = select->value(8).toString();
    }
    select->finish();

    Core::Citizen merged = stored;
    mergeText(merged.displayName, citizen.displayName.simplified(), true);
    mergeText(merged.avatarUrl, citizen.avatarUrl, true);
    mergeText(merged.phone, citizen.phone.trimmed(), citizen.profileFetched);
    mergeText(merged.address, citizen.address.simplified(), citizen.profileFetched);
    mergeText(merged.sharedInfoJson, citizen.sharedInfoJson, citizen.profileFetched);
    if (citizen.profileFetched) {
        merged.isFollower = citizen.isFollower;
    }
    merged.profileFetched = stored.profileFetched || citizen.profileFetched;
    if (upserted) {
        upserted->created = !exists;
        upserted->searchText = oldSearchText;
    }
    if (exists && sameCitizen(stored, merged)) {
        return true;
    }

    const QString searchText = CaseText::citizenSearchText(merged.displayName, merged.phone);
    if (upserted) {
        upserted->searchText = searchText;
    }
    QSqlQuery *write = m_db.statement(QStringLiteral(
        "INSERT INTO citizens(zalo_id, display_name, avatar_url, phone, address, "
        "shared_info_json, is_follower, profile_fetched, search_text, updated_at_ms) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(zalo_id) DO UPDATE SET display_name = excluded.display_name, "
        "avatar_url = excluded.avatar_url, phone = excluded.phone, address = excluded.address, "
        "shared_info_json = excluded.shared_info_json, is_follower = excluded.is_follower, "
        "profile_fetched = excluded.profile_fetched, search_text = excluded.search_text, "
        "updated_at_ms = excluded.updated_at_ms"));
    if (!m_db.run(write,
            {merged.zaloId, textValue(merged.displayName), textValue(merged.avatarUrl),
                textValue(merged.phone), textValue(merged.address),
                textValue(merged.sharedInfoJson), merged.isFollower ? 1 : 0,
                merged.profileFetched ? 1 : 0, textValue(searchText), Core::nowMs()},
            QStringLiteral("storing a citizen"))) {
        return false;
    }
    if (exists && searchText != oldSearchText) {
        return m_search.reindexCitizen(merged.zaloId, oldSearchText, searchText);
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
