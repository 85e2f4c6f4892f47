// SPDX-License-Identifier: GPL-3.0-or-later
// ReplySplitter: parts fit Zalo's 2,000 characters (code points of NFC), breaks prefer
// paragraphs, then lines, sentences and words, nothing but whitespace is lost.
#include "core/replysplitter.h"
#include "support/testmain.h"

#include <QRegularExpression>
#include <QTest>

using Desk::Core::ReplySplitter;

namespace {

QString repeat(const QString &unit, int times)
{
    QString text;
    for (int i = 0; i < times; ++i)
        text += unit;
    return text;
}

/** A Vietnamese sentence of exactly `length` code points ending with '.'. */
QString sentence(int length)
{
    const QString words = QStringLiteral("Hồ sơ đăng ký khai sinh cần tờ khai và giấy chứng sinh ");
    QString text;
    while (text.size() < length - 1)
        text += words;
    text.truncate(length - 1);
    if (text.endsWith(QLatin1Char(' ')))
        text[text.size() - 1] = QLatin1Char('a');
    return text + QLatin1Char('.');
}

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return true;
            ++i;
        } else if (text[i].isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestReplySplitter : public QObject
{
    Q_OBJECT

private slots:
    void zaloLength_data();
    void zaloLength();
    void split_data();
    void split();
    void breaksAtTheBestBoundary_data();
    void breaksAtTheBestBoundary();
    void benchmarkLongReply();
};

void TestReplySplitter::zaloLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addRow("ascii") << QStringLiteral("abc") << 3;
    QTest::addRow("precomposed Vietnamese") << QStringLiteral("Việt") << 4;
    QTest::addRow("decomposed counts after NFC") << QStringLiteral("Vie\u0323\u0302t") << 4;
    QTest::addRow("emoji is one") << QString::fromUcs4(U"\U0001F44D", 1) << 1;
    QTest::addRow("empty") << QString() << 0;
}

void TestReplySplitter::zaloLength()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QCOMPARE(ReplySplitter::zaloLength(text), length);
}

void TestReplySplitter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("numbered");
    QTest::addColumn<int>("parts");

    const QString emoji = QString::fromUcs4(U"\U0001F64F", 1);
    QTest::addRow("empty") << QString() << 2000 << false << 0;
    QTest::addRow("blank") << QStringLiteral(" \n\n ") << 2000 << false << 0;
    QTest::addRow("short") << QStringLiteral("Dạ, em chào anh ạ.") << 2000 << false << 1;
    QTest::addRow("exactly 2000") << QString(2000, QLatin1Char('a')) << 2000 << false << 1;
    QTest::addRow("exactly 2000, numbering not added to one part")
        << QString(2000, QLatin1Char('a')) << 2000 << true << 1;
    QTest::addRow("2001 one word") << QString(2001, QLatin1Char('a')) << 2000 << false << 2;
    QTest::addRow("2001 words") << repeat(QStringLiteral("abcd "), 400) + QStringLiteral("x")
                                << 2000 << false << 2;
    QTest::addRow("2000 Vietnamese NFD = 2000 after NFC")
        << repeat(QStringLiteral("e\u0302\u0301"), 2000) << 2000 << false << 1;
    QTest::addRow("2000 emoji (4000 UTF-16 units)") << repeat(emoji, 2000) << 2000 << false << 1;
    QTest::addRow("2001 emoji, no spaces") << repeat(emoji, 2001) << 2000 << false << 2;
    QTest::addRow("emoji words") << repeat(emoji + emoji + QLatin1Char(' '), 1500) << 2000 << false
                                 << 3;
    QTest::addRow("10,000-character word")
        << QString(10000, QLatin1Char('x')) << 2000 << false << 5;
    QTest::addRow("10,000-character word, numbered")
        << QString(10000, QLatin1Char('x')) << 2000 << true << 6;
    QTest::addRow("Vietnamese sentences, numbered")
        << repeat(sentence(100) + QLatin1Char(' '), 45) << 2000 << true << 3;
    QTest::addRow("numbering needs two digits")
        << repeat(QStringLiteral("từ "), 100) << 20 << true << 25;
}

void TestReplySplitter::split()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(bool, numbered);
    QFETCH(int, parts);
    const QStringList result = ReplySplitter(limit, numbered).split(text);
    QCOMPARE(result.size(), parts);
    QString rejoined;
    for (int i = 0; i < result.size(); ++i) {
        QString part = result[i];
        QVERIFY2(ReplySplitter::zaloLength(part) <= limit, qPrintable(QString::number(i)));
        QVERIFY(!hasLoneSurrogate(part));
        QCOMPARE(part, part.normalized(QString::NormalizationForm_C));
        if (numbered && result.size() > 1) {
            const QString prefix = QStringLiteral("(%1/%2) ").arg(i + 1).arg(result.size());
            QVERIFY2(part.startsWith(prefix), qPrintable(part.left(12)));
            part.remove(0, prefix.size());
        }
        QVERIFY(!part.trimmed().isEmpty());
        rejoined += part;
    }
    // Only whitespace at the breaks may be dropped.
    QCOMPARE(withoutSpaces(rejoined), withoutSpaces(text.normalized(QString::NormalizationForm_C)));
}

void TestReplySplitter::breaksAtTheBestBoundary_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("firstEndsWith");
    QTest::addColumn<int>("firstLength");

    const QString para1 = sentence(700) + QLatin1Char(' ') + sentence(799);
    const QString para2 = sentence(900) + QLatin1Char(' ') + sentence(900);
    QTest::addRow("paragraph") << para1 + QStringLiteral("\n\n") + para2 << para1.right(5)
                               << int(para1.size());
    QTest::addRow("paragraph too early: sentence instead") << sentence(300) + QStringLiteral("\n\n")
            + sentence(1000) + QLatin1Char(' ')
            + sentence(1000) << QStringLiteral(".") << 300 + 2 + 1000;
    QTest::addRow("line") << sentence(1500) + QStringLiteral("\n") + sentence(900)
                          << QStringLiteral(".") << 1500;
    QTest::addRow("sentence") << sentence(1200) + QLatin1Char(' ') + sentence(700)
            + QLatin1Char(' ') + sentence(500)
                              << QStringLiteral(".") << 1200 + 1 + 700;
    QTest::addRow("sentence ending in a quote")
        << sentence(1500) + QStringLiteral("” ") + sentence(900) << QStringLiteral(".”") << 1501;
    QTest::addRow("word") << repeat(QStringLiteral("thủ tục "), 300) << QStringLiteral("tục")
                          << 1999;
}

void TestReplySplitter::breaksAtTheBestBoundary()
{
    QFETCH(QString, text);
    QFETCH(QString, firstEndsWith);
    QFETCH(int, firstLength);
    const QStringList parts = ReplySplitter().split(text);
    QVERIFY(parts.size() >= 2);
    QVERIFY2(parts.first().endsWith(firstEndsWith), qPrintable(parts.first().right(20)));
    QCOMPARE(ReplySplitter::zaloLength(parts.first()), firstLength);
}

void TestReplySplitter::benchmarkLongReply()
{
    // A 20,000-character answer (a long procedure guide): 10+ parts, numbered.
    QString text;
    for (int i = 0; i < 20; ++i)
        text += repeat(sentence(180) + QLatin1Char(' '), 5) + QStringLiteral("\n\n");
    text.chop(2);
    QStringList parts;
    QBENCHMARK
    {
        parts = ReplySplitter(ReplySplitter::kZaloLimit, true).split(text);
    }
    QCOMPARE(parts.size(), 10);
}

DESK_TEST_GUILESS_MAIN(TestReplySplitter)
#include "tst_replysplitter.moc"
