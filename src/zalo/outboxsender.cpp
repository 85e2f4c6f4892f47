// SPDX-License-Identifier: GPL-3.0-or-later
#include "zalo/outboxsender.h"

#include "store/casework.h"
#include "store/store.h"
#include "zalo/logging.h"
#include "zalo/zaloclient.h"
#include "zalo/zalojson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>

namespace Desk::Zalo {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Recovery reads this many conversation pages (10 rows each) back from the newest message.
constexpr int kRecoveryPages = 5;
constexpr int kRecoveryPageSize = 10;

QString uncertainText()
{
    return QCoreApplication::translate("Desk::Zalo::OutboxSender",
        "Zalo did not confirm a reply. The desk will check the conversation before sending it "
        "again, so the citizen does not receive it twice.");
}

/**
 * Whether `message` is the attachment `item` sent: never by kind alone (two pictures in a
 * row look alike). The upload the POST carried (attachment_id / token) is its identity where
 * Zalo echoes it in the row (url or any field); a file is also known by its name, and its
 * size when the row gives one. A picture whose upload is not in the row is not recognised:
 * it is sent again rather than confused with another one.
 */
bool sameAttachment(const Core::Message &message, const Store::OutboxItem &item)
{
    const bool isFile = item.part.kind == QLatin1String("file");
    const bool kindFits = isFile
        ? message.type == QLatin1String("file")
        : message.type == QLatin1String("image") || message.type == QLatin1String("gif");
    if (!kindFits) {
        return false;
    }
    if (!item.attachmentRef.isEmpty() && message.rawJson.contains(item.attachmentRef)) {
        return true;
    }
    if (!isFile || message.fileName.isEmpty()) {
        return false;
    }
    const QFileInfo local(item.part.filePath);
    if (message.fileName != local.fileName()) {
        return false;
    }
    const auto row = parseJson(message.rawJson.toUtf8());
    const auto size = row ? integerValue(row->object().value(QLatin1String("size"))) : std::nullopt;
    return !size || *size == local.size();
}

bool sameContent(const Core::Message &message, const Store::OutboxItem &item)
{
    if (item.part.kind == QLatin1String("text")) {
        return message.text.trimmed()
            == item.part.text.normalized(QString::NormalizationForm_C).trimmed();
    }
    return sameAttachment(message, item);
}

} // namespace

OutboxSender::OutboxSender(Store::Store *store, ZaloClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_outbox(*store)
{ }

qint64 OutboxSender::retryDelayMs(int attempts)
{
    const int exponent = std::clamp(attempts - 1, 0, 6);
    const qint64 base = std::min<qint64>(30000LL << exponent, 30LL * 60 * 1000);
    // Up to +20 % so several desks coming back online do not retry in step.
    return base + QRandomGenerator::global()->bounded(int(base / 5) + 1);
}

void OutboxSender::drain(DrainCallback callback)
{
    if (m_callback) {
        // Already draining: the running drain will reach whatever was just queued.
        QTimer::singleShot(0, this, [callback] {
            DrainReport busy;
            callback(busy);
        });
        return;
    }
    m_callback = std::move(callback);
    m_report = DrainReport();
    m_deferredCases.clear();
    next();
}

bool OutboxSender::storeOk(bool ok)
{
    if (!ok) {
        m_report.storeFailed = true;
        m_report.problem = m_store->lastError();
        qCWarning(lcZalo) << "outbox: store write failed:" << m_report.problem;
    }
    return ok;
}

void OutboxSender::finish()
{
    auto callback = std::move(m_callback);
    m_callback = nullptr;
    if (m_report.sent + m_report.refused + m_report.deferred > 0) {
        qCInfo(lcZalo) << "outbox: sent" << m_report.sent << "(recovered" << m_report.recovered
                       << ") refused" << m_report.refused << "deferred" << m_report.deferred;
    }
    if (callback) {
        callback(m_report);
    }
}

void OutboxSender::next()
{
    if (m_report.storeFailed) {
        finish();
        return;
    }
    const auto due = m_outbox.due(now(), 200);
    for (const Store::OutboxItem &item : due) {
        if (m_deferredCases.contains(item.caseId)) {
            continue;
        }
        // Another process of the profile (the desk, `reply`, `outbox --send`) may be at the
        // same row: only the lease holder goes on, the other leaves the case alone.
        if (!m_outbox.claim(item, now())) {
            if (m_outbox.lastError().isEmpty()) {
                m_deferredCases.insert(item.caseId);
                continue;
            }
            storeOk(false);
            finish();
            return;
        }
        if (item.state == Store::OutboxState::Sending) {
            recover(item, 0);
        } else {
            send(item);
        }
        return;
    }
    finish();
}

void OutboxSender::recover(const Store::OutboxItem &sending, int offset)
{
    const Store::OutboxItem item = withLocalFile(sending); // compared by name and size
    // Walks the conversation newest first until it passes the moment the row went out.
    m_client->conversation(item.citizenId, offset, kRecoveryPageSize,
        [this, item, offset](const ZaloClient::PageReply &reply) {
            if (!reply.error.ok()) {
                // Cannot tell whether it went out: it stays `sending`, checked next time.
                defer(item, reply.error);
                next();
                return;
            }
            const qint64 since = item.sendingSinceMs - kClockSkewMs;
            bool older = reply.page.messages.isEmpty();
            for (const Core::Message &message : reply.page.messages) {
                older = older || message.timeMs < since;
                if (message.direction == Core::Direction::Outbound && message.timeMs >= since
                    && sameContent(message, item) && !m_outbox.isClaimed(message.messageId)) {
                    qCInfo(lcZalo) << "outbox: part" << item.id
                                   << "was delivered before; recording it, not resending";
                    if (storeOk(m_outbox.markSent(item.id, message.messageId, message.timeMs))) {
                        ++m_report.sent;
                        ++m_report.recovered;
                    }
                    next();
                    return;
                }
            }
            if (older || offset / kRecoveryPageSize + 1 >= kRecoveryPages) {
                send(item); // not delivered: now it goes out (still marked `sending`)
                return;
            }
            recover(item, offset + kRecoveryPageSize);
        });
}

Store::OutboxItem OutboxSender::withLocalFile(const Store::OutboxItem &item)
{
    Store::OutboxItem local = item;
    if (item.part.kind != QLatin1String("text")) {
        local.part.filePath = m_outbox.attachmentPath(item);
    }
    return local;
}

void OutboxSender::send(const Store::OutboxItem &queued)
{
    if (queued.part.kind == QLatin1String("text")) {
        post(queued, ZaloClient::UploadOutcome());
        return;
    }
    // A team's queued file comes from the team database (the desk that queued it is elsewhere).
    const Store::OutboxItem item = withLocalFile(queued);
    if (item.part.filePath.isEmpty()) {
        storeOk(false);
        finish();
        return;
    }
    // Upload first: an upload has no effect for the citizen, so a crash here costs nothing.
    auto uploaded = [this, item](const ZaloClient::UploadOutcome &upload) {
        if (upload.ok()) {
            post(item, upload);
            return;
        }
        if (!upload.problem.isEmpty()) {
            if (storeOk(m_outbox.markRefused(item.id, 0, upload.problem, now()))) {
                ++m_report.refused;
                m_report.problem = upload.problem;
            }
            next();
            return;
        }
        SendOutcome outcome;
        outcome.error = upload.error;
        outcome.kind = SendOutcome::classify(upload.error);
        if (outcome.kind == SendOutcome::Unknown) {
            outcome.kind = SendOutcome::NotSent; // an upload may simply be repeated
        }
        record(item, outcome);
    };
    if (item.part.kind == QLatin1String("image")) {
        m_client->uploadImage(item.part.filePath, uploaded);
    } else {
        m_client->uploadFile(item.part.filePath, uploaded);
    }
}

void OutboxSender::post(const Store::OutboxItem &item, const ZaloClient::UploadOutcome &upload)
{
    // From here on the part may reach the citizen: the mark (with the upload recovery will
    // look for) is committed before the POST.
    if (!storeOk(m_outbox.markSending(item.id, now(), upload.id))) {
        finish();
        return;
    }
    auto done = [this, item](const SendOutcome &outcome) { record(item, outcome); };
    if (item.part.kind == QLatin1String("text")) {
        m_client->sendText(item.citizenId, item.part.text, item.part.quoteMessageId, done);
    } else if (upload.kind == Attachment::Kind::Gif) {
        // Zalo wants a gif as media_type "gif" with its size (reference §13).
        m_client->sendGif(
            item.citizenId, upload.id, upload.width, upload.height, item.part.text, done);
    } else if (item.part.kind == QLatin1String("image")) {
        m_client->sendImage(item.citizenId, upload.id, item.part.text, done);
    } else {
        m_client->sendFile(item.citizenId, upload.id, done);
    }
}

void OutboxSender::record(const Store::OutboxItem &item, const SendOutcome &outcome)
{
    switch (outcome.kind) {
    case SendOutcome::Sent:
        if (storeOk(m_outbox.markSent(
                item.id, outcome.messageId, outcome.sentTimeMs > 0 ? outcome.sentTimeMs : now()))) {
            ++m_report.sent;
        }
        break;
    case SendOutcome::Refused:
        // Refusals that leave the phone as the way to answer name the number the desk has.
        m_report.problem
            = staffMessage(outcome.error, Store::CaseWork(*m_store).contactPhone(item.caseId));
        m_report.lastErrorCode = outcome.error.code;
        if (storeOk(m_outbox.markRefused(item.id, outcome.error.code, m_report.problem, now()))) {
            ++m_report.refused;
        }
        break;
    case SendOutcome::NotSent:
        if (storeOk(m_outbox.markRetry(item.id, outcome.error.code, staffMessage(outcome.error),
                now() + retryDelayMs(item.attempts + 1)))) {
            defer(item, outcome.error);
        }
        if (outcome.error.requestNotSent) {
            finish(); // Zalo is unreachable: the other cases would fail the same way
            return;
        }
        break;
    case SendOutcome::Unknown:
        defer(item, outcome.error);
        m_report.problem = uncertainText();
        break;
    }
    next();
}

void OutboxSender::defer(const Store::OutboxItem &item, const ApiError &error)
{
    ++m_report.deferred;
    m_report.lastErrorCode = error.code;
    m_report.problem = staffMessage(error);
    m_deferredCases.insert(item.caseId);
    qCInfo(lcZalo) << "outbox: part" << item.id << "deferred:" << error.toString();
}

} // namespace Desk::Zalo
