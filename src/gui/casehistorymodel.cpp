// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casehistorymodel.h"

#include "gui/caseeventtext.h"
#include "gui/displaytext.h"
#include "gui/plaintext.h"

#include <algorithm>

namespace Desk::Gui {

void CaseHistoryModel::setEvents(const QVector<Core::CaseEvent> &events)
{
    beginResetModel();
    m_events = events;
    // Newest first: the latest action is what staff look for; same moment, later row first.
    std::stable_sort(
        m_events.begin(), m_events.end(), [](const Core::CaseEvent &a, const Core::CaseEvent &b) {
            return a.atMs != b.atMs ? a.atMs > b.atMs : a.id > b.id;
        });
    endResetModel();
}

const Core::CaseEvent *CaseHistoryModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int CaseHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CaseHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseHistoryModel::data(const QModelIndex &index, int role) const
{
    const Core::CaseEvent *event = eventAt(index.row());
    if (!event) {
        return {};
    }
    if (role == KindRole) {
        return event->kind;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    QString text;
    switch (index.column()) {
    case TimeColumn:
        text = fullTimeText(event->atMs);
        break;
    case ActorColumn:
        text = caseEventActorText(event->actor);
        break;
    case WhatColumn:
        text = caseEventText(*event); // may quote a note, a name or a file name
        break;
    default:
        return {};
    }
    return role == Qt::ToolTipRole ? QVariant(plainToolTip(text)) : QVariant(text);
}

QVariant CaseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    }
    return {};
}

} // namespace Desk::Gui
