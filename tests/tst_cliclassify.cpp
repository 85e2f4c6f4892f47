// SPDX-License-Identifier: GPL-3.0-or-later
// `advisory-desk-cli classify` as an administrator runs it: the real binary, default rules,
// no profile.
#include "support/clifixtures.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using Desk::TestSupport::CliRun;
using Desk::TestSupport::runCli;

class TestCliClassify : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void json_data();
    void json();
    void wordsWithoutQuotesAreOneMessage();
    void text();
    void usageErrors_data();
    void usageErrors();
    void help();
};

void TestCliClassify::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(DESK_CLI_PATH)));
}

void TestCliClassify::json_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("locality");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("phones");
    QTest::addRow("question with commune")
        << QStringLiteral("Cho em hỏi làm khai sinh ở phường An Xuyên cần gì ạ")
        << QStringLiteral("question") << QStringLiteral("ho_tich") << QStringLiteral("32002")
        << QStringList() << QStringList();
    QTest::addRow("look-up with code and phone")
        << QStringLiteral("ho so 000.00.00.H12 - 250815 - 0001 toi dau roi, sdt 0912 345 678")
        << QStringLiteral("dossier_lookup") << QString() << QString()
        << QStringList {QStringLiteral("000.00.00.H12-250815-0001")}
        << QStringList {QStringLiteral("0912345678")};
    QTest::addRow("complaint over question")
        << QStringLiteral("Cho hỏi gửi đơn khiếu nại về đất ở đâu?") << QStringLiteral("complaint")
        << QStringLiteral("khieu_nai_to_cao") << QString() << QStringList() << QStringList();
    QTest::addRow("rating") << QStringLiteral("RẤT HÀI LÒNG") << QStringLiteral("rating")
                            << QString() << QString() << QStringList() << QStringList();
}

void TestCliClassify::json()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, area);
    QFETCH(QString, locality);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, phones);
    const CliRun run = runCli({QStringLiteral("classify"), text, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList keys = object.keys();
    keys.sort();
    QCOMPARE(keys,
        QStringList(
            {QStringLiteral("area"), QStringLiteral("dossier_codes"), QStringLiteral("kind"),
                QStringLiteral("locality"), QStringLiteral("phones"), QStringLiteral("rule")}));
    QCOMPARE(object.value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(object.value(QStringLiteral("area")).toString(), area);
    QCOMPARE(object.value(QStringLiteral("locality")).toString(), locality);
    QStringList gotCodes;
    for (const auto &value : object.value(QStringLiteral("dossier_codes")).toArray()) {
        gotCodes.append(value.toString());
    }
    QCOMPARE(gotCodes, codes);
    QStringList gotPhones;
    for (const auto &value : object.value(QStringLiteral("phones")).toArray()) {
        gotPhones.append(value.toString());
    }
    QCOMPARE(gotPhones, phones);
    QVERIFY(
        object.value(QStringLiteral("rule")).toString().startsWith(QStringLiteral("kind=") + kind));
}

void TestCliClassify::wordsWithoutQuotesAreOneMessage()
{
    const CliRun run = runCli({QStringLiteral("classify"), QStringLiteral("--json"),
        QStringLiteral("de"), QStringLiteral("nghi"), QStringLiteral("xa"), QStringLiteral("Tan"),
        QStringLiteral("Loc"), QStringLiteral("lam"), QStringLiteral("them"), QStringLiteral("thu"),
        QStringLiteral("7")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value(QStringLiteral("kind")).toString(), QStringLiteral("petition"));
    QCOMPARE(object.value(QStringLiteral("locality")).toString(), QStringLiteral("32083"));
}

void TestCliClassify::text()
{
    const CliRun run = runCli({QStringLiteral("classify"),
        QStringLiteral("Em muốn nhận kết quả qua bưu điện, xã Đầm Dơi, sđt 0987.654.321")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    // Vietnamese labels when translations are installed, English sources otherwise; the
    // values themselves are data and always there.
    QVERIFY2(out.contains(QStringLiteral("Xã Đầm Dơi (32152)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("0987654321")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("kind=postal")), qPrintable(out));
    QCOMPARE(out.count(QLatin1Char('\n')), 6);
}

void TestCliClassify::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrContains");
    QTest::addRow("no text") << QStringList {QStringLiteral("classify")} << QString();
    QTest::addRow("blank text") << QStringList {QStringLiteral("classify"), QStringLiteral("  ")}
                                << QString();
    QTest::addRow("only --json") << QStringList {QStringLiteral("classify"),
        QStringLiteral("--json")} << QString();
    QTest::addRow("unknown option")
        << QStringList {QStringLiteral("classify"), QStringLiteral("--bogus"), QStringLiteral("x")}
        << QStringLiteral("bogus");
}

void TestCliClassify::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrContains);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
    QVERIFY(QString::fromUtf8(run.err).contains(stderrContains));
}

void TestCliClassify::help()
{
    const CliRun run = runCli({QStringLiteral("classify"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--json"));
    const CliRun usage = runCli({QStringLiteral("--help")});
    QVERIFY(usage.out.contains("classify"));
}

DESK_TEST_GUILESS_MAIN(TestCliClassify)
#include "tst_cliclassify.moc"
