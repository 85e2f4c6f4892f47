// SPDX-License-Identifier: GPL-3.0-or-later
// A team desk on a real PostgreSQL 15 (tests/support/pgcluster.h), offscreen: Nguyễn Thị Lan's
// main window with its LiveFeed, Trần Văn Minh as a second login with his own connection.
// Lan's composer tells Minh she has the case open and is typing; Minh typing shows in Lan's case
// view; Minh's reply queued meanwhile makes Lan's queuing ask first; the server stopped under the
// window: the banner says so, what is typed stays, and after the restart everything is read
// again and colleagues' changes arrive. Vietnamese renderings are written for a look.
// The database's version triggers and NOTIFY triggers come with the roles: where this test needs
// them it does by hand what they will do (bump cases.version, pg_notify).
#include "app/translations.h"
#include "gui/casechangeddialog.h"
#include "gui/caseview.h"
#include "gui/inboxmodel.h"
#include "gui/inboxwidget.h"
#include "gui/mainwindow.h"
#include "gui/outboxlistmodel.h"
#include "gui/presencelabel.h"
#include "gui/replycomposer.h"
#include "gui/teambanner.h"
#include "gui/timelinemodel.h"
#include "store/casework.h"
#include "store/livefeed.h"
#include "store/outbox.h"
#include "store/store.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace Desk;
using namespace Desk::TestSupport;

namespace {

const QString kMinh = QStringLiteral("tran.van.minh");
using People = QList<Store::Presence>;

} // namespace

class TestTeamDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void presenceBetweenTwoDesks();
    void colleaguesReplyIsShownBeforeQueuing();
    void serverDownAndBack();
    void serviceBannerFollowsTheHeartbeat();

private:
    qint64 newCase(const QString &citizen, const QString &text);
    /** What the roles' triggers will do for a change Minh made. */
    void announceChange(qint64 caseId);
    void shoot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Store::Store> m_lanStore;
    std::unique_ptr<Store::LiveFeed> m_lanFeed;
    std::unique_ptr<Gui::MainWindow> m_window;
    std::unique_ptr<Store::Store> m_minhStore;
    std::unique_ptr<Store::LiveFeed> m_minhFeed;
};

void TestTeamDesk::initTestCase()
{
    qputenv("DESK_TEST_BACKEND", "postgres");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qRegisterMetaType<QSet<qint64>>();
}

void TestTeamDesk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = storeLocation(*m_dir);
    QVERIFY2(!m_location.isEmpty(), "the PostgreSQL test cluster did not start");
    {
        RawConnection raw(m_location);
        // Roles belong to the cluster, not the database: made once per test process.
        QVERIFY(
            raw.exec(QStringLiteral("DO $$ BEGIN CREATE ROLE \"tran.van.minh\" LOGIN SUPERUSER; "
                                    "EXCEPTION WHEN duplicate_object THEN NULL; END $$")));
    }
    m_lanStore = std::make_unique<Store::Store>();
    QString error;
    QVERIFY2(m_lanStore->open(m_location, &error), qPrintable(error));
    {
        RawConnection raw(m_location);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO team_people(login, display_name, role, "
                                        "created_at_ms) VALUES (session_user, ?, 'staff', 0), "
                                        "(?, ?, 'staff', 0)"),
            {QStringLiteral("Nguyễn Thị Lan"), kMinh, QStringLiteral("Trần Văn Minh")}));
        QVERIFY(raw.exec(QStringLiteral("UPDATE service_lease SET heartbeat_at_ms = "
                                        "CAST(floor(extract(epoch FROM clock_timestamp()) * "
                                        "1000) AS bigint)")));
    }
    const auto spec = Store::ConnectionSpec::parse(m_location);
    QVERIFY(spec);
    m_minhStore = std::make_unique<Store::Store>();
    QVERIFY2(m_minhStore->open(PgCluster::shared().uri(spec->database, kMinh), &error),
        qPrintable(error));
    m_minhFeed = std::make_unique<Store::LiveFeed>(m_minhStore.get());
    QVERIFY(m_minhFeed->start());
    QCOMPARE(m_minhFeed->displayName(), QStringLiteral("Trần Văn Minh"));

    m_window = std::make_unique<Gui::MainWindow>(m_lanStore.get(), nullptr, nullptr);
    m_lanFeed = std::make_unique<Store::LiveFeed>(m_lanStore.get());
    m_lanFeed->setHeartbeatInterval(200);
    m_lanFeed->setReconnectDelays(100, 500);
    m_window->setLiveFeed(m_lanFeed.get());
    QVERIFY(m_lanFeed->start());
    m_window->caseView()->setActor(m_lanFeed->login());
    m_window->resize(1366, 768);
}

void TestTeamDesk::cleanup()
{
    m_window.reset();
    m_lanFeed.reset();
    m_minhFeed.reset();
    m_minhStore.reset();
    m_lanStore.reset();
    m_dir.reset();
    qDeleteAll(findChildren<QTimer *>(QStringLiteral("modalWatch")));
    QVERIFY(Desk::installTranslations(QStringLiteral("en")));
}

qint64 TestTeamDesk::newCase(const QString &citizen, const QString &text)
{
    const auto result
        = m_lanStore->ingestConversation(person(citizen, QStringLiteral("Lê Thị Hoa")),
            {in(citizen + QStringLiteral("-1"), citizen,
                QDateTime::currentMSecsSinceEpoch() - 60000, text)});
    return result.touchedCaseIds.isEmpty() ? 0 : *result.touchedCaseIds.begin();
}

void TestTeamDesk::announceChange(qint64 caseId)
{
    RawConnection raw(m_location);
    QVERIFY(
        raw.exec(QStringLiteral("UPDATE cases SET version = version + 1 WHERE id = ?"), {caseId}));
    QVERIFY(
        raw.exec(QStringLiteral("SELECT pg_notify('desk_cases', ?)"), {QString::number(caseId)}));
}

void TestTeamDesk::shoot(QWidget *widget, const QString &name)
{
    // Texts that changed language ask for a new layout; let it happen as on a real screen.
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QStringLiteral(DESK_TEST_OUTPUT_DIR) + QLatin1Char('/') + name));
}

void TestTeamDesk::presenceBetweenTwoDesks()
{
    const qint64 caseId
        = newCase(QStringLiteral("u1"), QStringLiteral("Cho hỏi thủ tục khai sinh"));
    const qint64 other = newCase(QStringLiteral("u2"), QStringLiteral("Hỏi về đất đai"));
    QVERIFY(caseId > 0 && other > 0);
    QSignalSpy minhSees(m_minhFeed.get(), &Store::LiveFeed::presenceChanged);
    const auto seen = [&] { return minhSees.constLast().at(1).value<People>(); };
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Lan opens the case: Minh's desk knows.
    m_window->caseView()->showCase(caseId);
    QTRY_VERIFY_WITH_TIMEOUT(!minhSees.isEmpty() && seen().size() == 1, 2000);
    QCOMPARE(minhSees.constLast().at(0).toLongLong(), caseId);
    QCOMPARE(seen().at(0).name, QStringLiteral("Nguyễn Thị Lan"));
    QCOMPARE(seen().at(0).state, Store::Presence::State::Open);

    // She types: "typing".
    QPlainTextEdit *editor = m_window->caseView()->composer()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Chao chi"));
    QTRY_VERIFY_WITH_TIMEOUT(seen().value(0).state == Store::Presence::State::Typing, 2000);

    // Minh types on the same case: Lan's case view says so.
    Gui::PresenceLabel *line = m_window->caseView()->presenceLabel();
    QVERIFY(!line->isVisible());
    m_minhFeed->announce(caseId, Store::Presence::State::Typing);
    QTRY_COMPARE_WITH_TIMEOUT(
        line->text(), QStringLiteral("Trần Văn Minh is writing a reply"), 2000);
    QVERIFY(line->isVisible());
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    m_window->retranslate();
    QCOMPARE(line->text(), QStringLiteral("Trần Văn Minh đang soạn trả lời"));
    shoot(m_window->caseView(), QStringLiteral("team-caseview-typing-vi.png"));

    // Lan moves to another case: Minh's desk sees her leave; Lan no longer sees Minh there.
    const auto leftCase = [&] {
        for (const QList<QVariant> &signal : std::as_const(minhSees)) {
            if (signal.at(0).toLongLong() == caseId && signal.at(1).value<People>().isEmpty()) {
                return true;
            }
        }
        return false;
    };
    QVERIFY(!leftCase());
    m_window->caseView()->showCase(other);
    QTRY_VERIFY_WITH_TIMEOUT(leftCase(), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(m_minhFeed->presence(other).size() == 1, 2000);
    QVERIFY(!line->isVisible());
}

void TestTeamDesk::colleaguesReplyIsShownBeforeQueuing()
{
    const qint64 caseId
        = newCase(QStringLiteral("u3"), QStringLiteral("Làm lại căn cước bị mất ở đâu?"));
    m_window->show();
    m_window->caseView()->showCase(caseId);
    Gui::ReplyComposer *composer = m_window->caseView()->composer();
    const QString text = QStringLiteral("Anh/chị đến Công an xã nơi cư trú để làm lại.");
    composer->editor()->setPlainText(text);

    // Meanwhile Minh answers from his desk.
    QSignalSpy changed(m_lanStore.get(), &Store::Store::casesChanged);
    Store::OutboxPart part;
    part.text = QStringLiteral("Anh/chị làm thủ tục cấp lại căn cước tại Công an xã.");
    QVERIFY(!Store::Outbox(*m_minhStore)
                 .enqueue(caseId, {part}, Store::OutboxPurpose::Reply, kMinh,
                     QDateTime::currentMSecsSinceEpoch())
                 .isEmpty());
    announceChange(caseId);
    QVERIFY(changed.wait(1000)); // Lan's desk heard of it
    QCOMPARE(composer->outboxModel()->rowCount(), 1); // and shows Minh's queued reply

    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    m_window->retranslate();
    QString asked;
    bool shot = false;
    auto *watch = new QTimer(this);
    watch->setObjectName(QStringLiteral("modalWatch"));
    watch->setInterval(20);
    connect(watch, &QTimer::timeout, this, [&, watch] {
        auto *box = qobject_cast<Gui::CaseChangedDialog *>(QApplication::activeModalWidget());
        if (!box) {
            return;
        }
        watch->stop();
        asked = box->text();
        shoot(box, QStringLiteral("team-case-changed-vi.png"));
        shot = true;
        box->reviewButton()->click();
    });
    watch->start();
    QVERIFY(!composer->send());
    QVERIFY(shot);
    QVERIFY2(asked.contains(QStringLiteral("Trần Văn Minh đã xếp một câu trả lời lúc")),
        qPrintable(asked));
    QCOMPARE(composer->editor()->toPlainText(), text);
    QCOMPARE(Store::Outbox(*m_lanStore).forCase(caseId).size(), 1);
}

void TestTeamDesk::serverDownAndBack()
{
    const qint64 caseId = newCase(QStringLiteral("u4"), QStringLiteral("Hỏi thủ tục kết hôn"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->inbox()->refresh();
    m_window->inbox()->selectCase(caseId);
    QCOMPARE(m_window->caseView()->caseId(), caseId);
    Gui::TeamBanner *banner = m_window->teamBanner();
    QVERIFY(!banner->isVisible());
    QPlainTextEdit *editor = m_window->caseView()->composer()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Anh chi mang "));
    QSignalSpy reload(m_lanFeed.get(), &Store::LiveFeed::reloadNeeded);

    QString error;
    QVERIFY2(PgCluster::shared().stop(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->databaseText().isEmpty(), 5000);
    QVERIFY(banner->isVisible());
    QVERIFY(!m_lanFeed->isOnline());
    // What makes the desk read again meanwhile (a language switch, the composer's minute
    // tick, a refresh of the list) finds no database: what is on screen stays.
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    m_window->retranslate();
    m_window->inbox()->refresh();
    m_window->caseView()->composer()->refresh();
    QCOMPARE(m_window->inbox()->model()->rowCount(), 1);
    QCOMPARE(m_window->caseView()->caseId(), caseId);
    QVERIFY(m_window->caseView()->timelineModel()->rowCount() > 0);
    QVERIFY(m_window->caseView()->composer()->isEnabled());
    // Staff keep typing.
    QTest::keyClicks(editor, QStringLiteral("giay to tuy than."));
    QCOMPARE(editor->toPlainText(), QStringLiteral("Anh chi mang giay to tuy than."));
    QVERIFY(banner->databaseText().startsWith(
        QStringLiteral("Mất kết nối cơ sở dữ liệu nhóm — đang thử lại…")));
    shoot(m_window.get(), QStringLiteral("team-mainwindow-offline-vi.png"));

    QVERIFY2(PgCluster::shared().start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
    QVERIFY(m_lanFeed->isOnline());
    QCOMPARE(reload.count(), 1);
    QCOMPARE(editor->toPlainText(), QStringLiteral("Anh chi mang giay to tuy than."));
    // The draft saves again, and colleagues' changes arrive on the new connection.
    m_window->caseView()->composer()->saveDraftNow();
    QCOMPARE(Store::CaseWork(*m_lanStore).draft(caseId, m_lanFeed->login()),
        QStringLiteral("Anh chi mang giay to tuy than."));
    QSignalSpy changed(m_lanStore.get(), &Store::Store::casesChanged);
    RawConnection raw(m_location);
    QVERIFY(
        raw.exec(QStringLiteral("SELECT pg_notify('desk_cases', ?)"), {QString::number(caseId)}));
    QVERIFY(changed.wait(1000));
}

void TestTeamDesk::serviceBannerFollowsTheHeartbeat()
{
    m_window->show();
    Gui::TeamBanner *banner = m_window->teamBanner();
    QVERIFY(!banner->isVisible()); // the service beat just now (init)
    RawConnection raw(m_location);
    const QString beat = QStringLiteral("UPDATE service_lease SET heartbeat_at_ms = "
                                        "CAST(floor(extract(epoch FROM clock_timestamp()) * "
                                        "1000) AS bigint) - %1");
    QVERIFY(raw.exec(beat.arg(120000))); // the service died two minutes ago
    QTRY_VERIFY_WITH_TIMEOUT(
        banner->serviceText().startsWith(QStringLiteral("The Zalo service has not been working "
                                                        "since ")),
        3000);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->databaseText().isEmpty());
    QVERIFY(raw.exec(beat.arg(0))); // the standby took over
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 3000);
}

DESK_TEST_MAIN(TestTeamDesk)
#include "tst_teamdesk.moc"
