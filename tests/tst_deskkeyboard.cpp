// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard first (issue 11 point 3): every key of the shortcut set triggers its action on the
// main window, the sheet lists them, Tab leaves the case list, the focus is framed, and "/" in
// the reply opens the type-ahead template list (with or without diacritics).
#include "gui/assigneebox.h"
#include "gui/caseactions.h"
#include "gui/casenoteeditor.h"
#include "gui/caseview.h"
#include "gui/focusring.h"
#include "gui/inboxmodel.h"
#include "gui/inboxwidget.h"
#include "gui/replycomposer.h"
#include "gui/shortcutsheet.h"
#include "gui/templatecompleter.h"
#include "support/testmain.h"
#include "support/typing.h"
#include "support/windowfixtures.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

using namespace Desk;

namespace {

/** Types `text` into the focused widget as a keyboard would, diacritics included. */
void typeText(const QString &text)
{
    for (const QChar ch : text) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        TestSupport::typeText(focus, QString(ch)); // the focus may move after each character
    }
}

} // namespace

class TestDeskKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void shortcutTriggersItsAction_data();
    void shortcutTriggersItsAction();
    void plainKeysTypeInTextFields();
    void enterOpensTheCaseAndFocusesTheReply();
    void navigationMovesThroughTheList();
    void sheetListsEveryShortcut();
    void tabLeavesTheCaseList();
    void focusIsFramed();
    void slashOpensFilteredTemplates_data();
    void slashOpensFilteredTemplates();
    void slashInsertsTheTemplate();
    void slashInsideAWordIsJustASlash();

private:
    QTableView *casesView() const
    {
        return m_window->inbox()->findChild<QTableView *>(QStringLiteral("casesTableView"));
    }
    QPlainTextEdit *replyEditor() const { return m_window->caseView()->composer()->editor(); }

    TestSupport::WindowDesk m_desk;
    Gui::MainWindow *m_window = nullptr;
    QList<qint64> m_cases;
};

void TestDeskKeyboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AdvisoryDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskkeyboard"));
    QSettings().clear();
    // Templates sign with the staff name: known, so "/" inserts without asking for it.
    QSettings().setValue(QStringLiteral("composer/staffName"), QStringLiteral("Lê Văn Tâm"));
    QVERIFY(m_desk.open());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList names {QStringLiteral("Nguyễn Thị Hồng Nhung"),
        QStringLiteral("Trần Văn Bình"), QStringLiteral("Lê Thị Mai"),
        QStringLiteral("Phạm Quốc Huy"), QStringLiteral("Đỗ Thị Thu Hà")};
    for (int i = 0; i < names.size(); ++i) {
        const qint64 id = m_desk.addCase(
            QStringLiteral("80000000000000000%1").arg(i), names.at(i), 4, now - i * 3600000);
        QVERIFY(id != 0);
        m_cases.append(id);
    }
    m_window = m_desk.makeWindow();
    QTRY_COMPARE(m_window->inbox()->model()->rowCount(), names.size());
}

void TestDeskKeyboard::cleanupTestCase()
{
    m_desk.closeWindow();
    QSettings().clear();
}

void TestDeskKeyboard::init()
{
    // Every test starts on the first case with the keyboard in the list.
    QApplication::setActiveWindow(m_window); // after a popup or a dialog
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->inbox()->selectCase(m_window->inbox()->model()->caseIdAt(0));
    m_window->inbox()->focusList();
    QTRY_VERIFY(casesView()->hasFocus());
}

void TestDeskKeyboard::shortcutTriggersItsAction_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("modal"); // the action opens a dialog, answered here
    const int none = Qt::NoModifier;
    QTest::addRow("J next case") << "nextCaseAction" << int(Qt::Key_J) << none << false;
    QTest::addRow("Alt+Down next case")
        << "nextCaseAction" << int(Qt::Key_Down) << int(Qt::AltModifier) << false;
    QTest::addRow("K previous case") << "previousCaseAction" << int(Qt::Key_K) << none << false;
    QTest::addRow("Alt+Up previous case")
        << "previousCaseAction" << int(Qt::Key_Up) << int(Qt::AltModifier) << false;
    QTest::addRow("U next unread") << "nextUnreadAction" << int(Qt::Key_U) << none << false;
    QTest::addRow("Alt+Shift+Down next unread")
        << "nextUnreadAction" << int(Qt::Key_Down) << int(Qt::AltModifier | Qt::ShiftModifier)
        << false;
    QTest::addRow("Alt+0 case list")
        << "caseListAction" << int(Qt::Key_0) << int(Qt::AltModifier) << false;
    QTest::addRow("Alt+1 reply") << "replyTabAction" << int(Qt::Key_1) << int(Qt::AltModifier)
                                 << false;
    QTest::addRow("R reply") << "replyTabAction" << int(Qt::Key_R) << none << false;
    QTest::addRow("Alt+2 note") << "noteTabAction" << int(Qt::Key_2) << int(Qt::AltModifier)
                                << false;
    QTest::addRow("N note") << "noteTabAction" << int(Qt::Key_N) << none << false;
    QTest::addRow("Alt+3 history")
        << "historyTabAction" << int(Qt::Key_3) << int(Qt::AltModifier) << false;
    QTest::addRow("H history") << "historyTabAction" << int(Qt::Key_H) << none << false;
    QTest::addRow("Ctrl+T template")
        << "templateAction" << int(Qt::Key_T) << int(Qt::ControlModifier) << true;
    QTest::addRow("Ctrl+Shift+A assign") << "assignAction" << int(Qt::Key_A)
                                         << int(Qt::ControlModifier | Qt::ShiftModifier) << false;
    QTest::addRow("Ctrl+Shift+R route")
        << "routeAction" << int(Qt::Key_R) << int(Qt::ControlModifier | Qt::ShiftModifier) << true;
    QTest::addRow("F9 side panel") << "sidePanelAction" << int(Qt::Key_F9) << none << false;
    QTest::addRow("Ctrl+F search")
        << "findAction" << int(Qt::Key_F) << int(Qt::ControlModifier) << false;
    QTest::addRow("? sheet") << "shortcutSheetAction" << int(Qt::Key_Question) << none << true;
    QTest::addRow("F1 sheet") << "shortcutSheetAction" << int(Qt::Key_F1) << none << true;
}

void TestDeskKeyboard::shortcutTriggersItsAction()
{
    QFETCH(QString, action);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(bool, modal);
    QAction *target = m_window->shortcutAction(action);
    QVERIFY2(target, qPrintable(action));
    QVERIFY(m_window->shortcutActions().contains(target));
    QVERIFY(target->isEnabled());
    QSignalSpy triggered(target, &QAction::triggered);
    QString modalName;
    if (modal) {
        TestSupport::onNextModal(this, [&modalName](QWidget *dialog) {
            modalName = dialog->objectName();
            static_cast<QDialog *>(dialog)->reject();
        });
    }
    const bool sideBefore = m_window->caseView()->isSidePanelVisible();
    const qint64 caseBefore = m_window->caseView()->caseId();
    QTest::keyClick(m_window, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QTRY_COMPARE(triggered.count(), 1);
    if (modal) {
        QTRY_VERIFY(!modalName.isNull());
    }
    // What each one does, where it can be seen at once.
    Gui::CaseView *view = m_window->caseView();
    if (action == QLatin1String("nextCaseAction") || action == QLatin1String("nextUnreadAction")) {
        QTRY_VERIFY(view->caseId() != caseBefore);
    } else if (action == QLatin1String("replyTabAction")) {
        QTRY_VERIFY(replyEditor()->hasFocus());
    } else if (action == QLatin1String("noteTabAction")) {
        QTRY_VERIFY(view->noteEditor()->editor()->hasFocus());
    } else if (action == QLatin1String("historyTabAction")) {
        QTRY_VERIFY(view->historyView()->hasFocus());
    } else if (action == QLatin1String("assignAction")) {
        QComboBox *combo = view->assigneeBox()->combo();
        const bool opened = QTest::qWaitFor([combo] { return combo->view()->isVisible(); });
        combo->hidePopup();
        QVERIFY(opened);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(combo));
    } else if (action == QLatin1String("sidePanelAction")) {
        QCOMPARE(view->isSidePanelVisible(), !sideBefore);
        view->setSidePanelVisible(sideBefore);
        QCOMPARE(target->isChecked(), sideBefore);
    } else if (action == QLatin1String("findAction")) {
        QTRY_VERIFY(m_window->inbox()
                        ->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))
                        ->hasFocus());
    } else if (action == QLatin1String("caseListAction")) {
        QTRY_VERIFY(casesView()->hasFocus());
    }
}

void TestDeskKeyboard::plainKeysTypeInTextFields()
{
    // In the reply box J, K and ? are letters, not commands.
    QSignalSpy next(
        m_window->shortcutAction(QStringLiteral("nextCaseAction")), &QAction::triggered);
    QSignalSpy sheet(
        m_window->shortcutAction(QStringLiteral("shortcutSheetAction")), &QAction::triggered);
    m_window->caseView()->focusWorkTab(Gui::CaseView::ReplyTab);
    QTRY_VERIFY(replyEditor()->hasFocus());
    replyEditor()->clear();
    QTest::keyClicks(nullptr, QStringLiteral("jk?")); // to the focused widget
    QCOMPARE(replyEditor()->toPlainText(), QStringLiteral("jk?"));
    QCOMPARE(next.count(), 0);
    QCOMPARE(sheet.count(), 0);
    replyEditor()->clear();
}

void TestDeskKeyboard::enterOpensTheCaseAndFocusesTheReply()
{
    QTest::keyClick(casesView(), Qt::Key_Down);
    const qint64 chosen = m_window->inbox()->currentCaseId();
    QTest::keyClick(m_window, Qt::Key_Return);
    QTRY_VERIFY(replyEditor()->hasFocus());
    QCOMPARE(m_window->caseView()->caseId(), chosen);
    QCOMPARE(m_window->caseView()->workTabs()->currentWidget(),
        static_cast<QWidget *>(m_window->caseView()->composer()));
    // Enter in the search box still applies the search, it opens nothing.
    auto *search = m_window->inbox()->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QSignalSpy open(
        m_window->shortcutAction(QStringLiteral("openCaseAction")), &QAction::triggered);
    QTest::keyClick(m_window, Qt::Key_Return);
    QCOMPARE(open.count(), 0);
}

void TestDeskKeyboard::navigationMovesThroughTheList()
{
    auto *inbox = m_window->inbox();
    const int rows = inbox->model()->rowCount();
    for (int row = 1; row < rows; ++row) {
        QTest::keyClick(m_window, Qt::Key_J);
        QTRY_COMPARE(m_window->caseView()->caseId(), inbox->model()->caseIdAt(row));
    }
    QVERIFY(!inbox->selectNext()); // the end of the list stays there
    QTest::keyClick(m_window, Qt::Key_K);
    QTRY_COMPARE(m_window->caseView()->caseId(), inbox->model()->caseIdAt(rows - 2));
}

void TestDeskKeyboard::sheetListsEveryShortcut()
{
    Gui::ShortcutSheet sheet(m_window->shortcutActions(), m_window);
    QTableWidget *table = sheet.table();
    QStringList keys;
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        keys << table->item(row, 0)->text();
        texts << table->item(row, 1)->text();
        QVERIFY(!table->item(row, 1)->text().contains(QLatin1Char('&')));
    }
    int listed = 0;
    for (QAction *action : m_window->shortcutActions()) {
        QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        if (!action->shortcuts().isEmpty()) {
            QVERIFY2(keys.contains(Gui::ShortcutSheet::keysText(action)),
                qPrintable(action->objectName()));
            ++listed;
        }
    }
    QCOMPARE(table->rowCount(), listed);
    QVERIFY(listed >= 15);
    QVERIFY(keys.contains(QStringLiteral("? / F1")));
}

void TestDeskKeyboard::tabLeavesTheCaseList()
{
    QVERIFY(!casesView()->tabKeyNavigation());
    const QModelIndex before = casesView()->currentIndex();
    QTest::keyClick(m_window, Qt::Key_Tab);
    QTRY_VERIFY(!casesView()->hasFocus());
    QVERIFY(QApplication::focusWidget());
    QVERIFY(!casesView()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(casesView()->currentIndex(), before); // the table's cursor did not move
    QTest::keyClick(m_window, Qt::Key_Backtab);
    QTRY_VERIFY(casesView()->hasFocus());
}

void TestDeskKeyboard::focusIsFramed()
{
    Gui::FocusRing *ring = m_window->focusRing();
    QTRY_COMPARE(ring->target(), static_cast<QWidget *>(casesView()));
    QVERIFY(ring->isVisible());
    const QRect frame = ring->geometry();
    const QRect table(casesView()->mapTo(m_window, QPoint(0, 0)), casesView()->size());
    QVERIFY(frame.contains(table));
    m_window->caseView()->focusWorkTab(Gui::CaseView::ReplyTab);
    QTRY_COMPARE(ring->target(), static_cast<QWidget *>(replyEditor()));
    QVERIFY(ring->isVisible());
    QVERIFY(ring->geometry().contains(
        QRect(replyEditor()->mapTo(m_window, QPoint(0, 0)), replyEditor()->size())));
}

void TestDeskKeyboard::slashOpensFilteredTemplates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("firstTitle");
    QTest::addRow("without diacritics") << "/xac nhan"
                                        << "Xác nhận đã tiếp nhận yêu cầu";
    QTest::addRow("with diacritics") << "/xác nhận"
                                     << "Xác nhận đã tiếp nhận yêu cầu";
    QTest::addRow("capitals, no diacritics") << "/HO TICH"
                                             << "Trả lời về hộ tịch (khai sinh, kết hôn, khai tử)";
    QTest::addRow("after a word") << "Dạ /chung thuc"
                                  << "Trả lời về chứng thực";
    QTest::addRow("by code") << "/tiep_nhan"
                             << "Xác nhận đã tiếp nhận yêu cầu";
}

void TestDeskKeyboard::slashOpensFilteredTemplates()
{
    QFETCH(QString, typed);
    QFETCH(QString, firstTitle);
    m_window->caseView()->focusWorkTab(Gui::CaseView::ReplyTab);
    QTRY_VERIFY(replyEditor()->hasFocus());
    replyEditor()->clear();
    Gui::TemplateCompleter *completer = m_window->caseView()->composer()->templateCompleter();
    QTest::keyClick(replyEditor(), Qt::Key_Slash);
    QTRY_VERIFY(completer->isOpen());
    const int all = completer->popup()->count();
    QVERIFY(all > 5);
    replyEditor()->clear();
    typeText(typed);
    QTRY_VERIFY(completer->isOpen());
    QVERIFY(completer->popup()->count() < all);
    QCOMPARE(completer->popup()->currentItem()->text(), firstTitle);
    // The list is inside the window, under (or above) the caret.
    QVERIFY(m_window->rect().contains(completer->popup()->geometry()));
    QTest::keyClick(replyEditor(), Qt::Key_Escape);
    QTRY_VERIFY(!completer->isOpen());
    QCOMPARE(replyEditor()->toPlainText(), typed); // Esc keeps what was typed
    typeText(QStringLiteral(" zzzz"));
    QVERIFY(!completer->isOpen());
    replyEditor()->clear();
}

void TestDeskKeyboard::slashInsertsTheTemplate()
{
    const qint64 caseId = m_window->inbox()->model()->caseIdAt(0);
    m_window->inbox()->selectCase(caseId);
    QTRY_COMPARE(m_window->caseView()->caseId(), caseId);
    const auto summary = m_desk.store().caseById(caseId);
    QVERIFY(summary);
    m_window->caseView()->focusWorkTab(Gui::CaseView::ReplyTab);
    QTRY_VERIFY(replyEditor()->hasFocus());
    replyEditor()->clear();
    Gui::TemplateCompleter *completer = m_window->caseView()->composer()->templateCompleter();
    typeText(QStringLiteral("/tiep nhan"));
    QTRY_VERIFY(completer->isOpen());
    // A value the case does not know is asked for in the same prompt as from the picker.
    bool prompted = false;
    TestSupport::onNextModal(this, [&prompted](QWidget *dialog) {
        prompted = true;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->text().isEmpty()) {
                edit->setText(QStringLiteral("giá trị"));
            }
        }
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::keyClick(replyEditor(), Qt::Key_Return);
    QTRY_VERIFY(!completer->isOpen());
    const QString text = replyEditor()->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("Kính gửi Ông/Bà ")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("/tiep")), qPrintable(text));
    QVERIFY(text.contains(summary->code));
    QVERIFY(text.contains(QStringLiteral("Lê Văn Tâm")));
    QVERIFY(!text.contains(QLatin1Char('{')));
    Q_UNUSED(prompted) // asked or not depends on what the case knows; both are right
    replyEditor()->clear();
}

void TestDeskKeyboard::slashInsideAWordIsJustASlash()
{
    m_window->caseView()->focusWorkTab(Gui::CaseView::ReplyTab);
    QTRY_VERIFY(replyEditor()->hasFocus());
    replyEditor()->clear();
    typeText(QStringLiteral("ngày 12/3"));
    QVERIFY(!m_window->caseView()->composer()->templateCompleter()->isOpen());
    QCOMPARE(replyEditor()->toPlainText(), QStringLiteral("ngày 12/3"));
    replyEditor()->clear();
}

DESK_TEST_MAIN(TestDeskKeyboard)
#include "tst_deskkeyboard.moc"
