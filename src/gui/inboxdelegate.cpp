// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/inboxdelegate.h"

#include "gui/inboxmodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <numeric>

namespace Desk::Gui {

namespace {

constexpr int kPadding = 8; // left and right of the row's content
constexpr int kAccent = 4; // the unread bar
constexpr int kTop = 5; // above the first line and below the second
constexpr int kLineGap = 3;
constexpr int kGap = 8; // between parts of a line
constexpr int kChipPadding = 5; // inside a chip, each side
constexpr int kChipGap = 4;
// The chips take at most this share of the second line: the message stays readable.
constexpr double kChipShare = 0.55;

QColor mix(const QColor &a, const QColor &b, double towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
        float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
        float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0) {
        small.setPointSizeF(font.pointSizeF() * 0.9);
    } else {
        small.setPixelSize(std::max(9, font.pixelSize() * 9 / 10));
    }
    return small;
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QString badgeText(int unread)
{
    return unread > 99 ? QStringLiteral("99+") : QString::number(unread);
}

} // namespace

InboxDelegate::InboxDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QColor InboxDelegate::accentColor()
{
    return QColor(0x15, 0x65, 0xc0);
}

int InboxDelegate::rowHeight(const QFont &font)
{
    return 2 * QFontMetrics(font).height() + kLineGap + 2 * kTop;
}

QVector<InboxDelegate::Chip> InboxDelegate::chips(const QModelIndex &index)
{
    QVector<Chip> result;
    const auto add = [&](int column, const QColor &fallback) {
        const QModelIndex cell = index.siblingAtColumn(column);
        Chip chip;
        chip.text = cell.data(InboxModel::ChipTextRole).toString();
        chip.shortText = cell.data(InboxModel::ChipShortTextRole).toString();
        if (chip.text.isEmpty()) {
            return;
        }
        const QVariant color = cell.data(Qt::ForegroundRole);
        chip.color = color.isValid() ? color.value<QColor>() : fallback;
        chip.column = column;
        result.append(chip);
    };
    const QModelIndex row = index.siblingAtColumn(0);
    if (row.data(InboxModel::WaitingRole).toInt() > 0
        && row.data(InboxModel::OutboxStateRole).toString().isEmpty()) {
        // The second line shows a newer message; the reply still waits.
        Chip waiting;
        waiting.text = tr("Queued");
        waiting.color = accentColor();
        result.append(waiting);
    }
    add(InboxModel::StatusColumn, QColor(0x5f, 0x63, 0x68));
    add(InboxModel::LegalClockColumn, QColor(0x5f, 0x63, 0x68));
    add(InboxModel::ReplyWindowColumn, QColor(0x5f, 0x63, 0x68));
    return result;
}

InboxDelegate::Layout InboxDelegate::layout(
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    Layout parts;
    const QRect rect = option.rect;
    const QFontMetrics metrics(option.font);
    const QFontMetrics bold(boldFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    const int left = rect.left() + kAccent + kPadding;
    const int right = rect.right() - kPadding;
    const int width = std::max(0, right - left);
    const int firstTop = rect.top() + kTop;
    const int secondTop = firstTop + metrics.height() + kLineGap;
    parts.accent = QRect(rect.left(), rect.top(), kAccent, rect.height());

    // Line 1, from the right: time, unread count, then the name and the case code.
    const QString time = index.siblingAtColumn(InboxModel::LastActivityColumn).data().toString();
    const int timeWidth = small.horizontalAdvance(time);
    parts.time = QRect(right - timeWidth, firstTop, timeWidth, metrics.height());
    int end = parts.time.left() - kGap;
    const int unread = index.siblingAtColumn(0).data(InboxModel::UnreadCountRole).toInt();
    if (unread > 0) {
        const int height = small.height();
        const int badgeWidth = std::max(height, small.horizontalAdvance(badgeText(unread)) + 8);
        parts.badge = QRect(
            end - badgeWidth, firstTop + (metrics.height() - height) / 2, badgeWidth, height);
        end = parts.badge.left() - kGap;
    }
    const QString name = index.siblingAtColumn(InboxModel::CitizenColumn).data().toString();
    const QString code = index.siblingAtColumn(InboxModel::CodeColumn).data().toString();
    const int room = std::max(0, end - left);
    const int nameWant = (unread > 0 ? bold : metrics).horizontalAdvance(name);
    const int codeWant = small.horizontalAdvance(code);
    // The name first; the code gives way, but keeps its room when the name can be cut.
    int nameWidth = std::min(nameWant, room);
    if (nameWidth + kGap + codeWant > room) {
        nameWidth = std::min(nameWant, std::max(room - kGap - codeWant, room * 3 / 5));
    }
    const int codeWidth = std::clamp(room - nameWidth - kGap, 0, codeWant);
    parts.name = QRect(left, firstTop, nameWidth, metrics.height());
    parts.code = QRect(parts.name.right() + 1 + kGap, firstTop, codeWidth, metrics.height());

    // Line 2: the chips on the right, the message in what is left.
    parts.chips = chips(index);
    QVector<int> widths;
    for (const Chip &chip : std::as_const(parts.chips)) {
        widths << small.horizontalAdvance(chip.text) + 2 * kChipPadding;
    }
    // Too wide together: the longest chips give way first, down to a common width (their
    // tooltips say it all), so a short one ("New") stays whole.
    const int chipRoom = int(width * kChipShare) - kChipGap * int(widths.size());
    int total = std::accumulate(widths.cbegin(), widths.cend(), 0);
    for (int i = 0; i < parts.chips.size() && total > chipRoom; ++i) {
        Chip &chip = parts.chips[i];
        if (!chip.shortText.isEmpty() && chip.shortText != chip.text) {
            chip.text = chip.shortText; // "Overdue 7 days" without "Forwarding: "
            const int shorter = small.horizontalAdvance(chip.text) + 2 * kChipPadding;
            total -= widths.at(i) - shorter;
            widths[i] = shorter;
        }
    }
    if (total > chipRoom) {
        QVector<int> sorted = widths;
        std::sort(sorted.begin(), sorted.end(), std::greater<int>());
        int cap = 0;
        int rest = total;
        for (int k = 1; k <= sorted.size(); ++k) {
            rest -= sorted.at(k - 1); // the k widest share what the others leave
            const int share = (chipRoom - rest) / k;
            if (share >= (k < sorted.size() ? sorted.at(k) : 0)) {
                cap = share;
                break;
            }
        }
        cap = std::max(cap, 2 * kChipPadding + 3 * small.averageCharWidth());
        for (int &w : widths) {
            w = std::min(w, cap);
        }
    }
    int x = right + 1;
    const int chipHeight = small.height() + 2;
    const int chipTop = secondTop + (metrics.height() - chipHeight) / 2;
    for (int i = int(parts.chips.size()) - 1; i >= 0; --i) {
        const int chipWidth = widths.at(i);
        x -= chipWidth;
        parts.chips[i].rect = QRect(x, chipTop, chipWidth, chipHeight);
        x -= kChipGap;
    }
    parts.line = QRect(left, secondTop, std::max(0, x - kGap + kChipGap - left), metrics.height());
    return parts;
}

void InboxDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout parts = layout(option, index);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool unread = index.siblingAtColumn(0).data(InboxModel::UnreadRole).toBool();
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor base = palette.color(group, QPalette::Base);
    const QColor text = selected ? palette.color(group, QPalette::HighlightedText)
                                 : palette.color(group, QPalette::Text);
    const QColor quiet
        = mix(text, selected ? palette.color(group, QPalette::Highlight) : base, 0.35);

    painter->save();
    if (selected) {
        painter->fillRect(option.rect, palette.color(group, QPalette::Highlight));
    } else if (option.state & QStyle::State_MouseOver) {
        // The row a click would open.
        painter->fillRect(option.rect, mix(base, palette.color(group, QPalette::Highlight), 0.08));
    }
    painter->setPen(mix(base, palette.color(group, QPalette::Text), 0.12));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    if (unread) {
        painter->fillRect(parts.accent, accentColor());
    }

    const QFont font = option.font;
    const QFont small = smallFont(font);
    const auto draw = [painter](const QRect &rect, const QFont &font, const QColor &color,
                          const QString &value, Qt::Alignment align = Qt::AlignLeft) {
        if (rect.width() <= 0 || value.isEmpty()) {
            return;
        }
        painter->setFont(font);
        painter->setPen(color);
        // elidedText() measures with fractional advances and cuts a text that
        // horizontalAdvance() (rounded) says fits: elide only what really does not.
        const QFontMetrics metrics(font);
        const QString shown = metrics.horizontalAdvance(value) <= rect.width()
            ? value
            : metrics.elidedText(value, Qt::ElideRight, rect.width());
        painter->drawText(rect, int(align | Qt::AlignVCenter) | Qt::TextSingleLine, shown);
    };
    draw(parts.name, unread ? boldFont(font) : font, text,
        index.siblingAtColumn(InboxModel::CitizenColumn).data().toString());
    draw(parts.code, small, quiet, index.siblingAtColumn(InboxModel::CodeColumn).data().toString());
    draw(parts.time, small, unread && !selected ? accentColor() : quiet,
        index.siblingAtColumn(InboxModel::LastActivityColumn).data().toString(), Qt::AlignRight);
    if (!parts.badge.isNull()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(
            selected ? palette.color(group, QPalette::HighlightedText) : accentColor());
        const qreal radius = parts.badge.height() / 2.0;
        painter->drawRoundedRect(parts.badge, radius, radius);
        draw(parts.badge, small, selected ? accentColor() : QColor(Qt::white),
            badgeText(index.siblingAtColumn(0).data(InboxModel::UnreadCountRole).toInt()),
            Qt::AlignHCenter);
    }
    draw(parts.line, font, unread ? text : mix(text, base, selected ? 0 : 0.15),
        index.siblingAtColumn(0).data(InboxModel::LineRole).toString());

    painter->setRenderHint(QPainter::Antialiasing);
    for (const Chip &chip : parts.chips) {
        // A light tint of the chip's colour, opaque, so it reads on a selected row too.
        QPainterPath path;
        path.addRoundedRect(QRectF(chip.rect), 3, 3);
        painter->fillPath(path, mix(chip.color, QColor(Qt::white), 0.86));
        draw(chip.rect.adjusted(kChipPadding, 0, -kChipPadding, 0), small, chip.color.darker(115),
            chip.text, Qt::AlignHCenter);
    }

    if (option.state & QStyle::State_HasFocus) {
        // Keyboard focus must show: a frame inside the current row.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(selected ? palette.color(group, QPalette::HighlightedText)
                                      : palette.color(group, QPalette::Highlight),
            2));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    return QSize(0, rowHeight(option.font));
}

bool InboxDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid()) {
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }
    const Layout parts = layout(option, index);
    const QPoint at = event->pos();
    QString tip;
    const auto cell = [&index](int column) { return index.siblingAtColumn(column); };
    for (const Chip &chip : parts.chips) {
        if (chip.rect.contains(at)) {
            if (chip.column < 0) {
                tip = tr("A reply is waiting in the outbox; it goes out with the next sync.");
            } else {
                // The long wording first (the chip may be cut), then what it means.
                tip = cell(chip.column).data().toString();
                const QString more = cell(chip.column).data(Qt::ToolTipRole).toString();
                if (!more.isEmpty() && more != tip) {
                    tip += QLatin1Char('\n') + more;
                }
            }
        }
    }
    if (tip.isEmpty()) {
        if (parts.name.contains(at)) {
            tip = cell(InboxModel::CitizenColumn).data(Qt::ToolTipRole).toString();
        } else if (parts.code.contains(at)) {
            tip = tr("Case %1, received %2")
                      .arg(cell(InboxModel::CodeColumn).data().toString(),
                          cell(InboxModel::ReceivedColumn).data(Qt::ToolTipRole).toString());
        } else if (parts.time.contains(at)) {
            tip = tr("Last activity %1")
                      .arg(cell(InboxModel::LastActivityColumn).data(Qt::ToolTipRole).toString());
        } else if (parts.badge.contains(at)) {
            tip = cell(InboxModel::CodeColumn).data(Qt::ToolTipRole).toString();
        } else {
            tip = cell(InboxModel::FirstLineColumn).data(Qt::ToolTipRole).toString();
        }
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPos(), tip, view, option.rect);
    }
    return true;
}

} // namespace Desk::Gui
