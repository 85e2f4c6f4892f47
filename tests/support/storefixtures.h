// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the store tests: Vietnam-time stamps, message and citizen builders, audit kinds and a
// raw second connection to the database file.
#pragma once

#include "core/domain.h"
#include "pgcluster.h"
#include "store/connectionspec.h"
#include "store/database.h"
#include "store/store.h"
#include "store/teamschema.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVariant>
#include <QVector>
#include <QtDebug>
#include <QtTest>
#include <memory>

namespace Desk::TestSupport {
/** UTC ms of a Vietnam wall-clock time (UTC+7). */
inline qint64 vn(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(7 * 3600))
        .toMSecsSinceEpoch();
}

inline Core::Message message(const QString &id, const QString &citizen, Core::Direction direction,
    qint64 timeMs, const QString &text = QStringLiteral("Xin chào"),
    const QString &type = QStringLiteral("text"))
{
    Core::Message m;
    m.messageId = id;
    m.citizenId = citizen;
    m.direction = direction;
    m.timeMs = timeMs;
    m.type = type;
    m.text = text;
    m.rawJson = QStringLiteral("{\"msg_id\":\"%1\"}").arg(id);
    return m;
}

inline Core::Message in(const QString &id, const QString &citizen, qint64 timeMs,
    const QString &text = QStringLiteral("Cho tôi hỏi thủ tục"))
{
    return message(id, citizen, Core::Direction::Inbound, timeMs, text);
}

inline Core::Message out(const QString &id, const QString &citizen, qint64 timeMs)
{
    return message(id, citizen, Core::Direction::Outbound, timeMs, QStringLiteral("Chào anh/chị"));
}

inline Core::Citizen person(const QString &id, const QString &name)
{
    Core::Citizen c;
    c.zaloId = id;
    c.displayName = name;
    c.avatarUrl = QStringLiteral("https://example.invalid/a/%1.jpg").arg(id);
    return c;
}

inline QStringList kinds(const QVector<Core::CaseEvent> &events)
{
    QStringList result;
    for (const auto &event : events) {
        result << event.kind;
    }
    return result;
}

/** True when this run of a store test is its `<unit>_pg` registration. */
inline bool onPostgres()
{
    return qEnvironmentVariable("DESK_TEST_BACKEND") == QLatin1String("postgres");
}

/** Skips a test of what only an SQLite file has (file modes, pragmas, a damaged file). */
#define DESK_SQLITE_ONLY(why)                                                                      \
    do {                                                                                           \
        if (Desk::TestSupport::onPostgres()) {                                                     \
            QSKIP("SQLite file behaviour: " why);                                                  \
        }                                                                                          \
    } while (false)

/**
 * Where a test's store lives: the file `fileName` in `dir`, or on the PostgreSQL run a fresh
 * database of the test process's cluster (the same database for the same dir and name, so a
 * test can open it twice). An empty string when the cluster could not start (see the warning).
 */
inline QString storeLocation(
    const QTemporaryDir &dir, const QString &fileName = QStringLiteral("desk.sqlite"))
{
    if (!onPostgres()) {
        return dir.filePath(fileName);
    }
    static QHash<QString, QString> made;
    const QString key = dir.path() + QLatin1Char('/') + fileName;
    const auto found = made.constFind(key);
    if (found != made.constEnd()) {
        return *found;
    }
    PgCluster &cluster = PgCluster::shared();
    QString error;
    QString name;
    // One migrated template per test process; each test's database is a copy of it (0.1 s
    // instead of migrating every time).
    static QString templateDb;
    if (cluster.ensureStarted(&error) && templateDb.isEmpty()) {
        const QString fresh = cluster.createDatabase(&error);
        Store::Store migrated;
        // With the team's roles, rules and triggers, as team-init leaves a team database.
        if (!fresh.isEmpty() && migrated.open(cluster.uri(fresh, cluster.superuser()), &error)) {
            Store::Transaction transaction(migrated.database());
            if (Store::TeamSchema::apply(migrated.database()) && transaction.commit()) {
                templateDb = fresh;
            } else {
                error = migrated.lastError();
            }
            migrated.close();
        }
    }
    if (!templateDb.isEmpty()) {
        name = cluster.createDatabase(&error, templateDb);
    }
    if (name.isEmpty()) {
        qWarning().noquote() << "no PostgreSQL database for the test:" << error;
        return QString();
    }
    const QString uri = cluster.uri(name, cluster.superuser());
    made.insert(key, uri);
    return uri;
}

/** A second, raw connection to the same database: what the Store API does not expose, or what
 * an older program wrote. */
class RawConnection
{
public:
    explicit RawConnection(const QString &location)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        const auto spec = Store::ConnectionSpec::parse(location);
        if (spec && spec->isPostgres()) {
            m_postgres = true;
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(spec->host);
            db.setPort(spec->port);
            db.setDatabaseName(spec->database);
            db.setUserName(spec->user);
            db.open();
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(location);
        db.open();
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (values.isEmpty()) { // DDL: QPSQL cannot prepare it
            const bool done = query.exec(sql);
            if (!done) {
                qWarning() << sql << query.lastError().text();
            }
            return done;
        }
        bool ok = query.prepare(sql);
        for (int i = 0; ok && i < values.size(); ++i) {
            query.bindValue(i, values.at(i));
        }
        ok = ok && query.exec();
        if (!ok) {
            qWarning() << sql << query.lastError().text();
        }
        return ok;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (query.exec(sql) && query.next()) {
            return query.value(0);
        }
        return {};
    }
    QStringList columns(const QString &table)
    {
        QStringList names;
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.exec(
            (m_postgres ? QStringLiteral("SELECT column_name FROM information_schema.columns "
                                         "WHERE table_name = '%1' ORDER BY ordinal_position")
                        : QStringLiteral("SELECT name FROM pragma_table_info('%1')"))
                .arg(table));
        while (query.next()) {
            names << query.value(0).toString();
        }
        return names;
    }

private:
    QString m_name;
    bool m_postgres = false;
};

/** A new store in a new temporary folder (each test function starts from nothing). */
inline void openFreshStore(
    std::unique_ptr<QTemporaryDir> &dir, std::unique_ptr<Store::Store> &store)
{
    // The previous store closes its database before its folder goes: Windows cannot delete a
    // file that is still open.
    store.reset();
    dir = std::make_unique<QTemporaryDir>();
    QVERIFY(dir->isValid());
    store = std::make_unique<Store::Store>();
    QString error;
    QVERIFY2(store->open(storeLocation(*dir), &error), qPrintable(error));
}

/** The one case of `citizen`; fails the test when there are none or several. */
inline Core::CaseSummary onlyCaseOf(const Store::Store &store, const QString &citizen)
{
    const auto all = store.cases(Store::CaseFilter(), 0, 1000);
    Core::CaseSummary found;
    int count = 0;
    for (const auto &summary : all) {
        if (summary.citizenId == citizen) {
            found = summary;
            ++count;
        }
    }
    [&] { QCOMPARE(count, 1); }();
    return found;
}

} // namespace Desk::TestSupport
