// SPDX-License-Identifier: GPL-3.0-or-later
// Scrolling the inbox page by page over a profile of N cases (default 100,000), as staff do with
// the scroll bar or Page Down: the main window at 1366x768 offscreen, the inbox's scroll bar
// stepped one page at a time, each step timed from the scroll to the painted page (layout,
// paging rows in from the store, painting). A page slower than one 60 Hz frame (16.7 ms) drops
// frames.
//   bench_inboxscroll [cases] [pages] [db-path]   (the db is built on first use and reused;
//                                                   the same profile as bench_inbox)
#include "inboxbenchdata.h"

#include "gui/imagesource.h"
#include "gui/inboxmodel.h"
#include "gui/inboxwidget.h"
#include "gui/mainwindow.h"
#include "store/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace Desk;

namespace {

constexpr double kFrameMs = 1000.0 / 60.0;

/** Counts the paint events of the list's viewport: proof that each step drew its page. */
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return QObject::eventFilter(watched, event);
    }
};

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty()) {
        return 0;
    }
    std::sort(sorted.begin(), sorted.end());
    const auto at = static_cast<size_t>(std::ceil(p / 100.0 * double(sorted.size()))) - 1;
    return sorted.at(std::min(at, sorted.size() - 1));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const int cases = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int pages = argc > 2 ? std::atoi(argv[2]) : 1000;
    const QString path
        = argc > 3 ? QString::fromLocal8Bit(argv[3]) : Bench::inboxProfilePath(cases);
    if (!QFileInfo::exists(path)) {
        Bench::buildInboxProfile(path, cases);
    }

    QApplication app(argc, argv);
    Store::Store store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    Gui::NullImageSource images;
    Gui::MainWindow window(&store, nullptr, &images);
    window.resize(1366, 768);
    window.show();
    app.processEvents();
    (void)window.grab();
    auto *view = window.inbox()->findChild<QTableView *>(QStringLiteral("casesTableView"));
    if (!view) {
        std::fprintf(stderr, "no inbox list\n");
        return 1;
    }
    PaintCounter counter;
    view->viewport()->installEventFilter(&counter);
    QScrollBar *bar = view->verticalScrollBar();
    const int rowHeight = view->verticalHeader()->defaultSectionSize();

    std::vector<double> times;
    times.reserve(pages);
    int missedFrames = 0;
    int slowPages = 0;
    int unpainted = 0;
    QElapsedTimer total;
    total.start();
    for (int page = 0; page < pages; ++page) {
        const int paintsBefore = counter.paints;
        const int valueBefore = bar->value();
        QElapsedTimer step;
        step.start();
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        // Scrolling posts the repaint (and, near the end of the rows loaded, fetchMore);
        // processing the posted events paints the page into the offscreen backing store.
        app.processEvents();
        const double ms = step.nsecsElapsed() / 1e6;
        if (bar->value() == valueBefore) {
            break; // the end of the list
        }
        times.push_back(ms);
        if (counter.paints == paintsBefore) {
            ++unpainted;
        }
        if (ms > kFrameMs) {
            ++slowPages;
            missedFrames += int(std::ceil(ms / kFrameMs)) - 1;
        }
    }
    const qint64 totalMs = total.elapsed();
    double sum = 0;
    for (const double t : times) {
        sum += t;
    }
    const int rowsPerPage = rowHeight > 0 ? view->viewport()->height() / rowHeight : 0;
    std::printf("inbox scroll over %d cases (%lld messages), window 1366x768, list %dx%d px\n",
        static_cast<int>(store.caseCount()), static_cast<long long>(store.messageCount()),
        view->viewport()->width(), view->viewport()->height());
    std::printf("  rows: %d px high, %d a page; %d rows loaded at the end (%.0f rows/s)\n",
        rowHeight, rowsPerPage, window.inbox()->model()->rowCount(),
        sum > 0 ? double(times.size()) * rowsPerPage * 1000.0 / sum : 0.0);
    std::printf("  %d pages in %lld ms: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                "max %.2f ms\n",
        int(times.size()), static_cast<long long>(totalMs),
        times.empty() ? 0.0 : sum / double(times.size()), percentile(times, 50),
        percentile(times, 95), percentile(times, 99), percentile(times, 100));
    std::printf("  pages over one 60 Hz frame (16.7 ms): %d of %d; frames dropped: %d\n", slowPages,
        int(times.size()), missedFrames);
    if (unpainted > 0) {
        std::printf("  warning: %d steps did not repaint the list\n", unpainted);
    }
    return 0;
}
