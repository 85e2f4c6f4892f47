// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile.h"

#include <QtTest>

using namespace Desk::Core;

class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void createsFolderAndStableId();
    void settingsPersist();
    void unwritableFolderIsAnError();
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

QTEST_APPLESS_MAIN(TestProfile)
#include "tst_profile.moc"
