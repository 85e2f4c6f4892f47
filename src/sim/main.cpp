// SPDX-License-Identifier: GPL-3.0-or-later
// zalo-oa-sim: the Zalo OA simulator as a process, for the demo, manual testing and
// benchmarks. Prints one JSON line with the base URL and credentials once it listens.
#include "sim/adminapi.h"
#include "sim/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>
#include <cstdio>

using Desk::Sim::SimConfig;

namespace {

/** ISO 8601; without an offset the time is taken as Vietnam time (UTC+7). */
qint64 parseAnchor(const QString &text, bool *ok)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    *ok = time.isValid();
    if (!*ok)
        return 0;
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), QTimeZone(7 * 3600));
    return time.toMSecsSinceEpoch();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zalo-oa-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    const SimConfig defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Zalo Official Account simulator: the OA API and OAuth endpoints on 127.0.0.1 "
        "with seeded Vietnamese data. Prints one JSON line with the base URL and "
        "credentials, then serves until killed."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto opt = [&parser](const char *name, const QString &help, const QString &value = {},
                         const QString &fallback = {}) {
        QCommandLineOption option(QString::fromLatin1(name), help, value, fallback);
        parser.addOption(option);
        return option;
    };
    const auto seed = opt("seed", QStringLiteral("Seed for all generated data."),
        QStringLiteral("n"), QString::number(defaults.seed));
    const auto citizens = opt("citizens", QStringLiteral("Number of citizens."),
        QStringLiteral("n"), QString::number(defaults.citizens));
    const auto messages = opt("messages", QStringLiteral("Total messages (0: six per citizen)."),
        QStringLiteral("n"), QString::number(defaults.messages));
    const auto live = opt("live", QStringLiteral("Keep adding inbound messages."));
    const auto liveInterval = opt("live-interval-ms", QStringLiteral("Live message interval."),
        QStringLiteral("ms"), QString::number(defaults.liveIntervalMs));
    const auto port = opt("port", QStringLiteral("TCP port (0: any free port)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const auto lifetime = opt("token-lifetime", QStringLiteral("Access token lifetime."),
        QStringLiteral("seconds"), QString::number(defaults.accessTokenLifetimeSec));
    const auto uploadLifetime = opt("upload-lifetime",
        QStringLiteral("Lifetime of uploaded attachment ids and file tokens."),
        QStringLiteral("seconds"), QString::number(defaults.uploadLifetimeSec));
    const auto rateLimit = opt("rate-limit", QStringLiteral("API calls per minute (0: off)."),
        QStringLiteral("n"), QString::number(defaults.rateLimitPerMinute));
    const auto latency = opt("latency-ms", QStringLiteral("Delay before every answer."),
        QStringLiteral("ms"), QStringLiteral("0"));
    const auto fail5xx = opt("fail-5xx", QStringLiteral("Share of requests answered HTTP 503."),
        QStringLiteral("rate"), QStringLiteral("0"));
    const auto drop = opt("drop-rate", QStringLiteral("Share of connections closed unanswered."),
        QStringLiteral("rate"), QStringLiteral("0"));
    const auto malformed
        = opt("malformed-rate", QStringLiteral("Share of answers with a truncated JSON body."),
            QStringLiteral("rate"), QStringLiteral("0"));
    const auto anchor
        = opt("anchor-time", QStringLiteral("Pin \"now\" of the data (ISO 8601, default UTC+7)."),
            QStringLiteral("iso"));
    const auto perConversation = opt("recent-per-conversation",
        QStringLiteral("listrecentchat returns one row per conversation."));
    const auto noZca = opt("no-zca",
        QStringLiteral("The OA has no funded Zalo Cloud Account: paid replies (48 h-7 d) get "
                       "-320."));
    parser.process(app);

    SimConfig config;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, auto *out) {
        bool good = false;
        const QString text = parser.value(option);
        if constexpr (std::is_same_v<std::remove_pointer_t<decltype(out)>, double>) {
            *out = text.toDouble(&good);
            good = good && *out >= 0.0 && *out <= 1.0;
        } else if constexpr (std::is_same_v<std::remove_pointer_t<decltype(out)>, quint64>) {
            *out = text.toULongLong(&good);
        } else {
            *out = text.toInt(&good);
            good = good && *out >= 0;
        }
        if (!good) {
            std::fprintf(stderr, "zalo-oa-sim: bad value for --%s: %s\n",
                qPrintable(option.names().constFirst()), qPrintable(text));
            ok = false;
        }
    };
    number(seed, &config.seed);
    number(citizens, &config.citizens);
    number(messages, &config.messages);
    number(liveInterval, &config.liveIntervalMs);
    number(lifetime, &config.accessTokenLifetimeSec);
    number(uploadLifetime, &config.uploadLifetimeSec);
    number(rateLimit, &config.rateLimitPerMinute);
    number(latency, &config.latencyMs);
    number(fail5xx, &config.http5xxRate);
    number(drop, &config.dropRate);
    number(malformed, &config.malformedRate);
    int portNumber = 0;
    number(port, &portNumber);
    config.live = parser.isSet(live);
    config.recentChatPerConversation = parser.isSet(perConversation);
    config.zcaFunded = !parser.isSet(noZca);
    if (parser.isSet(anchor)) {
        bool anchorOk = false;
        config.anchorTimeMs = parseAnchor(parser.value(anchor), &anchorOk);
        if (!anchorOk) {
            std::fprintf(
                stderr, "zalo-oa-sim: bad --anchor-time: %s\n", qPrintable(parser.value(anchor)));
            ok = false;
        }
    }
    if (!ok || portNumber > 65535)
        return 2;

    Desk::Sim::Simulator simulator(config);
    if (!simulator.start(QHostAddress::LocalHost, quint16(portNumber)))
        return 1;
    const Desk::Sim::SimCredentials c = simulator.credentials();
    const Desk::Sim::SimStats stats = simulator.stats();
    QJsonObject line = Desk::Sim::credentialsJson(c);
    line.insert(QStringLiteral("messages"), stats.totalMessages);
    line.insert(QStringLiteral("citizens"), stats.totalCitizens);
    line.insert(QStringLiteral("generation_ms"), simulator.generationMs());
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return app.exec();
}
