// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Desk::Core {

/**
 * Who a process is, for leases that several processes of one profile (the desk, the CLI, later
 * several service hosts) take on shared rows: "<host>/<pid>/<random>". The random part tells a
 * restarted process with a reused pid apart from the one that took the lease.
 */
class ProcessIdentity
{
public:
    /** This process's identity (the same for the whole life of the process). */
    static QString current();
    /**
     * False only when `owner` is a process of THIS host that is certainly gone: its lease can
     * be taken over at once instead of waiting for it to expire. Owners on other hosts, or
     * strings that are no identity, count as alive (their lease expiry decides).
     */
    static bool mayBeAlive(const QString &owner);
};

} // namespace Desk::Core
