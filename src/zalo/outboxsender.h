// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outbox.h"
#include "zalo/apierror.h"
#include "zalo/zaloclient.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <functional>

namespace Desk::Store {
class Store;
}

namespace Desk::Zalo {

/** What one drain of the outbox did. */
struct DrainReport
{
    int sent = 0; // parts Zalo accepted in this drain
    int recovered = 0; // of those, found already delivered after a crash or a lost reply
    int refused = 0; // parts Zalo refused for good (window closed, blocked ...)
    int deferred = 0; // parts left for later (network, rate limit, unknown outcome)
    QString problem; // staff-facing text of the last problem, empty when none
    int lastErrorCode = 0;
    bool storeFailed = false;
};

/**
 * Drains the outbox through the OA API, one part at a time, in order per case.
 *
 * The rule that keeps a reply from going out twice: a row is marked `sending` (committed)
 * before its POST; whenever the sender meets a `sending` row - after a crash, or because
 * the last answer from Zalo was lost - it first reads the citizen's conversation and looks
 * for the OA message that row would have produced (same text, or the very attachment it
 * uploaded, sent after the row went to `sending`). Found: the row is recorded as sent with that id.
 * Not found: it is sent now. So a part is delivered once, or is still pending; never twice.
 */
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(Store::Store *store, ZaloClient *client, QObject *parent = nullptr);

    using DrainCallback = std::function<void(const DrainReport &)>;
    /** Sends what is due now; the callback runs once the outbox has nothing more due. */
    void drain(DrainCallback callback);
    bool isDraining() const { return static_cast<bool>(m_callback); }

    /** Retry delay after the n-th failed attempt: 30 s doubling up to 30 min, with jitter. */
    static qint64 retryDelayMs(int attempts);
    /** How far before `sending_since` a matching message may be stamped (clock skew). */
    static constexpr qint64 kClockSkewMs = 2 * 60 * 1000;

private:
    /** The item with the file its attachment is read from (see Outbox::attachmentPath). */
    Store::OutboxItem withLocalFile(const Store::OutboxItem &item);
    void next();
    void finish();
    /** Looks for the part in the conversation from row `offset` on (newest first). */
    void recover(const Store::OutboxItem &item, int offset);
    void send(const Store::OutboxItem &item);
    void post(const Store::OutboxItem &item, const ZaloClient::UploadOutcome &upload);
    void record(const Store::OutboxItem &item, const SendOutcome &outcome);
    void defer(const Store::OutboxItem &item, const ApiError &error);
    bool storeOk(bool ok);

    Store::Store *m_store;
    ZaloClient *m_client;
    Store::Outbox m_outbox;
    DrainCallback m_callback;
    DrainReport m_report;
    QSet<qint64> m_deferredCases; // cases whose head part waits: skip them in this drain
};

} // namespace Desk::Zalo
