// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Desk::Core {

/**
 * One profile = one folder: the SQLite database, a settings file with non-secret settings
 * (API base URLs, sync interval, language) and a random profile id that scopes keychain keys.
 * Secrets never go into the settings file.
 */
class Profile
{
public:
    /** Opens or creates the profile folder; empty `dir` means the per-user local app data. */
    static Profile open(const QString &dir, QString *error = nullptr);
    static QString defaultDir();

    bool isValid() const { return !m_dir.isEmpty(); }
    QString dir() const { return m_dir; }
    /** The SQLite file, or for a team profile the team database's URI (no password in it). */
    QString databasePath() const;
    /** The SQLite file in the profile folder, also for a team profile (never used by it). */
    QString localDatabasePath() const;
    QString settingsPath() const;
    QString id() const { return m_id; }

    QUrl apiBase() const;
    QUrl oauthBase() const;
    void setApiBase(const QUrl &url);
    void setOauthBase(const QUrl &url);
    int syncIntervalMs() const;
    void setSyncIntervalMs(int ms);
    QString language() const; // "vi" (default) or "en"
    void setLanguage(const QString &language);
    bool isDemo() const;
    void setDemo(bool demo);

    // --- team mode (join): the team database, this profile's login and its role ------------
    bool isTeam() const { return !teamDatabase().isEmpty(); }
    QString teamDatabase() const;
    QString teamLogin() const;
    /** "staff", "supervisor", "admin" or "service". */
    QString teamRole() const;
    bool isTeamService() const { return isTeam() && teamRole() == QLatin1String("service"); }
    void setTeam(const QString &databaseUri, const QString &login, const QString &role);
    /**
     * A headless service host without a desktop keyring keeps this profile's secrets in this
     * 0600 file instead (empty: the OS keychain).
     */
    QString secretsFile() const;
    void setSecretsFile(const QString &path);

    /** Keychain key for one secret of this profile, e.g. "<profile id>/refresh_token". */
    QString secretKey(const QString &name) const;

private:
    QString value(const QString &key, const QString &fallback) const;
    void setValue(const QString &key, const QString &value);

    QString m_dir;
    QString m_id;
};

/**
 * Creates `path` (empty) when missing and makes it readable and writable by the user only:
 * the profile's settings and database hold personal data (Nghị định 13/2023).
 */
bool makePrivateFile(const QString &path);

/** The staff member at this computer, recorded in case histories (the OS login). */
QString currentStaffLogin();

} // namespace Desk::Core
