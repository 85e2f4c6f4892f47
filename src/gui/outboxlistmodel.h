// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outbox.h"

#include <QAbstractListModel>
#include <QVector>
#include <functional>

namespace Desk::Gui {

/**
 * The replies of one case still in the outbox (queued, unconfirmed, refused), one row per
 * part: state, part k/n, an excerpt and Zalo's refusal in plain words. A part that will miss
 * the Zalo window is flagged in red.
 */
class OutboxListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        CancellableRole, // queued: staff may still withdraw it
        MissesWindowRole,
    };

    explicit OutboxListModel(QObject *parent = nullptr);

    /** Keeps the rows that are not sent or withdrawn, oldest first. */
    void setItems(const QVector<Store::OutboxItem> &items);
    const Store::OutboxItem *itemAt(int row) const;
    /** How many rows are flagged as missing the window. */
    int missingWindowCount() const;
    /** For tests: a fixed "now". */
    void setNow(std::function<qint64()> now) { m_now = std::move(now); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QVector<Store::OutboxItem> m_items;
    std::function<qint64()> m_now;
};

} // namespace Desk::Gui
