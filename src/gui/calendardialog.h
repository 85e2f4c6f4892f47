// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/caseclock.h"
#include "core/workingcalendar.h"

#include <QDialog>
#include <QMap>
#include <QScopedPointer>
#include <memory>

namespace Ui {
class CalendarDialog;
}

namespace Desk::Store {
class Clocks;
class Store;
} // namespace Desk::Store

namespace Desk::Gui {

class BusinessHoursEditor;

/**
 * Administration -> Calendar and deadlines: the yearly overrides from the Prime Minister's
 * notice (Tết placement, the day next to 2/9, extra days off, compensatory days, make-up
 * working Saturdays) with the resulting days-off list of the year, the clock policy per
 * case kind and step, and the working hours per unit. Saving writes the profile's
 * calendar.json, the clock_policies table and business-hours.json, then re-computes the open
 * cases' deadlines.
 */
class CalendarDialog : public QDialog
{
    Q_OBJECT
public:
    enum OverrideKind { ExtraDayOff, CompensatoryDayOff, MakeUpWorkingDay };

    explicit CalendarDialog(Store::Store *store, QWidget *parent = nullptr);
    ~CalendarDialog() override;

    void setYear(int year);
    int year() const;
    /** Adds a row to the current year's overrides (the Add button adds today's date). */
    void addOverride(const QDate &date, OverrideKind kind, const QString &name);
    /** Replaces the calendar being edited by a JSON file's years; false with a reason. */
    bool importJson(const QString &path, QString *error);
    /** The calendar as edited so far (all years). */
    Core::WorkingCalendar editedCalendar();
    Core::ClockPolicy editedPolicy() const;
    /** The "Working hours" tab. */
    BusinessHoursEditor *hoursEditor() const { return m_hoursEditor; }
    /** Writes calendar and policy; false (and a message box unless quiet) on failure. */
    bool save(QString *error = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void storeYear();
    void loadYear();
    void updateDaysOff();
    void fillPolicy(const Core::ClockPolicy &policy);
    void addPolicyRow(const QString &kind, Core::ClockStep step, int workingDays);
    void onImport();

    const QScopedPointer<Ui::CalendarDialog> m_ui;
    std::unique_ptr<Store::Clocks> m_clocks;
    BusinessHoursEditor *m_hoursEditor;
    Core::WorkingCalendar m_calendar;
    int m_year = 0;
    bool m_loading = false;
};

/** "All kinds (default)" for "*", else the kind's name. */
QString clockKindText(const QString &kindKey);

} // namespace Desk::Gui
