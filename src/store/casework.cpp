// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/casework.h"

#include "core/textextract.h"
#include "store/caserepository.h"
#include "store/clocks.h"
#include "store/database.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Desk::Store {

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject classificationJson(const CaseClassification &c)
{
    return {{QStringLiteral("kind"), c.kind}, {QStringLiteral("area"), c.areaCode},
        {QStringLiteral("locality"), c.localityCode},
        {QStringLiteral("procedure"), c.procedureCode}, {QStringLiteral("rule"), c.rule}};
}

const QString kTransferColumns = QStringLiteral(
    "SELECT id, case_id, agency_code, note, routed_at_ms, due_at_ms, routed_by, answered_at_ms, "
    "answer_text, answer_files_json, recorded_by FROM transfers ");

Transfer readTransfer(const QSqlQuery &q)
{
    Transfer t;
    t.id = q.value(0).toLongLong();
    t.caseId = q.value(1).toLongLong();
    t.agencyCode = q.value(2).toString();
    t.note = q.value(3).toString();
    t.routedAtMs = q.value(4).toLongLong();
    t.dueAtMs = q.value(5).toLongLong();
    t.routedBy = q.value(6).toString();
    t.answeredAtMs = q.value(7).toLongLong();
    t.answerText = q.value(8).toString();
    for (const auto &file : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array()) {
        t.answerFiles.append(file.toString());
    }
    t.recordedBy = q.value(10).toString();
    return t;
}

} // namespace

CaseWork::CaseWork(Store &store)
    : m_store(store)
{ }

QString CaseWork::lastError() const
{
    return m_store.database().lastError();
}

bool CaseWork::audit(
    qint64 caseId, qint64 atMs, const QString &actor, const QString &kind, const QString &detail)
{
    return CaseRepository(m_store.database()).addEvent(caseId, atMs, actor, kind, detail);
}

std::optional<CaseClassification> CaseWork::classification(qint64 caseId)
{
    Database &db = m_store.database();
    db.clearError();
    QSqlQuery *q = db.query(QStringLiteral("SELECT kind, area_code, locality_code, procedure_code, "
                                           "classification_rule FROM cases WHERE id = ?"),
        {caseId}, QStringLiteral("reading a classification"));
    if (!q) {
        return std::nullopt;
    }
    StatementReset reset(q);
    if (!q->next() || q->value(0).toString().isEmpty()) {
        return std::nullopt;
    }
    return CaseClassification {q->value(0).toString(), q->value(1).toString(),
        q->value(2).toString(), q->value(3).toString(), q->value(4).toString()};
}

bool CaseWork::classify(
    qint64 caseId, const CaseClassification &classification, const QString &actor, qint64 atMs)
{
    Database &db = m_store.database();
    db.clearError();
    const auto before = this->classification(caseId);
    const auto summary = m_store.caseById(caseId);
    if (!summary) {
        return db.fail(QStringLiteral("case %1 does not exist").arg(caseId));
    }
    const bool automatic = actor == QLatin1String("classifier");
    QJsonObject detail = classificationJson(classification);
    QString kind = QStringLiteral("classified");
    if (before && !automatic) {
        kind = QStringLiteral("classification_overridden");
        detail = {{QStringLiteral("from"), classificationJson(*before)},
            {QStringLiteral("to"), classificationJson(classification)}};
    }
    Transaction transaction(db);
    if (!transaction.isActive()
        || !db.query(QStringLiteral("UPDATE cases SET kind = ?, area_code = ?, locality_code = ?, "
                                    "procedure_code = ?, classification_rule = ? WHERE id = ?"),
            {textValue(classification.kind), textValue(classification.areaCode),
                textValue(classification.localityCode), textValue(classification.procedureCode),
                textValue(automatic ? classification.rule : QStringLiteral("staff:") + actor),
                caseId},
            QStringLiteral("recording a classification"))
        || !audit(caseId, atMs, actor, kind, json(detail))
        // The kind decides the deadlines (a complaint is redirected within 2 working days).
        || !Clocks(m_store).refresh(caseId)) {
        return false;
    }
    if (summary->status == Core::CaseStatus::New
        && !m_store.setCaseStatus(caseId, Core::CaseStatus::Classified, actor)) {
        return false;
    }
    if (!transaction.commit()) {
        return false;
    }
    m_store.announceChanged({caseId});
    return true;
}

bool CaseWork::assign(qint64 caseId, const QString &assignee, const QString &actor, qint64 atMs)
{
    Database &db = m_store.database();
    db.clearError();
    Transaction transaction(db);
    bool ok = false;
    const QString before = db.scalar(QStringLiteral("SELECT assignee FROM cases WHERE id = ?"),
                                 {caseId}, QStringLiteral("assigning a case"), &ok)
                               .toString();
    if (!transaction.isActive() || !ok
        || !db.query(QStringLiteral("UPDATE cases SET assignee = ? WHERE id = ?"),
            {textValue(assignee), caseId}, QStringLiteral("assigning a case"))
        || !audit(caseId, atMs, actor, QStringLiteral("assigned"),
            json({{QStringLiteral("from"), before}, {QStringLiteral("to"), assignee}}))
        || !transaction.commit()) {
        return false;
    }
    m_store.announceChanged({caseId});
    return true;
}

bool CaseWork::addNote(qint64 caseId, const QString &text, const QString &actor, qint64 atMs)
{
    Database &db = m_store.database();
    db.clearError();
    if (text.trimmed().isEmpty()) {
        return db.fail(QStringLiteral("an empty note"));
    }
    Transaction transaction(db);
    if (!transaction.isActive()
        || !audit(
            caseId, atMs, actor, QStringLiteral("note"), json({{QStringLiteral("text"), text}}))
        || !transaction.commit()) {
        return false;
    }
    m_store.announceChanged({caseId});
    return true;
}

bool CaseWork::saveDraft(qint64 caseId, const QString &text, const QString &author, qint64 atMs)
{
    Database &db = m_store.database();
    db.clearError();
    if (text.isEmpty()) {
        return db.query(QStringLiteral("DELETE FROM drafts WHERE case_id = ? AND author = ?"),
                   {caseId, textValue(author)}, QStringLiteral("deleting a draft"))
            != nullptr;
    }
    // No audit row: a draft is saved on every pause in typing.
    return db.query(QStringLiteral("INSERT INTO drafts(case_id, text, updated_at_ms, author) "
                                   "VALUES(?, ?, ?, ?) ON CONFLICT(case_id, author) DO UPDATE SET "
                                   "text = excluded.text, updated_at_ms = excluded.updated_at_ms"),
               {caseId, text, atMs, textValue(author)}, QStringLiteral("saving a draft"))
        != nullptr;
}

QString CaseWork::draft(qint64 caseId, const QString &author)
{
    Database &db = m_store.database();
    db.clearError();
    return db
        .scalar(QStringLiteral("SELECT text FROM drafts WHERE case_id = ? AND author = ?"),
            {caseId, textValue(author)}, QStringLiteral("reading a draft"))
        .toString();
}

qint64 CaseWork::route(qint64 caseId, const QString &agencyCode, const QString &note,
    qint64 dueAtMs, const QString &actor, qint64 atMs)
{
    Database &db = m_store.database();
    db.clearError();
    if (agencyCode.isEmpty()) {
        db.fail(QStringLiteral("no agency to route to"));
        return 0;
    }
    Transaction transaction(db);
    const qint64 transferId = transaction.isActive()
        ? db.insertReturningId(
            db.statement(QStringLiteral("INSERT INTO transfers(case_id, agency_code, note, "
                                        "routed_at_ms, due_at_ms, routed_by) "
                                        "VALUES(?, ?, ?, ?, ?, ?) RETURNING id")),
            {caseId, agencyCode, textValue(note), atMs,
                dueAtMs > 0 ? QVariant(dueAtMs) : QVariant(QMetaType(QMetaType::LongLong)),
                textValue(actor)},
            QStringLiteral("routing a case"))
        : -1;
    if (transferId <= 0) {
        return 0;
    }
    if (!db.query(QStringLiteral("UPDATE cases SET agency_code = ?, "
                                 "routed_at_ms = COALESCE(routed_at_ms, ?) WHERE id = ?"),
            {agencyCode, atMs, caseId}, QStringLiteral("routing a case"))
        || !audit(caseId, atMs, actor, QStringLiteral("routed"),
            json({{QStringLiteral("transfer_id"), transferId},
                {QStringLiteral("agency"), agencyCode}, {QStringLiteral("note"), note},
                {QStringLiteral("due_at_ms"), dueAtMs}}))
        || !Clocks(m_store).onRouted(caseId)
        || !m_store.setCaseStatus(caseId, Core::CaseStatus::AwaitingAgency, actor)
        || !transaction.commit()) {
        return 0;
    }
    m_store.announceChanged({caseId});
    return transferId;
}

bool CaseWork::recordAgencyAnswer(qint64 transferId, const QString &text, const QStringList &files,
    const QString &actor, qint64 atMs)
{
    Database &db = m_store.database();
    db.clearError();
    bool ok = false;
    const qint64 caseId = db.scalar(QStringLiteral("SELECT case_id FROM transfers WHERE id = ? "
                                                   "AND answered_at_ms IS NULL"),
                                {transferId}, QStringLiteral("recording an agency answer"), &ok)
                              .toLongLong();
    if (!ok) {
        return false;
    }
    if (caseId == 0) {
        return db.fail(
            QStringLiteral("transfer %1 does not exist or was answered already").arg(transferId));
    }
    QJsonArray fileArray;
    for (const QString &file : files) {
        fileArray.append(file);
    }
    Transaction transaction(db);
    if (!transaction.isActive()
        || !db.query(QStringLiteral("UPDATE transfers SET answered_at_ms = ?, answer_text = ?, "
                                    "answer_files_json = ?, recorded_by = ? WHERE id = ?"),
            {atMs, textValue(text),
                QString::fromUtf8(QJsonDocument(fileArray).toJson(QJsonDocument::Compact)),
                textValue(actor), transferId},
            QStringLiteral("recording an agency answer"))
        || !db.query(QStringLiteral("UPDATE cases SET agency_answered_at_ms = ? WHERE id = ?"),
            {atMs, caseId}, QStringLiteral("recording an agency answer"))
        || !audit(caseId, atMs, actor, QStringLiteral("agency_answered"),
            json({{QStringLiteral("transfer_id"), transferId},
                {QStringLiteral("files"), fileArray.size()}}))
        || !Clocks(m_store).onAgencyAnswered(caseId)
        || !m_store.setCaseStatus(caseId, Core::CaseStatus::AgencyAnswered, actor)
        || !transaction.commit()) {
        return false;
    }
    m_store.announceChanged({caseId});
    return true;
}

QVector<Transfer> CaseWork::transfers(qint64 caseId)
{
    Database &db = m_store.database();
    db.clearError();
    QVector<Transfer> result;
    QSqlQuery *q = db.query(kTransferColumns + QStringLiteral("WHERE case_id = ? ORDER BY id"),
        {caseId}, QStringLiteral("reading transfers"));
    if (!q) {
        return result;
    }
    StatementReset reset(q);
    while (q->next()) {
        result.append(readTransfer(*q));
    }
    return result;
}

std::optional<Transfer> CaseWork::openTransfer(qint64 caseId)
{
    const auto all = transfers(caseId);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->answeredAtMs == 0) {
            return *it;
        }
    }
    return std::nullopt;
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

QString CaseWork::contactPhone(qint64 caseId)
{
    const auto summary = m_store.caseById(caseId);
    if (!summary) {
        return {};
    }
    if (const auto citizen = m_store.citizen(summary->citizenId);
        citizen && !citizen->phone.isEmpty()) {
        // Zalo's shared_info gives 84xxxxxxxxx; staff dial the national form.
        const QStringList phones = Core::findPhoneNumbers(citizen->phone);
        return phones.isEmpty() ? citizen->phone : phones.constFirst();
    }
    const auto messages = m_store.messagesForCase(caseId);
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->direction == Core::Direction::Inbound) {
            const QStringList phones = Core::findPhoneNumbers(it->text);
            if (!phones.isEmpty()) {
                return phones.constFirst();
            }
        }
    }
    return {};
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
