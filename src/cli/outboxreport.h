// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "store/outbox.h"
#include "zalo/syncservice.h"

#include <QString>
#include <QVector>
#include <optional>

namespace Desk::Store {
class Store;
}

namespace Desk::Cli {

class CliContext;

// What `reply` and `resolve` share: finding the case, and what happens to what they queued
// (sent at once from a single desk, left to the team's OA service in a team).

/** Opens the profile's store; an exit code when it cannot. */
std::optional<int> openStore(CliContext &context, Store::Store &store);
/** Opens the store and finds the case named on the command line; an exit code when not. */
std::optional<int> openCase(CliContext &context, Store::Store &store, const QString &code,
    std::optional<Core::CaseSummary> *summary);
/** The login the history records: a team's own login, else --as, else the system user. */
QString staffLogin(CliContext &context, const QString &asValue);
void printItems(CliContext &context, const QVector<Store::OutboxItem> &items, bool json);
/** Exit code for what a drain left behind for `items`. */
int exitCodeFor(const QVector<Store::OutboxItem> &items, const Zalo::DrainReport &report);
QVector<Store::OutboxItem> itemsOf(Store::Outbox &outbox, const QVector<qint64> &ids);
/** Every part sent, refused or withdrawn: nothing left for the service to do. */
bool allSettled(const QVector<Store::OutboxItem> &items);
/** A single desk sends its outbox now (a team's desks never send). */
Zalo::DrainReport drainNow(CliContext &context);
/**
 * After queuing `ids`: a single desk sends them now unless `queueOnly`; a team desk leaves
 * them to the OA service and, with `wait`, waits for its result. Prints the rows and returns
 * the exit code (ExitOk when they were only queued).
 */
int finishQueued(CliContext &context, Store::Store &store, const QVector<qint64> &ids,
    bool queueOnly, bool wait, bool json);

} // namespace Desk::Cli
