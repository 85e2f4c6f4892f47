// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directoryimport.h"

#include "core/csvtable.h"
#include "core/templaterenderer.h"
#include "core/textfold.h"

namespace Desk::Core {

namespace {

/** Longest value kept in a directory cell (a template body is the longest real one). */
constexpr int kMaxCellLength = 8000;

QString cleanCell(const QString &raw, const ColumnSpec &column)
{
    const QString text = Csv::unguardFormula(raw.trimmed());
    if (column.multiline) {
        return TemplateRenderer::sanitize(text, kMaxCellLength).trimmed();
    }
    // One-line values: line breaks and tabs become spaces.
    return TemplateRenderer::sanitize(text, kMaxCellLength).simplified();
}

} // namespace

QString DirectoryImport::tableTitle(DirectoryTable table)
{
    switch (table) {
    case DirectoryTable::Agencies:
        return tr("agency");
    case DirectoryTable::Localities:
        return tr("commune");
    case DirectoryTable::Areas:
        return tr("area");
    case DirectoryTable::Procedures:
        return tr("procedure");
    case DirectoryTable::ReplyTemplates:
        return tr("reply template");
    case DirectoryTable::RoutingRules:
        return tr("routing rule");
    case DirectoryTable::ClassificationRules:
        return tr("classification rule");
    }
    return QString();
}

QString DirectoryImport::validate(
    DirectoryTable table, QStringList &record, const KnownKeys &known, QString *columnOut)
{
    const TableSpec &spec = tableSpec(table);
    while (record.size() < spec.columns.size()) {
        record << QString();
    }
    for (int i = 0; i < spec.columns.size(); ++i) {
        const ColumnSpec &column = spec.columns.at(i);
        QString value = cleanCell(record.at(i), column);
        if (value.isEmpty()) {
            value = column.defaultValue;
        }
        record[i] = value;
        if (columnOut) {
            *columnOut = column.name;
        }
        if (value.isEmpty()) {
            if (column.required) {
                return tr("a value is required");
            }
            continue;
        }
        switch (column.type) {
        case ColumnType::Boolean: {
            const auto flag = parseFlag(value);
            if (!flag) {
                return tr("“%1” is not yes/no (1/0)").arg(value);
            }
            record[i] = *flag ? QStringLiteral("1") : QStringLiteral("0");
            break;
        }
        case ColumnType::Integer: {
            bool ok = false;
            const qlonglong number = value.toLongLong(&ok);
            if (!ok) {
                return tr("“%1” is not a whole number").arg(value);
            }
            if (number < column.minimum || number > column.maximum) {
                return tr("%1 is out of range (%2 to %3)")
                    .arg(value)
                    .arg(column.minimum)
                    .arg(column.maximum);
            }
            record[i] = QString::number(number);
            break;
        }
        case ColumnType::Text:
            break;
        }
        if (!column.allowed.isEmpty() && !column.allowed.contains(record.at(i))) {
            return tr("“%1” is not one of: %2")
                .arg(value, column.allowed.join(QStringLiteral(", ")));
        }
        if (column.references && !known.value(*column.references).contains(value)) {
            return tr("unknown %1 code “%2”").arg(tableTitle(*column.references), value);
        }
    }
    if (columnOut) {
        columnOut->clear();
    }
    return QString();
}

ImportResult DirectoryImport::parse(
    DirectoryTable table, const QByteArray &csv, const KnownKeys &knownInStore)
{
    ImportResult result;
    result.table = table;
    const TableSpec &spec = tableSpec(table);
    const Csv::ParseResult parsed = Csv::parse(csv);
    if (!parsed.ok) {
        result.fileError = parsed.error.contains(QLatin1String("UTF-8"))
            ? tr("The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.")
            : tr("Line %1: a quoted value is not closed.").arg(parsed.errorLine);
        return result;
    }
    if (parsed.records.isEmpty()) {
        result.fileError = tr("The file is empty.");
        return result;
    }

    // Header: column name -> index in the file.
    const Csv::Record &header = parsed.records.first();
    QVector<int> sourceIndex(spec.columns.size(), -1);
    for (int f = 0; f < header.fields.size(); ++f) {
        const int c = spec.indexOf(Csv::unguardFormula(header.fields.at(f)).trimmed().toLower());
        if (c >= 0) {
            sourceIndex[c] = f;
        }
    }
    QStringList missingColumns;
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (sourceIndex.at(c) < 0 && spec.columns.at(c).required) {
            missingColumns << spec.columns.at(c).name;
        }
    }
    if (!missingColumns.isEmpty()) {
        result.fileError = tr("Line 1: the header lacks the column(s) %1.")
                               .arg(missingColumns.join(QStringLiteral(", ")));
        return result;
    }

    // Rows of the file may refer to each other (an agency's parent on a later line), so the
    // file's own codes count as known too.
    KnownKeys known = knownInStore;
    const int keyIndex = spec.keyIndex();
    if (!spec.integerKey) {
        for (int r = 1; r < parsed.records.size(); ++r) {
            const QStringList &fields = parsed.records.at(r).fields;
            const int f = sourceIndex.at(keyIndex);
            if (f < fields.size()) {
                known[table].insert(cleanCell(fields.at(f), spec.columns.at(keyIndex)));
            }
        }
    }

    QHash<QString, int> firstLineOfKey;
    const int headerSize = header.fields.size();
    for (int r = 1; r < parsed.records.size(); ++r) {
        const Csv::Record &row = parsed.records.at(r);
        ++result.rowCount;
        if (row.fields.size() != headerSize) {
            result.rejected.push_back({row.line, QString(),
                tr("the row has %1 values, the header has %2")
                    .arg(row.fields.size())
                    .arg(headerSize)});
            continue;
        }
        QStringList record;
        for (int c = 0; c < spec.columns.size(); ++c) {
            record << (sourceIndex.at(c) >= 0 ? row.fields.at(sourceIndex.at(c)) : QString());
        }
        QString column;
        const QString problem = validate(table, record, known, &column);
        if (!problem.isEmpty()) {
            result.rejected.push_back({row.line, column, problem});
            continue;
        }
        const QString key = record.at(keyIndex);
        if (!key.isEmpty()) {
            const auto first = firstLineOfKey.constFind(key);
            if (first != firstLineOfKey.constEnd()) {
                result.rejected.push_back({row.line, spec.keyColumn,
                    tr("duplicate code “%1” (already on line %2)").arg(key).arg(*first)});
                continue;
            }
            firstLineOfKey.insert(key, row.line);
        }
        result.accepted << record;
        result.acceptedLines << row.line;
    }
    return result;
}

} // namespace Desk::Core
