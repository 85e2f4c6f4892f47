// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/inboxwidget.h"
#include "ui_inboxwidget.h"

#include "gui/displaytext.h"
#include "gui/inboxdelegate.h"
#include "gui/inboxmodel.h"
#include "store/store.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace Desk::Gui {

InboxWidget::InboxWidget(Store::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::InboxWidget)
    , m_model(new InboxModel(store, this))
{
    m_ui->setupUi(this);
    fillStatusCombo();
    setUpList();

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(250);
    connect(&m_searchDebounce, &QTimer::timeout, this, &InboxWidget::applyFilter);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, &m_searchDebounce,
        qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce.stop();
        applyFilter();
        m_ui->casesTableView->setFocus();
    });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, &InboxWidget::applyFilter);
    connect(m_ui->unreadCheckBox, &QCheckBox::toggled, this, &InboxWidget::applyFilter);
    // Overdue and due soon exclude each other: ticking one clears the other.
    connect(m_ui->overdueCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            const QSignalBlocker blocker(m_ui->dueSoonCheckBox);
            m_ui->dueSoonCheckBox->setChecked(false);
        }
        applyFilter();
    });
    connect(m_ui->dueSoonCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            const QSignalBlocker blocker(m_ui->overdueCheckBox);
            m_ui->overdueCheckBox->setChecked(false);
        }
        applyFilter();
    });
    QTableView *view = m_ui->casesTableView;
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InboxWidget::onCurrentRowChanged);
    connect(view, &QAbstractItemView::activated, this, &InboxWidget::openCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showOneColumn();
        // The selection model survives a reset; re-select the case the user was on.
        selectRow(m_model->rowOfCase(m_selectedCaseId));
    });
    connect(m_model, &InboxModel::totalCountChanged, this, &InboxWidget::updateCountLabel);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxWidget::updateCountLabel);
    connect(m_model, &InboxModel::pendingCountChanged, this, &InboxWidget::updateNewActivity);
    connect(m_ui->newActivityButton, &QPushButton::clicked, this, &InboxWidget::applyNewOrder);
    // This desk's own writes (a read mark, a reply queued) and, on a team desk, colleagues'
    // and the OA service's: the row changes the moment the store says so, in place.
    connect(store, &Store::Store::casesChanged, m_model, &InboxModel::refreshCases);

    // The reply-window countdown and the legal clock move even when nothing else changes.
    m_clockTick.setInterval(60 * 1000);
    connect(&m_clockTick, &QTimer::timeout, m_model, &InboxModel::refreshTexts);
    m_clockTick.start();

    m_ui->searchLineEdit->installEventFilter(this);
    view->installEventFilter(this);
    updateCountLabel();
    updateNewActivity();
}

InboxWidget::~InboxWidget() = default;

qint64 InboxWidget::currentCaseId() const
{
    return m_selectedCaseId;
}

void InboxWidget::selectCase(qint64 caseId)
{
    if (caseId == 0) {
        return;
    }
    if (m_model->rowOfCase(caseId) < 0 && m_model->pendingCount() > 0) {
        // Asked for by name (a notification): a case with news is not among the rows shown
        // until the new order is; staff asked for it, so bring the new order in.
        m_model->applyNewOrder();
    }
    selectRow(m_model->rowOfCase(caseId));
}

bool InboxWidget::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return false;
    }
    QTableView *view = m_ui->casesTableView;
    const QModelIndex index = m_model->index(row, InboxModel::CodeColumn);
    view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
    return true;
}

bool InboxWidget::selectNext()
{
    const int row = m_ui->casesTableView->currentIndex().row() + 1;
    if (row >= m_model->rowCount() && m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
    return selectRow(row);
}

bool InboxWidget::selectPrevious()
{
    const int row = m_ui->casesTableView->currentIndex().row();
    return row > 0 && selectRow(row - 1);
}

bool InboxWidget::selectNextUnread()
{
    const int current = m_ui->casesTableView->currentIndex().row();
    const auto unreadAt
        = [this](int row) { return m_model->index(row, 0).data(InboxModel::UnreadRole).toBool(); };
    // Below the selection, paging in a few more pages if need be; then from the top.
    constexpr int kMorePages = 5;
    int pages = 0;
    for (int row = current + 1;; ++row) {
        if (row >= m_model->rowCount()) {
            if (pages++ >= kMorePages || !m_model->canFetchMore({})) {
                break;
            }
            m_model->fetchMore({});
            if (row >= m_model->rowCount()) {
                break;
            }
        }
        if (unreadAt(row)) {
            return selectRow(row);
        }
    }
    for (int row = 0; row < current; ++row) {
        if (unreadAt(row)) {
            return selectRow(row);
        }
    }
    return false;
}

bool InboxWidget::openCurrent()
{
    const QModelIndex current = m_ui->casesTableView->currentIndex();
    const qint64 caseId = current.isValid() ? m_model->caseIdAt(current.row()) : 0;
    if (caseId == 0) {
        return false;
    }
    if (caseId != m_selectedCaseId) {
        m_selectedCaseId = caseId;
        emit caseSelected(caseId);
    }
    emit caseOpened(caseId);
    return true;
}

void InboxWidget::applyNewOrder()
{
    const bool news = m_model->pendingCount() > 0;
    m_model->applyNewOrder(); // the reset re-selects the selected case and keeps it in view
    if (news) {
        // Staff asked to see what is new: it is at the top.
        m_ui->casesTableView->scrollToTop();
    }
}

void InboxWidget::setUpList()
{
    QTableView *view = m_ui->casesTableView;
    view->setModel(m_model);
    view->setItemDelegate(new InboxDelegate(view));
    view->verticalHeader()->hide();
    view->horizontalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 rows cheap.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(InboxDelegate::rowHeight(view->font()));
    view->horizontalHeader()->setStretchLastSection(true);
    showOneColumn();
    view->setMouseTracking(true);
    view->viewport()->setAttribute(Qt::WA_Hover);
    // Tab moves on to the case view instead of from cell to cell.
    view->setTabKeyNavigation(false);
    m_ui->newActivityButton->hide();
    m_ui->newActivityButton->setCursor(Qt::PointingHandCursor);
    m_ui->newActivityButton->setStyleSheet(
        QStringLiteral("QPushButton { color: %1; background: #e3eefa; font-weight: bold; "
                       "text-align: left; padding: 4px 8px; border: none; border-radius: 3px; }"
                       "QPushButton:focus { border: 2px solid %1; }")
            .arg(InboxDelegate::accentColor().name()));
}

void InboxWidget::showOneColumn()
{
    // One column as wide as the list, the delegate drawing the whole row in it: there is no
    // horizontal scroll bar however narrow the inbox is. (A model reset shows every column
    // again.)
    QTableView *view = m_ui->casesTableView;
    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        view->setColumnHidden(column, column != InboxModel::CodeColumn);
    }
}

void InboxWidget::showFilter(const Store::CaseFilter &filter)
{
    {
        const QSignalBlocker search(m_ui->searchLineEdit);
        const QSignalBlocker status(m_ui->statusComboBox);
        const QSignalBlocker unread(m_ui->unreadCheckBox);
        const QSignalBlocker overdue(m_ui->overdueCheckBox);
        const QSignalBlocker dueSoon(m_ui->dueSoonCheckBox);
        m_ui->searchLineEdit->setText(filter.searchText);
        m_ui->statusComboBox->setCurrentIndex(filter.status
                ? m_ui->statusComboBox->findData(Core::caseStatusKey(*filter.status))
                : 0);
        m_ui->unreadCheckBox->setChecked(filter.unreadOnly);
        m_ui->overdueCheckBox->setChecked(filter.overdueOnly);
        m_ui->dueSoonCheckBox->setChecked(filter.dueSoonOnly);
    }
    m_searchDebounce.stop();
    m_model->setFilter(filter);
}

void InboxWidget::focusSearch()
{
    m_ui->searchLineEdit->setFocus();
    m_ui->searchLineEdit->selectAll();
}

void InboxWidget::refresh()
{
    m_model->refresh();
}

bool InboxWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            m_ui->casesTableView->setFocus();
            if (!m_ui->casesTableView->currentIndex().isValid() && m_model->rowCount() > 0) {
                selectCase(m_model->caseIdAt(0));
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_ui->searchLineEdit->text().isEmpty()) {
            m_ui->searchLineEdit->clear();
            return true;
        }
    }
    if (watched == m_ui->casesTableView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
        if (key == Qt::Key_F5) {
            // Reaches the list only when no window shortcut took F5 (a team desk has no
            // "Sync now"); the main window applies the new order with its own F5 too.
            applyNewOrder();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InboxWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        const int index = m_ui->statusComboBox->currentIndex();
        fillStatusCombo();
        m_ui->statusComboBox->setCurrentIndex(index);
        m_model->refreshTexts(); // status words, chips and countdowns in the new language
        updateCountLabel();
        updateNewActivity();
    }
    QWidget::changeEvent(event);
}

void InboxWidget::applyFilter()
{
    Store::CaseFilter filter;
    filter.searchText = m_ui->searchLineEdit->text().trimmed();
    const QVariant status = m_ui->statusComboBox->currentData();
    if (status.isValid()) {
        filter.status = Core::caseStatusFromKey(status.toString());
    }
    filter.unreadOnly = m_ui->unreadCheckBox->isChecked();
    filter.overdueOnly = m_ui->overdueCheckBox->isChecked();
    filter.dueSoonOnly = m_ui->dueSoonCheckBox->isChecked();
    // A dashboard drill-down (kind, agency, staff, period...) ends when staff change a box:
    // the list then shows exactly what the boxes say.
    m_model->setFilter(filter);
}

void InboxWidget::fillStatusCombo()
{
    const QSignalBlocker blocker(m_ui->statusComboBox);
    m_ui->statusComboBox->clear();
    m_ui->statusComboBox->addItem(tr("All statuses"));
    for (const Core::CaseStatus status : Core::allCaseStatuses()) {
        m_ui->statusComboBox->addItem(statusText(status), Core::caseStatusKey(status));
    }
}

void InboxWidget::updateCountLabel()
{
    m_ui->countLabel->setText(InboxModel::countText(m_model->totalCount(), m_model->totalCapped()));
}

void InboxWidget::updateNewActivity()
{
    const int pending = m_model->pendingCount();
    m_ui->newActivityButton->setText(
        tr("%n case(s) with new messages — F5 to update the list", nullptr, pending));
    m_ui->newActivityButton->setVisible(pending > 0);
}

void InboxWidget::onCurrentRowChanged()
{
    const QModelIndex current = m_ui->casesTableView->currentIndex();
    const qint64 caseId = current.isValid() ? m_model->caseIdAt(current.row()) : 0;
    if (caseId != 0 && caseId != m_selectedCaseId) {
        m_selectedCaseId = caseId;
        emit caseSelected(caseId);
    }
}

// --- keyboard navigation (issue 11 point 3) ---------------------------------------------------

void InboxWidget::focusList()
{
    m_ui->casesTableView->setFocus(Qt::ShortcutFocusReason);
}

} // namespace Desk::Gui
