// SPDX-License-Identifier: GPL-3.0-or-later
// advisory-desk: the staff application. A thin shell over the libraries.
#include "app/demoenvironment.h"
#include "app/networkimagesource.h"
#include "app/screenshot.h"
#include "app/translations.h"
#include "core/processend.h"
#include "core/profile.h"
#include "gui/caseview.h"
#include "gui/mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "store/database.h"
#include "store/livefeed.h"
#include "store/store.h"
#include "zalo/oaconnection.h"
#include "zalo/syncservice.h"
#include "zalo/teamaccess.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSize>
#include <QTimer>
#include <cstdio>

namespace {

struct Options
{
    QString profileDir;
    bool demo = false;
    QString screenshot;
    QString language;
    int demoCitizens = 200;
    QSize windowSize; // --window-size: fixed, instead of fitting the screen
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Advisory Desk: answer citizens' Zalo OA messages."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
        QApplication::translate("main", "profile folder (default: local app data)"),
        QStringLiteral("DIR"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate(
            "main", "run against the bundled Zalo OA simulator with a throw-away profile"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "save a PNG of the main window after the first sync, then exit"),
        QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("lang"),
        QApplication::translate("main", "user interface language: vi or en"),
        QStringLiteral("LANG"));
    const QCommandLineOption citizens(QStringLiteral("demo-citizens"),
        QApplication::translate("main", "number of simulated citizens in demo mode"),
        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
        QApplication::translate("main",
            "open the window at this size (e.g. 1366x768, for screenshots) instead of fitting "
            "the screen"),
        QStringLiteral("WxH"));
    parser.addOptions({profile, demo, screenshot, language, citizens, windowSize});
    parser.process(app);
    Options options;
    options.profileDir = parser.value(profile);
    options.demo = parser.isSet(demo);
    options.screenshot = parser.value(screenshot);
    options.language = parser.value(language);
    options.demoCitizens = std::max(1, parser.value(citizens).toInt());
    const QStringList size = parser.value(windowSize).split(QLatin1Char('x'));
    if (size.size() == 2) {
        options.windowSize = QSize(size.at(0).toInt(), size.at(1).toInt());
    }
    return options;
}

int fatal(const QString &text, bool interactive)
{
    std::fprintf(stderr, "advisory-desk: %s\n", qUtf8Printable(text));
    if (interactive) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Advisory Desk"), text);
    }
    return 1;
}

} // namespace

static int runDesk(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AdvisoryDesk"));
    QApplication::setApplicationName(QStringLiteral("advisory-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Advisory Desk"));
    QApplication::setApplicationVersion(QStringLiteral(ADVISORY_DESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/advisory-desk.png")));
    qRegisterMetaType<Desk::Zalo::SyncReport>();

    const Options options = parseOptions(app);
    const bool interactive = options.screenshot.isEmpty();

    Desk::DemoEnvironment demo;
    Desk::Core::Profile profile;
    Desk::Zalo::SecretStoreFactory secrets;
    if (options.demo) {
        Desk::installTranslations(
            options.language.isEmpty() ? QStringLiteral("vi") : options.language);
        QString error;
        if (!demo.start(options.demoCitizens, &error)) {
            return fatal(QApplication::translate("main", "Cannot start the demo: %1").arg(error),
                interactive);
        }
        profile = demo.profile();
        secrets = demo.secretStoreFactory();
    } else {
        QString error;
        profile = Desk::Core::Profile::open(options.profileDir, &error);
        if (!profile.isValid()) {
            Desk::installTranslations(
                options.language.isEmpty() ? QStringLiteral("vi") : options.language);
            return fatal(
                QApplication::translate("main", "Cannot open the profile folder: %1").arg(error),
                interactive);
        }
        secrets = [] { return std::make_unique<Desk::Secrets::KeychainSecretStore>(); };
    }
    QString language = options.language.isEmpty() ? profile.language() : options.language;
    language = Desk::normalizedLanguage(language);
    Desk::installTranslations(language);

    // A team desk opens the team database with its login's password from the keychain.
    QString teamError;
    if (!Desk::Zalo::TeamAccess::unlock(profile, &teamError)) {
        return fatal(teamError, interactive);
    }
    Desk::Store::Store store;
    QString storeError;
    if (!store.open(profile.databasePath(), &storeError)) {
        return fatal(QApplication::translate("main",
                         "Cannot open the local database %1.\n%2\n"
                         "Check that the disk is not full and the folder is writable.")
                         .arg(profile.databasePath(), storeError),
            interactive);
    }

    Desk::Zalo::SyncService sync(Desk::Zalo::SyncSettings::fromProfile(profile), secrets);

    Desk::NetworkImageSource images;
    // A team desk gets no sync service: the team's OA service alone talks to Zalo.
    Desk::Gui::MainWindow window(&store, profile.isTeam() ? nullptr : &sync, &images);
    // In a team the database records the login itself; the desk shows the same name.
    window.caseView()->setActor(
        profile.isTeam() ? profile.teamLogin() : Desk::Core::currentStaffLogin());
    // A team desk sees colleagues live; a single desk's SQLite file has no one else.
    std::unique_ptr<Desk::Store::LiveFeed> liveFeed;
    if (store.database().isPostgres()) {
        liveFeed = std::make_unique<Desk::Store::LiveFeed>(&store);
        window.setLiveFeed(liveFeed.get());
        if (liveFeed->start() && !liveFeed->login().isEmpty()) {
            // The database records the login as the actor anyway; the desk says the same.
            window.caseView()->setActor(liveFeed->login());
        }
    }
    window.setDemoMode(options.demo);
    window.setCurrentLanguage(language);
    QObject::connect(&window, &Desk::Gui::MainWindow::languageRequested, &window,
        [&window, &profile](const QString &requested) {
            Desk::installTranslations(requested);
            profile.setLanguage(requested);
            window.setCurrentLanguage(requested);
        });

    if (!options.screenshot.isEmpty()) {
        // Shoot once the first sync has been shown and the pictures on screen have loaded
        // (or after 5 s of waiting for them); give up after 120 s.
        auto *shot = new QTimer(&window);
        shot->setInterval(100);
        int waited = 0;
        QObject::connect(shot, &QTimer::timeout, &window, [&, shot]() mutable {
            waited += shot->interval();
            if (images.pendingCount() > 0 && waited < 5000) {
                return;
            }
            shot->stop();
            QString error;
            const bool saved = Desk::saveWindowPng(&window, options.screenshot, &error);
            if (!saved) {
                std::fprintf(stderr, "advisory-desk: %s\n", qUtf8Printable(error));
            }
            QApplication::exit(saved ? 0 : 1);
        });
        QObject::connect(&window, &Desk::Gui::MainWindow::syncShown, shot, [shot] {
            if (!shot->isActive()) {
                shot->start();
            }
        });
        if (profile.isTeam()) {
            // No sync in a team desk: what the team database holds is on screen at once.
            QTimer::singleShot(1500, shot, [shot] { shot->start(); });
        }
        QTimer::singleShot(120000, &app, [] {
            std::fprintf(stderr, "advisory-desk: no sync finished within 120 s; no screenshot\n");
            QApplication::exit(2);
        });
    }

    // The demo's simulator credentials are set up already; a real profile can be connected
    // (again) from Administration, and is offered it when it has no credentials yet.
    std::unique_ptr<Desk::Zalo::OaConnection> oaConnection;
    if (!options.demo && !profile.isTeam()) {
        oaConnection = std::make_unique<Desk::Zalo::OaConnection>(
            Desk::Zalo::OaConnection::Settings {profile.id(), profile.oauthBase(),
                profile.apiBase(), 20000, profile.databasePath()},
            secrets);
        window.setOaConnection(oaConnection.get(), interactive);
    }

    // The window fits the screen it opens on and comes back as this person left it; a demo's
    // throw-away profile starts fresh every time.
    const QString person = profile.isTeam() ? profile.teamLogin() : Desk::Core::currentStaffLogin();
    window.restoreLayout(profile.settingsPath(), person);
    if (options.windowSize.isValid()) {
        window.resize(options.windowSize);
        window.show();
    } else {
        window.showRestored();
    }
    // A team's desks never talk to Zalo: the team's OA service (serve) syncs and sends.
    if (!profile.isTeam()) {
        sync.start(); // the first pass runs at once
    }
    const int code = app.exec();
    sync.stop();
    return code;
}

int main(int argc, char *argv[])
{
    // Everything of the desk is destroyed when runDesk returns (see Desk::Core::endProcess).
    return Desk::Core::endProcess(runDesk(argc, argv));
}
