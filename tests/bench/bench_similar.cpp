// SPDX-License-Identifier: GPL-3.0-or-later
// Similar-answer lookup latency (a program, not a test).
//
//   bench_similar [answered-cases=100000] [db-path=/tmp/desk-bench-similar.sqlite] [queries=1000]
//
// Builds (once, then reuses) a profile from the simulator's seeded Vietnamese conversations,
// one case per citizen, until at least N cases have a reply from the OA. Then asks
// SimilarAnswers::forCase for random cases - what the composer does when a case opens - and
// prints the latency distribution, the hits per lookup, and beside it the cost of the bm25
// ranking without the recency window (the same MATCH over every case): what the window of the
// newest SimilarAnswers::kWindowCases cases saves.
#include "core/similarityterms.h"
#include "sim/datagenerator.h"
#include "sim/rowrenderer.h"
#include "store/database.h"
#include "store/similaranswers.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace Desk;

namespace {

/** CPU time of this thread: the figure a busy machine does not distort. */
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

qint64 answeredCases(Store::Store &store)
{
    return store.database()
        .scalar(QStringLiteral("SELECT count(*) FROM cases c WHERE EXISTS (SELECT 1 FROM messages"
                               " m WHERE m.case_id = c.id AND m.direction = 'out')"),
            {}, QStringLiteral("counting answered cases"))
        .toLongLong();
}

void build(Store::Store &store, int wanted)
{
    // About 8 messages per citizen; most conversations get an OA reply.
    const int citizens = int(wanted * 1.2);
    Sim::SimData data(20261129);
    Sim::DataGenerator(20261129, 1'795'000'000'000).generate(&data, citizens, qint64(citizens) * 8);
    const Sim::RowRenderer renderer(data);
    std::vector<std::vector<quint32>> byCitizen(size_t(data.citizenCount()));
    for (quint32 i = 0; i < quint32(data.messageCount()); ++i) {
        byCitizen[data.message(i).citizen].push_back(i);
    }
    QElapsedTimer timer;
    timer.start();
    store.beginBatch();
    for (quint32 c = 0; c < quint32(byCitizen.size()); ++c) {
        Core::Citizen citizen;
        citizen.zaloId = renderer.userId(c);
        citizen.displayName = renderer.persona(c).displayName;
        QVector<Core::Message> messages;
        for (const quint32 index : byCitizen[c]) {
            const Sim::MessageRecord &record = data.message(index);
            Core::Message message;
            message.messageId = data.messageId(index);
            message.citizenId = citizen.zaloId;
            message.direction
                = record.src == 1 ? Core::Direction::Inbound : Core::Direction::Outbound;
            message.timeMs = record.timeMs;
            message.type = QStringLiteral("text");
            message.text = renderer.text(index);
            messages.append(message);
        }
        store.ingestConversation(citizen, messages);
        if (c % 200 == 199) {
            store.commitBatch();
            store.beginBatch();
        }
    }
    store.commitBatch();
    std::printf("built %d citizens, %lld messages in %.1f s\n", data.citizenCount(),
        qint64(data.messageCount()), timer.elapsed() / 1000.0);
}

double percentile(std::vector<double> sorted, double p)
{
    std::sort(sorted.begin(), sorted.end());
    return sorted.empty() ? 0
                          : sorted[size_t(std::min<double>(sorted.size() - 1, p * sorted.size()))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int wanted = args.size() > 1 ? args.at(1).toInt() : 100000;
    const QString path
        = args.size() > 2 ? args.at(2) : QStringLiteral("/tmp/desk-bench-similar.sqlite");
    const int queries = args.size() > 3 ? args.at(3).toInt() : 1000;

    Store::Store store;
    QString error;
    const bool existed = QFileInfo::exists(path);
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    if (!existed) {
        build(store, wanted);
    }
    const qint64 answered = answeredCases(store);
    const qint64 cases = store.database()
                             .scalar(QStringLiteral("SELECT count(*) FROM cases"), {},
                                 QStringLiteral("counting cases"))
                             .toLongLong();
    std::printf("profile: %lld cases, %lld answered (%s)\n", cases, answered, qPrintable(path));

    Store::SimilarAnswers similar(store);
    QRandomGenerator random(42);
    std::vector<double> lookupMs;
    std::vector<double> lookupCpuMs;
    std::vector<double> rankMs;
    qint64 hits = 0;
    int empty = 0;
    QElapsedTimer timer;
    // Warm-up: the first lookups read the index pages from disk.
    for (int i = 0; i < 20; ++i) {
        similar.forCase(1 + random.bounded(cases));
    }
    for (int i = 0; i < queries; ++i) {
        const qint64 caseId = 1 + random.bounded(cases);
        const double cpuStart = threadCpuMs();
        timer.start();
        const auto found = similar.forCase(caseId, 5);
        lookupMs.push_back(timer.nsecsElapsed() / 1e6);
        lookupCpuMs.push_back(threadCpuMs() - cpuStart);
        hits += found.size();
        empty += found.isEmpty() ? 1 : 0;
        if (!similar.lastError().isEmpty()) {
            std::fprintf(stderr, "lookup failed: %s\n", qPrintable(similar.lastError()));
            return 1;
        }
    }
    // The same ranking without the window, over every case: what the window saves.
    for (int i = 0; i < std::min(queries, 100); ++i) {
        const qint64 caseId = 1 + random.bounded(cases);
        QSqlQuery text(store.database().connection());
        text.prepare(QStringLiteral(
            "SELECT group_concat(text, ' ') FROM messages WHERE case_id = ? AND direction = 'in'"));
        text.addBindValue(caseId);
        text.exec();
        text.next();
        const QString match = Core::SimilarityTerms::orQuery(
            Core::SimilarityTerms::words(text.value(0).toString()));
        if (match.isEmpty()) {
            continue;
        }
        QSqlQuery rank(store.database().connection());
        rank.prepare(QStringLiteral(
            "SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rank LIMIT 21"));
        rank.addBindValue(match);
        timer.start();
        rank.exec();
        while (rank.next()) { }
        rankMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("similar-answer lookup over %lld answered cases (window: the newest %d cases), "
                "%d lookups (top 5):\n",
        answered, Store::SimilarAnswers::kWindowCases, queries);
    std::printf("  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms\n",
        percentile(lookupMs, 0.50), percentile(lookupMs, 0.95), percentile(lookupMs, 0.99),
        percentile(lookupMs, 1.0));
    std::printf("  CPU time: p50 %.2f ms  p95 %.2f ms\n", percentile(lookupCpuMs, 0.50),
        percentile(lookupCpuMs, 0.95));
    std::printf(
        "  %.2f suggestions per lookup, %d lookups with none\n", double(hits) / queries, empty);
    std::printf("the same bm25 ranking over all %lld cases (no window), %zu queries:\n", cases,
        rankMs.size());
    std::printf("  p50 %.2f ms  p95 %.2f ms  (lookup p95 / this p95 = %.2f)\n",
        percentile(rankMs, 0.50), percentile(rankMs, 0.95),
        percentile(lookupMs, 0.95) / std::max(0.001, percentile(rankMs, 0.95)));
    std::printf("peak RSS %ld MB\n", peakRssMb());
    return 0;
}
