// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/connectionspec.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
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

/** What went wrong, for callers that act on it (retry, reconnect, tell the user). */
enum class DatabaseErrorKind {
    None,
    Busy, // locked, serialization failure or deadlock: try again
    Conflict, // a unique key already taken (someone else was faster)
    ConnectionLost, // the server went away during the session; reconnect
    Unreachable, // no server answered at the address (down, wrong host or port, firewall)
    AuthenticationFailed, // wrong login or password, or the login is disabled
    TlsFailed, // the server's certificate or name did not check out, or TLS is refused
    PermissionDenied, // the login lacks the right (the database enforces roles)
    DatabaseMissing, // the server has no such database
    SchemaTooNew, // a newer Advisory Desk migrated the database: use a newer program
    Other,
};

/**
 * One named connection (QSQLITE for a single desk, QPSQL for a team) with a cache of prepared
 * statements and nested transactions. Every repository of one Store shares it; it is not
 * thread-safe (one Store, hence one Database, per thread). Statements that differ between the
 * dialects ask dialect(); everything else is written once in the SQL both engines accept.
 */
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens a file path or a PostgreSQL URI (see ConnectionSpec::parse); no schema work. */
    bool open(const QString &pathOrUri);
    /**
     * Loads the Qt SQL driver plugin @p pathOrUri needs, on the calling thread. Call it on the
     * main thread before a worker thread opens the process's first connection: a Windows
     * process whose SQLite driver was first loaded by its export worker did all its work and
     * then never exited (the CLI's report under Wine, six runs of six; loaded first on the main
     * thread, it exits in 1-2 s).
     */
    static void loadDriverFor(const QString &pathOrUri);
    /** SQLite: creates the file if needed and applies the pragmas. PostgreSQL: connects. */
    bool open(const ConnectionSpec &spec);
    void close();
    /** Drops the connection and its statements and opens it again (after a server restart). */
    bool reopen();
    bool isOpen() const;
    /** The file, or the PostgreSQL URI without its password. */
    QString path() const { return m_spec.display(); }
    const ConnectionSpec &spec() const { return m_spec; }
    Dialect dialect() const { return m_spec.dialect; }
    bool isPostgres() const { return m_spec.dialect == Dialect::Postgres; }
    bool walEnabled() const { return m_walEnabled; }
    QSqlDatabase connection() const;

    QString lastError() const { return m_lastError; }
    DatabaseErrorKind lastErrorKind() const { return m_lastErrorKind; }
    void clearError()
    {
        m_lastError.clear();
        m_lastErrorKind = DatabaseErrorKind::None;
    }
    /** Records `context: <driver text>`, logs it and returns false (for `return fail(...)`). */
    bool fail(const QString &context, const QSqlError &error);
    bool fail(const QString &message);
    bool fail(DatabaseErrorKind kind, const QString &message);

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
    /**
     * Runs an INSERT that ends in `RETURNING id` (both engines; QPSQL's lastInsertId() costs
     * a second round trip) and returns that id: 0 when no row was inserted (ON CONFLICT DO
     * NOTHING), -1 (and the error recorded) on failure.
     */
    qint64 insertReturningId(QSqlQuery *query, const QVariantList &values, const QString &context);
    /**
     * Runs `sqlHead` followed by `IN (?, ...)` over `values` and calls `row` for each result
     * row. A list of any length costs one statement per chunk of up to kInChunk values; the
     * statement widths are few and fixed (8, 64 or kInChunk; a short chunk repeats its first
     * value), so they stay prepared. False (and the error recorded) on failure.
     */
    bool selectIn(const QString &sqlHead, const QStringList &values, const QString &context,
        const std::function<void(const QSqlQuery &)> &row);
    /** Values per IN (...) statement: SQLite's default variable limit is 32,766. */
    static constexpr int kInChunk = 500;
    /** " (?, ?), (?, ?)": the VALUES list of a multi-row INSERT (one statement, one round
     *  trip on PostgreSQL, for `rows` rows of `columns` values). */
    static QString valueRows(int columns, qsizetype rows);
    /** A one-off statement without values (DDL, pragmas, transaction control). */
    bool exec(const QString &sql, const QString &context);
    /** The first column of the first row; `ok` false (and error recorded) on failure. */
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values,
        const QString &context, bool *ok = nullptr);

    /**
     * Transactions nest: the outermost is BEGIN IMMEDIATE on SQLite (take the write lock up
     * front, so two writers queue on the busy timeout instead of failing on lock upgrade) and
     * BEGIN on PostgreSQL (rows are locked where a race matters, see team-mode.md §5); inner
     * ones are savepoints, so an ingest call inside a caller's batch stays all-or-nothing.
     */
    bool begin();
    bool commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    /** Drops cached statements (after DDL, before closing). */
    void clearStatements();

private:
    bool openSqlite();
    bool openPostgres();
    bool setJournalModeWal(QSqlQuery &mode);
    bool applyPragmas();
    /** BEGIN / SAVEPOINT / COMMIT: QPSQL cannot prepare them, so they run unprepared there. */
    bool control(const QString &sql, const QString &context);

    QString m_connectionName;
    ConnectionSpec m_spec;
    QString m_lastError;
    DatabaseErrorKind m_lastErrorKind = DatabaseErrorKind::None;
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

/**
 * Resets a read statement on scope exit so it does not pin a WAL snapshot. On PostgreSQL the
 * rows not read yet are read first: QPSQL fetches a forward-only result row by row, and while
 * rows wait unread libpq parses nothing behind them, LISTEN notifications included (they would
 * wait for the connection's next statement); finish() does not discard them.
 */
class StatementReset
{
public:
    explicit StatementReset(QSqlQuery *query)
        : m_query(query)
    { }
    ~StatementReset()
    {
        if (m_query) {
            if (m_query->isActive() && m_query->isSelect() && m_query->driver()
                && m_query->driver()->dbmsType() == QSqlDriver::PostgreSQL) {
                while (m_query->next()) { }
            }
            m_query->finish();
        }
    }
    StatementReset(const StatementReset &) = delete;
    StatementReset &operator=(const StatementReset &) = delete;

private:
    QSqlQuery *m_query;
};

} // namespace Desk::Store
