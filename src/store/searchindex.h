// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Desk::Store {

class Database;

/**
 * Writes the case documents of the contentless FTS5 table `case_search` (see casetext.h)
 * and keeps `cases.search_rowid` in step. The caller owns the transaction, so a document
 * always changes together with the rows it describes.
 */
class SearchIndex
{
public:
    explicit SearchIndex(Database &db)
        : m_db(db)
    { }

    /**
     * Replaces the document of case `caseId`: removes `oldDocument` stored under `oldKey`
     * (0: none) and adds `newDocument` under the key of `lastActivityMs`. Returns that key,
     * 0 on failure. With `writeKey` false the caller stores it in cases.search_rowid (ingest
     * does, in the UPDATE it runs anyway).
     */
    qint64 reindex(qint64 caseId, qint64 lastActivityMs, qint64 oldKey, const QString &oldDocument,
        const QString &newDocument, bool writeKey = true);
    /** reindex() under `key`, which the caller chose and stores in cases.search_rowid. */
    bool replaceDocument(qint64 caseId, qint64 oldKey, const QString &oldDocument, qint64 key,
        const QString &newDocument);
    /** The first key of `lastActivityMs` no other case holds (one look-up per slot tried);
     *  0 (and the error recorded) on failure. */
    qint64 freeKey(qint64 caseId, qint64 lastActivityMs);
    /** Folded documents of a case's stored messages in messages.id order, minus `skip`. */
    bool storedMessageDocuments(
        qint64 caseId, const QSet<qint64> &skip, QStringList *included, QStringList *all);
    /** After a citizen's name or phone changed: re-indexes each of their cases. */
    bool reindexCitizen(
        const QString &citizenId, const QString &oldCitizenText, const QString &newCitizenText);

    /**
     * Deferred mode, for Store batches: document writes wait for flush(). Every SAVEPOINT
     * (one per ingest call inside a batch) makes FTS5 flush its pending terms into a new
     * segment, so writing per call would cost a segment, and merges, per conversation.
     * flush() writes all changes at the end, deletes then inserts, in ascending rowid order
     * (FTS5 also flushes whenever a rowid smaller than the previous one is written).
     */
    struct Change
    {
        qint64 oldKey = 0; // as indexed before the batch (0: not indexed)
        QString oldDocument;
        qint64 newKey = 0;
        QString newDocument;
    };
    using Pending = QHash<qint64, Change>; // by case id
    void setDeferred(bool deferred) { m_deferred = deferred; }
    bool isDeferred() const { return m_deferred; }
    /** For undoing one call's changes when its savepoint is rolled back. */
    Pending pending() const { return m_pending; }
    void restore(const Pending &pending) { m_pending = pending; }
    void discard() { m_pending.clear(); }
    bool flush();

private:
    bool addDocument(qint64 rowid, const QString &foldedText);
    /** Contentless FTS5 forgets the text: deleting needs exactly the text that was indexed. */
    bool removeDocument(qint64 rowid, const QString &foldedText);

    Database &m_db;
    bool m_deferred = false;
    Pending m_pending;
};

} // namespace Desk::Store
