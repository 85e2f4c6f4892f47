// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store.h"

#include "core/vietnamtime.h"
#include "store/casequery.h"
#include "store/caserepository.h"
#include "store/citizenrepository.h"
#include "store/clockkeeper.h"
#include "store/database.h"
#include "store/ingest.h"
#include "store/messagerepository.h"
#include "store/schema.h"
#include "store/searchdialect.h"
#include "store/searchindex.h"
#include "store/storelog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace Desk::Store {

namespace {

/** quick_check (or integrity_check and the foreign keys when `full`) of an SQLite file. */
void sqlitePageCheck(Database &db, bool full, QStringList *problems)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    const QString integrity = full ? QStringLiteral("PRAGMA integrity_check(50)")
                                   : QStringLiteral("PRAGMA quick_check(50)");
    if (!query.exec(integrity)) {
        *problems << query.lastError().text();
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok")) {
                *problems << line;
            }
        }
    }
    query.finish();
    if (!full) {
        return;
    }
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next()) {
            *problems << QStringLiteral("foreign key violation in %1 row %2")
                             .arg(query.value(0).toString(), query.value(1).toString());
        }
    } else {
        *problems << query.lastError().text();
    }
}

} // namespace

class Store::Private
{
public:
    Database db;
    SearchIndex search {db};
    CitizenRepository citizens {db, search};
    CaseRepository cases {db};
    MessageRepository messages {db};
    ClockKeeper clocks {db};
    Ingest ingest {db, citizens, cases, messages, search, clocks};
    CaseQuery query {db, clocks};
    int schemaVersion = 0;
    qint64 serviceGeneration = 0;
    bool batch = false;
    QSet<qint64> batchTouched;

    /** Every public call starts clean, so lastError() describes the last call only. */
    bool ready()
    {
        db.clearError();
        return db.isOpen() || db.fail(QStringLiteral("the database is not open"));
    }

    /**
     * Runs `body` in one transaction (a savepoint inside a batch). On failure the search
     * changes it deferred are dropped too, like the rows its savepoint rolled back.
     */
    template<typename Body> bool write(Body body)
    {
        const SearchIndex::Pending before = search.pending();
        Transaction transaction(db);
        if (transaction.isActive() && body() && transaction.commit()) {
            return true;
        }
        search.restore(before);
        return false;
    }

    qint64 count(const QString &sql)
    {
        bool ok = false;
        return db.scalar(sql, {}, QStringLiteral("counting rows"), &ok).toLongLong();
    }
};

Store::Store(QObject *parent)
    : QObject(parent)
    , d(new Private)
{ }

Store::~Store()
{
    close();
    delete d;
}

Database &Store::database() const
{
    return d->db;
}

void Store::setServiceGeneration(qint64 generation)
{
    d->serviceGeneration = generation;
}

qint64 Store::serviceGeneration() const
{
    return d->serviceGeneration;
}

void Store::announceChanged(const QSet<qint64> &caseIds)
{
    notify(caseIds);
}

bool Store::open(const QString &path, QString *error)
{
    return openAtVersion(path, currentSchemaVersion(), error);
}

bool Store::open(const ConnectionSpec &spec, QString *error)
{
    close();
    d->db.clearError();
    return finishOpen(d->db.open(spec), currentSchemaVersion(), error);
}

bool Store::openAtVersion(const QString &path, int version, QString *error)
{
    close();
    d->db.clearError();
    return finishOpen(d->db.open(path), version, error);
}

bool Store::finishOpen(bool ok, int version, QString *error)
{
    if (ok && (version < 0 || version > currentSchemaVersion())) {
        ok = d->db.fail(QStringLiteral("unknown schema version %1").arg(version));
    }
    ok = ok && Schema::migrate(d->db, version);
    if (ok) {
        d->schemaVersion = Schema::version(d->db);
        ok = d->schemaVersion >= 0;
    }
    if (!ok) {
        const QString detail = d->db.lastError(); // close() keeps it for lastError()
        d->db.close();
        if (error) {
            *error = detail;
        }
        return false;
    }
    return true;
}

void Store::close()
{
    if (d->batch) {
        rollbackBatch();
    }
    d->db.close();
    d->schemaVersion = 0;
}

bool Store::isOpen() const
{
    return d->db.isOpen();
}

QString Store::path() const
{
    return d->db.path();
}

QString Store::lastError() const
{
    return d->db.lastError();
}

int Store::currentSchemaVersion()
{
    return Schema::kCurrentVersion;
}

int Store::schemaVersion() const
{
    return d->schemaVersion;
}

bool Store::walEnabled() const
{
    return d->db.walEnabled();
}

// --- ingest --------------------------------------------------------------------------------

IngestResult Store::ingestConversation(
    const std::optional<Core::Citizen> &citizen, QVector<Core::Message> messages)
{
    QVector<IngestResult> results;
    if (ingestConversations({{citizen, std::move(messages)}}, &results)) {
        return results.constFirst();
    }
    // Rolled back: report nothing as written, so a caller never records half a batch.
    IngestResult failed;
    failed.ok = false;
    failed.error = d->db.lastError();
    return failed;
}

bool Store::ingestConversations(QVector<Conversation> conversations, QVector<IngestResult> *results,
    const std::function<bool(const QVector<IngestResult> &)> &after)
{
    QVector<IngestResult> written;
    written.reserve(conversations.size());
    QSet<qint64> touched;
    const bool ok = d->ready() && d->write([&] {
        for (qsizetype i = 0; i < conversations.size(); ++i) {
            IngestResult result;
            Conversation &conversation = conversations[i];
            if (!d->ingest.run(conversation.citizen, std::move(conversation.messages), result)) {
                return false;
            }
            touched.unite(result.touchedCaseIds);
            written.append(result);
        }
        return !after || after(written);
    });
    if (results) {
        results->clear();
    }
    if (!ok) {
        return false;
    }
    if (results) {
        *results = std::move(written);
    }
    notify(touched);
    return true;
}

bool Store::beginBatch()
{
    if (!d->ready()) {
        return false;
    }
    if (d->batch) {
        return d->db.fail(QStringLiteral("a batch is already open"));
    }
    if (!d->db.begin()) {
        return false;
    }
    d->batch = true;
    d->batchTouched.clear();
    d->search.setDeferred(true);
    return true;
}

bool Store::commitBatch()
{
    if (!d->batch) {
        return d->db.fail(QStringLiteral("no batch is open"));
    }
    d->db.clearError();
    if (!d->search.flush()) {
        rollbackBatch();
        return false;
    }
    d->search.setDeferred(false);
    d->batch = false;
    const bool ok = d->db.commit();
    const QSet<qint64> touched = std::exchange(d->batchTouched, {});
    if (ok) {
        notify(touched);
    }
    return ok;
}

void Store::rollbackBatch()
{
    if (!d->batch) {
        return;
    }
    d->batch = false;
    d->batchTouched.clear();
    d->search.discard();
    d->search.setDeferred(false);
    d->db.rollback();
}

bool Store::inBatch() const
{
    return d->batch;
}

void Store::notify(const QSet<qint64> &caseIds)
{
    if (caseIds.isEmpty()) {
        return;
    }
    if (d->batch) {
        d->batchTouched.unite(caseIds);
        return;
    }
    emit casesChanged(caseIds);
}

bool Store::upsertCitizen(const Core::Citizen &citizen)
{
    if (!d->ready()) {
        return false;
    }
    return d->write([&] { return d->citizens.upsert(citizen); });
}

QSet<QString> Store::knownMessageIds(const QStringList &messageIds) const
{
    if (!d->ready()) {
        return {};
    }
    return d->messages.knownIds(messageIds);
}

bool Store::hasMessage(const QString &messageId) const
{
    return d->ready() && d->messages.exists(messageId);
}

bool Store::citizenKnown(const QString &zaloId) const
{
    if (!d->ready()) {
        return false;
    }
    bool ok = false;
    const QVariant found = d->db.scalar(QStringLiteral("SELECT 1 FROM citizens WHERE zalo_id = ?"),
        {zaloId}, QStringLiteral("looking up a citizen"), &ok);
    return ok && found.isValid();
}

QSet<QString> Store::knownCitizens(const QStringList &zaloIds) const
{
    QSet<QString> known;
    if (d->ready()) {
        d->db.selectIn(QStringLiteral("SELECT zalo_id FROM citizens WHERE zalo_id"), zaloIds,
            QStringLiteral("looking up citizens"),
            [&known](const QSqlQuery &row) { known.insert(row.value(0).toString()); });
    }
    return known;
}

bool Store::citizenProfileFetched(const QString &zaloId) const
{
    if (!d->ready()) {
        return false;
    }
    bool ok = false;
    const QVariant fetched
        = d->db.scalar(QStringLiteral("SELECT profile_fetched FROM citizens WHERE zalo_id = ?"),
            {zaloId}, QStringLiteral("looking up a citizen"), &ok);
    return ok && fetched.toInt() != 0;
}

// --- sync state ----------------------------------------------------------------------------

QString Store::syncValue(const QString &key) const
{
    if (!d->ready()) {
        return {};
    }
    return d->db
        .scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key},
            QStringLiteral("reading sync state"))
        .toString();
}

bool Store::setSyncValue(const QString &key, const QString &value)
{
    if (!d->ready()) {
        return false;
    }
    return d->db.run(
        d->db.statement(QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value")),
        {key, textValue(value)}, QStringLiteral("writing sync state"));
}

// --- queries -------------------------------------------------------------------------------

int Store::countCases(const CaseFilter &filter) const
{
    bool ok = false;
    return d->ready() ? d->query.count(filter, &ok) : 0;
}

CaseCount Store::countCasesCapped(const CaseFilter &filter, int cap) const
{
    bool ok = false;
    return d->ready() ? d->query.countCapped(filter, cap, &ok) : CaseCount {};
}

QVector<Core::CaseSummary> Store::cases(const CaseFilter &filter, int offset, int limit) const
{
    bool ok = false;
    return d->ready() ? d->query.page(filter, offset, limit, &ok) : QVector<Core::CaseSummary> {};
}

std::optional<Core::CaseSummary> Store::caseById(qint64 caseId) const
{
    return d->ready() ? d->cases.byId(caseId) : std::nullopt;
}

std::optional<Core::CaseSummary> Store::caseByCode(const QString &code) const
{
    return d->ready() ? d->cases.byCode(code) : std::nullopt;
}

QVector<Core::Message> Store::messagesForCase(qint64 caseId) const
{
    return d->ready() ? d->messages.forCase(caseId) : QVector<Core::Message> {};
}

std::optional<Core::Citizen> Store::citizen(const QString &zaloId) const
{
    return d->ready() ? d->citizens.find(zaloId) : std::nullopt;
}

QVector<Core::CaseEvent> Store::caseEvents(qint64 caseId) const
{
    return d->ready() ? d->cases.events(caseId) : QVector<Core::CaseEvent> {};
}

qint64 Store::caseVersion(qint64 caseId) const
{
    return d->ready() ? CaseChangeQuery(d->db).version(caseId) : -1;
}

CaseChanges Store::changesSince(qint64 caseId, qint64 version, qint64 sinceMs) const
{
    if (!d->ready()) {
        CaseChanges none;
        none.caseId = caseId;
        none.seenVersion = version;
        none.currentVersion = -1;
        return none;
    }
    return CaseChangeQuery(d->db).since(caseId, version, sinceMs);
}

qint64 Store::messageCount() const
{
    return d->ready() ? d->count(QStringLiteral("SELECT count(*) FROM messages")) : 0;
}

qint64 Store::caseCount() const
{
    return d->ready() ? d->count(QStringLiteral("SELECT count(*) FROM cases")) : 0;
}

// --- staff actions -------------------------------------------------------------------------

bool Store::markCaseRead(qint64 caseId, const QString &actor)
{
    if (!d->ready()) {
        return false;
    }
    Transaction transaction(d->db);
    if (!transaction.isActive()) {
        return false;
    }
    bool ok = false;
    const QVariant unread
        = d->db.scalar(QStringLiteral("SELECT unread_count FROM cases WHERE id = ?"), {caseId},
            QStringLiteral("marking a case read"), &ok);
    if (!ok) {
        return false;
    }
    if (!unread.isValid()) {
        return d->db.fail(QStringLiteral("marking a case read: no case %1").arg(caseId));
    }
    if (unread.toInt() == 0) {
        return transaction.commit(); // already read: nothing to audit
    }
    Core::CaseEvent event;
    event.caseId = caseId;
    event.atMs = Core::nowMs();
    event.actor = actor;
    event.kind = QStringLiteral("read");
    event.detail = QString::fromUtf8(QJsonDocument(
        QJsonObject {{QStringLiteral("unread"),
            unread.toInt()}}).toJson(QJsonDocument::Compact));
    if (!d->cases.setUnread(caseId, 0) || !d->cases.addEvent(event) || !transaction.commit()) {
        return false;
    }
    notify({caseId});
    return true;
}

bool Store::setCaseStatus(qint64 caseId, Core::CaseStatus status, const QString &actor)
{
    if (!d->ready()) {
        return false;
    }
    Transaction transaction(d->db);
    if (!transaction.isActive()) {
        return false;
    }
    bool ok = false;
    const auto current = d->cases.byId(caseId, &ok);
    if (!ok) {
        return false;
    }
    if (!current) {
        return d->db.fail(QStringLiteral("changing case status: no case %1").arg(caseId));
    }
    if (current->status == status) {
        return transaction.commit();
    }
    if (current->status == Core::CaseStatus::Closed) {
        const qint64 newest = d->cases.newestCaseOfCitizen(current->citizenId, &ok);
        if (!ok) {
            return false;
        }
        if (newest != caseId) {
            return d->db.fail(QStringLiteral("case %1 cannot be reopened: the citizen already has "
                                             "a newer case (%2)")
                                  .arg(caseId)
                                  .arg(newest));
        }
    }
    const qint64 now = Core::nowMs();
    Core::CaseEvent event;
    event.caseId = caseId;
    event.atMs = now;
    event.actor = actor;
    event.kind = QStringLiteral("status_changed");
    event.detail = QString::fromUtf8(
        QJsonDocument(QJsonObject {{QStringLiteral("from"), Core::caseStatusKey(current->status)},
                          {QStringLiteral("to"), Core::caseStatusKey(status)}})
            .toJson(QJsonDocument::Compact));
    if (!d->cases.setStatus(caseId, status, status == Core::CaseStatus::Closed ? now : 0)
        || !d->cases.addEvent(event)
        || !d->clocks.statusChanged(caseId, current->status, status, now)
        || !transaction.commit()) {
        return false;
    }
    notify({caseId});
    return true;
}

// --- health --------------------------------------------------------------------------------

HealthReport Store::check() const
{
    return health(false);
}

HealthReport Store::fullCheck() const
{
    return health(true);
}

HealthReport Store::health(bool full) const
{
    HealthReport report;
    report.expectedSchemaVersion = currentSchemaVersion();
    if (!d->ready()) {
        report.integrityDetail = d->db.lastError();
        return report;
    }
    report.walEnabled = d->db.walEnabled();
    report.schemaVersion = Schema::version(d->db);

    QStringList problems;
    if (!d->db.isPostgres()) {
        // PostgreSQL checks its pages itself (and a team's server is the administrator's);
        // SQLite files on office PCs do get damaged, so they are read page by page.
        sqlitePageCheck(d->db, full, &problems);
    }
    if (full && report.schemaVersion >= 2) {
        qint64 documents = 0;
        QString problem;
        if (!SearchDialect::of(d->db).check(d->db, &documents, &problem)) {
            problems << (problem.isEmpty() ? d->db.lastError() : problem);
        }
        // One document per indexed case, no more, no less.
        const qint64 indexed
            = d->count(QStringLiteral("SELECT count(*) FROM cases WHERE search_rowid IS NOT NULL"));
        const qint64 cases = d->count(QStringLiteral("SELECT count(*) FROM cases"));
        if (documents != indexed || indexed != cases) {
            problems << QStringLiteral("search index: %1 documents for %2 cases (%3 indexed)")
                            .arg(documents)
                            .arg(cases)
                            .arg(indexed);
        }
    }
    if (report.schemaVersion != report.expectedSchemaVersion) {
        problems << QStringLiteral("schema v%1, expected v%2")
                        .arg(report.schemaVersion)
                        .arg(report.expectedSchemaVersion);
    }
    report.integrityOk = problems.isEmpty();
    report.integrityDetail = problems.isEmpty() ? QStringLiteral("ok") : problems.join(u'\n');
    report.messageCount = d->count(QStringLiteral("SELECT count(*) FROM messages"));
    report.caseCount = d->count(QStringLiteral("SELECT count(*) FROM cases"));
    report.citizenCount = d->count(QStringLiteral("SELECT count(*) FROM citizens"));
    if (!report.integrityOk) {
        qCWarning(lcStore).noquote() << "health check:" << report.integrityDetail;
    }
    return report;
}

} // namespace Desk::Store
