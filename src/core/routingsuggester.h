// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

namespace Desk::Core {

/** What is known about a case when routing it; empty fields are unknown. */
struct RoutingInput
{
    QString kind; // CaseKind key
    QString areaCode;
    QString procedureCode;
    QString localityCode;
};

struct RoutingSuggestion
{
    enum class Source { None, Rule, Procedure, Area };
    Source source = Source::None;
    QString agencyCode; // '' = no suggestion
    QString agencyName;
    QString reason; // translated, for the routing panel
    qint64 ruleId = 0; // the matching rule when source == Rule
    bool isValid() const { return !agencyCode.isEmpty(); }
};

/**
 * Suggests the responsible agency: the first enabled routing rule (by position) whose
 * non-empty fields all match; else the procedure's agency; else the area's agency (the
 * commune one when the case names a locality and the area is handled at commune level,
 * otherwise the provincial one). A per-commune group code such as UBND_XA becomes that
 * commune's own agency (UBND_32002) when the locality is known and such an agency exists.
 * Works on a snapshot of the directory; build a new one after the directory changes.
 */
class RoutingSuggester
{
    Q_DECLARE_TR_FUNCTIONS(Desk::Core::RoutingSuggester)
public:
    RoutingSuggester(const QVector<RoutingRule> &rules, const QVector<Procedure> &procedures,
        const QVector<Area> &areas, const QVector<Agency> &agencies,
        const QVector<Locality> &localities);

    RoutingSuggestion suggest(const RoutingInput &input) const;

    /** UBND_XA + 32002 -> UBND_32002 when that agency exists; otherwise `agencyCode`. */
    QString resolveForLocality(const QString &agencyCode, const QString &localityCode) const;

private:
    RoutingSuggestion make(RoutingSuggestion::Source source, const QString &agencyCode,
        const QString &localityCode, const QString &why) const;

    QVector<RoutingRule> m_rules; // enabled, sorted by position
    QHash<QString, Procedure> m_procedures;
    QHash<QString, Area> m_areas;
    QHash<QString, Agency> m_agencies;
    QHash<QString, Locality> m_localities;
};

} // namespace Desk::Core
