// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/caseclock.h"

#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QGridLayout;
class QLabel;

namespace Desk::Store {
class Clocks;
class Store;
} // namespace Desk::Store

namespace Desk::Gui {

/**
 * The legal clocks of one case, beside the Zalo reply window: each step that applies
 * (acknowledgement, forwarding, agency answer, answer to the citizen) with its due moment and
 * state in the inbox colours, a pause line while waiting for the citizen and the kéo dài mark.
 */
class CaseClockWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CaseClockWidget(Store::Store *store, QWidget *parent = nullptr);
    ~CaseClockWidget() override;

    /** 0 clears the panel. */
    void showCase(qint64 caseId);
    /** Re-reads the shown case (after a status change, a reply, a sync). */
    void refresh();
    qint64 caseId() const { return m_caseId; }
    std::optional<Core::CaseClock> clock() const { return m_clock; }
    /** For tests: a fixed "now". */
    void setNow(std::function<qint64()> now);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    Store::Store *m_store;
    std::unique_ptr<Store::Clocks> m_clocks;
    QGridLayout *m_grid;
    QLabel *m_titleLabel;
    QLabel *m_noteLabel;
    QTimer m_tick;
    qint64 m_caseId = 0;
    std::optional<Core::CaseClock> m_clock;
    std::function<qint64()> m_now;
};

} // namespace Desk::Gui
