// SPDX-License-Identifier: GPL-3.0-or-later
// Time from start to a usable inbox over a profile with N cases (default 100,000), offscreen:
// open the store, build the main window, show it, paint the first page. Also the time to apply
// a search and a status filter, and peak memory.
//   bench_inbox [cases] [db-path]   (the db is built on first use and reused)
#include "inboxbenchdata.h"

#include "gui/imagesource.h"
#include "gui/inboxmodel.h"
#include "gui/inboxwidget.h"
#include "gui/mainwindow.h"
#include "store/connectionspec.h"
#include "store/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QTableView>
#include <cstdio>
#include <sys/resource.h>

using namespace Desk;

namespace {

long peakRssKb()
{
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

qint64 caseCountAt(const QString &location)
{
    Store::Store store;
    return store.open(location) ? store.caseCount() : -1;
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const int cases = argc > 1 ? std::atoi(argv[1]) : 100000;
    const QString path
        = argc > 2 ? QString::fromLocal8Bit(argv[2]) : Bench::inboxProfilePath(cases);
    // A team database (postgresql://...) is built the first time it is found empty.
    const bool team = Store::ConnectionSpec::looksLikeUri(path);
    if (team ? Store::Store().open(path) && caseCountAt(path) == 0 : !QFileInfo::exists(path)) {
        Bench::buildInboxProfile(path, cases);
        std::printf("profile built; run again to measure a cold start of the desk over it\n");
        return 0;
    }

    QApplication app(argc, argv);
    const qint64 appReady = sinceStart.elapsed();
    Store::Store store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    const qint64 storeOpen = sinceStart.elapsed();
    Gui::NullImageSource images;
    Gui::MainWindow window(&store, nullptr, &images);
    window.resize(1360, 820);
    window.show();
    app.processEvents();
    (void)window.grab(); // force a full paint of the first page
    const qint64 usable = sinceStart.elapsed();
    const int total = window.inbox()->model()->totalCount();

    auto *search = window.inbox()->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QElapsedTimer step;
    step.start();
    Store::CaseFilter filter;
    filter.searchText = QStringLiteral("giay phep lai xe");
    window.inbox()->model()->setFilter(filter);
    (void)window.grab();
    const qint64 searchMs = step.elapsed();
    const int found = window.inbox()->model()->totalCount();
    step.restart();
    filter = {};
    filter.status = Core::CaseStatus::New;
    window.inbox()->model()->setFilter(filter);
    (void)window.grab();
    const qint64 statusMs = step.elapsed();
    // Legal-clock filters: comparisons with the due columns while walking the order index.
    step.restart();
    filter = {};
    filter.overdueOnly = true;
    window.inbox()->model()->setFilter(filter);
    (void)window.grab();
    const qint64 overdueMs = step.elapsed();
    const int overdue = window.inbox()->model()->totalCount();
    step.restart();
    filter = {};
    filter.dueSoonOnly = true;
    window.inbox()->model()->setFilter(filter);
    (void)window.grab();
    const qint64 dueSoonMs = step.elapsed();
    const int dueSoon = window.inbox()->model()->totalCount();
    step.restart();
    auto *view = window.inbox()->findChild<QTableView *>(QStringLiteral("casesTableView"));
    for (int i = 0; i < 20; ++i) {
        view->scrollToBottom(); // pulls the next page in through fetchMore
        app.processEvents();
    }
    const qint64 scrollMs = step.elapsed();
    Q_UNUSED(search)

    std::printf("inbox over %d cases (%lld messages)\n", total,
        static_cast<long long>(store.messageCount()));
    std::printf("  QApplication ready      %6lld ms\n", static_cast<long long>(appReady));
    std::printf("  store opened            %6lld ms\n", static_cast<long long>(storeOpen));
    std::printf("  usable inbox (painted)  %6lld ms   aim < 1500 ms  (ratio %.2f)\n",
        static_cast<long long>(usable), usable / 1500.0);
    std::printf("  search 'giay phep lai xe' -> %d cases, repainted in %lld ms\n", found,
        static_cast<long long>(searchMs));
    std::printf("  status filter 'new', repainted in %lld ms\n", static_cast<long long>(statusMs));
    std::printf("  overdue filter -> %d cases, repainted in %lld ms\n", overdue,
        static_cast<long long>(overdueMs));
    std::printf("  due-soon filter -> %d cases, repainted in %lld ms\n", dueSoon,
        static_cast<long long>(dueSoonMs));
    std::printf("  20 scrolls to the end (paging %d rows each) %lld ms, %d rows loaded\n",
        Gui::InboxModel::kPageSize, static_cast<long long>(scrollMs),
        window.inbox()->model()->rowCount());
    std::printf("  peak RSS                %6ld MB   aim < 300 MB\n", peakRssKb() / 1024);
    return 0;
}
