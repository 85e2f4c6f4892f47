// SPDX-License-Identifier: GPL-3.0-or-later
// Search latency of the inbox over the database bench_store_ingest leaves behind (a program,
// not a test).
//
//   bench_search [db=./bench_store.sqlite] [runs=20]
//
// For ~20 realistic queries (common words, no-diacritic forms, rare names, codes, phone
// prefixes, filters) it times what the inbox does on each keystroke: the first page of 50
// cases, plus the count: capped (countCasesCapped, "10,000+") and exact (countCases).
// p50/p95 over `runs` warm repetitions, per query and over all samples.
#include "store/connectionspec.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Desk;

namespace {

struct Query
{
    QString label;
    Store::CaseFilter filter;
};

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const int index = std::clamp(int(std::ceil(p * values.size())) - 1, 0, int(values.size()) - 1);
    return values.at(index);
}

Query text(const QString &searchText)
{
    Query query;
    query.label = searchText;
    query.filter.searchText = searchText;
    return query;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("bench_store.sqlite");
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 20;
    if (!Store::ConnectionSpec::looksLikeUri(path) && !QFileInfo::exists(path)) {
        std::fprintf(stderr, "no database at %s: run bench_store_ingest first\n", qPrintable(path));
        return 2;
    }

    QElapsedTimer openTimer;
    openTimer.start();
    Store::Store store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    const qint64 messages = store.messageCount();
    const qint64 cases = store.caseCount();
    std::printf("bench_search: %s, %lld messages, %lld cases, open %.1f ms, %d warm runs per "
                "query, page = 50 rows\n",
        qPrintable(path), messages, cases, openMs, runs);

    // Real codes from the data: the newest case's and one from the middle.
    const auto newest = store.cases({}, 0, 1);
    const auto middle = store.caseById(std::max<qint64>(1, cases / 2));
    const QString newestCode
        = newest.isEmpty() ? QStringLiteral("TV-2026-000001") : newest.first().code;
    const QString middleCode = middle ? middle->code : QStringLiteral("TV-2025-000123");

    QVector<Query> queries {
        text(QStringLiteral("thủ tục")),
        text(QStringLiteral("thu tuc")),
        text(QStringLiteral("hồ sơ")),
        text(QStringLiteral("đất đai")),
        text(QStringLiteral("dat dai")),
        text(QStringLiteral("cho em hỏi")),
        text(QStringLiteral("đăng ký kết hôn")),
        text(QStringLiteral("dang ky ket hon")),
        text(QStringLiteral("giấy phép xây dựng")),
        text(QStringLiteral("bảo hiểm xã hội một lần")),
        text(QStringLiteral("ngập nước")),
        text(QStringLiteral("karaoke")),
        text(QStringLiteral("Nguyễn Thị Thanh Hương")),
        text(QStringLiteral("nguyen thi thanh huong")),
        text(QStringLiteral("Trương Bảo Uyên")),
        text(newestCode),
        text(middleCode),
        text(middleCode.left(11)), // partial: TV-2025-000
        text(QStringLiteral("0912")),
        text(QStringLiteral("ĐĂNG KÝ THƯỜNG TRÚ")),
    };
    Query statusNew = text(QStringLiteral("thủ tục"));
    statusNew.filter.status = Core::CaseStatus::New;
    statusNew.label += QStringLiteral(" +status=new");
    queries << statusNew;
    Query unread = text(QStringLiteral("hồ sơ"));
    unread.filter.unreadOnly = true;
    unread.label += QStringLiteral(" +unread");
    queries << unread;
    Query list;
    list.label = QStringLiteral("(no search, all cases)");
    queries << list;

    std::printf("%-34s %8s %8s | %7s %7s | %7s %7s | %7s %7s | %8s\n", "query", "cases", "capped",
        "page50", "p95", "+cap50", "p95", "+exact50", "p95", "first");
    QVector<double> allCapped;
    QVector<double> allExact;
    for (const Query &query : std::as_const(queries)) {
        QElapsedTimer timer;
        timer.start();
        store.cases(query.filter, 0, 50);
        store.countCasesCapped(query.filter);
        const double first = double(timer.nsecsElapsed()) / 1e6;

        QVector<double> page;
        QVector<double> withCapped;
        QVector<double> withExact;
        int exact = 0;
        Store::CaseCount capped;
        for (int run = 0; run < runs; ++run) {
            timer.start();
            const auto rows = store.cases(query.filter, 0, 50);
            const double pageMs = double(timer.nsecsElapsed()) / 1e6;
            timer.start();
            capped = store.countCasesCapped(query.filter);
            const double cappedMs = double(timer.nsecsElapsed()) / 1e6;
            timer.start();
            exact = store.countCases(query.filter);
            const double exactMs = double(timer.nsecsElapsed()) / 1e6;
            page << pageMs;
            withCapped << pageMs + cappedMs;
            withExact << pageMs + exactMs;
            Q_UNUSED(rows);
        }
        if (!store.lastError().isEmpty()) {
            std::printf("  error: %s\n", qPrintable(store.lastError()));
        }
        allCapped += withCapped;
        allExact += withExact;
        std::printf("%-34s %8d %7d%s | %7.2f %7.2f | %7.2f %7.2f | %7.2f %7.2f | %8.2f\n",
            qPrintable(query.label.left(34)), exact, capped.count, capped.capped ? "+" : " ",
            percentile(page, 0.5), percentile(page, 0.95), percentile(withCapped, 0.5),
            percentile(withCapped, 0.95), percentile(withExact, 0.5), percentile(withExact, 0.95),
            first);
    }
    std::printf("all %d queries x %d runs: first page + capped count p50 %.2f ms, p95 %.2f ms; "
                "first page + exact count p50 %.2f ms, p95 %.2f ms (ms)\n",
        int(queries.size()), runs, percentile(allCapped, 0.5), percentile(allCapped, 0.95),
        percentile(allExact, 0.5), percentile(allExact, 0.95));
    // Health checks as the CLI or a startup check would run them.
    QElapsedTimer checkTimer;
    checkTimer.start();
    const Store::HealthReport quick = store.check();
    const double quickMs = double(checkTimer.nsecsElapsed()) / 1e6;
    checkTimer.start();
    const Store::HealthReport full = store.fullCheck();
    const double fullMs = double(checkTimer.nsecsElapsed()) / 1e6;
    std::printf("check() %s in %.0f ms; fullCheck() %s in %.0f ms\n",
        quick.integrityOk ? "ok" : "FAILED", quickMs, full.integrityOk ? "ok" : "FAILED", fullMs);
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS %.0f MB\n", double(usage.ru_maxrss) / 1024);
    return 0;
}
