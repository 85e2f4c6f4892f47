// SPDX-License-Identifier: GPL-3.0-or-later
// The file secret store of a headless OA service: real files in a temporary folder, the
// SecretStore contract, a private file mode whatever the umask, refusal of a file others may
// read (as ssh refuses a private key), and several writers — threads and processes — that
// must neither corrupt the file nor lose each other's secrets.
#include "app/translations.h"
#include "core/profile.h"
#include "secrets/filesecretstore.h"
#include "support/testmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

#include <sys/stat.h>

using namespace Desk::Secrets;

namespace {

// Set in a child process started by concurrentWriters: "path|prefix|count".
constexpr char kWriterEnv[] = "DESK_TST_FILESTORE_WRITER";
constexpr int kWritesPerWriter = 40;

QString valueFor(const QString &key)
{
    return QStringLiteral("giá trị của ") + key;
}

/** Writes `count` keys "<prefix><i>" one after the other; the failures, if any. */
QStringList writeKeys(const QString &path, const QString &prefix, int count)
{
    FileSecretStore store(path);
    QStringList failures;
    for (int i = 0; i < count; ++i) {
        const QString key = prefix + QString::number(i);
        const SecretResult result = writeBlocking(&store, key, valueFor(key));
        if (!result.ok()) {
            failures.append(key + QStringLiteral(": ") + result.error);
        }
    }
    return failures;
}

int runWriter(const QString &spec)
{
    const QStringList parts = spec.split(u'|');
    const QStringList failures = writeKeys(parts.value(0), parts.value(1), parts.value(2).toInt());
    for (const QString &failure : failures) {
        fprintf(stderr, "%s\n", qPrintable(failure));
    }
    return failures.isEmpty() ? 0 : 1;
}

int fileMode(const QString &path)
{
    struct stat info
    {
    };
    return stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writePrivate(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

class TestFileSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void roundTrip_data();
    void roundTrip();
    void missingFileIsNotFound();
    void removeMissingIsNotFound();
    void asynchronousAndOrdered();
    void createdPrivate_data();
    void createdPrivate();
    void sharedFileRefused_data();
    void sharedFileRefused();
    void refusalInVietnamese();
    void damagedFileLeftAlone_data();
    void damagedFileLeftAlone();
    void emptyPrivateFileUsable();
    void missingFolderIsError();
    void secondInstanceSeesWrites();
    void concurrentWriters_data();
    void concurrentWriters();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestFileSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("secrets.json"));
}

void TestFileSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::addRow("ascii") << QStringLiteral("dsk1-AAAABBBBCCCC");
    QTest::addRow("vietnamese") << QStringLiteral("Khóa dịch vụ của Trung tâm Đắk Lắk");
    QTest::addRow("json special characters") << QStringLiteral("{\"a\":\"b\\\\c\"}\n\t\u0001 end");
    QTest::addRow("empty") << QString();
    QTest::addRow("long") << QString(20000, u'x');
}

void TestFileSecretStore::roundTrip()
{
    QFETCH(QString, value);
    FileSecretStore store(m_path);
    const QString key = QStringLiteral("profile-1/service_key");
    const SecretResult written = writeBlocking(&store, key, value);
    QVERIFY2(written.ok(), qPrintable(written.error));
    const SecretResult read = readBlocking(&store, key);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value, value);
    const SecretResult removed = removeBlocking(&store, key);
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    QCOMPARE(readBlocking(&store, key).status, SecretResult::Status::NotFound);
    QCOMPARE(removeBlocking(&store, key).status, SecretResult::Status::NotFound);
}

void TestFileSecretStore::missingFileIsNotFound()
{
    FileSecretStore store(m_path);
    const SecretResult read = readBlocking(&store, QStringLiteral("k"));
    QCOMPARE(read.status, SecretResult::Status::NotFound);
    QVERIFY(read.error.isEmpty());
    QVERIFY(!QFile::exists(m_path)); // a read never creates the file
}

void TestFileSecretStore::removeMissingIsNotFound()
{
    FileSecretStore store(m_path);
    QVERIFY(writeBlocking(&store, QStringLiteral("a"), QStringLiteral("1")).ok());
    const QByteArray before = contentOf(m_path);
    QCOMPARE(removeBlocking(&store, QStringLiteral("b")).status, SecretResult::Status::NotFound);
    QCOMPARE(contentOf(m_path), before);
    QCOMPARE(readBlocking(&store, QStringLiteral("a")).value, QStringLiteral("1"));
}

void TestFileSecretStore::asynchronousAndOrdered()
{
    // Callbacks come later from the event loop, in the order the operations were asked for.
    FileSecretStore store(m_path);
    QStringList answers;
    const auto note = [&answers](const QString &name) {
        return [&answers, name](const SecretResult &r) {
            answers.append(name + u'=' + (r.ok() ? r.value : QStringLiteral("!")));
        };
    };
    store.write(QStringLiteral("k"), QStringLiteral("first"), note(QStringLiteral("w1")));
    store.write(QStringLiteral("k"), QStringLiteral("second"), note(QStringLiteral("w2")));
    store.read(QStringLiteral("k"), note(QStringLiteral("r")));
    store.remove(QStringLiteral("k"), note(QStringLiteral("rm")));
    QVERIFY(answers.isEmpty());
    QTRY_COMPARE(answers.size(), 4);
    QCOMPARE(answers,
        QStringList({QStringLiteral("w1="), QStringLiteral("w2="), QStringLiteral("r=second"),
            QStringLiteral("rm=")}));
}

void TestFileSecretStore::createdPrivate_data()
{
    QTest::addColumn<int>("umaskValue");
    QTest::addRow("umask 022") << 022;
    QTest::addRow("umask 000") << 0;
}

void TestFileSecretStore::createdPrivate()
{
    // Even a process whose umask lets everyone read new files gets a 0600 file, on creation
    // and after every rewrite.
    QFETCH(int, umaskValue);
    const mode_t previous = umask(mode_t(umaskValue));
    FileSecretStore store(m_path);
    const bool firstOk = writeBlocking(&store, QStringLiteral("a"), QStringLiteral("1")).ok();
    const int createdMode = fileMode(m_path);
    const bool secondOk = writeBlocking(&store, QStringLiteral("b"), QStringLiteral("2")).ok();
    umask(previous);
    QVERIFY(firstOk);
    QVERIFY(secondOk);
    QCOMPARE(createdMode, 0600);
    QCOMPARE(fileMode(m_path), 0600);
}

void TestFileSecretStore::sharedFileRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("shown");
    QTest::addRow("0644") << 0644 << QStringLiteral("0644");
    QTest::addRow("group-readable") << 0640 << QStringLiteral("0640");
    QTest::addRow("world-readable") << 0604 << QStringLiteral("0604");
    QTest::addRow("group-writable") << 0620 << QStringLiteral("0620");
    QTest::addRow("world-writable") << 0602 << QStringLiteral("0602");
}

void TestFileSecretStore::sharedFileRefused()
{
    QFETCH(int, mode);
    QFETCH(QString, shown);
    FileSecretStore store(m_path);
    QVERIFY(writeBlocking(&store, QStringLiteral("k"), QStringLiteral("v")).ok());
    QCOMPARE(chmod(QFile::encodeName(m_path).constData(), mode_t(mode)), 0);
    const QByteArray before = contentOf(m_path);

    const SecretResult read = readBlocking(&store, QStringLiteral("k"));
    QCOMPARE(read.status, SecretResult::Status::Error);
    QVERIFY(read.value.isEmpty());
    QVERIFY2(read.error.contains(m_path) && read.error.contains(QStringLiteral("chmod 600"))
            && read.error.contains(shown),
        qPrintable(read.error));
    QCOMPARE(writeBlocking(&store, QStringLiteral("k2"), QStringLiteral("w")).status,
        SecretResult::Status::Error);
    QCOMPARE(removeBlocking(&store, QStringLiteral("k")).status, SecretResult::Status::Error);
    QCOMPARE(contentOf(m_path), before);
    QCOMPARE(fileMode(m_path), mode);

    // The mode alone was the reason: made private again, the file is used.
    QCOMPARE(chmod(QFile::encodeName(m_path).constData(), 0600), 0);
    QCOMPARE(readBlocking(&store, QStringLiteral("k")).value, QStringLiteral("v"));
}

void TestFileSecretStore::refusalInVietnamese()
{
    // The administrator of the service host reads why, and the command that fixes it.
    FileSecretStore store(m_path);
    QVERIFY(writeBlocking(&store, QStringLiteral("k"), QStringLiteral("v")).ok());
    QCOMPARE(chmod(QFile::encodeName(m_path).constData(), 0644), 0);
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    const SecretResult read = readBlocking(&store, QStringLiteral("k"));
    QVERIFY(Desk::installTranslations(QStringLiteral("en")));
    QCOMPARE(read.error,
        QStringLiteral("Tệp thông tin bí mật %1 đang để người dùng khác đọc hoặc sửa được (quyền "
                       "0644) nên không được sử dụng. Hãy giới hạn quyền cho riêng chủ tệp bằng "
                       "lệnh: chmod 600 %1")
            .arg(m_path));
}

void TestFileSecretStore::damagedFileLeftAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addRow("not json") << QByteArrayLiteral("{\"version\":1,\"secrets\":{");
    QTest::addRow("array") << QByteArrayLiteral("[]");
    QTest::addRow("newer version") << QByteArrayLiteral("{\"version\":2,\"secrets\":{}}");
    QTest::addRow("no secrets") << QByteArrayLiteral("{\"version\":1}");
    QTest::addRow("number value") << QByteArrayLiteral("{\"version\":1,\"secrets\":{\"k\":1}}");
}

void TestFileSecretStore::damagedFileLeftAlone()
{
    QFETCH(QByteArray, content);
    QVERIFY(writePrivate(m_path, content));
    FileSecretStore store(m_path);
    const SecretResult read = readBlocking(&store, QStringLiteral("k"));
    QCOMPARE(read.status, SecretResult::Status::Error);
    QVERIFY2(read.error.contains(QStringLiteral("damaged")), qPrintable(read.error));
    QCOMPARE(writeBlocking(&store, QStringLiteral("k"), QStringLiteral("v")).status,
        SecretResult::Status::Error);
    QCOMPARE(contentOf(m_path), content);
}

void TestFileSecretStore::emptyPrivateFileUsable()
{
    // An administrator may prepare the file with `install -m 600 /dev/null FILE`.
    QVERIFY(Desk::Core::makePrivateFile(m_path));
    FileSecretStore store(m_path);
    QCOMPARE(readBlocking(&store, QStringLiteral("k")).status, SecretResult::Status::NotFound);
    QVERIFY(writeBlocking(&store, QStringLiteral("k"), QStringLiteral("v")).ok());
    QCOMPARE(readBlocking(&store, QStringLiteral("k")).value, QStringLiteral("v"));
    QCOMPARE(fileMode(m_path), 0600);
}

void TestFileSecretStore::missingFolderIsError()
{
    FileSecretStore store(m_dir->filePath(QStringLiteral("no-such-folder/secrets.json")));
    const SecretResult written = writeBlocking(&store, QStringLiteral("k"), QStringLiteral("v"));
    QCOMPARE(written.status, SecretResult::Status::Error);
    QVERIFY2(
        written.error.contains(QStringLiteral("folder does not exist")), qPrintable(written.error));
    QCOMPARE(readBlocking(&store, QStringLiteral("k")).status, SecretResult::Status::NotFound);
}

void TestFileSecretStore::secondInstanceSeesWrites()
{
    // Nothing is cached: a store made later, or one that lives alongside, sees every change.
    auto first = std::make_unique<FileSecretStore>(m_path);
    QVERIFY(writeBlocking(first.get(), QStringLiteral("a"), QStringLiteral("1")).ok());
    FileSecretStore second(m_path);
    QCOMPARE(readBlocking(&second, QStringLiteral("a")).value, QStringLiteral("1"));
    QVERIFY(writeBlocking(&second, QStringLiteral("b"), QStringLiteral("2")).ok());
    QCOMPARE(readBlocking(first.get(), QStringLiteral("b")).value, QStringLiteral("2"));
    QVERIFY(removeBlocking(&second, QStringLiteral("a")).ok());
    QCOMPARE(readBlocking(first.get(), QStringLiteral("a")).status, SecretResult::Status::NotFound);
    first.reset();
    FileSecretStore third(m_path);
    QCOMPARE(readBlocking(&third, QStringLiteral("b")).value, QStringLiteral("2"));
}

void TestFileSecretStore::concurrentWriters_data()
{
    QTest::addColumn<bool>("processes");
    QTest::addRow("threads") << false;
    QTest::addRow("processes") << true;
}

void TestFileSecretStore::concurrentWriters()
{
    QFETCH(bool, processes);
    const QStringList prefixes {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    if (processes) {
        std::vector<std::unique_ptr<QProcess>> writers;
        for (const QString &prefix : prefixes) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kWriterEnv),
                m_path + u'|' + prefix + u'|' + QString::number(kWritesPerWriter));
            process->setProcessEnvironment(env);
            process->start(QCoreApplication::applicationFilePath(), {});
            writers.push_back(std::move(process));
        }
        for (const auto &process : writers) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                process->readAllStandardError().constData());
        }
    } else {
        std::vector<QStringList> failures(prefixes.size());
        std::vector<std::unique_ptr<QThread>> writers;
        for (size_t i = 0; i < size_t(prefixes.size()); ++i) {
            writers.emplace_back(QThread::create([this, &failures, &prefixes, i] {
                failures[i] = writeKeys(m_path, prefixes.at(qsizetype(i)), kWritesPerWriter);
            }));
            writers.back()->start();
        }
        for (const auto &thread : writers) {
            QVERIFY(thread->wait(60000));
        }
        for (const QStringList &failed : failures) {
            QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));
        }
    }

    // Read back independently of the store: one whole JSON document holding every secret.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(contentOf(m_path), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject secrets = document.object().value(QStringLiteral("secrets")).toObject();
    QCOMPARE(secrets.size(), prefixes.size() * kWritesPerWriter);
    for (const QString &prefix : prefixes) {
        for (int i = 0; i < kWritesPerWriter; ++i) {
            const QString key = prefix + QString::number(i);
            QCOMPARE(secrets.value(key).toString(), valueFor(key));
        }
    }
    QCOMPARE(fileMode(m_path), 0600);
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".lock")));
}

static int runTestsOrWriter(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kWriterEnv)) {
        return runWriter(qEnvironmentVariable(kWriterEnv));
    }
    return Desk::TestSupport::runTestObject<TestFileSecretStore>(argc, argv);
}

int main(int argc, char *argv[])
{
    return Desk::Core::endProcess(runTestsOrWriter(argc, argv));
}

#include "tst_filesecretstore.moc"
