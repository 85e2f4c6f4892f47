// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/secretstore.h"

#include <QEventLoop>

namespace Desk::Secrets {

namespace {

// The callback may run synchronously (inside `start`) or later from the event loop; the
// `done` flag covers the first case, where quitting a loop that is not yet running would
// otherwise leave exec() waiting forever.
SecretResult runBlocking(const std::function<void(SecretCallback)> &start)
{
    SecretResult result;
    result.error = QStringLiteral("secret store did not answer");
    bool done = false;
    QEventLoop loop;
    start([&result, &done, &loop](const SecretResult &answer) {
        result = answer;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return result;
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
