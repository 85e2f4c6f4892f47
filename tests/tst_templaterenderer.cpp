// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/templaterenderer.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk::Core;
using Values = TemplateRenderer::Values;

class TestTemplateRenderer : public QObject
{
    Q_OBJECT
private slots:
    void everyVariable();
    void render_data();
    void render();
    void missingValues_data();
    void missingValues();
    void strictRefuses_data();
    void strictRefuses();
    void valueIsNotExpandedAgain();
    void hugeValueIsCut();
    void controlAndBidiCharactersStripped_data();
    void controlAndBidiCharactersStripped();
    void previewMarksMissing();
};

void TestTemplateRenderer::everyVariable()
{
    const QStringList names = TemplateRenderer::knownVariables();
    QVERIFY(names.size() >= 10);
    QString body;
    Values values;
    QString expected;
    for (const QString &name : names) {
        QVERIFY2(!TemplateRenderer::variableDescription(name).isEmpty(), qPrintable(name));
        body += QStringLiteral("[{%1}]").arg(name);
        values.insert(name, QStringLiteral("giá trị %1").arg(name));
        expected += QStringLiteral("[giá trị %1]").arg(name);
    }
    QCOMPARE(TemplateRenderer::variablesIn(body), names);
    const auto result = TemplateRenderer::render(body, values);
    QVERIFY(result.ok());
    QVERIFY(result.unknown.isEmpty());
    QCOMPARE(result.text, expected);
    QCOMPARE(TemplateRenderer::renderStrict(body, values).value_or(QString()), expected);
}

void TestTemplateRenderer::render_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unknown");
    QTest::addRow("acknowledgement")
        << QStringLiteral("Kính gửi {ho_ten}, yêu cầu {ma_yeu_cau} đã được tiếp nhận, hạn trả "
                          "lời {han_tra_loi}.")
        << QStringLiteral("Kính gửi Nguyễn Văn An, yêu cầu TV-2026-000123 đã được tiếp nhận, "
                          "hạn trả lời 15/10/2026.")
        << QStringList();
    QTest::addRow("spaces and upper case in braces")
        << QStringLiteral("{ HO_TEN } / { ma_yeu_cau}")
        << QStringLiteral("Nguyễn Văn An / TV-2026-000123") << QStringList();
    QTest::addRow("unknown token kept and reported")
        << QStringLiteral("{ho_ten} {xyz} {xyz}") << QStringLiteral("Nguyễn Văn An {xyz} {xyz}")
        << QStringList {QStringLiteral("{xyz}")};
    QTest::addRow("unbalanced open brace")
        << QStringLiteral("{ho_ten {ma_yeu_cau}") << QStringLiteral("{ho_ten TV-2026-000123")
        << QStringList();
    QTest::addRow("unbalanced close brace")
        << QStringLiteral("ho_ten} {ho_ten}}") << QStringLiteral("ho_ten} Nguyễn Văn An}")
        << QStringList();
    QTest::addRow("double braces")
        << QStringLiteral("{{ho_ten}}") << QStringLiteral("{Nguyễn Văn An}") << QStringList();
    QTest::addRow("empty braces") << QStringLiteral("a {} b") << QStringLiteral("a {} b")
                                  << QStringList();
    QTest::addRow("not a name") << QStringLiteral("{họ tên}") << QStringLiteral("{họ tên}")
                                << QStringList();
    QTest::addRow("line breaks in body kept")
        << QStringLiteral("Dòng 1\r\nDòng 2 {ho_ten}")
        << QStringLiteral("Dòng 1\nDòng 2 Nguyễn Văn An") << QStringList();
}

void TestTemplateRenderer::render()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    QFETCH(QStringList, unknown);
    const Values values = {{QStringLiteral("ho_ten"), QStringLiteral("Nguyễn Văn An")},
        {QStringLiteral("ma_yeu_cau"), QStringLiteral("TV-2026-000123")},
        {QStringLiteral("han_tra_loi"), QStringLiteral("15/10/2026")}};
    const auto result = TemplateRenderer::render(body, values);
    QVERIFY(result.ok());
    QCOMPARE(result.text, expected);
    QCOMPARE(result.unknown, unknown);
}

void TestTemplateRenderer::missingValues_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<QStringList>("missing");
    const QString name = QStringLiteral("ho_ten");
    const QString code = QStringLiteral("ma_ho_so");
    QTest::addRow("none given") << Values {} << QStringList {name, code};
    QTest::addRow("blank counts as missing") << Values {{name, QStringLiteral("  \t ")},
        {code, QStringLiteral("H12")}} << QStringList {name};
    QTest::addRow("only controls counts as missing") << Values {{name, QStringLiteral("\x01\x02")},
        {code, QStringLiteral("H12")}} << QStringList {name};
    QTest::addRow("all given") << Values {{name, QStringLiteral("An")},
        {code, QStringLiteral("H12")}}
                               << QStringList {};
}

void TestTemplateRenderer::missingValues()
{
    QFETCH(Values, values);
    QFETCH(QStringList, missing);
    const QString body = QStringLiteral("Chào {ho_ten}, hồ sơ {ma_ho_so} của {ho_ten}.");
    QCOMPARE(TemplateRenderer::missing(body, values), missing);
    const auto result = TemplateRenderer::render(body, values);
    QCOMPARE(result.missing, missing);
    if (!missing.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY(result.text.isEmpty());
        for (const QString &name : TemplateRenderer::knownVariables()) {
            QVERIFY(!result.text.contains(u'{' + name + u'}'));
        }
    } else {
        QVERIFY(result.text.startsWith(QStringLiteral("Chào An")));
    }
}

void TestTemplateRenderer::strictRefuses_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("errorMentions");
    QTest::addRow("missing") << QStringLiteral("{ho_ten} {don_vi}") << QStringLiteral("don_vi");
    QTest::addRow("unknown") << QStringLiteral("{ho_ten} {ten_sai}") << QStringLiteral("{ten_sai}");
}

void TestTemplateRenderer::strictRefuses()
{
    QFETCH(QString, body);
    QFETCH(QString, errorMentions);
    QString error;
    const auto text = TemplateRenderer::renderStrict(
        body, {{QStringLiteral("ho_ten"), QStringLiteral("An")}}, &error);
    QVERIFY(!text.has_value());
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void TestTemplateRenderer::valueIsNotExpandedAgain()
{
    const Values values = {{QStringLiteral("ho_ten"), QStringLiteral("{ma_ho_so} {ho_ten}")},
        {QStringLiteral("ma_ho_so"), QStringLiteral("SECRET")}};
    const auto result = TemplateRenderer::render(QStringLiteral("Chào {ho_ten}"), values);
    QVERIFY(result.ok());
    QCOMPARE(result.text, QStringLiteral("Chào {ma_ho_so} {ho_ten}"));
    QVERIFY(!result.text.contains(QStringLiteral("SECRET")));
}

void TestTemplateRenderer::hugeValueIsCut()
{
    const QString huge(100 * 1024, u'A');
    const auto result = TemplateRenderer::render(
        QStringLiteral("[{noi_dung_tra_loi}]"), {{QStringLiteral("noi_dung_tra_loi"), huge}});
    QVERIFY(result.ok());
    QVERIFY(result.truncated);
    QCOMPARE(result.text.size(), TemplateRenderer::kMaxValueLength + 2);
    // A surrogate pair at the cut is dropped whole, never split.
    const QString emoji = QString(TemplateRenderer::kMaxValueLength - 1, u'b')
        + QString::fromUcs4(U"\U0001F600") + QStringLiteral("tail");
    const auto cut = TemplateRenderer::render(QStringLiteral("{ho_ten}"), {{"ho_ten", emoji}});
    QCOMPARE(cut.text.size(), TemplateRenderer::kMaxValueLength - 1);
    QVERIFY(!cut.text.back().isHighSurrogate());
    QVERIFY(!TemplateRenderer::render(QStringLiteral("{ho_ten}"), {{"ho_ten", "An"}}).truncated);
}

void TestTemplateRenderer::controlAndBidiCharactersStripped_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("C0 controls") << QStringLiteral("An\x07\x1b[31m\x00x").left(9)
                                 << QStringLiteral("An[31m");
    QTest::addRow("RTL override") << QString::fromUtf8("An\u202Egnp.exe") << "Angnp.exe";
    QTest::addRow("isolates and marks")
        << QString::fromUtf8("\u2066An\u2069\u200F") << QStringLiteral("An");
    QTest::addRow("C1 and BOM") << QString::fromUtf8("A\u0085n\uFEFF") << QStringLiteral("An");
    QTest::addRow("line break kept, CR dropped")
        << QStringLiteral("dòng 1\r\ndòng 2") << QStringLiteral("dòng 1\ndòng 2");
    QTest::addRow("tab to space") << QStringLiteral("a\tb") << QStringLiteral("a b");
    QTest::addRow("NFD to NFC") << QString::fromUtf8("Nguye\u0302\u0303n")
                                << QStringLiteral("Nguyễn");
}

void TestTemplateRenderer::controlAndBidiCharactersStripped()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const auto result = TemplateRenderer::render(QStringLiteral("{ho_ten}"), {{"ho_ten", value}});
    QVERIFY(result.ok());
    QCOMPARE(result.text, expected);
}

void TestTemplateRenderer::previewMarksMissing()
{
    const QString text = TemplateRenderer::preview(
        QStringLiteral("{ho_ten} – {don_vi}"), {{QStringLiteral("ho_ten"), QStringLiteral("An")}});
    QCOMPARE(text, QStringLiteral("An – «don_vi»"));
}

DESK_TEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
