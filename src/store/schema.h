// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Desk::Store {

class Database;
class Transaction;

/**
 * The schema ladder, keyed by `PRAGMA user_version`. Each step runs in ONE transaction
 * together with its user_version bump, so a failed step leaves the database exactly at the
 * previous version. Steps are frozen once released: a change is a new step, never an edit.
 */
namespace Schema {

constexpr int kCurrentVersion = 5;

/**
 * Ends one step of either ladder: on success commits it and logs how long it took; on failure
 * records why (keeping the error's kind) and lets the caller's transaction roll back.
 */
bool finishStep(
    Database &db, Transaction &transaction, bool stepped, int version, qint64 elapsedMs);

/** `PRAGMA user_version`; -1 (and an error on `db`) when it cannot be read. */
int version(Database &db);
/** Migrates up to `target` (<= kCurrentVersion). Refuses databases newer than this build. */
bool migrate(Database &db, int target);

} // namespace Schema
} // namespace Desk::Store
