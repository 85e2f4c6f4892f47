// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>
#include <optional>

namespace Desk::Store {

class Store;

/** Why a reply is in the outbox; decides what its delivery does to the case. */
enum class OutboxPurpose {
    Reply, // the answer: marks the case replied (final answer milestone)
    Acknowledgement, // "đã tiếp nhận": first response only
    Interim, // progress / request for more information: first response only
    RatingRequest, // the satisfaction question after the answer
};
QString outboxPurposeKey(OutboxPurpose purpose);
OutboxPurpose outboxPurposeFromKey(const QString &key);

/**
 * Where a row is in its life. `Sending` is committed BEFORE the request goes out: a row
 * found in `Sending` after a crash or a lost reply may or may not have reached Zalo, so the
 * sender checks the conversation before sending it again.
 */
enum class OutboxState { Queued, Sending, Sent, Refused, Cancelled };
QString outboxStateKey(OutboxState state);
OutboxState outboxStateFromKey(const QString &key);

/** One message to Zalo: text, or an attachment with an optional caption. */
struct OutboxPart
{
    QString kind = QStringLiteral("text"); // text | image | file
    QString text;
    QString quoteMessageId; // only the first part of a split reply quotes
    QString filePath; // image / file parts: the local file to upload
};

struct OutboxItem
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseCode;
    QString citizenId;
    QString citizenName;
    QString clientRef; // unique per part: recognises a resent part
    OutboxPurpose purpose = OutboxPurpose::Reply;
    OutboxPart part;
    int partIndex = 1;
    int partCount = 1;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    qint64 createdAtMs = 0;
    QString createdBy;
    qint64 sendingSinceMs = 0;
    QString attachmentRef; // attachment parts: the upload id / token the last POST carried
    qint64 sentAtMs = 0;
    QString zaloMessageId;
    int errorCode = 0;
    QString errorMessage;
    qint64 lastInboundAtMs = 0; // of the case: drives the reply-window warning
    QString leaseOwner; // the process working on the row ('' = none); Core::ProcessIdentity
    qint64 leaseExpiresAtMs = 0;
};

/**
 * The outbox of a Store (DESIGN §3: nothing is sent from a widget). Staff queue replies;
 * the sender (zalo/outboxsender) takes due rows one case at a time, in order, and records
 * each outcome here. Every change is one transaction with its audit row.
 *
 * Several processes share a profile (the desk, `reply`, `outbox --send`): a sender first
 * leases a row (claim()), and only the lease holder marks it sending. A row leased by a live
 * process is never handed to another; an expired lease, or one whose process is gone, is
 * taken over and goes through the check-the-conversation recovery when it was `sending`.
 */
class Outbox
{
public:
    /** How long a claim holds when its owner neither finishes nor renews it. */
    static constexpr qint64 kLeaseMs = 5LL * 60 * 1000;

    explicit Outbox(Store &store);
    /** Another identity than this process's (tests acting as a second process). */
    Outbox(Store &store, const QString &leaseOwner);

    /**
     * Queues the parts of one reply (in order) and drops the case's draft, in one
     * transaction. Returns the new row ids (empty on failure, see lastError()).
     */
    QVector<qint64> enqueue(qint64 caseId, const QVector<OutboxPart> &parts, OutboxPurpose purpose,
        const QString &actor, qint64 nowMs);

    /**
     * The rows the sender should handle now: queued rows that are due, and `Sending` rows
     * (left by a crash or a lost reply). Only the first unfinished part of each case, so a
     * reply's parts go out in order and never overtake each other. Rows leased by another
     * live process are left out.
     */
    QVector<OutboxItem> due(qint64 nowMs, int limit = 50);
    /**
     * Takes the lease of a row for this process (renews it when already ours). False when
     * another live process holds it or the row is no longer queued / sending.
     */
    bool claim(qint64 id, qint64 nowMs);
    /** The same for a row just read (due()): its lease as read is what is compared. */
    bool claim(const OutboxItem &row, qint64 nowMs);
    /** Gives a claimed row back untouched (e.g. the sender stops before sending it). */
    void release(qint64 id);
    QString leaseOwner() const { return m_owner; }
    /** Every row of a state (nullopt: all), newest first. */
    QVector<OutboxItem> list(std::optional<OutboxState> state, int limit = 500);
    QVector<OutboxItem> forCase(qint64 caseId);
    std::optional<OutboxItem> item(qint64 id);
    /** True when an outbox row already owns this Zalo message id (recovery must not reuse it). */
    bool isClaimed(const QString &zaloMessageId);
    /** Queued + sending rows (for the status bar and the offline banner). */
    int pendingCount();

    /**
     * Committed durably (synchronous=FULL: it survives a power cut) before the POST: the row
     * may reach Zalo from now on. Only by the lease holder, or on a queued row nobody leased
     * (which it leases). `attachmentRef` is the upload (attachment_id / token) an attachment
     * part goes out with: recovery looks for it.
     */
    bool markSending(qint64 id, qint64 nowMs, const QString &attachmentRef = {});
    /**
     * Zalo accepted the part: stores it as an outbound message of the case (so the timeline
     * shows it at once and sync will not count it as answered elsewhere), records the
     * milestone its purpose implies and writes the audit row.
     */
    bool markSent(qint64 id, const QString &zaloMessageId, qint64 sentAtMs);
    /** Not sent, worth trying again at `retryAtMs` (network down, rate limit, token). */
    bool markRetry(qint64 id, int errorCode, const QString &message, qint64 retryAtMs);
    /**
     * Zalo refused for good (outside the window, blocked ...): this part and the rest of the
     * same reply are refused, with the reason shown to staff.
     */
    bool markRefused(qint64 id, int errorCode, const QString &message, qint64 nowMs);
    /** Staff withdraw a row that is still queued (never one that may be in flight). */
    bool cancel(qint64 id, const QString &actor, qint64 nowMs);
    /** Staff re-queue a refused row (e.g. after the citizen wrote again). */
    bool requeue(qint64 id, const QString &actor, qint64 nowMs);

    QString lastError() const;

    /**
     * The file an attachment part is read from when it is sent: the desk's own file on a single
     * desk; on a team database the copy kept with the queued reply (the OA service runs on
     * another host), written to a private temporary folder. Empty (and lastError) on failure.
     */
    QString attachmentPath(const OutboxItem &item);

private:
    static constexpr int kQueueAttempts = 5;
    QVector<qint64> enqueueOnce(qint64 caseId, const QVector<OutboxPart> &parts,
        OutboxPurpose purpose, const QString &actor, qint64 nowMs);
    /** A team database keeps the file of a queued attachment part with the reply. */
    bool keepFile(qint64 outboxId, const QString &path);
    /** True unless a newer OA service holds the team's lease (see Store::serviceGeneration). */
    bool stillCurrentService();
    QVector<OutboxItem> select(const QString &where, const QVariantList &values, int limit);
    bool finishState(qint64 id, OutboxState state, int errorCode, const QString &message,
        qint64 nextAttemptAtMs, const QString &eventKind, const QString &actor, qint64 atMs);

    /** True when a lease taken by `owner` until `expiresAtMs` still keeps others away. */
    bool leaseHeldByOther(const QString &owner, qint64 expiresAtMs, qint64 nowMs) const;

    Store &m_store;
    QString m_owner;
};

} // namespace Desk::Store
