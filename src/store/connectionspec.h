// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace Desk::Store {

/** The SQL dialect a connection speaks; statements that differ ask the Database for it. */
enum class Dialect { Sqlite, Postgres };

/**
 * Where a Store's data lives: an SQLite file (one desk) or a PostgreSQL database (a team).
 * Parsed from what a user types: a file path, or a PostgreSQL URI
 * `postgresql://LOGIN@HOST:PORT/DB?sslmode=verify-full&sslrootcert=FILE`, where `host=` may name
 * a Unix socket folder. The password never comes from the text the user typed (it would end up
 * in settings and shell history): it is set from the keychain or standard input.
 */
struct ConnectionSpec
{
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file (or ":memory:")

    QString host; // name, address or a Unix socket folder (starts with '/'); '' = libpq default
    int port = 5432;
    QString database;
    QString user;
    QString password; // in memory only; never printed by display()
    QString sslMode; // '' = what the rules below choose
    QString sslRootCert;
    QString applicationName;
    int connectTimeoutSeconds = 10;

    static ConnectionSpec sqlite(const QString &path);
    /**
     * A path or a PostgreSQL URI. Refuses a URI that carries a password, and a server that is
     * not on this machine unless TLS checks its certificate and name (`sslmode=verify-full`,
     * the default chosen for such servers). `error` says why in English.
     */
    static std::optional<ConnectionSpec> parse(const QString &text, QString *error = nullptr);
    static bool looksLikeUri(const QString &text);

    bool isPostgres() const { return dialect == Dialect::Postgres; }
    /** A Unix socket or this machine's loopback address: TLS is not required. */
    bool isLocal() const;
    /** The sslmode sent to libpq (verify-full for remote servers unless given). */
    QString effectiveSslMode() const;
    /** The URI form without the password (for logs, settings and messages). */
    QString display() const;
    /** libpq options for QPSQL's setConnectOptions (semicolon separated). */
    QString driverOptions() const;
};

/**
 * The password this process was given for a team database (read from the keychain or standard
 * input at start), so that every Store opened on that database, on any thread (the sync
 * worker, reports, the dashboard), connects with it: the URI in settings never carries it.
 */
void rememberPassword(const ConnectionSpec &spec, const QString &password);
QString rememberedPassword(const ConnectionSpec &spec);

} // namespace Desk::Store
