// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the two halves of TokenManager: tokenmanager.cpp (handing out and refreshing
// tokens) and tokencredentials.cpp (what an administrator stores, forgets or checks).
#pragma once

#include "secrets/secretstore.h"
#include "zalo/tokenmanager.h"

#include <QDateTime>

namespace Desk::Zalo::TokenDetail {

// One keychain entry must stay under the Windows credential limit (2,560 bytes).
inline constexpr int kMaxTokenEntryBytes = 2500;
// A lock older than this is taken over even if its process seems alive (a hung process must
// not stop the OA for good); a dead process's lock is taken over at once.
inline constexpr int kStaleLockMs = 120000;

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/** The first keychain error among a profile's three entries, empty when none. */
inline QString firstError(const Secrets::SecretResult &appId,
    const Secrets::SecretResult &secretKey, const Secrets::SecretResult &tokens)
{
    for (const auto *result : {&appId, &secretKey, &tokens}) {
        if (result->status == Secrets::SecretResult::Status::Error) {
            return result->error.isEmpty() ? QStringLiteral("keychain error") : result->error;
        }
    }
    return {};
}

} // namespace Desk::Zalo::TokenDetail

namespace Desk::Zalo {

struct TokenManager::Snapshot
{
    Secrets::SecretResult appId;
    Secrets::SecretResult secretKey;
    Secrets::SecretResult tokens;

    QString error() const { return TokenDetail::firstError(appId, secretKey, tokens); }
};

} // namespace Desk::Zalo
