// SPDX-License-Identifier: GPL-3.0-or-later
// The directory companion on a real SQLite file: seeding from :/data, edits, CSV round trip.
#include "core/csvtable.h"
#include "store/directory.h"
#include "store/store.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Desk;
using Core::DirectoryTable;
using Desk::TestSupport::storeLocation;

Q_DECLARE_METATYPE(Desk::Core::DirectoryTable)

class TestDirectory : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void seedCountsEqualDefaultFiles_data();
    void seedCountsEqualDefaultFiles();
    void seedIsIdempotent();
    void defaultsKeepUnverifiedMarks();
    void exportImportRoundTrip_data();
    void exportImportRoundTrip();
    void importWritesOnlyGoodRows();
    void importRefusesWholeFile();
    void editsAreValidated();
    void suggestsFromSeededDirectory();
    void removeRefusedWhileReferenced();

private:
    std::unique_ptr<Store::Store> openStore(const QString &name);
    bool openSeeded(const QString &name, std::unique_ptr<Store::Store> &store,
        std::unique_ptr<Store::Directory> &directory);
    static int defaultRows(DirectoryTable table);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDirectory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Store::Store> TestDirectory::openStore(const QString &name)
{
    auto store = std::make_unique<Store::Store>();
    QString error;
    if (!store->open(storeLocation(*m_dir, name), &error)) {
        qWarning() << error;
        return nullptr;
    }
    return store;
}

bool TestDirectory::openSeeded(const QString &name, std::unique_ptr<Store::Store> &store,
    std::unique_ptr<Store::Directory> &directory)
{
    store = openStore(name);
    if (!store) {
        return false;
    }
    directory = std::make_unique<Store::Directory>(*store);
    return directory->seedDefaults();
}

int TestDirectory::defaultRows(DirectoryTable table)
{
    QFile file(Core::tableSpec(table).defaultFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const Core::Csv::ParseResult parsed = Core::Csv::parse(file.readAll());
    return parsed.ok ? int(parsed.records.size()) - 1 : -1;
}

void TestDirectory::seedCountsEqualDefaultFiles_data()
{
    QTest::addColumn<DirectoryTable>("table");
    QTest::addColumn<int>("atLeast");
    QTest::addRow("agencies") << DirectoryTable::Agencies << 64 + 20;
    QTest::addRow("localities") << DirectoryTable::Localities << 64;
    QTest::addRow("areas") << DirectoryTable::Areas << 20;
    QTest::addRow("procedures") << DirectoryTable::Procedures << 75;
    QTest::addRow("reply templates") << DirectoryTable::ReplyTemplates << 15;
    QTest::addRow("routing rules") << DirectoryTable::RoutingRules << 5;
    QTest::addRow("classification rules") << DirectoryTable::ClassificationRules << 0;
}

void TestDirectory::seedCountsEqualDefaultFiles()
{
    QFETCH(DirectoryTable, table);
    QFETCH(int, atLeast);
    auto store = openStore(QStringLiteral("seed.sqlite"));
    QVERIFY(store);
    Store::Directory directory(*store);
    QCOMPARE(directory.count(table), 0);
    QVERIFY2(directory.seedDefaults(), qPrintable(directory.lastError()));
    const int expected = defaultRows(table); // after seedDefaults: the resource is initialised
    if (expected < 0) {
        QCOMPARE(table, DirectoryTable::ClassificationRules); // another part ships that file
        QCOMPARE(directory.count(table), 0);
        return;
    }
    QVERIFY(expected >= atLeast);
    QCOMPARE(directory.count(table), expected);
}

void TestDirectory::seedIsIdempotent()
{
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Store::Directory> directory;
    QVERIFY(openSeeded(QStringLiteral("idem.sqlite"), store, directory));
    const int agencies = directory->count(DirectoryTable::Agencies);
    const auto templateBefore = directory->replyTemplate(QStringLiteral("TIEP_NHAN"));
    QVERIFY(templateBefore);
    Core::ReplyTemplate edited = *templateBefore;
    edited.body = QStringLiteral("Đã sửa {ho_ten}");
    QVERIFY(directory->upsert(edited));
    for (const Core::RoutingRule &rule : directory->routingRules()) {
        QVERIFY(directory->removeRecord(DirectoryTable::RoutingRules, QString::number(rule.id)));
    }
    QVERIFY(directory->seedDefaults());
    store.reset();

    store = openStore(QStringLiteral("idem.sqlite"));
    QVERIFY(store);
    Store::Directory again(*store);
    QVERIFY(again.seedDefaults());
    QCOMPARE(again.count(DirectoryTable::Agencies), agencies);
    QCOMPARE(again.replyTemplate(QStringLiteral("TIEP_NHAN"))->body, edited.body);
    QCOMPARE(again.count(DirectoryTable::RoutingRules), 0); // emptied on purpose: not refilled
}

void TestDirectory::defaultsKeepUnverifiedMarks()
{
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Store::Directory> directory;
    QVERIFY(openSeeded(QStringLiteral("marks.sqlite"), store, directory));
    const auto bhxh = directory->agency(QStringLiteral("BHXH_TINH"));
    QVERIFY(bhxh);
    QVERIFY(!bhxh->verified);
    const auto ward = directory->agency(QStringLiteral("UBND_32002"));
    QVERIFY(ward);
    QCOMPARE(ward->name, QStringLiteral("Ủy ban nhân dân phường An Xuyên"));
    QCOMPARE(ward->kind, QStringLiteral("ubnd_xa"));
    QVERIFY(ward->address.endsWith(QStringLiteral(", tỉnh Cà Mau")));
    int unverified = 0;
    int verified = 0;
    const auto procedures = directory->procedures();
    for (const Core::Procedure &p : procedures) {
        ++(p.verified ? verified : unverified);
        QVERIFY2(directory->area(p.areaCode).has_value(), qPrintable(p.code));
        QVERIFY(p.onlineLevel == 0 || p.onlineLevel == 3 || p.onlineLevel == 4);
        QVERIFY(p.level == QLatin1String("province") || p.level == QLatin1String("commune"));
    }
    QVERIFY(verified > 0);
    QVERIFY(unverified > 0);
    const auto birth = directory->procedure(QStringLiteral("1.001193"));
    QVERIFY(birth);
    QCOMPARE(birth->onlineLevel, 4);
    QVERIFY(birth->portalUrl.contains(QStringLiteral("1.001193")));
}

void TestDirectory::exportImportRoundTrip_data()
{
    QTest::addColumn<DirectoryTable>("table");
    for (DirectoryTable table : Core::allDirectoryTables()) {
        QTest::addRow("%s", qPrintable(Core::tableSpec(table).sqlName)) << table;
    }
}

void TestDirectory::exportImportRoundTrip()
{
    QFETCH(DirectoryTable, table);
    auto source = openStore(QStringLiteral("source.sqlite"));
    auto target = openStore(QStringLiteral("target.sqlite"));
    QVERIFY(source && target);
    Store::Directory from(*source);
    Store::Directory to(*target);
    QVERIFY(from.seedDefaults());
    // A value that a spreadsheet would run as a formula survives the trip unchanged.
    if (table == DirectoryTable::Agencies) {
        Core::Agency agency = *from.agency(QStringLiteral("SO_TP"));
        agency.phone = QStringLiteral("+84 290 3831 234");
        agency.notes = QStringLiteral("=HYPERLINK(\"http://x\")\nsecond line, \"quoted\"");
        QVERIFY(from.upsert(agency));
    }
    // The target gets the tables it refers to first, through CSV as well.
    for (DirectoryTable t : Core::allDirectoryTables()) {
        const Store::DirectoryImportReport report = to.importCsv(t, from.exportCsv(t));
        QVERIFY2(report.ok(), qPrintable(report.fileError + report.storeError));
        QVERIFY2(report.rejected.isEmpty(), qPrintable(report.rejected.value(0).reason));
        if (t == table) {
            break;
        }
    }
    QCOMPARE(to.records(table), from.records(table));
    const QByteArray exported = from.exportCsv(table);
    QVERIFY(exported.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(to.exportCsv(table), exported);
    if (table == DirectoryTable::Agencies) {
        QVERIFY(exported.contains("'=HYPERLINK"));
        QVERIFY(exported.contains("'+84 290"));
    }
}

void TestDirectory::importWritesOnlyGoodRows()
{
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Store::Directory> directory;
    QVERIFY(openSeeded(QStringLiteral("broken.sqlite"), store, directory));
    const int before = directory->count(DirectoryTable::Procedures);
    const QByteArray csv = QStringLiteral(
        "code,name,area_code,level,online_level,portal_url,agency_code,verified\r\n"
        "9.000001,Thủ tục thử một,ho_tich,commune,4,,UBND_XA,0\r\n"
        "9.000002,Thủ tục thử hai,khong_co,commune,4,,UBND_XA,0\r\n"
        "9.000003,,ho_tich,commune,4,,UBND_XA,0\r\n"
        "9.000004,Thủ tục thử bốn,ho_tich,commune,9,,UBND_XA,0\r\n"
        "9.000001,Trùng mã,ho_tich,commune,4,,UBND_XA,0\r\n"
        "1.001193,Đăng ký khai sinh (sửa),ho_tich,commune,3,,UBND_XA,1\r\n"
        "9.000005,Thiếu cột\r\n")
                               .toUtf8();
    const Store::DirectoryImportReport report
        = directory->importCsv(DirectoryTable::Procedures, csv);
    QVERIFY(report.ok());
    QCOMPARE(report.rowCount, 7);
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.updated, 1);
    QVector<int> lines;
    for (const Core::RejectedRow &row : report.rejected) {
        lines << row.line;
    }
    QCOMPARE(lines, (QVector<int> {3, 4, 5, 6, 8}));
    QCOMPARE(directory->count(DirectoryTable::Procedures), before + 1);
    QVERIFY(directory->procedure(QStringLiteral("9.000001")));
    QVERIFY(!directory->procedure(QStringLiteral("9.000002")));
    QCOMPARE(directory->procedure(QStringLiteral("1.001193"))->onlineLevel, 3);
}

void TestDirectory::importRefusesWholeFile()
{
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Store::Directory> directory;
    QVERIFY(openSeeded(QStringLiteral("refused.sqlite"), store, directory));
    const int before = directory->count(DirectoryTable::Agencies);
    const auto report = directory->importCsv(DirectoryTable::Agencies, "code,kind\nX,so\n");
    QVERIFY(!report.ok());
    QVERIFY(report.fileError.contains(QStringLiteral("name")));
    QCOMPARE(directory->count(DirectoryTable::Agencies), before);
}

void TestDirectory::editsAreValidated()
{
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Store::Directory> directory;
    QVERIFY(openSeeded(QStringLiteral("edits.sqlite"), store, directory));
    Core::Procedure p;
    p.code = QStringLiteral("9.100000");
    p.name = QStringLiteral("Thủ tục mới");
    p.areaCode = QStringLiteral("khong_co_linh_vuc");
    QVERIFY(!directory->upsert(p));
    QVERIFY2(directory->lastError().contains(QStringLiteral("khong_co_linh_vuc")),
        qPrintable(directory->lastError()));
    p.areaCode = QStringLiteral("ho_tich");
    QVERIFY2(directory->upsert(p), qPrintable(directory->lastError()));

    Core::RoutingRule rule;
    rule.position = 5;
    rule.areaCode = QStringLiteral("ho_tich");
    rule.agencyCode = QStringLiteral("SO_TP");
    const qint64 id = directory->upsert(rule);
    QVERIFY(id > 0);
    rule.id = id;
    rule.note = QStringLiteral("sửa ghi chú");
    QCOMPARE(directory->upsert(rule), id);
    QCOMPARE(directory->routingRules().first().note, rule.note);
    rule.agencyCode.clear();
    QCOMPARE(directory->upsert(rule), 0);
    QVERIFY(directory->removeRecord(DirectoryTable::RoutingRules, QString::number(id)));
    QVERIFY(!directory->record(DirectoryTable::RoutingRules, QString::number(id)));
}

void TestDirectory::suggestsFromSeededDirectory()
{
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Store::Directory> directory;
    QVERIFY(openSeeded(QStringLiteral("route.sqlite"), store, directory));
    const Core::RoutingSuggester suggester = directory->routingSuggester();
    auto s = suggester.suggest({QStringLiteral("question"), QString(), QStringLiteral("1.001193"),
        QStringLiteral("32002")});
    QCOMPARE(s.agencyCode, QStringLiteral("UBND_32002"));
    s = suggester.suggest({QStringLiteral("complaint"), QStringLiteral("dat_dai"), QString(), {}});
    QCOMPARE(s.agencyCode, QStringLiteral("THANH_TRA"));
    QCOMPARE(s.source, Core::RoutingSuggestion::Source::Rule);
    s = suggester.suggest({QStringLiteral("question"), QStringLiteral("ly_lich_tu_phap"), {}, {}});
    QCOMPARE(s.agencyCode, QStringLiteral("CA_TINH"));
}

void TestDirectory::removeRefusedWhileReferenced()
{
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Store::Directory> directory;
    QVERIFY(openSeeded(QStringLiteral("remove.sqlite"), store, directory));
    // Areas, procedures and routing rules name CA_TINH.
    QVERIFY(!directory->removeRecord(DirectoryTable::Agencies, QStringLiteral("CA_TINH")));
    QVERIFY2(directory->lastError().contains(QStringLiteral("CA_TINH")),
        qPrintable(directory->lastError()));
    QVERIFY(
        directory->referencesTo(DirectoryTable::Agencies, QStringLiteral("CA_TINH")).size() >= 3);
    QVERIFY(directory->agency(QStringLiteral("CA_TINH")));
    // A commune agency nobody names can go.
    QVERIFY(
        directory->referencesTo(DirectoryTable::Agencies, QStringLiteral("UBND_32248")).isEmpty());
    QVERIFY(directory->removeRecord(DirectoryTable::Agencies, QStringLiteral("UBND_32248")));
    QVERIFY(!directory->agency(QStringLiteral("UBND_32248")));
}

DESK_TEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"
