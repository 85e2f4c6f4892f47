// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/casework.h"

#include "core/textextract.h"
#include "store/caserepository.h"
#include "store/clocks.h"
#include "store/database.h"
#include "store/shareddocuments.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Desk::Store {

namespace {

QJsonObject classificationJson(const CaseClassification &c)
{
    return {{QStringLiteral("kind"), c.kind}, {QStringLiteral("area"), c.areaCode},
        {QStringLiteral("locality"), c.localityCode},
        {QStringLiteral("procedure"), c.procedureCode}, {QStringLiteral("rule"), c.rule}};
}

const QString kRoutingDocument = QStringLiteral("routing");
const QString kRecallMinutesKey = QStringLiteral("recall_minutes");

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

QString CaseWork::json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

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
    const auto before = m_store.caseById(caseId);
    if (!before) {
        db.fail(QStringLiteral("case %1 does not exist").arg(caseId));
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
                {QStringLiteral("due_at_ms"), dueAtMs},
                // What a recall puts back.
                {QStringLiteral("status_before"), Core::caseStatusKey(before->status)},
                {QStringLiteral("agency_before"), before->agencyCode}}))
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

std::optional<Transfer> CaseWork::transfer(qint64 transferId)
{
    Database &db = m_store.database();
    db.clearError();
    QSqlQuery *q = db.query(kTransferColumns + QStringLiteral("WHERE id = ?"), {transferId},
        QStringLiteral("reading a transfer"));
    if (!q) {
        return std::nullopt;
    }
    StatementReset reset(q);
    if (!q->next()) {
        return std::nullopt;
    }
    return readTransfer(*q);
}

QString CaseWork::recallSettingsPath() const
{
    const QString path = m_store.path();
    return path.isEmpty() ? QString()
                          : QFileInfo(path).dir().filePath(QStringLiteral("routing.json"));
}

int CaseWork::recallMinutes()
{
    QByteArray body;
    if (m_store.database().isPostgres()) {
        // The team's one setting: every desk and the database's recall guard read it.
        if (const auto document = SharedDocuments::read(m_store.database(), kRoutingDocument)) {
            body = document->json;
        }
    } else if (QFile file(recallSettingsPath()); file.open(QIODevice::ReadOnly)) {
        body = file.readAll();
    }
    const QJsonValue minutes = QJsonDocument::fromJson(body).object().value(kRecallMinutesKey);
    return minutes.isDouble() && minutes.toInt() >= 0 ? minutes.toInt() : kDefaultRecallMinutes;
}

bool CaseWork::setRecallMinutes(int minutes, qint64 nowMs)
{
    Database &db = m_store.database();
    db.clearError();
    if (minutes < 0) {
        return db.fail(QStringLiteral("a recall window cannot be negative"));
    }
    const QByteArray body
        = QJsonDocument(QJsonObject {{kRecallMinutesKey, minutes}}).toJson(QJsonDocument::Compact);
    if (db.isPostgres()) {
        return SharedDocuments::write(db, kRoutingDocument, body, nowMs);
    }
    QSaveFile file(recallSettingsPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit()) {
        return db.fail(QStringLiteral("saving %1: %2").arg(file.fileName(), file.errorString()));
    }
    return true;
}

qint64 CaseWork::recallDeadline(const Transfer &transfer)
{
    return transfer.answeredAtMs > 0 ? 0 : transfer.routedAtMs + recallMinutes() * 60000LL;
}

RecallRefusal CaseWork::recall(qint64 transferId, const QString &actor, qint64 atMs)
{
    Database &db = m_store.database();
    const auto hop = transfer(transferId);
    if (!hop) {
        return db.lastError().isEmpty() ? RecallRefusal::NoTransfer : RecallRefusal::Failed;
    }
    if (hop->answeredAtMs > 0) {
        return RecallRefusal::Answered;
    }
    if (atMs > recallDeadline(*hop)) {
        return RecallRefusal::TooLate;
    }
    // The routing's own audit row says what the case was before it.
    QJsonObject routed;
    for (const Core::CaseEvent &event : m_store.caseEvents(hop->caseId)) {
        const QJsonObject detail = QJsonDocument::fromJson(event.detail.toUtf8()).object();
        if (event.kind == QLatin1String("routed")
            && detail.value(QLatin1String("transfer_id")).toInteger() == transferId) {
            routed = detail;
        }
    }
    const qint64 caseId = hop->caseId;
    Transaction transaction(db);
    if (!transaction.isActive()
        || !db.query(QStringLiteral("DELETE FROM transfers WHERE id = ?"), {transferId},
            QStringLiteral("recalling a routing"))) {
        return RecallRefusal::Failed;
    }
    const auto remaining = openTransfer(caseId);
    const auto latest = transfers(caseId);
    const QString agency = !latest.isEmpty()
        ? latest.constLast().agencyCode
        : routed.value(QLatin1String("agency_before")).toString();
    const auto statusBefore
        = Core::caseStatusFromKey(routed.value(QLatin1String("status_before")).toString());
    const Core::CaseStatus status = remaining ? Core::CaseStatus::AwaitingAgency
        : statusBefore                        ? *statusBefore
                                              : Core::CaseStatus::Classified;
    if (!db.query(QStringLiteral("UPDATE cases SET agency_code = ?, routed_at_ms = "
                                 "(SELECT min(routed_at_ms) FROM transfers WHERE case_id = ?) "
                                 "WHERE id = ?"),
            {textValue(agency), caseId, caseId}, QStringLiteral("recalling a routing"))
        || !audit(caseId, atMs, actor, QStringLiteral("routing_recalled"),
            json({{QStringLiteral("transfer_id"), transferId},
                {QStringLiteral("agency"), hop->agencyCode}, {QStringLiteral("note"), hop->note},
                {QStringLiteral("due_at_ms"), hop->dueAtMs},
                {QStringLiteral("routed_at_ms"), hop->routedAtMs},
                {QStringLiteral("routed_by"), hop->routedBy}}))
        || !Clocks(m_store).refresh(caseId) || !m_store.setCaseStatus(caseId, status, actor)
        || !transaction.commit()) {
        return RecallRefusal::Failed;
    }
    m_store.announceChanged({caseId});
    return RecallRefusal::None;
}

QString recallRefusalText(RecallRefusal refusal, int minutes)
{
    switch (refusal) {
    case RecallRefusal::None:
        return QString();
    case RecallRefusal::NoTransfer:
        return QCoreApplication::translate(
            "Desk::Store::CaseWork", "This routing no longer exists (recalled already?).");
    case RecallRefusal::Answered:
        return QCoreApplication::translate("Desk::Store::CaseWork",
            "The agency has already answered: the routing can no longer be recalled.");
    case RecallRefusal::TooLate:
        return QCoreApplication::translate("Desk::Store::CaseWork",
            "A routing can only be recalled within %n minute(s) of sending it; this one was "
            "sent earlier. Ask the agency to return the case instead.",
            nullptr, minutes);
    case RecallRefusal::Failed:
        return QCoreApplication::translate(
            "Desk::Store::CaseWork", "The routing could not be recalled.");
    }
    return QString();
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

} // namespace Desk::Store
