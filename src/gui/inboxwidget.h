// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

namespace Ui {
class InboxWidget;
}

namespace Desk::Store {
class Store;
struct CaseFilter;
} // namespace Desk::Store

namespace Desk::Gui {

class InboxModel;

/**
 * Search box, status, unread and legal-clock filters and the case list.
 * Keyboard: Ctrl+F search, Down into the list.
 */
class InboxWidget : public QWidget
{
    Q_OBJECT
public:
    explicit InboxWidget(Store::Store *store, QWidget *parent = nullptr);
    ~InboxWidget() override;

    InboxModel *model() const { return m_model; }
    qint64 currentCaseId() const;
    void selectCase(qint64 caseId);
    void focusSearch();
    /** Reloads the list keeping the selected case (after sync or a read mark). */
    void refresh();
    /** Shows exactly `filter` (a dashboard drill-down): the boxes show what they can; the
     *  rest (kind, agency, staff, period) holds until staff change a box. */
    void showFilter(const Store::CaseFilter &filter);

signals:
    void caseSelected(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void fillStatusCombo();
    void setColumnWidths();
    void updateCountLabel();
    void onCurrentRowChanged();

    const QScopedPointer<Ui::InboxWidget> m_ui;
    InboxModel *m_model;
    QTimer m_searchDebounce;
    QTimer m_clockTick;
    qint64 m_selectedCaseId = 0;

    // --- keyboard navigation (issue 11 point 3; minimal, the inbox's owner may replace it) ---
public:
    /** The next / previous row of the list becomes the shown case; false at the end. */
    bool selectNext();
    bool selectPrevious();
    /** The next case with unread messages after the current one (wrapping); false if none. */
    bool selectNextUnread();
    /** Shows the current row's case (Enter in the list); false when the list is empty. */
    bool openCurrent();
    /** The keyboard goes to the case list. */
    void focusList();

private:
    bool selectRow(int row);
};

} // namespace Desk::Gui
