// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/livefeed.h"

#include <QLabel>

namespace Desk::Gui {

/** "Trần Văn Minh đang soạn trả lời": who else has the shown case open, or is typing in it. */
class PresenceLabel : public QLabel
{
    Q_OBJECT
public:
    explicit PresenceLabel(QWidget *parent = nullptr);

    /** Hidden when nobody else is on the case. */
    void setPeople(const QList<Store::Presence> &people);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    QList<Store::Presence> m_people;
};

} // namespace Desk::Gui
