// SPDX-License-Identifier: GPL-3.0-or-later
// The classifier's data: rules, communes (with the units merged into them) and areas read
// from CSV, the administrator's own or the defaults shipped in the binary.
#include "core/classifier.h"

#include "core/csvtable.h"
#include "core/logging.h"

#include <QFile>

// Resources of a static library must be initialised by name from outside any namespace.
static void initDefaultData()
{
    Q_INIT_RESOURCE(desk_default_data);
}

namespace Desk::Core {

namespace {

// --- CSV ----------------------------------------------------------------------------------

/** Column index by header name; -1 when missing. */
int column(const Csv::Record &header, const char *name)
{
    return int(header.fields.indexOf(QString::fromLatin1(name)));
}

QString field(const Csv::Record &row, int column)
{
    return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
}

/** Records of `csv`, header first; a broken file yields none and an error line. */
QVector<Csv::Record> records(const QByteArray &csv, QStringList *errors)
{
    Csv::ParseResult parsed = Csv::parse(csv);
    if (!parsed.ok) {
        errors->append(QStringLiteral("line %1: %2").arg(parsed.errorLine).arg(parsed.error));
        return {};
    }
    return parsed.records;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        initDefaultData();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCore) << "cannot read" << path;
        return {};
    }
    return file.readAll();
}

} // namespace

Classifier Classifier::fromDefaults()
{
    QStringList errors;
    const auto rules
        = parseRules(readResource(QStringLiteral(":/data/classification-rules.csv")), &errors);
    const auto localities
        = parseLocalities(readResource(QStringLiteral(":/data/communes.csv")), &errors);
    const auto areas = parseAreas(readResource(QStringLiteral(":/data/areas.csv")), &errors);
    for (const QString &error : std::as_const(errors)) {
        qCWarning(lcCore) << "default classification data:" << error;
    }
    return Classifier(rules, localities, areas);
}

QList<ClassificationRule> Classifier::parseRules(const QByteArray &csv, QStringList *errors)
{
    QList<ClassificationRule> rules;
    const QVector<Csv::Record> rows = records(csv, errors);
    if (rows.isEmpty()) {
        return rules;
    }
    const Csv::Record &header = rows.first();
    const int position = column(header, "position");
    const int target = column(header, "target");
    const int value = column(header, "value");
    const int pattern = column(header, "pattern");
    const int weight = column(header, "weight");
    const int note = column(header, "note");
    const int enabled = column(header, "enabled");
    if (position < 0 || target < 0 || value < 0 || pattern < 0) {
        errors->append(
            QStringLiteral("line 1: needs the columns position, target, value, pattern"));
        return rules;
    }
    for (int i = 1; i < rows.size(); ++i) {
        const Csv::Record &row = rows.at(i);
        ClassificationRule rule;
        bool okPosition = false;
        bool okWeight = true;
        rule.position = field(row, position).toInt(&okPosition);
        rule.target = field(row, target);
        rule.value = field(row, value);
        rule.pattern = field(row, pattern);
        if (weight >= 0 && !field(row, weight).isEmpty()) {
            rule.weight = field(row, weight).toInt(&okWeight);
        }
        rule.note = field(row, note);
        rule.enabled = enabled < 0 || field(row, enabled) != QLatin1String("0");
        if (!okPosition || !okWeight) {
            errors->append(
                QStringLiteral("line %1: position and weight must be numbers").arg(row.line));
            continue;
        }
        rules.append(rule);
    }
    return rules;
}

QList<Locality> Classifier::parseLocalities(const QByteArray &csv, QStringList *errors)
{
    QList<Locality> localities;
    const QVector<Csv::Record> rows = records(csv, errors);
    if (rows.isEmpty()) {
        return localities;
    }
    const int code = column(rows.first(), "code");
    const int name = column(rows.first(), "name");
    const int former = column(rows.first(), "former_units");
    if (code < 0 || name < 0) {
        errors->append(QStringLiteral("line 1: needs the columns code, name"));
        return localities;
    }
    for (int i = 1; i < rows.size(); ++i) {
        Locality locality;
        locality.code = field(rows.at(i), code);
        locality.name = field(rows.at(i), name);
        locality.formerUnits = field(rows.at(i), former);
        localities.append(locality);
    }
    return localities;
}

QList<Area> Classifier::parseAreas(const QByteArray &csv, QStringList *errors)
{
    QList<Area> areas;
    const QVector<Csv::Record> rows = records(csv, errors);
    const int code = rows.isEmpty() ? -1 : column(rows.first(), "code");
    const int name = rows.isEmpty() ? -1 : column(rows.first(), "name");
    if (code < 0 && !rows.isEmpty()) {
        errors->append(QStringLiteral("line 1: needs the column code"));
        return areas;
    }
    for (int i = 1; i < rows.size(); ++i) {
        Area area;
        area.code = field(rows.at(i), code);
        area.name = field(rows.at(i), name);
        areas.append(area);
    }
    return areas;
}

} // namespace Desk::Core
