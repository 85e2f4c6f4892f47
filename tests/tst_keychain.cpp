// SPDX-License-Identifier: GPL-3.0-or-later
// The SecretStore contract, checked against the real OS keychain (QtKeychain over the Secret
// Service started by tools/with-keyring.sh) and against the in-memory store used by tests and
// the demo. A keychain that does not work is a failure here, never a skip: the production app
// keeps its Zalo tokens nowhere else.
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace Desk::Secrets;

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void overwrite_data();
    void overwrite();
    void removeThenNotFound_data();
    void removeThenNotFound();
    void readMissingIsNotFound_data();
    void readMissingIsNotFound();
    void asynchronousCallback_data();
    void asynchronousCallback();
    void keysAreIndependent_data();
    void keysAreIndependent();
    void oversizedValueRefused();
    void memoryFaultSwitches();

private:
    void addBackends();
    std::unique_ptr<SecretStore> makeStore(const QString &backend);
    QString uniqueKey(const QString &name);

    QStringList m_keysToRemove;
    std::unique_ptr<KeychainSecretStore> m_keychain; // for cleanup
};

void TestKeychain::initTestCase()
{
    // Fail loudly and early with the backend's own words when there is no keychain at all.
    m_keychain
        = std::make_unique<KeychainSecretStore>(QStringLiteral("advisory-desk-test"), nullptr);
    const QString key = uniqueKey(QStringLiteral("probe"));
    const SecretResult written = writeBlocking(m_keychain.get(), key, QStringLiteral("probe"));
    QVERIFY2(written.ok(),
        qPrintable(QStringLiteral("the OS keychain does not work (run under "
                                  "tools/with-keyring.sh): ")
            + written.error));
}

void TestKeychain::cleanup()
{
    for (const QString &key : std::as_const(m_keysToRemove)) {
        removeBlocking(m_keychain.get(), key);
    }
    m_keysToRemove.clear();
}

void TestKeychain::addBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("keychain") << QStringLiteral("keychain");
    QTest::addRow("memory") << QStringLiteral("memory");
}

std::unique_ptr<SecretStore> TestKeychain::makeStore(const QString &backend)
{
    if (backend == QLatin1String("keychain")) {
        return std::make_unique<KeychainSecretStore>(QStringLiteral("advisory-desk-test"), nullptr);
    }
    return std::make_unique<MemorySecretStore>();
}

QString TestKeychain::uniqueKey(const QString &name)
{
    const QString key = QStringLiteral("tst-keychain-%1/%2")
                            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), name);
    m_keysToRemove.append(key);
    return key;
}

void TestKeychain::roundTrip_data()
{
    addBackends();
}

void TestKeychain::roundTrip()
{
    QFETCH(QString, backend);
    auto store = makeStore(backend);
    const QString key = uniqueKey(QStringLiteral("refresh_token"));
    // Vietnamese text and a token-pair-sized JSON value: the real payloads.
    const QString value = QStringLiteral("{\"access_token\":\"Đắk Lắk-") + QString(1800, u'x')
        + QStringLiteral("\"}");

    const SecretResult written = writeBlocking(store.get(), key, value);
    QVERIFY2(written.ok(), qPrintable(written.error));
    const SecretResult read = readBlocking(store.get(), key);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value, value);
    QVERIFY(read.error.isEmpty());
}

void TestKeychain::overwrite_data()
{
    addBackends();
}

void TestKeychain::overwrite()
{
    QFETCH(QString, backend);
    auto store = makeStore(backend);
    const QString key = uniqueKey(QStringLiteral("tokens"));
    QVERIFY(writeBlocking(store.get(), key, QStringLiteral("first")).ok());
    QVERIFY(writeBlocking(store.get(), key, QStringLiteral("second")).ok());
    const SecretResult read = readBlocking(store.get(), key);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value, QStringLiteral("second"));
}

void TestKeychain::removeThenNotFound_data()
{
    addBackends();
}

void TestKeychain::removeThenNotFound()
{
    QFETCH(QString, backend);
    auto store = makeStore(backend);
    const QString key = uniqueKey(QStringLiteral("secret_key"));
    QVERIFY(writeBlocking(store.get(), key, QStringLiteral("s3cret")).ok());
    const SecretResult removed = removeBlocking(store.get(), key);
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    const SecretResult read = readBlocking(store.get(), key);
    QCOMPARE(read.status, SecretResult::Status::NotFound);
    QVERIFY(read.value.isEmpty());
}

void TestKeychain::readMissingIsNotFound_data()
{
    addBackends();
}

void TestKeychain::readMissingIsNotFound()
{
    QFETCH(QString, backend);
    auto store = makeStore(backend);
    const SecretResult read = readBlocking(store.get(), uniqueKey(QStringLiteral("never")));
    QCOMPARE(read.status, SecretResult::Status::NotFound);
    QVERIFY(!read.ok());
}

void TestKeychain::asynchronousCallback_data()
{
    addBackends();
}

void TestKeychain::asynchronousCallback()
{
    // The callback runs later from the event loop, never inside write(): callers rely on that
    // to finish their own bookkeeping first.
    QFETCH(QString, backend);
    auto store = makeStore(backend);
    const QString key = uniqueKey(QStringLiteral("async"));
    bool called = false;
    SecretResult result;
    store->write(key, QStringLiteral("v"), [&](const SecretResult &r) {
        called = true;
        result = r;
    });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    QVERIFY2(result.ok(), qPrintable(result.error));
}

void TestKeychain::keysAreIndependent_data()
{
    addBackends();
}

void TestKeychain::keysAreIndependent()
{
    QFETCH(QString, backend);
    auto store = makeStore(backend);
    const QString a = uniqueKey(QStringLiteral("app_id"));
    const QString b = uniqueKey(QStringLiteral("app_id"));
    QVERIFY(writeBlocking(store.get(), a, QStringLiteral("A")).ok());
    QVERIFY(writeBlocking(store.get(), b, QStringLiteral("B")).ok());
    QCOMPARE(readBlocking(store.get(), a).value, QStringLiteral("A"));
    QCOMPARE(readBlocking(store.get(), b).value, QStringLiteral("B"));
    QVERIFY(removeBlocking(store.get(), a).ok());
    QCOMPARE(readBlocking(store.get(), b).value, QStringLiteral("B"));
}

void TestKeychain::oversizedValueRefused()
{
    // Windows Credential Manager refuses blobs over 2,560 bytes; refusing on every platform
    // keeps a value that works here from failing only on the staff's PCs.
    KeychainSecretStore store(QStringLiteral("advisory-desk-test"), nullptr);
    const QString key = uniqueKey(QStringLiteral("big"));
    const SecretResult written
        = writeBlocking(&store, key, QString(KeychainSecretStore::kMaxValueBytes + 1, u'a'));
    QCOMPARE(written.status, SecretResult::Status::Error);
    QVERIFY(!written.error.contains(QStringLiteral("aaaa")));
    QCOMPARE(readBlocking(&store, key).status, SecretResult::Status::NotFound);
    // Multi-byte text counts in UTF-8 bytes, as the credential blob does.
    const SecretResult vietnamese
        = writeBlocking(&store, key, QString(KeychainSecretStore::kMaxValueBytes / 2, u'đ'));
    QCOMPARE(vietnamese.status, SecretResult::Status::Ok);
    const SecretResult tooMuch
        = writeBlocking(&store, key, QString(KeychainSecretStore::kMaxValueBytes / 2 + 1, u'đ'));
    QCOMPARE(tooMuch.status, SecretResult::Status::Error);
}

void TestKeychain::memoryFaultSwitches()
{
    auto data = std::make_shared<MemorySecretStore::Data>();
    MemorySecretStore first(data);
    MemorySecretStore second(data);
    QSignalSpy written(&first, &MemorySecretStore::written);
    QVERIFY(writeBlocking(&first, QStringLiteral("k"), QStringLiteral("v")).ok());
    QCOMPARE(written.count(), 1);
    QCOMPARE(readBlocking(&second, QStringLiteral("k")).value, QStringLiteral("v"));
    QCOMPARE(second.writeCount(), 1);

    first.setFailWrites(true);
    QCOMPARE(writeBlocking(&second, QStringLiteral("k"), QStringLiteral("w")).status,
        SecretResult::Status::Error);
    QCOMPARE(second.value(QStringLiteral("k")), QStringLiteral("v"));
    first.setFailWrites(false);
    first.setFailReads(true);
    QCOMPARE(readBlocking(&second, QStringLiteral("k")).status, SecretResult::Status::Error);
}

DESK_TEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
