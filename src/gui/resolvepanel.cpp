// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/resolvepanel.h"

#include "core/profile.h"
#include "core/ratingscale.h"
#include "core/vietnamtime.h"
#include "gui/caseactions.h"
#include "gui/displaytext.h"
#include "gui/plaintext.h"
#include "store/caseautomation.h"
#include "store/casework.h"
#include "store/store.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Desk::Gui {

ResolvePanel::ResolvePanel(Store::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_titleLabel(new QLabel(this))
    , m_planLabel(new QLabel(this))
    , m_askCheck(new QCheckBox(this))
    , m_resolveButton(new QPushButton(this))
    , m_actor(Core::currentStaffLogin())
{
    setObjectName(QStringLiteral("resolvePanel"));
    m_titleLabel->setObjectName(QStringLiteral("resolveTitleLabel"));
    m_planLabel->setObjectName(QStringLiteral("ratingPlanLabel"));
    m_askCheck->setObjectName(QStringLiteral("askRatingCheck"));
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_planLabel->setWordWrap(true);
    setPlainText({m_planLabel}); // a person's login may be anything
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_planLabel);
    layout->addWidget(m_askCheck);
    layout->addWidget(m_resolveButton, 0, Qt::AlignLeft);

    // Only a person's click is recorded, not the box following the stored choice.
    connect(m_askCheck, &QCheckBox::toggled, this, [this](bool ask) {
        if (m_updating || m_caseId == 0) {
            return;
        }
        if (!Store::CaseWork(*m_store).setRatingWithheld(m_caseId, !ask, m_actor, Core::nowMs())) {
            warnPlain(this, m_titleLabel->text(), m_store->lastError());
        }
        refresh();
    });
    connect(m_resolveButton, &QPushButton::clicked, this, &ResolvePanel::resolve);
    connect(m_store, &Store::Store::casesChanged, this, [this](const QSet<qint64> &caseIds) {
        if (m_caseId != 0 && caseIds.contains(m_caseId)) {
            refresh();
        }
    });
    refresh();
}

void ResolvePanel::showCase(qint64 caseId)
{
    m_caseId = caseId;
    refresh();
}

void ResolvePanel::refresh()
{
    m_titleLabel->setText(tr("Resolution and rating"));
    m_askCheck->setText(tr("Ask for a rating"));
    m_resolveButton->setText(tr("Mark &resolved..."));
    const auto summary = m_caseId != 0 ? m_store->caseById(m_caseId) : std::nullopt;
    setVisible(summary.has_value());
    if (!summary) {
        return;
    }
    Store::CaseWork work(*m_store);
    const Store::RatingPlan plan = work.ratingPlan(m_caseId, Core::nowMs());
    QStringList lines;
    if (plan.resolvedAtMs > 0) {
        lines << tr("Resolved %1 by %2.").arg(fullTimeText(plan.resolvedAtMs), plan.resolvedBy);
    }
    const auto rating = work.rating(m_caseId);
    if (rating) {
        const auto level = Core::RatingScale::threeLevel().level(rating->level);
        lines << tr("The citizen rated: %1").arg(level ? level->label : rating->level);
    } else if (plan.hold == Store::RatingHold::AlreadyAsked) {
        lines << tr("The rating question was sent; the citizen has not answered yet.");
    } else if (plan.hold == Store::RatingHold::None) {
        lines << tr("The rating question will be sent when the case is marked resolved.");
    } else {
        lines << Store::ratingHoldText(plan.hold);
    }
    if (plan.withheld && !plan.withheldBy.isEmpty()) {
        lines << tr("Withheld by %1.").arg(plan.withheldBy);
    }
    m_planLabel->setText(lines.join(u'\n'));
    fitPlanLabel();
    const bool closed = summary->status == Core::CaseStatus::Closed;
    m_updating = true;
    m_askCheck->setChecked(!plan.withheld);
    m_updating = false;
    m_askCheck->setEnabled(!closed && plan.hold != Store::RatingHold::AlreadyAsked);
    m_resolveButton->setEnabled(!closed);
}

QString ResolvePanel::resolveCase(Store::Store *store, qint64 caseId, const QString &actor,
    QWidget *parent, const Confirm &confirm)
{
    Store::CaseWork work(*store);
    const auto summary = store->caseById(caseId);
    const QString title = tr("Mark resolved");
    const Store::ResolveRefusal refusal = work.resolveRefusal(caseId);
    if (!summary || refusal != Store::ResolveRefusal::None) {
        warnPlain(parent, title, Store::resolveRefusalText(refusal));
        return QString();
    }
    const QString citizen
        = summary->citizenName.isEmpty() ? summary->citizenId : summary->citizenName;
    const Store::RatingPlan plan = work.ratingPlan(caseId, Core::nowMs());
    QString text = tr("Mark %1 (%2) as resolved?").arg(summary->code, citizen) + u"\n\n";
    if (plan.hold == Store::RatingHold::None) {
        text += tr("The citizen will be asked to rate the answer:\n\"%1\"\nThe case closes when "
                   "they answer.")
                    .arg(Store::CaseAutomation::ratingQuestion(Core::RatingScale::threeLevel()));
    } else {
        text += Store::ratingHoldText(plan.hold) + u'\n' + tr("The case closes now.");
    }
    const bool yes = confirm ? confirm(title, text) : [&] {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
        box.setTextFormat(Qt::PlainText);
        QPushButton *resolve = box.addButton(tr("&Resolve"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(tr("&Go back"), QMessageBox::RejectRole));
        box.exec();
        return box.clickedButton() == resolve;
    }();
    if (!yes) {
        return QString();
    }
    const Store::Resolution resolution = work.resolve(caseId, true, actor, Core::nowMs());
    if (!resolution.ok()) {
        QString why = Store::resolveRefusalText(resolution.refusal);
        if (resolution.refusal == Store::ResolveRefusal::Failed) {
            why += u'\n' + store->lastError();
        }
        warnPlain(parent, title, why);
        return QString();
    }
    return resolution.ratingQueued
        ? tr("%1 resolved: the rating question is queued for %2.").arg(summary->code, citizen)
        : tr("%1 resolved and closed, without the rating question.").arg(summary->code);
}

void ResolvePanel::resolve()
{
    const QString done = resolveCase(m_store, m_caseId, m_actor, this);
    if (!done.isEmpty()) {
        CaseActions::confirmInStatusBar(this, done);
        emit confirmed(done);
    }
    refresh();
}

void ResolvePanel::fitPlanLabel()
{
    // The side panel sits in a splitter, which does not ask a wrapped label for its height at
    // the width it gets: without a minimum the lines overlap the checkbox below.
    m_planLabel->setMinimumHeight(m_planLabel->heightForWidth(m_planLabel->width()));
}

void ResolvePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitPlanLabel();
}

void ResolvePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace Desk::Gui
