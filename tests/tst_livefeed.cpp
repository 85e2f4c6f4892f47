// SPDX-License-Identifier: GPL-3.0-or-later
// LiveFeed against a real PostgreSQL 15 (tests/support/pgcluster.h): two desks (two Stores, two
// connections) on one team database. A colleague's NOTIFY on desk_cases / desk_outbox arrives as
// Store::casesChanged; presence open / typing / closed travels and expires; the server restarted
// under a feed: it notices, reconnects, listens again and asks for a reload; the OA service's
// heartbeat read as alive or stale. The database's own triggers are not needed here: the test
// sends the notifications they will send.
#include "store/database.h"
#include "store/livefeed.h"
#include "store/outbox.h"
#include "store/store.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Desk;
using namespace Desk::TestSupport;

namespace {

using Ids = QSet<qint64>;

/** A desk: its own Store (connection) and, when started, its feed. */
struct TestDesk
{
    Store::Store store;
    std::unique_ptr<Store::LiveFeed> feed;

    bool open(const QString &location)
    {
        QString error;
        if (!store.open(location, &error)) {
            qWarning().noquote() << error;
            return false;
        }
        feed = std::make_unique<Store::LiveFeed>(&store);
        return true;
    }
};

/** Sets the service's heartbeat `ageMs` before the server's now (0 = never beat). */
QString beatSql(qint64 ageMs)
{
    return ageMs < 0
        ? QStringLiteral("UPDATE service_lease SET heartbeat_at_ms = 0")
        : QStringLiteral("UPDATE service_lease SET heartbeat_at_ms = CAST(floor(extract(epoch "
                         "FROM clock_timestamp()) * 1000) AS bigint) - %1")
              .arg(ageMs);
}

} // namespace

class TestLiveFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void caseNotificationRefreshesTheOtherDesk_data();
    void caseNotificationRefreshesTheOtherDesk();
    void ownNotificationsAreNotRepeated();
    void outboxNotificationRefreshesItsCase();
    void presenceOpenTypingClosed();
    void presenceExpiresWithoutRefresh();
    void presenceIsRefreshedWhileOpen();
    void serviceHeartbeat_data();
    void serviceHeartbeat();
    void serviceComesBack();
    void serverRestartReconnectsAndReloads();
    void sqliteHasNoFeed();

private:
    bool notify(const QString &channel, const QString &payload);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    TestDesk m_lan; // writes
    TestDesk m_minh; // watches
};

void TestLiveFeed::initTestCase()
{
    qputenv("DESK_TEST_BACKEND", "postgres"); // storeLocation: a database of the test cluster
    qRegisterMetaType<QSet<qint64>>();
}

void TestLiveFeed::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = storeLocation(*m_dir);
    QVERIFY2(!m_location.isEmpty(), "the PostgreSQL test cluster did not start");
    QVERIFY(m_lan.open(m_location));
    QVERIFY(m_minh.open(m_location));
}

void TestLiveFeed::cleanup()
{
    for (TestDesk *desk : {&m_lan, &m_minh}) {
        desk->feed.reset();
        desk->store.close();
    }
    m_dir.reset();
}

bool TestLiveFeed::notify(const QString &channel, const QString &payload)
{
    RawConnection raw(m_location);
    return raw.exec(QStringLiteral("SELECT pg_notify(?, ?)"), {channel, payload});
}

void TestLiveFeed::caseNotificationRefreshesTheOtherDesk_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<Ids>("cases");
    QTest::addRow("one case") << QStringLiteral("5") << Ids {5};
    QTest::addRow("several cases")
        << QStringLiteral("5,6,700000000001") << Ids {5, 6, 700000000001};
    QTest::addRow("junk between ids is ignored") << QStringLiteral("5,x,,-3, 7") << Ids {5, 7};
}

void TestLiveFeed::caseNotificationRefreshesTheOtherDesk()
{
    QFETCH(QString, payload);
    QFETCH(Ids, cases);
    QVERIFY(m_minh.feed->start());
    QVERIFY(m_minh.feed->isOnline());
    QSignalSpy changed(&m_minh.store, &Store::Store::casesChanged);
    // From Lan's desk connection, as her desk's triggers will.
    QVERIFY(m_lan.store.database().exec(
        QStringLiteral("SELECT pg_notify('desk_cases', '%1')").arg(payload),
        QStringLiteral("test")));
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Ids>(), cases);
}

void TestLiveFeed::ownNotificationsAreNotRepeated()
{
    // Lan's own write was announced on her Store already; her feed drops its echo.
    QVERIFY(m_lan.feed->start());
    QSignalSpy changed(&m_lan.store, &Store::Store::casesChanged);
    QVERIFY(m_lan.store.database().exec(
        QStringLiteral("SELECT pg_notify('desk_cases', '1')"), QStringLiteral("test")));
    QVERIFY(notify(QStringLiteral("desk_cases"), QStringLiteral("2"))); // a colleague, later
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Ids>(), Ids {2});
}

void TestLiveFeed::outboxNotificationRefreshesItsCase()
{
    const auto ingest
        = m_lan.store.ingestConversation(person(QStringLiteral("u1"), QStringLiteral("Lê Thị Hoa")),
            {in(QStringLiteral("m1"), QStringLiteral("u1"), vn(2026, 12, 1))});
    QVERIFY(ingest.ok);
    const qint64 caseId = *ingest.touchedCaseIds.begin();
    Store::OutboxPart part;
    part.text = QStringLiteral("Chào chị");
    const auto rows = Store::Outbox(m_lan.store)
                          .enqueue(caseId, {part}, Store::OutboxPurpose::Reply,
                              QStringLiteral("lan"), vn(2026, 12, 1, 10));
    QCOMPARE(rows.size(), 1);

    QVERIFY(m_minh.feed->start());
    QSignalSpy changed(&m_minh.store, &Store::Store::casesChanged);
    QSignalSpy outbox(m_minh.feed.get(), &Store::LiveFeed::outboxChanged);
    QVERIFY(notify(QStringLiteral("desk_outbox"), QString::number(rows.first())));
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.at(0).at(0).value<Ids>(), Ids {caseId});
    QCOMPARE(outbox.count(), 1);
    QCOMPARE(outbox.at(0).at(0).value<Ids>(), Ids {rows.first()});
}

void TestLiveFeed::presenceOpenTypingClosed()
{
    {
        RawConnection raw(m_location);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO team_people(login, display_name, role, "
                                        "created_at_ms) VALUES (session_user, ?, 'staff', 0)"),
            {QStringLiteral("Trần Văn Minh")}));
    }
    QVERIFY(m_lan.feed->start());
    QVERIFY(m_minh.feed->start());
    QCOMPARE(m_minh.feed->displayName(), QStringLiteral("Trần Văn Minh"));
    QVERIFY(!m_minh.feed->login().isEmpty());
    QSignalSpy seen(m_lan.feed.get(), &Store::LiveFeed::presenceChanged);
    const auto people = [&](int i) { return seen.at(i).at(1).value<QList<Store::Presence>>(); };

    m_minh.feed->announce(42, Store::Presence::State::Open);
    QVERIFY(seen.wait(1000));
    QCOMPARE(seen.at(0).at(0).toLongLong(), 42);
    QCOMPARE(people(0).size(), 1);
    QCOMPARE(people(0).at(0).name, QStringLiteral("Trần Văn Minh"));
    QCOMPARE(people(0).at(0).login, m_minh.feed->login());
    QCOMPARE(people(0).at(0).state, Store::Presence::State::Open);
    QCOMPARE(m_lan.feed->presence(42).size(), 1);
    QVERIFY(m_lan.feed->presence(43).isEmpty());

    m_minh.feed->announce(42, Store::Presence::State::Typing);
    QVERIFY(seen.wait(1000));
    QCOMPARE(people(1).at(0).state, Store::Presence::State::Typing);

    m_minh.feed->announce(42, Store::Presence::State::Closed);
    QVERIFY(seen.wait(1000));
    QVERIFY(people(2).isEmpty());
    QVERIFY(m_lan.feed->presence(42).isEmpty());
    // Minh never sees himself.
    QVERIFY(m_minh.feed->presence(42).isEmpty());
}

void TestLiveFeed::presenceExpiresWithoutRefresh()
{
    QVERIFY(m_lan.feed->start());
    QVERIFY(m_minh.feed->start());
    m_lan.feed->setPresenceTimes(400, 60000);
    m_minh.feed->setPresenceTimes(400, 60000); // Minh's desk falls silent (crashed, say)
    QSignalSpy seen(m_lan.feed.get(), &Store::LiveFeed::presenceChanged);
    m_minh.feed->announce(7, Store::Presence::State::Typing);
    QVERIFY(seen.wait(1000));
    QCOMPARE(seen.at(0).at(1).value<QList<Store::Presence>>().size(), 1);
    QVERIFY(seen.wait(3000));
    QCOMPARE(seen.at(1).at(0).toLongLong(), 7);
    QVERIFY(seen.at(1).at(1).value<QList<Store::Presence>>().isEmpty());
    QVERIFY(m_lan.feed->presence(7).isEmpty());
}

void TestLiveFeed::presenceIsRefreshedWhileOpen()
{
    QVERIFY(m_lan.feed->start());
    QVERIFY(m_minh.feed->start());
    m_lan.feed->setPresenceTimes(600, 60000);
    m_minh.feed->setPresenceTimes(600, 150); // re-announces well within Lan's expiry
    QSignalSpy seen(m_lan.feed.get(), &Store::LiveFeed::presenceChanged);
    m_minh.feed->announce(9, Store::Presence::State::Open);
    QVERIFY(seen.wait(1000));
    const qint64 first = m_lan.feed->presence(9).value(0).receivedAtMs;
    QVERIFY(first > 0);
    // Two expiry periods later Minh is still there, seen again since.
    QTRY_VERIFY_WITH_TIMEOUT(m_lan.feed->presence(9).value(0).receivedAtMs > first + 1200, 5000);
    QCOMPARE(seen.count(), 1); // a refresh of the same state is no change
}

void TestLiveFeed::serviceHeartbeat_data()
{
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<bool>("alive");
    QTest::addRow("never beat") << qint64(-1) << false;
    QTest::addRow("beat 5 s ago") << qint64(5000) << true;
    QTest::addRow("beat 59 s ago") << qint64(59000) << true;
    QTest::addRow("beat 61 s ago") << qint64(61000) << false;
    QTest::addRow("beat 2 h ago") << qint64(7200000) << false;
}

void TestLiveFeed::serviceHeartbeat()
{
    QFETCH(qint64, ageMs);
    QFETCH(bool, alive);
    RawConnection raw(m_location);
    QVERIFY(raw.exec(beatSql(ageMs)));
    const qint64 beat
        = raw.scalar(QStringLiteral("SELECT heartbeat_at_ms FROM service_lease")).toLongLong();
    QSignalSpy state(m_minh.feed.get(), &Store::LiveFeed::serviceStateChanged);
    QVERIFY(m_minh.feed->start());
    QCOMPARE(state.count(), 1); // read with the start
    QCOMPARE(state.at(0).at(0).toBool(), alive);
    QCOMPARE(state.at(0).at(1).toLongLong(), beat);
}

void TestLiveFeed::serviceComesBack()
{
    RawConnection raw(m_location);
    QVERIFY(raw.exec(beatSql(300000)));
    QSignalSpy state(m_minh.feed.get(), &Store::LiveFeed::serviceStateChanged);
    m_minh.feed->setHeartbeatInterval(100);
    QVERIFY(m_minh.feed->start());
    QCOMPARE(state.count(), 1);
    QCOMPARE(state.at(0).at(0).toBool(), false);
    QVERIFY(raw.exec(beatSql(0))); // the standby took over and beats
    QVERIFY(state.wait(2000));
    QCOMPARE(state.at(1).at(0).toBool(), true);
    QVERIFY(raw.exec(beatSql(90000))); // and died too
    QVERIFY(state.wait(2000));
    QCOMPARE(state.at(2).at(0).toBool(), false);
    QVERIFY(state.at(2).at(1).toLongLong() > 0);
}

void TestLiveFeed::serverRestartReconnectsAndReloads()
{
    m_minh.feed->setHeartbeatInterval(200);
    m_minh.feed->setReconnectDelays(100, 800);
    QVERIFY(m_minh.feed->start());
    QSignalSpy online(m_minh.feed.get(), &Store::LiveFeed::onlineChanged);
    QSignalSpy reload(m_minh.feed.get(), &Store::LiveFeed::reloadNeeded);
    QSignalSpy changed(&m_minh.store, &Store::Store::casesChanged);

    QString error;
    QVERIFY2(PgCluster::shared().restart(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(online.count(), 2, 20000);
    QCOMPARE(online.at(0).at(0).toBool(), false);
    QCOMPARE(online.at(1).at(0).toBool(), true);
    QVERIFY(online.at(1).at(1).toLongLong() >= online.at(0).at(1).toLongLong());
    QCOMPARE(reload.count(), 1);
    QVERIFY(m_minh.feed->isOnline());

    // Listening again: a colleague's change after the restart arrives.
    QVERIFY(notify(QStringLiteral("desk_cases"), QStringLiteral("42")));
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.at(0).at(0).value<Ids>(), Ids {42});
    // And the store works on its new connection.
    QCOMPARE(m_minh.store.caseCount(), 0);
    QVERIFY(m_minh.store.lastError().isEmpty());
}

void TestLiveFeed::sqliteHasNoFeed()
{
    QTemporaryDir dir;
    Store::Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("desk.sqlite"))));
    Store::LiveFeed feed(&store);
    QVERIFY(!feed.start());
    QVERIFY(!feed.isActive());
    feed.announce(1, Store::Presence::State::Open); // harmless
    QVERIFY(feed.presence(1).isEmpty());
}

DESK_TEST_GUILESS_MAIN(TestLiveFeed)
#include "tst_livefeed.moc"
