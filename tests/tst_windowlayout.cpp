// SPDX-License-Identifier: GPL-3.0-or-later
// The window fits the screen it opens on and comes back as its person left it (issue 11
// point 2); the conversation gets the space, stays at its newest message, shows a new note.
#include "app/translations.h"
#include "gui/assigneebox.h"
#include "gui/casenoteeditor.h"
#include "gui/caseview.h"
#include "gui/inboxmodel.h"
#include "gui/inboxwidget.h"
#include "gui/shortcutsheet.h"
#include "gui/timelinemodel.h"
#include "gui/windowgeometry.h"
#include "support/testmain.h"
#include "support/windowfixtures.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

using namespace Desk;
namespace Geometry = Desk::Gui::WindowGeometry;

class TestWindowLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fitsTheAvailableScreen_data();
    void fitsTheAvailableScreen();
    void savedPlacementIsMadeSafe_data();
    void savedPlacementIsMadeSafe();
    void firstRunFitsTheScreen_data();
    void firstRunFitsTheScreen();
    void restoresPlacementSplittersAndColumns();
    void offScreenPositionIsCorrected();
    void conversationShowsManyBubbles();
    void staysAtTheNewestMessage();
    void newNoteScrollsIntoView();
    void headingElidesWithTooltip();
    void picturesInVietnamese();

private:
    TestSupport::WindowDesk m_desk;
    qint64 m_longCase = 0;
};

void TestWindowLayout::initTestCase()
{
    QVERIFY(m_desk.open());
    m_longCase = m_desk.addCase(QStringLiteral("9000000000000000001"),
        QStringLiteral("Nguyễn Thị Hồng Nhung Phương Thảo Ngọc Bích Kim Liên Hoàng Yến Mỹ Duyên "
                       "Thanh Hương Bảo Trân"),
        60);
    QVERIFY(m_longCase != 0);
    QVERIFY(m_desk.addCase(QStringLiteral("9000000000000000002"), QStringLiteral("Trần Văn Bình"),
                3, QDateTime::currentMSecsSinceEpoch() - 7200000)
        != 0);
}

void TestWindowLayout::fitsTheAvailableScreen_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<bool>("maximised");
    // Available geometry = the screen less the taskbar (40 px at the bottom here).
    QTest::addRow("1366x768") << QRect(0, 0, 1366, 728) << true;
    QTest::addRow("1920x1080 at 125%% (1536x864)") << QRect(0, 0, 1536, 824) << true;
    QTest::addRow("1920x1080 at 150%% (1280x720)") << QRect(0, 0, 1280, 680) << true;
    QTest::addRow("1920x1080") << QRect(0, 0, 1920, 1040) << false;
    QTest::addRow("second screen 2560x1440 right") << QRect(1920, 0, 2560, 1400) << false;
    QTest::addRow("taskbar on the left, 1600x900") << QRect(60, 0, 1540, 900) << false;
    QTest::addRow("taskbar at the bottom, 1600x900") << QRect(0, 0, 1600, 860) << true;
}

void TestWindowLayout::fitsTheAvailableScreen()
{
    QFETCH(QRect, available);
    QFETCH(bool, maximised);
    const Geometry::Placement placement = Geometry::fitted(available);
    QCOMPARE(placement.maximised, maximised);
    // The client area plus the frame stays inside: the Send button never under the taskbar.
    const QRect framed = placement.rect.adjusted(
        -Geometry::kFrameSide, -Geometry::kFrameTop, Geometry::kFrameSide, Geometry::kFrameSide);
    QVERIFY2(available.contains(framed),
        qPrintable(QStringLiteral("%1,%2 %3x%4")
                       .arg(framed.x())
                       .arg(framed.y())
                       .arg(framed.width())
                       .arg(framed.height())));
    if (!maximised) {
        QCOMPARE(
            placement.rect.size(), QSize(Geometry::kPreferredWidth, Geometry::kPreferredHeight));
    }
}

void TestWindowLayout::savedPlacementIsMadeSafe_data()
{
    QTest::addColumn<QRect>("saved");
    QTest::addColumn<QRect>("expected");
    const QRect laptop(0, 0, 1366, 728);
    // Fitting `laptop`: a client area of 1350x688 from (8, 32).
    QTest::addRow("inside: unchanged") << QRect(100, 80, 900, 600) << QRect(100, 80, 900, 600);
    QTest::addRow("on a screen unplugged since")
        << QRect(2200, 100, 1200, 700) << Geometry::fitted(laptop).rect;
    QTest::addRow("far above the screen")
        << QRect(100, -2000, 900, 600) << Geometry::fitted(laptop).rect;
    QTest::addRow("half over the right edge")
        << QRect(900, 100, 900, 600) << QRect(458, 100, 900, 600);
    QTest::addRow("title bar above the top") << QRect(100, 0, 900, 600) << QRect(100, 32, 900, 600);
    QTest::addRow("larger than the screen now")
        << QRect(0, 0, 1900, 1000) << QRect(8, 32, 1350, 688);
}

void TestWindowLayout::savedPlacementIsMadeSafe()
{
    QFETCH(QRect, saved);
    QFETCH(QRect, expected);
    const QRect laptop(0, 0, 1366, 728);
    Geometry::Placement placement;
    placement.rect = saved;
    const Geometry::Placement safe = Geometry::corrected(placement, {laptop}, laptop);
    QCOMPARE(safe.rect, expected);
    QVERIFY(laptop.contains(safe.rect));
}

void TestWindowLayout::firstRunFitsTheScreen_data()
{
    QTest::addColumn<QString>("screen");
    // The screens main() configures: an office PC and 1920x1080 at 125 %.
    QTest::addRow("1366x768") << "office";
    QTest::addRow("1536x864 (1920x1080 at 125%%)") << "wide";
}

void TestWindowLayout::firstRunFitsTheScreen()
{
    QFETCH(QString, screen);
    QScreen *target = nullptr;
    for (QScreen *each : QGuiApplication::screens()) {
        target = each->name() == screen ? each : target;
    }
    QVERIFY2(target, "the offscreen platform did not take the screen configuration");
    Gui::MainWindow *window = m_desk.makeWindow();
    window->move(target->geometry().topLeft() + QPoint(10, 10));
    QTRY_COMPARE(window->screen(), target);
    const QRect available = target->availableGeometry();
    const bool maximised
        = window->restoreLayout(m_desk.path(QStringLiteral("first.ini")), QStringLiteral("lan"));
    QVERIFY(available.contains(window->geometry()));
    QVERIFY(maximised); // both are smaller than the desk's 1440x860
    QCOMPARE(maximised, Geometry::fitted(available).maximised);
    window->showRestored();
    QTRY_VERIFY(window->isMaximized());
    m_desk.closeWindow();
}

void TestWindowLayout::restoresPlacementSplittersAndColumns()
{
    const QString file = m_desk.path(QStringLiteral("layout.ini"));
    Gui::MainWindow *window = m_desk.makeWindow();
    window->restoreLayout(file, QStringLiteral("lan"));
    const QRect available = window->screen()->availableGeometry();
    const QRect placed(available.left() + 20, available.top() + 40, 1200, 600);
    window->setGeometry(placed);
    window->mainSplitter()->setSizes({300, 500});
    window->caseView()->workSplitter()->setSizes({250, 150});
    window->caseView()->setSidePanelVisible(false);
    QHeaderView *history = window->caseView()->historyView()->header();
    history->resizeSection(1, 77);
    const QList<int> mainSizes = window->mainSplitter()->sizes();
    const QList<int> workSizes = window->caseView()->workSplitter()->sizes();
    QVERIFY(window->close()); // closing saves
    m_desk.closeWindow();

    window = m_desk.makeWindow();
    window->restoreLayout(file, QStringLiteral("lan"));
    QCOMPARE(window->geometry(), placed);
    QCOMPARE(window->mainSplitter()->sizes(), mainSizes);
    QCOMPARE(window->caseView()->workSplitter()->sizes(), workSizes);
    QVERIFY(!window->caseView()->isSidePanelVisible());
    QCOMPARE(window->caseView()->historyView()->header()->sectionSize(1), 77);
    m_desk.closeWindow();

    // Another person on the same profile starts from the fitted default.
    window = m_desk.makeWindow();
    window->restoreLayout(file, QStringLiteral("minh"));
    QVERIFY(window->geometry() != placed);
    QVERIFY(window->caseView()->isSidePanelVisible());
    m_desk.closeWindow();
}

void TestWindowLayout::offScreenPositionIsCorrected()
{
    const QString file = m_desk.path(QStringLiteral("offscreen.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QStringLiteral("layout/lan/geometry"), QRect(5000, 3000, 700, 500));
        settings.setValue(QStringLiteral("layout/lan/maximised"), false);
    }
    Gui::MainWindow *window = m_desk.makeWindow();
    window->restoreLayout(file, QStringLiteral("lan"));
    QVERIFY(window->screen()->availableGeometry().contains(window->geometry()));
    m_desk.closeWindow();
}

void TestWindowLayout::conversationShowsManyBubbles()
{
    Gui::MainWindow *window = m_desk.makeWindow();
    window->restoreLayout(m_desk.path(QStringLiteral("bubbles.ini")), QStringLiteral("lan"));
    // Maximised on a 1366x768 office screen: less a 40 px taskbar and a 28 px title bar.
    window->resize(1366, 700);
    window->inbox()->selectCase(m_longCase);
    QListView *timeline = window->caseView()->timelineView();
    QTRY_COMPARE(window->caseView()->caseId(), m_longCase);
    QTRY_VERIFY(window->caseView()->isAtNewest());
    int visible = 0;
    for (int row = 0; row < timeline->model()->rowCount(); ++row) {
        const QRect rect = timeline->visualRect(timeline->model()->index(row, 0));
        visible += timeline->viewport()->rect().contains(rect) ? 1 : 0;
    }
    QVERIFY2(visible >= 5,
        qPrintable(QStringLiteral("%1 bubbles in %2 px, %3 rows")
                       .arg(visible)
                       .arg(timeline->viewport()->height())
                       .arg(timeline->model()->rowCount())));
    // The conversation has the larger part of the height, the reply box the rest.
    QVERIFY2(timeline->height() >= window->height() * 2 / 5,
        qPrintable(QString::number(timeline->height())));
    m_desk.closeWindow();
}

void TestWindowLayout::staysAtTheNewestMessage()
{
    Gui::MainWindow *window = m_desk.makeWindow();
    window->inbox()->selectCase(m_longCase);
    Gui::CaseView *view = window->caseView();
    QTRY_COMPARE(view->caseId(), m_longCase);
    QTRY_VERIFY(view->isAtNewest());
    QVERIFY(view->timelineView()->verticalScrollBar()->maximum() > 0);
    // Narrower: the bubbles wrap into more lines and the bottom moves; the view follows.
    window->resize(1000, 700);
    QTRY_VERIFY(view->isAtNewest());
    view->setSidePanelVisible(false);
    QTRY_VERIFY(view->isAtNewest());
    view->setSidePanelVisible(true);
    QTRY_VERIFY(view->isAtNewest());
    m_desk.closeWindow();
}

void TestWindowLayout::newNoteScrollsIntoView()
{
    Gui::MainWindow *window = m_desk.makeWindow();
    window->inbox()->selectCase(m_longCase);
    Gui::CaseView *view = window->caseView();
    QTRY_COMPARE(view->caseId(), m_longCase);
    QListView *timeline = view->timelineView();
    QTRY_VERIFY(timeline->verticalScrollBar()->maximum() > 0);
    timeline->verticalScrollBar()->setValue(0); // reading the first messages
    QVERIFY(!view->isAtNewest());
    const int rowsBefore = timeline->model()->rowCount();
    view->focusWorkTab(Gui::CaseView::NoteTab);
    view->noteEditor()->editor()->setPlainText(QStringLiteral("Đã gọi điện cho công dân, hẹn "
                                                              "bổ sung giấy tờ vào thứ Hai."));
    QSignalSpy added(view->noteEditor(), &Gui::CaseNoteEditor::noteAdded);
    QVERIFY(view->noteEditor()->addNote());
    QCOMPARE(added.count(), 1);
    QTRY_COMPARE(timeline->model()->rowCount(), rowsBefore + 1);
    int noteRow = -1;
    for (int row = timeline->model()->rowCount() - 1; row >= 0 && noteRow < 0; --row) {
        if (timeline->model()->index(row, 0).data(Gui::TimelineModel::NoteRole).toBool()) {
            noteRow = row;
        }
    }
    QVERIFY(noteRow >= 0);
    QTRY_VERIFY(timeline->viewport()->rect().contains(
        timeline->visualRect(timeline->model()->index(noteRow, 0))));
    m_desk.closeWindow();
}

void TestWindowLayout::headingElidesWithTooltip()
{
    Gui::MainWindow *window = m_desk.makeWindow();
    window->inbox()->selectCase(m_longCase);
    QTRY_COMPARE(window->caseView()->caseId(), m_longCase);
    auto *title = window->caseView()->findChild<QLabel *>(QStringLiteral("caseTitleLabel"));
    QVERIFY(title);
    // Narrow enough that the long name cannot fit: cut with "…", the whole in the tooltip.
    window->mainSplitter()->setSizes({1000, 366});
    QTRY_VERIFY2(title->text().endsWith(QChar(0x2026)),
        qPrintable(QStringLiteral("%1 in %2 px").arg(title->text()).arg(title->width())));
    QVERIFY(title->toolTip().contains(QStringLiteral("Ngọc Bích Kim Liên")));
    QVERIFY(title->fontMetrics().horizontalAdvance(title->text()) <= title->contentsRect().width());
    const QString narrow = title->text();
    // Wider again: more of the name shows; once it fits, no "…" and no tooltip.
    window->mainSplitter()->setSizes({300, 1066});
    QTRY_VERIFY(title->text().size() > narrow.size());
    QCOMPARE(title->toolTip().isEmpty(), !title->text().endsWith(QChar(0x2026)));
    m_desk.closeWindow();
}

void TestWindowLayout::picturesInVietnamese()
{
    // For looking at: the case open with its history, and the shortcut sheet, at 1366x700
    // (a maximised window on a 1366x768 screen), in Vietnamese.
    QVERIFY(installTranslations(QStringLiteral("vi")));
    Gui::MainWindow *window = m_desk.makeWindow();
    window->retranslate();
    window->resize(1366, 700);
    window->inbox()->selectCase(m_longCase);
    QTRY_COMPARE(window->caseView()->caseId(), m_longCase);
    window->caseView()->focusWorkTab(Gui::CaseView::HistoryTab);
    const QString dir = QStringLiteral(DESK_TEST_OUTPUT_DIR);
    QVERIFY(window->grab().save(dir + QStringLiteral("/window-history-vi.png")));
    // The long name wraps over several lines; the citizen's details below it keep their full
    // height (they were once squeezed into each other at this size) and do not overlap.
    auto *citizen = window->caseView()->findChild<QWidget *>(QStringLiteral("citizenPanel"));
    QVERIFY(citizen);
    QList<QLabel *> shown;
    for (QLabel *label : citizen->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty()) {
            shown << label;
        }
    }
    QVERIFY(shown.size() >= 8); // the name, four captions with their values, the hint
    for (QLabel *label : shown) {
        const int needed = label->hasHeightForWidth() ? label->heightForWidth(label->width())
                                                      : label->minimumSizeHint().height();
        QVERIFY2(label->height() >= needed,
            qPrintable(QStringLiteral("%1: %2 px of %3")
                           .arg(label->text())
                           .arg(label->height())
                           .arg(needed)));
        for (QLabel *other : shown) {
            QVERIFY2(label == other || !label->geometry().intersects(other->geometry()),
                qPrintable(label->text() + QStringLiteral(" / ") + other->text()));
        }
    }
    window->caseView()->focusWorkTab(Gui::CaseView::ReplyTab);
    {
        // Gone before its parent window is: a child deleted twice otherwise.
        Gui::ShortcutSheet sheet(window->shortcutActions(), window);
        sheet.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sheet));
        QVERIFY(sheet.grab().save(dir + QStringLiteral("/shortcut-sheet-vi.png")));
        // Every row's keys and words whole: the columns fit the sheet's width.
        QVERIFY(sheet.table()->horizontalHeader()->length() <= sheet.table()->viewport()->width());
    }
    m_desk.closeWindow();
    installTranslations(QStringLiteral("en"));
}

static int runTestsOnTwoScreens(int argc, char *argv[])
{
    // Two screens as staff have them: an office PC at 1366x768 and, beside it, 1920x1080 at
    // 125 % (1536x864 device-independent pixels). The offscreen platform reads them from JSON.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(R"({"screens": [
            {"name": "office", "x": 0, "y": 0, "width": 1366, "height": 768,
             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
            {"name": "wide", "x": 1366, "y": 0, "width": 1536, "height": 864,
             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.25}]})")
            < 0) {
        return 1;
    }
    file.close();
    // Qt splits the platform argument at every ':', so a Windows path ("C:/Users/...") cannot be
    // named whole, and its Vietnamese user name has no 8-bit spelling: the file is named relative
    // to the working folder, the temporary folder while the platform starts.
    const QString workingFolder = QDir::currentPath();
    if (!QDir::setCurrent(dir.path())) {
        return 1;
    }
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=screens.json"));
    QApplication app(argc, argv);
    QDir::setCurrent(workingFolder); // the pictures' folder may be relative to it (Wine: Z:)
    return Desk::TestSupport::runTestObject<TestWindowLayout>(argc, argv);
}

int main(int argc, char *argv[])
{
    return Desk::Core::endProcess(runTestsOnTwoScreens(argc, argv));
}
#include "tst_windowlayout.moc"
