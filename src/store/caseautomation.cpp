// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/caseautomation.h"

#include "store/casework.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/storelog.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <utility>

namespace Desk::Store {

namespace {

QVector<qint64> ids(Database &db, const QString &sql, std::initializer_list<QVariant> values)
{
    QVector<qint64> result;
    QSqlQuery *q = db.query(sql, values, QStringLiteral("looking for automatic work"));
    if (!q) {
        return result;
    }
    StatementReset reset(q);
    while (q->next()) {
        result.append(q->value(0).toLongLong());
    }
    return result;
}

} // namespace

CaseAutomation::CaseAutomation(Store &store, Core::Classifier classifier, Core::RatingScale scale)
    : m_store(store)
    , m_classifier(std::move(classifier))
    , m_scale(std::move(scale))
{ }

QString CaseAutomation::ratingQuestion(const Core::RatingScale &scale)
{
    return QCoreApplication::translate("Desk::Store::CaseAutomation",
        "Thank you for contacting the Procedure Settlement Center. Please rate how satisfied "
        "you are with the answer by replying with one number: %1")
        .arg(scale.promptText());
}

CaseAutomation::Report CaseAutomation::run(qint64 nowMs)
{
    Report report;
    // No rating question from here: staff ask it by resolving the case (CaseWork::resolve),
    // never after an acknowledgement, a request for papers or while an agency works on it.
    report.ok = classifyCases(nowMs, report) && recogniseRatings(report);
    if (report.classified + report.rated > 0) {
        qCInfo(lcStore) << "automation: classified" << report.classified << "rated" << report.rated;
    }
    return report;
}

QString CaseAutomation::pendingClassificationSql()
{
    return QStringLiteral("SELECT c.id FROM cases c WHERE c.kind = '' AND EXISTS (SELECT 1 FROM "
                          "messages m WHERE m.case_id = c.id AND m.direction = 'in') "
                          "ORDER BY c.id LIMIT ?");
}

bool CaseAutomation::classifyCases(qint64 nowMs, Report &report)
{
    Database &db = m_store.database();
    CaseWork work(m_store);
    // Whatever the status: a conversation that began with OA console answers (auto-replies,
    // earlier manual answers) arrives as a `replied` case and still needs its kind. Cases with
    // no citizen message yet (an OA broadcast) wait for one. Cases left unclassified by an
    // older version are picked up the same way, kBatch per pass (index cases_unclassified).
    const auto pending = ids(db, pendingClassificationSql(), {kBatch});
    // A commit per case is a WAL flush per case on a real server; kCommitEvery cases share
    // one, short enough that a colleague's edit of one of them waits only a moment. Inside a
    // caller's batch the caller commits.
    const bool ownBatch = !m_store.inBatch();
    int uncommitted = 0;
    const auto commit = [&] {
        if (ownBatch && uncommitted > 0 && !m_store.commitBatch()) {
            return false;
        }
        report.classified += std::exchange(uncommitted, 0);
        return true;
    };
    for (const qint64 caseId : pending) {
        if (ownBatch && uncommitted == 0 && !m_store.beginBatch()) {
            return false;
        }
        // The citizen's first messages say what the case is about; later ones drift.
        QStringList texts;
        for (const auto &message : m_store.messagesForCase(caseId)) {
            if (message.direction == Core::Direction::Inbound && !message.text.isEmpty()) {
                texts << message.text;
            }
            if (texts.size() == 5) {
                break;
            }
        }
        const Core::Classification result = m_classifier.classify(texts.join(QLatin1Char('\n')));
        const CaseClassification classification {Core::caseKindKey(result.kind), result.area,
            result.localityCode, QString(), result.rule};
        if (!work.classify(caseId, classification, QStringLiteral("classifier"), nowMs)) {
            if (ownBatch) {
                m_store.rollbackBatch();
            }
            return false;
        }
        ++uncommitted;
        if (uncommitted == kCommitEvery && !commit()) {
            return false;
        }
    }
    return commit();
}

bool CaseAutomation::recogniseRatings(Report &report)
{
    Database &db = m_store.database();
    CaseWork work(m_store);
    const auto waiting = ids(db,
        QStringLiteral("SELECT DISTINCT o.case_id FROM outbox o WHERE o.purpose = 'rating_request' "
                       "AND o.state = 'sent' AND NOT EXISTS (SELECT 1 FROM ratings r "
                       "WHERE r.case_id = o.case_id AND r.at_ms >= o.sent_at_ms) LIMIT ?"),
        {kBatch});
    Outbox outbox(m_store);
    for (const qint64 caseId : waiting) {
        qint64 askedAt = 0;
        for (const auto &item : outbox.forCase(caseId)) {
            if (item.purpose == OutboxPurpose::RatingRequest && item.state == OutboxState::Sent) {
                askedAt = std::max(askedAt, item.sentAtMs);
            }
        }
        const auto messages = m_store.messagesForCase(caseId);
        // The citizen's first answer after the question counts.
        for (const auto &message : messages) {
            if (message.direction != Core::Direction::Inbound || message.timeMs < askedAt) {
                continue;
            }
            if (const auto level = m_scale.recognise(message.text)) {
                if (!work.recordRating(
                        caseId, level->key, message.text, message.messageId, message.timeMs)) {
                    return false;
                }
                ++report.rated;
                break;
            }
        }
    }
    return true;
}

} // namespace Desk::Store
