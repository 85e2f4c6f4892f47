// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Desk::Gui {

/** The audit rows of one case (who, what, when), newest first, in words. */
class CaseHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, WhatColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(const QVector<Core::CaseEvent> &events);
    const Core::CaseEvent *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<Core::CaseEvent> m_events;
};

} // namespace Desk::Gui
