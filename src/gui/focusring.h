// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

namespace Desk::Gui {

/**
 * A visible focus frame around whatever has the keyboard focus in `window`. Fusion marks the
 * focused widget by a faint line, the focused cell of a table by nothing at all; staff working
 * by keyboard must see where the next key goes. Drawn as an overlay in the palette's highlight
 * colour, so it works under every style and needs no style sheet.
 */
class FocusRing : public QWidget
{
    Q_OBJECT
public:
    explicit FocusRing(QWidget *window);

    /** The widget framed now (nullptr when the focus is elsewhere). */
    QWidget *target() const { return m_target; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow(QWidget *now);
    void place();

    QPointer<QWidget> m_target;
};

} // namespace Desk::Gui
