// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRect>
#include <QString>
#include <QStyledItemDelegate>
#include <QVector>

namespace Desk::Gui {

/**
 * Draws an inbox row on two lines, as chat consoles do: the citizen (bold while unread), the
 * case code and the time; then the newest message, elided, with compact chips for the status,
 * the legal deadline and the Zalo reply window (and a reply waiting in the outbox). An accent
 * bar and a count mark an unread case; hovering a part shows it in full.
 */
class InboxDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit InboxDelegate(QObject *parent = nullptr);

    /** One chip: its text, colour, and the model column its tooltip comes from (-1: none). */
    struct Chip
    {
        QString text;
        QString shortText; // for a narrow row; empty: none
        QColor color;
        int column = -1;
        QRect rect;
    };
    /** Where each part of a row goes in `rect` (shared by painting and tooltips). */
    struct Layout
    {
        QRect accent;
        QRect name;
        QRect code;
        QRect badge;
        QRect time;
        QRect line;
        QVector<Chip> chips;
    };

    /** Two lines of the view's font and their padding; rows have a fixed height. */
    static int rowHeight(const QFont &font);
    /** The chips of the row of `index`, in the order drawn (left to right). */
    static QVector<Chip> chips(const QModelIndex &index);
    static Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    /** The colour that marks unread cases (accent bar and count). */
    static QColor accentColor();
};

} // namespace Desk::Gui
