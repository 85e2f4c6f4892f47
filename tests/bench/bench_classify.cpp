// SPDX-License-Identifier: GPL-3.0-or-later
// Classification throughput (a program, not a test).
//
//   bench_classify [messages=1000000] [seed=20261128]
//
// Texts are the simulator's citizen messages (src/sim DataGenerator + RowRenderer: seeded
// Vietnamese questions, complaints, look-ups with dossier codes and phone numbers, ~10 % typed
// without diacritics), rendered in chunks outside the timers. Measures Classifier::classify
// with the default rules on one thread (thread CPU time, so a busy machine does not distort
// it; wall time beside it), and the folding alone on the same texts - the table fold classify
// uses and foldForSearch - for the share of time spent folding. Prints the kind distribution
// as a sanity check.
#include "core/classifier.h"
#include "core/textfold.h"
#include "sim/datagenerator.h"
#include "sim/rowrenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>
#include <map>

using namespace Desk;

namespace {

/** CPU time of this thread: the figure that does not depend on what else the machine runs. */
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 wanted = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const quint64 seed = args.size() > 2 ? args.at(2).toULongLong() : 20261128;

    const Core::Classifier classifier = Core::Classifier::fromDefaults();
    if (!classifier.warnings().isEmpty() || classifier.ruleCount() == 0) {
        std::fprintf(stderr, "default rules did not load\n");
        return 2;
    }

    // About 60 % of generated rows are citizens' texts: generate enough rows for `wanted`.
    Sim::SimData data(seed);
    Sim::DataGenerator(seed, 1'800'000'000'000).generate(&data, int(wanted / 10 + 1), wanted * 2);
    const Sim::RowRenderer renderer(data);

    constexpr int kChunk = 20000;
    QStringList chunk;
    chunk.reserve(kChunk);
    qint64 done = 0;
    qint64 chars = 0;
    qint64 classifyNs = 0; // wall
    qint64 classifyCpuNs = 0;
    qint64 foldNs = 0; // CPU, foldForSearch
    qint64 fastFoldNs = 0; // CPU, Classifier::fold (what classify uses)
    qint64 withCode = 0;
    qint64 withPhone = 0;
    qint64 withLocality = 0;
    std::map<QString, qint64> kinds;
    quint32 next = 0;
    QElapsedTimer timer;
    volatile qsizetype sink = 0; // keeps the fold-only pass from being optimised away
    while (done < wanted && next < quint32(data.messageCount())) {
        chunk.clear();
        while (chunk.size() < kChunk && done + chunk.size() < wanted
            && next < quint32(data.messageCount())) {
            const quint32 index = next++;
            const Sim::MessageRecord &m = data.message(index);
            if (m.src != 1 || m.custom
                || Sim::Corpus::kindOf(Sim::Corpus::templateAt(m.templateId).role)
                    != Sim::Corpus::Kind::Text) {
                continue;
            }
            chunk.append(renderer.text(index));
            chars += chunk.last().size();
        }
        timer.start();
        qint64 cpu = threadCpuNs();
        for (const QString &text : std::as_const(chunk)) {
            const Core::Classification result = classifier.classify(text);
            ++kinds[Core::caseKindKey(result.kind)];
            withCode += result.dossierCodes.isEmpty() ? 0 : 1;
            withPhone += result.phones.isEmpty() ? 0 : 1;
            withLocality += result.localityCode.isEmpty() ? 0 : 1;
        }
        classifyNs += timer.nsecsElapsed();
        classifyCpuNs += threadCpuNs() - cpu;
        cpu = threadCpuNs();
        for (const QString &text : std::as_const(chunk)) {
            sink = sink + Core::foldForSearch(text).size();
        }
        foldNs += threadCpuNs() - cpu;
        cpu = threadCpuNs();
        for (const QString &text : std::as_const(chunk)) {
            sink = sink + Core::Classifier::fold(text).size();
        }
        fastFoldNs += threadCpuNs() - cpu;
        done += chunk.size();
    }

    const double seconds = classifyCpuNs / 1e9;
    std::printf(
        "messages          %lld (mean %.0f characters)\n", done, done ? double(chars) / done : 0.0);
    std::printf("classify CPU      %.2f s (wall %.2f s)\n", seconds, classifyNs / 1e9);
    std::printf("messages/s        %.0f (CPU time of one thread)\n", done / seconds);
    std::printf("ns/message        %.0f\n", double(classifyCpuNs) / done);
    std::printf("fold ns/message   %.0f with the table (%.1f %% of classify); foldForSearch %.0f\n",
        double(fastFoldNs) / done, 100.0 * double(fastFoldNs) / double(classifyCpuNs),
        double(foldNs) / done);
    std::printf("with dossier code %.1f %%, with phone %.1f %%, with commune %.1f %%\n",
        100.0 * withCode / done, 100.0 * withPhone / done, 100.0 * withLocality / done);
    for (const auto &[kind, count] : kinds) {
        std::printf("  %-16s %6.2f %%\n", qPrintable(kind), 100.0 * count / done);
    }
    return done == wanted ? 0 : 1;
}
