// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QLabel;
class QListView;

namespace Desk::Store {
class Store;
}

namespace Desk::Gui {

class CaseClockWidget;
class CitizenPanel;
class ImageSource;
class TimelineModel;
class TransferListWidget;

/** One case: header (code, status, reply window, legal clocks), conversation timeline,
 *  citizen panel. */
class CaseView : public QWidget
{
    Q_OBJECT
public:
    CaseView(Store::Store *store, ImageSource *images, QWidget *parent = nullptr);

    /** Shows the case and marks it read by `actor`. */
    void showCase(qint64 caseId);
    /** Reloads the shown case if it is among `caseIds` (after a sync). */
    void refreshIfShown(const QSet<qint64> &caseIds);
    qint64 caseId() const { return m_caseId; }
    QListView *timelineView() const { return m_timeline; }
    TimelineModel *timelineModel() const { return m_model; }
    /** The case's transfers to agencies, in the side panel. */
    TransferListWidget *transferList() const { return m_transfers; }
    void setActor(const QString &actor) { m_actor = actor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void updateHeader();

    Store::Store *m_store;
    ImageSource *m_images;
    TimelineModel *m_model;
    QListView *m_timeline;
    CitizenPanel *m_citizenPanel;
    QLabel *m_titleLabel;
    QLabel *m_statusLabel;
    QLabel *m_windowLabel;
    CaseClockWidget *m_clockPanel;
    TransferListWidget *m_transfers = nullptr;
    QTimer m_clockTick;
    qint64 m_caseId = 0;
    std::optional<Core::CaseSummary> m_case;
    QString m_actor;
};

} // namespace Desk::Gui
