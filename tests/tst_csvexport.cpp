// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export: tab-separated UTF-16LE with BOM (Excel's "Unicode Text", split in columns whatever
// the regional settings), RFC 4180 quoting, formula injection; read back with Python's csv module
// using the tab, and cut naively by tabs and line breaks.
#include "core/workingcalendar.h"
#include "reports/caserows.h"
#include "reports/csvexport.h"
#include "reports/labels.h"
#include "support/reportfixtures.h"
#include "support/testmain.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Desk;
using namespace Desk::Reports;

namespace {

const char kReader[] = R"PY(
import csv, io, json, sys
raw = open(sys.argv[1], "rb").read()
text = raw.decode("utf-16")  # the BOM says little-endian and is dropped
rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
# A careless reader: every line, every tab starts a new cell, quotes or not.
pieces = [p for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
          for p in line.split("\t")]
print(json.dumps({"bom": raw.startswith(b"\xff\xfe"), "crlf": "\r\n" in text, "rows": rows,
                  "pieces": pieces}, ensure_ascii=False))
)PY";

/** What the guard writes for `text` as one cell's value: an apostrophe at its start and after
 *  each tab or line break inside it, before = + - @ TAB CR. */
QString guarded(const QString &text)
{
    QString out;
    bool pieceStarts = true;
    for (const QChar ch : text) {
        if (pieceStarts && QStringLiteral("=+-@\t\r").contains(ch)) {
            out += QLatin1Char('\'');
        }
        out += ch;
        pieceStarts = ch == QLatin1Char('\t') || ch == QLatin1Char('\r') || ch == QLatin1Char('\n');
    }
    return out;
}

/** No cell, however cut, that a spreadsheet would take as a formula. */
bool noFormulaPiece(const QJsonArray &cells, QString *which)
{
    for (const QJsonValue &cell : cells) {
        const QString text = cell.toString();
        if (looksLikeFormula(text)) {
            *which = text;
            return false;
        }
    }
    return true;
}

/** The export sample in a fresh store, and report options over the third quarter of 2026. */
struct SampleStore
{
    QTemporaryDir dir;
    Store::Store store;
    TestSupport::ExportSample sample;
    ReportOptions options;

    bool open()
    {
        if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("desk.sqlite")))) {
            return false;
        }
        sample = TestSupport::writeExportSample(store);
        options.period = *Core::ReportPeriod::parse(QStringLiteral("2026-Q3"), false);
        options.nowMs = sample.now;
        return true;
    }
};

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT
private slots:
    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addRow("plain") << "Nguyễn Văn An"
                               << "Nguyễn Văn An";
        QTest::addRow("empty") << ""
                               << "";
        QTest::addRow("comma") << "Phường 5, Cà Mau"
                               << "\"Phường 5, Cà Mau\"";
        QTest::addRow("semicolon") << "Ấp 1; Ấp 2"
                                   << "\"Ấp 1; Ấp 2\"";
        QTest::addRow("tab inside") << "a\tb"
                                    << "\"a\tb\"";
        QTest::addRow("tab then formula") << "x\t=1+1"
                                          << "\"x\t'=1+1\"";
        QTest::addRow("line then formula") << "Ấp 3\n@SUM(A1)"
                                           << "\"Ấp 3\n'@SUM(A1)\"";
        QTest::addRow("quote then formula") << "\"=1\""
                                            << "\"\"\"=1\"\"\"";
        QTest::addRow("quote") << "Ấp \"Mới\""
                               << "\"Ấp \"\"Mới\"\"\"";
        QTest::addRow("newline") << "dòng 1\ndòng 2"
                                 << "\"dòng 1\ndòng 2\"";
        QTest::addRow("equals") << "=1+1"
                                << "'=1+1";
        QTest::addRow("plus") << "+84912345678"
                              << "'+84912345678";
        QTest::addRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::addRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::addRow("tab") << "\tcmd"
                             << "\"'\tcmd\"";
        QTest::addRow("carriage return") << "\r=1"
                                         << "\"'\r'=1\"";
        QTest::addRow("formula with comma") << "=HYPERLINK(\"x\",\"y\")"
                                            << "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"";
        QTest::addRow("equals inside") << "a=b"
                                       << "a=b";
    }
    void field()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(csvField(text), field);
        QCOMPARE(field.startsWith(QLatin1Char('"'))
                ? field.mid(1, field.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""))
                : field,
            guarded(text));
    }

    void fileReadsBack()
    {
        QCoreApplication::installTranslator(&m_words);
        SampleStore fixture;
        QVERIFY(fixture.open());
        const QTemporaryDir &dir = fixture.dir;
        const TestSupport::ExportSample &sample = fixture.sample;
        const ReportOptions &options = fixture.options;
        Store::Store &store = fixture.store;
        const Core::WorkingCalendar calendar;
        const Core::BusinessHours hours;
        CaseRowReader rows(store.database(), calendar, hours, options);
        QCOMPARE(rows.count(), 4);
        const QString path = dir.filePath(QStringLiteral("cases.csv"));
        qint64 lastProgress = -1;
        ExportHooks hooks;
        hooks.progress = [&](qint64 written) { lastProgress = written; };
        QString error;
        QCOMPARE(writeCsv(path, rows, hooks, &error), ExportResult::Ok);
        QCOMPARE(lastProgress, 4);

        DESK_REQUIRE_PYTHON_READER();
        const QJsonDocument doc = TestSupport::runPython(dir, kReader, {path}, &error);
        QVERIFY2(doc.isObject(), qPrintable(error));
        QVERIFY(doc[QLatin1String("bom")].toBool());
        QVERIFY(doc[QLatin1String("crlf")].toBool());
        const QJsonArray lines = doc[QLatin1String("rows")].toArray();
        QCOMPARE(lines.size(), 5);
        const QJsonArray header = lines.at(0).toArray();
        QCOMPARE(header.size(), kColumnCount);
        QCOMPARE(header.at(int(Column::Received)).toString(), columnHeader(Column::Received));
        const auto cell
            = [&](int r, Column c) { return lines.at(r + 1).toArray().at(int(c)).toString(); };
        for (int r = 0; r < 4; ++r) {
            QCOMPARE(lines.at(r + 1).toArray().size(), kColumnCount);
            const TestSupport::CaseSpec &spec = sample.specs.at(r);
            QCOMPARE(cell(r, Column::Code), sample.codes.at(r));
            QCOMPARE(cell(r, Column::CitizenName), guarded(spec.citizenName));
            QCOMPARE(cell(r, Column::Phone), guarded(spec.phone));
            QCOMPARE(cell(r, Column::Staff), guarded(spec.assignee));
            QCOMPARE(cell(r, Column::Rating), guarded(spec.rating));
            QCOMPARE(cell(r, Column::Kind), kindLabel(spec.kind));
            QCOMPARE(cell(r, Column::Received),
                QDateTime::fromMSecsSinceEpoch(spec.opened, QTimeZone(7 * 3600))
                    .toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        }
        // Hand-written expectations for the tricky cells.
        QCOMPARE(cell(0, Column::Phone), QStringLiteral("'+84912345678"));
        QCOMPARE(cell(1, Column::CitizenName),
            QStringLiteral("'=HYPERLINK(\"http://evil.invalid\",\"x\")"));
        QCOMPARE(cell(1, Column::Staff), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(cell(2, Column::Staff), QStringLiteral("'\tminh"));
        QCOMPARE(cell(3, Column::Locality), QStringLiteral("Khóm 3, \"Phường 5\"\nCà Mau"));
        QCOMPARE(cell(3, Column::Rating), QStringLiteral("'\r'=1"));
        QCOMPARE(cell(0, Column::Agency), QStringLiteral("Sở Tư pháp"));
        QCOMPARE(cell(0, Column::ResolutionWorkingHours), QStringLiteral("21.00"));
        QCOMPARE(cell(2, Column::ResolutionCalendarHours), QStringLiteral("5.50"));
        QCOMPARE(cell(0, Column::OnTime), QStringLiteral("Có"));
        QCOMPARE(cell(1, Column::OnTime), QStringLiteral("Không"));
        QCOMPARE(cell(3, Column::OnTime), QString());
        QCOMPARE(cell(1, Column::Due), QStringLiteral("31/07/2026 23:59"));
        QString which;
        QVERIFY2(noFormulaPiece(doc[QLatin1String("pieces")].toArray(), &which), qPrintable(which));
    }

    /** One case whose texts are hostile, in every text column the list has: each cell reads
     *  back as the guarded text with the tab reader, and no piece a careless reader cuts out
     *  starts like a formula. */
    void hostileCells_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addRow("formula") << "=HYPERLINK(\"http://evil.invalid\",\"x\")";
        QTest::addRow("separator then formula") << "Lan\t=cmd|' /C calc'!A0";
        QTest::addRow("semicolon then formula") << "Lan;=1+1";
        QTest::addRow("comma then formula") << "Lan,@SUM(A1)";
        QTest::addRow("quotes") << "\"=1\"\t\"+2\"";
        QTest::addRow("line break then formula") << "Khóm 3\r\n-2+3";
        QTest::addRow("lone CR then formula") << "a\r+84912345678";
        QTest::addRow("starts with tab") << "\t\t=1";
        QTest::addRow("quote then separator") << "Ấp \"Mới\"\tPhường 5";
    }
    void hostileCells()
    {
        QFETCH(QString, value);
        QTemporaryDir dir;
        Store::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("desk.sqlite"))));
        TestSupport::CaseSpec spec;
        spec.opened = TestSupport::vnTime(2026, 7, 1);
        spec.citizenName = value;
        spec.phone = value;
        spec.assignee = value;
        spec.locality = value; // no directory row: listed as is
        spec.rating = value;
        QVERIFY(TestSupport::addCase(store, spec) > 0);
        ReportOptions options;
        options.period = *Core::ReportPeriod::parse(QStringLiteral("2026-Q3"), false);
        options.nowMs = TestSupport::vnTime(2026, 10, 1);
        const Core::WorkingCalendar calendar;
        const Core::BusinessHours hours;
        CaseRowReader rows(store.database(), calendar, hours, options);
        // What the list holds (ingest folds white space in the citizen's name; the columns
        // written by UPDATE keep the value as it is).
        QVERIFY(rows.start());
        CaseRow listed;
        QVERIFY(rows.next(&listed));
        QCOMPARE(listed.texts[int(Column::Staff)], value);
        QCOMPARE(listed.texts[int(Column::Locality)], value);
        const QString path = dir.filePath(QStringLiteral("cases.csv"));
        QString error;
        QCOMPARE(writeCsv(path, rows, {}, &error), ExportResult::Ok);
        DESK_REQUIRE_PYTHON_READER();
        const QJsonDocument doc = TestSupport::runPython(dir, kReader, {path}, &error);
        QVERIFY2(doc.isObject(), qPrintable(error));
        const QJsonArray lines = doc[QLatin1String("rows")].toArray();
        QCOMPARE(lines.size(), 2);
        const QJsonArray cells = lines.at(1).toArray();
        QCOMPARE(cells.size(), kColumnCount);
        for (int c = 0; c < kColumnCount; ++c) {
            if (columnType(Column(c)) == ColumnType::Text) {
                QCOMPARE(cells.at(c).toString(), guarded(listed.texts[c]));
            }
        }
        QString which;
        QVERIFY2(noFormulaPiece(cells, &which), qPrintable(which));
        QVERIFY2(noFormulaPiece(doc[QLatin1String("pieces")].toArray(), &which), qPrintable(which));
    }

    void filteredRows_data()
    {
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QString>("staff");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QList<int>>("samples"); // indexes into the sample's cases, in order
        QTest::addRow("everything")
            << QString() << QString() << QString() << QString() << QList<int> {0, 1, 2, 3};
        QTest::addRow("agency STP")
            << "STP" << QString() << QString() << QString() << QList<int> {0};
        QTest::addRow("staff with a tab")
            << QString() << "\tminh" << QString() << QString() << QList<int> {2};
        // The list keeps complaints (the report counts them apart).
        QTest::addRow("kind complaint")
            << QString() << QString() << "complaint" << QString() << QList<int> {1};
        QTest::addRow("area hộ tịch and staff lan")
            << QString() << "lan" << QString() << "hotich" << QList<int> {0};
        QTest::addRow("nobody") << QString() << "lan"
                                << "petition" << QString() << QList<int> {};
    }
    void filteredRows()
    {
        QFETCH(QString, agency);
        QFETCH(QString, staff);
        QFETCH(QString, kind);
        QFETCH(QString, area);
        QFETCH(QList<int>, samples);
        SampleStore fixture;
        QVERIFY(fixture.open());
        fixture.options.filter = {agency, staff, kind, area};
        const Core::WorkingCalendar calendar;
        const Core::BusinessHours hours;
        CaseRowReader rows(fixture.store.database(), calendar, hours, fixture.options);
        QCOMPARE(rows.count(), qint64(samples.size()));
        QVERIFY(rows.start());
        QStringList codes;
        CaseRow row;
        while (rows.next(&row)) {
            codes << row.texts[int(Column::Code)];
        }
        QStringList expected;
        for (const int index : samples) {
            expected << fixture.sample.codes.at(index);
        }
        QCOMPARE(codes, expected);
    }

    void cancelKeepsNoPartialFile()
    {
        QTemporaryDir dir;
        Store::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("desk.sqlite"))));
        TestSupport::writeExportSample(store);
        ReportOptions options;
        options.period = *Core::ReportPeriod::parse(QStringLiteral("2026"), false);
        const Core::WorkingCalendar calendar;
        const Core::BusinessHours hours;
        CaseRowReader rows(store.database(), calendar, hours, options);
        std::atomic_bool cancel {true};
        ExportHooks hooks;
        hooks.cancel = &cancel;
        const QString path = dir.filePath(QStringLiteral("cases.csv"));
        QString error;
        QCOMPARE(writeCsv(path, rows, hooks, &error), ExportResult::Cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("cases.csv*")}, QDir::Files).size(), 0);
    }

private:
    TestSupport::VietnameseWords m_words;
};

DESK_TEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
