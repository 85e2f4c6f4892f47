// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/caseclockwidget.h"

#include "core/vietnamtime.h"
#include "gui/clocktext.h"
#include "store/clocks.h"
#include "store/store.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Desk::Gui {

CaseClockWidget::CaseClockWidget(Store::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clocks(std::make_unique<Store::Clocks>(*store))
    , m_grid(new QGridLayout)
    , m_titleLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this))
    , m_now(&Core::nowMs)
{
    setObjectName(QStringLiteral("caseClockWidget"));
    // Like the header labels above it: never widen the case view (the inbox beside it would
    // lose its columns); the rows fit the width the view has.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_titleLabel->setObjectName(QStringLiteral("clockTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_noteLabel->setObjectName(QStringLiteral("clockNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(1);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(m_titleLabel);
    layout->addLayout(m_grid);
    layout->addWidget(m_noteLabel);

    // Working days tick over at midnight and "due soon" starts a day before: a minute is plenty.
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &CaseClockWidget::rebuild);
    m_tick.start();
    rebuild();
}

CaseClockWidget::~CaseClockWidget() = default;

void CaseClockWidget::showCase(qint64 caseId)
{
    m_caseId = caseId;
    refresh();
}

void CaseClockWidget::refresh()
{
    m_clock = m_caseId != 0 ? m_clocks->clock(m_caseId, m_now()) : std::nullopt;
    rebuild();
}

void CaseClockWidget::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
    refresh();
}

void CaseClockWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

void CaseClockWidget::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_titleLabel->setText(tr("Legal deadlines"));
    m_noteLabel->clear();
    m_noteLabel->hide();
    if (!m_clock) {
        setVisible(m_caseId != 0);
        return;
    }
    setVisible(true);
    const qint64 now = m_now();
    int row = 0;
    for (const Core::StepClock &step : m_clock->steps()) {
        if (step.state == Core::StepClock::State::NotApplicable) {
            continue;
        }
        const QString key = Core::clockStepKey(step.step);
        auto *name = new QLabel(clockStepText(step.step), this);
        auto *due = new QLabel(step.dueAtMs > 0
                ? Core::toVietnamTime(step.dueAtMs).toString(QStringLiteral("dd/MM/yyyy"))
                : QString(),
            this);
        auto *state = new QLabel(clockStateText(step, now), this);
        name->setObjectName(QStringLiteral("clockStep_") + key);
        due->setObjectName(QStringLiteral("clockDue_") + key);
        state->setObjectName(QStringLiteral("clockState_") + key);
        name->setToolTip(name->text());
        due->setToolTip(tr("Ends at 24:00 of this working day (Civil Code Art. 148)"));
        // Beside the conversation at 1366 px the three columns share ~300 px: the step's name
        // and its state wrap onto a second line instead of losing their last letters.
        name->setWordWrap(true);
        state->setWordWrap(true);
        const QColor color = clockColor(step);
        if (color.isValid()) {
            state->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(color.name()));
        }
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(due, row, 1);
        m_grid->addWidget(state, row, 2);
        for (QLabel *label : {name, due, state}) {
            label->show(); // now, not on the next event loop pass (pictures, tests)
        }
        ++row;
    }
    QStringList notes;
    if (m_clock->paused()) {
        notes << tr("The clock is paused while waiting for the citizen; the deadlines move by "
                    "the working days it stays paused.");
    }
    if (m_clock->prolonged()) {
        notes << QStringLiteral("<b style=\"color:#c62828\">%1</b>")
                     .arg(prolongedText().toHtmlEscaped())
                + QStringLiteral(": ")
                + tr("the answer passed its legal deadline; the case counts as prolonged in the "
                     "period's report.")
                      .toHtmlEscaped();
    }
    if (!notes.isEmpty()) {
        m_noteLabel->setText(notes.join(QStringLiteral("<br>")));
        m_noteLabel->show();
    }
    // The rows changed: the case view's header must make room for them.
    m_grid->invalidate();
    updateGeometry();
}

} // namespace Desk::Gui
