// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/secretstore.h"

#include "core/blockingcall.h"

namespace Desk::Secrets {

namespace {

SecretResult runBlocking(const std::function<void(SecretCallback)> &start)
{
    SecretResult unanswered;
    unanswered.error = QStringLiteral("secret store did not answer");
    return Core::waitForCallback(unanswered, start);
}

} // namespace

SecretResult readBlocking(SecretStore *store, const QString &key)
{
    return runBlocking([store, &key](SecretCallback cb) { store->read(key, std::move(cb)); });
}

SecretResult writeBlocking(SecretStore *store, const QString &key, const QString &value)
{
    return runBlocking(
        [store, &key, &value](SecretCallback cb) { store->write(key, value, std::move(cb)); });
}

SecretResult removeBlocking(SecretStore *store, const QString &key)
{
    return runBlocking([store, &key](SecretCallback cb) { store->remove(key, std::move(cb)); });
}

} // namespace Desk::Secrets
