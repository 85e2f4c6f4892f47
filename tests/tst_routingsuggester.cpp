// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routingsuggester.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk::Core;
using Source = RoutingSuggestion::Source;

Q_DECLARE_METATYPE(Desk::Core::RoutingSuggestion::Source)

class TestRoutingSuggester : public QObject
{
    Q_OBJECT
private slots:
    void suggest_data();
    void suggest();
    void disabledAndOrderedRules();
    void inactiveCommuneAgencyIsNotSuggested();

private:
    static RoutingSuggester suggester(QVector<RoutingRule> rules, bool communeActive = true);
};

RoutingSuggester TestRoutingSuggester::suggester(QVector<RoutingRule> rules, bool communeActive)
{
    const QVector<Agency> agencies = {
        {"SO_TP", QStringLiteral("Sở Tư pháp tỉnh Cà Mau"), "so", {}, {}, {}, {}, {}, true, true},
        {"THANH_TRA", QStringLiteral("Thanh tra tỉnh Cà Mau"), "co_quan_chuyen_mon", {}, {}, {}, {},
            {}, true, true},
        {"CA_TINH", QStringLiteral("Công an tỉnh Cà Mau"), "nganh_doc", {}, {}, {}, {}, {}, true,
            true},
        {"CA_XA", QStringLiteral("Công an xã/phường"), "nganh_doc", {}, {}, {}, {}, {}, true, true},
        {"UBND_XA", QStringLiteral("Ủy ban nhân dân xã/phường"), "ubnd_xa", {}, {}, {}, {}, {},
            true, true},
        {"UBND_32002", QStringLiteral("Ủy ban nhân dân phường An Xuyên"), "ubnd_xa", {}, {}, {}, {},
            {}, true, communeActive},
        {"VPDKDD", QStringLiteral("Văn phòng Đăng ký đất đai"), "don_vi_su_nghiep", {}, {}, {}, {},
            {}, false, true},
    };
    const QVector<Locality> localities = {
        {"32002", QStringLiteral("Phường An Xuyên"), QStringLiteral("phường"), {}, true},
        {"32248", QStringLiteral("Xã Đất Mũi"), QStringLiteral("xã"), {}, true},
    };
    const QVector<Area> areas = {
        {"ho_tich", QStringLiteral("Hộ tịch"), "SO_TP", "UBND_XA", true},
        {"cu_tru", QStringLiteral("Cư trú"), "CA_TINH", "CA_XA", true},
        {"ly_lich_tu_phap", QStringLiteral("Lý lịch tư pháp"), "CA_TINH", "", false},
        {"dat_dai", QStringLiteral("Đất đai"), "VPDKDD", "UBND_XA", false},
        {"trong", QStringLiteral("Không có đơn vị"), "", "", false},
    };
    const QVector<Procedure> procedures = {
        {"1.001193", QStringLiteral("Đăng ký khai sinh"), "ho_tich", "commune", 4, {}, "UBND_XA",
            true},
        {"1.012783", QStringLiteral("Cấp đổi Giấy chứng nhận"), "dat_dai", "province", 0, {}, "",
            false},
        {"3.000333", QStringLiteral("Cấp phiếu lý lịch tư pháp"), "ly_lich_tu_phap", "province", 4,
            {}, "CA_TINH", false},
    };
    return RoutingSuggester(rules, procedures, areas, agencies, localities);
}

void TestRoutingSuggester::suggest_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("procedure");
    QTest::addColumn<QString>("locality");
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("reasonMentions");

    QTest::addRow("complaint rule wins over area")
        << "complaint"
        << "ho_tich"
        << ""
        << "32002" << Source::Rule << "THANH_TRA" << QStringLiteral("khiếu nại");
    QTest::addRow("procedure rule by implied level")
        << "question"
        << ""
        << "1.012783"
        << "" << Source::Rule << "VPDKDD" << QStringLiteral("đất đai");
    QTest::addRow("procedure agency resolved for the commune")
        << "question"
        << ""
        << "1.001193"
        << "32002" << Source::Procedure << "UBND_32002" << QStringLiteral("Phường An Xuyên");
    QTest::addRow("procedure agency, commune without own agency")
        << "question"
        << ""
        << "1.001193"
        << "32248" << Source::Procedure << "UBND_XA" << QStringLiteral("Đăng ký khai sinh");
    QTest::addRow("procedure agency, no locality")
        << "question"
        << ""
        << "3.000333"
        << "" << Source::Procedure << "CA_TINH" << QStringLiteral("lý lịch tư pháp");
    QTest::addRow("commune-level area with locality")
        << "question"
        << "ho_tich"
        << ""
        << "32002" << Source::Area << "UBND_32002" << QStringLiteral("Hộ tịch");
    QTest::addRow("area without locality goes to the province")
        << "question"
        << "ho_tich"
        << ""
        << "" << Source::Area << "SO_TP" << QStringLiteral("Hộ tịch");
    QTest::addRow("commune police stays the group code")
        << "question"
        << "cu_tru"
        << ""
        << "32002" << Source::Area << "CA_XA" << QStringLiteral("Cư trú");
    QTest::addRow("provincial-only area ignores locality")
        << "question"
        << "ly_lich_tu_phap"
        << ""
        << "32002" << Source::Area << "CA_TINH" << QStringLiteral("Lý lịch tư pháp");
    QTest::addRow("unknown locality ignored")
        << "question"
        << "ho_tich"
        << ""
        << "99999" << Source::Area << "SO_TP" << QStringLiteral("Hộ tịch");
    QTest::addRow("area naming no agency") << "question"
                                           << "trong"
                                           << ""
                                           << "" << Source::None << "" << QString();
    QTest::addRow("nothing known") << ""
                                   << ""
                                   << ""
                                   << "" << Source::None << "" << QString();
    QTest::addRow("unknown procedure") << "question"
                                       << ""
                                       << "9.999999"
                                       << "" << Source::None << "" << QString();
}

void TestRoutingSuggester::suggest()
{
    QFETCH(QString, kind);
    QFETCH(QString, area);
    QFETCH(QString, procedure);
    QFETCH(QString, locality);
    QFETCH(Source, source);
    QFETCH(QString, agency);
    QFETCH(QString, reasonMentions);
    const QVector<RoutingRule> rules = {
        {2, 20, "", "dat_dai", "", "province", "VPDKDD", QStringLiteral("đất đai cấp tỉnh"), true},
        {1, 10, "complaint", "", "", "", "THANH_TRA", QStringLiteral("khiếu nại, tố cáo"), true},
    };
    const RoutingSuggestion s = suggester(rules).suggest({kind, area, procedure, locality});
    QCOMPARE(s.source, source);
    QCOMPARE(s.agencyCode, agency);
    QCOMPARE(s.isValid(), !agency.isEmpty());
    QVERIFY(!s.reason.isEmpty());
    if (!reasonMentions.isEmpty()) {
        QVERIFY2(s.reason.contains(reasonMentions, Qt::CaseInsensitive), qPrintable(s.reason));
    }
    if (source == Source::Rule) {
        QVERIFY(s.ruleId > 0);
    }
}

void TestRoutingSuggester::disabledAndOrderedRules()
{
    QVector<RoutingRule> rules = {
        {1, 30, "", "ho_tich", "", "", "SO_TP", "late", true},
        {2, 5, "", "ho_tich", "", "", "CA_TINH", "disabled", false},
        {3, 10, "", "ho_tich", "", "", "THANH_TRA", "first enabled", true},
    };
    RoutingSuggestion s = suggester(rules).suggest({"question", "ho_tich", "", ""});
    QCOMPARE(s.agencyCode, QStringLiteral("THANH_TRA"));
    QCOMPARE(s.ruleId, 3);
    rules[2].enabled = false;
    s = suggester(rules).suggest({"question", "ho_tich", "", ""});
    QCOMPARE(s.agencyCode, QStringLiteral("SO_TP"));
    QCOMPARE(s.ruleId, 1);
}

void TestRoutingSuggester::inactiveCommuneAgencyIsNotSuggested()
{
    const RoutingSuggestion s = suggester({}, false).suggest({"question", "ho_tich", "", "32002"});
    QCOMPARE(s.agencyCode, QStringLiteral("UBND_XA"));
}

DESK_TEST_GUILESS_MAIN(TestRoutingSuggester)
#include "tst_routingsuggester.moc"
