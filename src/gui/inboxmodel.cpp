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
#include "store/inboxlines.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QLocale>

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
            return row.code;
        case CitizenColumn:
            return row.citizenName.isEmpty() ? row.citizenId : row.citizenName;
        case FirstLineColumn:
            return lineText(line(index.row()), row);
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
            return plainToolTip(lineToolTip(index.row()));
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
        // Only the name of an unread case is bold: a list where every row is bold marks nothing.
        if (unread && index.column() == CitizenColumn) {
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
    case UnreadCountRole:
        return row.unreadCount;
    case StatusKeyRole:
        return Core::caseStatusKey(row.status);
    case ClockStateRole:
        return int(legalClock(index.row()).headline().state);
    case ProlongedRole:
        return legalClock(index.row()).prolonged();
    case LineRole:
        return lineText(line(index.row()), row);
    case WaitingRole:
        return line(index.row()).waitingParts;
    case OutboxStateRole:
        return line(index.row()).outboxState;
    case ChipTextRole:
        return chipText(index.column(), index.row());
    case ChipShortTextRole:
        return index.column() == LegalClockColumn ? chipText(index.column(), index.row(), true)
                                                  : QString();
    }
    return {};
}

const Store::InboxLine &InboxModel::line(int row) const
{
    const qint64 caseId = m_rows.at(row).id;
    auto found = m_lines.constFind(caseId);
    if (found != m_lines.cend()) {
        return *found;
    }
    // The view asks for the rows it paints: read the block of rows around this one at once
    // (two statements), never the whole list.
    constexpr int kBlock = Store::InboxLines::kChunk;
    const int first = row / kBlock * kBlock;
    const int last = std::min<int>(first + kBlock, m_rows.size());
    QVector<qint64> ids;
    for (int i = first; i < last; ++i) {
        if (!m_lines.contains(m_rows.at(i).id)) {
            ids << m_rows.at(i).id;
        }
    }
    Store::InboxLines lines(*m_store);
    const QHash<qint64, Store::InboxLine> read = lines.forCases(ids);
    if (read.isEmpty() && !lines.lastError().isEmpty()) {
        // The database did not answer: the first message stands in until the next refresh.
        qCWarning(lcGui) << "inbox lines not read:" << lines.lastError();
    }
    for (const qint64 id : std::as_const(ids)) {
        m_lines.insert(id, read.value(id));
    }
    return *m_lines.constFind(caseId);
}

QString InboxModel::lineText(const Store::InboxLine &line, const Core::CaseSummary &row)
{
    if (!line.outboxState.isEmpty()) {
        const QString name = QFileInfo(line.outboxFilePath).fileName();
        QString what = line.outboxText.simplified();
        if (line.outboxKind != QLatin1String("text")) {
            const QString kind = messageKindLabel(line.outboxKind, name);
            what = what.isEmpty() ? kind : kind + QStringLiteral(" · ") + what;
        }
        if (line.outboxState == QLatin1String("refused")) {
            return tr("Not delivered: %1").arg(what);
        }
        return tr("Waiting to send: %1").arg(what);
    }
    if (line.newest.messageId.isEmpty()) {
        return summaryLineText(row.firstLine);
    }
    QString what = messageKindLabel(line.newest);
    const QString text = line.newest.text.simplified();
    if (what.isEmpty()) {
        what = text;
    } else if (!text.isEmpty() && line.newest.type != QLatin1String("link")) {
        what += QStringLiteral(" · ") + text; // a caption under a picture or a file
    }
    return line.newest.direction == Core::Direction::Outbound ? tr("You: %1").arg(what) : what;
}

QString InboxModel::lineToolTip(int row) const
{
    // The whole newest message, and the question that opened the case when that was another.
    const Core::CaseSummary &summary = m_rows.at(row);
    const Store::InboxLine &newest = line(row);
    QString tip = lineText(newest, summary);
    if (!newest.outboxState.isEmpty() || newest.newest.messageId.isEmpty()) {
        return tip;
    }
    if (!newest.newest.text.trimmed().isEmpty()) {
        tip = newest.newest.direction == Core::Direction::Outbound
            ? tr("You: %1").arg(newest.newest.text.trimmed())
            : newest.newest.text.trimmed();
    }
    // The stored first line is cut at a word with "…"; the newest message may be that message.
    const QString first = summaryLineText(summary.firstLine);
    const QString firstStart = first.endsWith(QChar(0x2026)) ? first.chopped(1) : first;
    if (summary.messageCount > 1 && !first.isEmpty()
        && !newest.newest.text.simplified().startsWith(firstStart.simplified())) {
        tip += QStringLiteral("\n\n") + tr("First message: %1").arg(first);
    }
    return tip;
}

QString InboxModel::chipText(int column, int row, bool brief) const
{
    const Core::CaseSummary &summary = m_rows.at(row);
    const qint64 now = m_clock();
    switch (column) {
    case StatusColumn:
        return citizenWroteAfterReply(summary)
            ? tr("%1, new message").arg(statusText(summary.status))
            : statusText(summary.status);
    case LegalClockColumn: {
        const Core::CaseClock clock = legalClock(row);
        const Core::StepClock step = clock.headline();
        using State = Core::StepClock::State;
        const QString due = step.dueAtMs > 0
            ? Core::toVietnamTime(step.dueAtMs).toString(QStringLiteral("dd/MM"))
            : QString();
        QString text;
        switch (step.state) {
        case State::NotApplicable:
            return {};
        case State::Done:
            text = step.late ? tr("Answered late") : tr("Answered on time");
            break;
        case State::Paused:
            text = tr("Clock paused");
            break;
        case State::Overdue:
            text = step.workingDays > 0 ? tr("Overdue %n day(s)", nullptr, step.workingDays)
                                        : tr("Overdue since %1").arg(due);
            break;
        case State::DueSoon: {
            const QDate day = Core::vietnamDate(step.dueAtMs);
            const QDate today = Core::vietnamDate(now);
            text = day == today           ? tr("Due today")
                : day == today.addDays(1) ? tr("Due tomorrow")
                                          : tr("Due %1").arg(due);
            break;
        }
        case State::OnTrack:
            text = tr("Due %1 · %n day(s) left", nullptr, step.workingDays).arg(due);
            break;
        }
        if (!brief && step.step != Core::ClockStep::FinalAnswer && step.isOpen()) {
            text = QCoreApplication::translate("Desk::Gui::ClockText", "%1: %2")
                       .arg(clockStepShortText(step.step), text);
        }
        return text;
    }
    case ReplyWindowColumn: {
        if (summary.status == Core::CaseStatus::Closed) {
            return {}; // nothing more to answer on a closed case
        }
        const Core::ReplyWindow window = Core::ReplyWindow::at(summary.lastInboundAtMs, now);
        using State = Core::ReplyWindow::State;
        const auto roughly = [](qint64 ms) {
            // The largest unit only: the chip stays short, the tooltip has the rule.
            const qint64 hours = std::max<qint64>(1, ms / (3600 * 1000));
            return hours < 48
                ? QCoreApplication::translate("Desk::Gui::DisplayText", "%1 h").arg(hours)
                : QCoreApplication::translate("Desk::Gui::DisplayText", "%1 d").arg(hours / 24);
        };
        switch (window.state) {
        case State::NoInbound:
            return {};
        case State::Free:
            return tr("Zalo free · %1").arg(roughly(window.freeRemainingMs));
        case State::Paid:
            return tr("Zalo paid · %1").arg(roughly(window.hardRemainingMs));
        case State::Closed:
            return tr("Zalo closed (7 days)");
        }
        return {};
    }
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
    // modelReset would nest two changes. Views ask again when they need the rows. A capped
    // count says "at least": the rows end when a page comes back short.
    return !m_resetting && !parent.isValid() && !m_exhausted
        && (m_totalCapped || m_rows.size() < m_total);
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QVector<Core::CaseSummary> page = m_store->cases(m_filter, m_rows.size(), kPageSize);
    if (!m_store->lastError().isEmpty()) {
        qCWarning(lcGui) << "inbox page not read:" << m_store->lastError();
        return;
    }
    m_exhausted = page.size() < kPageSize;
    // While new activity waits for applyNewOrder() the store's order is ahead of the rows
    // shown: a page may repeat cases already here (they moved up), which stay where they are.
    QVector<Core::CaseSummary> fresh;
    for (const Core::CaseSummary &row : page) {
        if (!m_rowById.contains(row.id)) {
            fresh.append(row);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    beginInsertRows({}, m_rows.size(), m_rows.size() + fresh.size() - 1);
    for (const Core::CaseSummary &row : std::as_const(fresh)) {
        m_rowById.insert(row.id, m_rows.size());
        m_rows.append(row);
    }
    m_floorMs = m_rows.last().lastActivityAtMs;
    endInsertRows();
}

void InboxModel::setFilter(const Store::CaseFilter &filter)
{
    m_filter = filter;
    reload(kPageSize);
}

QString InboxModel::countText(int count, bool capped)
{
    // Vietnamese groups thousands with a dot: "10.000+ vụ việc".
    return capped ? tr("%1+ cases").arg(QLocale().toString(count))
                  : tr("%Ln case(s)", nullptr, count);
}

qint64 InboxModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int InboxModel::rowOfCase(qint64 caseId) const
{
    return m_rowById.value(caseId, -1);
}

void InboxModel::refresh()
{
    if (m_rows.isEmpty()) {
        // Nothing on screen to keep in place (the first sync): show what there is.
        reload(kPageSize);
        return;
    }
    const Store::CaseCount count = m_store->countCasesCapped(m_filter, m_countCap);
    bool failed = !m_store->lastError().isEmpty();
    const QVector<Core::CaseSummary> fresh
        = m_store->cases(m_filter, 0, std::max(kPageSize, static_cast<int>(m_rows.size())));
    failed = failed || !m_store->lastError().isEmpty();
    if (failed) {
        // The database did not answer (a team database while its connection is re-made):
        // the list on screen stays; the desk reloads once it is back.
        qCWarning(lcGui) << "inbox not refreshed:" << m_store->lastError();
        return;
    }
    QSet<qint64> pending = m_pendingIds;
    QSet<qint64> seen;
    for (const Core::CaseSummary &row : fresh) {
        seen.insert(row.id);
        const int at = m_rowById.value(row.id, -1);
        if (at < 0) {
            // New, or moved up from below the rows loaded; not one that only slid up
            // because a row above it left the filter.
            if (row.lastActivityAtMs >= m_floorMs) {
                pending.insert(row.id);
            }
        } else {
            takeRow(at, row, pending);
        }
    }
    // Rows shown that left the first rows of the store's order: they moved down or out of the
    // filter. A few are read again by id; they stay in place until the new order is applied.
    QVector<qint64> gone;
    for (const Core::CaseSummary &row : std::as_const(m_rows)) {
        if (!seen.contains(row.id)) {
            gone << row.id;
        }
    }
    if (gone.size() <= kPageSize) {
        for (const qint64 id : std::as_const(gone)) {
            if (const auto row = m_store->caseById(id)) {
                takeRow(m_rowById.value(id), *row, pending);
            }
        }
    }
    m_lines.clear();
    emitRowsChanged(0, m_rows.size() - 1);
    const bool totalChanged = count.count != m_total || count.capped != m_totalCapped;
    m_total = count.count;
    m_totalCapped = count.capped;
    m_exhausted = m_exhausted && !totalChanged;
    setPending(pending);
    emit totalCountChanged(m_total);
}

void InboxModel::refreshCases(const QSet<qint64> &caseIds)
{
    if (m_rows.isEmpty() || caseIds.size() > kPageSize) {
        refresh();
        return;
    }
    QSet<qint64> pending = m_pendingIds;
    bool unknown = false;
    for (const qint64 id : caseIds) {
        const int at = m_rowById.value(id, -1);
        if (at < 0) {
            unknown = true; // a case not shown: perhaps new, the first page says
            continue;
        }
        const auto row = m_store->caseById(id);
        if (!row) {
            continue;
        }
        takeRow(at, *row, pending);
        m_lines.remove(id);
        emitRowsChanged(at, at);
    }
    setPending(pending);
    if (unknown) {
        refresh();
    }
}

void InboxModel::takeRow(int row, const Core::CaseSummary &fresh, QSet<qint64> &pending)
{
    const Core::CaseSummary &shown = m_rows.at(row);
    // Only the citizen's news counts as "new"; our own reply moves the case too, but staff
    // know about it. Either way the row stays where it is.
    if (fresh.lastInboundAtMs > shown.lastInboundAtMs) {
        pending.insert(fresh.id);
    }
    m_rows[row] = fresh;
}

void InboxModel::applyNewOrder()
{
    reload(std::max(kPageSize, static_cast<int>(m_rows.size())));
}

void InboxModel::refreshTexts()
{
    emitRowsChanged(0, m_rows.size() - 1);
    emit totalCountChanged(m_total);
}

void InboxModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    emitRowsChanged(0, m_rows.size() - 1);
}

void InboxModel::setCalendar(const Core::WorkingCalendar &calendar)
{
    m_calendar = calendar;
    emitRowsChanged(0, m_rows.size() - 1);
}

void InboxModel::emitRowsChanged(int first, int last)
{
    if (first <= last && last < m_rows.size()) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

Core::CaseClock InboxModel::legalClock(int row) const
{
    return row >= 0 && row < m_rows.size()
        ? Core::CaseClock::fromCase(m_rows.at(row), m_calendar, m_clock())
        : Core::CaseClock();
}

void InboxModel::indexRows()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowById.insert(m_rows.at(i).id, i);
    }
}

void InboxModel::setPending(QSet<qint64> pending)
{
    if (pending == m_pendingIds) {
        return;
    }
    m_pendingIds = std::move(pending);
    emit pendingCountChanged(pendingCount());
}

void InboxModel::reload(int keepRows)
{
    const Store::CaseCount count = m_store->countCasesCapped(m_filter, m_countCap);
    bool failed = !m_store->lastError().isEmpty();
    QVector<Core::CaseSummary> rows = m_store->cases(m_filter, 0, keepRows);
    failed = failed || !m_store->lastError().isEmpty();
    if (failed && !m_rows.isEmpty()) {
        // The database did not answer (a team database while its connection is re-made):
        // the list on screen stays rather than going blank; the desk reloads once it is back.
        qCWarning(lcGui) << "inbox not reloaded:" << m_store->lastError();
        return;
    }
    // A reset is O(rows loaded); selection is restored by the widget from the case id.
    m_resetting = true;
    beginResetModel();
    m_total = count.count;
    m_totalCapped = count.capped;
    m_exhausted = rows.size() < keepRows;
    m_rows = std::move(rows);
    m_floorMs = m_rows.isEmpty() ? 0 : m_rows.last().lastActivityAtMs;
    indexRows();
    m_lines.clear();
    endResetModel();
    m_resetting = false;
    setPending({});
    emit totalCountChanged(m_total);
}

} // namespace Desk::Gui
