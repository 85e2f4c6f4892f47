// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/processidentity.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <signal.h>
#endif

namespace Desk::Core {

namespace {

QString hostName()
{
    // The machine's id is stable across renames; the host name is the readable fallback.
    const QByteArray id = QSysInfo::machineUniqueId();
    return id.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(id);
}

bool processRunning(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process) {
        // Access denied means it exists (another user's process); anything else: gone.
        return GetLastError() == ERROR_ACCESS_DENIED;
    }
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

} // namespace

QString ProcessIdentity::current()
{
    static const QString identity = hostName() + QLatin1Char('/')
        + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('/')
        + QUuid::createUuid().toString(QUuid::Id128).left(12);
    return identity;
}

bool ProcessIdentity::mayBeAlive(const QString &owner)
{
    const QStringList parts = owner.split(QLatin1Char('/'));
    if (parts.size() != 3 || parts.at(0) != hostName()) {
        return true;
    }
    if (owner == current()) {
        return true;
    }
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok) {
        return true;
    }
    // Our own pid with another random part: an earlier life of this process id, now gone.
    if (pid == QCoreApplication::applicationPid()) {
        return false;
    }
    return processRunning(pid);
}

} // namespace Desk::Core
