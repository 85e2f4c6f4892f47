// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox model over a real SQLite store: paging, filters, refresh, model invariants.
#include "gui/inboxmodel.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Desk;

class TestInboxModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesRowsIn();
    void modelInvariants();
    void filters_data();
    void filters();
    void unreadIsBoldAndRefreshFollowsTheStore();
    void repliedCaseWithNewCitizenMessageStandsOut();

private:
    QTemporaryDir m_tmp;
    Store::Store m_store;
    static constexpr int kCitizens = 450;
    const qint64 m_base = QDateTime(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
};

void TestInboxModel::initTestCase()
{
    QString error;
    QVERIFY2(
        m_store.open(m_tmp.filePath(QStringLiteral("inbox.sqlite")), &error), qPrintable(error));
    const QStringList topics {QStringLiteral("Cho hỏi thủ tục đăng ký khai sinh cho con"),
        QStringLiteral("Hồ sơ cấp giấy chứng nhận quyền sử dụng đất của tôi tới đâu rồi"),
        QStringLiteral("Tôi muốn nhận kết quả qua bưu điện")};
    for (int i = 0; i < kCitizens; ++i) {
        Core::Citizen citizen;
        citizen.zaloId = QStringLiteral("90000000000000%1").arg(i, 5, 10, QLatin1Char('0'));
        citizen.displayName = QStringLiteral("Công dân %1").arg(i);
        Core::Message message;
        message.messageId = QStringLiteral("m%1").arg(i, 19, 10, QLatin1Char('0'));
        message.citizenId = citizen.zaloId;
        message.timeMs = m_base + i * 60000LL;
        message.type = QStringLiteral("text");
        message.text = topics.at(i % topics.size());
        const auto result = m_store.ingestConversation(citizen, {message});
        QCOMPARE(result.insertedMessages, 1);
    }
}

void TestInboxModel::pagesRowsIn()
{
    Gui::InboxModel model(&m_store);
    QCOMPARE(model.totalCount(), kCitizens);
    QCOMPARE(model.rowCount(), Gui::InboxModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * Gui::InboxModel::kPageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), kCitizens);
    QVERIFY(!model.canFetchMore({}));
    // Newest first: the last citizen wrote last.
    QCOMPARE(model.index(0, Gui::InboxModel::CitizenColumn).data().toString(),
        QStringLiteral("Công dân %1").arg(kCitizens - 1));
    QCOMPARE(model.columnCount(), int(Gui::InboxModel::ColumnCount));
    QVERIFY(!model.headerData(Gui::InboxModel::ReplyWindowColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString()
                 .isEmpty());
}

void TestInboxModel::modelInvariants()
{
    Gui::InboxModel model(&m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), kCitizens);
    Store::CaseFilter filter;
    filter.searchText = QStringLiteral("khai sinh");
    model.setFilter(filter);
    model.refresh();
    QCOMPARE(model.totalCount(), kCitizens / 3);
}

void TestInboxModel::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("unreadOnly");
    QTest::addColumn<int>("expected");
    QTest::addRow("everything") << QString() << false << kCitizens;
    QTest::addRow("folded search") << QStringLiteral("dang ky khai sinh") << false << kCitizens / 3;
    QTest::addRow("another topic") << QStringLiteral("BƯU ĐIỆN") << false << kCitizens / 3;
    QTest::addRow("unread only") << QString() << true << kCitizens;
    QTest::addRow("nothing matches") << QStringLiteral("xyzzy") << false << 0;
}

void TestInboxModel::filters()
{
    QFETCH(QString, search);
    QFETCH(bool, unreadOnly);
    QFETCH(int, expected);
    Gui::InboxModel model(&m_store);
    QSignalSpy total(&model, &Gui::InboxModel::totalCountChanged);
    Store::CaseFilter filter;
    filter.searchText = search;
    filter.unreadOnly = unreadOnly;
    model.setFilter(filter);
    QCOMPARE(total.count(), 1);
    QCOMPARE(model.totalCount(), expected);
    QCOMPARE(model.rowCount(), std::min(expected, int(Gui::InboxModel::kPageSize)));
}

void TestInboxModel::unreadIsBoldAndRefreshFollowsTheStore()
{
    Gui::InboxModel model(&m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex code = model.index(0, Gui::InboxModel::CodeColumn);
    QVERIFY(code.data(Gui::InboxModel::UnreadRole).toBool());
    QVERIFY(code.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(code.data().toString().startsWith(QStringLiteral("● TV-")));
    const qint64 caseId = model.caseIdAt(0);
    QVERIFY(m_store.markCaseRead(caseId, QStringLiteral("tester")));
    model.refresh();
    const int row = model.rowOfCase(caseId);
    QVERIFY(row >= 0);
    QVERIFY(!model.index(row, 0).data(Gui::InboxModel::UnreadRole).toBool());
    // Reply window follows the injected clock: the newest message is 2 days old → paid.
    model.setClock([this] { return m_base + kCitizens * 60000LL + 50LL * 3600 * 1000; });
    QVERIFY(model.index(row, Gui::InboxModel::ReplyWindowColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Paid")));
}

void TestInboxModel::repliedCaseWithNewCitizenMessageStandsOut()
{
    QTemporaryDir tmp;
    Store::Store store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("replied.sqlite"))));
    Core::Citizen citizen;
    citizen.zaloId = QStringLiteral("9223372036854775999"); // above 2^63: text end to end
    citizen.displayName = QStringLiteral("Lê Thị Hồng");
    const auto message = [&](const QString &id, Core::Direction direction, qint64 offsetMs) {
        Core::Message m;
        m.messageId = id;
        m.citizenId = citizen.zaloId;
        m.direction = direction;
        m.timeMs = m_base + offsetMs;
        m.type = QStringLiteral("text");
        m.text = QStringLiteral("…");
        return m;
    };
    // Question, the OA's answer from its web console: "replied", nothing pending.
    QVERIFY(store
                .ingestConversation(citizen,
                    {message(QStringLiteral("q1"), Core::Direction::Inbound, 0),
                        message(QStringLiteral("a1"), Core::Direction::Outbound, 60000)})
                .ok);
    Gui::InboxModel model(&store);
    const QModelIndex status = model.index(0, Gui::InboxModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Replied"));
    QVERIFY(!status.data(Qt::ToolTipRole).isValid());
    // The citizen writes again: the replied case needs an answer and says so.
    QVERIFY(store
                .ingestConversation(
                    citizen, {message(QStringLiteral("q2"), Core::Direction::Inbound, 120000)})
                .ok);
    model.refresh();
    const QModelIndex again = model.index(0, Gui::InboxModel::StatusColumn);
    QCOMPARE(again.data().toString(), QStringLiteral("Replied, new message"));
    QVERIFY(again.data(Qt::ToolTipRole).toString().contains(QStringLiteral("needs an answer")));
    QVERIFY(again.data(Qt::ForegroundRole).value<QColor>().isValid());
}

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
