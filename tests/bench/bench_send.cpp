// SPDX-License-Identifier: GPL-3.0-or-later
// Sending through ZaloClient to the Zalo OA simulator (in its own thread) over loopback:
//   1. one send at a time: latency per reply (median, 95th percentile);
//   2. all queued at once (the client pipelines within its rate budget): replies/s;
//   3. 1 MB image uploads (local checks + multipart): uploads/s and MB/s.
//   bench_send [sends] [uploads]
#include "secrets/memorysecretstore.h"
#include "sim/simulatorhost.h"
#include "zalo/tokenmanager.h"
#include "zalo/zaloclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Desk;
using namespace Desk::Zalo;

namespace {

/** Runs the event loop until `done` or 10 minutes pass. */
template<typename Done> bool spin(Done done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 600000) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int sends = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int uploads = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50;

    Sim::SimConfig config;
    config.citizens = 200;
    config.rateLimitPerMinute = 0;
    Sim::SimulatorHost sim;
    if (!sim.start(config)) {
        std::fprintf(stderr, "simulator did not start\n");
        return 1;
    }
    const Sim::SimCredentials c = sim.credentials();
    QNetworkAccessManager network;
    Secrets::MemorySecretStore secrets;
    const QString profile = QStringLiteral("bench-send");
    storeCredentialsBlocking(
        &secrets, profile, c.appId, c.secretKey, c.accessToken, c.refreshToken, 0);
    TokenManager::Options tokenOptions;
    tokenOptions.oauthBase = c.baseUrl;
    TokenManager tokens(&secrets, &network, profile, tokenOptions);
    ClientOptions options;
    options.apiBase = c.baseUrl;
    ZaloClient client(&network, &tokens, options);

    const QStringList citizens = sim.citizenIds();
    for (const QString &id : citizens) {
        sim.injectInbound(id, QStringLiteral("Cho tôi hỏi về hồ sơ"));
    }
    const QString reply = QStringLiteral(
        "Dạ, hồ sơ của anh/chị đã được tiếp nhận và đang được thẩm định. Kết quả dự kiến trả "
        "vào ngày 05/12/2026 tại Bộ phận Một cửa. Trân trọng.");

    // 1. One at a time.
    std::vector<qint64> latencies;
    int failed = 0;
    for (int i = 0; i < sends; ++i) {
        QElapsedTimer timer;
        timer.start();
        bool done = false;
        client.sendText(
            citizens.at(i % citizens.size()), reply, QString(), [&](const SendOutcome &outcome) {
                failed += outcome.kind == SendOutcome::Sent ? 0 : 1;
                done = true;
            });
        spin([&] { return done; });
        latencies.push_back(timer.nsecsElapsed() / 1000);
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf("sequential: %d sends, median %.2f ms, p95 %.2f ms, failed %d\n", sends,
        latencies[latencies.size() / 2] / 1000.0, latencies[latencies.size() * 95 / 100] / 1000.0,
        failed);

    // 2. All queued at once.
    int finished = 0;
    failed = 0;
    QElapsedTimer burst;
    burst.start();
    for (int i = 0; i < sends; ++i) {
        client.sendText(
            citizens.at(i % citizens.size()), reply, QString(), [&](const SendOutcome &outcome) {
                failed += outcome.kind == SendOutcome::Sent ? 0 : 1;
                ++finished;
            });
    }
    spin([&] { return finished == sends; });
    const double burstSec = burst.elapsed() / 1000.0;
    std::printf("queued at once: %d sends in %.2f s = %.0f replies/s, failed %d\n", sends, burstSec,
        sends / burstSec, failed);

    // 3. Uploads of a 1 MB JPEG (the image limit).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan.jpg"));
    QByteArray bytes("\xFF\xD8\xFF\xE0", 4);
    bytes.append(QByteArray(1024 * 1024 - 4, 'x'));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return 1;
    }
    file.close();
    finished = 0;
    failed = 0;
    QElapsedTimer uploadTimer;
    uploadTimer.start();
    for (int i = 0; i < uploads; ++i) {
        bool done = false;
        client.uploadImage(path, [&](const ZaloClient::UploadOutcome &outcome) {
            failed += outcome.ok() ? 0 : 1;
            done = true;
        });
        spin([&] { return done; });
    }
    const double uploadSec = uploadTimer.elapsed() / 1000.0;
    std::printf("uploads: %d x 1 MB in %.2f s = %.1f uploads/s (%.1f MB/s), failed %d\n", uploads,
        uploadSec, uploads / uploadSec, uploads / uploadSec, failed);
    std::printf(
        "simulator recorded %lld sends\n", static_cast<long long>(sim.sentMessages().size()));
    return 0;
}
