// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/searchindex.h"

#include "store/casetext.h"
#include "store/database.h"

#include <QVector>
#include <utility>

namespace Desk::Store {

bool SearchIndex::addDocument(qint64 rowid, const QString &foldedText)
{
    return m_db.run(
        m_db.statement(QStringLiteral("INSERT INTO case_search(rowid, body) VALUES(?, ?)")),
        {rowid, textValue(foldedText)}, QStringLiteral("indexing for search"));
}

bool SearchIndex::removeDocument(qint64 rowid, const QString &foldedText)
{
    return m_db.run(
        m_db.statement(QStringLiteral(
            "INSERT INTO case_search(case_search, rowid, body) VALUES('delete', ?, ?)")),
        {rowid, textValue(foldedText)}, QStringLiteral("removing a search document"));
}

bool SearchIndex::addHeader(
    qint64 caseId, const QString &caseCode, const QString &citizenSearchText)
{
    return addDocument(
        CaseText::searchRowid(caseId, 0), CaseText::headerDocument(citizenSearchText, caseCode));
}

bool SearchIndex::rewriteHeaders(
    const QString &citizenId, const QString &oldCitizenText, const QString &newCitizenText)
{
    QSqlQuery *cases = m_db.query(QStringLiteral("SELECT id, code FROM cases WHERE citizen_id = ?"),
        {citizenId}, QStringLiteral("listing a citizen's cases"));
    if (!cases) {
        return false;
    }
    // Collect first: writing to the FTS table while this read is open is allowed, but
    // keeping reads short keeps the statement cache simple.
    QVector<std::pair<qint64, QString>> rows;
    while (cases->next()) {
        rows.append({cases->value(0).toLongLong(), cases->value(1).toString()});
    }
    cases->finish();
    for (const auto &[caseId, code] : rows) {
        const qint64 rowid = CaseText::searchRowid(caseId, 0);
        if (!removeDocument(rowid, CaseText::headerDocument(oldCitizenText, code))
            || !addDocument(rowid, CaseText::headerDocument(newCitizenText, code))) {
            return false;
        }
    }
    return true;
}

} // namespace Desk::Store
