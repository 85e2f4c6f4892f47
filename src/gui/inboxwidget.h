// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

namespace Ui {
class InboxWidget;
}

class QTableView;

namespace Desk::Store {
class Store;
struct CaseFilter;
} // namespace Desk::Store

namespace Desk::Gui {

class InboxModel;

/**
 * Search box, status, unread and legal-clock filters and the case list (two-line rows drawn by
 * InboxDelegate). The list keeps its order while staff work: new activity is announced by an
 * "n new - F5" marker and applied on F5 or a click on it.
 * Keyboard: Ctrl+F search, Down into the list, Enter opens the case, Tab leaves the list.
 */
class InboxWidget : public QWidget
{
    Q_OBJECT
public:
    explicit InboxWidget(Store::Store *store, QWidget *parent = nullptr);
    ~InboxWidget() override;

    InboxModel *model() const { return m_model; }
    qint64 currentCaseId() const;
    /** Selects the case (opening it); a case not in the rows shown brings the new order in. */
    void selectCase(qint64 caseId);
    void focusSearch();
    /** Re-reads the rows shown in place (after a sync or a reconnect); see InboxModel. */
    void refresh();

public slots:
    /** The list in the store's order with the new cases in (F5, the marker); the selected case
     *  stays selected. */
    void applyNewOrder();
    /** Enter: opens the selected case (caseSelected if not yet) and says so (caseOpened);
     *  false when no case is selected. */
    bool openCurrent();
    /** The keyboard goes to the case list. */
    void focusList();
    /** The next / previous row (paging rows in at the end); false at either end. */
    bool selectNext();
    bool selectPrevious();
    /** The next unread case below the selection, wrapping to the top; false when none. */
    bool selectNextUnread();
    /** Shows exactly `filter` (a dashboard drill-down): the boxes show what they can; the
     *  rest (kind, agency, staff, period) holds until staff change a box. */
    void showFilter(const Store::CaseFilter &filter);

signals:
    void caseSelected(qint64 caseId);
    /** Staff pressed Enter on a case: they want to work on it now (focus the reply). */
    void caseOpened(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void fillStatusCombo();
    void setUpList();
    void showOneColumn();
    void updateCountLabel();
    void updateNewActivity();
    void onCurrentRowChanged();
    bool selectRow(int row);

    const QScopedPointer<Ui::InboxWidget> m_ui;
    InboxModel *m_model;
    QTimer m_searchDebounce;
    QTimer m_clockTick;
    qint64 m_selectedCaseId = 0;
};

} // namespace Desk::Gui
