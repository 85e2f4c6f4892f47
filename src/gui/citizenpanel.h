// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QScopedPointer>
#include <QUrl>
#include <QWidget>

namespace Ui {
class CitizenPanel;
}

namespace Desk::Gui {

class ImageSource;

/** Who wrote: avatar, name, Zalo id and what the citizen shared with the OA. */
class CitizenPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CitizenPanel(ImageSource *images, QWidget *parent = nullptr);
    ~CitizenPanel() override;

    void showCitizen(const Core::Citizen &citizen);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAvatar();
    void updateTexts();

    const QScopedPointer<Ui::CitizenPanel> m_ui;
    ImageSource *m_images;
    Core::Citizen m_citizen;
};

/** A round avatar with the citizen's initials, used until (or instead of) the Zalo picture. */
QPixmap initialsAvatar(const QString &name, int size);

} // namespace Desk::Gui
