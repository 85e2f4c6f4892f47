// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "core/profile.h"
#include "store/storelog.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <algorithm>

namespace Desk::Store {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

/** The Qt SQL driver of a dialect: one name for opening and for loading it ahead. */
QString driverName(bool postgres)
{
    return postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

// 32 MiB page cache per connection (negative = KiB). The GUI and the sync worker each hold
// one connection; the FTS merge and the unique message-id index are what profit from it.
constexpr int kCacheSizeKiB = 32 * 1024;

bool isMemoryPath(const QString &path)
{
    return path.isEmpty() || path == QLatin1String(":memory:")
        || path.startsWith(QLatin1String("file::memory:"));
}

/** Adds a hint for the SQLite errors a user can do something about. */
QString explain(const QString &driverText)
{
    const QString lower = driverText.toLower();
    if (lower.contains(QLatin1String("not a database"))) {
        return driverText
            + QLatin1String(" (the file exists but is not an SQLite database, "
                            "or it is encrypted or damaged)");
    }
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only"))) {
        return driverText + QLatin1String(" (the file or its folder is read-only)");
    }
    if (lower.contains(QLatin1String("disk is full"))) {
        return driverText + QLatin1String(" (no space left on the disk)");
    }
    if (lower.contains(QLatin1String("unable to open"))) {
        return driverText
            + QLatin1String(" (the folder does not exist, is not writable, or the path is a "
                            "folder)");
    }
    return driverText;
}

/** How long an SQLite connection waits for another's lock before "database is locked". */
constexpr int kBusyTimeoutMs = 5000;

/** SQLSTATE classes from PostgreSQL, "database is locked" from SQLite. */
DatabaseErrorKind classify(const QSqlError &error)
{
    if (!error.isValid()) {
        return DatabaseErrorKind::None;
    }
    const QString state = error.nativeErrorCode();
    const QString text = error.text().toLower();
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")
        || state == QLatin1String("55P03") || text.contains(QLatin1String("database is locked"))) {
        return DatabaseErrorKind::Busy;
    }
    if (state == QLatin1String("23505") || text.contains(QLatin1String("unique constraint"))) {
        return DatabaseErrorKind::Conflict;
    }
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("could not connect"))
        || text.contains(QLatin1String("connection to server"))) {
        return DatabaseErrorKind::ConnectionLost;
    }
    if (state == QLatin1String("42501")) {
        return DatabaseErrorKind::PermissionDenied;
    }
    return DatabaseErrorKind::Other;
}

/** libpq reports connection failures as text without an SQLSTATE. */
DatabaseErrorKind classifyConnect(const QSqlError &error)
{
    const QString text = error.text().toLower();
    if (text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("no password supplied"))
        || text.contains(QLatin1String("not permitted to log in"))
        || text.contains(QLatin1String("role \"")) || text.contains(QLatin1String("pg_hba.conf"))) {
        return DatabaseErrorKind::AuthenticationFailed;
    }
    if (text.contains(QLatin1String("certificate")) || text.contains(QLatin1String("ssl"))) {
        return DatabaseErrorKind::TlsFailed;
    }
    if (text.contains(QLatin1String("database \""))
        && text.contains(QLatin1String("does not exist"))) {
        return DatabaseErrorKind::DatabaseMissing;
    }
    if (text.contains(QLatin1String("connection refused"))
        || text.contains(QLatin1String("could not connect"))
        || text.contains(QLatin1String("timeout expired"))
        || text.contains(QLatin1String("could not translate host name"))
        || text.contains(QLatin1String("no such file or directory"))) {
        return DatabaseErrorKind::Unreachable;
    }
    const DatabaseErrorKind kind = classify(error);
    return kind == DatabaseErrorKind::ConnectionLost ? DatabaseErrorKind::Unreachable : kind;
}

} // namespace

QVariant textValue(const QString &text)
{
    if (text.isNull()) {
        return QVariant(QStringLiteral(""));
    }
    return QVariant(text);
}

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::open(const QString &pathOrUri)
{
    QString error;
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(pathOrUri, &error);
    if (!spec) {
        close();
        clearError();
        return fail(error);
    }
    return open(*spec);
}

bool Database::open(const ConnectionSpec &spec)
{
    close();
    clearError();
    m_spec = spec;
    m_connectionName
        = QStringLiteral("desk.store.%1").arg(g_connectionCounter.fetchAndAddRelaxed(1) + 1);
    const bool ok = spec.isPostgres() ? openPostgres() : openSqlite();
    if (!ok) {
        const QString detail = m_lastError;
        const DatabaseErrorKind kind = m_lastErrorKind;
        close();
        m_lastError = detail;
        m_lastErrorKind = kind;
        return false;
    }
    qCDebug(lcStore) << "opened" << path() << "as" << m_connectionName << "wal" << m_walEnabled;
    return true;
}

bool Database::reopen()
{
    const ConnectionSpec spec = m_spec;
    return open(spec);
}

void Database::loadDriverFor(const QString &pathOrUri)
{
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(pathOrUri);
    if (!spec) {
        return; // open() reports the bad path on whichever thread tries it
    }
    const QString name = QStringLiteral("desk.driver-load");
    {
        // Creating a connection loads the plugin; the plugin stays loaded after removal.
        QSqlDatabase::addDatabase(driverName(spec->isPostgres()), name);
    }
    QSqlDatabase::removeDatabase(name);
}

bool Database::openSqlite()
{
    const QString path = m_spec.path;
    if (!isMemoryPath(path)) {
        const QFileInfo info(path);
        if (info.isDir()) {
            return fail(
                QStringLiteral("cannot open database \"%1\": the path is a folder").arg(path));
        }
        if (!info.absoluteDir().exists()) {
            return fail(QStringLiteral("cannot create database \"%1\": folder \"%2\" does not "
                                       "exist")
                            .arg(path, info.absolutePath()));
        }
        if (!info.exists()) {
            // A new database is the user's alone (its -wal/-shm/-journal follow its mode); an
            // empty file is a valid empty database. Should this fail, SQLite says why below.
            Core::makePrivateFile(path);
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(false), m_connectionName);
        if (!db.isValid()) {
            return fail(QStringLiteral("the Qt SQLite driver (QSQLITE) is not available"));
        }
        db.setDatabaseName(path);
        // The driver's busy handler makes a second connection wait for the writer
        // (sync worker vs. GUI) instead of failing with "database is locked".
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            return fail(QStringLiteral("cannot open or create database \"%1\": %2")
                            .arg(path, explain(db.lastError().text())));
        }
    }
    return applyPragmas();
}

bool Database::openPostgres()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(true), m_connectionName);
    if (!db.isValid()) {
        return fail(QStringLiteral("the Qt PostgreSQL driver (QPSQL, package libqt6sql6-psql) is "
                                   "not available"));
    }
    db.setHostName(m_spec.host);
    db.setPort(m_spec.port);
    db.setDatabaseName(m_spec.database);
    db.setUserName(m_spec.user);
    db.setPassword(m_spec.password.isEmpty() ? rememberedPassword(m_spec) : m_spec.password);
    db.setConnectOptions(m_spec.driverOptions());
    if (!db.open()) {
        const DatabaseErrorKind kind = classifyConnect(db.lastError());
        fail(QStringLiteral("cannot connect to %1: %2")
                 .arg(path(), db.lastError().text().trimmed()));
        m_lastErrorKind = kind;
        return false;
    }
    // Times are epoch milliseconds in bigint columns; the session settings below only keep
    // server-side text (errors, now()) independent of the server's locale.
    // NOTICEs (e.g. "policy does not exist, skipping" from team-init's idempotent DDL) are
    // for a console, not for staff.
    // Statements stay prepared for the connection's life, and after five runs PostgreSQL may
    // keep one generic plan for good: planned while a fresh team database was still empty, the
    // message-id look-ups stayed sequential scans as the table grew (a 20,000-message sync
    // spent 44 of its 56 s in them). Planning each run with the values costs far less.
    return exec(QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("preparing the session"))
        && exec(QStringLiteral("SET client_min_messages TO warning"),
            QStringLiteral("preparing the session"))
        && exec(QStringLiteral("SET plan_cache_mode TO force_custom_plan"),
            QStringLiteral("preparing the session"));
}

bool Database::setJournalModeWal(QSqlQuery &mode)
{
    // The busy timeout does not cover every way this statement can meet another process's
    // lock: SQLite returns SQLITE_BUSY without calling the busy handler where waiting could
    // deadlock (a connection that already reads, WAL recovery). A fresh-clone CI run with three
    // `sync --once` starting together on a new profile failed here with "database is locked".
    // Such a lock is short: try again for as long as the busy timeout.
    QDeadlineTimer deadline(kBusyTimeoutMs);
    for (;;) {
        if (mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && mode.next()) {
            return true;
        }
        if (classify(mode.lastError()) != DatabaseErrorKind::Busy || deadline.hasExpired()) {
            return false;
        }
        mode.finish();
        QThread::msleep(20);
    }
}

bool Database::applyPragmas()
{
    // Reading the schema is the first real I/O: it is where a file that is not a database
    // (or an unreadable one) shows up, so the message names the file.
    {
        QSqlQuery probe(connection());
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            return fail(QStringLiteral("cannot read database \"%1\": %2")
                            .arg(m_spec.path, explain(probe.lastError().text())));
        }
    }

    // Debian's SQLite defaults to synchronous=FULL even in WAL; NORMAL in WAL still never
    // corrupts, it can only lose the last commits on power loss (not on a crash).
    QSqlQuery mode(connection());
    if (!setJournalModeWal(mode)) {
        return fail(QStringLiteral("cannot set journal mode on \"%1\": %2")
                        .arg(m_spec.path, explain(mode.lastError().text())));
    }
    const QString journal = mode.value(0).toString().toLower();
    mode.finish();
    m_walEnabled = journal == QLatin1String("wal");
    if (!m_walEnabled) {
        // WAL needs shared memory next to the file (refused on some network shares and for
        // in-memory databases): fall back to a rollback journal, readers then wait for writers.
        qCWarning(lcStore) << "WAL refused for" << m_spec.path << "- journal mode is" << journal
                           << "; falling back to DELETE";
        QSqlQuery fallback(connection());
        fallback.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    }

    const QString pragmas[] = {
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA cache_size=-%1").arg(kCacheSizeKiB),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
    };
    for (const QString &pragma : pragmas) {
        if (!exec(pragma, QStringLiteral("applying pragmas"))) {
            return false;
        }
    }
    return true;
}

void Database::close()
{
    // Prepared statements must die before the connection is removed, or Qt warns that the
    // connection is still in use and keeps it open.
    clearStatements();
    m_depth = 0;
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_walEnabled = false;
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::fail(const QString &context, const QSqlError &error)
{
    const DatabaseErrorKind kind = classify(error);
    fail(context + QLatin1String(": ") + explain(error.text()));
    m_lastErrorKind = kind;
    return false;
}

bool Database::fail(const QString &message)
{
    return fail(DatabaseErrorKind::Other, message);
}

bool Database::fail(DatabaseErrorKind kind, const QString &message)
{
    m_lastError = message;
    m_lastErrorKind = kind;
    qCWarning(lcStore).noquote() << message;
    return false;
}

QSqlQuery *Database::statement(const QString &sql)
{
    const auto found = m_statements.find(sql);
    if (found != m_statements.end()) {
        return found->second.get();
    }
    if (m_connectionName.isEmpty()) {
        fail(QStringLiteral("the database is not open"));
        return nullptr;
    }
    auto query = std::make_unique<QSqlQuery>(connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        fail(QStringLiteral("preparing a statement"), query->lastError());
        qCDebug(lcStore).noquote() << "statement was:" << sql;
        return nullptr;
    }
    QSqlQuery *raw = query.get();
    m_statements.emplace(sql, std::move(query));
    return raw;
}

bool Database::run(QSqlQuery *query, std::initializer_list<QVariant> values, const QString &context)
{
    if (!query) {
        return false;
    }
    int position = 0;
    for (const QVariant &value : values) {
        query->bindValue(position++, value);
    }
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        query->finish();
        return fail(context, error);
    }
    return true;
}

bool Database::run(QSqlQuery *query, const QVariantList &values, const QString &context)
{
    if (!query) {
        return false;
    }
    for (int position = 0; position < values.size(); ++position) {
        query->bindValue(position, values.at(position));
    }
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        query->finish();
        return fail(context, error);
    }
    return true;
}

QSqlQuery *Database::query(
    const QString &sql, std::initializer_list<QVariant> values, const QString &context)
{
    QSqlQuery *prepared = statement(sql);
    if (!run(prepared, values, context)) {
        return nullptr;
    }
    return prepared;
}

qint64 Database::insertReturningId(
    QSqlQuery *query, const QVariantList &values, const QString &context)
{
    if (!run(query, values, context)) {
        return -1;
    }
    StatementReset reset(query);
    if (!query->next()) {
        if (query->lastError().isValid()) {
            fail(context, query->lastError());
            return -1;
        }
        return 0;
    }
    return query->value(0).toLongLong();
}

bool Database::selectIn(const QString &sqlHead, const QStringList &values, const QString &context,
    const std::function<void(const QSqlQuery &)> &row)
{
    for (qsizetype start = 0; start < values.size(); start += kInChunk) {
        const qsizetype count = std::min<qsizetype>(kInChunk, values.size() - start);
        // A conversation's page names a handful of ids: a 500-wide statement would send
        // 500 values for them on every call (a real cost over the network to PostgreSQL).
        const int width = count <= 8 ? 8 : count <= 64 ? 64 : kInChunk;
        QString sql = sqlHead + QStringLiteral(" IN (?");
        for (int i = 1; i < width; ++i) {
            sql += QLatin1String(", ?");
        }
        QSqlQuery *query = statement(sql + QLatin1Char(')'));
        if (!query) {
            return false;
        }
        for (int slot = 0; slot < width; ++slot) {
            query->bindValue(slot, values.at(start + (slot < count ? slot : 0)));
        }
        if (!query->exec()) {
            const QSqlError error = query->lastError();
            query->finish();
            return fail(context, error);
        }
        StatementReset reset(query);
        while (query->next()) {
            row(*query);
        }
    }
    return true;
}

QString Database::valueRows(int columns, qsizetype rows)
{
    const QString row
        = QStringLiteral("(?") + QStringLiteral(", ?").repeated(columns - 1) + QLatin1Char(')');
    QString sql;
    for (qsizetype i = 0; i < rows; ++i) {
        sql += (i == 0 ? QStringLiteral(" ") : QStringLiteral(", ")) + row;
    }
    return sql;
}

bool Database::exec(const QString &sql, const QString &context)
{
    if (m_connectionName.isEmpty()) {
        return fail(QStringLiteral("the database is not open"));
    }
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        return fail(context, query.lastError());
    }
    return true;
}

QVariant Database::scalar(
    const QString &sql, std::initializer_list<QVariant> values, const QString &context, bool *ok)
{
    QSqlQuery *q = query(sql, values, context);
    if (ok) {
        *ok = q != nullptr;
    }
    if (!q) {
        return {};
    }
    StatementReset reset(q);
    if (!q->next()) {
        if (q->lastError().isValid()) {
            if (ok) {
                *ok = false;
            }
            fail(context, q->lastError());
        }
        return {};
    }
    return q->value(0);
}

bool Database::begin()
{
    const QString first
        = isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    const QString sql = m_depth == 0 ? first : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (!control(sql, QStringLiteral("starting a transaction"))) {
        return false;
    }
    ++m_depth;
    return true;
}

bool Database::commit()
{
    if (m_depth <= 0) {
        return fail(QStringLiteral("commit without a transaction"));
    }
    const int level = m_depth - 1;
    const QString sql = level == 0 ? QStringLiteral("COMMIT")
                                   : QStringLiteral("RELEASE SAVEPOINT sp%1").arg(level);
    if (!control(sql, QStringLiteral("committing"))) {
        // A failed COMMIT (disk full, I/O error) leaves the transaction open: undo it so the
        // connection is usable again and nothing half-written stays visible.
        rollback();
        return false;
    }
    m_depth = level;
    return true;
}

void Database::rollback()
{
    if (m_depth <= 0) {
        return;
    }
    const int level = m_depth - 1;
    const QString saved = m_lastError; // keep the error that caused the rollback
    QSqlQuery query(connection());
    if (level == 0) {
        if (!query.exec(QStringLiteral("ROLLBACK"))) {
            // SQLite may already have rolled back by itself (e.g. after SQLITE_FULL).
            qCDebug(lcStore) << "rollback:" << query.lastError().text();
        }
    } else {
        const QString name = QStringLiteral("sp%1").arg(level);
        if (!query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name)
            || !query.exec(QStringLiteral("RELEASE SAVEPOINT ") + name)) {
            qCWarning(lcStore) << "rollback to savepoint:" << query.lastError().text();
        }
    }
    m_depth = level;
    m_lastError = saved;
}

bool Database::control(const QString &sql, const QString &context)
{
    if (isPostgres()) {
        return exec(sql, context);
    }
    // Cached like any statement on SQLite: a batch opens a savepoint per ingest call.
    return run(statement(sql), {}, context);
}

void Database::clearStatements()
{
    m_statements.clear();
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_active = m_db.begin();
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
    }
}

bool Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    m_active = false;
    return m_db.commit();
}

DurableCommits::DurableCommits(Database &db)
    : m_db(db)
{
    if (db.isPostgres()) {
        return; // synchronous_commit is on unless the server's administrator chose otherwise
    }
    bool ok = false;
    m_previous = db.scalar(QStringLiteral("PRAGMA synchronous"), {},
                       QStringLiteral("reading the sync mode"), &ok)
                     .toString();
    if (!ok || m_previous == QLatin1String("2") || m_previous == QLatin1String("3")) {
        m_previous.clear(); // FULL or EXTRA already: nothing to change or restore
        return;
    }
    db.exec(QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("making a commit durable"));
}

DurableCommits::~DurableCommits()
{
    bool digits = false;
    const int previous = m_previous.toInt(&digits);
    if (digits) {
        m_db.exec(QStringLiteral("PRAGMA synchronous=%1").arg(previous),
            QStringLiteral("restoring the sync mode"));
    }
}

} // namespace Desk::Store
