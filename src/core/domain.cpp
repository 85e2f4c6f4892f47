// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain.h"

#include <array>
#include <utility>

namespace Desk::Core {

namespace {
const std::array<std::pair<CaseStatus, const char *>, 10> kStatusKeys = {{
    {CaseStatus::New, "new"},
    {CaseStatus::Classified, "classified"},
    {CaseStatus::Routed, "routed"},
    {CaseStatus::AwaitingAgency, "awaiting_agency"},
    {CaseStatus::AgencyAnswered, "agency_answered"},
    {CaseStatus::Replied, "replied"},
    {CaseStatus::Closed, "closed"},
    {CaseStatus::WaitingCitizen, "waiting_citizen"},
    {CaseStatus::OutOfScope, "out_of_scope"},
    {CaseStatus::Reopened, "reopened"},
}};
} // namespace

QString caseStatusKey(CaseStatus status)
{
    for (const auto &[value, key] : kStatusKeys) {
        if (value == status) {
            return QString::fromLatin1(key);
        }
    }
    return QStringLiteral("new");
}

std::optional<CaseStatus> caseStatusFromKey(const QString &key)
{
    for (const auto &[value, name] : kStatusKeys) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

QList<CaseStatus> allCaseStatuses()
{
    QList<CaseStatus> result;
    for (const auto &entry : kStatusKeys) {
        result.append(entry.first);
    }
    return result;
}

} // namespace Desk::Core
