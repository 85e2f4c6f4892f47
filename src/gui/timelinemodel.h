// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QAbstractListModel>
#include <QVector>

namespace Desk::Gui {

/** The messages of one case, oldest first, as the bubble delegate paints them. */
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        OutboundRole = Qt::UserRole + 1,
        TimeRole, // UTC ms
        TypeRole, // text, image, file, ...
        ImageUrlRole, // thumbnail (or full image) URL for image rows
        FileNameRole,
        SenderRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setMessages(const QVector<Core::Message> &messages, const QString &citizenName);
    const Core::Message *messageAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QVector<Core::Message> m_messages;
    QString m_citizenName;
};

} // namespace Desk::Gui
