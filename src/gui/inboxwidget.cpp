// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/inboxwidget.h"
#include "ui_inboxwidget.h"

#include "gui/clocktext.h"
#include "gui/displaytext.h"
#include "gui/inboxmodel.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <algorithm>

namespace Desk::Gui {

InboxWidget::InboxWidget(Store::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::InboxWidget)
    , m_model(new InboxModel(store, this))
{
    m_ui->setupUi(this);
    fillStatusCombo();

    QTableView *view = m_ui->casesTableView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 rows cheap.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InboxModel::FirstLineColumn, QHeaderView::Stretch);
    // The message stretches into what is left; in a window too narrow for every column
    // (1440 px beside the case view) QHeaderView keeps a stretch section at its default
    // size, so that is kept small: the message gives way first (the case view shows it in
    // full) and the status, legal deadline and reply window stay in view.
    header->setDefaultSectionSize(10 * fontMetrics().averageCharWidth());
    setColumnWidths();
    view->setTextElideMode(Qt::ElideRight);

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
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InboxWidget::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The selection model survives a reset; re-select the case the user was on.
        if (m_selectedCaseId != 0) {
            selectCase(m_selectedCaseId);
        }
    });
    connect(m_model, &InboxModel::totalCountChanged, this, &InboxWidget::updateCountLabel);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxWidget::updateCountLabel);

    // The reply-window countdown and the legal clock move even when nothing else changes.
    m_clockTick.setInterval(60 * 1000);
    connect(&m_clockTick, &QTimer::timeout, this, [this] {
        if (m_model->rowCount() > 0) {
            // Values, not std::minmax: it returns references to its (temporary) arguments.
            const int first
                = std::min<int>(InboxModel::ReplyWindowColumn, InboxModel::LegalClockColumn);
            const int last
                = std::max<int>(InboxModel::ReplyWindowColumn, InboxModel::LegalClockColumn);
            emit m_model->dataChanged(
                m_model->index(0, first), m_model->index(m_model->rowCount() - 1, last));
        }
    });
    m_clockTick.start();

    m_ui->searchLineEdit->installEventFilter(this);
    updateCountLabel();
}

InboxWidget::~InboxWidget() = default;

qint64 InboxWidget::currentCaseId() const
{
    return m_selectedCaseId;
}

void InboxWidget::selectCase(qint64 caseId)
{
    const int row = m_model->rowOfCase(caseId);
    if (row < 0) {
        return;
    }
    m_ui->casesTableView->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void InboxWidget::setColumnWidths()
{
    // Wide enough for what the columns really hold in the current language, so the
    // reply-window countdown and the status are never cut off; the message text stretches.
    QTableView *view = m_ui->casesTableView;
    QFont bold = view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    // The cell's margins and a little air; more would push the reply window out of a
    // 1440 px window next to the case view.
    const int padding = metrics.averageCharWidth() / 2 + 6;
    const auto fit = [&](int column, const QStringList &samples) {
        int width = metrics.horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        for (const QString &sample : samples) {
            width = std::max(width, metrics.horizontalAdvance(sample));
        }
        view->setColumnWidth(column, width + padding);
    };
    fit(InboxModel::CodeColumn, {QStringLiteral("● TV-2026-000000")});
    view->setColumnWidth(InboxModel::CitizenColumn, metrics.averageCharWidth() * 16);
    fit(InboxModel::ReceivedColumn, {QStringLiteral("28/11 22:59")});
    fit(InboxModel::LastActivityColumn, {QStringLiteral("28/11 22:59")});
    QStringList statuses;
    for (const Core::CaseStatus status : Core::allCaseStatuses()) {
        statuses << statusText(status);
    }
    statuses << InboxModel::tr("%1, new message").arg(statusText(Core::CaseStatus::Replied));
    fit(InboxModel::StatusColumn, statuses);
    const qint64 sampleMs = 6LL * 24 * 3600 * 1000 + 23LL * 3600 * 1000;
    Core::ReplyWindow free;
    free.state = Core::ReplyWindow::State::Free;
    free.freeRemainingMs = 47LL * 3600 * 1000;
    Core::ReplyWindow paid;
    paid.state = Core::ReplyWindow::State::Paid;
    paid.hardRemainingMs = sampleMs;
    // The countdowns set the width; "over 7 days: cannot reply" may elide after its first
    // words (grey, and the tooltip states the rule), so the legal deadline keeps its room.
    fit(InboxModel::ReplyWindowColumn, {replyWindowText(free), replyWindowText(paid)});
    // The legal clock: its usual longest lines, an earlier step named (short) or the answer
    // marked kéo dài. Rarer longer ones (a step overdue 10+ days, a step AND kéo dài) elide;
    // the tooltip has every step in full.
    Core::StepClock sample;
    sample.state = Core::StepClock::State::Overdue;
    sample.workingDays = 12;
    Core::StepClock step = sample;
    step.workingDays = 9;
    Core::StepClock paused;
    paused.state = Core::StepClock::State::Paused;
    const QString date = QStringLiteral("28/11 · ");
    QStringList clockLines {
        date + clockStateText(sample, 0) + QStringLiteral(" · ") + prolongedText(),
        clockStateText(paused, 0)};
    for (const Core::ClockStep each : Core::allClockSteps()) {
        clockLines << date
                + QCoreApplication::translate("Desk::Gui::ClockText", "%1: %2")
                      .arg(clockStepShortText(each), clockStateText(step, 0));
    }
    fit(InboxModel::LegalClockColumn, clockLines);
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
    return QWidget::eventFilter(watched, event);
}

void InboxWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        const int index = m_ui->statusComboBox->currentIndex();
        fillStatusCombo();
        m_ui->statusComboBox->setCurrentIndex(index);
        setColumnWidths();
        m_model->refresh(); // headers, status words and countdowns in the new language
        updateCountLabel();
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
    m_ui->countLabel->setText(tr("%n case(s)", nullptr, m_model->totalCount()));
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

bool InboxWidget::selectRow(int row)
{
    while (row >= m_model->rowCount() && m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
    if (row < 0 || row >= m_model->rowCount()) {
        return false;
    }
    QTableView *view = m_ui->casesTableView;
    view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(m_model->index(row, 0));
    return true;
}

bool InboxWidget::selectNext()
{
    const QModelIndex current = m_ui->casesTableView->currentIndex();
    return selectRow(current.isValid() ? current.row() + 1 : 0);
}

bool InboxWidget::selectPrevious()
{
    const QModelIndex current = m_ui->casesTableView->currentIndex();
    return selectRow(current.isValid() ? current.row() - 1 : 0);
}

bool InboxWidget::selectNextUnread()
{
    const int rows = m_model->rowCount();
    const QModelIndex current = m_ui->casesTableView->currentIndex();
    const int from = current.isValid() ? current.row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = (from + step) % rows;
        if (m_model->index(row, 0).data(InboxModel::UnreadRole).toBool()) {
            return selectRow(row);
        }
    }
    return false;
}

void InboxWidget::focusList()
{
    m_ui->casesTableView->setFocus(Qt::ShortcutFocusReason);
}

bool InboxWidget::openCurrent()
{
    const QModelIndex current = m_ui->casesTableView->currentIndex();
    if (!current.isValid()) {
        return selectRow(0);
    }
    const qint64 caseId = m_model->caseIdAt(current.row());
    if (caseId != 0) {
        emit caseSelected(caseId); // shown again (and marked read) even when it was shown
    }
    return caseId != 0;
}

} // namespace Desk::Gui
