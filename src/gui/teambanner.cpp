// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/teambanner.h"

#include "core/vietnamtime.h"
#include "gui/displaytext.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Desk::Gui {

namespace {

QLabel *bannerLine(const QString &name, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    // A long Vietnamese sentence in a narrow window wraps instead of being cut off.
    label->setWordWrap(true);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

} // namespace

TeamBanner::TeamBanner(QWidget *parent)
    : QFrame(parent)
    , m_database(bannerLine(QStringLiteral("databaseBannerLabel"),
          QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; padding: 6px 10px; "
                         "font-weight: 600; }"),
          this))
    , m_service(bannerLine(QStringLiteral("serviceBannerLabel"),
          QStringLiteral("QLabel { background: #fff4e5; color: #7a4100; padding: 6px 10px; "
                         "font-weight: 600; }"),
          this))
    , m_now([] { return Core::nowMs(); })
{
    setObjectName(QStringLiteral("teamBanner"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_database);
    layout->addWidget(m_service);
    updateTexts();
}

void TeamBanner::setDatabaseOnline(bool online, qint64 sinceMs)
{
    m_online = online;
    m_offlineSinceMs = online ? 0 : sinceMs;
    updateTexts();
}

void TeamBanner::setServiceState(bool alive, qint64 lastBeatMs)
{
    m_serviceAlive = alive;
    m_lastBeatMs = lastBeatMs;
    updateTexts();
}

QString TeamBanner::databaseText() const
{
    return m_database->isVisibleTo(this) ? m_database->text() : QString();
}

QString TeamBanner::serviceText() const
{
    return m_service->isVisibleTo(this) ? m_service->text() : QString();
}

void TeamBanner::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
    updateTexts();
}

void TeamBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTexts();
    }
    QFrame::changeEvent(event);
}

void TeamBanner::updateTexts()
{
    const qint64 now = m_now();
    m_database->setText(m_online
            ? QString()
            : tr("Lost the connection to the team database — retrying… (since %1; what is on "
                 "screen and your draft are kept)")
                  .arg(shortTimeText(m_offlineSinceMs, now)));
    m_database->setVisible(!m_online);
    // While the database is away the service's state is not known anew: the last one stays.
    if (m_serviceAlive) {
        m_service->clear();
    } else if (m_lastBeatMs <= 0) {
        m_service->setText(tr("The Zalo service has not started yet: replies stay queued until "
                              "it runs."));
    } else {
        m_service->setText(tr("The Zalo service has not been working since %1: replies stay "
                              "queued and go out once it is back.")
                               .arg(shortTimeText(m_lastBeatMs, now)));
    }
    m_service->setVisible(!m_serviceAlive);
    setVisible(!m_online || !m_serviceAlive);
}

} // namespace Desk::Gui
