// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <optional>

namespace Desk::Secrets {

/**
 * Secrets in one JSON file readable by its owner only, for a headless OA service on a Linux
 * server without a desktop keyring. The file is created with mode 0600 and replaced
 * atomically on every change (QSaveFile), under a lock file (`<path>.lock`) so that several
 * stores, in this process or others, never lose each other's writes. Like ssh with a private
 * key, a file that other users may read or write is refused rather than used. Nothing is
 * cached: every operation reads the file, so all stores on one path agree. Answers are
 * queued, like the keychain's; NotFound means the same as there.
 */
class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }

    void read(const QString &key, SecretCallback callback) override;
    void write(const QString &key, const QString &value, SecretCallback callback) override;
    void remove(const QString &key, SecretCallback callback) override;

private:
    using Values = QHash<QString, QString>;
    /** The file's secrets (none when it does not exist yet), or nullopt and `error`. */
    std::optional<Values> load(QString *error) const;
    bool save(const Values &values, QString *error) const;
    /** Runs `change` on the loaded secrets under the lock and saves when it returns Ok. */
    SecretResult modify(const std::function<SecretResult::Status(Values &)> &change) const;
    void answerLater(std::function<SecretResult()> work, SecretCallback callback);

    QString m_path;
};

} // namespace Desk::Secrets
