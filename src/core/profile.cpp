// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace Desk::Core {

namespace {
const QString kIdKey = QStringLiteral("profile/id");
const QString kApiBaseKey = QStringLiteral("zalo/api_base");
const QString kTeamDatabaseKey = QStringLiteral("team/database");
const QString kTeamLoginKey = QStringLiteral("team/login");
const QString kTeamRoleKey = QStringLiteral("team/role");
const QString kSecretsFileKey = QStringLiteral("secrets/file");
const QString kOauthBaseKey = QStringLiteral("zalo/oauth_base");
const QString kIntervalKey = QStringLiteral("sync/interval_ms");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kDemoKey = QStringLiteral("profile/demo");

constexpr QFile::Permissions kPrivateFile
    = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions kPrivateDir = kPrivateFile | QFile::ExeOwner | QFile::ExeUser;
} // namespace

bool makePrivateFile(const QString &path)
{
    if (!QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return false;
        }
    }
    return QFile::setPermissions(path, kPrivateFile);
}

QString Profile::defaultDir()
{
    // Local, never roaming: the database can grow to hundreds of MB.
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

Profile Profile::open(const QString &dir, QString *error)
{
    Profile profile;
    const QString path = dir.isEmpty() ? defaultDir() : QDir(dir).absolutePath();
    if (!QDir().mkpath(path)) {
        if (error) {
            *error = QStringLiteral("cannot create profile folder %1").arg(path);
        }
        return profile;
    }
    profile.m_dir = path;
    // Citizens' personal data (Nghị định 13/2023): the folder, the database and the
    // settings are the user's alone. Every entry point opens its profile here; a database file
    // is created through makePrivateFile (Store::Database::open), and SQLite gives its -wal,
    // -shm and -journal files the database file's mode. Files of a profile made before this
    // are narrowed here. On Windows the local app data is private already and this only
    // clears a read-only flag.
    bool privateOk = QFile::setPermissions(path, kPrivateDir);
    privateOk = makePrivateFile(profile.settingsPath()) && privateOk;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = profile.localDatabasePath() + QLatin1String(suffix);
        // Another process on this profile may remove the file between the two calls (SQLite
        // deletes -journal after each transaction and -wal when its last connection closes):
        // only a file still there that could not be narrowed is a failure.
        if (QFile::exists(file) && !QFile::setPermissions(file, kPrivateFile)) {
            privateOk = privateOk && !QFile::exists(file);
        }
    }
#ifdef Q_OS_WIN
    privateOk = true; // only the read-only flag is at stake there; the folder is private anyway
#endif
    if (!privateOk) {
        if (error) {
            *error = QStringLiteral("cannot make the profile folder %1 private to this user")
                         .arg(path);
        }
        profile.m_dir.clear();
        return profile;
    }
    QSettings settings(profile.settingsPath(), QSettings::IniFormat);
    QString id = settings.value(kIdKey).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(kIdKey, id);
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            if (error) {
                *error = QStringLiteral("cannot write settings in %1").arg(path);
            }
            profile.m_dir.clear();
            return profile;
        }
    }
    profile.m_id = id;
    return profile;
}

QString Profile::databasePath() const
{
    const QString team = teamDatabase();
    return team.isEmpty() ? localDatabasePath() : team;
}

QString Profile::localDatabasePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("advisory-desk.sqlite"));
}

QString Profile::teamDatabase() const
{
    return value(kTeamDatabaseKey, QString());
}

QString Profile::teamLogin() const
{
    return value(kTeamLoginKey, QString());
}

QString Profile::teamRole() const
{
    return value(kTeamRoleKey, QString());
}

void Profile::setTeam(const QString &databaseUri, const QString &login, const QString &role)
{
    setValue(kTeamDatabaseKey, databaseUri);
    setValue(kTeamLoginKey, login);
    setValue(kTeamRoleKey, role);
}

QString Profile::secretsFile() const
{
    return value(kSecretsFileKey, QString());
}

void Profile::setSecretsFile(const QString &path)
{
    setValue(kSecretsFileKey, path);
}

QString Profile::settingsPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("settings.ini"));
}

QString Profile::value(const QString &key, const QString &fallback) const
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    return settings.value(key, fallback).toString();
}

void Profile::setValue(const QString &key, const QString &value)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(key, value);
    settings.sync();
    // QSettings may write a new file and rename it over the old one.
    QFile::setPermissions(settingsPath(), kPrivateFile);
}

QUrl Profile::apiBase() const
{
    return QUrl(value(kApiBaseKey, QStringLiteral("https://openapi.zalo.me")));
}

QUrl Profile::oauthBase() const
{
    return QUrl(value(kOauthBaseKey, QStringLiteral("https://oauth.zaloapp.com")));
}

void Profile::setApiBase(const QUrl &url)
{
    setValue(kApiBaseKey, url.toString());
}

void Profile::setOauthBase(const QUrl &url)
{
    setValue(kOauthBaseKey, url.toString());
}

int Profile::syncIntervalMs() const
{
    return value(kIntervalKey, QStringLiteral("15000")).toInt();
}

void Profile::setSyncIntervalMs(int ms)
{
    setValue(kIntervalKey, QString::number(ms));
}

QString Profile::language() const
{
    return value(kLanguageKey, QStringLiteral("vi"));
}

void Profile::setLanguage(const QString &language)
{
    setValue(kLanguageKey, language);
}

bool Profile::isDemo() const
{
    return value(kDemoKey, QStringLiteral("false")) == QLatin1String("true");
}

void Profile::setDemo(bool demo)
{
    setValue(kDemoKey, demo ? QStringLiteral("true") : QStringLiteral("false"));
}

QString Profile::secretKey(const QString &name) const
{
    return m_id + QLatin1Char('/') + name;
}

QString currentStaffLogin()
{
    QString login = qEnvironmentVariable("USERNAME"); // Windows
    if (login.isEmpty()) {
        login = qEnvironmentVariable("USER");
    }
    return login.isEmpty() ? QStringLiteral("staff") : login;
}

} // namespace Desk::Core
