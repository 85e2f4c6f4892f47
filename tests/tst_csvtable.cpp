// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvtable.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk::Core;

using Rows = QVector<QStringList>;
Q_DECLARE_METATYPE(Rows)

class TestCsvTable : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void recordLines();
    void refuses_data();
    void refuses();
    void roundTrip_data();
    void roundTrip();
    void writeQuotesOnlyWhenNeeded();
    void formulaGuard_data();
    void formulaGuard();
};

void TestCsvTable::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Rows>("expected");
    QTest::addRow("plain LF") << QByteArray("a,b\n1,2\n") << Rows {{"a", "b"}, {"1", "2"}};
    QTest::addRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Rows {{"a", "b"}, {"1", "2"}};
    QTest::addRow("lone CR") << QByteArray("a,b\r1,2") << Rows {{"a", "b"}, {"1", "2"}};
    QTest::addRow("no final newline") << QByteArray("a,b\n1,2") << Rows {{"a", "b"}, {"1", "2"}};
    QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "code,name\nX,Y\n")
                         << Rows {{"code", "name"}, {"X", "Y"}};
    QTest::addRow("quoted comma") << QByteArray("\"a,b\",c\n") << Rows {{"a,b", "c"}};
    QTest::addRow("doubled quote")
        << QByteArray("\"say \"\"hi\"\"\",x\n") << Rows {{"say \"hi\"", "x"}};
    QTest::addRow("embedded LF") << QByteArray("\"line 1\nline 2\",x\n")
                                 << Rows {{"line 1\nline 2", "x"}};
    QTest::addRow("embedded CRLF becomes LF")
        << QByteArray("\"line 1\r\nline 2\",x\r\n") << Rows {{"line 1\nline 2", "x"}};
    QTest::addRow("empty fields") << QByteArray(",,\n") << Rows {{"", "", ""}};
    QTest::addRow("empty quoted") << QByteArray("\"\",a\n") << Rows {{"", "a"}};
    QTest::addRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n") << Rows {{"a"}, {"b"}};
    QTest::addRow("quote inside unquoted kept")
        << QByteArray("5\" pipe,x\n") << Rows {{"5\" pipe", "x"}};
    QTest::addRow("text after closing quote kept")
        << QByteArray("\"ab\"cd,x\n") << Rows {{"abcd", "x"}};
    QTest::addRow("Vietnamese") << QStringLiteral("Sở Tư pháp,Đăng ký khai sinh\n").toUtf8()
                                << Rows {{QStringLiteral("Sở Tư pháp"),
                                       QStringLiteral("Đăng ký khai sinh")}};
    QTest::addRow("spaces kept") << QByteArray(" a , b \n") << Rows {{" a ", " b "}};
}

void TestCsvTable::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Rows, expected);
    const Csv::ParseResult result = Csv::parse(bytes);
    QVERIFY2(result.ok, qPrintable(result.error));
    Rows rows;
    for (const Csv::Record &record : result.records) {
        rows << record.fields;
    }
    QCOMPARE(rows, expected);
}

void TestCsvTable::recordLines()
{
    const Csv::ParseResult result = Csv::parse("h1,h2\r\n\"multi\r\nline\",x\r\n\r\nlast,y\r\n");
    QVERIFY(result.ok);
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.records.at(0).line, 1);
    QCOMPARE(result.records.at(1).line, 2);
    QCOMPARE(result.records.at(2).line, 5);
}

void TestCsvTable::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n") << 2;
    QTest::addRow("Windows-1258 bytes") << QByteArray("S\xf5 T\xf2 ph\xe1p\n") << 1;
}

void TestCsvTable::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    const Csv::ParseResult result = Csv::parse(bytes);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorLine, line);
    QVERIFY(!result.error.isEmpty());
}

void TestCsvTable::roundTrip_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<bool>("crlf");
    const Rows tricky
        = {{"code", "body"}, {"A", QStringLiteral("Kính gửi {ho_ten},\nhồ sơ \"%1\", đã nhận.")},
            {" lead", "trail "}, {"", ""}, {"=1+2", "@cmd"}};
    QTest::addRow("CRLF") << tricky << true;
    QTest::addRow("LF") << tricky << false;
}

void TestCsvTable::roundTrip()
{
    QFETCH(Rows, rows);
    QFETCH(bool, crlf);
    Csv::WriteOptions options;
    options.crlf = crlf;
    const QByteArray bytes = Csv::write(rows, options);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.contains("\r\n"), crlf);
    const Csv::ParseResult back = Csv::parse(bytes);
    QVERIFY(back.ok);
    Rows parsed;
    for (const Csv::Record &record : back.records) {
        parsed << record.fields;
    }
    QCOMPARE(parsed, rows);
}

void TestCsvTable::writeQuotesOnlyWhenNeeded()
{
    Csv::WriteOptions options;
    options.byteOrderMark = false;
    options.crlf = false;
    QCOMPARE(Csv::write({{"a", "b c", "d,e", "say \"x\""}}, options),
        QByteArray("a,b c,\"d,e\",\"say \"\"x\"\"\"\n"));
}

void TestCsvTable::formulaGuard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("guarded");
    QTest::addRow("formula") << "=HYPERLINK(\"x\")"
                             << "'=HYPERLINK(\"x\")";
    QTest::addRow("plus phone") << "+84 290 3831 234"
                                << "'+84 290 3831 234";
    QTest::addRow("minus") << "-5"
                           << "'-5";
    QTest::addRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::addRow("plain") << QStringLiteral("Sở Y tế") << QStringLiteral("Sở Y tế");
    QTest::addRow("apostrophe before formula") << "'=x"
                                               << "''=x";
    QTest::addRow("apostrophe alone") << "'abc"
                                      << "'abc";
    QTest::addRow("empty") << ""
                           << "";
}

void TestCsvTable::formulaGuard()
{
    QFETCH(QString, cell);
    QFETCH(QString, guarded);
    QCOMPARE(Csv::guardFormula(cell), guarded);
    QCOMPARE(Csv::unguardFormula(Csv::guardFormula(cell)), cell);
}

DESK_TEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
