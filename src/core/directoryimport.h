// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Desk::Core {

/** The codes each table already has (the store's rows); references are checked against it. */
using KnownKeys = QHash<DirectoryTable, QSet<QString>>;

/** Why a row was refused: 1-based line of the file, column (may be empty), reason (translated). */
struct RejectedRow
{
    int line = 0;
    QString column;
    QString reason;
};

struct ImportResult
{
    DirectoryTable table = DirectoryTable::Agencies;
    QVector<QStringList> accepted; // records in TableSpec column order, cleaned
    QVector<int> acceptedLines;
    QVector<RejectedRow> rejected;
    /** Set when the whole file was refused (not UTF-8, unclosed quote, no header, ...). */
    QString fileError;
    int rowCount = 0; // data rows read
    bool ok() const { return fileError.isEmpty(); }
};

/**
 * Checks a directory CSV file against the table's column spec. The first record is the
 * header; columns are matched by name (any order; unknown columns such as `source` are
 * ignored; a missing optional column takes its default). Each data row is accepted or
 * rejected with its line and a reason: wrong field count, required value empty, duplicate
 * code within the file, unknown reference (an area code that does not exist in `known` or in
 * the file), bad number, value not allowed, bad yes/no.
 */
class DirectoryImport
{
    Q_DECLARE_TR_FUNCTIONS(Desk::Core::DirectoryImport)
public:
    static ImportResult parse(DirectoryTable table, const QByteArray &csv, const KnownKeys &known);

    /**
     * Cleans `record` in place (trim, NFC, canonical yes/no and numbers, defaults) and checks
     * it; returns the first problem (empty = valid). `column` receives the column at fault.
     * Used for rows typed in the editor too, so both paths refuse the same things.
     */
    static QString validate(DirectoryTable table, QStringList &record, const KnownKeys &known,
        QString *column = nullptr);

    /** Table name for messages (translated): "agencies", "areas", ... */
    static QString tableTitle(DirectoryTable table);
};

} // namespace Desk::Core
