// SPDX-License-Identifier: GPL-3.0-or-later
// The desk as a staff member meets it, offscreen: sync fills the inbox, search filters it,
// keyboard moves through it, a case opens its timeline and loses its unread mark.
#include "app/translations.h"
#include "core/profile.h"
#include "core/textfold.h"
#include "gui/caseview.h"
#include "gui/imagesource.h"
#include "gui/inboxmodel.h"
#include "gui/inboxwidget.h"
#include "gui/mainwindow.h"
#include "gui/syncstatuswidget.h"
#include "gui/timelinemodel.h"
#include "secrets/memorysecretstore.h"
#include "sim/simulatorhost.h"
#include "store/store.h"
#include "support/testmain.h"
#include "support/typing.h"
#include "zalo/syncservice.h"
#include "zalo/tokenmanager.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace Desk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void inboxFillsAfterSync();
    void searchFilters_data();
    void searchFilters();
    void keyboardOpensCasesAndClearsUnread();
    void newMessageArrivesOnTheTimer();
    void switchesLanguageWhileRunning();
    void syncErrorShowsInStatusBar();

private:
    QTableView *casesView() const
    {
        return m_window->inbox()->findChild<QTableView *>(QStringLiteral("casesTableView"));
    }
    QLineEdit *searchEdit() const
    {
        return m_window->inbox()->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<Sim::SimulatorHost> m_sim;
    std::unique_ptr<Secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<Store::Store> m_store;
    std::unique_ptr<Zalo::SyncService> m_sync;
    std::unique_ptr<Gui::NullImageSource> m_images;
    std::unique_ptr<Gui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMainWindow::initTestCase()
{
    qRegisterMetaType<Zalo::SyncReport>();
    QVERIFY(m_tmp.isValid());
    Sim::SimConfig config;
    config.citizens = 150;
    m_sim = std::make_unique<Sim::SimulatorHost>();
    QVERIFY(m_sim->start(config));

    QString error;
    Core::Profile profile = Core::Profile::open(m_tmp.path(), &error);
    QVERIFY2(profile.isValid(), qPrintable(error));
    m_secrets = std::make_unique<Secrets::MemorySecretStore>();
    const Zalo::ApiError stored = Zalo::storeCredentialsBlocking(m_secrets.get(), profile.id(),
        config.appId, config.secretKey, m_sim->accessToken(), m_sim->refreshToken());
    QVERIFY2(stored.ok(), qPrintable(stored.detail));

    m_store = std::make_unique<Store::Store>();
    QVERIFY2(m_store->open(profile.databasePath(), &error), qPrintable(error));

    Zalo::SyncSettings settings;
    settings.databasePath = profile.databasePath();
    settings.profileId = profile.id();
    settings.apiBase = m_sim->baseUrl();
    settings.oauthBase = m_sim->baseUrl();
    settings.intervalMs = 400; // the timer keeps syncing, as the 15 s default does in use
    auto data = m_secrets->data();
    m_sync = std::make_unique<Zalo::SyncService>(
        settings, [data] { return std::make_unique<Secrets::MemorySecretStore>(data); });
    m_images = std::make_unique<Gui::NullImageSource>();
    m_window = std::make_unique<Gui::MainWindow>(m_store.get(), m_sync.get(), m_images.get());
    m_window->caseView()->setActor(QStringLiteral("tester"));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_window->inbox()->model());
    m_window->resize(1360, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    if (m_sync) {
        m_sync->stop();
    }
    m_tester.reset();
    m_window.reset();
}

void TestMainWindow::inboxFillsAfterSync()
{
    QCOMPARE(m_window->inbox()->model()->rowCount(), 0);
    QSignalSpy shown(m_window.get(), &Gui::MainWindow::syncShown);
    m_sync->start(); // the first pass runs at once
    QVERIFY(shown.wait(60000));
    QVERIFY2(!m_window->syncStatus()->lastSyncFailed(), qPrintable(m_window->syncStatus()->text()));
    const int citizens = m_sim->stats().totalCitizens;
    QCOMPARE(m_window->inbox()->model()->totalCount(), citizens);
    QVERIFY(m_window->inbox()->model()->rowCount() > 0);
    // Newest activity first.
    const auto first = m_store->caseById(m_window->inbox()->model()->caseIdAt(0));
    const auto second = m_store->caseById(m_window->inbox()->model()->caseIdAt(1));
    QVERIFY(first && second);
    QVERIFY(first->lastActivityAtMs >= second->lastActivityAtMs);
    // The first case is opened for the user straight away.
    QTRY_VERIFY(m_window->caseView()->caseId() != 0);

    const QString shot
        = QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR)).filePath(QStringLiteral("mainwindow.png"));
    QVERIFY(m_window->grab().save(shot));
}

void TestMainWindow::searchFilters_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("folded");
    QTest::addRow("without diacritics")
        << QStringLiteral("khai sinh") << QStringLiteral("khai sinh");
    QTest::addRow("upper case with diacritics")
        << QStringLiteral("ĐẤT ĐAI") << QStringLiteral("dat dai");
    QTest::addRow("decomposed") << QStringLiteral("hộ tịch").normalized(
        QString::NormalizationForm_D)
                                << QStringLiteral("ho tich");
}

void TestMainWindow::searchFilters()
{
    QFETCH(QString, typed);
    QFETCH(QString, folded);
    Gui::InboxModel *model = m_window->inbox()->model();
    const int all = m_store->countCases({});
    searchEdit()->setFocus();
    searchEdit()->clear();
    // Typed character by character, as a Vietnamese keyboard (Telex/VNI) delivers text.
    TestSupport::typeText(searchEdit(), typed);
    QCOMPARE(searchEdit()->text(), typed);
    QTRY_VERIFY(model->totalCount() < all);
    QVERIFY(model->totalCount() > 0);
    // Every row shown really mentions each word (in a message of the case or the citizen's name).
    const QStringList words = folded.split(QLatin1Char(' '));
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto summary = m_store->caseById(model->caseIdAt(row));
        QVERIFY(summary);
        QString haystack = Core::foldForSearch(summary->citizenName);
        for (const auto &message : m_store->messagesForCase(summary->id)) {
            haystack += QLatin1Char(' ')
                + Core::foldForSearch(message.text + QLatin1Char(' ') + message.fileName);
        }
        const bool mentions = std::all_of(words.cbegin(), words.cend(),
            [&](const QString &word) { return haystack.contains(word); });
        QVERIFY2(
            mentions, qPrintable(model->index(row, Gui::InboxModel::CodeColumn).data().toString()));
    }
    // Escape clears the search and the full list comes back.
    QTest::keyClick(searchEdit(), Qt::Key_Escape);
    QTRY_COMPARE(model->totalCount(), all);
}

void TestMainWindow::keyboardOpensCasesAndClearsUnread()
{
    Gui::InboxModel *model = m_window->inbox()->model();
    QTRY_COMPARE(model->totalCount(), m_store->countCases({}));
    // From the search box, Down moves into the list; Down again moves to the next case.
    searchEdit()->setFocus();
    QTest::keyClick(searchEdit(), Qt::Key_Down);
    QTRY_VERIFY(casesView()->hasFocus());
    const qint64 before = m_window->caseView()->caseId();
    QTest::keyClick(casesView(), Qt::Key_Down);
    QTRY_VERIFY(m_window->caseView()->caseId() != before);
    const qint64 opened = m_window->caseView()->caseId();
    const auto summary = m_store->caseById(opened);
    QVERIFY(summary);
    QCOMPARE(m_window->caseView()->timelineModel()->rowCount(), summary->messageCount);
    QCOMPARE(summary->unreadCount, 0); // opening marks it read
    const auto events = m_store->caseEvents(opened);
    QVERIFY(std::any_of(events.cbegin(), events.cend(),
        [](const Core::CaseEvent &event) { return event.actor == QLatin1String("tester"); }));
    // Bubbles: the citizen's messages on the left, the OA's on the right.
    QListView *timeline = m_window->caseView()->timelineView();
    QVERIFY(timeline->visualRect(timeline->model()->index(0, 0)).height() > 20);
}

void TestMainWindow::newMessageArrivesOnTheTimer()
{
    // Nobody presses F5: the sync timer brings the citizen's new message. The list keeps its
    // order under the pointer and says so; a click on the marker brings the case to the top.
    const QString citizen = m_sim->citizenIds().at(7);
    const QString text = QStringLiteral("Cho hỏi làm lại căn cước công dân bị mất ở đâu ạ?");
    QVERIFY(!m_sim->injectInbound(citizen, text).isEmpty());
    Gui::InboxModel *model = m_window->inbox()->model();
    auto *marker = m_window->inbox()->findChild<QPushButton *>(QStringLiteral("newActivityButton"));
    QVERIFY(marker);
    QTRY_VERIFY_WITH_TIMEOUT(model->pendingCount() > 0 && marker->isVisible(), 10000);
    QTest::mouseClick(marker, Qt::LeftButton);
    QTRY_VERIFY(model->rowCount() > 0 && m_store->caseById(model->caseIdAt(0))
        && m_store->caseById(model->caseIdAt(0))->citizenId == citizen);
    const auto messages = m_store->messagesForCase(model->caseIdAt(0));
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().text, text);
    QVERIFY(model->index(0, Gui::InboxModel::CodeColumn).data(Gui::InboxModel::UnreadRole).toBool()
        || m_window->caseView()->caseId() == model->caseIdAt(0));
}

void TestMainWindow::switchesLanguageWhileRunning()
{
    Gui::InboxModel *model = m_window->inbox()->model();
    const auto header = [model] {
        return model->headerData(Gui::InboxModel::CodeColumn, Qt::Horizontal, Qt::DisplayRole)
            .toString();
    };
    // What the app does when the user picks a language in the View menu.
    const auto announce = [this] { m_window->retranslate(); };
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    announce();
    QTRY_COMPARE(header(), QStringLiteral("Mã vụ việc"));
    QCOMPARE(searchEdit()->placeholderText(),
        QStringLiteral("Tìm tin nhắn, công dân, mã vụ việc (Ctrl+F)"));
    const QString status = model->index(0, Gui::InboxModel::StatusColumn).data().toString();
    // Sync classifies new cases right after the pass, so a new case may read either way.
    QVERIFY2(status == QStringLiteral("Mới") || status == QStringLiteral("Đã phân loại")
            || status == QStringLiteral("Đã trả lời"),
        qPrintable(status));
    QCoreApplication::processEvents(); // let the re-sized layouts settle before the picture
    m_window->grab().save(
        QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR)).filePath(QStringLiteral("mainwindow-vi.png")));

    QVERIFY(Desk::installTranslations(QStringLiteral("en")));
    announce();
    QTRY_COMPARE(header(), QStringLiteral("Case"));
    QCOMPARE(searchEdit()->placeholderText(),
        QStringLiteral("Search messages, citizens, case codes (Ctrl+F)"));
}

void TestMainWindow::syncErrorShowsInStatusBar()
{
    m_sim->revokeTokens();
    m_sync->syncNow();
    // A pass the timer started during the previous test may still be shown first (its queued
    // report arrives after the revocation); the failed pass follows it.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncStatus()->lastSyncFailed(), 60000);
    QVERIFY(!m_window->syncStatus()->text().isEmpty());
    // The cases already synced are still there.
    QCOMPARE(m_window->inbox()->model()->totalCount(), m_sim->stats().totalCitizens);
}

DESK_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
