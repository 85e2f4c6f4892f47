// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/routingsuggester.h"
#include "core/workingcalendar.h"

#include <QDate>
#include <QDialog>
#include <QScopedPointer>
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
 * policy's agency-answer working days from today. OK writes the transfer (a new hop when the
 * case already waits for another agency) through Store::CaseWork.
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
    qint64 dueAtMs() const;

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
};

} // namespace Desk::Gui
