// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the reports tests: cases written into a real store through Store (citizen, message,
// case), then the v3 milestone columns and transfers rows set with bound UPDATE / INSERTs, the
// way the desk's own code fills them.
#pragma once

#include "core/domain.h"
#include "store/database.h"
#include "store/store.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

#include <optional>

namespace Desk::TestSupport {

/** UTC ms of a Vietnam wall-clock time (UTC+7). */
inline qint64 vnTime(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(7 * 3600))
        .toMSecsSinceEpoch();
}

/** End of a Vietnam day (23:59:59.999), as WorkingCalendar::deadline gives it. */
inline qint64 vnEndOfDay(int year, int month, int day)
{
    return vnTime(year, month, day, 0, 0) + 24 * 3600 * 1000 - 1;
}

struct CaseSpec
{
    qint64 opened = 0;
    QString kind = QStringLiteral("question");
    QString assignee;
    QString agency;
    QString area;
    QString locality;
    std::optional<qint64> firstResponse;
    std::optional<qint64> routed;
    std::optional<qint64> agencyAnswered;
    std::optional<qint64> replied;
    std::optional<qint64> closed;
    std::optional<qint64> due;
    qint64 paused = 0;
    bool prolonged = false;
    QString rating;
    QString citizenName = QStringLiteral("Nguyễn Văn An");
    QString phone = QStringLiteral("0912345678");
    QString text = QStringLiteral("Cho tôi hỏi thủ tục đăng ký khai sinh");
};

inline QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

/** Writes one case (one citizen, one inbound message); returns its id, 0 on failure. */
inline qint64 addCase(Store::Store &store, const CaseSpec &spec)
{
    static int serial = 0;
    const QString citizenId = QStringLiteral("84%1").arg(++serial, 17, 10, QLatin1Char('0'));
    Core::Citizen citizen;
    citizen.zaloId = citizenId;
    citizen.displayName = spec.citizenName;
    citizen.phone = spec.phone;
    Core::Message message;
    message.messageId = QStringLiteral("m-%1").arg(citizenId);
    message.citizenId = citizenId;
    message.direction = Core::Direction::Inbound;
    message.timeMs = spec.opened;
    message.type = QStringLiteral("text");
    message.text = spec.text;
    message.rawJson = QStringLiteral("{}");
    const Store::IngestResult result = store.ingestConversation(citizen, {message});
    if (!result.ok || result.touchedCaseIds.size() != 1) {
        return 0;
    }
    const qint64 id = *result.touchedCaseIds.begin();
    QSqlQuery *update = store.database().query(
        QStringLiteral("UPDATE cases SET kind = ?, assignee = ?, agency_code = ?, area_code = ?, "
                       "locality_code = ?, first_response_at_ms = ?, routed_at_ms = ?, "
                       "agency_answered_at_ms = ?, replied_at_ms = ?, closed_at_ms = ?, "
                       "due_at_ms = ?, paused_total_ms = ?, prolonged = ?, rating = ? "
                       "WHERE id = ?"),
        {Store::textValue(spec.kind), Store::textValue(spec.assignee),
            Store::textValue(spec.agency), Store::textValue(spec.area),
            Store::textValue(spec.locality), optionalValue(spec.firstResponse),
            optionalValue(spec.routed), optionalValue(spec.agencyAnswered),
            optionalValue(spec.replied), optionalValue(spec.closed), optionalValue(spec.due),
            spec.paused, spec.prolonged ? 1 : 0, Store::textValue(spec.rating), id},
        QStringLiteral("test case milestones"));
    return update ? id : 0;
}

inline bool addTransfer(Store::Store &store, qint64 caseId, const QString &agency, qint64 routed,
    std::optional<qint64> answered)
{
    return store.database().query(
               QStringLiteral("INSERT INTO transfers (case_id, agency_code, routed_at_ms, "
                              "routed_by, answered_at_ms) VALUES (?, ?, ?, 'lan', ?)"),
               {caseId, agency, routed, optionalValue(answered)}, QStringLiteral("test transfer"))
        != nullptr;
}

inline bool addAgency(Store::Store &store, const QString &code, const QString &name)
{
    return store.database().query(QStringLiteral("INSERT INTO agencies (code, name) VALUES (?, ?)"),
               {code, name}, QStringLiteral("test agency"))
        != nullptr;
}

} // namespace Desk::TestSupport
