// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QString>
#include <optional>

namespace Desk::Store {

class Database;
class SearchIndex;

/** The `citizens` table. Writes run inside the caller's transaction. */
class CitizenRepository
{
public:
    CitizenRepository(Database &db, SearchIndex &search)
        : m_db(db)
        , m_search(search)
    { }

    /**
     * Merges `citizen` into the stored row. Conversation rows only carry a name and an
     * avatar, so empty fields never wipe stored ones, and phone/address/shared info/follower
     * state are only replaced by a fetched profile (or fill a gap). Writes nothing when
     * nothing changed; re-indexes the citizen's case documents when name or phone changed.
     */
    struct Upserted
    {
        bool created = false; // the citizen was not stored before
        QString searchText; // what their case documents are indexed with now
    };
    bool upsert(const Core::Citizen &citizen, Upserted *upserted = nullptr);
    /** A bare row so cases and messages can reference a citizen known only by id. */
    bool ensure(const QString &zaloId);
    std::optional<Core::Citizen> find(const QString &zaloId, bool *ok = nullptr);
    /** The folded name + phone that the citizen's case documents are indexed with. */
    QString searchText(const QString &zaloId, bool *ok);

private:
    Database &m_db;
    SearchIndex &m_search;
};

} // namespace Desk::Store
