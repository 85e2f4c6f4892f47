// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

class QJsonObject;

namespace Desk::Store {

class Store;

/** One hop of a case to an agency, with the agency's answer once recorded. */
struct Transfer
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString agencyCode;
    QString note;
    qint64 routedAtMs = 0;
    qint64 dueAtMs = 0; // 0: no due moment
    QString routedBy;
    qint64 answeredAtMs = 0; // 0: still waiting for the agency
    QString answerText;
    QStringList answerFiles; // local paths of the agency's documents
    QString recordedBy;
};

/** What classification decided for a case, and why. */
struct CaseClassification
{
    QString kind; // Core::CaseKind key
    QString areaCode;
    QString localityCode;
    QString procedureCode;
    QString rule; // the classifier's explanation, or "staff" for an override
};

/** Why resolving a case now would not ask the citizen the rating question. */
enum class RatingHold {
    None, // the question goes when the case is resolved
    AlreadyAsked, // queued or sent once already (or the citizen rated): never twice
    Withheld, // a person chose not to ask on this case
    WaitingCitizen, // the last word asked the citizen for more papers
    NoAnswer, // the desk sent no answer, or its last message was an acknowledgement / interim
    ReplyWindowClosed, // the citizen last wrote over 7 days ago: Zalo refuses (-230)
};

/** Stable key of a hold for the audit row and JSON ("queued" for None, "withheld", ...). */
QString ratingHoldKey(RatingHold hold);

/** Why no rating question goes, for people (translated; empty for None). */
QString ratingHoldText(RatingHold hold);

/** What the case view shows about the rating question. */
struct RatingPlan
{
    bool withheld = false;
    QString withheldBy; // who last chose (withheld or not); '' = nobody chose
    qint64 resolvedAtMs = 0; // 0: not marked resolved
    QString resolvedBy;
    RatingHold hold = RatingHold::None; // what resolving now would do
};

/** Why a case was not resolved. */
enum class ResolveRefusal {
    None,
    NoCase,
    AwaitingAgency, // routed and the agency has not answered: record its answer first
    Closed, // already closed
    Failed, // the database refused (lastError())
};

struct Resolution
{
    ResolveRefusal refusal = ResolveRefusal::None;
    bool ratingQueued = false;
    RatingHold hold = RatingHold::None; // why no question went (ratingQueued false)
    bool ok() const { return refusal == ResolveRefusal::None; }
};

/** Why the case was not resolved, for people (translated). */
QString resolveRefusalText(ResolveRefusal refusal);

/** Why a routing was not recalled. */
enum class RecallRefusal {
    None,
    NoTransfer,
    Answered, // the agency answered already
    TooLate, // the recall window has passed
    Failed,
};

/** Why the routing was not recalled, for people (translated; `minutes`: the window). */
QString recallRefusalText(RecallRefusal refusal, int minutes);

/** A rating the citizen gave, with who answered and which agency handled the case. */
struct CaseRating
{
    qint64 caseId = 0;
    QString level; // key of the configured scale
    QString rawText;
    QString messageId;
    qint64 atMs = 0;
    QString staff;
    QString agencyCode;
};

/**
 * Staff work on a case beyond the inbox: classification, assignment, internal notes,
 * drafts, routing to agencies and their answers, ratings. Each change is one transaction
 * with its audit row (who, what, when) in case_events, and announces the case as changed.
 */
class CaseWork
{
public:
    explicit CaseWork(Store &store);

    /**
     * Records a classification. `actor` "classifier" is the automatic suggestion (audit
     * kind `classified`); a staff login overriding an earlier result is audited as
     * `classification_overridden` with both values. A `new` case becomes `classified`.
     */
    bool classify(
        qint64 caseId, const CaseClassification &classification, const QString &actor, qint64 atMs);
    std::optional<CaseClassification> classification(qint64 caseId);

    bool assign(qint64 caseId, const QString &assignee, const QString &actor, qint64 atMs);
    /** An internal note: in the history, never sent to the citizen. */
    bool addNote(qint64 caseId, const QString &text, const QString &actor, qint64 atMs);

    /** Saves the text being typed (replaces the previous draft); empty text deletes it. */
    bool saveDraft(qint64 caseId, const QString &text, const QString &author, qint64 atMs);
    /** `author`'s draft of the case (each person keeps their own). */
    QString draft(qint64 caseId, const QString &author);

    /**
     * Sends the case to an agency with a note and a due moment: a transfer row per hop; the
     * case waits for the agency (`awaiting_agency`). Returns the transfer id, 0 on failure.
     */
    qint64 route(qint64 caseId, const QString &agencyCode, const QString &note, qint64 dueAtMs,
        const QString &actor, qint64 atMs);
    /** The agency's answer (text and documents): the case comes back to the desk. */
    bool recordAgencyAnswer(qint64 transferId, const QString &text, const QStringList &files,
        const QString &actor, qint64 atMs);
    QVector<Transfer> transfers(qint64 caseId);
    std::optional<Transfer> transfer(qint64 transferId);

    /** Minutes after routing during which it can be recalled; the team's shared document
     *  "routing" (PostgreSQL) or routing.json beside the database, else 10. */
    static constexpr int kDefaultRecallMinutes = 10;
    int recallMinutes();
    bool setRecallMinutes(int minutes, qint64 nowMs);
    /** The last moment `transfer` can be recalled (0: it cannot, answered). */
    qint64 recallDeadline(const Transfer &transfer);
    /**
     * Takes a routing back within the recall window: the transfer row goes, the case gets
     * the status and agency it had before, and the audit row `routing_recalled` keeps what
     * was recalled (agency, note, due, who routed it and when).
     */
    RecallRefusal recall(qint64 transferId, const QString &actor, qint64 atMs);
    std::optional<Transfer> openTransfer(qint64 caseId);

    /**
     * Stores the citizen's rating (one per case; a later answer replaces it), with the staff
     * member who answered and the agency that handled the case, and closes a replied case.
     */
    bool recordRating(qint64 caseId, const QString &level, const QString &rawText,
        const QString &messageId, qint64 atMs);
    std::optional<CaseRating> rating(qint64 caseId);
    /**
     * Staff mark the case resolved (audit `resolved`). The rating question is queued through
     * the outbox, once, unless `askForRating` is false or ratingPlan() holds it back; the case
     * then closes when the citizen rates. Without a question the case closes now. Refused on a
     * case waiting for an agency's answer and on a closed case.
     */
    Resolution resolve(qint64 caseId, bool askForRating, const QString &actor, qint64 atMs);
    /** Why resolve() would refuse the case now (None: it would not). */
    ResolveRefusal resolveRefusal(qint64 caseId);
    /** A person withholds (or allows again) the rating question of a case (audit row). */
    bool setRatingWithheld(qint64 caseId, bool withheld, const QString &actor, qint64 atMs);
    RatingPlan ratingPlan(qint64 caseId, qint64 nowMs);

    /** True when a rating request went out on this case and no rating came back yet. */
    bool awaitingRating(qint64 caseId);

    /**
     * A phone number the desk knows for the case's citizen, in national digits (0912345678):
     * their Zalo profile's, else the newest one they wrote in the case. Empty when none. When
     * Zalo will not carry a message to the citizen, calling is the way left to answer.
     */
    QString contactPhone(qint64 caseId);

    QString lastError() const;

private:
    RatingHold ratingHold(const Core::CaseSummary &summary, bool withheld, qint64 nowMs);
    QString recallSettingsPath() const;
    bool audit(qint64 caseId, qint64 atMs, const QString &actor, const QString &kind,
        const QString &detail);
    /** An audit row's detail: compact JSON. */
    static QString json(const QJsonObject &object);

    Store &m_store;
};

} // namespace Desk::Store
