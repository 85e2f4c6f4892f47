// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar and deadlines dialog, offscreen, over a real SQLite store and calendar.json:
// the year's days-off list, overrides of each kind saved and read back, the clock policy table,
// JSON import, and a picture of the dialog for a human to look at.
#include "core/businesshours.h"
#include "core/caseclock.h"
#include "gui/businesshourseditor.h"
#include "gui/calendardialog.h"
#include "store/clocks.h"
#include "store/store.h"
#include "support/testmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QtTest>

using namespace Desk;

class TestCalendarDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void daysOffOfTheYear();
    void overrideKindsAreSaved_data();
    void overrideKindsAreSaved();
    void policyTableIsSaved();
    void importJson();
    void businessHoursAreSaved();
    void businessHoursMistakeSavesNothing();
    void businessHoursJson();
    void renderToPng();

private:
    QStringList daysOffDates(Gui::CalendarDialog &dialog) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
};

void TestCalendarDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store::Store>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("advisory-desk.sqlite"))));
}

QStringList TestCalendarDialog::daysOffDates(Gui::CalendarDialog &dialog) const
{
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("daysOffTable"));
    QStringList dates;
    for (int row = 0; table && row < table->rowCount(); ++row) {
        dates << table->item(row, 0)->text();
    }
    return dates;
}

void TestCalendarDialog::daysOffOfTheYear()
{
    Gui::CalendarDialog dialog(m_store.get());
    dialog.setYear(2026);
    QCOMPARE(dialog.year(), 2026);
    const QStringList dates = daysOffDates(dialog);
    // Exactly the calendar's own list: Tết 16-20/2, Giỗ Tổ on Sunday 26/4 with nghỉ bù 27/4, ...
    QStringList expected;
    for (const Core::DayOff &day : Core::WorkingCalendar().daysOff(2026)) {
        expected << day.date.toString(QStringLiteral("dd/MM/yyyy"));
    }
    QCOMPARE(dates, expected);
    for (const char *date : {"16/02/2026", "20/02/2026", "27/04/2026", "01/09/2026"}) {
        QVERIFY2(dates.contains(QLatin1String(date)), date);
    }
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("daysOffLabel"));
    QVERIFY(label->text().contains(QString::number(expected.size())));

    // The other adjacent day to 2/9 moves a day off from 1/9 to 3/9 at once.
    dialog.findChild<QComboBox *>(QStringLiteral("nationalDayComboBox"))->setCurrentIndex(1);
    QVERIFY(daysOffDates(dialog).contains(QStringLiteral("03/09/2026")));
    QVERIFY(!daysOffDates(dialog).contains(QStringLiteral("01/09/2026")));
}

void TestCalendarDialog::overrideKindsAreSaved_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("workingAfter");
    QTest::addColumn<bool>("listedAsDayOff");
    QTest::addRow("extra day off")
        << int(Gui::CalendarDialog::ExtraDayOff) << QDate(2026, 12, 31) << false << true;
    QTest::addRow("compensatory") << int(Gui::CalendarDialog::CompensatoryDayOff)
                                  << QDate(2026, 12, 30) << false << true;
    QTest::addRow("make-up Saturday")
        << int(Gui::CalendarDialog::MakeUpWorkingDay) << QDate(2026, 12, 26) << true << false;
}

void TestCalendarDialog::overrideKindsAreSaved()
{
    QFETCH(int, kind);
    QFETCH(QDate, date);
    QFETCH(bool, workingAfter);
    QFETCH(bool, listedAsDayOff);
    {
        Gui::CalendarDialog dialog(m_store.get());
        dialog.setYear(2026);
        QCOMPARE(daysOffDates(dialog).contains(date.toString(QStringLiteral("dd/MM/yyyy"))), false);
        dialog.addOverride(
            date, Gui::CalendarDialog::OverrideKind(kind), QStringLiteral("Theo thông báo"));
        QCOMPARE(daysOffDates(dialog).contains(date.toString(QStringLiteral("dd/MM/yyyy"))),
            listedAsDayOff || workingAfter);
        QString error;
        QVERIFY2(dialog.save(&error), qPrintable(error));
    }
    Store::Clocks clocks(*m_store);
    QVERIFY(QFile::exists(clocks.calendarPath()));
    QCOMPARE(clocks.calendar().isWorkingDay(date), workingAfter);
    // A new dialog shows the saved row again.
    Gui::CalendarDialog again(m_store.get());
    again.setYear(2026);
    QCOMPARE(again.findChild<QTableWidget *>(QStringLiteral("overridesTable"))->rowCount(), 1);
    QCOMPARE(again.editedCalendar().isWorkingDay(date), workingAfter);
}

void TestCalendarDialog::policyTableIsSaved()
{
    Gui::CalendarDialog dialog(m_store.get());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("policyTable"));
    QCOMPARE(table->rowCount(), int(Core::ClockPolicy::defaults().rows().size()));
    bool changed = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto *kind = qobject_cast<QComboBox *>(table->cellWidget(row, 0));
        auto *step = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
        if (kind->currentData().toString() == QLatin1String("*")
            && step->currentData().toString() == QLatin1String("final_answer")) {
            qobject_cast<QSpinBox *>(table->cellWidget(row, 2))->setValue(20);
            changed = true;
        }
    }
    QVERIFY(changed);
    QVERIFY(dialog.save());
    Store::Clocks clocks(*m_store);
    QCOMPARE(
        clocks.policy().workingDays(QStringLiteral("question"), Core::ClockStep::FinalAnswer), 20);
    QCOMPARE(
        clocks.policy().workingDays(QStringLiteral("complaint"), Core::ClockStep::FinalAnswer), 2);
}

void TestCalendarDialog::importJson()
{
    const QString path = m_dir->filePath(QStringLiteral("notice-2027.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"2027": {"tetDaysBefore": 2,
        "daysOff": [{"date": "2027-02-10", "name": "Nghỉ hoán đổi", "kind": "holiday"}],
        "workingDays": [{"date": "2027-02-20", "name": "Làm bù"}]}})");
    file.close();
    Gui::CalendarDialog dialog(m_store.get());
    QString error;
    QVERIFY2(dialog.importJson(path, &error), qPrintable(error));
    dialog.setYear(2027);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("tetSpinBox"))->value(), 2);
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("overridesTable"))->rowCount(), 2);
    QVERIFY(daysOffDates(dialog).contains(QStringLiteral("10/02/2027")));
    QVERIFY(dialog.editedCalendar().isWorkingDay(QDate(2027, 2, 20)));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"2027\": {\"daysOff\": [{\"name\": \"no date\"}]}}");
    file.close();
    QVERIFY(!dialog.importJson(path, &error));
    QVERIFY(!error.isEmpty());
}

void TestCalendarDialog::businessHoursAreSaved()
{
    const QTime t1300(13, 0);
    const QTime t1700(17, 0);
    {
        Gui::CalendarDialog dialog(m_store.get());
        Gui::BusinessHoursEditor *editor = dialog.hoursEditor();
        QVERIFY(editor);
        QCOMPARE(dialog.findChild<QTabWidget *>(QStringLiteral("tabWidget"))->count(), 3);
        editor->setUnits({{QStringLiteral("SO_TP"), QStringLiteral("Sở Tư pháp")}});
        // The desk: Monday afternoon from 13:00; Friday afternoon closed.
        editor->setSession(1, true, true, t1300, t1700);
        editor->setSession(5, true, false, t1300, t1700);
        // Sở Tư pháp keeps its own hours: the desk's week plus Saturday morning.
        QVERIFY(editor->setCurrentUnit(QStringLiteral("SO_TP")));
        QCOMPARE(editor->currentUnit(), QStringLiteral("SO_TP"));
        auto *own = editor->findChild<QCheckBox *>(QStringLiteral("ownHoursCheckBox"));
        QVERIFY(!own->isChecked()); // no hours of its own yet
        own->setChecked(true);
        editor->setSession(6, false, true, QTime(7, 30), QTime(11, 30));
        QString error;
        QVERIFY2(dialog.save(&error), qPrintable(error));
    }
    Store::Clocks clocks(*m_store);
    QVERIFY(QFile::exists(clocks.businessHoursPath()));
    const Core::BusinessHours hours = clocks.businessHours();
    const Core::WeekHours desk = hours.week();
    QCOMPARE(desk.day(1).size(), 2);
    QCOMPARE(desk.day(1).at(1).startMinute, 13 * 60);
    QCOMPARE(desk.day(5).size(), 1); // Friday morning only
    QVERIFY(desk.day(6).isEmpty());
    QCOMPARE(hours.units(), QStringList {QStringLiteral("SO_TP")});
    const Core::WeekHours unit = hours.week(QStringLiteral("SO_TP"));
    QCOMPARE(unit.day(6).size(), 1);
    QCOMPARE(unit.day(6).first().startMinute, 7 * 60 + 30);
    QCOMPARE(unit.day(1), desk.day(1));
    // Reports count with them: Monday 12:00-18:00 holds 4 working hours now (13:00-17:00).
    const qint64 monday
        = QDateTime(QDate(2026, 11, 2), QTime(12, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
    QCOMPARE(Core::workingMillisBetween(clocks.calendar(), hours, monday, monday + 6 * 3600000),
        qint64(4 * 3600000));
    // The CLI reads the same file.
    Core::BusinessHours file;
    QVERIFY(file.loadFile(m_dir->filePath(QStringLiteral("business-hours.json"))));
    QCOMPARE(file.week(), desk);
    // A new dialog shows the saved week.
    Gui::CalendarDialog again(m_store.get());
    Core::BusinessHours shown;
    QVERIFY(again.hoursEditor()->editedHours(&shown));
    QCOMPARE(shown.week(), desk);
    QCOMPARE(shown.week(QStringLiteral("SO_TP")), unit);
}

void TestCalendarDialog::businessHoursMistakeSavesNothing()
{
    Gui::CalendarDialog dialog(m_store.get());
    dialog.hoursEditor()->setSession(2, false, true, QTime(11, 0), QTime(10, 0));
    QString error;
    QVERIFY(!dialog.save(&error));
    QVERIFY(!error.isEmpty());
    Store::Clocks clocks(*m_store);
    QVERIFY(!QFile::exists(clocks.businessHoursPath()));
    QVERIFY(!QFile::exists(clocks.calendarPath())); // nothing half saved
    // A morning running into the afternoon is refused too.
    dialog.hoursEditor()->setSession(2, false, true, QTime(7, 0), QTime(14, 0));
    QVERIFY(!dialog.save(&error));
    QVERIFY(!dialog.hoursEditor()->setCurrentUnit(QStringLiteral("SO_TP"))); // stays to fix it
    QCOMPARE(dialog.hoursEditor()->currentUnit(), QString());
    dialog.hoursEditor()->setSession(2, false, true, QTime(7, 0), QTime(11, 0));
    QVERIFY2(dialog.save(&error), qPrintable(error));
}

void TestCalendarDialog::businessHoursJson()
{
    const QString path = m_dir->filePath(QStringLiteral("hours-in.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"default": {"mon": [["07:30","11:30"],["13:30","17:00"]],
        "tue": [["07:30","11:30"]]},
        "units": {"UBND_32002": {"sat": [["08:00","11:00"]]}}})");
    file.close();
    Gui::CalendarDialog dialog(m_store.get());
    Gui::BusinessHoursEditor *editor = dialog.hoursEditor();
    QString error;
    QVERIFY2(editor->importJson(path, &error), qPrintable(error));
    Core::BusinessHours imported;
    QVERIFY(editor->editedHours(&imported));
    QCOMPARE(imported.week().day(1).first().startMinute, 7 * 60 + 30);
    QCOMPARE(imported.week().day(2).size(), 1);
    QVERIFY(imported.week().day(3).isEmpty());
    QCOMPARE(imported.units(), QStringList {QStringLiteral("UBND_32002")});
    // The unit is offered in the box even without a directory row.
    auto *units = editor->findChild<QComboBox *>(QStringLiteral("unitComboBox"));
    QVERIFY(units->findData(QStringLiteral("UBND_32002")) > 0);
    // Export writes what the editor holds; it reads back the same.
    const QString out = m_dir->filePath(QStringLiteral("hours-out.json"));
    QVERIFY2(editor->exportJson(out, &error), qPrintable(error));
    Core::BusinessHours again;
    QVERIFY(again.loadFile(out));
    QCOMPARE(again.week(), imported.week());
    QCOMPARE(again.week(QStringLiteral("UBND_32002")), imported.week(QStringLiteral("UBND_32002")));
    // A malformed file changes nothing.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"default": {"mon": [["11:00","10:00"]]}})");
    file.close();
    QVERIFY(!editor->importJson(path, &error));
    Core::BusinessHours unchanged;
    QVERIFY(editor->editedHours(&unchanged));
    QCOMPARE(unchanged.week(), imported.week());
}

void TestCalendarDialog::renderToPng()
{
    Gui::CalendarDialog dialog(m_store.get());
    dialog.setYear(2026);
    dialog.addOverride(QDate(2026, 2, 14), Gui::CalendarDialog::MakeUpWorkingDay,
        QStringLiteral("Làm bù cho ngày 16/02"));
    dialog.addOverride(QDate(2026, 2, 23), Gui::CalendarDialog::ExtraDayOff,
        QStringLiteral("Nghỉ hoán đổi sau Tết"));
    dialog.resize(1000, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString path
        = QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR)).filePath(QStringLiteral("calendardialog.png"));
    QVERIFY(dialog.grab().save(path));
    QVERIFY(QFileInfo(path).size() > 10000);
    dialog.findChild<QTabWidget *>(QStringLiteral("tabWidget"))->setCurrentIndex(1);
    const QString policyPath = QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR))
                                   .filePath(QStringLiteral("calendardialog-policy.png"));
    QVERIFY(dialog.grab().save(policyPath));
    dialog.findChild<QTabWidget *>(QStringLiteral("tabWidget"))->setCurrentIndex(2);
    const QString hoursPath = QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR))
                                  .filePath(QStringLiteral("calendardialog-hours.png"));
    QVERIFY(dialog.grab().save(hoursPath));
}

DESK_TEST_MAIN(TestCalendarDialog)
#include "tst_calendardialog.moc"
