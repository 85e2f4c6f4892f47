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

const std::array<std::pair<CaseKind, const char *>, 9> kKindKeys = {{
    {CaseKind::Question, "question"},
    {CaseKind::Report, "report"},
    {CaseKind::Petition, "petition"},
    {CaseKind::DossierLookup, "dossier_lookup"},
    {CaseKind::Postal, "postal"},
    {CaseKind::Rating, "rating"},
    {CaseKind::SubmissionHelp, "submission_help"},
    {CaseKind::Complaint, "complaint"},
    {CaseKind::Other, "other"},
}};

// One lookup for every enum <-> stored key table.
template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, key] : table) {
        if (entry == value) {
            return QString::fromLatin1(key);
        }
    }
    return QString::fromLatin1(table.front().second);
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(
    const std::array<std::pair<Enum, const char *>, N> &table, const QString &key)
{
    for (const auto &[entry, name] : table) {
        if (key == QLatin1String(name)) {
            return entry;
        }
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const std::array<std::pair<Enum, const char *>, N> &table)
{
    QList<Enum> result;
    for (const auto &entry : table) {
        result.append(entry.first);
    }
    return result;
}
} // namespace

QString caseStatusKey(CaseStatus status)
{
    return keyOf(kStatusKeys, status);
}

std::optional<CaseStatus> caseStatusFromKey(const QString &key)
{
    return valueOf(kStatusKeys, key);
}

QList<CaseStatus> allCaseStatuses()
{
    return valuesOf(kStatusKeys);
}

QString caseKindKey(CaseKind kind)
{
    return keyOf(kKindKeys, kind);
}

std::optional<CaseKind> caseKindFromKey(const QString &key)
{
    return valueOf(kKindKeys, key);
}

QList<CaseKind> allCaseKinds()
{
    return valuesOf(kKindKeys);
}

} // namespace Desk::Core
