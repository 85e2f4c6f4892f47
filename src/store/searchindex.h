// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
     * (0: none) and adds `newDocument` under the key of `lastActivityMs`. Returns the key
     * now in cases.search_rowid, 0 on failure.
     */
    qint64 reindex(qint64 caseId, qint64 lastActivityMs, qint64 oldKey, const QString &oldDocument,
        const QString &newDocument);
    /** Folded documents of a case's stored messages in messages.id order, minus `skip`. */
    bool storedMessageDocuments(
        qint64 caseId, const QSet<qint64> &skip, QStringList *included, QStringList *all);
    /** After a citizen's name or phone changed: re-indexes each of their cases. */
    bool reindexCitizen(
        const QString &citizenId, const QString &oldCitizenText, const QString &newCitizenText);

private:
    bool addDocument(qint64 rowid, const QString &foldedText);
    /** Contentless FTS5 forgets the text: deleting needs exactly the text that was indexed. */
    bool removeDocument(qint64 rowid, const QString &foldedText);
    qint64 freeKey(qint64 caseId, qint64 lastActivityMs);

    Database &m_db;
};

} // namespace Desk::Store
