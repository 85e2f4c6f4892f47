// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Desk::Gui {

class ImageSource;

/**
 * Paints a conversation row as a chat bubble: citizen on the left, OA on the right,
 * sender and time above, image thumbnails and file names inside.
 */
class BubbleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit BubbleDelegate(ImageSource *images, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /** A sender's name cut short to leave the time its room shows whole as a tooltip. */
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    static constexpr int kThumbSize = 160;

private:
    struct Layout
    {
        QRect bubble;
        QRect header;
        QRect text;
        QRect image;
        QRect sender; // left of the time, never under it
        QString senderText; // elided to `sender`
        bool senderElided = false;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    ImageSource *m_images;
};

} // namespace Desk::Gui
