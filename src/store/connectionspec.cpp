// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/connectionspec.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace Desk::Store {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

/** A libpq conninfo value in quotes: folder names on Windows contain spaces. */
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

bool isLoopback(const QString &host)
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost")
        || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

const QStringList &acceptedParameters()
{
    static const QStringList names {QStringLiteral("host"), QStringLiteral("port"),
        QStringLiteral("user"), QStringLiteral("dbname"), QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"), QStringLiteral("application_name"),
        QStringLiteral("connect_timeout")};
    return names;
}

const QStringList &sslModes()
{
    static const QStringList modes {QStringLiteral("disable"), QStringLiteral("allow"),
        QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
        QStringLiteral("verify-full")};
    return modes;
}

bool applyParameter(ConnectionSpec &spec, const QString &name, const QString &value, QString *error)
{
    if (name == QLatin1String("host")) {
        spec.host = value;
    } else if (name == QLatin1String("port")) {
        bool ok = false;
        spec.port = value.toInt(&ok);
        if (!ok || spec.port <= 0 || spec.port > 65535) {
            return fail(error, QStringLiteral("port \"%1\" is not a port number").arg(value));
        }
    } else if (name == QLatin1String("user")) {
        spec.user = value;
    } else if (name == QLatin1String("dbname")) {
        spec.database = value;
    } else if (name == QLatin1String("sslmode")) {
        if (!sslModes().contains(value)) {
            return fail(error,
                QStringLiteral("sslmode \"%1\" is not one of %2")
                    .arg(value, sslModes().join(QLatin1String(", "))));
        }
        spec.sslMode = value;
    } else if (name == QLatin1String("sslrootcert")) {
        spec.sslRootCert = value;
    } else if (name == QLatin1String("application_name")) {
        spec.applicationName = value;
    } else if (name == QLatin1String("connect_timeout")) {
        bool ok = false;
        spec.connectTimeoutSeconds = value.toInt(&ok);
        if (!ok || spec.connectTimeoutSeconds < 1) {
            return fail(error,
                QStringLiteral("connect_timeout \"%1\" is not a number of seconds").arg(value));
        }
    }
    return true;
}

} // namespace

namespace {

QMutex g_passwordsMutex;
QHash<QString, QString> g_passwords; // by passwordKey()

QString passwordKey(const ConnectionSpec &spec)
{
    return spec.host + QLatin1Char('\n') + QString::number(spec.port) + QLatin1Char('\n')
        + spec.database + QLatin1Char('\n') + spec.user;
}

} // namespace

void rememberPassword(const ConnectionSpec &spec, const QString &password)
{
    const QMutexLocker lock(&g_passwordsMutex);
    g_passwords.insert(passwordKey(spec), password);
}

QString rememberedPassword(const ConnectionSpec &spec)
{
    const QMutexLocker lock(&g_passwordsMutex);
    return g_passwords.value(passwordKey(spec));
}

ConnectionSpec ConnectionSpec::sqlite(const QString &path)
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.path = path;
    return spec;
}

bool ConnectionSpec::looksLikeUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"))
        || text.startsWith(QLatin1String("postgres://"));
}

std::optional<ConnectionSpec> ConnectionSpec::parse(const QString &text, QString *error)
{
    if (!looksLikeUri(text)) {
        return sqlite(text);
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        fail(error,
            QStringLiteral("\"%1\" is not a valid PostgreSQL address: %2")
                .arg(text, url.errorString()));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        fail(error,
            QStringLiteral("the address must not contain a password; it is read from "
                           "standard input or the keychain"));
        return std::nullopt;
    }
    ConnectionSpec spec;
    spec.dialect = Dialect::Postgres;
    spec.user = url.userName(QUrl::FullyDecoded);
    spec.host = url.host(QUrl::FullyDecoded);
    spec.port = url.port(5432);
    spec.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!acceptedParameters().contains(item.first)) {
            fail(error, QStringLiteral("unknown connection parameter \"%1\"").arg(item.first));
            return std::nullopt;
        }
        if (!applyParameter(spec, item.first, item.second, error)) {
            return std::nullopt;
        }
    }
    if (spec.database.isEmpty()) {
        fail(error, QStringLiteral("the address names no database (postgresql://HOST/DATABASE)"));
        return std::nullopt;
    }
    if (!spec.isLocal() && spec.effectiveSslMode() != QLatin1String("verify-full")) {
        // A desk on the office network must not send a password to whoever answers on the
        // server's address: only verify-full checks both the certificate and the name.
        fail(error,
            QStringLiteral("the server %1 is not on this machine: the connection must use "
                           "sslmode=verify-full (it uses %2)")
                .arg(spec.host, spec.effectiveSslMode()));
        return std::nullopt;
    }
    return spec;
}

bool ConnectionSpec::isLocal() const
{
    return dialect == Dialect::Sqlite || isLoopback(host);
}

QString ConnectionSpec::effectiveSslMode() const
{
    if (!sslMode.isEmpty()) {
        return sslMode;
    }
    return isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

QString ConnectionSpec::display() const
{
    if (dialect == Dialect::Sqlite) {
        return path;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket) {
        url.setHost(host);
        url.setPort(port == 5432 ? -1 : port);
    }
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), host);
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
    }
    if (!sslMode.isEmpty()) {
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    }
    if (!sslRootCert.isEmpty()) {
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    }
    url.setQuery(query);
    return url.toString();
}

QString ConnectionSpec::driverOptions() const
{
    // Keepalives notice a dead server or a cut network within a minute instead of the
    // operating system's two hours; a desk then reconnects instead of waiting forever.
    QStringList options {QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
        QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=30"),
        QStringLiteral("keepalives_interval=10"), QStringLiteral("keepalives_count=3"),
        QStringLiteral("sslmode=%1").arg(effectiveSslMode())};
    if (!sslRootCert.isEmpty()) {
        options << QStringLiteral("sslrootcert=%1").arg(quoted(sslRootCert));
    }
    if (!applicationName.isEmpty()) {
        options << QStringLiteral("application_name=%1").arg(quoted(applicationName));
    }
    return options.join(QLatin1Char(';'));
}

} // namespace Desk::Store
