// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/caseclock.h"
#include "core/domain.h"
#include "core/workingcalendar.h"
#include "store/inboxlines.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>
#include <functional>

namespace Desk::Gui {

/**
 * The inbox: cases newest activity first, paged in from the store as the view scrolls.
 * Filtering and search run in SQL/FTS (Store::cases); no proxy model sits over this,
 * because a proxy over 100,000 rows costs minutes (reference/libraries-and-performance §5.3).
 *
 * The order only changes when staff ask for it (a filter, applyNewOrder()): new activity
 * updates the rows shown in place and is counted in pendingCount(), so the row under the
 * pointer and the selection never move by themselves (a click always opens the case clicked).
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
        /** The second line: the newest message (its kind for a picture, file...), "You: "
         *  before the desk's own, or the reply waiting in the outbox. Any column. */
        LineRole,
        /** Reply parts still waiting in the outbox (queued or being sent). Any column. */
        WaitingRole,
        /** '' or the state key of the newest undelivered outbox row (queued, sending,
         *  refused) when it is newer than the newest message. Any column. */
        OutboxStateRole,
        /** Short text of the chip drawn for the status, legal-clock and reply-window columns;
         *  empty when the chip is not shown. The DisplayRole keeps the longer wording. */
        ChipTextRole,
        /** A shorter chip text for a narrow row (the legal deadline without its step's name);
         *  empty when there is none. */
        ChipShortTextRole,
        UnreadCountRole,
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
    /** Cases matching the filter, loaded or not, counted up to countCap() (PostgreSQL counts
     *  every hit of an exact count: slow over tens of thousands). */
    int totalCount() const { return m_total; }
    /** More than countCap() cases match: totalCount() is the cap ("10.000+"). */
    bool totalCapped() const { return m_totalCapped; }
    void setCountCap(int cap) { m_countCap = cap; }
    int countCap() const { return m_countCap; }
    /** "1.234 cases", "10.000+ cases" in the current locale and language. */
    static QString countText(int count, bool capped);
    qint64 caseIdAt(int row) const;
    int rowOfCase(qint64 caseId) const;
    /**
     * Re-reads the rows already loaded in place (after a sync, a reconnect): their texts,
     * chips and unread marks change, their order does not. Cases that moved or arrived are
     * counted in pendingCount() until applyNewOrder().
     */
    void refresh();
    /** The same for a few cases the store announced (a read mark, a reply queued). */
    void refreshCases(const QSet<qint64> &caseIds);
    /** Re-sorts: the rows in the store's order, new cases in (F5, the "n new" marker). */
    void applyNewOrder();
    /** Cases with new activity (a citizen wrote, a new case) not yet in their place. */
    int pendingCount() const { return int(m_pendingIds.size()); }
    /** Repaints the texts that depend on the language or the clock (no database read). */
    void refreshTexts();
    /** For tests: a fixed clock for the reply-window and legal-clock columns. */
    void setClock(std::function<qint64()> clock);
    /** The calendar the legal-clock column counts working days with (the profile's). */
    void setCalendar(const Core::WorkingCalendar &calendar);
    /** The legal clocks of a loaded row at the model's clock. */
    Core::CaseClock legalClock(int row) const;

    /** The second line of `row` from its InboxLine (also the text of a notification). */
    static QString lineText(const Store::InboxLine &line, const Core::CaseSummary &row);

    static constexpr int kPageSize = 200;
    /** A replied case whose newest message is the citizen's: it needs an answer again. */
    static bool citizenWroteAfterReply(const Core::CaseSummary &row);

signals:
    void totalCountChanged(int total);
    void pendingCountChanged(int pending);

private:
    void reload(int keepRows);
    void indexRows();
    void setPending(QSet<qint64> pending);
    /** Notes a case's new activity (it would move) and stores the re-read row. */
    void takeRow(int row, const Core::CaseSummary &fresh, QSet<qint64> &pending);
    const Store::InboxLine &line(int row) const;
    QString lineToolTip(int row) const;
    QString chipText(int column, int row, bool brief = false) const;
    void emitRowsChanged(int first, int last);

    Store::Store *m_store;
    Store::CaseFilter m_filter;
    QVector<Core::CaseSummary> m_rows;
    QHash<qint64, int> m_rowById;
    int m_total = 0;
    bool m_totalCapped = false;
    int m_countCap = Store::Store::kDefaultCountCap;
    bool m_exhausted = false; // a page came back short: nothing more to fetch
    QSet<qint64> m_pendingIds;
    // Last activity of the oldest row loaded: a case not shown but newer than this moved up.
    qint64 m_floorMs = 0;
    // Second lines, read a block of rows at a time as the view paints them.
    mutable QHash<qint64, Store::InboxLine> m_lines;
    bool m_resetting = false;
    std::function<qint64()> m_clock;
    Core::WorkingCalendar m_calendar;
};

} // namespace Desk::Gui
