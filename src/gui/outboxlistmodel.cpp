// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outboxlistmodel.h"

#include "core/vietnamtime.h"
#include "gui/composertext.h"
#include "gui/displaytext.h"
#include "gui/plaintext.h"

#include <QColor>

namespace Desk::Gui {

namespace {
constexpr int kExcerptLength = 80;
}

OutboxListModel::OutboxListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_now([] { return Core::nowMs(); })
{ }

void OutboxListModel::setItems(const QVector<Store::OutboxItem> &items)
{
    beginResetModel();
    m_items.clear();
    for (const auto &item : items) {
        if (item.state != Store::OutboxState::Sent && item.state != Store::OutboxState::Cancelled) {
            m_items.append(item);
        }
    }
    std::sort(m_items.begin(), m_items.end(),
        [](const Store::OutboxItem &a, const Store::OutboxItem &b) { return a.id < b.id; });
    endResetModel();
}

const Store::OutboxItem *OutboxListModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int OutboxListModel::missingWindowCount() const
{
    const qint64 now = m_now();
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
        [now](const Store::OutboxItem &item) { return willMissWindow(item, now); }));
}

int OutboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant OutboxListModel::data(const QModelIndex &index, int role) const
{
    const Store::OutboxItem *item = itemAt(index.row());
    if (!item) {
        return {};
    }
    const bool misses = willMissWindow(*item, m_now());
    switch (role) {
    case Qt::DisplayRole: {
        QString what;
        if (item->part.kind == QLatin1String("text")) {
            what = item->part.text.simplified();
            if (what.size() > kExcerptLength) {
                what = what.left(kExcerptLength - 1) + QChar(0x2026);
            }
            what = QStringLiteral("«%1»").arg(what);
        } else {
            what = tr("[Attachment] %1").arg(item->part.filePath.section(QLatin1Char('/'), -1));
        }
        QString line = tr("%1 · part %2/%3 · %4")
                           .arg(outboxStateText(item->state))
                           .arg(item->partIndex)
                           .arg(item->partCount)
                           .arg(what);
        if (!item->errorMessage.isEmpty()) {
            line += QLatin1Char('\n') + item->errorMessage;
        }
        if (misses) {
            line += QLatin1Char('\n')
                + tr("Will miss the Zalo window: the 7 days since the citizen's last message "
                     "end before it can be sent.");
        }
        return line;
    }
    case Qt::ToolTipRole: {
        QString tip
            = item->part.kind == QLatin1String("text") ? item->part.text : item->part.filePath;
        tip += QLatin1Char('\n')
            + tr("Queued %1 by %2").arg(fullTimeText(item->createdAtMs), item->createdBy);
        if (item->attempts > 0 && item->state == Store::OutboxState::Queued) {
            tip += QLatin1Char('\n')
                + tr("Next attempt %1").arg(fullTimeText(item->nextAttemptAtMs));
        }
        return plainToolTip(tip); // the reply text or a file name
    }
    case Qt::ForegroundRole:
        if (misses || item->state == Store::OutboxState::Refused) {
            return QColor(0xc6, 0x28, 0x28);
        }
        return {};
    case ItemIdRole:
        return item->id;
    case CancellableRole:
        return item->state == Store::OutboxState::Queued;
    case MissesWindowRole:
        return misses;
    }
    return {};
}

} // namespace Desk::Gui
