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
    bool lastSyncFailed() const { return m_lastReport && !m_lastReport->ok(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    bool m_syncing = false;
    std::optional<Zalo::SyncReport> m_lastReport;
    qint64 m_lastOkMs = 0;
};

} // namespace Desk::Gui
