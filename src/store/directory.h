// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "core/directoryimport.h"
#include "core/routingsuggester.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace Desk::Store {

class Database;
class Store;

/** What an import wrote and what it refused. */
struct DirectoryImportReport
{
    Core::DirectoryTable table = Core::DirectoryTable::Agencies;
    int rowCount = 0; // data rows in the file
    int inserted = 0;
    int updated = 0;
    QVector<Core::RejectedRow> rejected;
    QString fileError; // the whole file was refused (translated)
    QString storeError; // the write failed and was rolled back
    bool ok() const { return fileError.isEmpty() && storeError.isEmpty(); }
    int written() const { return inserted + updated; }
};

/**
 * The directory tables of a profile (agencies, localities, areas, procedures, reply
 * templates, routing and classification rules) on the Store's connection. Rows are records
 * (QStringList in Core::tableSpec column order) or the plain Core types. Every write is
 * validated like a CSV row (required values, references, numbers) and every value is bound.
 * One instance per Store (same thread).
 */
class Directory
{
    Q_DECLARE_TR_FUNCTIONS(Desk::Store::Directory)
public:
    explicit Directory(Store &store);

    /**
     * Fills each directory table from its :/data default file the first time it is seen empty
     * (a new profile). Idempotent: a table seeded once is never seeded again, even after the
     * administrator emptied it. A default file that does not exist (classification rules
     * come from another part) is skipped. Returns false on a database error.
     */
    bool seedDefaults();

    int count(Core::DirectoryTable table) const;
    QVector<QStringList> records(Core::DirectoryTable table) const;
    std::optional<QStringList> record(Core::DirectoryTable table, const QString &key) const;
    /**
     * Inserts or replaces one row after validation (lastError() says why it was refused).
     * A rule with an empty id is inserted; `key` receives the row's key.
     */
    bool upsertRecord(Core::DirectoryTable table, QStringList record, QString *key = nullptr);
    /** Refused (lastError() says by whom) while other rows still refer to the code. */
    bool removeRecord(Core::DirectoryTable table, const QString &key);
    /** "procedure: 3 row(s), column agency_code", ... for each column that names `key`. */
    QStringList referencesTo(Core::DirectoryTable table, const QString &key) const;

    QVector<Core::Agency> agencies() const;
    QVector<Core::Locality> localities() const;
    QVector<Core::Area> areas() const;
    QVector<Core::Procedure> procedures() const;
    QVector<Core::ReplyTemplate> replyTemplates() const;
    QVector<Core::RoutingRule> routingRules() const;
    std::optional<Core::Agency> agency(const QString &code) const;
    std::optional<Core::Locality> locality(const QString &code) const;
    std::optional<Core::Area> area(const QString &code) const;
    std::optional<Core::Procedure> procedure(const QString &code) const;
    std::optional<Core::ReplyTemplate> replyTemplate(const QString &code) const;
    bool upsert(const Core::Agency &agency);
    bool upsert(const Core::Locality &locality);
    bool upsert(const Core::Area &area);
    bool upsert(const Core::Procedure &procedure);
    bool upsert(const Core::ReplyTemplate &replyTemplate);
    /** Returns the rule's id (a new one when `rule.id` is 0), 0 on failure. */
    qint64 upsert(const Core::RoutingRule &rule);

    /** A suggester over the current rows (rebuild after edits). */
    Core::RoutingSuggester routingSuggester() const;
    /** The codes of every table, for validation. */
    Core::KnownKeys knownKeys() const;

    /** Validates the file and writes the accepted rows in ONE transaction (all or none). */
    DirectoryImportReport importCsv(Core::DirectoryTable table, const QByteArray &csv);
    /** UTF-8 with BOM, CRLF, header row; formula-like cells guarded for spreadsheets. */
    QByteArray exportCsv(Core::DirectoryTable table) const;

    QString lastError() const { return m_lastError; }

private:
    bool writeRecord(Core::DirectoryTable table, const QStringList &record, bool *inserted,
        QString *key, const QSet<QString> *existing = nullptr);
    bool exists(Core::DirectoryTable table, const QString &key) const;
    bool seedTable(Core::DirectoryTable table);
    bool fail(const QString &message) const;

    Store &m_store;
    Database &m_db;
    mutable QString m_lastError;
};

} // namespace Desk::Store
