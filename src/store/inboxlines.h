// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace Desk::Store {

class Store;

/** What the second line of an inbox row shows for one case. */
struct InboxLine
{
    /** The case's newest message (in or out); messageId empty when the case has none. */
    Core::Message newest;
    /** Reply parts still in the outbox (queued or being sent). */
    int waitingParts = 0;
    /** The newest outbox row not delivered (queued, sending or refused), when it is newer than
     *  the newest message: what staff did last. `outboxState` is '' when there is none. */
    QString outboxState;
    QString outboxKind;
    QString outboxText;
    QString outboxFilePath;
    qint64 outboxAtMs = 0;
};

/**
 * The newest message and the undelivered replies of a page of cases, for the inbox's
 * second line. Read for the rows on screen only (a page at a time), never for the whole
 * list: two statements per page of up to kChunk cases, on either engine.
 */
class InboxLines
{
public:
    explicit InboxLines(Store &store);

    /** Cases without a message or an outbox row are absent. Empty (and lastError() set) when
     *  the database does not answer. */
    QHash<qint64, InboxLine> forCases(const QVector<qint64> &caseIds);
    QString lastError() const;

    /** Ids bound per statement; shorter lists are padded so one prepared statement serves. */
    static constexpr int kChunk = 100;

private:
    bool readChunk(const QVariantList &ids, QHash<qint64, InboxLine> &lines);

    Store &m_store;
};

} // namespace Desk::Store
