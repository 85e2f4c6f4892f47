// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

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
    std::optional<Transfer> openTransfer(qint64 caseId);

    /**
     * Stores the citizen's rating (one per case; a later answer replaces it), with the staff
     * member who answered and the agency that handled the case, and closes a replied case.
     */
    bool recordRating(qint64 caseId, const QString &level, const QString &rawText,
        const QString &messageId, qint64 atMs);
    std::optional<CaseRating> rating(qint64 caseId);
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
    bool audit(qint64 caseId, qint64 atMs, const QString &actor, const QString &kind,
        const QString &detail);

    Store &m_store;
};

} // namespace Desk::Store
