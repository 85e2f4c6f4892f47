// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/timelinemodel.h"

namespace Desk::Gui {

void TimelineModel::setMessages(const QVector<Core::Message> &messages, const QString &citizenName)
{
    beginResetModel();
    m_messages = messages;
    m_citizenName = citizenName;
    endResetModel();
}

const Core::Message *TimelineModel::messageAt(int row) const
{
    return row >= 0 && row < m_messages.size() ? &m_messages.at(row) : nullptr;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_messages.size();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    const Core::Message *message = messageAt(index.row());
    if (!message) {
        return {};
    }
    const bool outbound = message->direction == Core::Direction::Outbound;
    switch (role) {
    case Qt::DisplayRole: {
        // A file keeps its name visible even when the citizen wrote a caption with it.
        const bool isFile = message->type == QLatin1String("file");
        const QString fileLine = isFile ? tr("[File] %1").arg(message->fileName) : QString();
        if (!message->text.isEmpty()) {
            return isFile && !message->fileName.isEmpty()
                ? message->text + QLatin1Char('\n') + fileLine
                : message->text;
        }
        if (isFile) {
            return fileLine;
        }
        if (message->type == QLatin1String("image")) {
            return tr("[Image]");
        }
        if (message->type == QLatin1String("sticker")) {
            return tr("[Sticker]");
        }
        return tr("[%1 message]").arg(message->type);
    }
    case OutboundRole:
        return outbound;
    case TimeRole:
        return message->timeMs;
    case TypeRole:
        return message->type;
    case ImageUrlRole:
        if (message->type == QLatin1String("image")) {
            return message->thumbUrl.isEmpty() ? message->url : message->thumbUrl;
        }
        return {};
    case FileNameRole:
        return message->fileName;
    case SenderRole:
        return outbound ? tr("Advisory team (OA)") : m_citizenName;
    }
    return {};
}

} // namespace Desk::Gui
