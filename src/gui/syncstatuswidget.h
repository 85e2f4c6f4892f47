// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zalo/syncservice.h"

#include <QLabel>
#include <optional>

namespace Desk::Gui {

/** Status-bar text for sync: running, last success, or what went wrong in plain words. */
class SyncStatusWidget : public QLabel
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setSyncing();
    void setReport(const Zalo::SyncReport &report);
    /**
     * A team desk does not sync: the team's OA service does. The label then says whether that
     * service is working (its heartbeat in the team database), instead of "not synced yet".
     */
    void setTeamService(bool alive, qint64 lastBeatMs);
    bool lastSyncFailed() const { return m_lastReport && !m_lastReport->ok(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    bool m_syncing = false;
    bool m_team = false;
    bool m_serviceAlive = false;
    qint64 m_lastBeatMs = 0;
    std::optional<Zalo::SyncReport> m_lastReport;
    qint64 m_lastOkMs = 0;
};

} // namespace Desk::Gui
