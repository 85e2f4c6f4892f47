// SPDX-License-Identifier: GPL-3.0-or-later
// The directory dialog offscreen over a real seeded SQLite store.
#include "app/translations.h"
#include "core/textfold.h"
#include "gui/directorydialog.h"
#include "gui/directoryimportreport.h"
#include "gui/directorymodel.h"
#include "gui/directoryrecorddialog.h"
#include "store/directory.h"
#include "store/store.h"
#include "support/testmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Desk;
using Core::DirectoryTable;

Q_DECLARE_METATYPE(Desk::Core::DirectoryTable)

class TestDirectoryDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tabsFilled_data();
    void tabsFilled();
    void unverifiedRowsMarked();
    void filterNarrowsEveryTab();
    void importShowsReport();
    void importRefusedFileShowsReason();
    void exportWritesFile();
    void recordDialogCollectsValues();
    void namesNeverCodes_data();
    void namesNeverCodes();
    void referenceListShowsNames();
    void screenshot();
    void vietnameseScreenshot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
    std::unique_ptr<Store::Directory> m_directory;
};

void TestDirectoryDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store::Store>();
    QString error;
    QVERIFY2(
        m_store->open(m_dir->filePath(QStringLiteral("desk.sqlite")), &error), qPrintable(error));
    m_directory = std::make_unique<Store::Directory>(*m_store);
    QVERIFY(m_directory->seedDefaults());
}

void TestDirectoryDialog::cleanup()
{
    m_directory.reset();
    m_store.reset();
    m_dir.reset();
}

void TestDirectoryDialog::namesNeverCodes_data()
{
    QTest::addColumn<DirectoryTable>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("code"); // kept in the tooltip / UserRole for references
    QTest::addRow("agency kind nganh_doc") << DirectoryTable::Agencies << "CA_XA"
                                           << "kind"
                                           << "Cơ quan ngành dọc"
                                           << "";
    QTest::addRow("agency kind so") << DirectoryTable::Agencies << "SO_TP"
                                    << "kind"
                                    << "Sở"
                                    << "";
    QTest::addRow("parent agency") << DirectoryTable::Agencies << "CA_XA"
                                   << "parent_code"
                                   << "Công an tỉnh Cà Mau"
                                   << "CA_TINH";
    QTest::addRow("area's provincial agency") << DirectoryTable::Areas << "ho_tich"
                                              << "provincial_agency"
                                              << "Sở Tư pháp tỉnh Cà Mau"
                                              << "SO_TP";
    QTest::addRow("procedure's area") << DirectoryTable::Procedures << "1.001193"
                                      << "area_code"
                                      << "Hộ tịch"
                                      << "ho_tich";
    QTest::addRow("procedure's agency") << DirectoryTable::Procedures << "1.001193"
                                        << "agency_code"
                                        << "Ủy ban nhân dân xã/phường"
                                        << "UBND_XA";
}

void TestDirectoryDialog::namesNeverCodes()
{
    QFETCH(DirectoryTable, table);
    QFETCH(QString, key);
    QFETCH(QString, column);
    QFETCH(QString, shown);
    QFETCH(QString, code);
    QVERIFY(installTranslations(QStringLiteral("vi")));
    const auto english = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
    Gui::DirectoryDialog dialog(m_directory.get());
    Gui::DirectoryModel *model = dialog.model(table);
    const int row = model->rowOf(key);
    QVERIFY(row >= 0);
    const QModelIndex index = model->index(row, model->viewColumn(column));
    const QString text = index.data().toString();
    QVERIFY2(text.startsWith(shown), qPrintable(text));
    if (!code.isEmpty()) {
        QCOMPARE(index.data(Qt::UserRole).toString(), code); // the stored value is the code
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(code));
        QVERIFY(!text.contains(code));
        // The filter finds a row by the name it shows (accents optional).
        model->setFilter(Core::foldForSearch(shown));
        QVERIFY(model->rowOf(key) >= 0);
    }
}

/** The record dialog's reference lists read "Sở Tư pháp tỉnh Cà Mau (SO_TP)" and give the code. */
void TestDirectoryDialog::referenceListShowsNames()
{
    Gui::DirectoryDialog dialog(m_directory.get());
    dialog.setCurrentTable(DirectoryTable::Areas);
    const int row = dialog.model(DirectoryTable::Areas)->rowOf(QStringLiteral("ho_tich"));
    Gui::DirectoryRecordDialog editor(DirectoryTable::Areas,
        dialog.model(DirectoryTable::Areas)->record(row), m_directory->knownKeys(), nullptr,
        {{DirectoryTable::Agencies, dialog.model(DirectoryTable::Agencies)->names()}});
    auto *agency = qobject_cast<QComboBox *>(editor.editor(QStringLiteral("provincial_agency")));
    QVERIFY(agency);
    QCOMPARE(agency->currentText(), QStringLiteral("Sở Tư pháp tỉnh Cà Mau (SO_TP)"));
    const int justice
        = Core::tableSpec(DirectoryTable::Areas).indexOf(QStringLiteral("provincial_agency"));
    QCOMPARE(editor.record().value(justice), QStringLiteral("SO_TP"));
    agency->setEditText(QStringLiteral("SO_MOI")); // a code typed before its row exists
    QCOMPARE(editor.record().value(justice), QStringLiteral("SO_MOI"));
}

void TestDirectoryDialog::tabsFilled_data()
{
    QTest::addColumn<DirectoryTable>("table");
    for (DirectoryTable table : Gui::DirectoryDialog::shownTables()) {
        QTest::addRow("%s", qPrintable(Core::tableSpec(table).sqlName)) << table;
    }
}

void TestDirectoryDialog::tabsFilled()
{
    QFETCH(DirectoryTable, table);
    Gui::DirectoryDialog dialog(m_directory.get());
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 6);
    dialog.setCurrentTable(table);
    QCOMPARE(dialog.currentTable(), table);
    QCOMPARE(tabs->currentWidget(), dialog.view(table));
    const int rows = m_directory->count(table);
    QVERIFY(rows > 0);
    QCOMPARE(dialog.model(table)->rowCount(), rows);
    QVERIFY(!tabs->tabText(tabs->currentIndex()).isEmpty());
}

void TestDirectoryDialog::unverifiedRowsMarked()
{
    Gui::DirectoryDialog dialog(m_directory.get());
    Gui::DirectoryModel *agencies = dialog.model(DirectoryTable::Agencies);
    QCOMPARE(agencies->viewColumn(QStringLiteral("verified")), 0);
    const int bhxh = agencies->rowOf(QStringLiteral("BHXH_TINH"));
    const int justice = agencies->rowOf(QStringLiteral("SO_TP"));
    QVERIFY(bhxh >= 0 && justice >= 0);
    const QModelIndex unverified = agencies->index(bhxh, 0);
    QCOMPARE(
        agencies->data(unverified, Qt::BackgroundRole).value<QColor>(), Gui::unverifiedColor());
    QCOMPARE(agencies->data(unverified).toString(), QStringLiteral("Not verified"));
    QVERIFY(!agencies->data(unverified, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!agencies->data(agencies->index(justice, 0), Qt::BackgroundRole).isValid());
    // Routing rules have no verified column: a note saying "chưa xác minh" is amber instead.
    Gui::DirectoryModel *rules = dialog.model(DirectoryTable::RoutingRules);
    QCOMPARE(rules->viewColumn(QStringLiteral("verified")), -1);
    const int note = rules->viewColumn(QStringLiteral("note"));
    int amber = 0;
    for (int row = 0; row < rules->rowCount(); ++row) {
        const QModelIndex index = rules->index(row, note);
        const bool unverified = index.data(Qt::UserRole)
                                    .toString()
                                    .contains(QStringLiteral("chưa xác minh"), Qt::CaseInsensitive);
        QCOMPARE(index.data(Qt::BackgroundRole).isValid(), unverified);
        amber += unverified ? 1 : 0;
    }
    QVERIFY(amber > 0 && amber < rules->rowCount());
}

void TestDirectoryDialog::filterNarrowsEveryTab()
{
    Gui::DirectoryDialog dialog(m_directory.get());
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    Gui::DirectoryModel *agencies = dialog.model(DirectoryTable::Agencies);
    Gui::DirectoryModel *communes = dialog.model(DirectoryTable::Localities);
    const int allAgencies = agencies->rowCount();
    filter->setText(QStringLiteral("an xuyen")); // typed without accents
    QCOMPARE(agencies->rowCount(), 1);
    QCOMPARE(agencies->key(0), QStringLiteral("UBND_32002"));
    QCOMPARE(communes->rowCount(), 1);
    QCOMPARE(communes->key(0), QStringLiteral("32002"));
    QCOMPARE(agencies->totalCount(), allAgencies);
    filter->clear();
    QCOMPARE(agencies->rowCount(), allAgencies);
}

void TestDirectoryDialog::importShowsReport()
{
    Gui::DirectoryDialog dialog(m_directory.get());
    dialog.show();
    dialog.setCurrentTable(DirectoryTable::Agencies);
    const int before = dialog.model(DirectoryTable::Agencies)->rowCount();
    const QByteArray csv = QStringLiteral("code,name,kind,parent_code\n"
                                          "SO_MOI,Sở Thử nghiệm tỉnh Cà Mau,so,UBND_TINH\n"
                                          "SO_LOI,,so,UBND_TINH\n"
                                          "SO_LOI2,Sở lỗi,so,KHONG_CO\n"
                                          "SO_MOI,Trùng,so,\n")
                               .toUtf8();
    Gui::DirectoryImportReportDialog *report
        = dialog.importBytes(DirectoryTable::Agencies, csv, QStringLiteral("so-moi.csv"));
    QVERIFY(report);
    QTRY_VERIFY(report->isVisible());
    QVERIFY2(report->summary().contains(QStringLiteral("1 added")), qPrintable(report->summary()));
    QTableWidget *table = report->rejectedTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("4"));
    QVERIFY(table->item(1, 2)->text().contains(QStringLiteral("KHONG_CO")));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("5"));
    QCOMPARE(dialog.model(DirectoryTable::Agencies)->rowCount(), before + 1);
    QVERIFY(dialog.model(DirectoryTable::Agencies)->rowOf(QStringLiteral("SO_MOI")) >= 0);
    const QString dir = QStringLiteral(DESK_TEST_OUTPUT_DIR);
    QVERIFY(report->grab().save(dir + QStringLiteral("/directory-import-report.png")));
    report->close();
}

void TestDirectoryDialog::importRefusedFileShowsReason()
{
    Gui::DirectoryDialog dialog(m_directory.get());
    const int before = m_directory->count(DirectoryTable::Procedures);
    Gui::DirectoryImportReportDialog *report = dialog.importBytes(DirectoryTable::Procedures,
        QByteArray("code,level\n1.1,commune\n"), QStringLiteral("x.csv"));
    QVERIFY(report->summary().contains(QStringLiteral("name")));
    QVERIFY(report->rejectedTable()->isHidden());
    QCOMPARE(m_directory->count(DirectoryTable::Procedures), before);
}

void TestDirectoryDialog::exportWritesFile()
{
    Gui::DirectoryDialog dialog(m_directory.get());
    const QString path = m_dir->filePath(QStringLiteral("templates.csv"));
    QVERIFY(dialog.exportTo(DirectoryTable::ReplyTemplates, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_directory->exportCsv(DirectoryTable::ReplyTemplates));
}

void TestDirectoryDialog::recordDialogCollectsValues()
{
    const auto procedure = m_directory->procedure(QStringLiteral("1.001193"));
    QVERIFY(procedure);
    Gui::DirectoryRecordDialog editor(
        DirectoryTable::Procedures, Core::toRecord(*procedure), m_directory->knownKeys());
    QCOMPARE(editor.record(), Core::toRecord(*procedure));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.grab().save(
        QStringLiteral(DESK_TEST_OUTPUT_DIR) + QStringLiteral("/directory-record-editor.png")));
    auto *code = qobject_cast<QLineEdit *>(editor.editor(QStringLiteral("code")));
    QVERIFY(code && code->isReadOnly());
    auto *level = qobject_cast<QComboBox *>(editor.editor(QStringLiteral("level")));
    QVERIFY(level);
    level->setCurrentIndex(level->findData(QStringLiteral("province")));
    auto *online = qobject_cast<QComboBox *>(editor.editor(QStringLiteral("online_level")));
    QVERIFY(online);
    QCOMPARE(online->currentText(), QStringLiteral("Full"));
    QCOMPARE(online->count(), 3); // 0 / 3 / 4, no empty entry
    online->setCurrentIndex(online->findData(QStringLiteral("3")));
    auto *verified = qobject_cast<QCheckBox *>(editor.editor(QStringLiteral("verified")));
    QVERIFY(verified);
    verified->setChecked(!procedure->verified);
    const Core::Procedure edited = Core::procedureFromRecord(editor.record());
    QCOMPARE(edited.level, QStringLiteral("province"));
    QCOMPARE(edited.onlineLevel, 3);
    QCOMPARE(edited.verified, !procedure->verified);
    QVERIFY(m_directory->upsertRecord(DirectoryTable::Procedures, editor.record()));
    QCOMPARE(m_directory->procedure(QStringLiteral("1.001193"))->level, QStringLiteral("province"));
}

void TestDirectoryDialog::screenshot()
{
    Gui::DirectoryDialog dialog(m_directory.get());
    dialog.resize(1180, 680);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString dir = QStringLiteral(DESK_TEST_OUTPUT_DIR);
    for (DirectoryTable table : Gui::DirectoryDialog::shownTables()) {
        dialog.setCurrentTable(table);
        const QString file
            = QStringLiteral("%1/directory-%2.png").arg(dir, Core::tableSpec(table).sqlName);
        QVERIFY(dialog.grab().save(file));
    }
}

void TestDirectoryDialog::vietnameseScreenshot()
{
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    Gui::DirectoryDialog dialog(m_directory.get());
    dialog.resize(1180, 680);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Cơ quan, đơn vị"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("hintLabel"));
    QVERIFY(hint && hint->text().contains(QStringLiteral("Chưa xác minh")));
    const QString dir = QStringLiteral(DESK_TEST_OUTPUT_DIR);
    dialog.setCurrentTable(DirectoryTable::Agencies);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/directory-vi-agencies.png")));
    dialog.setCurrentTable(DirectoryTable::ReplyTemplates);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/directory-vi-templates.png")));
    QVERIFY(Desk::installTranslations(QStringLiteral("en")));
}

DESK_TEST_MAIN(TestDirectoryDialog)
#include "tst_directorydialog.moc"
