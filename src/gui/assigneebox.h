// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Desk::Store {
class Store;
}

namespace Desk::Gui {

/**
 * "Người xử lý": who handles the case. Lists the staff seen recently and the one at this
 * computer; any other login can be typed. A change is stored at once with its audit row.
 */
class AssigneeBox : public QWidget
{
    Q_OBJECT
public:
    explicit AssigneeBox(Store::Store *store, QWidget *parent = nullptr);

    /** Shows the case's assignee ('' = nobody); 0 disables the box. */
    void setCase(qint64 caseId, const QString &assignee);
    void setActor(const QString &actor) { m_actor = actor; }
    QComboBox *combo() const { return m_combo; }
    /** Assigns the case to `login` ('' = nobody); false when the store refused. */
    bool assign(const QString &login);

signals:
    void assigned(qint64 caseId, const QString &login);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void applyChoice();

    Store::Store *m_store;
    QLabel *m_label;
    QComboBox *m_combo;
    qint64 m_caseId = 0;
    QString m_assignee;
    QString m_actor;
    bool m_filling = false;
};

} // namespace Desk::Gui
