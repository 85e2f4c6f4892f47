// SPDX-License-Identifier: GPL-3.0-or-later
// The desk tells staff when a citizen writes: the unread count in the title and on the window
// icon, a notification (tray, taskbar flash) and an optional sound; each quiet when turned off.
// Over a real SQLite store; the notification is observed through `announced` (no tray offscreen).
#include "core/vietnamtime.h"
#include "gui/imagesource.h"
#include "gui/inboxmodel.h"
#include "gui/inboxwidget.h"
#include "gui/mainwindow.h"
#include "gui/unreadnotifier.h"
#include "store/store.h"
#include "support/testmain.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Desk;

namespace {

qint64 ingest(Store::Store &store, const QString &citizen, const QString &name, qint64 atMs,
    const QString &text)
{
    Core::Citizen person;
    person.zaloId = citizen;
    person.displayName = name;
    Core::Message message;
    message.messageId = citizen + QString::number(atMs);
    message.citizenId = citizen;
    message.timeMs = atMs;
    message.type = QStringLiteral("text");
    message.text = text;
    const auto result = store.ingestConversation(person, {message});
    return result.ok && !result.touchedCaseIds.isEmpty() ? *result.touchedCaseIds.cbegin() : 0;
}

} // namespace

class TestUnreadNotifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void announces_data();
    void announces();
    void settingsAreRemembered();
    void mainWindowShowsTheCountAndOpensTheCase();
};

void TestUnreadNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the settings stay out of ~/.config
    QCoreApplication::setOrganizationName(QStringLiteral("AdvisoryDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_unreadnotifier"));
}

void TestUnreadNotifier::init()
{
    QSettings().remove(QStringLiteral("notifications")); // each test starts from the defaults
}

void TestUnreadNotifier::announces_data()
{
    QTest::addColumn<bool>("count");
    QTest::addColumn<bool>("tray");
    QTest::addColumn<bool>("sound");
    QTest::addRow("the defaults: count and notification") << true << true << false;
    QTest::addRow("with sound") << true << true << true;
    QTest::addRow("notification only") << false << true << false;
    QTest::addRow("sound only") << false << false << true;
    QTest::addRow("count only") << true << false << false;
    QTest::addRow("all off") << false << false << false;
}

void TestUnreadNotifier::announces()
{
    QFETCH(bool, count);
    QFETCH(bool, tray);
    QFETCH(bool, sound);
    QTemporaryDir tmp;
    Store::Store store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("notify.sqlite"))));
    const qint64 now = Core::nowMs();
    // Two citizens wrote before the desk started: counted, not announced.
    ingest(store, QStringLiteral("9400000000000000001"), QStringLiteral("Võ Văn Kiệt"),
        now - 3600 * 1000, QStringLiteral("Cho hỏi thủ tục khai sinh"));
    const qint64 older = ingest(store, QStringLiteral("9400000000000000002"),
        QStringLiteral("Đỗ Thị Lan"), now - 1800 * 1000, QStringLiteral("Hồ sơ đất đai"));
    QWidget window; // not shown: the desk is in the background
    Gui::UnreadNotifier notifier(&store, &window);
    Gui::UnreadNotifier::Settings settings;
    settings.count = count;
    settings.tray = tray;
    settings.sound = sound;
    notifier.setSettings(settings);
    notifier.setBaseTitle(QStringLiteral("Advisory Desk"));
    QCOMPARE(notifier.unreadCases(), 2);
    QCOMPARE(window.windowTitle(),
        count ? QStringLiteral("(2) Advisory Desk") : QStringLiteral("Advisory Desk"));
    QCOMPARE(window.windowIcon().isNull(), !count); // the badge on the taskbar icon
    QSignalSpy announced(&notifier, &Gui::UnreadNotifier::announced);

    // A citizen writes: the store announces the case and the notifier follows by itself.
    const qint64 caseId = ingest(store, QStringLiteral("9400000000000000003"),
        QStringLiteral("Lê Thị Hồng"), now + 1000, QStringLiteral("Cho hỏi cấp đổi căn cước ạ"));
    QVERIFY(caseId != 0);
    QCOMPARE(notifier.unreadCases(), 3);
    QCOMPARE(window.windowTitle(),
        count ? QStringLiteral("(3) Advisory Desk") : QStringLiteral("Advisory Desk"));
    if (!tray && !sound) {
        QCOMPARE(announced.count(), 0); // all quiet
    } else {
        QCOMPARE(announced.count(), 1);
        QCOMPARE(announced.at(0).at(0).toLongLong(), caseId);
        QCOMPARE(announced.at(0).at(1).toString(), QStringLiteral("Lê Thị Hồng wrote"));
        QCOMPARE(announced.at(0).at(2).toString(), QStringLiteral("Cho hỏi cấp đổi căn cước ạ"));
        QCOMPARE(announced.at(0).at(3).toBool(), sound);
    }
    // The same message seen again (the next sync pass touches the case) is not news.
    notifier.casesTouched({caseId});
    QCOMPARE(announced.count(), tray || sound ? 1 : 0);
    // Reading a case takes it off the count.
    QVERIFY(store.markCaseRead(older, QStringLiteral("lan")));
    QCOMPARE(notifier.unreadCases(), 2);
    QCOMPARE(window.windowTitle(),
        count ? QStringLiteral("(2) Advisory Desk") : QStringLiteral("Advisory Desk"));
}

void TestUnreadNotifier::settingsAreRemembered()
{
    QTemporaryDir tmp;
    Store::Store store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("settings.sqlite"))));
    QWidget window;
    {
        Gui::UnreadNotifier notifier(&store, &window);
        auto *sound
            = notifier.menu()->findChild<QAction *>(QStringLiteral("notificationSoundAction"));
        auto *count = notifier.menu()->findChild<QAction *>(QStringLiteral("unreadCountAction"));
        QVERIFY(sound && count);
        QVERIFY(count->isChecked());
        sound->setChecked(true); // as staff tick it in View -> Notifications
        count->setChecked(false);
        QVERIFY(notifier.settings().sound);
        QVERIFY(!notifier.settings().count);
    }
    Gui::UnreadNotifier again(&store, &window);
    QVERIFY(again.settings().sound);
    QVERIFY(!again.settings().count);
    QVERIFY(again.settings().tray);
    QVERIFY(
        again.menu()->findChild<QAction *>(QStringLiteral("notificationSoundAction"))->isChecked());
    Gui::UnreadNotifier::Settings defaults;
    again.setSettings(defaults);
}

void TestUnreadNotifier::mainWindowShowsTheCountAndOpensTheCase()
{
    QTemporaryDir tmp;
    Store::Store store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("window.sqlite"))));
    const qint64 now = Core::nowMs();
    QVector<qint64> cases;
    for (int i = 0; i < 5; ++i) {
        cases << ingest(store, QStringLiteral("950000000000000000%1").arg(i),
            QStringLiteral("Công dân %1").arg(i), now - (10 - i) * 60000,
            QStringLiteral("Xin hỏi"));
    }
    Gui::NullImageSource images;
    Gui::MainWindow window(&store, nullptr, &images);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(
        window.windowTitle().startsWith(QStringLiteral("(5) ")), qPrintable(window.windowTitle()));
    // View -> Notifications holds the three settings.
    auto *menu = window.findChild<QMenu *>(QStringLiteral("notificationsMenu"));
    QVERIFY(menu);
    QVERIFY(window.menuBar()
                ->findChild<QMenu *>(QStringLiteral("viewMenu"))
                ->actions()
                .contains(menu->menuAction()));
    // A click on the notification of a case opens that case.
    emit window.unreadNotifier()->openCaseRequested(cases.at(1));
    QCOMPARE(window.inbox()->currentCaseId(), cases.at(1));
}

DESK_TEST_MAIN(TestUnreadNotifier)
#include "tst_unreadnotifier.moc"
