// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Desk::Gui {

/**
 * A removable chip naming a filter that is applied ("Hộp thư đang lọc: 11/2026 · Hỏi đáp ✕"):
 * hidden until setFilterText(), its ✕ button clears it and emits cleared(). Esc is the owner's
 * to bind (clear()), so the key works wherever focus is in that window.
 */
class FilterChip : public QFrame
{
    Q_OBJECT
public:
    explicit FilterChip(QWidget *parent = nullptr);

    /** Shows the chip with @p text (the filter in words). */
    void setFilterText(const QString &text);
    QString filterText() const;
    bool isActive() const { return m_active; }
    /** Hides the chip and emits cleared() if it was shown. */
    void clear();

signals:
    void cleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QToolButton *m_removeButton;
    bool m_active = false;
};

} // namespace Desk::Gui
