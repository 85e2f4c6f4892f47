// SPDX-License-Identifier: GPL-3.0-or-later
// The workbook is written by the real ExportJob (worker thread, own Store connection) and read
// back with an independent reader, openpyxl (plus the zip entries for the charts).
#include "reports/caserows.h"
#include "reports/exportjob.h"
#include "reports/labels.h"
#include "support/reportfixtures.h"
#include "support/testmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Desk;
using namespace Desk::Reports;

namespace {

// Prints every sheet's cells with their types, the list sheets' header/freeze/filter state and
// the chart parts of the package.
const char kReader[] = R"PY(
import datetime, json, re, sys, zipfile
import openpyxl
path = sys.argv[1]
wb = openpyxl.load_workbook(path)
out = {"sheets": wb.sheetnames, "cells": {}, "freeze": {}, "filter": {}, "headerBold": {},
       "numberFormats": {}}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, datetime.datetime):
                v = (v + datetime.timedelta(microseconds=500)).replace(microsecond=0)
                cells.append({"t": "date", "v": v.strftime("%Y-%m-%d %H:%M:%S")})
            elif v is None:
                cells.append({"t": "none"})
            elif c.data_type == "f":
                cells.append({"t": "formula", "v": str(v)})
            elif isinstance(v, (int, float)):
                cells.append({"t": "number", "v": v})
            else:
                # Excel shows _xHHHH_ as the character it escapes; openpyxl leaves it.
                v = re.sub(r"_x([0-9A-F]{4})_", lambda m: chr(int(m.group(1), 16)), v)
                cells.append({"t": "string", "v": v})
        rows.append(cells)
    out["cells"][ws.title] = rows
    out["freeze"][ws.title] = ws.freeze_panes
    out["filter"][ws.title] = ws.auto_filter.ref
    out["headerBold"][ws.title] = all(c.font.b for c in ws[1] if c.value is not None)
    out["numberFormats"][ws.title] = [c.number_format for c in (ws[2] if ws.max_row > 1 else [])]
with zipfile.ZipFile(path) as z:
    charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
    out["charts"] = [z.read(n).decode("utf-8") for n in charts]
print(json.dumps(out, ensure_ascii=False))
)PY";

// Sheet names and the number formats of the summary sheet's numbers (dates read back as
// datetimes and are checked in workbookReadsBack).
const char kFormats[] = R"PY(
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
formats = sorted({c.number_format for row in ws.iter_rows() for c in row if isinstance(c.value, (int, float))})
print(json.dumps({"sheets": wb.sheetnames, "formats": formats}, ensure_ascii=False))
)PY";

QString isoVietnam(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(7 * 3600))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

/** Column B next to the summary row whose column A is @p label. */
QJsonValue summaryValue(const QJsonArray &rows, const QString &label)
{
    for (const QJsonValue &row : rows) {
        const QJsonArray cells = row.toArray();
        if (cells.size() > 1
            && cells.at(0).toObject().value(QLatin1String("v")).toString() == label) {
            return cells.at(1).toObject().value(QLatin1String("v"));
        }
    }
    return {};
}

} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::installTranslator(&m_words);
        m_dbPath = m_dir.filePath(QStringLiteral("desk.sqlite"));
        Store::Store store;
        QVERIFY(store.open(m_dbPath));
        m_sample = TestSupport::writeExportSample(store);
        for (const QString &code : m_sample.codes) {
            QVERIFY(!code.isEmpty());
        }
    }

    void workbookReadsBack()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("report.xlsx"));
        ExportJob job(request(xlsx, 3));
        QSignalSpy finished(&job, &ExportJob::finished);
        QSignalSpy progress(&job, &ExportJob::progress);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.state(), ExportJob::State::Finished);
        QVERIFY2(job.errorString().isEmpty(), qPrintable(job.errorString()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 4);
        QCOMPARE(progress.last().at(1).toLongLong(), 4);

        QString error;
        DESK_REQUIRE_PYTHON_READER();
        const QJsonDocument doc = TestSupport::runPython(m_dir, kReader, {xlsx}, &error);
        QVERIFY2(doc.isObject(), qPrintable(error));
        const QJsonObject book = doc.object();
        // Vietnamese sheet names; the list continues on a second sheet past 3 rows here.
        QCOMPARE(book.value(QLatin1String("sheets")).toArray(),
            (QJsonArray {QStringLiteral("Tổng hợp"), QStringLiteral("Danh sách"),
                QStringLiteral("Danh sách (2)")}));
        const QJsonObject cells = book.value(QLatin1String("cells")).toObject();
        const QJsonArray first = cells.value(QStringLiteral("Danh sách")).toArray();
        const QJsonArray second = cells.value(QStringLiteral("Danh sách (2)")).toArray();
        QCOMPARE(first.size(), 4); // header + 3
        QCOMPARE(second.size(), 2); // header + 1
        QJsonArray rows;
        for (const QJsonArray &sheet : {first, second}) {
            // Header: every column title, bold, frozen, with an autofilter over the data.
            const QJsonArray header = sheet.at(0).toArray();
            QCOMPARE(header.size(), kColumnCount);
            for (int c = 0; c < kColumnCount; ++c) {
                QCOMPARE(header.at(c).toObject().value(QLatin1String("v")).toString(),
                    columnHeader(Column(c)));
            }
            for (int r = 1; r < sheet.size(); ++r) {
                rows.append(sheet.at(r));
            }
        }
        for (const QString &name : {QStringLiteral("Danh sách"), QStringLiteral("Danh sách (2)")}) {
            QCOMPARE(book.value(QLatin1String("freeze")).toObject().value(name).toString(),
                QStringLiteral("A2"));
            QVERIFY(book.value(QLatin1String("headerBold")).toObject().value(name).toBool());
        }
        QCOMPARE(book.value(QLatin1String("filter"))
                     .toObject()
                     .value(QStringLiteral("Danh sách"))
                     .toString(),
            QStringLiteral("A1:Z4"));
        QCOMPARE(book.value(QLatin1String("filter"))
                     .toObject()
                     .value(QStringLiteral("Danh sách (2)"))
                     .toString(),
            QStringLiteral("A1:Z2"));
        QCOMPARE(book.value(QLatin1String("numberFormats"))
                     .toObject()
                     .value(QStringLiteral("Danh sách"))
                     .toArray()
                     .at(int(Column::Received))
                     .toString(),
            QStringLiteral("dd/mm/yyyy hh:mm"));

        QCOMPARE(rows.size(), 4);
        for (int r = 0; r < rows.size(); ++r) {
            checkRow(r, rows.at(r).toArray());
        }

        // Summary: counts and the charts over its ranges.
        const QJsonArray summary = cells.value(QStringLiteral("Tổng hợp")).toArray();
        QCOMPARE(summaryValue(summary, QStringLiteral("Tiếp nhận")).toDouble(), 3.0);
        QCOMPARE(
            summaryValue(summary, QCoreApplication::translate("Desk::Reports", "Answered on time"))
                .toDouble(),
            2.0);
        QCOMPARE(summaryValue(summary,
                     QCoreApplication::translate("Desk::Reports", "In progress (not yet due)"))
                     .toDouble(),
            1.0);
        QCOMPARE(summaryValue(summary,
                     QCoreApplication::translate(
                         "Desk::Reports", "Out of scope (complaints, redirected)"))
                     .toDouble(),
            1.0);
        QCOMPARE(summaryValue(summary,
                     QCoreApplication::translate(
                         "Desk::Reports", "Indicator 8 score (TT 01/2018/TT-VPCP)"))
                     .toDouble(),
            0.0); // case C is prolonged
        const QJsonArray charts = book.value(QLatin1String("charts")).toArray();
        QCOMPARE(charts.size(), 3); // results, by kind, ratings
        for (const QJsonValue &chart : charts) {
            QVERIFY(chart.toString().contains(QStringLiteral("'Tổng hợp'!$B$")));
        }
    }

    /** The workbook follows the request's language: Vietnamese sheet names and number
     *  formats ("93,9 %" through the vi locale tag) by default, English when asked. */
    void languageOfWorkbook_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("sheets");
        QTest::addColumn<QStringList>("formats");
        QTest::addRow("default (vi)")
            << QString() << QStringList {QStringLiteral("Tổng hợp"), QStringLiteral("Danh sách")}
            << QStringList {QStringLiteral("[$-42A]#,##0"), QStringLiteral("[$-42A]#,##0.00"),
                   QStringLiteral("[$-42A]0.0 %")};
        QTest::addRow("en") << QStringLiteral("en")
                            << QStringList {QStringLiteral("Summary"), QStringLiteral("Case list")}
                            << QStringList {QStringLiteral("#,##0"), QStringLiteral("#,##0.00"),
                                   QStringLiteral("0.0%")};
    }
    void languageOfWorkbook()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, sheets);
        QFETCH(QStringList, formats);
        const QString xlsx = m_dir.filePath(QStringLiteral("lang-%1.xlsx").arg(language));
        ExportRequest r = request(xlsx, 0);
        if (!language.isEmpty()) {
            r.language = language;
        }
        ExportJob job(r);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.state(), ExportJob::State::Finished);
        QString error;
        DESK_REQUIRE_PYTHON_READER();
        const QJsonDocument doc = TestSupport::runPython(m_dir, kFormats, {xlsx}, &error);
        QVERIFY2(doc.isObject(), qPrintable(error));
        QCOMPARE(doc[QLatin1String("sheets")].toVariant().toStringList(), sheets);
        QCOMPARE(doc[QLatin1String("formats")].toVariant().toStringList(), formats);
    }

    void cancelLeavesNoFile()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("cancelled.xlsx"));
        const QString csv = m_dir.filePath(QStringLiteral("cancelled.csv"));
        ExportRequest r = request(xlsx, 0);
        r.csvPath = csv;
        ExportJob job(r);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        job.cancel(); // before the worker has opened the store: it stops at the first row
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.state(), ExportJob::State::Cancelled);
        QVERIFY(!QFile::exists(xlsx));
        QVERIFY(!QFile::exists(csv));
        // The job can run again after a cancel.
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.state(), ExportJob::State::Finished);
        QVERIFY(QFile::exists(xlsx));
        QVERIFY(QFile::exists(csv));
    }

    // The folder and file names staff give on Windows: Vietnamese letters and spaces (the
    // temporary folder under a Vietnamese user name is exercised by every export under Wine).
    void vietnameseFileName_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("file");
        QTest::addRow("plain") << QStringLiteral("plain") << QStringLiteral("report.xlsx");
        QTest::addRow("vietnamese file") << QString() << QStringLiteral("Báo cáo quý IV.xlsx");
        QTest::addRow("vietnamese folder")
            << QStringLiteral("Tổ tư vấn, hỗ trợ") << QStringLiteral("Đường dây nóng 2026.xlsx");
    }

    void vietnameseFileName()
    {
        QFETCH(QString, folder);
        QFETCH(QString, file);
        QVERIFY(QDir(m_dir.path()).mkpath(folder.isEmpty() ? QStringLiteral(".") : folder));
        const QString xlsx = QDir(m_dir.filePath(folder)).filePath(file);
        ExportJob job(request(xlsx, 0));
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(job.errorString().isEmpty(), qPrintable(job.errorString()));
        QCOMPARE(job.state(), ExportJob::State::Finished);
        QFile written(xlsx);
        QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(xlsx));
        QCOMPARE(written.read(2), QByteArray("PK")); // a zip container, i.e. a workbook
        QVERIFY(written.size() > 4000);
        // Nothing was left beside it (libxlsxwriter's temporary files go to the temp folder).
        QCOMPARE(QDir(QFileInfo(xlsx).path()).entryList(QDir::Files).filter(QStringLiteral("tmp")),
            QStringList());
    }

    void unwritablePathFails()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("no-such-dir/report.xlsx"));
        ExportJob job(request(xlsx, 0));
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.state(), ExportJob::State::Failed);
        QVERIFY(!job.errorString().isEmpty());
        QVERIFY(!QFile::exists(xlsx));
    }

private:
    ExportRequest request(const QString &xlsx, qint64 rowsPerSheet) const
    {
        ExportRequest r;
        r.databasePath = m_dbPath;
        r.options.period = *Core::ReportPeriod::parse(QStringLiteral("2026-07"), false);
        r.options.nowMs = m_sample.now;
        r.unitName = QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Cà Mau");
        r.xlsxPath = xlsx;
        r.rowsPerSheet = rowsPerSheet;
        return r;
    }

    void checkRow(int r, const QJsonArray &cells)
    {
        const TestSupport::CaseSpec &spec = m_sample.specs.at(r);
        QCOMPARE(cells.size(), kColumnCount);
        const auto text = [&](Column c) {
            const QJsonObject cell = cells.at(int(c)).toObject();
            // Formula-looking values must come back as plain strings, never formulas.
            if (cell.value(QLatin1String("t")).toString() == QLatin1String("none")) {
                return QString();
            }
            [&] {
                QCOMPARE(cell.value(QLatin1String("t")).toString(), QStringLiteral("string"));
            }();
            return cell.value(QLatin1String("v")).toString();
        };
        const auto date = [&](Column c) {
            const QJsonObject cell = cells.at(int(c)).toObject();
            if (cell.value(QLatin1String("t")).toString() == QLatin1String("none")) {
                return QString();
            }
            [&] { QCOMPARE(cell.value(QLatin1String("t")).toString(), QStringLiteral("date")); }();
            return cell.value(QLatin1String("v")).toString();
        };
        const auto number = [&](Column c) {
            const QJsonObject cell = cells.at(int(c)).toObject();
            if (cell.value(QLatin1String("t")).toString() == QLatin1String("none")) {
                return -1.0;
            }
            [&] {
                QCOMPARE(cell.value(QLatin1String("t")).toString(), QStringLiteral("number"));
            }();
            return cell.value(QLatin1String("v")).toDouble();
        };
        const auto optionalIso
            = [](const std::optional<qint64> &ms) { return ms ? isoVietnam(*ms) : QString(); };
        QCOMPARE(text(Column::Code), m_sample.codes.at(r));
        QCOMPARE(text(Column::CitizenName), spec.citizenName);
        QCOMPARE(text(Column::Phone), spec.phone);
        QCOMPARE(text(Column::Kind), kindLabel(spec.kind));
        QCOMPARE(text(Column::Staff), spec.assignee);
        if (!spec.locality.isEmpty()) {
            QCOMPARE(text(Column::Locality), spec.locality);
        }
        QCOMPARE(date(Column::Received), isoVietnam(spec.opened));
        QCOMPARE(date(Column::FirstResponse), optionalIso(spec.firstResponse));
        QCOMPARE(date(Column::Routed), optionalIso(spec.routed));
        QCOMPARE(date(Column::AgencyAnswered), optionalIso(spec.agencyAnswered));
        QCOMPARE(date(Column::Replied), optionalIso(spec.replied));
        QCOMPARE(date(Column::Closed), optionalIso(spec.closed));
        QCOMPARE(text(Column::Prolonged),
            spec.prolonged ? QStringLiteral("Có") : QStringLiteral("Không"));
        QCOMPARE(text(Column::Rating), spec.rating);
        const QString expectedOnTime[]
            = {QStringLiteral("Có"), QStringLiteral("Không"), QStringLiteral("Có"), QString()};
        QCOMPARE(text(Column::OnTime), expectedOnTime[r]);
        switch (r) {
        case 0: // Sở Tư pháp, Hộ tịch; Mon 08:00 -> Wed 15:00 = 7 + 8 + 6 working hours
            QCOMPARE(text(Column::Agency), QStringLiteral("Sở Tư pháp"));
            QCOMPARE(text(Column::Area), QStringLiteral("Hộ tịch"));
            QCOMPARE(text(Column::Locality), QStringLiteral("P5")); // no directory row: the code
            QCOMPARE(date(Column::Due), QStringLiteral("2026-07-27 23:59:59"));
            QCOMPARE(number(Column::FirstResponseWorkingHours), 1.0);
            QCOMPARE(number(Column::RoutingCalendarHours), 2.0);
            QCOMPARE(number(Column::AgencyWorkingHours), 16.0);
            QCOMPARE(number(Column::AgencyCalendarHours), 48.0);
            QCOMPARE(number(Column::ResolutionWorkingHours), 21.0);
            QCOMPARE(number(Column::ResolutionCalendarHours), 55.0);
            break;
        case 1: // no due: 15 working days from Fri 10/07 -> 31/07; still open on 20/08
            QCOMPARE(date(Column::Due), QStringLiteral("2026-07-31 23:59:59"));
            QCOMPARE(number(Column::ResolutionWorkingHours), -1.0);
            break;
        case 2:
            QCOMPARE(number(Column::ResolutionWorkingHours), 3.5);
            QCOMPARE(number(Column::ResolutionCalendarHours), 5.5);
            break;
        default:
            QCOMPARE(number(Column::FirstResponseWorkingHours), -1.0);
            break;
        }
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    TestSupport::ExportSample m_sample;
    TestSupport::VietnameseWords m_words;
};

DESK_TEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
