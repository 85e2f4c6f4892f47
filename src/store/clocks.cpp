// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/clocks.h"

#include "core/vietnamtime.h"
#include "store/clockkeeper.h"
#include "store/database.h"
#include "store/shareddocuments.h"
#include "store/store.h"
#include "store/storelog.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace Desk::Store {

Clocks::Clocks(Store &store)
    : m_store(store)
    , m_keeper(std::make_unique<ClockKeeper>(store.database()))
{ }

Clocks::~Clocks() = default;

QString Clocks::lastError() const
{
    return m_store.database().lastError();
}

template<typename Body> bool Clocks::inTransaction(qint64 caseId, Body body)
{
    Database &db = m_store.database();
    if (!db.isOpen()) {
        return db.fail(QStringLiteral("the database is not open"));
    }
    const bool outermost = db.transactionDepth() == 0;
    Transaction transaction(db);
    if (!transaction.isActive() || !body() || !transaction.commit()) {
        return false;
    }
    if (outermost && caseId > 0) {
        m_store.announceChanged({caseId});
    }
    return true;
}

// --- policy ----------------------------------------------------------------------------------

Core::ClockPolicy Clocks::policy()
{
    Database &db = m_store.database();
    bool ok = false;
    const int rows = db.scalar(QStringLiteral("SELECT count(*) FROM clock_policies"), {},
                           QStringLiteral("reading the clock policy"), &ok)
                         .toInt();
    if (ok && rows == 0) {
        // Written out so the administrator sees (and edits) what the clocks use. The first
        // time is also when cases migrated from schema v2 (no due columns yet) get theirs.
        QSet<qint64> ids;
        const bool seeded = inTransaction(0, [&] {
            for (const Core::ClockPolicyRow &row : Core::ClockPolicy::defaults().rows()) {
                if (!setPolicy(row.kind, row.step, row.workingDays)) {
                    return false;
                }
            }
            return refreshOpen(&ids);
        });
        if (seeded) {
            m_store.announceChanged(ids);
        }
    }
    ClockKeeper::invalidateAll();
    return m_keeper->policy();
}

bool Clocks::setPolicy(const QString &kind, Core::ClockStep step, int workingDays)
{
    Database &db = m_store.database();
    const bool ok
        = db.run(db.statement(QStringLiteral(
                     "INSERT INTO clock_policies(kind, step, working_days) VALUES(?, ?, ?) "
                     "ON CONFLICT(kind, step) DO UPDATE SET working_days = excluded.working_days")),
            {textValue(kind), Core::clockStepKey(step), std::max(0, workingDays)},
            QStringLiteral("writing the clock policy"));
    ClockKeeper::invalidateAll();
    return ok;
}

bool Clocks::removePolicy(const QString &kind, Core::ClockStep step)
{
    Database &db = m_store.database();
    const bool ok = db.run(
        db.statement(QStringLiteral("DELETE FROM clock_policies WHERE kind = ? AND step = ?")),
        {textValue(kind), Core::clockStepKey(step)}, QStringLiteral("writing the clock policy"));
    ClockKeeper::invalidateAll();
    return ok;
}

bool Clocks::replacePolicy(const Core::ClockPolicy &policy)
{
    Database &db = m_store.database();
    QSet<qint64> ids;
    const bool ok = inTransaction(0, [&] {
        if (!db.exec(QStringLiteral("DELETE FROM clock_policies"),
                QStringLiteral("writing the clock policy"))) {
            return false;
        }
        for (const Core::ClockPolicyRow &row : policy.rows()) {
            if (!setPolicy(row.kind, row.step, row.workingDays)) {
                return false;
            }
        }
        return refreshOpen(&ids);
    });
    if (ok) {
        m_store.announceChanged(ids);
    }
    return ok;
}

// --- calendar --------------------------------------------------------------------------------

QString Clocks::calendarPath() const
{
    return m_keeper->calendarPath();
}

Core::WorkingCalendar Clocks::calendar()
{
    return m_keeper->calendar();
}

bool Clocks::saveCalendar(const Core::WorkingCalendar &calendar, QString *error)
{
    if (m_store.database().isPostgres()) {
        if (!SharedDocuments::write(
                m_store.database(), SharedDocuments::kCalendar, calendar.toJson(), Core::nowMs())) {
            if (error) {
                *error = m_store.database().lastError();
            }
            return false;
        }
    } else if (const QString path = calendarPath();
               path.isEmpty() || !calendar.saveFile(path, error)) {
        if (error && error->isEmpty()) {
            *error = QStringLiteral("the database is not open");
        }
        return false;
    }
    ClockKeeper::invalidateAll();
    bool ok = false;
    refreshOpenCases(&ok);
    if (!ok && error) {
        *error = lastError();
    }
    return ok;
}

// --- business hours --------------------------------------------------------------------------

QString Clocks::businessHoursPath() const
{
    const QString calendar = calendarPath();
    return calendar.isEmpty()
        ? QString()
        : QFileInfo(calendar).dir().filePath(QStringLiteral("business-hours.json"));
}

Core::BusinessHours Clocks::businessHours()
{
    Core::BusinessHours hours;
    QString error;
    if (m_store.database().isPostgres()) {
        const auto document
            = SharedDocuments::read(m_store.database(), SharedDocuments::kBusinessHours);
        if (document && !hours.loadJson(document->json, &error)) {
            qCWarning(lcStore) << "shared business hours not used:" << error;
        }
        return hours;
    }
    const QString path = businessHoursPath();
    if (!path.isEmpty() && QFileInfo::exists(path) && !hours.loadFile(path, &error)) {
        qCWarning(lcStore) << "business hours" << path << "not used:" << error;
    }
    return hours;
}

bool Clocks::saveBusinessHours(const Core::BusinessHours &hours, QString *error)
{
    if (m_store.database().isPostgres()) {
        const bool saved = SharedDocuments::write(
            m_store.database(), SharedDocuments::kBusinessHours, hours.toJson(), Core::nowMs());
        if (!saved && error) {
            *error = m_store.database().lastError();
        }
        return saved;
    }
    const QString path = businessHoursPath();
    if (path.isEmpty()) {
        if (error) {
            *error = QStringLiteral("the database is not open");
        }
        return false;
    }
    return hours.saveFile(path, error);
}

// --- cases -----------------------------------------------------------------------------------

bool Clocks::refresh(qint64 caseId)
{
    return inTransaction(caseId, [&] { return m_keeper->refresh(caseId, Core::nowMs()); });
}

bool Clocks::refreshOpen(QSet<qint64> *ids)
{
    Database &db = m_store.database();
    // The partial index of open cases covers this (id is its rowid).
    QSqlQuery *query = db.query(QStringLiteral("SELECT id FROM cases WHERE replied_at_ms IS NULL"),
        {}, QStringLiteral("listing open cases"));
    if (!query) {
        return false;
    }
    {
        StatementReset reset(query);
        while (query->next()) {
            ids->insert(query->value(0).toLongLong());
        }
    }
    const qint64 now = Core::nowMs();
    for (const qint64 id : std::as_const(*ids)) {
        if (!m_keeper->refresh(id, now)) {
            return false;
        }
    }
    return true;
}

int Clocks::refreshOpenCases(bool *ok)
{
    QSet<qint64> ids;
    const bool done = inTransaction(0, [&] { return refreshOpen(&ids); });
    if (ok) {
        *ok = done;
    }
    if (!done) {
        return 0;
    }
    m_store.announceChanged(ids);
    return ids.size();
}

std::optional<Core::CaseClock> Clocks::clock(qint64 caseId, qint64 nowMs)
{
    Core::CaseClockInput input;
    bool found = false;
    if (!m_store.database().isOpen() || !m_keeper->load(caseId, &input, &found) || !found) {
        return std::nullopt;
    }
    return Core::CaseClock::compute(
        input, m_keeper->policy(), m_keeper->calendar(), nowMs > 0 ? nowMs : Core::nowMs());
}

bool Clocks::onResponded(qint64 caseId, qint64 atMs, bool final)
{
    return inTransaction(caseId, [&] {
        return m_keeper->recordMilestones(caseId, atMs, final ? atMs : 0)
            && m_keeper->refresh(caseId, Core::nowMs());
    });
}

bool Clocks::onRouted(qint64 caseId)
{
    return inTransaction(caseId, [&] { return m_keeper->routed(caseId, Core::nowMs()); });
}

bool Clocks::onAgencyAnswered(qint64 caseId)
{
    return inTransaction(caseId, [&] { return m_keeper->agencyAnswered(caseId, Core::nowMs()); });
}

int Clocks::sweepProlonged(qint64 nowMs, bool *ok)
{
    int marked = 0;
    bool done = inTransaction(0, [&] {
        bool swept = false;
        marked = m_keeper->sweepProlonged(nowMs > 0 ? nowMs : Core::nowMs(), &swept);
        return swept;
    });
    if (ok) {
        *ok = done;
    }
    return marked;
}

} // namespace Desk::Store
