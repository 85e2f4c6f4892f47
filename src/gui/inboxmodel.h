// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/caseclock.h"
#include "core/domain.h"
#include "core/workingcalendar.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QVector>
#include <functional>

namespace Desk::Gui {

/**
 * The inbox: cases newest activity first, paged in from the store as the view scrolls.
 * Filtering and search run in SQL/FTS (Store::cases); no proxy model sits over this,
 * because a proxy over 100,000 rows costs minutes (reference/libraries-and-performance §5.3).
 */
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /** What staff read first comes first: the legal deadline sits next to the status and the
     *  Zalo reply window beside it; the times, which a narrow window may push out of view,
     *  come last. */
    enum Column {
        CodeColumn,
        CitizenColumn,
        FirstLineColumn,
        StatusColumn,
        LegalClockColumn,
        ReplyWindowColumn,
        LastActivityColumn,
        ReceivedColumn,
        ColumnCount
    };
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        UnreadRole,
        StatusKeyRole,
        ClockStateRole, // int(Core::StepClock::State) of the headline step
        ProlongedRole,
    };

    explicit InboxModel(Store::Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const Store::CaseFilter &filter);
    Store::CaseFilter filter() const { return m_filter; }
    /** All cases matching the filter, loaded or not. */
    int totalCount() const { return m_total; }
    qint64 caseIdAt(int row) const;
    int rowOfCase(qint64 caseId) const;
    /** Re-reads the rows already loaded (after a sync or a read mark). */
    void refresh();
    /** For tests: a fixed clock for the reply-window and legal-clock columns. */
    void setClock(std::function<qint64()> clock);
    /** The calendar the legal-clock column counts working days with (the profile's). */
    void setCalendar(const Core::WorkingCalendar &calendar);
    /** The legal clocks of a loaded row at the model's clock. */
    Core::CaseClock legalClock(int row) const;

    static constexpr int kPageSize = 200;
    /** A replied case whose newest message is the citizen's: it needs an answer again. */
    static bool citizenWroteAfterReply(const Core::CaseSummary &row);

signals:
    void totalCountChanged(int total);

private:
    void reload(int keepRows);

    Store::Store *m_store;
    Store::CaseFilter m_filter;
    QVector<Core::CaseSummary> m_rows;
    int m_total = 0;
    bool m_resetting = false;
    std::function<qint64()> m_clock;
    Core::WorkingCalendar m_calendar;
};

} // namespace Desk::Gui
