// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/bubbledelegate.h"

#include "gui/displaytext.h"
#include "gui/imagesource.h"
#include "gui/timelinemodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Desk::Gui {

namespace {
// Compact: at 768 px every pixel of height is another line of the conversation.
constexpr int kMargin = 6;
constexpr int kPadding = 8;
constexpr int kRadius = 10;
const QColor kInboundFill(0xee, 0xf1, 0xf5);
const QColor kOutboundFill(0xd9, 0xec, 0xff);
// Internal notes: the composer's sticky-note yellow, so they never pass for a message.
const QColor kNoteFill(0xff, 0xf8, 0xc5);
const QColor kNoteBorder(0xe3, 0xc8, 0x4a);
// A row Zalo sent that the desk could not read: kept and shown, in a warning colour.
const QColor kUnreadableFill(0xfd, 0xec, 0xea);
const QColor kUnreadableBorder(0xc6, 0x28, 0x28);
const QColor kLinkText(0x0b, 0x57, 0xd0);

bool isLinkLike(const QString &type)
{
    return type == QLatin1String("file") || type == QLatin1String("link")
        || type == QLatin1String("location");
}
} // namespace

BubbleDelegate::BubbleDelegate(ImageSource *images, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_images(images)
{ }

BubbleDelegate::Layout BubbleDelegate::layoutFor(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout layout;
    const bool outbound = index.data(TimelineModel::OutboundRole).toBool();
    const bool note = index.data(TimelineModel::NoteRole).toBool();
    const bool hasImage = !index.data(TimelineModel::ImageUrlRole).toString().isEmpty();
    const QString text = index.data(Qt::DisplayRole).toString();
    // sizeHint() gets no usable rect from QListView; the viewport width is what rows get.
    int rowWidth = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(parent())) {
        rowWidth = view->viewport()->width();
    }
    const int rowLeft = option.rect.left();
    const int maxBubble = std::max(200, rowWidth * 4 / 5);
    const int maxText = maxBubble - 2 * kPadding;

    QFont headerFont = option.font;
    headerFont.setPointSizeF(headerFont.pointSizeF() * 0.9);
    const QFontMetrics headerMetrics(headerFont);
    // The sender is painted bold: measured so, it never runs into the time.
    QFont senderFont = headerFont;
    senderFont.setBold(true);
    const QFontMetrics senderMetrics(senderFont);
    const QFontMetrics textMetrics(option.font);

    const QRect textBounds
        = textMetrics.boundingRect(QRect(0, 0, maxText, 100000), Qt::TextWordWrap, text);
    const int headerHeight = headerMetrics.height();
    // Once the picture is here, size the bubble to it; until then reserve a square.
    QSize thumb(kThumbSize, kThumbSize);
    if (hasImage && m_images) {
        const QPixmap pixmap
            = m_images->image(QUrl(index.data(TimelineModel::ImageUrlRole).toString()));
        if (!pixmap.isNull()) {
            thumb = pixmap.size().scaled(kThumbSize, kThumbSize, Qt::KeepAspectRatio);
        }
    }
    const int imageHeight = hasImage ? thumb.height() + kPadding / 2 : 0;
    // +2: the widest line's width is rounded down; wrapped again in exactly that width, its
    // last word would drop to a line the bubble has no room for.
    const int contentWidth = std::max({textBounds.width() + 2, hasImage ? kThumbSize : 0,
        senderMetrics.horizontalAdvance(index.data(TimelineModel::SenderRole).toString())
            + headerMetrics.horizontalAdvance(QStringLiteral("  00/00/0000 00:00"))});
    const int bubbleWidth = std::min(maxBubble, contentWidth + 2 * kPadding);
    const int bubbleHeight
        = kPadding + headerHeight + 2 + imageHeight + textBounds.height() + kPadding;

    int left = outbound ? rowLeft + rowWidth - kMargin - bubbleWidth : rowLeft + kMargin;
    if (note) {
        left = rowLeft + (rowWidth - bubbleWidth) / 2; // between both sides: nobody's message
    }
    layout.bubble = QRect(left, option.rect.top() + kMargin / 2, bubbleWidth, bubbleHeight);
    layout.header = QRect(
        left + kPadding, layout.bubble.top() + kPadding, bubbleWidth - 2 * kPadding, headerHeight);
    int y = layout.header.bottom() + 2;
    if (hasImage) {
        layout.image = QRect(left + kPadding, y, thumb.width(), thumb.height());
        y += imageHeight;
    }
    layout.text = QRect(left + kPadding, y, bubbleWidth - 2 * kPadding, textBounds.height());
    // A long name in a narrow bubble elides before the time instead of running under it.
    const QString sender = index.data(TimelineModel::SenderRole).toString();
    const int timeWidth = headerMetrics.horizontalAdvance(
        QStringLiteral("  ") + fullTimeText(index.data(TimelineModel::TimeRole).toLongLong()));
    layout.sender = layout.header.adjusted(0, 0, -timeWidth, 0);
    layout.senderText = senderMetrics.elidedText(sender, Qt::ElideRight, layout.sender.width());
    layout.senderElided = layout.senderText != sender;
    return layout;
}

void BubbleDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout layout = layoutFor(option, index);
    const bool outbound = index.data(TimelineModel::OutboundRole).toBool();
    const bool note = index.data(TimelineModel::NoteRole).toBool();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QString type = index.data(TimelineModel::TypeRole).toString();
    const bool unreadable = type == QLatin1String("unreadable");
    QPainterPath path;
    path.addRoundedRect(layout.bubble, note ? 3 : kRadius, note ? 3 : kRadius);
    painter->fillPath(path,
        note             ? kNoteFill
            : unreadable ? kUnreadableFill
            : outbound   ? kOutboundFill
                         : kInboundFill);
    if (note || unreadable) {
        painter->setPen(QPen(note ? kNoteBorder : kUnreadableBorder, 1, Qt::DashLine));
        painter->drawPath(path);
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.highlight(), 2));
        painter->drawPath(path);
    }

    QFont headerFont = option.font;
    headerFont.setPointSizeF(headerFont.pointSizeF() * 0.9);
    headerFont.setBold(true);
    painter->setFont(headerFont);
    painter->setPen(QColor(0x44, 0x4b, 0x55));
    painter->drawText(layout.sender, Qt::AlignLeft | Qt::AlignVCenter, layout.senderText);
    headerFont.setBold(false);
    painter->setFont(headerFont);
    painter->setPen(QColor(0x6b, 0x72, 0x80));
    painter->drawText(layout.header, Qt::AlignRight | Qt::AlignVCenter,
        fullTimeText(index.data(TimelineModel::TimeRole).toLongLong()));

    if (layout.image.isValid()) {
        const QUrl url(index.data(TimelineModel::ImageUrlRole).toString());
        const QPixmap pixmap = m_images ? m_images->image(url) : QPixmap();
        if (!pixmap.isNull()) {
            const QPixmap scaled
                = pixmap.scaled(layout.image.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
            painter->drawPixmap(layout.image.topLeft(), scaled);
        } else {
            painter->fillRect(layout.image, QColor(0xdd, 0xe1, 0xe6));
            painter->setPen(QColor(0x6b, 0x72, 0x80));
            painter->drawText(
                layout.image, Qt::AlignCenter | Qt::TextWordWrap, tr("Loading image…"));
        }
    }

    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::Text));
    QString text = index.data(Qt::DisplayRole).toString();
    if (isLinkLike(type)) {
        painter->setPen(kLinkText);
    } else if (unreadable) {
        painter->setPen(kUnreadableBorder);
    }
    painter->drawText(layout.text, Qt::TextWordWrap, text);
    painter->restore();
}

bool BubbleDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const Layout layout = layoutFor(option, index);
        if (layout.senderElided && layout.sender.contains(event->pos())) {
            QToolTip::showText(event->globalPos(),
                index.data(TimelineModel::SenderRole).toString().toHtmlEscaped(), view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QSize BubbleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout layout = layoutFor(option, index);
    return {10, layout.bubble.height() + kMargin};
}

} // namespace Desk::Gui
