// SPDX-License-Identifier: GPL-3.0-or-later
// Administration -> Connect Zalo OA, offscreen, in Vietnamese, against the simulator over HTTP:
// the permission page, the pasted address or code, the tokens in the (in-memory) keychain, and
// the test message to the administrator's own Zalo.
#include "app/translations.h"
#include "gui/connectoadialog.h"
#include "gui/imagesource.h"
#include "gui/mainwindow.h"
#include "support/deskfixtures.h"
#include "support/oauthfixtures.h"
#include "support/testmain.h"
#include "zalo/oaconnection.h"

#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

using namespace Desk;

namespace {

const QString kProfile = QStringLiteral("tst-connectoa");
const QString kCallback = QStringLiteral("https://motcua.camau.gov.vn/zalo/callback");

enum class Paste { RedirectAddress, BareCode, ForeignState, Nothing };

} // namespace

class TestConnectOaDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void connect_data();
    void connect();
    void testMessage_data();
    void testMessage();
    void renderAt1366x768();
    void administrationMenuOffersIt_data();
    void administrationMenuOffersIt();

private:
    /** A dialog over a fresh keychain, its fields filled for the simulator's app. */
    struct Setup
    {
        std::shared_ptr<Secrets::MemorySecretStore::Data> keychain;
        std::unique_ptr<Zalo::OaConnection> connection;
        std::unique_ptr<Gui::ConnectOaDialog> dialog;
        QUrl opened;
    };
    std::unique_ptr<Setup> makeDialog(const QString &secretKey);
    /** Opens the permission page, answers it like the browser and pastes the result. */
    bool connectDialog(Setup &setup, Paste paste);

    TestSupport::SimDesk m_desk;
    QNetworkAccessManager m_network;
};

void TestConnectOaDialog::initTestCase()
{
    Desk::installTranslations(QStringLiteral("vi"));
    Sim::SimConfig config;
    config.citizens = 12;
    QVERIFY(m_desk.start(config));
}

std::unique_ptr<TestConnectOaDialog::Setup> TestConnectOaDialog::makeDialog(
    const QString &secretKey)
{
    auto setup = std::make_unique<Setup>();
    setup->keychain = std::make_shared<Secrets::MemorySecretStore::Data>();
    const QUrl base = m_desk.sim().baseUrl();
    const auto keychain = setup->keychain;
    setup->connection = std::make_unique<Zalo::OaConnection>(
        Zalo::OaConnection::Settings {kProfile, base, base, 5000, QString()},
        [keychain] { return std::make_unique<Secrets::MemorySecretStore>(keychain); });
    setup->dialog
        = std::make_unique<Gui::ConnectOaDialog>(setup->connection.get(), &m_desk.store());
    Setup *raw = setup.get();
    setup->dialog->setUrlOpener([raw](const QUrl &url) {
        raw->opened = url;
        return true;
    });
    auto *dialog = setup->dialog.get();
    dialog->findChild<QLineEdit *>(QStringLiteral("appIdEdit"))
        ->setText(m_desk.sim().config().appId);
    dialog->findChild<QLineEdit *>(QStringLiteral("secretKeyEdit"))->setText(secretKey);
    dialog->findChild<QLineEdit *>(QStringLiteral("redirectUriEdit"))->setText(kCallback);
    dialog->show();
    return setup;
}

bool TestConnectOaDialog::connectDialog(Setup &setup, Paste paste)
{
    auto *dialog = setup.dialog.get();
    dialog->findChild<QPushButton *>(QStringLiteral("openPermissionButton"))->click();
    if (!setup.opened.isValid() || setup.opened != dialog->permissionUrl()) {
        qWarning("the permission page was not opened");
        return false;
    }
    QUrl redirect = TestSupport::followConsent(m_network, setup.opened);
    QString pasted;
    switch (paste) {
    case Paste::RedirectAddress:
        pasted = redirect.toString(QUrl::FullyEncoded);
        break;
    case Paste::BareCode:
        pasted = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
        break;
    case Paste::ForeignState: {
        QUrlQuery query(redirect);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("older-attempt"));
        redirect.setQuery(query);
        pasted = redirect.toString(QUrl::FullyEncoded);
        break;
    }
    case Paste::Nothing:
        break;
    }
    dialog->findChild<QLineEdit *>(QStringLiteral("pastedCodeEdit"))->setText(pasted);
    QSignalSpy finished(dialog, &Gui::ConnectOaDialog::stepFinished);
    dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
    if (finished.isEmpty() && !finished.wait(20000)) {
        qWarning("the connection step did not finish");
        return false;
    }
    return finished.first().first().toBool();
}

void TestConnectOaDialog::connect_data()
{
    QTest::addColumn<int>("paste");
    QTest::addColumn<bool>("rightSecret");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QString>("statusContains");
    QTest::addRow("whole redirect address")
        << int(Paste::RedirectAddress) << true << true << QStringLiteral("Đã kết nối");
    QTest::addRow("only the code")
        << int(Paste::BareCode) << true << true << QStringLiteral("Đã kết nối");
    QTest::addRow("address of another attempt")
        << int(Paste::ForeignState) << true << false << QStringLiteral("state không khớp");
    QTest::addRow("wrong secret key")
        << int(Paste::RedirectAddress) << false << false << QStringLiteral("App ID");
    QTest::addRow("nothing pasted")
        << int(Paste::Nothing) << true << false << QStringLiteral("Dán địa chỉ");
}

void TestConnectOaDialog::connect()
{
    QFETCH(int, paste);
    QFETCH(bool, rightSecret);
    QFETCH(bool, connected);
    QFETCH(QString, statusContains);
    const QString secret
        = rightSecret ? m_desk.sim().config().secretKey : QStringLiteral("not-the-secret");
    auto setup = makeDialog(secret);
    auto *dialog = setup->dialog.get();
    auto *testBox = dialog->findChild<QPushButton *>(QStringLiteral("sendTestButton"));
    QVERIFY(!testBox->isEnabled()); // nothing to test before the OA is connected

    QSignalSpy connectedSpy(dialog, &Gui::ConnectOaDialog::connected);
    QCOMPARE(connectDialog(*setup, Paste(paste)), connected);
    // The permission page asked for is the one Zalo documents, with PKCE.
    const QUrlQuery query(setup->opened);
    QCOMPARE(setup->opened.path(), QStringLiteral("/v4/oa/permission"));
    QCOMPARE(query.queryItemValue(QStringLiteral("app_id")), m_desk.sim().config().appId);
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), kCallback);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("permissionUrlField"))->text(),
        setup->opened.toString(QUrl::FullyEncoded));

    QVERIFY2(dialog->connectStatus().contains(statusContains), qPrintable(dialog->connectStatus()));
    QCOMPARE(connectedSpy.size(), connected ? 1 : 0);
    QCOMPARE(testBox->isEnabled(), connected);
    const Secrets::MemorySecretStore keychain(setup->keychain);
    QCOMPARE(keychain.contains(Zalo::TokenManager::tokensKey(kProfile)), connected);
    if (connected) {
        QCOMPARE(
            keychain.value(Zalo::TokenManager::appIdKey(kProfile)), m_desk.sim().config().appId);
        QVERIFY(keychain.value(Zalo::TokenManager::tokensKey(kProfile))
                    .contains(m_desk.sim().accessToken()));
    }
}

void TestConnectOaDialog::testMessage_data()
{
    QTest::addColumn<QString>("how"); // "list", "typed", "typed junk", "refused"
    QTest::addColumn<bool>("delivered");
    QTest::addColumn<QString>("statusContains");
    QTest::addRow("chosen from the citizens") << "list" << true << QStringLiteral("Zalo đã nhận");
    QTest::addRow("typed id") << "typed" << true << QStringLiteral("Zalo đã nhận");
    QTest::addRow("not an id") << "typed junk" << false << QStringLiteral("dãy số");
    QTest::addRow("Zalo refuses (-213)") << "refused" << false << QStringLiteral("-213");
}

void TestConnectOaDialog::testMessage()
{
    QFETCH(QString, how);
    QFETCH(bool, delivered);
    QFETCH(QString, statusContains);
    auto setup = makeDialog(m_desk.sim().config().secretKey);
    QVERIFY(connectDialog(*setup, Paste::RedirectAddress));
    auto *dialog = setup->dialog.get();
    auto *recipient = dialog->findChild<QComboBox *>(QStringLiteral("recipientBox"));
    QVERIFY(recipient->count() >= 10); // the citizens of the desk's cases
    const int row = 1;
    const QString userId = recipient->itemData(row).toString();
    QVERIFY(recipient->itemText(row).contains(userId));
    if (how == QLatin1String("list")) {
        recipient->setCurrentIndex(row);
    } else if (how == QLatin1String("typed junk")) {
        recipient->setEditText(QStringLiteral("Nguyễn Văn A"));
    } else {
        recipient->setEditText(userId);
    }
    if (how == QLatin1String("refused")) {
        m_desk.sim().setRefusal(userId, -213);
    }
    const QString text
        = QStringLiteral("Tin nhắn thử %1").arg(QString::fromLatin1(QTest::currentDataTag()));
    dialog->findChild<QLineEdit *>(QStringLiteral("testTextEdit"))->setText(text);
    const int sentBefore = TestSupport::sentTexts(m_desk.sim(), userId).size();

    QSignalSpy finished(dialog, &Gui::ConnectOaDialog::stepFinished);
    dialog->findChild<QPushButton *>(QStringLiteral("sendTestButton"))->click();
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), delivered);
    QVERIFY2(dialog->testStatus().contains(statusContains), qPrintable(dialog->testStatus()));
    const QStringList sent = TestSupport::sentTexts(m_desk.sim(), userId);
    QCOMPARE(sent.size(), sentBefore + (delivered ? 1 : 0));
    if (delivered) {
        QCOMPARE(sent.last(), text);
    }
    m_desk.sim().clearRefusal(userId);
}

void TestConnectOaDialog::renderAt1366x768()
{
    auto setup = makeDialog(m_desk.sim().config().secretKey);
    QVERIFY(connectDialog(*setup, Paste::RedirectAddress));
    auto *dialog = setup->dialog.get();
    auto *recipient = dialog->findChild<QComboBox *>(QStringLiteral("recipientBox"));
    recipient->setCurrentIndex(0);
    QSignalSpy finished(dialog, &Gui::ConnectOaDialog::stepFinished);
    dialog->findChild<QPushButton *>(QStringLiteral("sendTestButton"))->click();
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().toBool());

    dialog->adjustSize();
    const QSize size = dialog->size();
    QVERIFY2(size.width() <= 1366 && size.height() <= 768,
        qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
    // Every wrapped text has the height it needs at its width: nothing is cut off.
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible() && label->wordWrap() && !label->text().isEmpty()) {
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                qPrintable(label->text()));
        }
    }
    const QString path = QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR))
                             .filePath(QStringLiteral("connectoadialog.png"));
    QVERIFY(dialog->grab().save(path));
    qInfo("rendered %s (%dx%d)", qPrintable(path), size.width(), size.height());
}

void TestConnectOaDialog::administrationMenuOffersIt_data()
{
    QTest::addColumn<bool>("credentialsStored");
    QTest::addColumn<bool>("offerAtFirstRun");
    QTest::addColumn<bool>("offered");
    QTest::addRow("new profile: offered") << false << true << true;
    QTest::addRow("connected profile: not offered") << true << true << false;
    QTest::addRow("new profile, screenshot run: not offered") << false << false << false;
}

void TestConnectOaDialog::administrationMenuOffersIt()
{
    QFETCH(bool, credentialsStored);
    QFETCH(bool, offerAtFirstRun);
    QFETCH(bool, offered);
    Gui::NullImageSource images;
    Gui::MainWindow window(&m_desk.store(), nullptr, &images);
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("connectOaAction"))); // as in the demo
    const QUrl base = m_desk.sim().baseUrl();
    auto keychain = std::make_shared<Secrets::MemorySecretStore::Data>();
    if (credentialsStored) {
        Secrets::MemorySecretStore store(keychain);
        const Sim::SimCredentials c = m_desk.sim().credentials();
        QVERIFY(Zalo::storeCredentialsBlocking(
            &store, kProfile, c.appId, c.secretKey, c.accessToken, c.refreshToken)
                    .ok());
    }
    Zalo::OaConnection connection({kProfile, base, base, 5000, QString()},
        [keychain] { return std::make_unique<Secrets::MemorySecretStore>(keychain); });
    window.show();

    // The dialog is modal: whoever sees it records it and closes it.
    bool seen = false;
    QTimer watcher;
    QObject::connect(&watcher, &QTimer::timeout, &window, [&seen] {
        if (auto *dialog
            = qobject_cast<Gui::ConnectOaDialog *>(QApplication::activeModalWidget())) {
            seen = true;
            dialog->reject();
        }
    });
    watcher.start(20);
    QSignalSpy checked(&window, &Gui::MainWindow::oaConnectionChecked);
    window.setOaConnection(&connection, offerAtFirstRun);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
    QCOMPARE(checked.first().at(0).toBool(), credentialsStored);
    QCOMPARE(checked.first().at(1).toBool(), offered);
    if (offered) {
        QTRY_VERIFY_WITH_TIMEOUT(seen, 10000);
    }
    window.setOaConnection(&connection, false); // set again: still one action, no offer
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 10000);
    QCOMPARE(checked.last().at(1).toBool(), false);
    const auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("administrationMenu"));
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.first()->objectName(), QStringLiteral("connectOaAction"));
    QCOMPARE(window.findChildren<QAction *>(QStringLiteral("connectOaAction")).size(), 1);
    QCOMPARE(actions.first()->text(), QStringLiteral("Kết nối &Zalo OA..."));
    QCOMPARE(menu->title(), QStringLiteral("&Quản trị"));
}

DESK_TEST_MAIN(TestConnectOaDialog)
#include "tst_connectoadialog.moc"
