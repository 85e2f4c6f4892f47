// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/citizenpanel.h"
#include "ui_citizenpanel.h"

#include "gui/imagesource.h"
#include "gui/plaintext.h"

#include <QPainter>
#include <QPainterPath>

namespace Desk::Gui {

namespace {
// Small: the picture identifies, the conversation beside it needs the height.
constexpr int kAvatarSize = 56;
} // namespace

QPixmap initialsAvatar(const QString &name, int size)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString initials;
    if (!words.isEmpty()) {
        initials += words.first().left(1);
        if (words.size() > 1) {
            initials += words.last().left(1);
        }
    }
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = QColor::fromHsv(static_cast<int>(qHash(name) % 360), 90, 200);
    painter.setBrush(fill);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(0, 0, size, size);
    QFont font = painter.font();
    font.setPixelSize(size * 2 / 5);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials.toUpper());
    return pixmap;
}

CitizenPanel::CitizenPanel(ImageSource *images, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::CitizenPanel)
    , m_images(images)
{
    m_ui->setupUi(this);
    m_ui->avatarLabel->setFixedSize(kAvatarSize, kAvatarSize);
    setPlainText({m_ui->nameLabel, m_ui->zaloIdLabel, m_ui->phoneLabel, m_ui->addressLabel});
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    if (m_images) {
        connect(m_images, &ImageSource::imageReady, this, [this](const QUrl &url) {
            if (url == QUrl(m_citizen.avatarUrl)) {
                updateAvatar();
            }
        });
    }
    clear();
}

CitizenPanel::~CitizenPanel() = default;

void CitizenPanel::showCitizen(const Core::Citizen &citizen)
{
    m_citizen = citizen;
    updateTexts();
    updateAvatar();
}

void CitizenPanel::clear()
{
    m_citizen = {};
    updateTexts();
    m_ui->avatarLabel->clear();
}

void CitizenPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QWidget::changeEvent(event);
}

void CitizenPanel::updateAvatar()
{
    QPixmap avatar;
    if (m_images && !m_citizen.avatarUrl.isEmpty()) {
        avatar = m_images->image(QUrl(m_citizen.avatarUrl));
    }
    if (avatar.isNull()) {
        avatar = initialsAvatar(m_citizen.displayName, kAvatarSize);
    } else {
        avatar = avatar.scaled(
            kAvatarSize, kAvatarSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    m_ui->avatarLabel->setPixmap(avatar);
}

void CitizenPanel::updateTexts()
{
    const bool known = !m_citizen.zaloId.isEmpty();
    const QString none = tr("not shared");
    m_ui->nameLabel->setText(known ? m_citizen.displayName : tr("No case selected"));
    m_ui->zaloIdLabel->setText(m_citizen.zaloId);
    m_ui->phoneLabel->setText(m_citizen.phone.isEmpty() ? none : m_citizen.phone);
    m_ui->addressLabel->setText(m_citizen.address.isEmpty() ? none : m_citizen.address);
    m_ui->followerLabel->setText(known ? (m_citizen.isFollower ? tr("Yes") : tr("No")) : QString());
    const bool shared = !m_citizen.phone.isEmpty() || !m_citizen.address.isEmpty();
    m_ui->sharedInfoHintLabel->setText(known && !shared
            ? tr("The citizen has not shared a phone number or address with the OA.")
            : QString());
    for (QWidget *w : {static_cast<QWidget *>(m_ui->zaloIdCaptionLabel),
             static_cast<QWidget *>(m_ui->phoneCaptionLabel),
             static_cast<QWidget *>(m_ui->addressCaptionLabel),
             static_cast<QWidget *>(m_ui->followerCaptionLabel)}) {
        w->setVisible(known);
    }
}

} // namespace Desk::Gui
