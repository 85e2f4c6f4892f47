// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/replywindow.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk::Core;

Q_DECLARE_METATYPE(ReplyWindow::State)

class TestReplyWindow : public QObject
{
    Q_OBJECT
private slots:
    void states_data();
    void states();
};

namespace {
constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kNow = 1790000000000LL;
} // namespace

void TestReplyWindow::states_data()
{
    QTest::addColumn<qint64>("lastInbound");
    QTest::addColumn<ReplyWindow::State>("state");
    QTest::addColumn<qint64>("freeRemaining");
    QTest::addColumn<qint64>("hardRemaining");
    QTest::addRow("never wrote") << qint64(0) << ReplyWindow::State::NoInbound << qint64(0)
                                 << qint64(0);
    QTest::addRow("just now") << kNow << ReplyWindow::State::Free << 48 * kHour << 168 * kHour;
    QTest::addRow("47 h ago") << kNow - 47 * kHour << ReplyWindow::State::Free << kHour
                              << 121 * kHour;
    QTest::addRow("exactly 48 h") << kNow - 48 * kHour << ReplyWindow::State::Paid << qint64(0)
                                  << 120 * kHour;
    QTest::addRow("6 days") << kNow - 144 * kHour << ReplyWindow::State::Paid << qint64(0)
                            << 24 * kHour;
    QTest::addRow("exactly 7 days")
        << kNow - 168 * kHour << ReplyWindow::State::Closed << qint64(0) << qint64(0);
    QTest::addRow("clock skew: message from the future")
        << kNow + kHour << ReplyWindow::State::Free << 48 * kHour << 168 * kHour;
}

void TestReplyWindow::states()
{
    QFETCH(qint64, lastInbound);
    QFETCH(ReplyWindow::State, state);
    QFETCH(qint64, freeRemaining);
    QFETCH(qint64, hardRemaining);
    const ReplyWindow window = ReplyWindow::at(lastInbound, kNow);
    QCOMPARE(window.state, state);
    QCOMPARE(window.freeRemainingMs, freeRemaining);
    QCOMPARE(window.hardRemainingMs, hardRemaining);
}

DESK_TEST_APPLESS_MAIN(TestReplyWindow)
#include "tst_replywindow.moc"
