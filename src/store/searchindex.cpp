// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/searchindex.h"

#include "store/casetext.h"
#include "store/database.h"
#include "store/searchdialect.h"

#include <QSqlQuery>
#include <QVector>
#include <algorithm>

namespace Desk::Store {

namespace {

struct CaseKey
{
    qint64 id = 0;
    QString code;
    qint64 searchRowid = 0;
    qint64 lastActivityMs = 0;
};

} // namespace

bool SearchIndex::addDocument(qint64 rowid, const QString &foldedText)
{
    return SearchDialect::of(m_db).add(m_db, rowid, foldedText);
}

bool SearchIndex::removeDocument(qint64 rowid, const QString &foldedText)
{
    return SearchDialect::of(m_db).remove(m_db, rowid, foldedText);
}

qint64 SearchIndex::freeKey(qint64 caseId, qint64 lastActivityMs)
{
    // Two cases with activity in the same millisecond take different slots.
    for (int attempt = 0; attempt < CaseText::kKeySlots; ++attempt) {
        const qint64 key = CaseText::searchKey(lastActivityMs, caseId, attempt);
        bool ok = false;
        const QVariant owner
            = m_db.scalar(QStringLiteral("SELECT id FROM cases WHERE search_rowid = ?"), {key},
                QStringLiteral("choosing a search key"), &ok);
        if (!ok) {
            return 0;
        }
        if (!owner.isValid() || owner.toLongLong() == caseId) {
            return key;
        }
    }
    m_db.fail(QStringLiteral("no free search key for case %1").arg(caseId));
    return 0;
}

qint64 SearchIndex::reindex(qint64 caseId, qint64 lastActivityMs, qint64 oldKey,
    const QString &oldDocument, const QString &newDocument, bool writeKey)
{
    qint64 key = oldKey;
    if (oldKey <= 0 || oldKey / CaseText::kKeySlots != std::max<qint64>(lastActivityMs, 0)) {
        key = freeKey(caseId, lastActivityMs);
        if (key <= 0) {
            return 0;
        }
    }
    if (!replaceDocument(caseId, oldKey, oldDocument, key, newDocument)) {
        return 0;
    }
    if (writeKey && key != oldKey
        && !m_db.run(
            m_db.statement(QStringLiteral("UPDATE cases SET search_rowid = ? WHERE id = ?")),
            {key, caseId}, QStringLiteral("indexing a case for search"))) {
        return 0;
    }
    return key;
}

bool SearchIndex::replaceDocument(qint64 caseId, qint64 oldKey, const QString &oldDocument,
    qint64 key, const QString &newDocument)
{
    if (!m_deferred) {
        return (oldKey <= 0 || removeDocument(oldKey, oldDocument))
            && addDocument(key, newDocument);
    }
    const auto pending = m_pending.find(caseId);
    if (pending == m_pending.end()) {
        m_pending.insert(caseId, {oldKey, oldDocument, key, newDocument});
    } else {
        // Touched again in the batch: the index still holds the pre-batch document.
        pending->newKey = key;
        pending->newDocument = newDocument;
    }
    return true;
}

bool SearchIndex::storedMessageDocuments(
    qint64 caseId, const QSet<qint64> &skip, QStringList *included, QStringList *all)
{
    QSqlQuery *query = m_db.query(QStringLiteral("SELECT id, text, file_name FROM messages "
                                                 "WHERE case_id = ? ORDER BY id"),
        {caseId}, QStringLiteral("reading a case for search"));
    if (!query) {
        return false;
    }
    StatementReset reset(query);
    while (query->next()) {
        const QString document
            = CaseText::messageDocument(query->value(1).toString(), query->value(2).toString());
        if (included && !skip.contains(query->value(0).toLongLong())) {
            included->append(document);
        }
        if (all) {
            all->append(document);
        }
    }
    return true;
}

bool SearchIndex::reindexCitizen(
    const QString &citizenId, const QString &oldCitizenText, const QString &newCitizenText)
{
    QSqlQuery *cases
        = m_db.query(QStringLiteral("SELECT id, code, search_rowid, last_activity_at_ms FROM cases "
                                    "WHERE citizen_id = ?"),
            {citizenId}, QStringLiteral("listing a citizen's cases"));
    if (!cases) {
        return false;
    }
    // Collected first: the statement cache reuses the reads below.
    QVector<CaseKey> keys;
    while (cases->next()) {
        keys.append({cases->value(0).toLongLong(), cases->value(1).toString(),
            cases->value(2).toLongLong(), cases->value(3).toLongLong()});
    }
    cases->finish();
    for (const CaseKey &key : std::as_const(keys)) {
        QStringList messages;
        if (!storedMessageDocuments(key.id, {}, nullptr, &messages)) {
            return false;
        }
        const QString oldDocument = CaseText::caseDocument(oldCitizenText, key.code, messages);
        const QString newDocument = CaseText::caseDocument(newCitizenText, key.code, messages);
        if (reindex(key.id, key.lastActivityMs, key.searchRowid, oldDocument, newDocument) <= 0) {
            return false;
        }
    }
    return true;
}

bool SearchIndex::flush()
{
    QVector<Change> changes;
    changes.reserve(m_pending.size());
    for (const Change &change : std::as_const(m_pending)) {
        changes.append(change);
    }
    std::sort(changes.begin(), changes.end(),
        [](const Change &a, const Change &b) { return a.oldKey < b.oldKey; });
    for (const Change &change : std::as_const(changes)) {
        if (change.oldKey > 0 && !removeDocument(change.oldKey, change.oldDocument)) {
            return false;
        }
    }
    std::sort(changes.begin(), changes.end(),
        [](const Change &a, const Change &b) { return a.newKey < b.newKey; });
    for (const Change &change : std::as_const(changes)) {
        if (!addDocument(change.newKey, change.newDocument)) {
            return false;
        }
    }
    m_pending.clear();
    return true;
}

} // namespace Desk::Store
