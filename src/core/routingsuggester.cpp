// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routingsuggester.h"

#include <algorithm>

namespace Desk::Core {

namespace {

/** Per-commune group codes end in this suffix (UBND_XA, CA_XA, TTPVHCC_XA). */
const QString kCommuneGroupSuffix = QStringLiteral("_XA");

bool matches(const QString &ruleValue, const QString &caseValue)
{
    return ruleValue.isEmpty() || ruleValue == caseValue;
}

template<class T> QHash<QString, T> byCode(const QVector<T> &items)
{
    QHash<QString, T> hash;
    for (const T &item : items) {
        hash.insert(item.code, item);
    }
    return hash;
}

} // namespace

RoutingSuggester::RoutingSuggester(const QVector<RoutingRule> &rules,
    const QVector<Procedure> &procedures, const QVector<Area> &areas,
    const QVector<Agency> &agencies, const QVector<Locality> &localities)
    : m_procedures(byCode(procedures))
    , m_areas(byCode(areas))
    , m_agencies(byCode(agencies))
    , m_localities(byCode(localities))
{
    for (const RoutingRule &rule : rules) {
        if (rule.enabled && !rule.agencyCode.isEmpty()) {
            m_rules << rule;
        }
    }
    std::stable_sort(
        m_rules.begin(), m_rules.end(), [](const RoutingRule &a, const RoutingRule &b) {
            return a.position != b.position ? a.position < b.position : a.id < b.id;
        });
}

QString RoutingSuggester::resolveForLocality(
    const QString &agencyCode, const QString &localityCode) const
{
    if (localityCode.isEmpty() || !agencyCode.endsWith(kCommuneGroupSuffix)) {
        return agencyCode;
    }
    const QString own = agencyCode.chopped(kCommuneGroupSuffix.size()) + u'_' + localityCode;
    const auto it = m_agencies.constFind(own);
    return (it != m_agencies.constEnd() && it->active) ? own : agencyCode;
}

RoutingSuggestion RoutingSuggester::make(RoutingSuggestion::Source source,
    const QString &agencyCode, const QString &localityCode, const QString &why) const
{
    RoutingSuggestion s;
    s.source = source;
    s.agencyCode = resolveForLocality(agencyCode, localityCode);
    s.agencyName = m_agencies.value(s.agencyCode).name;
    s.reason = why;
    if (s.agencyCode != agencyCode) {
        s.reason += u' ' + tr("(the commune: %1)").arg(m_localities.value(localityCode).name);
    }
    return s;
}

RoutingSuggestion RoutingSuggester::suggest(const RoutingInput &input) const
{
    // A procedure implies its area and level when the case does not name them.
    const auto procedure = m_procedures.constFind(input.procedureCode);
    const bool knownProcedure
        = !input.procedureCode.isEmpty() && procedure != m_procedures.constEnd();
    const QString areaCode = !input.areaCode.isEmpty()
        ? input.areaCode
        : (knownProcedure ? procedure->areaCode : QString());
    const QString level = knownProcedure ? procedure->level : QString();
    const QString locality
        = m_localities.contains(input.localityCode) ? input.localityCode : QString();

    for (const RoutingRule &rule : m_rules) {
        if (matches(rule.kind, input.kind) && matches(rule.areaCode, areaCode)
            && matches(rule.procedureCode, input.procedureCode) && matches(rule.level, level)) {
            RoutingSuggestion s = make(RoutingSuggestion::Source::Rule, rule.agencyCode, locality,
                rule.note.isEmpty() ? tr("Routing rule %1").arg(rule.position)
                                    : tr("Routing rule %1: %2").arg(rule.position).arg(rule.note));
            s.ruleId = rule.id;
            return s;
        }
    }
    if (knownProcedure && !procedure->agencyCode.isEmpty()) {
        return make(RoutingSuggestion::Source::Procedure, procedure->agencyCode, locality,
            tr("Agency responsible for the procedure %1").arg(procedure->name));
    }
    const auto area = m_areas.constFind(areaCode);
    if (!areaCode.isEmpty() && area != m_areas.constEnd()) {
        const bool atCommune = !area->communeAgency.isEmpty() && level != QLatin1String("province")
            && (!locality.isEmpty() || area->provincialAgency.isEmpty()
                || level == QLatin1String("commune"));
        if (atCommune) {
            return make(RoutingSuggestion::Source::Area, area->communeAgency, locality,
                tr("Commune-level agency for the area %1").arg(area->name));
        }
        if (!area->provincialAgency.isEmpty()) {
            return make(RoutingSuggestion::Source::Area, area->provincialAgency, locality,
                tr("Provincial agency for the area %1").arg(area->name));
        }
    }
    RoutingSuggestion none;
    none.reason = tr("No rule, procedure or area names an agency: route by hand");
    return none;
}

} // namespace Desk::Core
