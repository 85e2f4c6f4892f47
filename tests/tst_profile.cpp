// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile.h"
#include "support/testmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtTest>

using namespace Desk::Core;

class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void createsFolderAndStableId();
    void settingsPersist();
    void unwritableFolderIsAnError();
    void onlyTheUserMayRead_data();
    void onlyTheUserMayRead();
    void privateFileIsCreatedOwnerOnly();
    void defaultDirIsLocalAppData();
};

void TestProfile::createsFolderAndStableId()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("nested/profile"));
    QString error;
    const Profile first = Profile::open(dir, &error);
    QVERIFY2(first.isValid(), qPrintable(error));
    QVERIFY(QFileInfo(dir).isDir());
    QVERIFY(!first.id().isEmpty());
    const Profile second = Profile::open(dir);
    QCOMPARE(second.id(), first.id());
    QVERIFY(first.secretKey(QStringLiteral("tokens")).startsWith(first.id()));
    QVERIFY(first.databasePath().startsWith(first.dir()));
}

void TestProfile::settingsPersist()
{
    QTemporaryDir tmp;
    Profile profile = Profile::open(tmp.path());
    QCOMPARE(profile.language(), QStringLiteral("vi"));
    QCOMPARE(profile.syncIntervalMs(), 15000);
    profile.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:8080")));
    profile.setLanguage(QStringLiteral("en"));
    profile.setSyncIntervalMs(5000);
    const Profile reopened = Profile::open(tmp.path());
    QCOMPARE(reopened.apiBase(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(reopened.language(), QStringLiteral("en"));
    QCOMPARE(reopened.syncIntervalMs(), 5000);
    QCOMPARE(reopened.oauthBase(), QUrl(QStringLiteral("https://oauth.zaloapp.com")));
}

void TestProfile::unwritableFolderIsAnError()
{
    QTemporaryDir tmp;
    // A regular file where the folder should be cannot become a profile.
    const QString blocker = tmp.filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QString error;
    const Profile profile = Profile::open(blocker + QStringLiteral("/inside"), &error);
    QVERIFY(!profile.isValid());
    QVERIFY(!error.isEmpty());
}

void TestProfile::onlyTheUserMayRead_data()
{
    QTest::addColumn<bool>("existingLooseFiles");
    QTest::addRow("new profile") << false;
    QTest::addRow("profile created before, world-readable") << true;
}

void TestProfile::onlyTheUserMayRead()
{
#ifdef Q_OS_WIN
    QSKIP("the local app data folder is private to the user on Windows");
#endif
    QFETCH(bool, existingLooseFiles);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("profile"));
    const QStringList names {QStringLiteral("advisory-desk.sqlite"),
        QStringLiteral("advisory-desk.sqlite-wal"), QStringLiteral("advisory-desk.sqlite-shm"),
        QStringLiteral("advisory-desk.sqlite-journal"), QStringLiteral("settings.ini")};
    const QFile::Permissions loose = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser
        | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther;
    if (existingLooseFiles) {
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(
            dir, loose | QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther));
        for (const QString &name : names) {
            QFile file(QDir(dir).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            QVERIFY(file.setPermissions(loose));
        }
    }
    QString error;
    Profile profile = Profile::open(dir, &error);
    QVERIFY2(profile.isValid(), qPrintable(error));
    profile.setApiBase(QUrl(QStringLiteral("https://openapi.zalo.me"))); // rewrites settings
    const QFile::Permissions ownerOnly
        = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    QCOMPARE(QFileInfo(dir).permissions(), ownerOnly | QFile::ExeOwner | QFile::ExeUser);
    for (const QString &name : names) {
        const QFileInfo info(QDir(dir).filePath(name));
        if (!existingLooseFiles && name != QLatin1String("settings.ini")) {
            // The store creates the database through makePrivateFile; SQLite gives the
            // others the database's mode.
            QVERIFY2(!info.exists(), qPrintable(name));
            continue;
        }
        QVERIFY2(info.exists(), qPrintable(name));
        QCOMPARE(info.permissions(), ownerOnly);
    }
}

void TestProfile::privateFileIsCreatedOwnerOnly()
{
#ifdef Q_OS_WIN
    QSKIP("the local app data folder is private to the user on Windows");
#endif
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("new.sqlite"));
    QVERIFY(makePrivateFile(path));
    QFileInfo info(path);
    QVERIFY(info.exists());
    QCOMPARE(info.size(), 0);
    QCOMPARE(info.permissions(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    QVERIFY(!makePrivateFile(tmp.filePath(QStringLiteral("missing/folder/x"))));
}

DESK_TEST_APPLESS_MAIN(TestProfile)
// Where a profile lives when no --profile is given: the user's local (never roaming) application
// data. Under Wine the tests run as the Windows user "Nguyễn Thị Lan", so the folder, its
// settings and its database path carry Vietnamese letters and spaces.
void TestProfile::defaultDirIsLocalAppData()
{
    QStandardPaths::setTestModeEnabled(true); // never the developer's own profile
    QCoreApplication::setOrganizationName(QStringLiteral("AdvisoryDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("advisory-desk"));
    const QString dir = Profile::defaultDir();
    QVERIFY2(dir.endsWith(QLatin1String("/AdvisoryDesk/advisory-desk")), qPrintable(dir));
#ifdef Q_OS_WIN
    const QString local = QDir::fromNativeSeparators(qEnvironmentVariable("LOCALAPPDATA"));
    QVERIFY(!local.isEmpty());
    QVERIFY2(
        dir.startsWith(local, Qt::CaseInsensitive), qPrintable(dir + QLatin1String(" / ") + local));
    QVERIFY2(!dir.contains(QLatin1String("/Roaming/"), Qt::CaseInsensitive), qPrintable(dir));
    const QString user = qEnvironmentVariable("USERNAME");
    QVERIFY(!user.isEmpty());
    QVERIFY2(dir.contains(user), qPrintable(dir));
#else
    QVERIFY2(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)),
        qPrintable(dir));
#endif
    QDir(dir).removeRecursively();
    QString error;
    Profile profile = Profile::open(QString(), &error);
    QVERIFY2(profile.isValid(), qPrintable(error));
    QCOMPARE(profile.dir(), dir);
    profile.setLanguage(QStringLiteral("en"));
    QCOMPARE(Profile::open(QString()).language(), QStringLiteral("en"));
    QVERIFY(QFileInfo::exists(profile.settingsPath()));
    QVERIFY(profile.databasePath().startsWith(dir));
    QVERIFY(QDir(dir).removeRecursively());
}

#include "tst_profile.moc"
