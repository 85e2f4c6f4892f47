// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/casecode.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk::Core;

class TestCaseCode : public QObject
{
    Q_OBJECT
private slots:
    void format_data();
    void format();
    void parse_data();
    void parse();
};

void TestCaseCode::format_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("expected");
    QTest::addRow("padded") << 2026 << qint64(123) << QStringLiteral("TV-2026-000123");
    QTest::addRow("first") << 2027 << qint64(1) << QStringLiteral("TV-2027-000001");
    QTest::addRow("past six digits")
        << 2026 << qint64(1234567) << QStringLiteral("TV-2026-1234567");
}

void TestCaseCode::format()
{
    QFETCH(int, year);
    QFETCH(qint64, sequence);
    QFETCH(QString, expected);
    QCOMPARE(formatCaseCode(year, sequence), expected);
}

void TestCaseCode::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("sequence");
    QTest::addRow("exact") << QStringLiteral("TV-2026-000123") << true << 2026 << qint64(123);
    QTest::addRow("in a sentence, lower case")
        << QStringLiteral("cho tôi hỏi hồ sơ tv-2026-000045 tới đâu rồi") << true << 2026
        << qint64(45);
    QTest::addRow("spaces") << QStringLiteral("TV 2026 77") << true << 2026 << qint64(77);
    QTest::addRow("dots") << QStringLiteral("TV.2026.000900") << true << 2026 << qint64(900);
    QTest::addRow("zero sequence") << QStringLiteral("TV-2026-000000") << false << 0 << qint64(0);
    QTest::addRow("no code") << QStringLiteral("đăng ký khai sinh") << false << 0 << qint64(0);
    QTest::addRow("dossier code is not a case code")
        << QStringLiteral("000.00.12.H12-260915-0012") << false << 0 << qint64(0);
}

void TestCaseCode::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    const auto parsed = parseCaseCode(text);
    QCOMPARE(parsed.has_value(), found);
    if (found) {
        QFETCH(int, year);
        QFETCH(qint64, sequence);
        QCOMPARE(parsed->year, year);
        QCOMPARE(parsed->sequence, sequence);
    }
}

DESK_TEST_APPLESS_MAIN(TestCaseCode)
#include "tst_casecode.moc"
