// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory.h"

#include "core/domain.h"

#include <climits>

namespace Desk::Core {

namespace {

ColumnSpec text(const QString &name, bool required = false)
{
    ColumnSpec c;
    c.name = name;
    c.required = required;
    return c;
}

ColumnSpec reference(const QString &name, DirectoryTable table, bool required = false)
{
    ColumnSpec c = text(name, required);
    c.references = table;
    return c;
}

ColumnSpec oneOf(const QString &name, const QStringList &allowed)
{
    ColumnSpec c = text(name);
    c.allowed = allowed;
    return c;
}

ColumnSpec flag(const QString &name, bool defaultValue)
{
    ColumnSpec c = text(name);
    c.type = ColumnType::Boolean;
    c.defaultValue = defaultValue ? QStringLiteral("1") : QStringLiteral("0");
    return c;
}

ColumnSpec integer(const QString &name, int minimum, int maximum, const QString &defaultValue)
{
    ColumnSpec c = text(name);
    c.type = ColumnType::Integer;
    c.minimum = minimum;
    c.maximum = maximum;
    c.defaultValue = defaultValue;
    return c;
}

QStringList caseKindKeys()
{
    QStringList keys;
    for (CaseKind kind : allCaseKinds()) {
        keys << caseKindKey(kind);
    }
    return keys;
}

const QStringList kLevels = {QStringLiteral("province"), QStringLiteral("commune")};

TableSpec makeSpec(DirectoryTable table, const char *sqlName, const char *file,
    const char *keyColumn, const char *orderBy, const QVector<ColumnSpec> &columns)
{
    TableSpec spec;
    spec.table = table;
    spec.sqlName = QString::fromLatin1(sqlName);
    spec.defaultFile = QStringLiteral(":/data/") + QString::fromLatin1(file);
    spec.keyColumn = QString::fromLatin1(keyColumn);
    spec.integerKey = spec.keyColumn == QLatin1String("id");
    spec.orderBy = QString::fromLatin1(orderBy);
    spec.columns = columns;
    return spec;
}

QVector<TableSpec> buildSpecs()
{
    const auto code = [] { return text(QStringLiteral("code"), true); };
    const auto name = [] { return text(QStringLiteral("name"), true); };
    const auto verified = [] { return flag(QStringLiteral("verified"), false); };
    const auto ruleId = [] { return integer(QStringLiteral("id"), 1, INT_MAX, QString()); };
    const auto position = [] {
        ColumnSpec c = integer(QStringLiteral("position"), 0, 1000000, QString());
        c.required = true;
        return c;
    };
    ColumnSpec online = integer(QStringLiteral("online_level"), 0, 4, QStringLiteral("0"));
    online.allowed = {QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("4")};
    ColumnSpec body = text(QStringLiteral("body"), true);
    body.multiline = true;
    using T = DirectoryTable;
    // Same order as the enum: tableSpec() indexes this vector.
    return {
        makeSpec(T::Agencies, "agencies", "agencies.csv", "code", "code",
            {code(), name(), text(QStringLiteral("kind")),
                reference(QStringLiteral("parent_code"), T::Agencies),
                text(QStringLiteral("phone")), text(QStringLiteral("email")),
                text(QStringLiteral("address")), text(QStringLiteral("notes")), verified(),
                flag(QStringLiteral("active"), true)}),
        makeSpec(T::Localities, "localities", "communes.csv", "code", "name",
            {code(), name(),
                oneOf(QStringLiteral("type"),
                    {QStringLiteral("xã"), QStringLiteral("phường"), QStringLiteral("đặc khu")}),
                text(QStringLiteral("former_units")), verified()}),
        makeSpec(T::Areas, "areas", "areas.csv", "code", "name",
            {code(), name(), reference(QStringLiteral("provincial_agency"), T::Agencies),
                reference(QStringLiteral("commune_agency"), T::Agencies), verified()}),
        makeSpec(T::Procedures, "procedures", "procedures.csv", "code", "area_code, code",
            {code(), name(), reference(QStringLiteral("area_code"), T::Areas, true),
                oneOf(QStringLiteral("level"), kLevels), online, text(QStringLiteral("portal_url")),
                reference(QStringLiteral("agency_code"), T::Agencies), verified()}),
        makeSpec(T::ReplyTemplates, "reply_templates", "reply-templates.csv", "code", "code",
            {code(), text(QStringLiteral("title"), true),
                oneOf(QStringLiteral("kind"), caseKindKeys()),
                reference(QStringLiteral("area_code"), T::Areas), body, verified()}),
        makeSpec(T::RoutingRules, "routing_rules", "routing-rules.csv", "id", "position, id",
            {ruleId(), position(), oneOf(QStringLiteral("kind"), caseKindKeys()),
                reference(QStringLiteral("area_code"), T::Areas),
                reference(QStringLiteral("procedure_code"), T::Procedures),
                oneOf(QStringLiteral("level"), kLevels),
                reference(QStringLiteral("agency_code"), T::Agencies, true),
                text(QStringLiteral("note")), flag(QStringLiteral("enabled"), true)}),
        // Written by the classification helper's data file; only stored and listed here.
        makeSpec(T::ClassificationRules, "classification_rules", "classification-rules.csv", "id",
            "position, id",
            {ruleId(), position(), text(QStringLiteral("target"), true),
                text(QStringLiteral("value"), true), text(QStringLiteral("pattern"), true),
                integer(QStringLiteral("weight"), -1000, 1000, QStringLiteral("1")),
                text(QStringLiteral("note")), flag(QStringLiteral("enabled"), true)}),
    };
}

QString flagText(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

bool isSet(const QString &value)
{
    return value == QLatin1String("1");
}

QString at(const QStringList &record, int index)
{
    return index < record.size() ? record.at(index) : QString();
}

} // namespace

QList<DirectoryTable> allDirectoryTables()
{
    return {DirectoryTable::Agencies, DirectoryTable::Localities, DirectoryTable::Areas,
        DirectoryTable::Procedures, DirectoryTable::ReplyTemplates, DirectoryTable::RoutingRules,
        DirectoryTable::ClassificationRules};
}

int TableSpec::indexOf(const QString &column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == column) {
            return i;
        }
    }
    return -1;
}

const TableSpec &tableSpec(DirectoryTable table)
{
    static const QVector<TableSpec> specs = buildSpecs();
    return specs.at(static_cast<int>(table));
}

std::optional<bool> parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("yes"),
        QStringLiteral("true"), QStringLiteral("có"), QStringLiteral("x"), QStringLiteral("y")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("no"),
        QStringLiteral("false"), QStringLiteral("không"), QStringLiteral("n")};
    if (yes.contains(t)) {
        return true;
    }
    if (no.contains(t)) {
        return false;
    }
    return std::nullopt;
}

QStringList toRecord(const Agency &a)
{
    return {a.code, a.name, a.kind, a.parentCode, a.phone, a.email, a.address, a.notes,
        flagText(a.verified), flagText(a.active)};
}

QStringList toRecord(const Locality &l)
{
    return {l.code, l.name, l.type, l.formerUnits, flagText(l.verified)};
}

QStringList toRecord(const Area &a)
{
    return {a.code, a.name, a.provincialAgency, a.communeAgency, flagText(a.verified)};
}

QStringList toRecord(const Procedure &p)
{
    return {p.code, p.name, p.areaCode, p.level, QString::number(p.onlineLevel), p.portalUrl,
        p.agencyCode, flagText(p.verified)};
}

QStringList toRecord(const ReplyTemplate &t)
{
    return {t.code, t.title, t.kind, t.areaCode, t.body, flagText(t.verified)};
}

QStringList toRecord(const RoutingRule &r)
{
    return {r.id > 0 ? QString::number(r.id) : QString(), QString::number(r.position), r.kind,
        r.areaCode, r.procedureCode, r.level, r.agencyCode, r.note, flagText(r.enabled)};
}

Agency agencyFromRecord(const QStringList &r)
{
    return {at(r, 0), at(r, 1), at(r, 2), at(r, 3), at(r, 4), at(r, 5), at(r, 6), at(r, 7),
        isSet(at(r, 8)), isSet(at(r, 9))};
}

Locality localityFromRecord(const QStringList &r)
{
    return {at(r, 0), at(r, 1), at(r, 2), at(r, 3), isSet(at(r, 4))};
}

Area areaFromRecord(const QStringList &r)
{
    return {at(r, 0), at(r, 1), at(r, 2), at(r, 3), isSet(at(r, 4))};
}

Procedure procedureFromRecord(const QStringList &r)
{
    return {at(r, 0), at(r, 1), at(r, 2), at(r, 3), at(r, 4).toInt(), at(r, 5), at(r, 6),
        isSet(at(r, 7))};
}

ReplyTemplate replyTemplateFromRecord(const QStringList &r)
{
    return {at(r, 0), at(r, 1), at(r, 2), at(r, 3), at(r, 4), isSet(at(r, 5))};
}

RoutingRule routingRuleFromRecord(const QStringList &r)
{
    return {at(r, 0).toLongLong(), at(r, 1).toInt(), at(r, 2), at(r, 3), at(r, 4), at(r, 5),
        at(r, 6), at(r, 7), isSet(at(r, 8))};
}

} // namespace Desk::Core
