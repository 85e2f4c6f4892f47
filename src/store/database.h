// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <memory>
#include <unordered_map>

class QSqlError;

namespace Desk::Store {

/**
 * A TEXT value for binding. QSQLITE binds a null QString as SQL NULL, which the schema's
 * NOT NULL DEFAULT '' columns refuse, so empty text is always bound as a non-null ''.
 */
QVariant textValue(const QString &text);

/**
 * One named QSQLITE connection with the project's pragmas, a cache of prepared statements
 * and nested transactions. Every repository of one Store shares it; it is not thread-safe
 * (one Store, hence one Database, per thread).
 */
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (creating if needed) the file and applies the pragmas; no schema work. */
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    bool walEnabled() const { return m_walEnabled; }
    QSqlDatabase connection() const;

    QString lastError() const { return m_lastError; }
    void clearError() { m_lastError.clear(); }
    /** Records `context: <driver text>`, logs it and returns false (for `return fail(...)`). */
    bool fail(const QString &context, const QSqlError &error);
    bool fail(const QString &message);

    /**
     * A forward-only statement prepared once per connection and reused, keyed by its SQL
     * text. Re-preparing costs about as much as the insert itself, so ingest keeps them.
     * Returns nullptr (and records the error) when the SQL does not prepare.
     */
    QSqlQuery *statement(const QString &sql);
    /** Binds `values` by position (never into the SQL text) and executes. */
    bool run(QSqlQuery *query, std::initializer_list<QVariant> values, const QString &context);
    bool run(QSqlQuery *query, const QVariantList &values, const QString &context);
    /** Prepares (cached), binds and executes in one call; nullptr on failure. */
    QSqlQuery *query(
        const QString &sql, std::initializer_list<QVariant> values, const QString &context);
    /** A one-off statement without values (DDL, pragmas, transaction control). */
    bool exec(const QString &sql, const QString &context);
    /** The first column of the first row; `ok` false (and error recorded) on failure. */
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values,
        const QString &context, bool *ok = nullptr);

    /**
     * Transactions nest: the outermost is BEGIN IMMEDIATE (take the write lock up front, so
     * two writers queue on the busy timeout instead of failing on lock upgrade), inner
     * ones are savepoints, so an ingest call inside a caller's batch stays all-or-nothing.
     */
    bool begin();
    bool commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    /** Drops cached statements (after DDL, before closing). */
    void clearStatements();

private:
    bool applyPragmas();

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    bool m_walEnabled = false;
    int m_depth = 0;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

/** Rolls back on scope exit unless committed, so every early `return` is safe. */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

/**
 * Makes the commits in its scope durable against power loss (PRAGMA synchronous=FULL) and
 * puts the connection's own setting back on exit. For the few commits whose loss would
 * repeat an action outside the database (an outbox row marked sending).
 */
class DurableCommits
{
public:
    explicit DurableCommits(Database &db);
    ~DurableCommits();
    DurableCommits(const DurableCommits &) = delete;
    DurableCommits &operator=(const DurableCommits &) = delete;

private:
    Database &m_db;
    QString m_previous;
};

/** Resets a read statement on scope exit so it does not pin a WAL snapshot. */
class StatementReset
{
public:
    explicit StatementReset(QSqlQuery *query)
        : m_query(query)
    { }
    ~StatementReset()
    {
        if (m_query) {
            m_query->finish();
        }
    }
    StatementReset(const StatementReset &) = delete;
    StatementReset &operator=(const StatementReset &) = delete;

private:
    QSqlQuery *m_query;
};

} // namespace Desk::Store
