// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directoryimport.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk::Core;

class TestDirectoryImport : public QObject
{
    Q_OBJECT
private slots:
    void brokenProcedureRows_data();
    void brokenProcedureRows();
    void goodRowsAccepted();
    void headerInAnyOrderExtraColumnsIgnored();
    void fileErrors_data();
    void fileErrors();
    void agenciesMayReferToLaterRows();
    void routingRuleChecks_data();
    void routingRuleChecks();
    void validateCleansValues();

private:
    static KnownKeys known();
};

KnownKeys TestDirectoryImport::known()
{
    KnownKeys keys;
    keys[DirectoryTable::Agencies] = {QStringLiteral("SO_TP"), QStringLiteral("UBND_XA")};
    keys[DirectoryTable::Areas] = {QStringLiteral("ho_tich"), QStringLiteral("cu_tru")};
    keys[DirectoryTable::Procedures] = {QStringLiteral("1.001193")};
    return keys;
}

const QByteArray kProcedureHeader
    = "code,name,area_code,level,online_level,portal_url,agency_code,verified\n";

void TestDirectoryImport::brokenProcedureRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reasonMentions");
    QTest::addRow("missing columns")
        << QByteArray("1.000656,Đăng ký khai tử,ho_tich\n") << QString() << QStringLiteral("3");
    QTest::addRow("too many columns")
        << QByteArray("1.000656,Khai tử,ho_tich,commune,4,,UBND_XA,1,extra\n") << QString()
        << QStringLiteral("9");
    QTest::addRow("unknown area") << QByteArray("1.000656,Khai tử,dat_dai,commune,4,,UBND_XA,1\n")
                                  << QStringLiteral("area_code") << QStringLiteral("dat_dai");
    QTest::addRow("unknown agency") << QByteArray("1.000656,Khai tử,ho_tich,commune,4,,SO_XYZ,1\n")
                                    << QStringLiteral("agency_code") << QStringLiteral("SO_XYZ");
    QTest::addRow("bad online level")
        << QByteArray("1.000656,Khai tử,ho_tich,commune,2,,UBND_XA,1\n")
        << QStringLiteral("online_level") << QStringLiteral("2");
    QTest::addRow("online level not a number")
        << QByteArray("1.000656,Khai tử,ho_tich,commune,bốn,,UBND_XA,1\n")
        << QStringLiteral("online_level") << QStringLiteral("bốn");
    QTest::addRow("online level out of range")
        << QByteArray("1.000656,Khai tử,ho_tich,commune,7,,UBND_XA,1\n")
        << QStringLiteral("online_level") << QStringLiteral("7");
    QTest::addRow("empty name") << QByteArray("1.000656,  ,ho_tich,commune,4,,UBND_XA,1\n")
                                << QStringLiteral("name") << QStringLiteral("required");
    QTest::addRow("empty code") << QByteArray(",Khai tử,ho_tich,commune,4,,UBND_XA,1\n")
                                << QStringLiteral("code") << QStringLiteral("required");
    QTest::addRow("bad level") << QByteArray("1.000656,Khai tử,ho_tich,huyện,4,,UBND_XA,1\n")
                               << QStringLiteral("level") << QStringLiteral("huyện");
    QTest::addRow("bad verified") << QByteArray(
        "1.000656,Khai tử,ho_tich,commune,4,,UBND_XA,có lẽ\n")
                                  << QStringLiteral("verified") << QStringLiteral("có lẽ");
    QTest::addRow("duplicate code")
        << QByteArray("1.001193,Khai sinh lần 2,ho_tich,commune,4,,,0\n") << QStringLiteral("code")
        << QStringLiteral("2");
}

void TestDirectoryImport::brokenProcedureRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, column);
    QFETCH(QString, reasonMentions);
    // Line 2 is good, line 3 is the broken one, line 4 is good again.
    const QByteArray csv = kProcedureHeader
        + "1.001193,Đăng ký khai sinh,ho_tich,commune,4,,UBND_XA,1\n" + row
        + "1.004222,Đăng ký thường trú,cu_tru,commune,4,,,0\n";
    const ImportResult result = DirectoryImport::parse(DirectoryTable::Procedures, csv, known());
    QVERIFY(result.ok());
    QCOMPARE(result.rowCount, 3);
    QCOMPARE(result.rejected.size(), 1);
    QCOMPARE(result.rejected.first().line, 3);
    QCOMPARE(result.rejected.first().column, column);
    QVERIFY2(result.rejected.first().reason.contains(reasonMentions),
        qPrintable(result.rejected.first().reason));
    QCOMPARE(result.acceptedLines, (QVector<int> {2, 4}));
}

void TestDirectoryImport::goodRowsAccepted()
{
    const QByteArray csv = kProcedureHeader
        + "1.001193,\"Đăng ký khai "
          "sinh\",ho_tich,commune,4,https://dichvucong.gov.vn,UBND_XA,yes\r\n"
          "1.004222,Đăng ký thường trú,cu_tru,,,,,\r\n";
    const ImportResult result = DirectoryImport::parse(DirectoryTable::Procedures, csv, known());
    QVERIFY(result.rejected.isEmpty());
    QCOMPARE(result.accepted.size(), 2);
    QCOMPARE(result.accepted.at(0),
        (QStringList {"1.001193", QStringLiteral("Đăng ký khai sinh"), "ho_tich", "commune", "4",
            "https://dichvucong.gov.vn", "UBND_XA", "1"}));
    // Defaults fill empty cells: online level 0 (unknown), not verified.
    const Procedure p = procedureFromRecord(result.accepted.at(1));
    QCOMPARE(p.onlineLevel, 0);
    QCOMPARE(p.verified, false);
    QCOMPARE(p.level, QString());
}

void TestDirectoryImport::headerInAnyOrderExtraColumnsIgnored()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "source,Name,CODE,verified\n"
                           "NQ 1655,Phường An Xuyên,32002,yes\n";
    const ImportResult result = DirectoryImport::parse(DirectoryTable::Localities, csv, {});
    QVERIFY(result.ok());
    QCOMPARE(result.accepted.size(), 1);
    const Locality l = localityFromRecord(result.accepted.first());
    QCOMPARE(l.code, QStringLiteral("32002"));
    QCOMPARE(l.name, QStringLiteral("Phường An Xuyên"));
    QVERIFY(l.verified);
}

void TestDirectoryImport::fileErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("empty") << QByteArray() << QString();
    QTest::addRow("required column missing")
        << QByteArray("code,kind\nX,so\n") << QStringLiteral("name");
    QTest::addRow("not UTF-8") << QByteArray("code,name\nX,S\xf5\n") << QStringLiteral("UTF-8");
    QTest::addRow("unclosed quote") << QByteArray("code,name\nX,\"Sở\n") << QStringLiteral("2");
}

void TestDirectoryImport::fileErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, mentions);
    const ImportResult result = DirectoryImport::parse(DirectoryTable::Agencies, csv, known());
    QVERIFY(!result.ok());
    QVERIFY(result.accepted.isEmpty());
    QVERIFY2(result.fileError.contains(mentions), qPrintable(result.fileError));
}

void TestDirectoryImport::agenciesMayReferToLaterRows()
{
    const QByteArray csv = "code,name,parent_code\n"
                           "PHONG_A,Phòng A,SO_MOI\n"
                           "SO_MOI,Sở mới,\n"
                           "PHONG_B,Phòng B,KHONG_CO\n";
    const ImportResult result = DirectoryImport::parse(DirectoryTable::Agencies, csv, known());
    QCOMPARE(result.accepted.size(), 2);
    QCOMPARE(result.rejected.size(), 1);
    QCOMPARE(result.rejected.first().line, 4);
    QCOMPARE(result.rejected.first().column, QStringLiteral("parent_code"));
    // active defaults to yes.
    QVERIFY(agencyFromRecord(result.accepted.first()).active);
}

void TestDirectoryImport::routingRuleChecks_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("rejectedColumn");
    QTest::addRow("good, new id") << QByteArray(",10,complaint,,,,SO_TP,note,1\n") << QString();
    QTest::addRow("good, existing id")
        << QByteArray("7,10,,ho_tich,1.001193,commune,SO_TP,,0\n") << QString();
    QTest::addRow("unknown kind") << QByteArray(",10,khieu_nai,,,,SO_TP,,1\n")
                                  << QStringLiteral("kind");
    QTest::addRow("agency required")
        << QByteArray(",10,,ho_tich,,,,,1\n") << QStringLiteral("agency_code");
    QTest::addRow("unknown procedure")
        << QByteArray(",10,,,9.9,,SO_TP,,1\n") << QStringLiteral("procedure_code");
    QTest::addRow("position required")
        << QByteArray(",,,,,,SO_TP,,1\n") << QStringLiteral("position");
    QTest::addRow("negative id") << QByteArray("-3,10,,,,,SO_TP,,1\n") << QStringLiteral("id");
}

void TestDirectoryImport::routingRuleChecks()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, rejectedColumn);
    const QByteArray csv
        = "id,position,kind,area_code,procedure_code,level,agency_code,note,enabled\n" + row;
    const ImportResult result = DirectoryImport::parse(DirectoryTable::RoutingRules, csv, known());
    QCOMPARE(result.rejected.size(), rejectedColumn.isEmpty() ? 0 : 1);
    if (!rejectedColumn.isEmpty()) {
        QCOMPARE(result.rejected.first().column, rejectedColumn);
        QCOMPARE(result.rejected.first().line, 2);
    }
}

void TestDirectoryImport::validateCleansValues()
{
    QStringList record = {QStringLiteral("  MAU_1 "), QStringLiteral("Tiêu đề\nhai dòng"),
        QString(), QString(), QStringLiteral("  Dòng 1\r\nDòng 2\u202E  "), QStringLiteral("Có")};
    QString column;
    QCOMPARE(DirectoryImport::validate(DirectoryTable::ReplyTemplates, record, known(), &column),
        QString());
    QCOMPARE(record,
        (QStringList {"MAU_1", QStringLiteral("Tiêu đề hai dòng"), QString(), QString(),
            QStringLiteral("Dòng 1\nDòng 2"), "1"}));
    QStringList formula = {QStringLiteral("'=CMD()"), QStringLiteral("X")};
    QCOMPARE(DirectoryImport::validate(DirectoryTable::Localities, formula, known(), &column),
        QString());
    QCOMPARE(formula.first(), QStringLiteral("=CMD()"));
}

DESK_TEST_GUILESS_MAIN(TestDirectoryImport)
#include "tst_directoryimport.moc"
