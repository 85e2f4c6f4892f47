// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a case with 500 messages: the time from selecting the case in the inbox to the case
// view laid out and painted, in the main window at 1366x768 offscreen. The profile holds that
// case and a small one; each round selects the small case, then the large one, and times the
// latter (selection -> CaseView::showCase -> layout -> a full paint of the window).
//   bench_caseopen [opens] [messages]   (defaults 30 opens, 500 messages)
#include "gui/caseview.h"
#include "gui/imagesource.h"
#include "gui/inboxwidget.h"
#include "gui/mainwindow.h"
#include "gui/timelinemodel.h"
#include "store/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Desk;

namespace {

qint64 ingestCitizen(Store::Store &store, const QString &zaloId, const QString &name, int count)
{
    Core::Citizen citizen;
    citizen.zaloId = zaloId;
    citizen.displayName = name;
    const QStringList texts {
        QStringLiteral("Cho tôi hỏi thủ tục đăng ký khai sinh cho con cần giấy tờ gì?"),
        QStringLiteral("Hồ sơ cấp giấy chứng nhận quyền sử dụng đất của tôi đã nộp 20 ngày "
                       "chưa có kết quả, xin cho biết hồ sơ đang ở bước nào và khi nào có kết "
                       "quả để tôi sắp xếp công việc."),
        QStringLiteral("Dạ, cảm ơn anh/chị."),
        QStringLiteral("Xin hỏi đổi giấy phép lái xe hết hạn làm ở đâu")};
    // Within the last hours: one conversation, one case.
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 20000 - 60000;
    QVector<Core::Message> messages;
    for (int m = 0; m < count; ++m) {
        Core::Message message;
        message.messageId = QStringLiteral("%1-%2").arg(zaloId).arg(m);
        message.citizenId = zaloId;
        message.direction = m % 3 == 2 ? Core::Direction::Outbound : Core::Direction::Inbound;
        message.timeMs = base + qint64(m) * 20000;
        message.type = QStringLiteral("text");
        message.text = texts.at(m % texts.size());
        messages.append(message);
    }
    store.ingestConversation(citizen, messages);
    const auto cases = store.cases({}, 0, 100);
    for (const Core::CaseSummary &summary : cases) {
        if (summary.citizenId == zaloId) {
            return summary.id;
        }
    }
    return 0;
}

double percentile(QVector<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    const int index = std::clamp(int(p * (values.size() - 1) + 0.5), 0, int(values.size() - 1));
    return double(values.at(index));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int opens = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;
    const int count = argc > 2 ? std::max(1, std::atoi(argv[2])) : 500;
    QTemporaryDir dir;
    Store::Store store;
    QString error;
    if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        std::fprintf(stderr, "cannot open the profile: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 large = ingestCitizen(store, QStringLiteral("7000000000000000001"),
        QStringLiteral("Nguyễn Thị Hồng Nhung"), count);
    const qint64 small = ingestCitizen(
        store, QStringLiteral("7000000000000000002"), QStringLiteral("Trần Văn Bình"), 3);
    if (large == 0 || small == 0) {
        std::fprintf(stderr, "the cases were not created: %s\n", qPrintable(store.lastError()));
        return 1;
    }
    Gui::NullImageSource images;
    Gui::MainWindow window(&store, nullptr, &images);
    window.resize(1366, 768);
    window.show();
    app.processEvents();
    (void)window.grab();

    QVector<qint64> times;
    QElapsedTimer timer;
    for (int i = 0; i < opens + 1; ++i) {
        window.inbox()->selectCase(small);
        app.processEvents();
        (void)window.grab();
        timer.start();
        window.inbox()->selectCase(large);
        app.processEvents(); // posted layout requests
        (void)window.grab(); // a full paint of the window with the case shown
        const qint64 elapsed = timer.nsecsElapsed() / 1000;
        if (window.caseView()->caseId() != large
            || window.caseView()->timelineModel()->rowCount() < count) {
            std::fprintf(stderr, "the case did not open (%d rows)\n",
                window.caseView()->timelineModel()->rowCount());
            return 1;
        }
        if (i > 0) { // the first open warms caches (fonts, glyphs)
            times.append(elapsed);
        }
    }
    std::printf("open a case of %d messages at 1366x768 (offscreen), %d opens\n", count, opens);
    std::printf("  median %.1f ms   p95 %.1f ms   min %.1f ms   max %.1f ms\n",
        percentile(times, 0.5) / 1000.0, percentile(times, 0.95) / 1000.0,
        *std::min_element(times.cbegin(), times.cend()) / 1000.0,
        *std::max_element(times.cbegin(), times.cend()) / 1000.0);
    return 0;
}
