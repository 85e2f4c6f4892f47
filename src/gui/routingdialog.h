// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/routingsuggester.h"
#include "core/workingcalendar.h"

#include <QDate>
#include <QDialog>
#include <QScopedPointer>
#include <functional>
#include <optional>

namespace Ui {
class RoutingDialog;
}

namespace Desk::Store {
class Store;
}

namespace Desk::Gui {

/**
 * Case -> Route to an agency ("Chuyển xử lý"): the case's classification, the agency the
 * routing rules suggest and why, a searchable list of every agency (communes' People's
 * Committees included), a note for the agency and the answer's due date, by default the clock
 * policy's agency-answer working days from today. Route stays disabled until an agency is
 * chosen (the suggestion is preselected with its reason beside it); pressing it shows a
 * summary to confirm, then writes the transfer (a new hop when the case already waits for
 * another agency) through Store::CaseWork. The routing can be recalled for a few minutes.
 */
class RoutingDialog : public QDialog
{
    Q_OBJECT
public:
    RoutingDialog(Store::Store *store, qint64 caseId, QWidget *parent = nullptr);
    ~RoutingDialog() override;

    void setActor(const QString &actor) { m_actor = actor; }
    /** "Now" for the default due date and the transfer's time (tests); resets the due date. */
    void setNow(qint64 nowMs);

    Core::RoutingSuggestion suggestion() const { return m_suggestion; }
    QString selectedAgency() const;
    /** Selects the agency (false when the list has no such code). */
    bool selectAgency(const QString &code);
    /** Agency codes the search box leaves visible, in list order. */
    QStringList visibleAgencies() const;

    /** The policy's working days for the agency's answer (0: the policy sets none). */
    int defaultWorkingDays() const { return m_defaultDays; }
    /** nullopt when no due date is set. */
    std::optional<QDate> dueDate() const;
    void setDueDate(const QDate &date);
    /** Working days from today to the due date, counted like the legal deadlines. */
    int dueWorkingDays() const;

    /** What the confirmation shows: case, citizen, agency, note, due date, what the citizen
     *  is told (plain text, one item a line). */
    QString summaryText() const;
    /** Asks the person to confirm (title, summary); the default is a question box. Tests
     *  answer it themselves. */
    using Confirm = std::function<bool(const QString &title, const QString &summary)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    /** True when the Route button can be pressed (an agency is chosen). */
    bool canRoute() const;

    /** Writes the transfer; false (lastError() says why) when nothing was written. */
    bool route();
    qint64 transferId() const { return m_transferId; }
    QString lastError() const { return m_lastError; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadCase();
    void fillAgencies();
    void filterAgencies(const QString &text);
    void resetDueDate();
    void updateTexts();
    void updateDueLabel();
    void updateChoice();
    qint64 dueAtMs() const;
    QString agencyName(const QString &code) const;

    const QScopedPointer<Ui::RoutingDialog> m_ui;
    Store::Store *m_store;
    qint64 m_caseId;
    std::optional<Core::CaseSummary> m_case;
    Core::RoutingSuggestion m_suggestion;
    Core::WorkingCalendar m_calendar;
    int m_defaultDays = 0;
    qint64 m_nowMs = 0;
    QString m_actor;
    qint64 m_transferId = 0;
    QString m_lastError;
    Confirm m_confirm;
};

} // namespace Desk::Gui
