// SPDX-License-Identifier: GPL-3.0-or-later
// The reply composer offscreen, on a real SQLite profile and the Zalo OA simulator over HTTP:
// a template with a missing value asks for it before anything reaches the editor; the counter
// and the reply window read right while typing; drafts survive the view; a reply is queued
// with its exact text, sent by the outbox sender and appears in the timeline; the
// acknowledgement is one click; notes stay inside the desk. English source texts.
#include "core/profile.h"
#include "core/replysplitter.h"
#include "core/replywindow.h"
#include "core/templaterenderer.h"
#include "core/vietnamtime.h"
#include "gui/assigneebox.h"
#include "gui/casechangeddialog.h"
#include "gui/casehistorymodel.h"
#include "gui/casenoteeditor.h"
#include "gui/caseview.h"
#include "gui/composertext.h"
#include "gui/displaytext.h"
#include "gui/outboxlistmodel.h"
#include "gui/replycomposer.h"
#include "gui/templatepickerdialog.h"
#include "gui/templatepromptdialog.h"
#include "gui/timelinemodel.h"
#include "store/casework.h"
#include "store/clocks.h"
#include "store/directory.h"
#include "store/outbox.h"
#include "store/replyvalues.h"
#include "store/store.h"
#include "support/deskfixtures.h"
#include "support/testmain.h"
#include "support/typing.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>
#include <functional>
#include <memory>

using namespace Desk;

namespace {

const QString kStaff = QStringLiteral("lan.nguyen");

/** `n` characters of realistic Vietnamese text (NFC, one code point per character). */
QString vietnameseText(int n)
{
    const QString sentence
        = QStringLiteral("Hồ sơ đăng ký khai sinh gồm tờ khai và giấy chứng sinh bản chính. ");
    return sentence.repeated(n / int(sentence.size()) + 1).left(n);
}

using TestSupport::typeText;

} // namespace

class TestReplyComposer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void templateWithMissingValueIsPrompted();
    void cancelledPromptInsertsNothing();
    void templatePickerFiltersByTyping();
    void counter_data();
    void counter();
    void replyWindow_data();
    void replyWindow();
    void draftSurvivesTheView();
    void placeholderBlocksSend();
    void sendQueuesExactTextAndTimelineShowsIt();
    void longReplyIsConfirmedAndOnlyFirstPartQuotes();
    void acknowledgementIsOneClick();
    void attachmentsAreCheckedBeforeQueuing();
    void queuedReplyMissingTheWindowIsFlagged();
    void notesNeverReachTheOutbox();
    void assignmentIsInTheHistory();
    void similarAnswerIsInsertedWithOneAction();
    void askedWhenTheCaseChangedSinceOpened_data();
    void askedWhenTheCaseChangedSinceOpened();
    void acknowledgementAsksToo();

private:
    /** A case of a simulator citizen who just wrote `text` (stored as sync would). */
    qint64 caseFor(const QString &text, const QString &name = QString());
    std::unique_ptr<Gui::CaseView> makeView();
    /** Runs `handler` on the next modal dialog, from the event loop of its exec(). */
    void onNextModal(std::function<void(QWidget *)> handler);
    Zalo::DrainReport drain(Gui::CaseView *view = nullptr);

    std::unique_ptr<TestSupport::SimDesk> m_desk;
    Store::Store *m_store = nullptr; // the GUI thread's connection, as in the desk
    Sim::SimulatorHost *m_sim = nullptr;
};

void TestReplyComposer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the remembered staff name stays out of ~/.config
    // Named as the desk names itself: on Windows QSettings() keeps nothing (registry access
    // error) while the organisation's name is empty, so the staff name would not be remembered.
    QCoreApplication::setOrganizationName(QStringLiteral("AdvisoryDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_replycomposer"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qRegisterMetaType<QSet<qint64>>();
}

void TestReplyComposer::init()
{
    QSettings().remove(QStringLiteral("composer"));
    // The first sync seeds the default directory (templates) and the clock policy.
    m_desk = std::make_unique<TestSupport::SimDesk>();
    Sim::SimConfig config;
    config.citizens = 8;
    config.rateLimitPerMinute = 0;
    QVERIFY(m_desk->start(config));
    m_store = &m_desk->store();
    m_sim = &m_desk->sim();
}

void TestReplyComposer::cleanup()
{
    // A dialog that never came (the test checks that) must not catch the next test's.
    qDeleteAll(findChildren<QTimer *>(QStringLiteral("modalWatch")));
    m_store = nullptr;
    m_sim = nullptr;
    m_desk.reset();
}

qint64 TestReplyComposer::caseFor(const QString &text, const QString &name)
{
    // A citizen new to the desk: the case holds this one message (the seeded conversations
    // of the simulator are answered already).
    const QString citizenId = m_sim->addSilentCitizen();
    Core::Message message;
    message.messageId = m_sim->injectInbound(citizenId, text);
    message.citizenId = citizenId;
    message.timeMs = m_sim->nowMs();
    message.type = QStringLiteral("text");
    message.text = text;
    std::optional<Core::Citizen> profile;
    if (!name.isEmpty()) {
        profile = Core::Citizen {};
        profile->zaloId = citizenId;
        profile->displayName = name;
    }
    const auto result = m_store->ingestConversation(profile, {message});
    return result.touchedCaseIds.isEmpty() ? 0 : *result.touchedCaseIds.begin();
}

std::unique_ptr<Gui::CaseView> TestReplyComposer::makeView()
{
    auto view = std::make_unique<Gui::CaseView>(m_store, nullptr);
    view->setActor(kStaff);
    view->resize(900, 760);
    return view;
}

void TestReplyComposer::onNextModal(std::function<void(QWidget *)> handler)
{
    auto *timer = new QTimer(this);
    timer->setObjectName(QStringLiteral("modalWatch"));
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, handler] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            handler(modal);
        }
    });
    timer->start();
}

Zalo::DrainReport TestReplyComposer::drain(Gui::CaseView *view)
{
    // As the sync pass does: its own connection sends, then the window refreshes the case.
    const Zalo::DrainReport report = m_desk->drain();
    if (view && report.sent + report.refused > 0) {
        view->refreshIfShown({view->caseId()});
    }
    return report;
}

void TestReplyComposer::templateWithMissingValueIsPrompted()
{
    const qint64 caseId = caseFor(QStringLiteral("Cho hỏi thủ tục cấp phiếu lý lịch tư pháp"),
        QStringLiteral("Trần Thị Bích"));
    QVERIFY(caseId > 0);
    auto view = makeView();
    view->showCase(caseId);
    Gui::ReplyComposer *composer = view->composer();

    // The general procedure template needs the procedure, its agency and portal link (the case
    // is not classified yet) and the staff member's name: the desk cannot know them.
    const auto body = Store::Directory(*m_store).replyTemplate(QStringLiteral("HUONG_DAN_THU_TUC"));
    QVERIFY(body);
    const QStringList missing
        = Core::TemplateRenderer::missing(body->body, Store::replyValues(*m_store, caseId));
    QVERIFY(missing.contains(QStringLiteral("can_bo")));
    QVERIFY(missing.contains(QStringLiteral("thu_tuc")));
    QVERIFY(!missing.contains(QStringLiteral("ho_ten")));

    QStringList asked;
    bool okEnabledBeforeFilling = true;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<Gui::TemplatePromptDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            asked << edit->objectName().chopped(int(qstrlen("LineEdit")));
        }
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        okEnabledBeforeFilling = ok->isEnabled();
        for (const QString &name : missing) {
            typeText(dialog->field(name), QStringLiteral("giá trị %1").arg(name));
        }
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    QVERIFY(composer->insertTemplate(QStringLiteral("HUONG_DAN_THU_TUC")));
    asked.sort();
    QStringList expected = missing;
    expected.sort();
    QCOMPARE(asked, expected);
    QVERIFY(!okEnabledBeforeFilling);

    const QString text = composer->editor()->toPlainText();
    QVERIFY2(Core::TemplateRenderer::variablesIn(text).isEmpty(), qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('{')));
    QVERIFY(text.contains(QStringLiteral("Trần Thị Bích")));
    QVERIFY(text.contains(m_store->caseById(caseId)->code));
    QVERIFY(text.contains(QStringLiteral("giá trị thu_tuc")));
    // The staff name is remembered: the next template does not ask for it again.
    QCOMPARE(QSettings().value(QStringLiteral("composer/staffName")).toString(),
        QStringLiteral("giá trị can_bo"));
}

void TestReplyComposer::cancelledPromptInsertsNothing()
{
    const qint64 caseId = caseFor(QStringLiteral("Hỏi về đất đai"));
    auto view = makeView();
    view->showCase(caseId);
    bool prompted = false;
    onNextModal([&](QWidget *modal) {
        prompted = qobject_cast<Gui::TemplatePromptDialog *>(modal) != nullptr;
        static_cast<QDialog *>(modal)->reject();
    });
    QVERIFY(!view->composer()->insertTemplate(QStringLiteral("DAT_DAI")));
    QVERIFY(prompted);
    QVERIFY(view->composer()->editor()->toPlainText().isEmpty());
}

void TestReplyComposer::templatePickerFiltersByTyping()
{
    const auto templates = Store::Directory(*m_store).replyTemplates();
    QVERIFY(templates.size() > 5);
    Core::TemplateRenderer::Values values;
    values.insert(QStringLiteral("ho_ten"), QStringLiteral("Phạm Thị Hoa"));
    Gui::TemplatePickerDialog picker(
        templates, QStringLiteral("question"), QStringLiteral("ho_tich"), values);
    // The template made for this kind and area comes first.
    QCOMPARE(picker.chosenCode(), QStringLiteral("HO_TICH"));
    auto *preview = picker.findChild<QLabel *>(QStringLiteral("templatePreviewLabel"));
    QVERIFY(preview->text().contains(QStringLiteral("Phạm Thị Hoa")));
    QVERIFY(preview->text().contains(QStringLiteral("«thu_tuc»"))); // shown missing, not sent

    // Typed without diacritics, as staff often do.
    typeText(picker.filterEdit(), QStringLiteral("ly lich tu phap"));
    QCOMPARE(picker.chosenCode(), QStringLiteral("LY_LICH_TU_PHAP"));
    int visible = 0;
    for (int row = 0; row < picker.list()->count(); ++row) {
        visible += picker.list()->item(row)->isHidden() ? 0 : 1;
    }
    QVERIFY(visible >= 1 && visible < templates.size());
    QVERIFY(picker.list()
                ->findItems(QStringLiteral("hộ tịch"), Qt::MatchContains)
                .constFirst()
                ->isHidden());

    typeText(picker.filterEdit(), QStringLiteral(" zzz"));
    QVERIFY(picker.chosenCode().isEmpty());
    QVERIFY(!picker.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestReplyComposer::counter_data()
{
    QTest::addColumn<int>("characters");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<int>("messages");
    QTest::addColumn<bool>("coloured");
    QTest::addRow("empty") << 0 << QStringLiteral("0 / 2,000") << 0 << false;
    QTest::addRow("1,999") << 1999 << QStringLiteral("1,999 / 2,000") << 1 << false;
    QTest::addRow("2,000") << 2000 << QStringLiteral("2,000 / 2,000") << 1 << false;
    QTest::addRow("2,001") << 2001 << QStringLiteral("2,001 / 2,000 · 2 message(s)") << 2 << true;
    QTest::addRow("4,500") << 4500 << QStringLiteral("4,500 / 2,000 · 3 message(s)") << 3 << true;
}

void TestReplyComposer::counter()
{
    QFETCH(int, characters);
    QFETCH(QString, shown);
    QFETCH(int, messages);
    QFETCH(bool, coloured);
    const qint64 caseId = caseFor(QStringLiteral("Cho hỏi"));
    auto view = makeView();
    view->showCase(caseId);
    auto *counter = view->composer()->findChild<QLabel *>(QStringLiteral("counterLabel"));
    QVERIFY(counter);
    view->composer()->editor()->setPlainText(vietnameseText(characters));
    QCOMPARE(counter->text(), shown);
    QCOMPARE(Gui::countReply(view->composer()->editor()->toPlainText()).messages, messages);
    QCOMPARE(counter->styleSheet().contains(QStringLiteral("color")), coloured);
}

void TestReplyComposer::replyWindow_data()
{
    QTest::addColumn<qint64>("agoMs");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<bool>("canSend");
    constexpr qint64 hour = 3600LL * 1000;
    QTest::addRow("1 h ago") << hour
                             << QStringLiteral(
                                    "47 h left to reply for free · hard limit in 6 day(s)")
                             << true;
    QTest::addRow("47 h ago") << 47
            * hour << QStringLiteral("1 h left to reply for free · hard limit in 5 day(s)")
                              << true;
    QTest::addRow("3 days ago")
        << 72 * hour
        << QStringLiteral("Free replies are over: a reply now is a paid message and needs a "
                          "funded Zalo Cloud Account (ZCA) · hard limit in 4 day(s)")
        << true;
    QTest::addRow("8 days ago")
        << 192 * hour
        << QStringLiteral("Over 7 days since the citizen's last message: Zalo refuses replies.")
        << false;
}

void TestReplyComposer::replyWindow()
{
    QFETCH(qint64, agoMs);
    QFETCH(QString, hint);
    QFETCH(bool, canSend);
    const qint64 caseId = caseFor(QStringLiteral("Số điện thoại của tôi là 0912 345 678"));
    const qint64 lastInbound = m_store->caseById(caseId)->lastInboundAtMs;
    auto view = makeView();
    view->show();
    view->showCase(caseId);
    Gui::ReplyComposer *composer = view->composer();
    composer->setNow([lastInbound, agoMs] { return lastInbound + agoMs; });
    QCOMPARE(composer->findChild<QLabel *>(QStringLiteral("windowHintLabel"))->text(), hint);
    auto *send = composer->findChild<QPushButton *>(QStringLiteral("sendPushButton"));
    auto *closed = composer->findChild<QLabel *>(QStringLiteral("windowClosedLabel"));
    QCOMPARE(send->isVisible(), canSend);
    QCOMPARE(closed->isVisible(), !canSend);
    if (!canSend) {
        // Send is replaced by what to do instead: the number the citizen gave.
        QVERIFY2(closed->text().contains(QStringLiteral("0912345678")), qPrintable(closed->text()));
        composer->editor()->setPlainText(QStringLiteral("Trả lời muộn"));
        QVERIFY(!composer->send());
        QVERIFY(Store::Outbox(*m_store).forCase(caseId).isEmpty());
        QVERIFY(!composer->findChild<QPushButton *>(QStringLiteral("acknowledgePushButton"))
                     ->isEnabled());
    }
}

void TestReplyComposer::draftSurvivesTheView()
{
    const qint64 caseId = caseFor(QStringLiteral("Cho hỏi hộ kinh doanh"));
    const qint64 otherId = caseFor(QStringLiteral("Cho hỏi xây dựng"));
    const QString typed = QStringLiteral("Kính gửi Ông, hồ sơ đăng ký hộ kinh doanh gồm…");
    {
        auto view = makeView();
        view->showCase(caseId);
        typeText(view->composer()->editor(), typed);
        // Saved on a pause in typing, without any other action.
        QTRY_COMPARE(Store::CaseWork(*m_store).draft(caseId, kStaff), typed);
        // Switching cases keeps each case's own text.
        view->showCase(otherId);
        QVERIFY(view->composer()->editor()->toPlainText().isEmpty());
        typeText(view->composer()->editor(), QStringLiteral("Nháp khác"));
        // Destroyed before the pause has passed: the text is saved all the same.
    }
    QCOMPARE(Store::CaseWork(*m_store).draft(otherId, kStaff), QStringLiteral("Nháp khác"));
    auto view = makeView();
    view->showCase(caseId);
    QCOMPARE(view->composer()->editor()->toPlainText(), typed);
    view->showCase(otherId);
    QCOMPARE(view->composer()->editor()->toPlainText(), QStringLiteral("Nháp khác"));
}

void TestReplyComposer::placeholderBlocksSend()
{
    const qint64 caseId = caseFor(QStringLiteral("Cho hỏi"));
    auto view = makeView();
    view->showCase(caseId);
    view->composer()->editor()->setPlainText(QStringLiteral("Kính gửi {ho_ten}, hồ sơ đã nhận."));
    QVERIFY(!view->composer()->send());
    QVERIFY(view->composer()->problem().contains(QStringLiteral("{ho_ten}")));
    QVERIFY(Store::Outbox(*m_store).forCase(caseId).isEmpty());
    // An ordinary brace is text, not a variable.
    view->composer()->editor()->setPlainText(QStringLiteral("Mục {a} của tờ khai"));
    QVERIFY(view->composer()->send());
}

void TestReplyComposer::sendQueuesExactTextAndTimelineShowsIt()
{
    const qint64 caseId = caseFor(QStringLiteral("Làm lại giấy phép lái xe ở đâu?"));
    const QString citizenId = m_store->caseById(caseId)->citizenId;
    auto view = makeView();
    view->show();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    view->showCase(caseId);
    QAbstractItemModelTester tester(view->timelineModel());
    const int rowsBefore = view->timelineModel()->rowCount();
    QSignalSpy queued(view.get(), &Gui::CaseView::replyQueued);

    const QString text = QStringLiteral("Ông/Bà nộp hồ sơ đổi giấy phép lái xe tại Trung tâm "
                                        "Phục vụ hành chính công tỉnh hoặc trên Cổng DVC.");
    view->composer()->editor()->setFocus();
    typeText(view->composer()->editor(), text);
    QTest::keyClick(view->composer()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(queued.count(), 1);
    QCOMPARE(queued.at(0).at(0).toLongLong(), caseId);
    QVERIFY(view->composer()->editor()->toPlainText().isEmpty());
    QVERIFY(Store::CaseWork(*m_store).draft(caseId, kStaff).isEmpty());

    const auto rows = Store::Outbox(*m_store).forCase(caseId);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).part.text, text);
    QCOMPARE(rows.at(0).state, Store::OutboxState::Queued);
    QCOMPARE(rows.at(0).purpose, Store::OutboxPurpose::Reply);
    QCOMPARE(rows.at(0).createdBy, kStaff);
    QCOMPARE(view->composer()->outboxModel()->rowCount(), 1);

    const auto report = drain(view.get());
    QCOMPARE(report.sent, 1);
    QCOMPARE(m_desk->sentTexts(citizenId), QStringList {text});
    QTRY_COMPARE(view->timelineModel()->rowCount(), rowsBefore + 1);
    const QModelIndex last = view->timelineModel()->index(rowsBefore, 0);
    QVERIFY(last.data(Gui::TimelineModel::OutboundRole).toBool());
    QCOMPARE(last.data().toString(), text);
    QTRY_COMPARE(view->composer()->outboxModel()->rowCount(), 0);
}

void TestReplyComposer::longReplyIsConfirmedAndOnlyFirstPartQuotes()
{
    const qint64 caseId = caseFor(QStringLiteral("Xin hướng dẫn chi tiết thủ tục khai sinh"));
    const auto messages = m_store->messagesForCase(caseId);
    auto view = makeView();
    view->showCase(caseId);
    // Quoting the citizen's message from the timeline.
    view->timelineView()->doubleClicked(view->timelineModel()->index(0, 0));
    QCOMPARE(view->composer()->quotedMessageId(), messages.constLast().messageId);
    const QString text = vietnameseText(4500).trimmed();
    view->composer()->editor()->setPlainText(text);

    // Declined: nothing is queued and the text stays.
    QString shownParts;
    onNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (box) {
            shownParts = box->detailedText();
        }
        static_cast<QDialog *>(modal)->reject();
    });
    QVERIFY(!view->composer()->send());
    QVERIFY(Store::Outbox(*m_store).forCase(caseId).isEmpty());
    QCOMPARE(view->composer()->editor()->toPlainText(), text);
    QVERIFY(shownParts.contains(QStringLiteral("Message 3 of 3")));

    onNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("splitConfirmMessageBox"));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                button->click();
            }
        }
    });
    QVERIFY(view->composer()->send());
    const auto rows = Store::Outbox(*m_store).forCase(caseId);
    QCOMPARE(rows.size(), 3);
    QString joined;
    for (int i = 0; i < rows.size(); ++i) {
        QVERIFY(Core::ReplySplitter::zaloLength(rows.at(i).part.text) <= 2000);
        QCOMPARE(
            rows.at(i).part.quoteMessageId, i == 0 ? messages.constLast().messageId : QString());
        QCOMPARE(rows.at(i).partCount, 3);
        joined += rows.at(i).part.text;
    }
    // Nothing lost but the spaces at the breaks.
    QCOMPARE(joined.remove(QLatin1Char(' ')), QString(text).remove(QLatin1Char(' ')));
}

void TestReplyComposer::acknowledgementIsOneClick()
{
    // The staff name was given once before (a template asked for it).
    QSettings().setValue(QStringLiteral("composer/staffName"), QStringLiteral("Nguyễn Thị Lan"));
    const qint64 caseId
        = caseFor(QStringLiteral("Cho hỏi thủ tục kết hôn"), QStringLiteral("Lê Văn Tám"));
    const auto summary = m_store->caseById(caseId);
    QVERIFY(summary->dueAtMs > 0); // the clock policy gave the case its due date
    auto view = makeView();
    view->show();
    view->showCase(caseId);
    auto *ack = view->composer()->findChild<QPushButton *>(QStringLiteral("acknowledgePushButton"));
    QVERIFY(ack->isEnabled());
    view->composer()->editor()->setPlainText(QStringLiteral("Câu trả lời đang soạn"));
    bool anyDialog = false;
    onNextModal([&](QWidget *modal) {
        anyDialog = true;
        modal->close();
    });
    QTest::mouseClick(ack, Qt::LeftButton);
    QVERIFY(!anyDialog);
    QVERIFY(!ack->isEnabled()); // never twice

    const auto rows = Store::Outbox(*m_store).forCase(caseId);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).purpose, Store::OutboxPurpose::Acknowledgement);
    const QString due = Core::vietnamDate(summary->dueAtMs).toString(QStringLiteral("dd/MM/yyyy"));
    QVERIFY(rows.at(0).part.text.contains(summary->code));
    QVERIFY(rows.at(0).part.text.contains(due));
    QVERIFY(rows.at(0).part.text.contains(QStringLiteral("Lê Văn Tám")));
    QVERIFY(rows.at(0).part.text.contains(QStringLiteral("Nguyễn Thị Lan")));
    QVERIFY(!rows.at(0).part.text.contains(QLatin1Char('{')));
    // The answer being written stays, in the editor and as the draft.
    QCOMPARE(view->composer()->editor()->toPlainText(), QStringLiteral("Câu trả lời đang soạn"));
    QCOMPARE(
        Store::CaseWork(*m_store).draft(caseId, kStaff), QStringLiteral("Câu trả lời đang soạn"));

    QCOMPARE(drain(view.get()).sent, 1);
    QTRY_VERIFY(m_store->caseById(caseId)->firstResponseAtMs > 0);
    QVERIFY(!ack->isEnabled());
    QVERIFY(!view->composer()->sendAcknowledgement());
    QCOMPARE(Store::Outbox(*m_store).forCase(caseId).size(), 1);
}

void TestReplyComposer::attachmentsAreCheckedBeforeQueuing()
{
    const qint64 caseId = caseFor(QStringLiteral("Gửi giúp tôi mẫu tờ khai"));
    auto view = makeView();
    view->showCase(caseId);
    Gui::ReplyComposer *composer = view->composer();

    QImage small(64, 48, QImage::Format_RGB32);
    small.fill(Qt::darkCyan);
    const QString picture = m_desk->filePath(QStringLiteral("mau-to-khai.png"));
    QVERIFY(small.save(picture));
    const QString fake = m_desk->filePath(QStringLiteral("virus.png"));
    {
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("MZ this is not a picture");
    }
    const QString large = m_desk->filePath(QStringLiteral("ban-scan.jpg"));
    {
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(2 * 1024 * 1024, 'x');
        bytes[0] = char(0xff);
        bytes[1] = char(0xd8);
        bytes[2] = char(0xff);
        file.write(bytes);
    }
    QVERIFY(!composer->addAttachment(fake));
    QVERIFY(!composer->problem().isEmpty());
    QVERIFY(!composer->addAttachment(large));
    QVERIFY(!composer->problem().isEmpty());
    QVERIFY(composer->attachments().isEmpty());
    QVERIFY(composer->addAttachment(picture));
    QVERIFY(composer->problem().isEmpty());

    composer->editor()->setPlainText(QStringLiteral("Mẫu tờ khai gửi kèm."));
    QVERIFY(composer->send());
    const auto rows = Store::Outbox(*m_store).forCase(caseId);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).part.kind, QStringLiteral("text"));
    QCOMPARE(rows.at(1).part.kind, QStringLiteral("image"));
    QCOMPARE(rows.at(1).part.filePath, QFileInfo(picture).absoluteFilePath());
    QVERIFY(composer->attachments().isEmpty());
}

void TestReplyComposer::queuedReplyMissingTheWindowIsFlagged()
{
    const qint64 caseId = caseFor(QStringLiteral("Cho hỏi"));
    const qint64 lastInbound = m_store->caseById(caseId)->lastInboundAtMs;
    auto view = makeView();
    view->showCase(caseId);
    view->composer()->editor()->setPlainText(QStringLiteral("Trả lời"));
    QVERIFY(view->composer()->send());
    Gui::OutboxListModel *model = view->composer()->outboxModel();
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!model->index(0, 0).data(Gui::OutboxListModel::MissesWindowRole).toBool());
    QVERIFY(model->index(0, 0).data(Gui::OutboxListModel::CancellableRole).toBool());

    // Zalo was unreachable; the next attempt falls after the 7th day.
    const qint64 id = Store::Outbox(*m_store).forCase(caseId).at(0).id;
    QVERIFY(Store::Outbox(*m_store).markRetry(id, 0, QStringLiteral("Không kết nối được"),
        lastInbound + Core::ReplyWindow::kHardMs + 60000));
    view->composer()->refresh();
    QVERIFY(model->index(0, 0).data(Gui::OutboxListModel::MissesWindowRole).toBool());
    QCOMPARE(model->missingWindowCount(), 1);
    QVERIFY(model->index(0, 0).data().toString().contains(QStringLiteral("Không kết nối được")));

    // Withdrawn by staff: it leaves the list.
    view->composer()
        ->findChild<QListView *>(QStringLiteral("outboxListView"))
        ->setCurrentIndex(model->index(0, 0));
    view->composer()->findChild<QPushButton *>(QStringLiteral("cancelQueuedPushButton"))->click();
    QCOMPARE(Store::Outbox(*m_store).item(id)->state, Store::OutboxState::Cancelled);
    QCOMPARE(model->rowCount(), 0);
}

void TestReplyComposer::notesNeverReachTheOutbox()
{
    const qint64 caseId = caseFor(QStringLiteral("Cho hỏi đăng ký thường trú"));
    const QString citizenId = m_store->caseById(caseId)->citizenId;
    auto view = makeView();
    view->showCase(caseId);
    const int rowsBefore = view->timelineModel()->rowCount();
    const QString note = QStringLiteral("Đã gọi điện cho công an phường, chờ xác nhận");
    typeText(view->noteEditor()->editor(), note);
    QVERIFY(view->noteEditor()->addNote());

    QCOMPARE(view->timelineModel()->rowCount(), rowsBefore + 1);
    const QModelIndex row = view->timelineModel()->index(rowsBefore, 0);
    QVERIFY(row.data(Gui::TimelineModel::NoteRole).toBool());
    QCOMPARE(row.data().toString(), note);
    QVERIFY(row.data(Gui::TimelineModel::SenderRole).toString().contains(kStaff));
    QCOMPARE(view->historyModel()->index(0, 0).data(Gui::CaseHistoryModel::KindRole).toString(),
        QStringLiteral("note"));
    QCOMPARE(view->historyModel()->index(0, Gui::CaseHistoryModel::ActorColumn).data().toString(),
        kStaff);

    QVERIFY(Store::Outbox(*m_store).forCase(caseId).isEmpty());
    QCOMPARE(drain().sent, 0);
    QVERIFY(m_desk->sentTexts(citizenId).isEmpty());
    QVERIFY(view->composer()->editor()->toPlainText().isEmpty());
}

void TestReplyComposer::assignmentIsInTheHistory()
{
    const qint64 caseId = caseFor(QStringLiteral("Cho hỏi"));
    auto view = makeView();
    view->showCase(caseId);
    QComboBox *combo = view->assigneeBox()->combo();
    QVERIFY(combo->findData(kStaff) >= 0); // the staff member at this computer is offered
    combo->lineEdit()->selectAll();
    typeText(combo->lineEdit(), QStringLiteral("minh.tran"));
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_store->caseById(caseId)->assignee, QStringLiteral("minh.tran"));
    QCOMPARE(view->historyModel()->index(0, 0).data(Gui::CaseHistoryModel::KindRole).toString(),
        QStringLiteral("assigned"));
    QVERIFY(view->historyModel()
                ->index(0, Gui::CaseHistoryModel::WhatColumn)
                .data()
                .toString()
                .contains(QStringLiteral("minh.tran")));
    // The next case lists the login among the recent staff.
    QVERIFY(Store::recentStaffLogins(*m_store).contains(QStringLiteral("minh.tran")));
}

void TestReplyComposer::similarAnswerIsInsertedWithOneAction()
{
    // An earlier case answered (from the OA console) about a birth registration.
    const QString answer
        = QStringLiteral("Hồ sơ đăng ký khai sinh gồm tờ khai và giấy chứng sinh.");
    const qint64 earlier
        = caseFor(QStringLiteral("Cho hỏi đăng ký khai sinh cho con cần giấy tờ gì"));
    Core::Message reply;
    reply.messageId = QStringLiteral("oa-answer-1");
    reply.citizenId = m_store->caseById(earlier)->citizenId;
    reply.direction = Core::Direction::Outbound;
    reply.timeMs = m_sim->nowMs() + 1000;
    reply.type = QStringLiteral("text");
    reply.text = answer;
    QVERIFY(m_store->ingestConversation(std::nullopt, {reply}).ok);
    for (int i = 1; i < 6; ++i) { // other subjects, so the rare words stand out
        caseFor(QStringLiteral("Hỏi về giấy phép xây dựng nhà ở số %1").arg(i));
    }
    const qint64 caseId = caseFor(QStringLiteral("Tôi muốn đăng ký khai sinh cho con"));

    auto view = makeView();
    view->show();
    view->showCase(caseId);
    auto *list = view->findChild<QListWidget *>(QStringLiteral("similarListWidget"));
    QTRY_VERIFY(list->count() > 0);
    QTRY_VERIFY(list->isVisible() && list->width() > 100);
    // The simulator's own answered conversations may rank too; the earlier case is among them.
    const QString code = m_store->caseById(earlier)->code;
    const auto found = list->findItems(code, Qt::MatchContains);
    QCOMPARE(found.size(), 1);
    list->setCurrentItem(found.constFirst());
    view->findChild<QPushButton *>(QStringLiteral("insertSimilarPushButton"))->click();
    QCOMPARE(view->composer()->editor()->toPlainText(), answer);
}

namespace {
enum class Meanwhile {
    Nothing,
    OwnAssignment,
    OwnNote,
    CitizenWrites,
    ColleagueQueues,
    ColleagueWaits
};
} // namespace
Q_DECLARE_METATYPE(Meanwhile)

void TestReplyComposer::askedWhenTheCaseChangedSinceOpened_data()
{
    QTest::addColumn<Meanwhile>("meanwhile");
    QTest::addColumn<bool>("sendAnyway"); // the answer when asked
    QTest::addColumn<QString>("shown"); // '' = not asked
    QTest::addRow("nothing changed") << Meanwhile::Nothing << true << QString();
    QTest::addRow("own assignment") << Meanwhile::OwnAssignment << true << QString();
    QTest::addRow("a note changes no version") << Meanwhile::OwnNote << true << QString();
    QTest::addRow("the citizen wrote again, review")
        << Meanwhile::CitizenWrites << false
        << QStringLiteral("The citizen wrote again at %1: «Tôi gửi thêm ảnh CCCD»");
    QTest::addRow("the citizen wrote again, send anyway")
        << Meanwhile::CitizenWrites << true
        << QStringLiteral("The citizen wrote again at %1: «Tôi gửi thêm ảnh CCCD»");
    QTest::addRow("a colleague queued a reply")
        << Meanwhile::ColleagueQueues << true
        << QStringLiteral("minh.tran queued a reply at %1: «Chị mang CCCD bản chính.»");
    QTest::addRow("a colleague changed the status, review")
        << Meanwhile::ColleagueWaits << false
        << QStringLiteral("minh.tran changed the status to «%2» at %1");
}

void TestReplyComposer::askedWhenTheCaseChangedSinceOpened()
{
    QFETCH(Meanwhile, meanwhile);
    QFETCH(bool, sendAnyway);
    QFETCH(QString, shown);
    const qint64 caseId = caseFor(QStringLiteral("Làm căn cước cho con cần gì?"));
    const QString citizenId = m_store->caseById(caseId)->citizenId;
    auto view = makeView();
    // The composer opens the case a second before what follows.
    view->composer()->setNow([] { return QDateTime::currentMSecsSinceEpoch() - 1000; });
    view->showCase(caseId);
    const qint64 seen = view->composer()->seenVersion();
    QVERIFY(seen >= 0);
    const QString text = QStringLiteral("Anh/chị mang giấy khai sinh của cháu đến Công an xã.");
    view->composer()->editor()->setPlainText(text);

    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const QString minh = QStringLiteral("minh.tran");
    switch (meanwhile) {
    case Meanwhile::Nothing:
        break;
    case Meanwhile::OwnAssignment:
        QVERIFY(Store::CaseWork(*m_store).assign(caseId, kStaff, kStaff, at));
        break;
    case Meanwhile::OwnNote:
        QVERIFY(Store::CaseWork(*m_store).addNote(caseId, QStringLiteral("gọi lại sau"), minh, at));
        break;
    case Meanwhile::CitizenWrites: {
        Core::Message message;
        message.messageId
            = m_sim->injectInbound(citizenId, QStringLiteral("Tôi gửi thêm ảnh CCCD"));
        message.citizenId = citizenId;
        message.timeMs = at;
        message.text = QStringLiteral("Tôi gửi thêm ảnh CCCD");
        QVERIFY(m_store->ingestConversation(std::nullopt, {message}).ok);
        break;
    }
    case Meanwhile::ColleagueQueues: {
        Store::OutboxPart part;
        part.text = QStringLiteral("Chị mang CCCD bản chính.");
        QVERIFY(!Store::Outbox(*m_store)
                     .enqueue(caseId, {part}, Store::OutboxPurpose::Reply, minh, at)
                     .isEmpty());
        break;
    }
    case Meanwhile::ColleagueWaits:
        QVERIFY(m_store->setCaseStatus(caseId, Core::CaseStatus::WaitingCitizen, minh));
        break;
    }
    const int rowsBefore = int(Store::Outbox(*m_store).forCase(caseId).size());

    QString asked;
    onNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<Gui::CaseChangedDialog *>(modal);
        if (!box) {
            static_cast<QDialog *>(modal)->reject();
            return;
        }
        asked = box->text();
        QCOMPARE(box->defaultButton(), box->reviewButton()); // Enter looks first
        (sendAnyway ? box->sendAnywayButton() : box->reviewButton())->click();
    });
    const bool queued = view->composer()->send();
    if (shown.isEmpty()) {
        QVERIFY2(asked.isEmpty(), qPrintable(asked));
        QVERIFY(queued);
    } else {
        const QString expected = shown.arg(
            Gui::shortTimeText(at, at), Gui::statusText(Core::CaseStatus::WaitingCitizen));
        QVERIFY2(asked.contains(expected), qPrintable(asked));
        QCOMPARE(queued, sendAnyway);
    }
    const auto rows = Store::Outbox(*m_store).forCase(caseId);
    if (!queued) {
        // Nothing typed is lost, and once seen the same change is not asked about again.
        QCOMPARE(rows.size(), rowsBefore);
        QCOMPARE(view->composer()->editor()->toPlainText(), text);
        qDeleteAll(findChildren<QTimer *>(QStringLiteral("modalWatch")));
        onNextModal([](QWidget *modal) { static_cast<QDialog *>(modal)->reject(); });
        QVERIFY(view->composer()->send());
    }
    const auto after = Store::Outbox(*m_store).forCase(caseId);
    QCOMPARE(after.size(), rowsBefore + 1);
    QCOMPARE(after.constLast().part.text, text);
    QCOMPARE(after.constLast().createdBy, kStaff);
    // After its own reply the composer compares with the case as it is now.
    QCOMPARE(view->composer()->seenVersion(), m_store->caseVersion(caseId));
    QVERIFY(view->composer()->seenVersion() > seen);
}

void TestReplyComposer::acknowledgementAsksToo()
{
    // The staff name and the citizen's are known: the acknowledgement itself asks nothing.
    QSettings().setValue(QStringLiteral("composer/staffName"), QStringLiteral("Nguyễn Thị Lan"));
    const qint64 caseId = caseFor(
        QStringLiteral("Cho hỏi thủ tục cấp đổi giấy phép lái xe"), QStringLiteral("Lê Văn Tám"));
    auto view = makeView();
    view->composer()->setNow([] { return QDateTime::currentMSecsSinceEpoch() - 1000; });
    view->showCase(caseId);
    // Meanwhile a colleague took the case.
    QVERIFY(Store::CaseWork(*m_store).assign(caseId, QStringLiteral("minh.tran"),
        QStringLiteral("minh.tran"), QDateTime::currentMSecsSinceEpoch()));
    bool asked = false;
    onNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<Gui::CaseChangedDialog *>(modal);
        asked = box != nullptr;
        if (box) {
            box->reviewButton()->click();
        } else {
            static_cast<QDialog *>(modal)->reject();
        }
    });
    QVERIFY(!view->composer()->sendAcknowledgement());
    QVERIFY(asked);
    QVERIFY(Store::Outbox(*m_store).forCase(caseId).isEmpty());
    // Seen now: the second click queues it.
    QVERIFY(view->composer()->sendAcknowledgement());
    QCOMPARE(Store::Outbox(*m_store).forCase(caseId).size(), 1);
}

DESK_TEST_MAIN(TestReplyComposer)
#include "tst_replycomposer.moc"
