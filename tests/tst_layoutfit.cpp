// SPDX-License-Identifier: GPL-3.0-or-later
// Proof by pictures and checks (issue 11, point 9): the desk's screens with the demo's data
// (the Zalo OA simulator's Vietnamese citizens, synced as the demo does), each shown as staff
// open it, in Vietnamese and in English, on the screen this process was given (one ctest
// registration per screen, see tests/gui.cmake). Every screen is saved as a PNG for people to
// look at, and the row fails when a visible text is cut without a tooltip, a window is larger
// than the screen's available area, or a key control (the inbox, the conversation, Send, Route)
// is hidden or cut off.
#include "app/demoenvironment.h"
#include "app/networkimagesource.h"
#include "app/translations.h"
#include "core/vietnamtime.h"
#include "gui/agencyanswerdialog.h"
#include "gui/calendardialog.h"
#include "gui/caseview.h"
#include "gui/connectoadialog.h"
#include "gui/dashboardwidget.h"
#include "gui/exportdialog.h"
#include "gui/inboxwidget.h"
#include "gui/mainwindow.h"
#include "gui/presencelabel.h"
#include "gui/replycomposer.h"
#include "gui/routingdialog.h"
#include "gui/syncstatuswidget.h"
#include "gui/teambanner.h"
#include "store/casework.h"
#include "store/store.h"
#include "support/layoutcheck.h"
#include "support/testmain.h"
#include "zalo/oaconnection.h"
#include "zalo/syncservice.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtTest>

using namespace Desk;

namespace {

/** What a staff member types into a template's questions, by variable. */
QString answerFor(const QString &variable)
{
    static const QHash<QString, QString> answers {
        {QStringLiteral("can_bo"), QStringLiteral("Nguyễn Thị Thanh Hương")},
        {QStringLiteral("thu_tuc"), QStringLiteral("Đăng ký khai sinh có yếu tố nước ngoài")},
        {QStringLiteral("don_vi"), QStringLiteral("UBND phường An Xuyên")},
        {QStringLiteral("link_dvc"), QStringLiteral("https://dichvucong.gov.vn")},
    };
    return answers.value(variable, QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Cà Mau"));
}

/** Fills every empty field of a template prompt and presses OK. */
void answerPrompt(QDialog *dialog)
{
    const auto edits = dialog->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->isVisible() && edit->text().isEmpty()) {
            QString variable = edit->objectName();
            variable.chop(int(qstrlen("LineEdit")));
            edit->setText(answerFor(variable));
        }
    }
    const auto boxes = dialog->findChildren<QComboBox *>();
    for (QComboBox *box : boxes) {
        if (box->isVisible() && box->currentIndex() < 0 && box->count() > 0) {
            box->setCurrentIndex(0);
        }
    }
    const auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
    if (ok && ok->isEnabled()) {
        ok->click();
    } else {
        dialog->accept();
    }
}

/** Lets posted layout requests and repaints run, so sizes are the ones the screen shows. */
void settle()
{
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestLayoutFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void checksCatchProblems();
    void screenFits_data();
    void screenFits();

private:
    /** Checks `window`, saves its picture; the problems found go into m_problems. */
    void inspect(QWidget *window, const QString &shot, const QStringList &keyControls);
    std::unique_ptr<Gui::MainWindow> openMainWindow();
    QString pngPath(const QString &shot) const;

    Desk::DemoEnvironment m_demo;
    std::unique_ptr<Store::Store> m_store;
    std::unique_ptr<Zalo::SyncService> m_sync;
    std::unique_ptr<NetworkImageSource> m_images;
    Zalo::SyncReport m_firstSync;
    qint64 m_caseId = 0;
    qint64 m_routedCaseId = 0;
    QString m_screenTag;
    QString m_pngDir;
    QString m_language;
    QStringList m_problems;
};

void TestLayoutFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the staff name asked by templates stays here
    qRegisterMetaType<Zalo::SyncReport>();
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    // "1366x768" or "1920x1080x125": the screen file's name (tests/data/screens), as its owner
    // would name the screen; the file's height leaves the taskbar out.
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    const qsizetype config = platform.indexOf(QLatin1String("configfile="));
    m_screenTag = config < 0
        ? QStringLiteral("default")
        : QFileInfo(platform.mid(config + int(qstrlen("configfile=")))).completeBaseName();
    qInfo("screen %s: %dx%d logical, available %dx%d, scale %.2f", qPrintable(m_screenTag),
        screen->size().width(), screen->size().height(), screen->availableSize().width(),
        screen->availableSize().height(), screen->devicePixelRatio());
    m_pngDir = qEnvironmentVariable("DESK_LAYOUT_PNG_DIR",
        QDir(QStringLiteral(DESK_TEST_OUTPUT_DIR)).filePath(QStringLiteral("layoutfit-png")));
    QVERIFY2(QDir().mkpath(m_pngDir), qPrintable(m_pngDir));

    // The demo's simulator and throw-away profile, synced once as the desk does at start.
    QString error;
    QVERIFY2(m_demo.start(200, &error), qPrintable(error));
    m_store = std::make_unique<Store::Store>();
    QVERIFY2(m_store->open(m_demo.profile().databasePath(), &error), qPrintable(error));
    m_sync = std::make_unique<Zalo::SyncService>(
        Zalo::SyncSettings::fromProfile(m_demo.profile()), m_demo.secretStoreFactory());
    QSignalSpy finished(m_sync.get(), &Zalo::SyncService::syncFinished);
    m_sync->start();
    QVERIFY(finished.wait(120000));
    m_sync->stop(); // the pictures show one moment; the simulator's live messages wait
    m_firstSync = finished.first().first().value<Zalo::SyncReport>();
    QVERIFY2(m_firstSync.ok(), qPrintable(m_firstSync.technicalDetail));
    m_images = std::make_unique<NetworkImageSource>();

    // The case a layout has the hardest time with: the longest conversation, then the longest
    // citizen name, among the cases a staff member sees first.
    const auto cases = m_store->cases(Store::CaseFilter(), 0, 100);
    QVERIFY(!cases.isEmpty());
    const auto hardest = std::max_element(
        cases.cbegin(), cases.cend(), [](const Core::CaseSummary &a, const Core::CaseSummary &b) {
            return std::make_pair(a.messageCount, a.citizenName.size())
                < std::make_pair(b.messageCount, b.citizenName.size());
        });
    m_caseId = hardest->id;
    qInfo("case %s of %s, %d message(s)", qPrintable(hardest->code),
        qPrintable(hardest->citizenName), hardest->messageCount);
    // Another case waits for an agency: the agency's answer is recorded on it.
    const auto routed = std::find_if(cases.cbegin(), cases.cend(),
        [this](const Core::CaseSummary &summary) { return summary.id != m_caseId; });
    QVERIFY(routed != cases.cend());
    m_routedCaseId = routed->id;
    QVERIFY(Store::CaseWork(*m_store).route(m_routedCaseId, QStringLiteral("SO_TP"),
                QStringLiteral("Đề nghị Sở Tư pháp hướng dẫn công dân thủ tục cấp phiếu lý lịch "
                               "tư pháp số 2 cho người đang làm việc ở nước ngoài."),
                0, QStringLiteral("lan"), Core::nowMs())
        > 0);
}

void TestLayoutFit::cleanupTestCase()
{
    if (m_sync) {
        m_sync->stop();
    }
}

void TestLayoutFit::checksCatchProblems()
{
    // The checks themselves: a window made to fail each of them, then mended.
    QWidget window;
    window.setWindowTitle(QStringLiteral("Kiểm tra"));
    auto *layout = new QVBoxLayout(&window);
    auto *cut = new QLabel(QStringLiteral("Thông báo tiếp nhận hồ sơ của công dân"), &window);
    cut->setObjectName(QStringLiteral("cutLabel"));
    cut->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *send = new QPushButton(QStringLiteral("Gửi"), &window);
    send->setObjectName(QStringLiteral("sendButton"));
    layout->addWidget(cut);
    layout->addWidget(send);
    const QRect available = window.screen()->availableGeometry();
    window.resize(120, 80);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settle();
    const QStringList keys = {QStringLiteral("sendButton"), QStringLiteral("routeButton")};

    const QStringList texts = TestSupport::textsThatDoNotFit(&window);
    QCOMPARE(texts.size(), 1);
    QVERIFY2(texts.first().contains(QLatin1String("'cutLabel'")), qPrintable(texts.first()));
    QCOMPARE(TestSupport::hiddenKeyControls(&window, keys).size(), 1); // no routeButton
    send->hide();
    QCOMPARE(TestSupport::hiddenKeyControls(&window, keys).size(), 2);
    send->show();
    QVERIFY(TestSupport::windowOutsideScreen(&window).isEmpty());
    window.resize(available.width() + 10, 100);
    settle();
    QCOMPARE(TestSupport::windowOutsideScreen(&window).size(), 1);
    TestSupport::fitIntoScreen(&window);
    settle();
    QVERIFY2(TestSupport::windowOutsideScreen(&window).isEmpty(),
        qPrintable(TestSupport::windowOutsideScreen(&window).join(QLatin1Char('\n'))));
    cut->setToolTip(cut->text()); // cut, but the whole text is a hover away
    QVERIFY(TestSupport::textsThatDoNotFit(&window).isEmpty());
}

void TestLayoutFit::screenFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("shot");
    for (const char *language : {"vi", "en"}) {
        for (const char *shot :
            {"main-window", "reply-with-template", "case-history", "team-alerts", "routing",
                "agency-answer", "dashboard", "export", "calendar", "connect-oa"}) {
            QTest::addRow("%s %s", language, shot)
                << QString::fromLatin1(language) << QString::fromLatin1(shot);
        }
    }
}

QString TestLayoutFit::pngPath(const QString &shot) const
{
    return QDir(m_pngDir).filePath(
        QStringLiteral("%1-%2-%3.png").arg(m_screenTag, m_language, shot));
}

void TestLayoutFit::inspect(QWidget *window, const QString &shot, const QStringList &keyControls)
{
    settle();
    QStringList found = TestSupport::windowOutsideScreen(window);
    if (!found.isEmpty()) {
        // A real screen cuts such a window to its size: look at what staff then see.
        TestSupport::fitIntoScreen(window);
        settle();
        found << QStringLiteral("(the checks below ran after the window was fitted into the "
                                "screen as a window manager would: %1x%2)")
                     .arg(window->width())
                     .arg(window->height());
    }
    const QString path = pngPath(shot);
    if (!window->grab().save(path)) {
        m_problems << QStringLiteral("cannot save %1").arg(path);
    }
    found << TestSupport::hiddenKeyControls(window, keyControls)
          << TestSupport::textsThatDoNotFit(window);
    for (const QString &problem : std::as_const(found)) {
        m_problems << QStringLiteral("[%1 %2 %3] %4").arg(m_screenTag, m_language, shot, problem);
    }
}

std::unique_ptr<Gui::MainWindow> TestLayoutFit::openMainWindow()
{
    // As advisory-desk starts it (src/app/main.cpp): no size given here; a first run on this
    // screen places the window for it (restoreLayout with no saved layout yet).
    auto window = std::make_unique<Gui::MainWindow>(m_store.get(), m_sync.get(), m_images.get());
    window->caseView()->setActor(QStringLiteral("lan"));
    window->setCurrentLanguage(m_language);
    window->syncStatus()->setReport(m_firstSync);
    static QTemporaryDir layoutDir;
    window->restoreLayout(
        layoutDir.filePath(QStringLiteral("settings.ini")), QStringLiteral("lan"));
    window->showRestored();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        return nullptr;
    }
    window->inbox()->refresh();
    window->inbox()->selectCase(m_caseId);
    return window;
}

void TestLayoutFit::screenFits()
{
    QFETCH(QString, language);
    QFETCH(QString, shot);
    m_language = language;
    m_problems.clear();
    QVERIFY(installTranslations(language));

    const std::unique_ptr<Gui::MainWindow> window = openMainWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->caseView()->caseId(), m_caseId);
    QTRY_COMPARE(m_images->pendingCount(), 0); // avatars and pictures drawn, not placeholders
    const QStringList workingControls = {QStringLiteral("inboxWidget"), QStringLiteral("caseView"),
        QStringLiteral("timelineListView"), QStringLiteral("replyPlainTextEdit"),
        QStringLiteral("sendPushButton")};

    const bool ofMainWindow = shot == QLatin1String("main-window")
        || shot == QLatin1String("reply-with-template") || shot == QLatin1String("case-history")
        || shot == QLatin1String("team-alerts");
    if (!ofMainWindow) {
        // The main window's own size is the main-window rows' business; here it is on a real
        // screen, which fits it in, and the dialogs open centred over it.
        TestSupport::fitIntoScreen(window.get());
        settle();
    }
    if (shot == QLatin1String("main-window")) {
        inspect(window.get(), shot, workingControls);
    } else if (shot == QLatin1String("reply-with-template")) {
        // The template asks for what the case does not know; its prompt is a screen too.
        bool prompted = false;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *prompt = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!prompt || !prompt->isVisible()) {
                return;
            }
            answer.stop();
            prompted = true;
            inspect(prompt, QStringLiteral("template-prompt"), {});
            answerPrompt(prompt);
        });
        answer.start();
        Gui::ReplyComposer *composer = window->caseView()->composer();
        window->caseView()->workTabs()->setCurrentWidget(composer);
        QVERIFY(composer->insertTemplate(QStringLiteral("HUONG_DAN_THU_TUC")));
        answer.stop();
        QVERIFY(!composer->editor()->toPlainText().isEmpty());
        qInfo("template prompt shown: %s", prompted ? "yes" : "no");
        inspect(window.get(), shot, workingControls);
    } else if (shot == QLatin1String("case-history")) {
        // Who did what: the case's history tab beside the conversation.
        auto *tabs = window->caseView()->workTabs();
        auto *history = window->findChild<QWidget *>(QStringLiteral("historyTreeView"));
        QVERIFY(history);
        tabs->setCurrentWidget(history);
        inspect(window.get(), shot,
            {QStringLiteral("inboxWidget"), QStringLiteral("timelineListView"),
                QStringLiteral("historyTreeView")});
    } else if (shot == QLatin1String("team-alerts")) {
        // A team desk on a bad day: the team database away, the OA service silent, and two
        // colleagues on the case, one typing.
        const qint64 now = Core::nowMs();
        window->teamBanner()->setDatabaseOnline(false, now - 5 * 60 * 1000);
        window->teamBanner()->setServiceState(false, now - 12 * 60 * 1000);
        window->syncStatus()->setTeamService(false, now - 12 * 60 * 1000);
        Store::Presence typing;
        typing.login = QStringLiteral("minh.tv");
        typing.name = QStringLiteral("Trần Văn Minh");
        typing.caseId = m_caseId;
        typing.state = Store::Presence::State::Typing;
        typing.atMs = typing.receivedAtMs = now;
        Store::Presence open = typing;
        open.login = QStringLiteral("huong.ntt");
        open.name = QStringLiteral("Nguyễn Thị Thanh Hương");
        open.state = Store::Presence::State::Open;
        window->caseView()->presenceLabel()->setPeople({typing, open});
        inspect(window.get(), shot, workingControls);
    } else if (shot == QLatin1String("routing")) {
        Gui::RoutingDialog routing(m_store.get(), m_caseId, window.get());
        routing.show();
        QVERIFY(QTest::qWaitForWindowExposed(&routing));
        inspect(&routing, shot, {QStringLiteral("agencyList"), QStringLiteral("buttonBox")});
    } else if (shot == QLatin1String("dashboard")) {
        // Opened as staff open it: View -> Supervisor dashboard.
        auto *open = window->findChild<QAction *>(QStringLiteral("dashboardAction"));
        QVERIFY(open);
        open->trigger();
        auto *dashboard = window->findChild<Gui::DashboardWidget *>();
        QVERIFY(dashboard);
        QVERIFY(QTest::qWaitForWindowExposed(dashboard));
        QStringList controls = {QStringLiteral("periodComboBox"), QStringLiteral("exportButton")};
        for (int chart = 0; chart < Gui::DashboardWidget::kChartCount; ++chart) {
            controls << QStringLiteral("chartView%1").arg(chart);
        }
        inspect(dashboard, shot, controls);
    } else if (shot == QLatin1String("export")) {
        Gui::ExportDialog exportDialog(m_store.get(), window.get());
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        inspect(&exportDialog, shot,
            {QStringLiteral("lengthComboBox"), QStringLiteral("exportButton"),
                QStringLiteral("closeButton")});
    } else if (shot == QLatin1String("agency-answer")) {
        Gui::AgencyAnswerDialog answer(m_store.get(), m_routedCaseId, window.get());
        answer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&answer));
        inspect(&answer, shot, {QStringLiteral("buttonBox")});
    } else if (shot == QLatin1String("calendar")) {
        Gui::CalendarDialog calendar(m_store.get(), window.get());
        calendar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&calendar));
        // Every tab: the days off, the deadlines per case kind, the business hours.
        auto *tabs = calendar.findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            inspect(&calendar, QStringLiteral("%1-tab%2").arg(shot).arg(tab + 1),
                {QStringLiteral("buttonBox")});
        }
    } else if (shot == QLatin1String("connect-oa")) {
        const Core::Profile &profile = m_demo.profile();
        Zalo::OaConnection connection(
            {profile.id(), profile.oauthBase(), profile.apiBase(), 20000, profile.databasePath()},
            m_demo.secretStoreFactory());
        Gui::ConnectOaDialog connect(&connection, m_store.get(), window.get());
        connect.show();
        QVERIFY(QTest::qWaitForWindowExposed(&connect));
        inspect(&connect, shot,
            {QStringLiteral("openPermissionButton"), QStringLiteral("connectButton")});
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown screen %1").arg(shot)));
    }
    // One line each (QtTest cuts a long failure message short).
    for (const QString &problem : std::as_const(m_problems)) {
        qWarning("%s", qUtf8Printable(problem));
    }
    QVERIFY2(m_problems.isEmpty(),
        qPrintable(QStringLiteral("%1 layout problem(s) above; the pictures are in %2")
                       .arg(m_problems.size())
                       .arg(m_pngDir)));
}

DESK_TEST_MAIN(TestLayoutFit)
#include "tst_layoutfit.moc"
