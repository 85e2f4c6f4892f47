// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/directory.h"

#include "core/csvtable.h"
#include "store/database.h"
#include "store/store.h"
#include "store/storelog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

// Resources of a static library must be initialised by name from outside any namespace.
static void initDirectoryDefaultData()
{
    Q_INIT_RESOURCE(desk_default_data);
}

namespace Desk::Store {

using Core::ColumnType;
using Core::DirectoryTable;
using Core::TableSpec;

namespace {

const QString kSeededKey = QStringLiteral("directory.seeded.%1");

QStringList columnNames(const TableSpec &spec)
{
    QStringList names;
    for (const Core::ColumnSpec &column : spec.columns) {
        names << column.name;
    }
    return names;
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i) {
        marks << QStringLiteral("?");
    }
    return marks.join(QStringLiteral(", "));
}

QVariant bindable(const Core::ColumnSpec &column, const QString &value)
{
    switch (column.type) {
    case ColumnType::Integer:
        return value.isEmpty() ? QVariant() : QVariant(value.toLongLong());
    case ColumnType::Boolean:
        return value == QLatin1String("1") ? 1 : 0;
    case ColumnType::Text:
        break;
    }
    return textValue(value);
}

QString recordValue(const Core::ColumnSpec &column, const QVariant &value)
{
    if (column.type == ColumnType::Text) {
        return value.toString();
    }
    return value.isNull() ? QString() : QString::number(value.toLongLong());
}

template<class T, class Convert>
QVector<T> convertAll(const QVector<QStringList> &records, Convert convert)
{
    QVector<T> items;
    items.reserve(records.size());
    for (const QStringList &record : records) {
        items << convert(record);
    }
    return items;
}

template<class T, class Convert>
std::optional<T> convertOne(const std::optional<QStringList> &record, Convert convert)
{
    return record ? std::optional<T>(convert(*record)) : std::nullopt;
}

} // namespace

Directory::Directory(Store &store)
    : m_store(store)
    , m_db(store.database())
{ }

bool Directory::fail(const QString &message) const
{
    m_lastError = message;
    qCWarning(lcStore) << "directory:" << message;
    return false;
}

int Directory::count(DirectoryTable table) const
{
    bool ok = false;
    const QVariant value
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(Core::tableSpec(table).sqlName),
            {}, QStringLiteral("counting directory rows"), &ok);
    return ok ? value.toInt() : -1;
}

QVector<QStringList> Directory::records(DirectoryTable table) const
{
    const TableSpec &spec = Core::tableSpec(table);
    QVector<QStringList> rows;
    QSqlQuery *q = m_db.query(
        QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
            .arg(columnNames(spec).join(QStringLiteral(", ")), spec.sqlName, spec.orderBy),
        {}, QStringLiteral("reading the directory"));
    if (!q) {
        fail(m_db.lastError());
        return rows;
    }
    StatementReset reset(q);
    while (q->next()) {
        QStringList record;
        for (int c = 0; c < spec.columns.size(); ++c) {
            record << recordValue(spec.columns.at(c), q->value(c));
        }
        rows << record;
    }
    return rows;
}

std::optional<QStringList> Directory::record(DirectoryTable table, const QString &key) const
{
    const TableSpec &spec = Core::tableSpec(table);
    const int keyIndex = spec.keyIndex();
    QSqlQuery *q = m_db.query(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
            .arg(columnNames(spec).join(QStringLiteral(", ")), spec.sqlName, spec.keyColumn),
        {bindable(spec.columns.at(keyIndex), key)}, QStringLiteral("reading a directory row"));
    if (!q) {
        fail(m_db.lastError());
        return std::nullopt;
    }
    StatementReset reset(q);
    if (!q->next()) {
        return std::nullopt;
    }
    QStringList record;
    for (int c = 0; c < spec.columns.size(); ++c) {
        record << recordValue(spec.columns.at(c), q->value(c));
    }
    return record;
}

bool Directory::exists(DirectoryTable table, const QString &key) const
{
    const TableSpec &spec = Core::tableSpec(table);
    bool ok = false;
    const QVariant found = m_db.scalar(
        QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(spec.sqlName, spec.keyColumn),
        {bindable(spec.columns.at(spec.keyIndex()), key)},
        QStringLiteral("finding a directory row"), &ok);
    return ok && found.isValid();
}

Core::KnownKeys Directory::knownKeys() const
{
    Core::KnownKeys keys;
    for (DirectoryTable table : Core::allDirectoryTables()) {
        const TableSpec &spec = Core::tableSpec(table);
        if (spec.integerKey) {
            continue; // nothing refers to rule ids
        }
        QSqlQuery *q
            = m_db.query(QStringLiteral("SELECT %1 FROM %2").arg(spec.keyColumn, spec.sqlName), {},
                QStringLiteral("reading directory codes"));
        if (!q) {
            continue;
        }
        StatementReset reset(q);
        QSet<QString> &set = keys[table];
        while (q->next()) {
            set.insert(q->value(0).toString());
        }
    }
    return keys;
}

bool Directory::writeRecord(DirectoryTable table, const QStringList &record, bool *inserted,
    QString *key, const QSet<QString> *existing)
{
    const TableSpec &spec = Core::tableSpec(table);
    const int keyIndex = spec.keyIndex();
    const QString keyValue = record.at(keyIndex);
    QStringList columns = columnNames(spec);
    QVariantList values;
    for (int c = 0; c < spec.columns.size(); ++c) {
        values << bindable(spec.columns.at(c), record.at(c));
    }
    if (keyValue.isEmpty()) {
        // A new rule: the database assigns the id (RETURNING gives it back).
        columns.removeAt(keyIndex);
        values.removeAt(keyIndex);
    }
    // An import knows the codes already; a query per row would double its time.
    const bool existed = !keyValue.isEmpty()
        && (existing ? existing->contains(keyValue) : exists(table, keyValue));
    QStringList updates;
    for (const QString &column : columns) {
        if (column != spec.keyColumn) {
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
        }
    }
    const QString sql
        = QStringLiteral(
            "INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(%4) DO UPDATE SET %5 RETURNING %4")
              .arg(spec.sqlName, columns.join(QStringLiteral(", ")), placeholders(columns.size()),
                  spec.keyColumn, updates.join(QStringLiteral(", ")));
    QSqlQuery *query = m_db.statement(sql);
    if (!m_db.run(query, values, QStringLiteral("writing a directory row"))) {
        return fail(m_db.lastError());
    }
    const QString writtenKey = query->next() ? query->value(0).toString() : keyValue;
    query->finish();
    if (inserted) {
        *inserted = !existed;
    }
    if (key) {
        *key = writtenKey;
    }
    return true;
}

bool Directory::upsertRecord(DirectoryTable table, QStringList record, QString *key)
{
    QString column;
    const QString problem = Core::DirectoryImport::validate(table, record, knownKeys(), &column);
    if (!problem.isEmpty()) {
        return fail(column.isEmpty() ? problem : QStringLiteral("%1: %2").arg(column, problem));
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(m_db.lastError());
    }
    if (!writeRecord(table, record, nullptr, key)) {
        return false;
    }
    return transaction.commit() || fail(m_db.lastError());
}

QStringList Directory::referencesTo(DirectoryTable table, const QString &key) const
{
    QStringList users;
    for (DirectoryTable other : Core::allDirectoryTables()) {
        const TableSpec &spec = Core::tableSpec(other);
        for (const Core::ColumnSpec &column : spec.columns) {
            if (column.references != table) {
                continue;
            }
            bool ok = false;
            const int count = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                              .arg(spec.sqlName, column.name),
                                      {textValue(key)}, QStringLiteral("finding references"), &ok)
                                  .toInt();
            if (ok && count > 0) {
                users << tr("%1: %n row(s), column %2", nullptr, count)
                             .arg(Core::DirectoryImport::tableTitle(other), column.name);
            }
        }
    }
    return users;
}

bool Directory::removeRecord(DirectoryTable table, const QString &key)
{
    const TableSpec &spec = Core::tableSpec(table);
    if (!spec.integerKey) {
        // Rows that name this code would no longer pass validation (and routing would
        // suggest an agency that is gone), so the administrator changes them first.
        const QStringList users = referencesTo(table, key);
        if (!users.isEmpty()) {
            return fail(tr("“%1” is still used by: %2. Change those rows first.")
                            .arg(key, users.join(QStringLiteral("; "))));
        }
    }
    if (!m_db.run(
            m_db.statement(
                QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(spec.sqlName, spec.keyColumn)),
            {bindable(spec.columns.at(spec.keyIndex()), key)},
            QStringLiteral("deleting a directory row"))) {
        return fail(m_db.lastError());
    }
    return true;
}

DirectoryImportReport Directory::importCsv(DirectoryTable table, const QByteArray &csv)
{
    DirectoryImportReport report;
    report.table = table;
    const Core::KnownKeys known = knownKeys();
    const Core::ImportResult parsed = Core::DirectoryImport::parse(table, csv, known);
    const QSet<QString> existing = known.value(table);
    const bool integerKey = Core::tableSpec(table).integerKey;
    report.rowCount = parsed.rowCount;
    report.rejected = parsed.rejected;
    report.fileError = parsed.fileError;
    if (!parsed.ok()) {
        return report;
    }
    Transaction transaction(m_db);
    bool written = transaction.isActive();
    for (const QStringList &record : parsed.accepted) {
        if (!written) {
            break;
        }
        bool inserted = false;
        written = writeRecord(table, record, &inserted, nullptr, integerKey ? nullptr : &existing);
        ++(inserted ? report.inserted : report.updated);
    }
    if (!written || !transaction.commit()) {
        report.inserted = report.updated = 0;
        report.storeError = tr("Nothing was imported: the database refused the write (%1).")
                                .arg(m_db.lastError());
        fail(report.storeError);
    }
    qCInfo(lcStore) << "directory import" << Core::tableSpec(table).sqlName << "inserted"
                    << report.inserted << "updated" << report.updated << "rejected"
                    << report.rejected.size();
    return report;
}

QByteArray Directory::exportCsv(DirectoryTable table) const
{
    QVector<QStringList> rows;
    rows << columnNames(Core::tableSpec(table));
    for (QStringList record : records(table)) {
        for (QString &cell : record) {
            cell = Core::Csv::guardFormula(cell);
        }
        rows << record;
    }
    return Core::Csv::write(rows);
}

bool Directory::seedTable(DirectoryTable table)
{
    const TableSpec &spec = Core::tableSpec(table);
    const QString marker = kSeededKey.arg(spec.sqlName);
    if (m_store.syncValue(marker) == QLatin1String("1")) {
        return true;
    }
    const int rows = count(table);
    if (rows < 0) {
        return false;
    }
    if (rows == 0) {
        QFile file(spec.defaultFile);
        if (!file.exists()) {
            return true; // not shipped (yet): try again at the next start
        }
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read %1").arg(spec.defaultFile));
        }
        const DirectoryImportReport report = importCsv(table, file.readAll());
        for (const Core::RejectedRow &row : report.rejected) {
            qCWarning(lcStore) << "default" << spec.defaultFile << "line" << row.line << row.column
                               << row.reason;
        }
        if (!report.ok()) {
            return fail(report.fileError + report.storeError);
        }
    }
    return m_store.setSyncValue(marker, QStringLiteral("1")) || fail(m_store.lastError());
}

bool Directory::seedDefaults()
{
    initDirectoryDefaultData();
    QElapsedTimer timer;
    timer.start();
    // Load order matters: each table only refers to tables seeded before it.
    for (DirectoryTable table : Core::allDirectoryTables()) {
        if (!seedTable(table)) {
            return false;
        }
    }
    qCDebug(lcStore) << "directory defaults checked in" << timer.elapsed() << "ms";
    return true;
}

QVector<Core::Agency> Directory::agencies() const
{
    return convertAll<Core::Agency>(records(DirectoryTable::Agencies), Core::agencyFromRecord);
}

QVector<Core::Locality> Directory::localities() const
{
    return convertAll<Core::Locality>(
        records(DirectoryTable::Localities), Core::localityFromRecord);
}

QVector<Core::Area> Directory::areas() const
{
    return convertAll<Core::Area>(records(DirectoryTable::Areas), Core::areaFromRecord);
}

QVector<Core::Procedure> Directory::procedures() const
{
    return convertAll<Core::Procedure>(
        records(DirectoryTable::Procedures), Core::procedureFromRecord);
}

QVector<Core::ReplyTemplate> Directory::replyTemplates() const
{
    return convertAll<Core::ReplyTemplate>(
        records(DirectoryTable::ReplyTemplates), Core::replyTemplateFromRecord);
}

QVector<Core::RoutingRule> Directory::routingRules() const
{
    return convertAll<Core::RoutingRule>(
        records(DirectoryTable::RoutingRules), Core::routingRuleFromRecord);
}

std::optional<Core::Agency> Directory::agency(const QString &code) const
{
    return convertOne<Core::Agency>(record(DirectoryTable::Agencies, code), Core::agencyFromRecord);
}

std::optional<Core::Locality> Directory::locality(const QString &code) const
{
    return convertOne<Core::Locality>(
        record(DirectoryTable::Localities, code), Core::localityFromRecord);
}

std::optional<Core::Area> Directory::area(const QString &code) const
{
    return convertOne<Core::Area>(record(DirectoryTable::Areas, code), Core::areaFromRecord);
}

std::optional<Core::Procedure> Directory::procedure(const QString &code) const
{
    return convertOne<Core::Procedure>(
        record(DirectoryTable::Procedures, code), Core::procedureFromRecord);
}

std::optional<Core::ReplyTemplate> Directory::replyTemplate(const QString &code) const
{
    return convertOne<Core::ReplyTemplate>(
        record(DirectoryTable::ReplyTemplates, code), Core::replyTemplateFromRecord);
}

bool Directory::upsert(const Core::Agency &agency)
{
    return upsertRecord(DirectoryTable::Agencies, Core::toRecord(agency));
}

bool Directory::upsert(const Core::Locality &locality)
{
    return upsertRecord(DirectoryTable::Localities, Core::toRecord(locality));
}

bool Directory::upsert(const Core::Area &area)
{
    return upsertRecord(DirectoryTable::Areas, Core::toRecord(area));
}

bool Directory::upsert(const Core::Procedure &procedure)
{
    return upsertRecord(DirectoryTable::Procedures, Core::toRecord(procedure));
}

bool Directory::upsert(const Core::ReplyTemplate &replyTemplate)
{
    return upsertRecord(DirectoryTable::ReplyTemplates, Core::toRecord(replyTemplate));
}

qint64 Directory::upsert(const Core::RoutingRule &rule)
{
    QString key;
    return upsertRecord(DirectoryTable::RoutingRules, Core::toRecord(rule), &key) ? key.toLongLong()
                                                                                  : 0;
}

Core::RoutingSuggester Directory::routingSuggester() const
{
    return Core::RoutingSuggester(routingRules(), procedures(), areas(), agencies(), localities());
}

} // namespace Desk::Store
