// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/replyvalues.h"

#include "core/textextract.h"
#include "core/vietnamtime.h"
#include "store/casework.h"
#include "store/database.h"
#include "store/directory.h"
#include "store/store.h"

#include <QSqlQuery>

namespace Desk::Store {

namespace {

QString dateText(qint64 utcMs)
{
    return utcMs > 0 ? Core::vietnamDate(utcMs).toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

void put(Core::TemplateRenderer::Values &values, const char *name, const QString &value)
{
    if (!value.trimmed().isEmpty()) {
        values.insert(QLatin1String(name), value.trimmed());
    }
}

} // namespace

Core::TemplateRenderer::Values replyValues(Store &store, qint64 caseId)
{
    Core::TemplateRenderer::Values values;
    const auto summary = store.caseById(caseId);
    if (!summary) {
        return values;
    }
    const auto citizen = store.citizen(summary->citizenId);
    put(values, "ho_ten", citizen ? citizen->displayName : summary->citizenName);
    put(values, "ma_yeu_cau", summary->code);
    put(values, "ngay_tiep_nhan", dateText(summary->openedAtMs));
    put(values, "han_tra_loi", dateText(summary->dueAtMs));

    // The dossier code the citizen quoted most recently: a later message corrects an earlier.
    const auto messages = store.messagesForCase(caseId);
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->direction == Core::Direction::Inbound) {
            const QStringList codes = Core::findDossierCodes(it->text);
            if (!codes.isEmpty()) {
                put(values, "ma_ho_so", codes.constFirst());
                break;
            }
        }
    }

    CaseWork work(store);
    Directory directory(store);
    const auto procedure = summary->procedureCode.isEmpty()
        ? std::nullopt
        : directory.procedure(summary->procedureCode);
    if (procedure) {
        put(values, "thu_tuc", procedure->name);
        put(values, "link_dvc", procedure->portalUrl);
    }
    // The agency now handling the case: the open transfer, else the last one routed to, else
    // the one the catalogue names for the procedure.
    QString agencyCode;
    if (const auto open = work.openTransfer(caseId)) {
        agencyCode = open->agencyCode;
    } else if (!summary->agencyCode.isEmpty()) {
        agencyCode = summary->agencyCode;
    } else if (procedure) {
        agencyCode = procedure->agencyCode;
    }
    if (const auto agency = agencyCode.isEmpty() ? std::nullopt : directory.agency(agencyCode)) {
        put(values, "don_vi", agency->name);
        put(values, "so_dien_thoai_don_vi", agency->phone);
    }
    const auto transfers = work.transfers(caseId);
    for (auto it = transfers.crbegin(); it != transfers.crend(); ++it) {
        if (it->answeredAtMs > 0) {
            put(values, "noi_dung_tra_loi", it->answerText);
            break;
        }
    }
    return values;
}

QStringList recentStaffLogins(Store &store, int window)
{
    Database &db = store.database();
    db.clearError();
    QStringList logins;
    // Rowid ranges keep both scans to the newest rows (no index on assignee or created_by).
    // Rating questions are queued by the desk itself ("desk"), not by a person.
    QSqlQuery *q = db.query(
        QStringLiteral("SELECT assignee FROM cases WHERE id > (SELECT coalesce(max(id), 0) - ? "
                       "FROM cases) AND assignee <> '' "
                       "UNION SELECT created_by FROM outbox WHERE id > (SELECT "
                       "coalesce(max(id), 0) - ? FROM outbox) AND created_by <> '' "
                       "AND purpose <> 'rating_request' ORDER BY 1"),
        {window, window}, QStringLiteral("listing staff logins"));
    if (!q) {
        return logins;
    }
    StatementReset reset(q);
    while (q->next()) {
        logins.append(q->value(0).toString());
    }
    return logins;
}

} // namespace Desk::Store
