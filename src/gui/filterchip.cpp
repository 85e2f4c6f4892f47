// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/filterchip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Desk::Gui {

FilterChip::FilterChip(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_removeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterChip"));
    m_label->setObjectName(QStringLiteral("filterChipLabel"));
    m_removeButton->setObjectName(QStringLiteral("filterChipRemoveButton"));
    m_removeButton->setText(QStringLiteral("\u2715"));
    m_removeButton->setAutoRaise(true);
    m_removeButton->setCursor(Qt::PointingHandCursor);
    // A rounded tinted pill: reads as "a filter is on", not as another button.
    setStyleSheet(QStringLiteral("#filterChip { background: #e3eefb; border: 1px solid #9dbde6;"
                                 " border-radius: 11px; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 1, 2, 1);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_removeButton);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_removeButton, &QToolButton::clicked, this, &FilterChip::clear);
    hide();
    retranslate();
}

void FilterChip::setFilterText(const QString &text)
{
    m_label->setText(text);
    m_label->setToolTip(text);
    m_active = true;
    show();
}

QString FilterChip::filterText() const
{
    return m_label->text();
}

void FilterChip::clear()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    hide();
    emit cleared();
}

void FilterChip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void FilterChip::retranslate()
{
    m_removeButton->setToolTip(tr("Remove this filter (Esc)"));
    m_removeButton->setAccessibleName(tr("Remove filter"));
}

} // namespace Desk::Gui
