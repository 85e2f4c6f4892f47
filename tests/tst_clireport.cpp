// SPDX-License-Identifier: GPL-3.0-or-later
// The real advisory-desk-cli binary runs `report` on a small profile written through Store.
#include "core/profile.h"
#include "support/reportfixtures.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Desk;

namespace {

// The text cells of the summary sheet, row by row (constant_memory writes inline strings).
const char kSummaryRows[] = R"PY(
import json, re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
rows = [re.findall(r"<t[^>]*>([^<]*)</t>", row) for row in re.findall(r"<row [^>]*>(.*?)</row>", xml)]
print(json.dumps({"rows": rows}, ensure_ascii=False))
)PY";

// The language-dependent parts of a workbook and a CSV: sheet names, the summary's texts, the
// number formats, the CSV header.
const char kFileWords[] = R"PY(
import csv, html, json, re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    book = z.read("xl/workbook.xml").decode("utf-8")
    styles = z.read("xl/styles.xml").decode("utf-8")
    summary = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    listing = z.read("xl/worksheets/sheet2.xml").decode("utf-8")
with open(sys.argv[2], encoding="utf-16", newline="") as f:
    header = next(csv.reader(f, delimiter="\t"))
print(json.dumps({
    "sheets": [html.unescape(n) for n in re.findall(r'<sheet name="([^"]*)"', book)],
    "formats": [html.unescape(f) for f in re.findall(r'formatCode="([^"]*)"', styles)],
    "summary": [html.unescape(t) for t in re.findall(r"<t[^>]*>([^<]*)</t>", summary)],
    "listHeader": [html.unescape(t) for t in re.findall(r"<t[^>]*>([^<]*)</t>", listing)][:26],
    "csvHeader": header}, ensure_ascii=False))
)PY";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath(QStringLiteral("profile"));
        const Core::Profile profile = Core::Profile::open(m_profile);
        QVERIFY(profile.isValid());
        Store::Store store;
        QVERIFY(store.open(profile.databasePath()));
        TestSupport::writeExportSample(store);
    }

    void json()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("q3.xlsx"));
        const QString csv = m_dir.filePath(QStringLiteral("q3.csv"));
        const Run run = cli({QStringLiteral("--period"), QStringLiteral("2026-Q3"),
            QStringLiteral("--json"), QStringLiteral("--now"), QStringLiteral("2026-08-20T09:00"),
            QStringLiteral("--xlsx"), xlsx, QStringLiteral("--csv"), csv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QLatin1String("period")).toString(), QStringLiteral("2026-Q3"));
        QCOMPARE(report.value(QLatin1String("start")).toString(),
            QStringLiteral("2026-07-01T00:00:00+07:00"));
        const QJsonObject total = report.value(QLatin1String("total")).toObject();
        QCOMPARE(total.value(QLatin1String("received")).toInt(), 3);
        QCOMPARE(total.value(QLatin1String("answered_on_time")).toInt(), 2);
        QCOMPARE(total.value(QLatin1String("in_progress")).toInt(), 1);
        QCOMPARE(total.value(QLatin1String("prolonged")).toInt(), 1);
        QCOMPARE(total.value(QLatin1String("indicator8")).toInt(), 0);
        QCOMPARE(report.value(QLatin1String("out_of_scope")).toInt(), 1);
        const QJsonObject resolution = total.value(QLatin1String("measures"))
                                           .toObject()
                                           .value(QLatin1String("resolution"))
                                           .toObject();
        // 21 and 3.5 working hours (see tst_xlsxexport): median of two = mean of both.
        QCOMPARE(resolution.value(QLatin1String("working"))
                     .toObject()
                     .value(QLatin1String("median_hours"))
                     .toDouble(),
            12.25);
        QCOMPARE(report.value(QLatin1String("by_period")).toArray().size(), 3);
        QVERIFY(QFileInfo(xlsx).size() > 0);
        QVERIFY(QFileInfo(csv).size() > 0);
    }

    void cutoffText()
    {
        // 15/06 - 14/07: cases of 6/7, 10/7 (complaint) and 14/7.
        const Run run = cli(
            {QStringLiteral("--period"), QStringLiteral("2026-07"), QStringLiteral("--cutoff"),
                QStringLiteral("--now"), QStringLiteral("2026-08-20T09:00")},
            QStringLiteral("en"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("Month 7/2026 (15/06/2026 - 14/07/2026)")),
            run.out.constData());
        QVERIFY2(text.contains(QStringLiteral("Received: 2 (out of scope, redirected: 1)")),
            run.out.constData());
        QVERIFY(text.contains(QStringLiteral("Indicator 8 (TT 01/2018/TT-VPCP): 0")));
    }

    /** A period without cases has no on-time share: "—" in the text, null in the JSON, an em
     *  dash cell in the workbook; never "100 %". */
    void periodWithoutCases_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("line");
        QTest::addRow("English") << "en"
                                 << "Share answered on time: \u2014";
        QTest::addRow("Vietnamese") << "vi"
                                    << "Tỷ lệ trả lời đúng hạn: \u2014";
    }
    void periodWithoutCases()
    {
        QFETCH(QString, language);
        QFETCH(QString, line);
        const QStringList period {QStringLiteral("--period"), QStringLiteral("2025-Q1"),
            QStringLiteral("--now"), QStringLiteral("2026-08-20T09:00")};
        Run run = cli(period, language);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(line), run.out.constData());
        QVERIFY2(!text.contains(QStringLiteral("100")), run.out.constData());

        const QString xlsx = m_dir.filePath(QStringLiteral("empty-%1.xlsx").arg(language));
        run = cli(period + QStringList {QStringLiteral("--json"), QStringLiteral("--xlsx"), xlsx},
            language);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QJsonObject total = report.value(QLatin1String("total")).toObject();
        QCOMPARE(total.value(QLatin1String("received")).toInt(), 0);
        QVERIFY(total.value(QLatin1String("on_time_share")).isNull());
        for (const QJsonValue &bucket : report.value(QLatin1String("by_period")).toArray()) {
            QVERIFY(bucket.toObject().value(QLatin1String("on_time_share")).isNull());
        }
        QString error;
        DESK_REQUIRE_PYTHON_READER();
        const QJsonDocument book = TestSupport::runPython(m_dir, kSummaryRows, {xlsx}, &error);
        QVERIFY2(book.isObject(), qPrintable(error));
        // The share row: its label, then the dash where the percentage would be.
        int dashes = 0;
        for (const QJsonValue &row : book[QLatin1String("rows")].toArray()) {
            const QJsonArray cells = row.toArray();
            dashes += cells.size() == 2 && cells.at(1).toString() == QStringLiteral("\u2014");
        }
        QCOMPARE(dashes, 1);
    }

    /** The files follow --language, Vietnamese by default, whatever language the CLI prints
     *  in (ADVISORY_DESK_LANG): sheet names, labels, headers, the percent format. */
    void languageOfFiles_data()
    {
        QTest::addColumn<QString>("cliLanguage");
        QTest::addColumn<QStringList>("languageOption");
        QTest::addColumn<QStringList>("sheets");
        QTest::addColumn<QStringList>("summaryTexts");
        QTest::addColumn<QString>("percentFormat");
        QTest::addColumn<QStringList>("headers"); // first columns of the list and the CSV
        const QStringList vietnamese {QStringLiteral("Tổng hợp"), QStringLiteral("Danh sách")};
        const QStringList vietnameseTexts {QStringLiteral("Quý III/2026 (01/07/2026 - 30/09/2026)"),
            QStringLiteral("Tỷ lệ trả lời đúng hạn"), QStringLiteral("Theo loại yêu cầu")};
        const QStringList vietnameseHeaders {QStringLiteral("Mã yêu cầu"),
            QStringLiteral("Công dân"), QStringLiteral("Điện thoại"), QStringLiteral("Loại")};
        QTest::addRow("default, English console")
            << "en" << QStringList() << vietnamese << vietnameseTexts << "[$-42A]0.0 %"
            << vietnameseHeaders;
        QTest::addRow("--language vi, English console")
            << "en" << QStringList {QStringLiteral("--language"), QStringLiteral("vi")}
            << vietnamese << vietnameseTexts << "[$-42A]0.0 %" << vietnameseHeaders;
        QTest::addRow("--language en, Vietnamese console")
            << "vi" << QStringList {QStringLiteral("--language"), QStringLiteral("en")}
            << QStringList {QStringLiteral("Summary"), QStringLiteral("Case list")}
            << QStringList {QStringLiteral("Quarter III/2026 (01/07/2026 - 30/09/2026)"),
                   QStringLiteral("Share answered on time"), QStringLiteral("By kind")}
            << "0.0%"
            << QStringList {QStringLiteral("Case code"), QStringLiteral("Citizen"),
                   QStringLiteral("Phone"), QStringLiteral("Kind")};
    }
    void languageOfFiles()
    {
        QFETCH(QString, cliLanguage);
        QFETCH(QStringList, languageOption);
        QFETCH(QStringList, sheets);
        QFETCH(QStringList, summaryTexts);
        QFETCH(QString, percentFormat);
        QFETCH(QStringList, headers);
        const QString xlsx = m_dir.filePath(
            QStringLiteral("lang-%1.xlsx").arg(qHash(QString::fromUtf8(QTest::currentDataTag()))));
        const QString csv = xlsx + QStringLiteral(".csv");
        const Run run = cli(QStringList {QStringLiteral("--period"), QStringLiteral("2026-Q3"),
                                QStringLiteral("--now"), QStringLiteral("2026-08-20T09:00"),
                                QStringLiteral("--xlsx"), xlsx, QStringLiteral("--csv"), csv}
                + languageOption,
            cliLanguage);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QString error;
        DESK_REQUIRE_PYTHON_READER();
        const QJsonDocument doc = TestSupport::runPython(m_dir, kFileWords, {xlsx, csv}, &error);
        QVERIFY2(doc.isObject(), qPrintable(error));
        const auto strings = [&doc](const char *key) {
            QStringList list;
            for (const QJsonValue &value : doc[QLatin1String(key)].toArray()) {
                list << value.toString();
            }
            return list;
        };
        QCOMPARE(strings("sheets"), sheets);
        const QStringList summary = strings("summary");
        for (const QString &text : summaryTexts) {
            QVERIFY2(summary.contains(text),
                qPrintable(text + QLatin1String(" not in ") + summary.join(QLatin1String(" | "))));
        }
        QVERIFY2(strings("formats").contains(percentFormat),
            qPrintable(strings("formats").join(QLatin1String(" | "))));
        QCOMPARE(strings("listHeader").mid(0, headers.size()), headers);
        QCOMPARE(strings("csvHeader").mid(0, headers.size()), headers);
    }

    void badLanguageIsAUsageError()
    {
        const Run run = cli({QStringLiteral("--period"), QStringLiteral("2026-Q3"),
            QStringLiteral("--language"), QStringLiteral("fr")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("no period") << QStringList {} << 1;
        QTest::addRow("bad period")
            << QStringList {QStringLiteral("--period"), QStringLiteral("2026-Q5")} << 1;
        QTest::addRow("bad now") << QStringList {QStringLiteral("--period"), QStringLiteral("2026"),
            QStringLiteral("--now"), QStringLiteral("yesterday")}
                                 << 1;
        QTest::addRow("unwritable workbook")
            << QStringList {QStringLiteral("--period"), QStringLiteral("2026"),
                   QStringLiteral("--xlsx"), QStringLiteral("/nonexistent-dir/x.xlsx")}
            << 2;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
    }

    void emptyProfileIsALocalError()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        const Run run = cli(
            {QStringLiteral("--period"), QStringLiteral("2026")}, QStringLiteral("en"), empty);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(QDir(empty).filePath(QStringLiteral("advisory-desk.sqlite"))));
    }

private:
    Run cli(const QStringList &arguments, const QString &language = QStringLiteral("vi"),
        const QString &profile = QString())
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ADVISORY_DESK_LANG"), language);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DESK_CLI_PATH),
            QStringList {QStringLiteral("report"), QStringLiteral("--profile"),
                profile.isEmpty() ? m_profile : profile}
                + arguments);
        Run run;
        if (process.waitForFinished(60000)) {
            run.exitCode = process.exitCode();
        }
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QTemporaryDir m_dir;
    QString m_profile;
};

DESK_TEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
