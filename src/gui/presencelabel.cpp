// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/presencelabel.h"

#include <QEvent>

namespace Desk::Gui {

PresenceLabel::PresenceLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("presenceLabel"));
    setTextFormat(Qt::PlainText); // names come from the team database
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    setStyleSheet(QStringLiteral("color: #0b5394; font-weight: 600;"));
    hide();
}

void PresenceLabel::setPeople(const QList<Store::Presence> &people)
{
    m_people = people;
    updateText();
}

void PresenceLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateText();
    }
    QLabel::changeEvent(event);
}

void PresenceLabel::updateText()
{
    // Whoever is typing first: that is the one about to answer.
    QStringList typing;
    QStringList open;
    for (const Store::Presence &person : std::as_const(m_people)) {
        if (person.state == Store::Presence::State::Typing) {
            typing << tr("%1 is writing a reply").arg(person.name);
        } else if (person.state == Store::Presence::State::Open) {
            open << tr("%1 has this case open").arg(person.name);
        }
    }
    const QString text = (typing + open).join(QStringLiteral(" · "));
    setText(text);
    setToolTip(text);
    setVisible(!text.isEmpty());
}

} // namespace Desk::Gui
