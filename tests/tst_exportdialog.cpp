// SPDX-License-Identifier: GPL-3.0-or-later
// The report export dialog, offscreen, over a real SQLite store: the period controls, a real
// export on the worker thread with its progress, the workbook's sheets read back from the
// package, a filtered export, and a cancel that leaves no file.
#include "app/translations.h"
#include "gui/exportdialog.h"
#include "reports/labels.h"
#include "support/reportfixtures.h"
#include "support/testmain.h"
#include "support/typing.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Desk;

namespace {

// The sheet names of a workbook and the number of rows of each (an independent reader:
// Python's zipfile over the package's XML, no xlsx library). No single quotes in these
// scripts: moc would take one for a character literal inside the raw string.
const char kSheets[] = R"PY(
import json, re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    names = re.findall(r"<sheet [^>]*name=.([^\x22]+).", z.read("xl/workbook.xml").decode("utf-8"))
    rows = []
    for i in range(1, len(names) + 1):
        rows.append(len(re.findall(r"<row ", z.read("xl/worksheets/sheet%d.xml" % i).decode("utf-8"))))
    names_xml = [n for n in z.namelist() if n in ("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml")]
    text = " ".join(z.read(n).decode("utf-8") for n in names_xml)
print(json.dumps({"sheets": names, "rows": rows, "summary": text}, ensure_ascii=False))
)PY";

// The records of the exported list (tab-separated UTF-16 with BOM; quoted line breaks stay
// inside their record).
const char kCsvRows[] = R"PY(
import csv, io, json, sys
text = open(sys.argv[1], "rb").read().decode("utf-16")
rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
print(json.dumps({"rows": rows}, ensure_ascii=False))
)PY";

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void periodControls_data();
    void periodControls();
    void exportsWithProgress_data();
    void exportsWithProgress();
    void nothingToWrite();
    void cancelLeavesNoFile();
    void typedPathAsksBeforeReplacing_data();
    void typedPathAsksBeforeReplacing();
    void pathChosenInSaveDialog_data();
    void pathChosenInSaveDialog();
    void renderToPng();

private:
    std::unique_ptr<Gui::ExportDialog> dialog();

    QTemporaryDir m_dir;
    Store::Store m_store;
    TestSupport::ExportSample m_sample;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("advisory-desk.sqlite"))));
    m_sample = TestSupport::writeExportSample(m_store);
    QCOMPARE(m_sample.codes.size(), 4);
}

std::unique_ptr<Gui::ExportDialog> TestExportDialog::dialog()
{
    auto dialog = std::make_unique<Gui::ExportDialog>(&m_store);
    const qint64 now = m_sample.now;
    dialog->setNow([now] { return now; });
    return dialog;
}

void TestExportDialog::periodControls_data()
{
    QTest::addColumn<int>("length"); // index in the length box: month, quarter, half, year
    QTest::addColumn<int>("index"); // in the second box (ignored for a year)
    QTest::addColumn<bool>("cutoff");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("range");
    QTest::addRow("July") << 0 << 6 << false << "2026-07"
                          << "01/07/2026 to 31/07/2026";
    QTest::addRow("third quarter") << 1 << 2 << false << "2026-Q3"
                                   << "01/07/2026 to 30/09/2026";
    QTest::addRow("third quarter, 15 -> 14") << 1 << 2 << true << "2026-Q3"
                                             << "15/06/2026 to 14/09/2026";
    QTest::addRow("second half") << 2 << 1 << false << "2026-H2"
                                 << "01/07/2026 to 31/12/2026";
    QTest::addRow("year, 15 -> 14") << 3 << 0 << true << "2026"
                                    << "15/12/2025 to 14/12/2026";
}

void TestExportDialog::periodControls()
{
    QFETCH(int, length);
    QFETCH(int, index);
    QFETCH(bool, cutoff);
    QFETCH(QString, key);
    QFETCH(QString, range);
    const auto export_ = dialog();
    export_->findChild<QSpinBox *>(QStringLiteral("yearSpinBox"))->setValue(2026);
    export_->findChild<QComboBox *>(QStringLiteral("lengthComboBox"))->setCurrentIndex(length);
    auto *indexBox = export_->findChild<QComboBox *>(QStringLiteral("indexComboBox"));
    const QList<int> counts {12, 4, 2, 0};
    QCOMPARE(indexBox->count(), counts.at(length));
    indexBox->setCurrentIndex(index);
    export_->findChild<QCheckBox *>(QStringLiteral("cutoffCheckBox"))->setChecked(cutoff);
    QCOMPARE(export_->period().key(), key);
    QCOMPARE(export_->period().cutoff(), cutoff);
    const QStringList labels = [&] {
        QStringList texts;
        for (const QLabel *label : export_->findChildren<QLabel *>()) {
            texts << label->text();
        }
        return texts;
    }();
    QVERIFY2(labels.join(QLatin1Char('|')).contains(range), qPrintable(labels.join('|')));
    // Until staff choose their own, the file names follow the period.
    QVERIFY(export_->xlsxPath().endsWith(key + (cutoff ? "-15-14.xlsx" : ".xlsx")));
    // And back: setPeriod shows a period in the boxes.
    const Core::ReportPeriod period = export_->period();
    export_->setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2025-05"), false));
    QCOMPARE(export_->period().key(), QStringLiteral("2025-05"));
    export_->setPeriod(period);
    QCOMPARE(export_->period(), period);
}

void TestExportDialog::exportsWithProgress_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QString>("agency"); // the dashboard's filter
    QTest::addColumn<int>("rows"); // case rows in each file
    QTest::addColumn<QString>("language"); // "" = the dialog's default
    QTest::addColumn<QStringList>("sheets");
    QTest::addColumn<QString>("csvFirstHeader");
    const QStringList vietnamese {QStringLiteral("Tổng hợp"), QStringLiteral("Danh sách")};
    QTest::addRow("workbook and CSV") << true << true << QString() << 4 << QString() << vietnamese
                                      << QStringLiteral("Mã yêu cầu");
    QTest::addRow("workbook only")
        << true << false << QString() << 4 << QString() << vietnamese << QString();
    QTest::addRow("CSV only, agency STP") << false << true << QStringLiteral("STP") << 1
                                          << QString() << QStringList() << "Mã yêu cầu";
    QTest::addRow("English workbook and CSV")
        << true << true << QString() << 4 << QStringLiteral("en")
        << QStringList {QStringLiteral("Summary"), QStringLiteral("Case list")} << "Case code";
}

void TestExportDialog::exportsWithProgress()
{
    QFETCH(bool, xlsx);
    QFETCH(bool, csv);
    QFETCH(QString, agency);
    QFETCH(int, rows);
    QFETCH(QString, language);
    QFETCH(QStringList, sheets);
    QFETCH(QString, csvFirstHeader);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-');
    const QString xlsxPath = xlsx ? m_dir.filePath(tag + QStringLiteral(".xlsx")) : QString();
    const QString csvPath = csv ? m_dir.filePath(tag + QStringLiteral(".csv")) : QString();
    const auto export_ = dialog();
    export_->setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q3"), false));
    export_->setXlsxPath(xlsxPath);
    export_->setCsvPath(csvPath);
    if (!language.isEmpty()) {
        export_->setLanguage(language);
    }
    Reports::ReportFilter filter;
    filter.agency = agency;
    export_->setFilter(filter);
    export_->show();
    QSignalSpy progress(export_.get(), &Gui::ExportDialog::exportProgress);
    QSignalSpy finished(export_.get(), &Gui::ExportDialog::exportFinished);
    QVERIFY(export_->startExport());
    QVERIFY(export_->isRunning());
    QVERIFY(!export_->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    QVERIFY(!export_->startExport()); // one at a time
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().value<Reports::ExportJob::State>(),
        Reports::ExportJob::State::Finished);
    // Progress was reported, and its last figure is every row of every file.
    QVERIFY(!progress.isEmpty());
    const qint64 total = rows * (int(xlsx) + int(csv));
    QCOMPARE(progress.last().at(0).toLongLong(), total);
    QCOMPARE(progress.last().at(1).toLongLong(), total);
    QCOMPARE(export_->progressBar()->value(), export_->progressBar()->maximum());
    QVERIFY(export_->findChild<QPushButton *>(QStringLiteral("openFolderButton"))->isVisible());
    QVERIFY(export_->statusText().contains(QFileInfo(xlsx ? xlsxPath : csvPath).fileName()));
    QVERIFY(export_->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());

    if (xlsx) {
        QString error;
        DESK_REQUIRE_PYTHON_READER();
        const QJsonDocument book = TestSupport::runPython(m_dir, kSheets, {xlsxPath}, &error);
        QVERIFY2(book.isObject(), qPrintable(error));
        // The files' language, whatever the desk's (English here).
        QCOMPARE(book[QLatin1String("sheets")].toVariant().toStringList(), sheets);
        // The list: a header row and one row per case.
        QCOMPARE(book[QLatin1String("rows")].toArray().at(1).toInt(), rows + 1);
    }
    if (csv) {
        QString error;
        DESK_REQUIRE_PYTHON_READER();
        const QJsonDocument doc = TestSupport::runPython(m_dir, kCsvRows, {csvPath}, &error);
        QVERIFY2(doc.isObject(), qPrintable(error));
        const QJsonArray records = doc[QLatin1String("rows")].toArray();
        QCOMPARE(records.size(), rows + 1); // the header and one record per case
        QCOMPARE(records.at(0).toArray().at(0).toString(), csvFirstHeader);
        if (!agency.isEmpty()) {
            // Case A is the one that went to STP.
            QCOMPARE(records.at(1).toArray().at(0).toString(), m_sample.codes.at(0));
        }
    }
}

void TestExportDialog::typedPathAsksBeforeReplacing_data()
{
    QTest::addColumn<QStringList>("existing"); // of "xlsx", "csv": files there before
    QTest::addColumn<QString>("answer"); // "replaceButton", "keepButton", "Escape", "" = none
    QTest::addColumn<bool>("written");
    QTest::addRow("new files: no question") << QStringList() << "" << true;
    QTest::addRow("existing workbook, replace") << QStringList {"xlsx"} << "replaceButton" << true;
    QTest::addRow("existing workbook, keep") << QStringList {"xlsx"} << "keepButton" << false;
    QTest::addRow("existing CSV, Esc keeps it") << QStringList {"csv"} << "Escape" << false;
    QTest::addRow("both exist, one question")
        << QStringList {"xlsx", "csv"} << "replaceButton" << true;
}

void TestExportDialog::typedPathAsksBeforeReplacing()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, answer);
    QFETCH(bool, written);
    const QString tag
        = QString::fromLatin1(QTest::currentDataTag())
              .replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral("-"));
    const QString xlsxPath
        = m_dir.filePath(QStringLiteral("typed-") + tag + QStringLiteral(".xlsx"));
    const QString csvPath = m_dir.filePath(QStringLiteral("typed-") + tag + QStringLiteral(".csv"));
    const QByteArray old("the supervisor's earlier report");
    for (const QString &suffix : existing) {
        QFile file(suffix == QLatin1String("xlsx") ? xlsxPath : csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(old), qint64(old.size()));
    }
    const auto export_ = dialog();
    export_->setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q3"), false));
    export_->show();
    // Typed, as staff do in the path boxes (not through the save dialog).
    auto *xlsxEdit = export_->findChild<QLineEdit *>(QStringLiteral("xlsxLineEdit"));
    auto *csvEdit = export_->findChild<QLineEdit *>(QStringLiteral("csvLineEdit"));
    QVERIFY(xlsxEdit && csvEdit);
    for (QLineEdit *edit : {xlsxEdit, csvEdit}) {
        edit->clear();
    }
    TestSupport::typeText(xlsxEdit, xlsxPath); // on Windows under "C:/Users/Nguyễn Thị Lan"
    TestSupport::typeText(csvEdit, csvPath);
    QCOMPARE(export_->xlsxPath(), xlsxPath);
    QCOMPARE(export_->csvPath(), csvPath);

    // Whoever answers the question: the box is modal, so answer it from the event loop.
    QString asked;
    Qt::TextFormat format = Qt::AutoText;
    QTimer answerer;
    answerer.setInterval(10);
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("replaceFileMessageBox")) {
            return;
        }
        answerer.stop();
        asked = box->text();
        format = box->textFormat();
        if (answer == QLatin1String("Escape")) {
            QTest::keyClick(box, Qt::Key_Escape);
        } else if (auto *button = box->findChild<QPushButton *>(answer)) {
            button->click();
        } else {
            box->done(0); // an unexpected question: the checks below fail
        }
    });
    answerer.start();
    QSignalSpy finished(export_.get(), &Gui::ExportDialog::exportFinished);
    QCOMPARE(export_->startExport(), written);
    answerer.stop();

    QCOMPARE(asked.isEmpty(), existing.isEmpty());
    for (const QString &suffix : existing) {
        const QString path
            = QDir::toNativeSeparators(suffix == QLatin1String("xlsx") ? xlsxPath : csvPath);
        QVERIFY2(asked.contains(path), qPrintable(asked));
    }
    if (!existing.isEmpty()) {
        QCOMPARE(format, Qt::PlainText);
    }
    if (written) {
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<Reports::ExportJob::State>(),
            Reports::ExportJob::State::Finished);
    } else {
        QVERIFY(!export_->isRunning());
        QVERIFY(finished.isEmpty());
        QCOMPARE(export_->statusText(),
            Gui::ExportDialog::tr("Nothing was written: choose another file name."));
    }
    for (const QString &path : {xlsxPath, csvPath}) {
        QFile file(path);
        const bool existed = existing.contains(QFileInfo(path).suffix());
        if (!written && !existed) {
            QVERIFY(!file.exists());
            continue;
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll() == old, !written); // replaced, or left exactly as it was
    }
}

void TestExportDialog::pathChosenInSaveDialog_data()
{
    QTest::addColumn<QString>("button"); // the "..." beside the workbook's or the CSV's path
    QTest::addColumn<QString>("typed"); // the name typed in the save dialog; "" = cancel
    QTest::addColumn<QString>("expected"); // the file name in the path box afterwards
    QTest::addRow("workbook, Vietnamese name")
        << "xlsxBrowseButton" << QStringLiteral("Báo cáo quý III.xlsx")
        << QStringLiteral("Báo cáo quý III.xlsx");
    QTest::addRow("workbook, suffix left out")
        << "xlsxBrowseButton" << QStringLiteral("Tổng hợp tháng 9")
        << QStringLiteral("Tổng hợp tháng 9.xlsx");
    QTest::addRow("CSV, Vietnamese name")
        << "csvBrowseButton" << QStringLiteral("Danh sách hồ sơ.csv")
        << QStringLiteral("Danh sách hồ sơ.csv");
    QTest::addRow("cancelled: the path stays")
        << "xlsxBrowseButton" << QString() << QStringLiteral("bao-cao-truoc.xlsx");
}

void TestExportDialog::pathChosenInSaveDialog()
{
    QFETCH(QString, button);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    // A folder with Vietnamese letters and spaces (on Windows, under "C:/Users/Nguyễn Thị Lan").
    const QString folder = m_dir.filePath(QStringLiteral("Báo cáo định kỳ"));
    QVERIFY(QDir().mkpath(folder));
    const auto export_ = dialog();
    export_->setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q3"), false));
    const bool workbook = button == QLatin1String("xlsxBrowseButton");
    const QString before = QDir(folder).filePath(QStringLiteral("bao-cao-truoc.xlsx"));
    export_->setXlsxPath(workbook ? before : QString());
    export_->setCsvPath(workbook ? QString() : QDir(folder).filePath(QStringLiteral("x.csv")));
    export_->show();

    // The desk asks through QFileDialog's static function (native on a Windows desktop; Qt's
    // own dialog here): answer it from the event loop, as a person would.
    bool answered = false;
    QString offeredFolder;
    QTimer answerer;
    answerer.setInterval(10);
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!files) {
            return;
        }
        answerer.stop();
        answered = true;
        offeredFolder = files->directory().absolutePath();
        if (typed.isEmpty()) {
            files->reject();
            return;
        }
        // The name box, as typed (selectFile() leaves a focused box alone).
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name) {
            files->reject(); // the checks below fail
            return;
        }
        name->setText(typed);
        QMetaObject::invokeMethod(files, "accept"); // Save (protected in C++, a slot)
    });
    answerer.start();
    auto *browse = export_->findChild<QPushButton *>(button);
    QVERIFY(browse);
    browse->click(); // returns once the save dialog is answered
    answerer.stop();
    QVERIFY(answered);
    // It opened where the current path points.
    QCOMPARE(QFileInfo(offeredFolder).canonicalFilePath(), QFileInfo(folder).canonicalFilePath());

    const QString chosen = workbook ? export_->xlsxPath() : export_->csvPath();
    QCOMPARE(QFileInfo(chosen).fileName(), expected);
    QCOMPARE(QFileInfo(QFileInfo(chosen).path()).canonicalFilePath(),
        QFileInfo(folder).canonicalFilePath());
    if (typed.isEmpty()) {
        QCOMPARE(chosen, before);
        return;
    }
    // The file is written under that name, with no question (it is new).
    QSignalSpy finished(export_.get(), &Gui::ExportDialog::exportFinished);
    QVERIFY(export_->startExport());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().value<Reports::ExportJob::State>(),
        Reports::ExportJob::State::Finished);
    QVERIFY2(QFile::exists(chosen), qPrintable(chosen));
    QVERIFY(QFileInfo(chosen).size() > 0);
}

void TestExportDialog::nothingToWrite()
{
    const auto export_ = dialog();
    export_->setXlsxPath(QString());
    export_->setCsvPath(QString());
    QVERIFY(!export_->startExport());
    QVERIFY(!export_->isRunning());
    QVERIFY(!export_->statusText().isEmpty());
}

void TestExportDialog::cancelLeavesNoFile()
{
    const QString xlsxPath = m_dir.filePath(QStringLiteral("cancelled.xlsx"));
    const QString csvPath = m_dir.filePath(QStringLiteral("cancelled.csv"));
    const auto export_ = dialog();
    export_->setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q3"), false));
    export_->setXlsxPath(xlsxPath);
    export_->setCsvPath(csvPath);
    export_->show();
    QSignalSpy finished(export_.get(), &Gui::ExportDialog::exportFinished);
    QVERIFY(export_->startExport());
    // Esc while running cancels the export and keeps the dialog open; the worker stops at
    // its next row at the latest.
    export_->reject();
    QVERIFY(export_->isVisible());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().value<Reports::ExportJob::State>(),
        Reports::ExportJob::State::Cancelled);
    QVERIFY(!QFile::exists(xlsxPath));
    QVERIFY(!QFile::exists(csvPath));
    QVERIFY(!export_->findChild<QPushButton *>(QStringLiteral("openFolderButton"))->isVisible());
    // Esc when idle closes the dialog.
    export_->reject();
    QVERIFY(!export_->isVisible());
}

void TestExportDialog::renderToPng()
{
    // For a human to look at: the dialog in Vietnamese after a finished export.
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    const auto english = qScopeGuard([] { Desk::installTranslations(QStringLiteral("en")); });
    const auto export_ = dialog();
    export_->setPeriod(*Core::ReportPeriod::parse(QStringLiteral("2026-Q3"), true));
    export_->setXlsxPath(m_dir.filePath(QStringLiteral("bao-cao.xlsx")));
    Reports::ReportFilter filter;
    filter.kind = QStringLiteral("question");
    export_->setFilter(filter);
    export_->show();
    QVERIFY(QTest::qWaitForWindowExposed(export_.get()));
    QSignalSpy finished(export_.get(), &Gui::ExportDialog::exportFinished);
    QVERIFY(export_->startExport());
    QVERIFY(finished.wait(60000));
    const QString path
        = QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR)).filePath(QStringLiteral("exportdialog.png"));
    QVERIFY(export_->grab().save(path));
    // The workbook beside the picture, to open in a spreadsheet and look at.
    const QString copy
        = QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR)).filePath(QStringLiteral("exportdialog.xlsx"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(export_->xlsxPath(), copy));
    // The workbook says which cases it holds.
    QString error;
    DESK_REQUIRE_PYTHON_READER();
    const QJsonDocument book
        = TestSupport::runPython(m_dir, kSheets, {export_->xlsxPath()}, &error);
    QVERIFY2(book.isObject(), qPrintable(error));
    const QString summary = book[QLatin1String("summary")].toString();
    QVERIFY(summary.contains(QCoreApplication::translate("Desk::Reports", "Only the cases of")));
    QVERIFY(summary.contains(Reports::filterLabel(filter)));
    QVERIFY(summary.contains(QStringLiteral("Hỏi đáp"))); // the kind, in Vietnamese
}

DESK_TEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
