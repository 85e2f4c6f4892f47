// SPDX-License-Identifier: GPL-3.0-or-later
// The team banner of the main window: hidden while the team database and the OA service work;
// a line for a lost database connection (what is on screen and the draft are kept) and one for
// a stale service heartbeat ("since 10:02"), each gone when it recovers. Rendered in Vietnamese
// at a narrow width so a look at the PNG shows the diacritics and that nothing is cut off.
#include "app/translations.h"
#include "gui/teambanner.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QtTest>

using namespace Desk;
using namespace Desk::TestSupport;

namespace {
// 10:30 on 6 December 2026, Vietnam time.
const qint64 kNow = vn(2026, 12, 6, 10, 30);
} // namespace

class TestTeamBanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void states_data();
    void states();
    void recovers();
    void vietnameseRendering();
};

void TestTeamBanner::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTeamBanner::states_data()
{
    QTest::addColumn<bool>("online");
    QTest::addColumn<bool>("serviceAlive");
    QTest::addColumn<qint64>("lastBeatMs");
    QTest::addColumn<QString>("databaseText"); // '' = no line
    QTest::addColumn<QString>("serviceText");
    const QString lost = QStringLiteral("Lost the connection to the team database — retrying… "
                                        "(since 10:25; what is on screen and your draft are kept)");
    QTest::addRow("all working") << true << true << kNow << QString() << QString();
    QTest::addRow("database lost") << false << true << kNow << lost << QString();
    QTest::addRow("service stale since 10:02")
        << true << false << vn(2026, 12, 6, 10, 2) << QString()
        << QStringLiteral("The Zalo service has not been working since 10:02: replies stay "
                          "queued and go out once it is back.");
    QTest::addRow("service stale since yesterday")
        << true << false << vn(2026, 12, 5, 17, 45) << QString()
        << QStringLiteral("The Zalo service has not been working since 05/12 17:45: replies "
                          "stay queued and go out once it is back.");
    QTest::addRow("service never ran")
        << true << false << qint64(0) << QString()
        << QStringLiteral(
               "The Zalo service has not started yet: replies stay queued until it runs.");
    QTest::addRow("both down") << false << false << vn(2026, 12, 6, 10, 2) << lost
                               << QStringLiteral("The Zalo service has not been working since "
                                                 "10:02: replies stay queued and go out once it "
                                                 "is back.");
}

void TestTeamBanner::states()
{
    QFETCH(bool, online);
    QFETCH(bool, serviceAlive);
    QFETCH(qint64, lastBeatMs);
    QFETCH(QString, databaseText);
    QFETCH(QString, serviceText);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new Gui::TeamBanner(&window);
    layout->addWidget(banner);
    banner->setNow([] { return kNow; });
    banner->setDatabaseOnline(online, vn(2026, 12, 6, 10, 25));
    banner->setServiceState(serviceAlive, lastBeatMs);
    window.show();
    QCOMPARE(banner->databaseText(), databaseText);
    QCOMPARE(banner->serviceText(), serviceText);
    QCOMPARE(banner->isVisible(), !databaseText.isEmpty() || !serviceText.isEmpty());
}

void TestTeamBanner::recovers()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new Gui::TeamBanner(&window);
    layout->addWidget(banner);
    window.show();
    QVERIFY(!banner->isVisible());
    banner->setDatabaseOnline(false, kNow);
    banner->setServiceState(false, kNow - 120000);
    QVERIFY(banner->isVisible());
    banner->setDatabaseOnline(true, kNow + 5000);
    QVERIFY(banner->databaseText().isEmpty());
    QVERIFY(banner->isVisible()); // the service is still down
    banner->setServiceState(true, kNow + 6000);
    QVERIFY(banner->serviceText().isEmpty());
    QVERIFY(!banner->isVisible());
}

void TestTeamBanner::vietnameseRendering()
{
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    // As wide as the main window's narrowest useful size: long lines must wrap, not be cut.
    QWidget window;
    window.resize(720, 400);
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *banner = new Gui::TeamBanner(&window);
    layout->addWidget(banner);
    layout->addStretch(1);
    banner->setNow([] { return kNow; });
    banner->setDatabaseOnline(false, vn(2026, 12, 6, 10, 25));
    banner->setServiceState(false, vn(2026, 12, 6, 10, 2));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(banner->databaseText(),
        QStringLiteral("Mất kết nối cơ sở dữ liệu nhóm — đang thử lại… (từ 10:25; nội dung trên "
                       "màn hình và bản nháp vẫn được giữ nguyên)"));
    QVERIFY(
        banner->serviceText().startsWith(QStringLiteral("Dịch vụ Zalo không hoạt động từ 10:02")));
    // Every line fits its label: the wrapped text's height is what the label got.
    for (auto *label : banner->findChildren<QLabel *>()) {
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
            qPrintable(label->objectName()));
    }
    QVERIFY(window.grab().save(
        QStringLiteral(DESK_TEST_OUTPUT_DIR) + QStringLiteral("/team-banner-vi.png")));
    QVERIFY(Desk::installTranslations(QStringLiteral("en")));
}

DESK_TEST_MAIN(TestTeamBanner)
#include "tst_teambanner.moc"
