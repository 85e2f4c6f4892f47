// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QAbstractListModel>
#include <QVector>

namespace Desk::Gui {

/**
 * The messages of one case, oldest first, as the bubble delegate paints them, with the
 * internal notes between them at their moment (a row kind of their own: never a message).
 */
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        OutboundRole = Qt::UserRole + 1,
        TimeRole, // UTC ms
        TypeRole, // text, image, gif, sticker, link, location, voice, file, unreadable
        ImageUrlRole, // thumbnail (or the picture) of image, gif and sticker rows; link preview
        FileNameRole,
        SenderRole,
        NoteRole, // true for an internal note (staff only, never sent)
        RawJsonRole, // the row as Zalo sent it (messages only)
    };

    using QAbstractListModel::QAbstractListModel;

    void setMessages(const QVector<Core::Message> &messages, const QString &citizenName);
    /** Messages and the case's `note` audit rows, merged by time. */
    void setEntries(const QVector<Core::Message> &messages, const QVector<Core::CaseEvent> &notes,
        const QString &citizenName);
    /** The message of a row; nullptr for a note row. */
    const Core::Message *messageAt(int row) const;
    /** The note of a row; nullptr for a message row. */
    const Core::CaseEvent *noteAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Row
    {
        bool note = false;
        int index = 0; // into m_messages or m_notes
    };

    QVector<Row> m_rows;
    QVector<Core::Message> m_messages;
    QVector<Core::CaseEvent> m_notes;
    QString m_citizenName;
};

} // namespace Desk::Gui
