// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Desk::Store {
class Database;
}

/** The team database's ladder, kept in the one-row table `schema_version`. */
namespace Desk::Store::Schema::Postgres {

/** PostgreSQL support began at this version of the shared ladder. */
constexpr int kFirstVersion = 4;

/** 0 for an empty database, -1 (and an error on `db`) when it cannot be read. */
int version(Database &db);
/**
 * Creates or migrates up to `target`, one step per transaction under an advisory lock, so two
 * processes starting at once migrate once. Refuses a database newer than `newestKnown`.
 */
bool migrate(Database &db, int target, int newestKnown);

} // namespace Desk::Store::Schema::Postgres
