// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Desk::Store {

class Database;

/**
 * Writes to the contentless FTS5 table `case_search` (rowids: see casetext.h). The caller
 * owns the transaction, so documents are indexed atomically with the rows they describe.
 */
class SearchIndex
{
public:
    explicit SearchIndex(Database &db)
        : m_db(db)
    { }

    bool addDocument(qint64 rowid, const QString &foldedText);
    /** Contentless FTS5 forgets the text: deleting needs exactly the text that was indexed. */
    bool removeDocument(qint64 rowid, const QString &foldedText);
    bool addHeader(qint64 caseId, const QString &caseCode, const QString &citizenSearchText);
    /** After a citizen's name or phone changed: re-indexes the header of each of their cases. */
    bool rewriteHeaders(
        const QString &citizenId, const QString &oldCitizenText, const QString &newCitizenText);

private:
    Database &m_db;
};

} // namespace Desk::Store
