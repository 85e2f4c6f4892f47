// SPDX-License-Identifier: GPL-3.0-or-later
// Case search and the inbox list: Vietnamese folding (NFC, NFD, no diacritics, upper case,
// đ/Đ), citizen names, phones, case codes, hostile input, filters, paging and the bounded
// first-page plan.
#include "core/textfold.h"
#include "store/store.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <algorithm>

using namespace Desk;
using Core::CaseStatus;
using Desk::TestSupport::storeLocation;

namespace {

qint64 vn(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(7 * 3600))
        .toMSecsSinceEpoch();
}

QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

Core::Message in(const QString &id, const QString &citizen, qint64 timeMs, const QString &text)
{
    Core::Message m;
    m.messageId = id;
    m.citizenId = citizen;
    m.direction = Core::Direction::Inbound;
    m.timeMs = timeMs;
    m.text = text;
    return m;
}

using Ids = QSet<QString>;

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void folding_data();
    void folding();
    void search_data();
    void search();
    void filtersCombineWithSearch();
    void newestActivityFirstAndPaging();
    void nameChangeIsSearchable();
    void countCapped();
    void orderMatchesListOrder();
    void noStaleDocuments();
    void batchIndexesAtCommit();

private:
    QSet<QString> found(const QString &text, int *count = nullptr);
    qint64 caseOf(const QString &citizen);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
    QHash<QString, QString> m_codes; // citizen -> case code
};

void TestSearch::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store::Store>();
    QString error;
    QVERIFY2(m_store->open(storeLocation(*m_dir, QStringLiteral("search.sqlite")), &error),
        qPrintable(error));

    struct Row
    {
        const char *citizen;
        const char *name;
        const char *phone;
        QString text;
        QString fileName;
    };
    const Row rows[] = {
        {"u1", "Nguyễn Văn An", "0912345678",
            QStringLiteral("Tôi muốn hỏi thủ tục đăng ký kết hôn"), {}},
        {"u2", "Trần Thị Bích", "", QStringLiteral("Cho hỏi ĐĂNG KÝ KHAI SINH cho con"), {}},
        {"u3", "Lê Đức Thọ", "", nfd(QStringLiteral("Hồ sơ đất đai ở phường 5")), {}},
        {"u4", "Phạm Minh", "", QStringLiteral("toi muon hoi ve dang ky ket hon"), {}},
        {"u5", "Hoàng Ngọc Đào", "", QStringLiteral("Đường Điện Biên Phủ bị ngập, ồn ào"), {}},
        {"u6", "Võ Thị Cúc", "", QStringLiteral("Gửi anh chị hồ sơ"),
            QStringLiteral("Đơn xin cấp phép xây dựng.pdf")},
        {"u7", "Đặng Quốc Or", "", QStringLiteral("Near the river, price 5-10% *special*"), {}},
    };
    int day = 1;
    for (const Row &row : rows) {
        Core::Citizen citizen;
        citizen.zaloId = QString::fromLatin1(row.citizen);
        citizen.displayName = QString::fromUtf8(row.name);
        citizen.phone = QString::fromLatin1(row.phone);
        citizen.profileFetched = !citizen.phone.isEmpty();
        Core::Message m = in(
            citizen.zaloId + QStringLiteral("-m1"), citizen.zaloId, vn(2026, 3, day++), row.text);
        m.fileName = row.fileName;
        m.type = row.fileName.isEmpty() ? QStringLiteral("text") : QStringLiteral("file");
        const auto result = m_store->ingestConversation(citizen, {m});
        QVERIFY2(result.ok, qPrintable(result.error));
        m_codes.insert(citizen.zaloId, m_store->caseById(*result.touchedCaseIds.begin())->code);
    }
    QCOMPARE(m_codes.value(QStringLiteral("u2")), QStringLiteral("TV-2026-000002"));
}

void TestSearch::cleanupTestCase()
{
    m_store.reset();
    m_dir.reset();
}

QSet<QString> TestSearch::found(const QString &text, int *count)
{
    Store::CaseFilter filter;
    filter.searchText = text;
    QSet<QString> citizens;
    for (const auto &summary : m_store->cases(filter, 0, 100)) {
        citizens.insert(summary.citizenId);
    }
    if (count) {
        *count = m_store->countCases(filter);
    }
    return citizens;
}

qint64 TestSearch::caseOf(const QString &citizen)
{
    return m_store->caseByCode(m_codes.value(citizen))->id;
}

void TestSearch::folding_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");
    QTest::addRow("nfc") << QStringLiteral("Đăng ký kết hôn") << QStringLiteral("dang ky ket hon");
    QTest::addRow("nfd") << nfd(QStringLiteral("Đăng ký kết hôn"))
                         << QStringLiteral("dang ky ket hon");
    QTest::addRow("upper") << QStringLiteral("ĐƯỜNG ĐIỆN BIÊN PHỦ")
                           << QStringLiteral("duong dien bien phu");
    QTest::addRow("plain") << QStringLiteral("dat dai") << QStringLiteral("dat dai");
    QTest::addRow("horn and breve")
        << QStringLiteral("ơ ư ă â ê ô") << QStringLiteral("o u a a e o");
}

void TestSearch::folding()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(Core::foldForSearch(input), folded);
}

void TestSearch::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ids>("expected");
    const Ids all {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"),
        QStringLiteral("u4"), QStringLiteral("u5"), QStringLiteral("u6"), QStringLiteral("u7")};
    const Ids marriage {QStringLiteral("u1"), QStringLiteral("u4")};

    QTest::addRow("nfc") << QStringLiteral("đăng ký kết hôn") << marriage;
    QTest::addRow("nfd") << nfd(QStringLiteral("đăng ký kết hôn")) << marriage;
    QTest::addRow("no diacritics") << QStringLiteral("dang ky ket hon") << marriage;
    QTest::addRow("upper case") << QStringLiteral("ĐĂNG KÝ KẾT HÔN") << marriage;
    QTest::addRow("two words, three cases") << QStringLiteral(
        "Đăng ký") << Ids {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u4")};
    QTest::addRow("last word is a prefix") << QStringLiteral("ket ho") << marriage;
    QTest::addRow("indexed nfd, query nfc")
        << QStringLiteral("đất đai") << Ids {QStringLiteral("u3")};
    QTest::addRow("indexed nfd, query plain")
        << QStringLiteral("ho so dat") << Ids {QStringLiteral("u3")};
    QTest::addRow("d for đ") << QStringLiteral("duong dien bien") << Ids {QStringLiteral("u5")};
    QTest::addRow("Đ for đ") << QStringLiteral("ĐƯỜNG") << Ids {QStringLiteral("u5")};
    QTest::addRow("citizen name") << QStringLiteral("nguyen van an") << Ids {QStringLiteral("u1")};
    QTest::addRow("citizen name with đ") << QStringLiteral("Đào") << Ids {QStringLiteral("u5")};
    QTest::addRow("citizen name plain d")
        << QStringLiteral("duc tho") << Ids {QStringLiteral("u3")};
    QTest::addRow("phone") << QStringLiteral("0912345678") << Ids {QStringLiteral("u1")};
    QTest::addRow("phone prefix") << QStringLiteral("091234") << Ids {QStringLiteral("u1")};
    QTest::addRow("code exact") << QStringLiteral("TV-2026-000002") << Ids {QStringLiteral("u2")};
    QTest::addRow("code lower, spaces")
        << QStringLiteral("tv 2026 000002") << Ids {QStringLiteral("u2")};
    QTest::addRow("code unpadded") << QStringLiteral("TV-2026-3") << Ids {QStringLiteral("u3")};
    QTest::addRow("code partial") << QStringLiteral("TV-2026-00000") << all;
    QTest::addRow("attachment name")
        << QStringLiteral("don xin cap phep") << Ids {QStringLiteral("u6")};
    QTest::addRow("no match") << QStringLiteral("hộ chiếu") << Ids {};

    // Hostile or odd input: no error, and a sensible answer.
    QTest::addRow("lone quote") << QStringLiteral("\"") << all;
    QTest::addRow("star") << QStringLiteral("*") << all;
    QTest::addRow("dash") << QStringLiteral("-") << all;
    QTest::addRow("only spaces") << QStringLiteral("   ") << all;
    QTest::addRow("unbalanced quote") << QStringLiteral(
        "\"đăng ký") << Ids {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u4")};
    QTest::addRow("OR is a word") << QStringLiteral("OR") << Ids {QStringLiteral("u7")};
    QTest::addRow("OR between words") << QStringLiteral("đăng OR kết") << Ids {};
    QTest::addRow("NEAR(") << QStringLiteral("NEAR(") << Ids {QStringLiteral("u7")};
    QTest::addRow("column filter syntax") << QStringLiteral("body:dang") << Ids {};
    QTest::addRow("star inside") << QStringLiteral("*special*") << Ids {QStringLiteral("u7")};
    QTest::addRow("minus") << QStringLiteral(
        "-dang ky") << Ids {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u4")};
    QTest::addRow("percent") << QStringLiteral("10%") << Ids {QStringLiteral("u7")};
    QTest::addRow("sql quote") << QStringLiteral("'; DROP TABLE cases; --") << Ids {};
    QTest::addRow("sql comment") << QStringLiteral("ket hon' --") << marriage;
    // A prefix of "dang" also reaches the name Đặng (u7).
    QTest::addRow("caret") << QStringLiteral("^dang")
                           << Ids {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u4"),
                                  QStringLiteral("u7")};
}

void TestSearch::search()
{
    QFETCH(QString, text);
    QFETCH(Ids, expected);
    int count = -1;
    const Ids actual = found(text, &count);
    QVERIFY2(m_store->lastError().isEmpty(), qPrintable(m_store->lastError()));
    QCOMPARE(actual, expected);
    QCOMPARE(count, expected.size());
    Store::CaseFilter filter;
    filter.searchText = text;
    const Store::CaseCount capped = m_store->countCasesCapped(filter);
    QCOMPARE(capped.count, expected.size());
    QVERIFY(!capped.capped);
    QCOMPARE(m_store->caseCount(), 7); // nothing was dropped
}

void TestSearch::filtersCombineWithSearch()
{
    QVERIFY(m_store->setCaseStatus(
        caseOf(QStringLiteral("u4")), CaseStatus::Classified, QStringLiteral("staff")));
    QVERIFY(m_store->markCaseRead(caseOf(QStringLiteral("u1")), QStringLiteral("staff")));

    Store::CaseFilter filter;
    filter.searchText = QStringLiteral("dang ky");
    filter.status = CaseStatus::New;
    auto rows = m_store->cases(filter, 0, 50);
    QCOMPARE(rows.size(), 2); // u1, u2 (u4 is classified)
    QCOMPARE(m_store->countCases(filter), 2);
    QCOMPARE(m_store->countCasesCapped(filter).count, 2);

    filter.unreadOnly = true;
    rows = m_store->cases(filter, 0, 50);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().citizenId, QStringLiteral("u2"));
    QCOMPARE(m_store->countCases(filter), 1);
    QCOMPARE(m_store->countCasesCapped(filter).count, 1);

    Store::CaseFilter unreadOnly; // no status: the search joins through the unread index
    unreadOnly.searchText = QStringLiteral("dang ky");
    unreadOnly.unreadOnly = true;
    Ids unreadIds;
    for (const auto &summary : m_store->cases(unreadOnly, 0, 50)) {
        unreadIds.insert(summary.citizenId);
    }
    QCOMPARE(unreadIds, (Ids {QStringLiteral("u2"), QStringLiteral("u4")}));
    QCOMPARE(m_store->countCases(unreadOnly), 2);
    QCOMPARE(m_store->countCasesCapped(unreadOnly).count, 2);

    filter.searchText.clear();
    QCOMPARE(m_store->countCases(filter), 5); // every new case but u1 (read) and u4 (classified)
    filter.status = CaseStatus::Classified;
    QCOMPARE(m_store->cases(filter, 0, 50).first().citizenId, QStringLiteral("u4"));
    QCOMPARE(m_store->countCasesCapped(filter).count, 1);

    // Restore for the other tests.
    QVERIFY(m_store->setCaseStatus(
        caseOf(QStringLiteral("u4")), CaseStatus::New, QStringLiteral("staff")));
}

void TestSearch::newestActivityFirstAndPaging()
{
    // u1 gets the latest message: it moves to the top.
    QVERIFY(m_store
                ->ingestConversation(std::nullopt,
                    {in(QStringLiteral("u1-m2"), QStringLiteral("u1"), vn(2026, 4, 1),
                        QStringLiteral("Còn nữa"))})
                .ok);
    const auto all = m_store->cases({}, 0, 100);
    QCOMPARE(all.size(), 7);
    QCOMPARE(all.first().citizenId, QStringLiteral("u1"));
    for (int i = 1; i < all.size(); ++i) {
        QVERIFY(all.at(i - 1).lastActivityAtMs >= all.at(i).lastActivityAtMs);
    }
    QVector<Core::CaseSummary> paged;
    for (int offset = 0; offset < 7; offset += 3) {
        paged += m_store->cases({}, offset, 3);
    }
    QCOMPARE(paged.size(), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(paged.at(i).id, all.at(i).id);
    }
    QVERIFY(m_store->cases({}, 100, 10).isEmpty());
    QVERIFY(m_store->cases({}, 0, 0).isEmpty());
}

void TestSearch::nameChangeIsSearchable()
{
    Core::Citizen renamed;
    renamed.zaloId = QStringLiteral("u6");
    renamed.displayName = QStringLiteral("Võ Thị Hồng Nhung");
    QVERIFY(m_store->upsertCitizen(renamed));
    QCOMPARE(found(QStringLiteral("hong nhung")), Ids {QStringLiteral("u6")});
    QCOMPARE(found(QStringLiteral("cuc")), Ids {});
    QVERIFY(m_store->fullCheck().integrityOk); // the old header was deleted cleanly
}

void TestSearch::countCapped()
{
    Store::CaseFilter filter;
    filter.searchText = QStringLiteral("TV 2026");
    const auto capped = m_store->countCasesCapped(filter, 3);
    QCOMPARE(capped.count, 3);
    QVERIFY(capped.capped);
    filter.status = CaseStatus::New;
    QVERIFY(m_store->countCasesCapped(filter, 3).capped);
    filter.searchText.clear();
    QVERIFY(m_store->countCasesCapped(filter, 3).capped);
    QCOMPARE(m_store->countCasesCapped(filter, 50).count, 7);
    QVERIFY(!m_store->countCasesCapped(filter, 50).capped);
}

void TestSearch::orderMatchesListOrder()
{
    // Search pages come in FTS rowid order; that order must be the inbox's (newest activity
    // first) even when case ids are not, e.g. old cases (low ids) with new messages.
    QTemporaryDir dir;
    Store::Store store;
    QVERIFY(store.open(storeLocation(dir, QStringLiteral("big.sqlite"))));
    QVERIFY(store.beginBatch());
    const int citizens = 400;
    for (int c = citizens - 1; c >= 0; --c) { // newest first, as the first sync imports
        QVector<Core::Message> batch;
        for (int k = 0; k < 12; ++k) {
            batch << in(QStringLiteral("c%1-%2").arg(c).arg(k), QStringLiteral("u%1").arg(c),
                vn(2026, 1, 1) + qint64(c) * 3600000 + k * 60000,
                (c % 2 == 0 ? QStringLiteral("Hỏi thủ tục số %1") : QStringLiteral("Chào %1"))
                    .arg(k));
        }
        QVERIFY(store.ingestConversation(std::nullopt, batch).ok);
    }
    // Two early conversations become the most recently active.
    QVERIFY(store
                .ingestConversation(std::nullopt,
                    {in(QStringLiteral("late1"), QStringLiteral("u5"), vn(2026, 12, 1),
                        QStringLiteral("thủ tục"))})
                .ok);
    QVERIFY(store
                .ingestConversation(std::nullopt,
                    {in(QStringLiteral("late2"), QStringLiteral("u21"), vn(2026, 12, 2),
                        QStringLiteral("thủ tục"))})
                .ok);
    QVERIFY(store.commitBatch());

    Store::CaseFilter filter;
    filter.searchText = QStringLiteral("thu tuc");
    // Reference: every matching case, sorted in C++.
    QVector<Core::CaseSummary> expected;
    for (const auto &summary : store.cases({}, 0, 10000)) {
        const int c = summary.citizenId.mid(1).toInt();
        if (c % 2 == 0 || c == 5 || c == 21) {
            expected << summary;
        }
    }
    QCOMPARE(store.countCases(filter), int(expected.size()));
    QCOMPARE(expected.first().citizenId, QStringLiteral("u21"));
    for (const int pageSize : {50, 7}) {
        QVector<Core::CaseSummary> paged;
        for (int offset = 0; offset < expected.size(); offset += pageSize) {
            paged += store.cases(filter, offset, pageSize);
        }
        QCOMPARE(paged.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(paged.at(i).id, expected.at(i).id);
        }
    }
    filter.status = CaseStatus::New;
    filter.unreadOnly = true;
    QCOMPARE(store.cases(filter, 0, 50).first().citizenId, QStringLiteral("u21"));
    QVERIFY(store.lastError().isEmpty());
}

void TestSearch::noStaleDocuments()
{
    // After documents were replaced (new messages, a rename), counting documents alone (no
    // join) must agree with the joined page: a document deleted with the wrong text would
    // leave ghost hits behind.
    QVERIFY(m_store
                ->ingestConversation(std::nullopt,
                    {in(QStringLiteral("u3-m2"), QStringLiteral("u3"), vn(2026, 5, 1),
                        QStringLiteral("Thêm giấy tờ đất"))})
                .ok);
    QVERIFY(m_store->setCaseStatus(
        caseOf(QStringLiteral("u2")), CaseStatus::Closed, QStringLiteral("staff")));
    const auto linked = m_store->ingestConversation(std::nullopt,
        {in(QStringLiteral("u2-m2"), QStringLiteral("u2"), vn(2026, 5, 2),
            QStringLiteral("Lại hỏi khai sinh"))});
    QCOMPARE(linked.openedCases, 1);
    for (const QString &text : {QStringLiteral("dang ky"), QStringLiteral("dat"),
             QStringLiteral("khai sinh"), QStringLiteral("cuc"), QStringLiteral("hong nhung"),
             QStringLiteral("con"), QStringLiteral("tv 2026"), QStringLiteral("giay to")}) {
        int count = 0;
        const Ids ids = found(text, &count);
        Store::CaseFilter filter;
        filter.searchText = text;
        QCOMPARE(count, int(m_store->cases(filter, 0, 100).size()));
        Q_UNUSED(ids);
    }
    QCOMPARE(found(QStringLiteral("khai sinh")).size(), 1); // u2, both cases
    QCOMPARE(m_store->countCases([] {
        Store::CaseFilter f;
        f.searchText = QStringLiteral("khai sinh");
        return f;
    }()),
        2);
    const auto health = m_store->fullCheck();
    QVERIFY2(health.integrityOk, qPrintable(health.integrityDetail));
}

void TestSearch::batchIndexesAtCommit()
{
    QTemporaryDir dir;
    Store::Store store;
    QVERIFY(store.open(storeLocation(dir, QStringLiteral("batch.sqlite"))));
    const auto search = [&store](const QString &text) {
        Store::CaseFilter filter;
        filter.searchText = text;
        Ids ids;
        for (const auto &summary : store.cases(filter, 0, 100)) {
            ids.insert(summary.citizenId);
        }
        // Counting documents alone must agree with the joined rows (no ghost documents).
        return store.countCases(filter) == ids.size() ? ids : Ids {QStringLiteral("mismatch")};
    };
    const QString u1 = QStringLiteral("u1");
    QVERIFY(store
                .ingestConversation(std::nullopt,
                    {in(QStringLiteral("a"), u1, vn(2026, 1, 1), QStringLiteral("trước lô"))})
                .ok);

    QVERIFY(store.beginBatch());
    // The same case twice in one batch, a refused call, a rename, another citizen.
    QVERIFY(store
                .ingestConversation(std::nullopt,
                    {in(QStringLiteral("b"), u1, vn(2026, 1, 2), QStringLiteral("alpha"))})
                .ok);
    QVERIFY(store
                .ingestConversation(std::nullopt,
                    {in(QStringLiteral("c"), u1, vn(2026, 1, 3), QStringLiteral("beta"))})
                .ok);
    QVERIFY(!store
                 .ingestConversation(std::nullopt,
                     {in(QStringLiteral("d"), u1, vn(2026, 1, 4), QStringLiteral("omega")),
                         in(QString(), u1, vn(2026, 1, 4), {})})
                 .ok);
    Core::Citizen renamed;
    renamed.zaloId = u1;
    renamed.displayName = QStringLiteral("Quách Thị Mỹ");
    QVERIFY(store.upsertCitizen(renamed));
    QVERIFY(store
                .ingestConversation(std::nullopt,
                    {in(QStringLiteral("e"), QStringLiteral("u2"), vn(2026, 1, 5),
                        QStringLiteral("gamma"))})
                .ok);
    QVERIFY(store.commitBatch());

    QCOMPARE(search(QStringLiteral("truoc lo")), Ids {u1});
    QCOMPARE(search(QStringLiteral("alpha")), Ids {u1});
    QCOMPARE(search(QStringLiteral("beta")), Ids {u1});
    QCOMPARE(search(QStringLiteral("quach my")), Ids {u1});
    QCOMPARE(search(QStringLiteral("gamma")), Ids {QStringLiteral("u2")});
    QCOMPARE(search(QStringLiteral("omega")), Ids {});
    QCOMPARE(store.cases({}, 0, 10).first().citizenId, QStringLiteral("u2"));

    // Outside a batch the document written at commitBatch is replaced cleanly.
    QVERIFY(store
                .ingestConversation(std::nullopt,
                    {in(QStringLiteral("f"), u1, vn(2026, 1, 6), QStringLiteral("delta"))})
                .ok);
    QCOMPARE(search(QStringLiteral("delta alpha")), Ids {u1});

    QVERIFY(store.beginBatch());
    QVERIFY(store
                .ingestConversation(std::nullopt,
                    {in(QStringLiteral("g"), QStringLiteral("u3"), vn(2026, 1, 7),
                        QStringLiteral("sigma"))})
                .ok);
    store.rollbackBatch();
    QCOMPARE(search(QStringLiteral("sigma")), Ids {});
    QCOMPARE(store.caseCount(), 2);
    const auto health = store.fullCheck();
    QVERIFY2(health.integrityOk, qPrintable(health.integrityDetail));
}

DESK_TEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
