// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <functional>

class QLabel;

namespace Desk::Gui {

/**
 * The bar across the main window of a team desk when something shared is down: the team
 * database (the desk keeps what is on screen and the draft while the feed reconnects) or the
 * OA service, whose heartbeat went stale (replies stay queued). Hidden while both work.
 */
class TeamBanner : public QFrame
{
    Q_OBJECT
public:
    explicit TeamBanner(QWidget *parent = nullptr);

    /** LiveFeed::onlineChanged. */
    void setDatabaseOnline(bool online, qint64 sinceMs);
    /** LiveFeed::serviceStateChanged; `lastBeatMs` 0 = the service never ran. */
    void setServiceState(bool alive, qint64 lastBeatMs);
    /** What the banner says now ('' when hidden), for tests. */
    QString databaseText() const;
    QString serviceText() const;
    /** For tests: a fixed "now" for the times shown ("10:02" today, "05/12 10:02" before). */
    void setNow(std::function<qint64()> now);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    QLabel *m_database;
    QLabel *m_service;
    bool m_online = true;
    qint64 m_offlineSinceMs = 0;
    bool m_serviceAlive = true;
    qint64 m_lastBeatMs = 0;
    std::function<qint64()> m_now;
};

} // namespace Desk::Gui
