// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/casework.h"

#include <QVector>
#include <QWidget>
#include <functional>

class QLabel;
class QVBoxLayout;

namespace Desk::Store {
class Store;
}

namespace Desk::Gui {

/**
 * The transfers of one case, for the side panel: each hop with its agency, when it was sent
 * and by whom, the due date (red once passed without an answer), and the agency's answer with
 * its documents (a click opens the copy in the profile's attachments folder).
 */
class TransferListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TransferListWidget(Store::Store *store, QWidget *parent = nullptr);

    /** 0 hides the list. */
    void showCase(qint64 caseId);
    void refresh();
    qint64 caseId() const { return m_caseId; }
    QVector<Store::Transfer> transfers() const { return m_transfers; }
    /** The label of hop `index` (0-based), for tests and pictures. */
    QLabel *hopLabel(int index) const;
    /** For tests: a fixed "now" for the overdue colour. */
    void setNow(std::function<qint64()> now);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString hopHtml(int hop, const Store::Transfer &transfer, qint64 now) const;

    Store::Store *m_store;
    QLabel *m_titleLabel;
    QVBoxLayout *m_hops;
    QVector<QLabel *> m_hopLabels;
    qint64 m_caseId = 0;
    QVector<Store::Transfer> m_transfers;
    std::function<qint64()> m_now;
};

} // namespace Desk::Gui
