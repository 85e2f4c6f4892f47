// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/businesshours.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Desk::Gui {

/**
 * The "Working hours" tab of Administration -> Calendar and deadlines: a morning and an
 * afternoon session per weekday, for the desk (the default week) and for each unit (agency
 * code) that keeps other hours. Reports count working hours with them; the legal deadlines
 * are whole working days and do not change. Saved as the profile's business-hours.json (the
 * file the CLI's report reads); importable and exportable as that JSON.
 *
 * The editor holds at most two sessions a day. A day read from a file with more ranges keeps
 * its first and last: the editor says so under the table.
 */
class BusinessHoursEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        DayColumn,
        MorningColumn,
        MorningFromColumn,
        MorningToColumn,
        AfternoonColumn,
        AfternoonFromColumn,
        AfternoonToColumn,
        ColumnCount
    };

    explicit BusinessHoursEditor(QWidget *parent = nullptr);
    ~BusinessHoursEditor() override;

    /** The units staff may give their own hours: agency code -> name. */
    void setUnits(const QHash<QString, QString> &names);
    void setHours(const Core::BusinessHours &hours);
    /** The hours as edited; false with the reason in @p error when a session ends before it
     *  starts or the afternoon starts before the morning ends. */
    bool editedHours(Core::BusinessHours *hours, QString *error = nullptr);

    /** Keeps the shown week and shows @p unit's ("" = the desk); false (the reason shown
     *  under the table) when the shown week has a mistake. */
    bool setCurrentUnit(const QString &unit);
    QString currentUnit() const;
    /** One session of the shown week (for tests and the table's cells). */
    void setSession(int isoWeekday, bool afternoon, bool open, const QTime &from, const QTime &to);

    bool importJson(const QString &path, QString *error);
    bool exportJson(const QString &path, QString *error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillUnits();
    void showUnit(const QString &unit);
    void showWeek(const Core::WeekHours &week);
    /** The table's week, or an error text. */
    bool tableWeek(Core::WeekHours *week, QString *error) const;
    bool storeShownWeek(QString *error);
    void updateEnabled();
    void onImport();
    void onExport();

    QHash<QString, QString> m_unitNames;
    Core::BusinessHours m_hours;
    QString m_unit; // the unit shown in the table
    bool m_loading = false;
    QLabel *m_hint;
    QComboBox *m_unitBox;
    QCheckBox *m_ownHoursBox;
    QTableWidget *m_table;
    QLabel *m_note;
    QPushButton *m_standardButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
};

} // namespace Desk::Gui
