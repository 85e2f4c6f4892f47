// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/inboxmodel.h"

#include "core/replywindow.h"
#include "core/vietnamtime.h"
#include "gui/clocktext.h"
#include "gui/displaytext.h"
#include "gui/logging.h"
#include "gui/messagekindtext.h"
#include "gui/plaintext.h"
#include "store/clocks.h"

#include <QFont>

namespace Desk::Gui {

InboxModel::InboxModel(Store::Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(&Core::nowMs)
    , m_calendar(Store::Clocks(*store).calendar())
{
    reload(kPageSize);
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Core::CaseSummary &row = m_rows.at(index.row());
    const bool unread = row.unreadCount > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return unread ? QStringLiteral("● ") + row.code : row.code;
        case CitizenColumn:
            return row.citizenName.isEmpty() ? row.citizenId : row.citizenName;
        case FirstLineColumn:
            return summaryLineText(row.firstLine);
        case ReceivedColumn:
            return shortTimeText(row.openedAtMs, m_clock());
        case LastActivityColumn:
            return shortTimeText(row.lastActivityAtMs, m_clock());
        case StatusColumn:
            return citizenWroteAfterReply(row) ? tr("%1, new message").arg(statusText(row.status))
                                               : statusText(row.status);
        case ReplyWindowColumn:
            return replyWindowText(Core::ReplyWindow::at(row.lastInboundAtMs, m_clock()));
        case LegalClockColumn:
            return clockLineText(legalClock(index.row()), m_clock());
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FirstLineColumn:
            return plainToolTip(summaryLineText(row.firstLine));
        case CitizenColumn:
            return plainToolTip(row.citizenName);
        case ReceivedColumn:
            return fullTimeText(row.openedAtMs);
        case LastActivityColumn:
            return fullTimeText(row.lastActivityAtMs);
        case ReplyWindowColumn:
            return tr("Zalo allows free replies for 48 hours after the citizen's last message "
                      "and no reply at all after 7 days. In between, a reply is a paid message "
                      "and needs a funded Zalo Cloud Account (ZCA).");
        case CodeColumn:
            return unread ? tr("%n unread message(s)", nullptr, row.unreadCount) : QVariant();
        case StatusColumn:
            return citizenWroteAfterReply(row)
                ? tr("The citizen wrote again after the last reply: this case needs an answer.")
                : QVariant();
        case LegalClockColumn:
            return clockStepsText(legalClock(index.row()), m_clock());
        }
        break;
    case Qt::FontRole:
        if (unread) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && citizenWroteAfterReply(row)) {
            return QColor(0xb2, 0x6a, 0x00);
        }
        if (index.column() == ReplyWindowColumn) {
            const QColor color
                = replyWindowColor(Core::ReplyWindow::at(row.lastInboundAtMs, m_clock()));
            return color.isValid() ? QVariant(color) : QVariant();
        }
        if (index.column() == LegalClockColumn) {
            const QColor color = clockColor(legalClock(index.row()).headline());
            return color.isValid() ? QVariant(color) : QVariant();
        }
        break;
    case CaseIdRole:
        return row.id;
    case UnreadRole:
        return unread;
    case StatusKeyRole:
        return Core::caseStatusKey(row.status);
    case ClockStateRole:
        return int(legalClock(index.row()).headline().state);
    case ProlongedRole:
        return legalClock(index.row()).prolonged();
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CodeColumn:
        return tr("Case");
    case CitizenColumn:
        return tr("Citizen");
    case FirstLineColumn:
        return tr("Message");
    case ReceivedColumn:
        return tr("Received");
    case LastActivityColumn:
        return tr("Last activity");
    case StatusColumn:
        return tr("Status");
    case ReplyWindowColumn:
        return tr("Reply window");
    case LegalClockColumn:
        return tr("Legal deadline");
    }
    return {};
}

bool InboxModel::citizenWroteAfterReply(const Core::CaseSummary &row)
{
    // The last activity is the citizen's own message: a "replied" case is waiting on us again.
    return row.status == Core::CaseStatus::Replied && row.lastInboundAtMs > 0
        && row.lastInboundAtMs >= row.lastActivityAtMs;
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    // Not from inside our own reset notification: rows inserted while listeners still handle
    // modelReset would nest two changes. Views ask again when they need the rows.
    return !m_resetting && !parent.isValid() && m_rows.size() < m_total;
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QVector<Core::CaseSummary> page = m_store->cases(m_filter, m_rows.size(), kPageSize);
    if (page.isEmpty()) {
        return;
    }
    beginInsertRows({}, m_rows.size(), m_rows.size() + page.size() - 1);
    m_rows += page;
    endInsertRows();
}

void InboxModel::setFilter(const Store::CaseFilter &filter)
{
    m_filter = filter;
    reload(kPageSize);
}

qint64 InboxModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int InboxModel::rowOfCase(qint64 caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == caseId) {
            return i;
        }
    }
    return -1;
}

void InboxModel::refresh()
{
    reload(std::max(kPageSize, static_cast<int>(m_rows.size())));
}

void InboxModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
    }
}

void InboxModel::setCalendar(const Core::WorkingCalendar &calendar)
{
    m_calendar = calendar;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, LegalClockColumn), index(m_rows.size() - 1, LegalClockColumn));
    }
}

Core::CaseClock InboxModel::legalClock(int row) const
{
    return row >= 0 && row < m_rows.size()
        ? Core::CaseClock::fromCase(m_rows.at(row), m_calendar, m_clock())
        : Core::CaseClock();
}

void InboxModel::reload(int keepRows)
{
    const int total = m_store->countCases(m_filter);
    bool failed = !m_store->lastError().isEmpty();
    QVector<Core::CaseSummary> rows = m_store->cases(m_filter, 0, keepRows);
    failed = failed || !m_store->lastError().isEmpty();
    if (failed && !m_rows.isEmpty()) {
        // The database did not answer (a team database while its connection is re-made):
        // the list on screen stays rather than going blank; the desk reloads once it is back.
        qCWarning(lcGui) << "inbox not refreshed:" << m_store->lastError();
        return;
    }
    // A reset is O(rows loaded); selection is restored by the widget from the case id.
    m_resetting = true;
    beginResetModel();
    m_total = total;
    m_rows = std::move(rows);
    endResetModel();
    m_resetting = false;
    emit totalCountChanged(m_total);
}

} // namespace Desk::Gui
