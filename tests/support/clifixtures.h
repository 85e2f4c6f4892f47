// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the tests that drive advisory-desk-cli as a real process (DESK_CLI_PATH) against a
// SimulatorHost: run a command and collect its output, parse its JSON, store the simulator's
// credentials in a new profile with `setup`.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

namespace Desk::TestSupport {

struct CliRun
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

/** The environment the CLI runs in for tests: Vietnamese messages, as staff see them. */
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ADVISORY_DESK_LANG"), QStringLiteral("vi"));
    return env;
}

/** Collects the end of a started `process` (killed after `timeoutMs`). */
inline CliRun finishCli(QProcess &process, int timeoutMs)
{
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/** Runs the CLI to its end with `input` on its standard input (then closed). */
inline CliRun runCliWithInput(
    const QStringList &arguments, const QByteArray &input, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(DESK_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    return finishCli(process, timeoutMs);
}

/** Runs the CLI to its end with Vietnamese messages (as staff see them). */
inline CliRun runCli(const QStringList &arguments, int timeoutMs = 120000)
{
    return runCliWithInput(arguments, QByteArray(), timeoutMs);
}

/** The JSON array a `--json` listing printed; empty when it printed something else. */
inline QJsonArray parseArray(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    return doc.isArray() ? doc.array() : QJsonArray();
}

/**
 * A reply of `parts` paragraphs about `subject` that the CLI splits into exactly that many
 * parts: each paragraph is well over half of Zalo's 2,000-character limit, and unique.
 */
inline QString longReply(const QString &subject, int parts)
{
    static const QString sentence = QStringLiteral(
        "Hồ sơ gồm tờ khai theo mẫu, bản sao giấy tờ tùy thân và giấy tờ chứng minh nơi cư trú; "
        "Ông/Bà có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc tại bộ phận một cửa. ");
    QStringList paragraphs;
    for (int j = 1; j <= parts; ++j) {
        QString paragraph
            = QStringLiteral("Trả lời %1 (đoạn %2/%3): ").arg(subject).arg(j).arg(parts);
        while (paragraph.size() < 1300) {
            paragraph += sentence;
        }
        paragraphs << paragraph.trimmed();
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

/**
 * `setup` arguments that store the credentials and addresses of `host` (a Sim::SimulatorHost;
 * a template so that tests without the simulator need not link it) in `profile`.
 */
template<typename Host> QStringList setupArguments(const QString &profile, const Host &host)
{
    const auto config = host.config();
    return {QStringLiteral("setup"), QStringLiteral("--profile"), profile,
        QStringLiteral("--api-base"), host.baseUrl().toString(), QStringLiteral("--oauth-base"),
        host.baseUrl().toString(), QStringLiteral("--app-id"), config.appId,
        QStringLiteral("--secret-key"), config.secretKey, QStringLiteral("--access-token"),
        host.accessToken(), QStringLiteral("--refresh-token"), host.refreshToken()};
}

} // namespace Desk::TestSupport
