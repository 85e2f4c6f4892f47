// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/exporthooks.h"

#include "store/database.h"

#include <QSqlQuery>

namespace Desk::Reports {

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QChar first = text.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QHash<QString, QString> agencyNames(Store::Database &database)
{
    QHash<QString, QString> names;
    QSqlQuery *query = database.query(
        QStringLiteral("SELECT code, name FROM agencies"), {}, QStringLiteral("reading agencies"));
    if (query) {
        const Store::StatementReset reset(query);
        while (query->next()) {
            names.insert(query->value(0).toString(), query->value(1).toString());
        }
    }
    return names;
}

} // namespace Desk::Reports
