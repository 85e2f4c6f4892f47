// SPDX-License-Identifier: GPL-3.0-or-later
// CaseWork, second part: resolving a case and the citizen's satisfaction rating (whether the
// question may go, withholding it, recording the answer). Routing, notes, drafts and the other
// staff actions are in casework.cpp.
#include "store/casework.h"

#include "core/ratingscale.h"
#include "core/replywindow.h"
#include "store/caseautomation.h"
#include "store/caserepository.h"
#include "store/clocks.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Desk::Store {

QString ratingHoldKey(RatingHold hold)
{
    switch (hold) {
    case RatingHold::None:
        return QStringLiteral("queued");
    case RatingHold::AlreadyAsked:
        return QStringLiteral("already_asked");
    case RatingHold::Withheld:
        return QStringLiteral("withheld");
    case RatingHold::WaitingCitizen:
        return QStringLiteral("waiting_citizen");
    case RatingHold::NoAnswer:
        return QStringLiteral("no_answer");
    case RatingHold::ReplyWindowClosed:
        return QStringLiteral("reply_window_closed");
    }
    return QString();
}

QString ratingHoldText(RatingHold hold)
{
    const char *text = nullptr;
    switch (hold) {
    case RatingHold::None:
        return QString();
    case RatingHold::AlreadyAsked:
        text = QT_TRANSLATE_NOOP("Desk::Store::CaseWork",
            "The citizen was already asked to rate this case; the question is never sent twice.");
        break;
    case RatingHold::Withheld:
        text = QT_TRANSLATE_NOOP(
            "Desk::Store::CaseWork", "The rating question is withheld for this case.");
        break;
    case RatingHold::WaitingCitizen:
        text = QT_TRANSLATE_NOOP("Desk::Store::CaseWork",
            "The case waits for the citizen's papers: no rating question.");
        break;
    case RatingHold::NoAnswer:
        text = QT_TRANSLATE_NOOP("Desk::Store::CaseWork",
            "No rating question yet: the desk has sent no answer (an acknowledgement or a "
            "request for papers does not count).");
        break;
    case RatingHold::ReplyWindowClosed:
        text = QT_TRANSLATE_NOOP("Desk::Store::CaseWork",
            "The citizen last wrote more than 7 days ago; Zalo would refuse the rating "
            "question.");
        break;
    }
    return QCoreApplication::translate("Desk::Store::CaseWork", text);
}

QString resolveRefusalText(ResolveRefusal refusal)
{
    switch (refusal) {
    case ResolveRefusal::None:
        return QString();
    case ResolveRefusal::NoCase:
        return QCoreApplication::translate("Desk::Store::CaseWork", "There is no such case.");
    case ResolveRefusal::AwaitingAgency:
        return QCoreApplication::translate("Desk::Store::CaseWork",
            "The case waits for an agency's answer: record the answer (or recall the routing) "
            "before marking it resolved.");
    case ResolveRefusal::Closed:
        return QCoreApplication::translate("Desk::Store::CaseWork", "The case is already closed.");
    case ResolveRefusal::Failed:
        return QCoreApplication::translate(
            "Desk::Store::CaseWork", "The case could not be marked resolved.");
    }
    return QString();
}

RatingHold CaseWork::ratingHold(const Core::CaseSummary &summary, bool withheld, qint64 nowMs)
{
    Database &db = m_store.database();
    const bool asked = !summary.rating.isEmpty()
        || db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE case_id = ? AND purpose = "
                                    "'rating_request' AND state IN ('queued', 'sending', 'sent')"),
                 {summary.id}, QStringLiteral("looking for a rating question"))
                .toInt()
            > 0;
    if (asked) {
        return RatingHold::AlreadyAsked;
    }
    if (withheld) {
        return RatingHold::Withheld;
    }
    if (summary.status == Core::CaseStatus::WaitingCitizen) {
        return RatingHold::WaitingCitizen;
    }
    // The desk's last word to the citizen (what went or is going out) must be an answer, not
    // "received" or "please send the missing papers".
    const QString last = db.scalar(QStringLiteral("SELECT purpose FROM outbox WHERE case_id = ? "
                                                  "AND state IN ('queued', 'sending', 'sent') "
                                                  "AND purpose <> 'rating_request' "
                                                  "ORDER BY id DESC LIMIT 1"),
                               {summary.id}, QStringLiteral("looking for the desk's answer"))
                             .toString();
    if (last != outboxPurposeKey(OutboxPurpose::Reply)) {
        return RatingHold::NoAnswer;
    }
    if (Core::ReplyWindow::at(summary.lastInboundAtMs, nowMs).state
        == Core::ReplyWindow::State::Closed) {
        return RatingHold::ReplyWindowClosed;
    }
    return RatingHold::None;
}

RatingPlan CaseWork::ratingPlan(qint64 caseId, qint64 nowMs)
{
    RatingPlan plan;
    const auto summary = m_store.caseById(caseId);
    if (!summary) {
        return plan;
    }
    for (const Core::CaseEvent &event : m_store.caseEvents(caseId)) {
        if (event.kind == QLatin1String("rating_withheld")) {
            plan.withheld = QJsonDocument::fromJson(event.detail.toUtf8())
                                .object()
                                .value(QLatin1String("withheld"))
                                .toBool();
            plan.withheldBy = event.actor;
        } else if (event.kind == QLatin1String("resolved")) {
            plan.resolvedAtMs = event.atMs;
            plan.resolvedBy = event.actor;
        }
    }
    plan.hold = ratingHold(*summary, plan.withheld, nowMs);
    return plan;
}

bool CaseWork::setRatingWithheld(qint64 caseId, bool withheld, const QString &actor, qint64 atMs)
{
    Database &db = m_store.database();
    db.clearError();
    if (!m_store.caseById(caseId)) {
        return db.fail(QStringLiteral("case %1 does not exist").arg(caseId));
    }
    Transaction transaction(db);
    if (!transaction.isActive()
        || !audit(caseId, atMs, actor, QStringLiteral("rating_withheld"),
            json({{QStringLiteral("withheld"), withheld}}))
        || !transaction.commit()) {
        return false;
    }
    m_store.announceChanged({caseId});
    return true;
}

ResolveRefusal CaseWork::resolveRefusal(qint64 caseId)
{
    Database &db = m_store.database();
    db.clearError();
    const auto summary = m_store.caseById(caseId);
    if (!summary) {
        return db.lastError().isEmpty() ? ResolveRefusal::NoCase : ResolveRefusal::Failed;
    }
    if (summary->status == Core::CaseStatus::Closed) {
        return ResolveRefusal::Closed;
    }
    if (openTransfer(caseId) || summary->status == Core::CaseStatus::AwaitingAgency
        || summary->status == Core::CaseStatus::Routed) {
        // The agency's answer is still to come: resolving now would lose track of it.
        return ResolveRefusal::AwaitingAgency;
    }
    return ResolveRefusal::None;
}

Resolution CaseWork::resolve(qint64 caseId, bool askForRating, const QString &actor, qint64 atMs)
{
    Database &db = m_store.database();
    db.clearError();
    Resolution result;
    result.refusal = resolveRefusal(caseId);
    if (!result.ok()) {
        return result;
    }
    const RatingPlan plan = ratingPlan(caseId, atMs);
    result.hold = askForRating                  ? plan.hold
        : plan.hold == RatingHold::AlreadyAsked ? RatingHold::AlreadyAsked
                                                : RatingHold::Withheld;
    result.ratingQueued = result.hold == RatingHold::None;
    Transaction transaction(db);
    bool ok = transaction.isActive()
        && audit(caseId, atMs, actor, QStringLiteral("resolved"),
            json({{QStringLiteral("rating"), ratingHoldKey(result.hold)}}));
    if (ok && result.ratingQueued) {
        OutboxPart question;
        question.text = CaseAutomation::ratingQuestion(Core::RatingScale::threeLevel());
        // Queued behind any reply still waiting: the outbox sends a case's rows in order.
        ok = !Outbox(m_store)
                  .enqueue(caseId, {question}, OutboxPurpose::RatingRequest, actor, atMs)
                  .isEmpty();
    } else if (ok) {
        // Nothing to wait for: the case is done now. With the question, the citizen's rating
        // closes it (recordRating).
        ok = m_store.setCaseStatus(caseId, Core::CaseStatus::Closed, actor);
    }
    if (!ok || !transaction.commit()) {
        result.refusal = ResolveRefusal::Failed;
        result.ratingQueued = false;
        return result;
    }
    m_store.announceChanged({caseId});
    return result;
}

bool CaseWork::recordRating(qint64 caseId, const QString &level, const QString &rawText,
    const QString &messageId, qint64 atMs)
{
    Database &db = m_store.database();
    db.clearError();
    const auto summary = m_store.caseById(caseId);
    if (!summary) {
        return db.fail(QStringLiteral("case %1 does not exist").arg(caseId));
    }
    // Who answered: the assignee, else whoever queued the last reply that went out.
    bool ok = false;
    QString staff = db.scalar(QStringLiteral("SELECT assignee FROM cases WHERE id = ?"), {caseId},
                          QStringLiteral("recording a rating"), &ok)
                        .toString();
    if (ok && staff.isEmpty()) {
        staff = db.scalar(QStringLiteral("SELECT created_by FROM outbox WHERE case_id = ? AND "
                                         "state = 'sent' AND purpose = 'reply' "
                                         "ORDER BY id DESC LIMIT 1"),
                      {caseId}, QStringLiteral("recording a rating"), &ok)
                    .toString();
    }
    const QString agency = db.scalar(QStringLiteral("SELECT agency_code FROM cases WHERE id = ?"),
                                 {caseId}, QStringLiteral("recording a rating"), &ok)
                               .toString();
    if (!ok) {
        return false;
    }
    Transaction transaction(db);
    if (!transaction.isActive()
        || !db.query(QStringLiteral("INSERT INTO ratings(case_id, level, raw_text, message_id, "
                                    "at_ms, staff, agency_code) VALUES(?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT(case_id) DO UPDATE SET level = excluded.level, "
                                    "raw_text = excluded.raw_text, message_id = "
                                    "excluded.message_id, at_ms = excluded.at_ms, staff = "
                                    "excluded.staff, agency_code = excluded.agency_code"),
            {caseId, level, textValue(rawText), textValue(messageId), atMs, textValue(staff),
                textValue(agency)},
            QStringLiteral("recording a rating"))
        || !db.query(QStringLiteral("UPDATE cases SET rating = ?, rating_at_ms = ? WHERE id = ?"),
            {level, atMs, caseId}, QStringLiteral("recording a rating"))
        || !audit(caseId, atMs, QStringLiteral("citizen"), QStringLiteral("rated"),
            json({{QStringLiteral("level"), level}, {QStringLiteral("text"), rawText},
                {QStringLiteral("staff"), staff}, {QStringLiteral("agency"), agency}}))) {
        return false;
    }
    if (summary->status == Core::CaseStatus::Replied
        && !m_store.setCaseStatus(caseId, Core::CaseStatus::Closed, QStringLiteral("citizen"))) {
        return false;
    }
    if (!transaction.commit()) {
        return false;
    }
    m_store.announceChanged({caseId});
    return true;
}

std::optional<CaseRating> CaseWork::rating(qint64 caseId)
{
    Database &db = m_store.database();
    db.clearError();
    QSqlQuery *q = db.query(QStringLiteral("SELECT level, raw_text, message_id, at_ms, staff, "
                                           "agency_code FROM ratings WHERE case_id = ?"),
        {caseId}, QStringLiteral("reading a rating"));
    if (!q) {
        return std::nullopt;
    }
    StatementReset reset(q);
    if (!q->next()) {
        return std::nullopt;
    }
    return CaseRating {caseId, q->value(0).toString(), q->value(1).toString(),
        q->value(2).toString(), q->value(3).toLongLong(), q->value(4).toString(),
        q->value(5).toString()};
}

bool CaseWork::awaitingRating(qint64 caseId)
{
    Database &db = m_store.database();
    db.clearError();
    return db.scalar(QStringLiteral("SELECT count(*) FROM outbox o WHERE o.case_id = ? AND "
                                    "o.purpose = 'rating_request' AND o.state = 'sent' AND "
                                    "NOT EXISTS (SELECT 1 FROM ratings r WHERE r.case_id = "
                                    "o.case_id AND r.at_ms >= o.sent_at_ms)"),
                 {caseId}, QStringLiteral("checking for a rating request"))
               .toInt()
        > 0;
}

} // namespace Desk::Store
