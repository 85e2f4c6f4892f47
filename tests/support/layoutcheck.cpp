// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStyle>
#include <QStyleOption>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace Desk::TestSupport {

namespace {

constexpr int kQuotedLength = 70;

/** What the user reads of a text with a mnemonic: "&Agency:" shows "Agency:". */
QString withoutMnemonic(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i; // "&&" is a literal '&'; "&x" shows "x"
        }
        shown += text.at(i);
    }
    return shown;
}

/** The widest line of `text`. */
int textWidth(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    return widest;
}

QString quoted(const QString &text)
{
    QString shown = text.simplified();
    if (shown.size() > kQuotedLength) {
        shown = shown.left(kQuotedLength - 1) + QChar(0x2026);
    }
    return QStringLiteral("\u201c%1\u201d").arg(shown);
}

/** The part of `widget` the window shows: its rectangle cut by every parent's, in window
 *  coordinates; `clipper` gets the first parent that cut it. */
QRect visibleRect(const QWidget *widget, const QWidget *window, const QWidget **clipper = nullptr)
{
    const QRect full(widget->mapTo(window, QPoint(0, 0)), widget->size());
    QRect shown = full;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        const QRect parentRect(parent->mapTo(window, QPoint(0, 0)), parent->size());
        const QRect cut = shown & parentRect;
        if (cut != shown && clipper && !*clipper) {
            *clipper = parent;
        }
        shown = cut;
        if (parent == window) {
            break;
        }
    }
    return shown;
}

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

QString rectText(const QRect &rect)
{
    return QStringLiteral("%1x%2 at (%3,%4)")
        .arg(rect.width())
        .arg(rect.height())
        .arg(rect.x())
        .arg(rect.y());
}

QString widthProblem(const QWidget *widget, const QString &text, int needed, int available)
{
    return QStringLiteral("%1 %2: needs %3 px wide, has %4 px (no tooltip)")
        .arg(describeWidget(widget), quoted(text))
        .arg(needed)
        .arg(available);
}

void checkLabel(const QLabel *label, QStringList *problems)
{
    if (label->text().isEmpty() || !label->toolTip().isEmpty()) {
        return;
    }
    if (label->wordWrap()) {
        // Wrapped: the lines it needs at its width must fit its height, and its longest word
        // (QLabel's minimum width when wrapping at every word) must fit its width.
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height()) {
            problems->append(
                QStringLiteral("%1 %2: wrapped at %3 px it needs %4 px high, has %5 px "
                               "(no tooltip)")
                    .arg(describeWidget(label), quoted(label->text()))
                    .arg(label->width())
                    .arg(needed)
                    .arg(label->height()));
        }
        const int word = label->minimumSizeHint().width();
        if (word > label->width()) {
            problems->append(widthProblem(label, label->text(), word, label->width()));
        }
        return;
    }
    // One line (or the lines it was given): QLabel's own size for its text, frame and margins.
    const QSize needed = label->sizeHint();
    if (needed.width() > label->width()) {
        problems->append(widthProblem(label, label->text(), needed.width(), label->width()));
    } else if (needed.height() > label->height()) {
        problems->append(QStringLiteral("%1 %2: needs %3 px high, has %4 px (no tooltip)")
                             .arg(describeWidget(label), quoted(label->text()))
                             .arg(needed.height())
                             .arg(label->height()));
    }
}

int iconRoom(const QIcon &icon, const QSize &iconSize)
{
    return icon.isNull() ? 0 : iconSize.width() + 4;
}

void checkButton(const QAbstractButton *button, QStringList *problems)
{
    if (button->text().isEmpty() || !button->toolTip().isEmpty()) {
        return;
    }
    const QString shown = withoutMnemonic(button->text());
    const QFontMetrics metrics(button->font());
    const int needed = textWidth(metrics, shown) + iconRoom(button->icon(), button->iconSize());
    int available = 0;
    if (const auto *tool = qobject_cast<const QToolButton *>(button)) {
        // A tool button draws what its style asks for; its size hint is that, whole.
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull()) {
            return;
        }
        if (tool->sizeHint().width() > tool->width()) {
            problems->append(widthProblem(button, shown, tool->sizeHint().width(), tool->width()));
        }
        return;
    }
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    QStyle::SubElement contents = QStyle::SE_PushButtonContents;
    if (qobject_cast<const QCheckBox *>(button)) {
        contents = QStyle::SE_CheckBoxContents;
    } else if (qobject_cast<const QRadioButton *>(button)) {
        contents = QStyle::SE_RadioButtonContents;
    } else if (const auto *push = qobject_cast<const QPushButton *>(button)) {
        if (push->isDefault()) {
            option.features |= QStyleOptionButton::DefaultButton;
        }
        if (push->menu()) {
            option.features |= QStyleOptionButton::HasMenu;
        }
    }
    available = button->style()->subElementRect(contents, &option, button).width();
    if (needed > available) {
        problems->append(widthProblem(button, shown, needed, available));
    }
}

void checkGroupBox(const QGroupBox *box, QStringList *problems)
{
    if (box->title().isEmpty() || !box->toolTip().isEmpty()) {
        return;
    }
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.lineWidth = 1;
    option.textAlignment = Qt::Alignment(box->alignment());
    option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
    if (box->isCheckable()) {
        option.subControls |= QStyle::SC_GroupBoxCheckBox;
    }
    if (box->isFlat()) {
        option.features |= QStyleOptionFrame::Flat;
    }
    // The style sizes the title's room for the text (bold in Fusion); it is cut at the box's edge.
    const QRect label
        = box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
    const int needed = label.x() + label.width();
    if (needed > box->width()) {
        problems->append(widthProblem(box, withoutMnemonic(box->title()), needed, box->width()));
    }
}

void checkComboBox(const QComboBox *box, QStringList *problems)
{
    // An editable box scrolls its text like a line edit; a fixed choice must show whole.
    if (box->isEditable() || box->currentText().isEmpty() || !box->toolTip().isEmpty()) {
        return;
    }
    QStyleOptionComboBox option;
    option.initFrom(box);
    option.editable = false;
    option.frame = box->hasFrame();
    option.currentText = box->currentText();
    option.currentIcon = box->itemIcon(box->currentIndex());
    option.iconSize = box->iconSize();
    const QRect field = box->style()->subControlRect(
        QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box);
    const int needed = QFontMetrics(box->font()).horizontalAdvance(box->currentText())
        + iconRoom(option.currentIcon, option.iconSize);
    if (needed > field.width()) {
        problems->append(widthProblem(box, box->currentText(), needed, field.width()));
    }
}

void checkTabBar(const QTabBar *bar, QStringList *problems)
{
    const QFontMetrics metrics(bar->font());
    for (int tab = 0; tab < bar->count(); ++tab) {
        if (!bar->isTabVisible(tab)) {
            continue;
        }
        const QString text = withoutMnemonic(bar->tabText(tab));
        const QRect rect = bar->tabRect(tab);
        if (!bar->rect().contains(rect)) {
            problems->append(
                QStringLiteral("%1 tab %2: %3 is outside the bar's %4 (scrolled out of view)")
                    .arg(describeWidget(bar), quoted(text), rectText(rect), sizeText(bar->size())));
            continue;
        }
        if (text.isEmpty() || !bar->tabToolTip(tab).isEmpty()) {
            continue;
        }
        QStyleOptionTab option;
        option.initFrom(bar);
        option.rect = rect;
        option.text = bar->tabText(tab);
        option.shape = bar->shape();
        option.icon = bar->tabIcon(tab);
        option.iconSize = bar->iconSize();
        option.documentMode = bar->documentMode();
        if (const QWidget *left = bar->tabButton(tab, QTabBar::LeftSide)) {
            option.leftButtonSize = left->size();
        }
        if (const QWidget *right = bar->tabButton(tab, QTabBar::RightSide)) {
            option.rightButtonSize = right->size();
        }
        const int available
            = bar->style()->subElementRect(QStyle::SE_TabBarTabText, &option, bar).width();
        const int needed = metrics.horizontalAdvance(text);
        if (needed > available) {
            problems->append(QStringLiteral("%1 tab %2: needs %3 px wide, has %4 px (no tooltip)")
                                 .arg(describeWidget(bar), quoted(text))
                                 .arg(needed)
                                 .arg(available));
        }
    }
}

void checkHeader(const QHeaderView *header, QStringList *problems)
{
    const QAbstractItemModel *model = header->model();
    if (!model || header->orientation() != Qt::Horizontal) {
        return; // row numbers are not read as text
    }
    const QFontMetrics metrics(header->font());
    const int viewWidth = header->viewport()->width();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        if (header->isSectionHidden(section) || header->sectionSize(section) == 0) {
            continue;
        }
        const QString text = model->headerData(section, Qt::Horizontal).toString();
        const int start = header->sectionViewportPosition(section);
        const int size = header->sectionSize(section);
        if (start < 0 || start + size > viewWidth) {
            // A column behind the horizontal scroll bar is a column nobody sees.
            problems->append(QStringLiteral("%1 column %2: spans %3..%4 px of a %5 px wide view "
                                            "(partly or wholly scrolled out of sight)")
                                 .arg(describeWidget(header), quoted(text))
                                 .arg(start)
                                 .arg(start + size)
                                 .arg(viewWidth));
            continue;
        }
        if (text.isEmpty()
            || !model->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty()) {
            continue;
        }
        QStyleOptionHeader option;
        option.initFrom(header);
        option.rect = QRect(0, 0, size, header->height());
        option.section = section;
        option.text = text;
        option.orientation = Qt::Horizontal;
        option.textAlignment = header->defaultAlignment();
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section) {
            option.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder
                ? QStyleOptionHeader::SortDown
                : QStyleOptionHeader::SortUp;
        }
        const int available
            = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header).width();
        const int needed = textWidth(metrics, text);
        if (needed > available) {
            problems->append(QStringLiteral("%1 column %2: needs %3 px wide, has %4 px "
                                            "(no tooltip)")
                                 .arg(describeWidget(header), quoted(text))
                                 .arg(needed)
                                 .arg(available));
        }
    }
}

/**
 * The cells of a table or tree drawn by Qt's own delegate: per column, how many of the rows in
 * sight show their text cut (elided or wrapped past the row's height) with no tooltip.
 */
void checkItemView(const QAbstractItemView *view, bool wordWrap, QStringList *problems)
{
    const QAbstractItemModel *model = view->model();
    const QWidget *viewport = view->viewport();
    if (!model || model->rowCount() == 0) {
        return;
    }
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const QModelIndex first = view->indexAt(QPoint(1, 1));
    for (int column = 0; column < model->columnCount(); ++column) {
        int rows = 0;
        int cut = 0;
        QString example;
        int exampleNeeded = 0;
        int exampleWidth = 0;
        for (int row = first.isValid() ? first.row() : 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            const QRect rect = view->visualRect(index);
            if (rect.top() > viewport->height()) {
                break;
            }
            const QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index);
            if (rect.isEmpty() || rect.right() < 0 || rect.left() > viewport->width() || !delegate
                || delegate->metaObject() != &QStyledItemDelegate::staticMetaObject) {
                continue; // hidden, scrolled away, or drawn by a delegate of the desk's own
            }
            ++rows;
            const QString text = index.data().toString();
            if (text.isEmpty() || !index.data(Qt::ToolTipRole).toString().isEmpty()) {
                continue;
            }
            const QVariant font = index.data(Qt::FontRole);
            const QFontMetrics metrics(
                font.canConvert<QFont>() ? font.value<QFont>() : view->font());
            int room = rect.width() - 2 * margin;
            if (!index.data(Qt::DecorationRole).isNull()) {
                room -= view->iconSize().isValid() ? view->iconSize().width() + 4 : 20;
            }
            if (index.data(Qt::CheckStateRole).isValid()) {
                room -= view->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, view) + 4;
            }
            const int needed = metrics.horizontalAdvance(text.simplified());
            bool isCut = needed > room;
            if (isCut && wordWrap && room > 0) {
                const QRect wrapped = metrics.boundingRect(
                    QRect(0, 0, room, 100000), Qt::TextWordWrap, text.simplified());
                isCut = wrapped.height() > rect.height() || wrapped.width() > room;
            }
            if (isCut) {
                if (cut++ == 0) {
                    example = text;
                    exampleNeeded = needed;
                    exampleWidth = std::max(0, room);
                }
            }
        }
        if (cut > 0) {
            problems->append(QStringLiteral("%1 column %2: %3 of the %4 rows in sight are cut, "
                                            "e.g. %5 needs %6 px wide, has %7 px (no tooltip)")
                                 .arg(describeWidget(view),
                                     quoted(model->headerData(column, Qt::Horizontal).toString()))
                                 .arg(cut)
                                 .arg(rows)
                                 .arg(quoted(example))
                                 .arg(exampleNeeded)
                                 .arg(exampleWidth));
        }
    }
}

/** Texts a graphics view (a chart's legend and axes) shortened to fit: they end in an ellipsis
 *  the program never wrote. */
void checkGraphicsView(const QGraphicsView *view, QStringList *problems)
{
    const QGraphicsScene *scene = view->scene();
    if (!scene) {
        return;
    }
    const auto items = scene->items();
    for (const QGraphicsItem *item : items) {
        if (!item->isVisible() || !item->toolTip().isEmpty()) {
            continue;
        }
        QString text;
        if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item)) {
            text = rich->toPlainText();
        } else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item)) {
            text = simple->text();
        }
        if (text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026))) {
            problems->append(QStringLiteral("%1 text %2 is shortened to fit its %3 px (no tooltip)")
                                 .arg(describeWidget(view), quoted(text))
                                 .arg(qRound(item->boundingRect().width())));
        }
    }
}

} // namespace

QString describeWidget(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty()) {
        return text + QStringLiteral(" '%1'").arg(widget->objectName());
    }
    // A part without a name is found through the nearest named parent.
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty()
            && !parent->objectName().startsWith(QLatin1String("qt_"))) {
            return text
                + QStringLiteral(" (no name) in %1 '%2'")
                      .arg(QString::fromLatin1(parent->metaObject()->className()),
                          parent->objectName());
        }
    }
    return text + QStringLiteral(" (no name)");
}

QStringList textsThatDoNotFit(const QWidget *window)
{
    QStringList problems;
    const auto widgets = window->findChildren<const QWidget *>();
    for (const QWidget *widget : widgets) {
        // What the window shows: visible, in this window, not wholly cut away by a parent.
        if (!widget->isVisible() || widget->window() != window
            || visibleRect(widget, window).isEmpty()) {
            continue;
        }
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            checkLabel(label, &problems);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            checkButton(button, &problems);
        } else if (const auto *box = qobject_cast<const QGroupBox *>(widget)) {
            checkGroupBox(box, &problems);
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            checkComboBox(combo, &problems);
        } else if (const auto *bar = qobject_cast<const QTabBar *>(widget)) {
            checkTabBar(bar, &problems);
        } else if (const auto *header = qobject_cast<const QHeaderView *>(widget)) {
            checkHeader(header, &problems);
        } else if (const auto *view = qobject_cast<const QGraphicsView *>(widget)) {
            checkGraphicsView(view, &problems);
        } else if (const auto *table = qobject_cast<const QTableView *>(widget)) {
            checkItemView(table, table->wordWrap(), &problems);
        } else if (const auto *tree = qobject_cast<const QTreeView *>(widget)) {
            checkItemView(tree, tree->wordWrap(), &problems);
        }
    }
    return problems;
}

QStringList windowOutsideScreen(const QWidget *window)
{
    QStringList problems;
    const QScreen *screen = window->screen();
    if (!screen) {
        return {QStringLiteral("%1 is on no screen").arg(describeWidget(window))};
    }
    QRect available = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (!qFuzzyCompare(screen->devicePixelRatio(), std::round(screen->devicePixelRatio()))) {
        // At 125 % a maximised window's logical frame rounds to one pixel more than the
        // logical screen (1537 of 1536): no physical pixel is outside.
        available.adjust(-1, -1, 1, 1);
    }
    if (!available.contains(frame)) {
        // How far each edge sticks out: what a staff member cannot reach without moving it.
        QStringList edges;
        const auto edge = [&edges](int overhang, const char *where) {
            if (overhang > 0) {
                edges << QStringLiteral("%1 px %2").arg(overhang).arg(QLatin1String(where));
            }
        };
        edge(available.left() - frame.left(), "left");
        edge(available.top() - frame.top(), "above");
        edge(frame.right() - available.right(), "right");
        edge(frame.bottom() - available.bottom(), "below");
        problems.append(
            QStringLiteral("%1 %2: its frame %3 is not inside the screen's available %4 "
                           "(sticks out %5)")
                .arg(describeWidget(window), quoted(window->windowTitle()), rectText(frame),
                    rectText(available), edges.join(QStringLiteral(", "))));
    }
    const QSize smallest = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (smallest.width() > available.width() || smallest.height() > available.height()) {
        problems.append(QStringLiteral("%1 %2: cannot be made smaller than %3, the screen has %4")
                            .arg(describeWidget(window), quoted(window->windowTitle()),
                                sizeText(smallest), sizeText(available.size())));
    }
    return problems;
}

void fitIntoScreen(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen) {
        return;
    }
    const QRect available = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    // The frame's own width and height (title bar, borders) stay; the client area gives way.
    const QSize decoration = frame.size() - inner.size();
    const QSize size = inner.size().boundedTo(available.size() - decoration);
    window->resize(size.expandedTo(window->minimumSize()));
    const QSize outer = window->frameGeometry().size();
    const int x = std::clamp(frame.x(), available.left(),
        std::max(available.left(), available.left() + available.width() - outer.width()));
    const int y = std::clamp(frame.y(), available.top(),
        std::max(available.top(), available.top() + available.height() - outer.height()));
    window->move(x, y);
}

QStringList hiddenKeyControls(const QWidget *window, const QStringList &objectNames)
{
    QStringList problems;
    const QRect screenArea = window->screen() ? window->screen()->availableGeometry() : QRect();
    for (const QString &name : objectNames) {
        const auto found = window->findChildren<const QWidget *>(name);
        if (found.isEmpty()) {
            problems.append(QStringLiteral("key control '%1' does not exist in %2")
                                .arg(name, describeWidget(window)));
            continue;
        }
        const auto shown = std::find_if(found.cbegin(), found.cend(),
            [](const QWidget *widget) { return widget->isVisible(); });
        if (shown == found.cend()) {
            // Name what hides it: the outermost hidden widget on its way up.
            const QWidget *hider = found.first();
            for (const QWidget *parent = hider; parent && parent != window;
                 parent = parent->parentWidget()) {
                if (parent->isHidden()) {
                    hider = parent;
                }
            }
            problems.append(QStringLiteral("key control %1 is not visible (hidden: %2)")
                                .arg(describeWidget(found.first()), describeWidget(hider)));
            continue;
        }
        const QWidget *control = *shown;
        const QRect full(control->mapTo(window, QPoint(0, 0)), control->size());
        const QWidget *clipper = nullptr;
        const QRect seen = visibleRect(control, window, &clipper);
        if (full.isEmpty()) {
            problems.append(QStringLiteral("key control %1 has no size (%2)")
                                .arg(describeWidget(control), sizeText(control->size())));
        } else if (seen != full) {
            problems.append(
                QStringLiteral("key control %1 is cut off: %2 of its %3 is visible (cut by %4)")
                    .arg(describeWidget(control), rectText(seen), rectText(full),
                        clipper ? describeWidget(clipper) : QStringLiteral("?")));
        } else if (screenArea.isValid()) {
            const QRect global(control->mapToGlobal(QPoint(0, 0)), control->size());
            if (!screenArea.contains(global)) {
                problems.append(
                    QStringLiteral("key control %1 at %2 (screen coordinates) lies "
                                   "outside the screen's available %3")
                        .arg(describeWidget(control), rectText(global), rectText(screenArea)));
            }
        }
    }
    return problems;
}

QStringList layoutProblems(const QWidget *window, const QStringList &keyControls)
{
    return windowOutsideScreen(window) + hiddenKeyControls(window, keyControls)
        + textsThatDoNotFit(window);
}

} // namespace Desk::TestSupport
