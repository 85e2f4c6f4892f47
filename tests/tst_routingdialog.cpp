// SPDX-License-Identifier: GPL-3.0-or-later
// Routing a case to an agency and recording the agency's answer, offscreen over a real seeded
// SQLite store: the suggestion and its reason, the agency search, the due date in working days
// across weekends and holidays, the transfer written, the answer's documents copied into the
// profile, the Case menu's actions and the transfer list of the side panel. Nothing irreversible
// by accident: Route needs an explicit choice and a confirmed summary, a routing can be recalled
// within the window; the resolve panel says whether the rating question will go.
#include "app/translations.h"
#include "core/vietnamtime.h"
#include "gui/agencyanswerdialog.h"
#include "gui/caseactions.h"
#include "gui/caseview.h"
#include "gui/resolvepanel.h"
#include "gui/routingdialog.h"
#include "gui/transferlistwidget.h"
#include "store/casework.h"
#include "store/clocks.h"
#include "store/directory.h"
#include "store/outbox.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>

using namespace Desk;
using namespace Desk::TestSupport;

class TestRoutingDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void suggestionShown_data();
    void suggestionShown();
    void agencySearchIgnoresAccents_data();
    void agencySearchIgnoresAccents();
    void defaultDueInWorkingDays_data();
    void defaultDueInWorkingDays();
    void dueOnDayOffIsFlagged();
    void routeNeedsAnExplicitChoice_data();
    void routeNeedsAnExplicitChoice();
    void confirmationSummary();
    void acceptWritesTransfer();
    void recallFromTheCaseMenu_data();
    void recallFromTheCaseMenu();
    void resolvePanelShowsTheRatingQuestion();
    void reRoutingAddsHop();
    void agencyAnswerWithDocuments();
    void agencyAnswerNeedsContent();
    void agencyAnswerWithoutOpenTransfer();
    void caseMenuFollowsCase();
    void transferListShowsHops();
    void caseViewShowsTransfers();
    void pictures();
    void picturesInVietnameseAt1366x768();

private:
    qint64 openCase(qint64 atMs, const QString &citizen = QStringLiteral("c1"));
    void classify(qint64 caseId, const QString &kind, const QString &area, const QString &procedure,
        const QString &locality);
    QLabel *label(QWidget *dialog, const char *name) const;
    QPushButton *routeButton(QWidget *dialog) const;
    QString writeFile(const QString &relative, const QByteArray &content) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
};

void TestRoutingDialog::init()
{
    openFreshStore(m_dir, m_store);
    QVERIFY(Store::Directory(*m_store).seedDefaults());
    QVERIFY(!Store::Clocks(*m_store).policy().isEmpty());
}

void TestRoutingDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestRoutingDialog::openCase(qint64 atMs, const QString &citizen)
{
    Core::Citizen who = person(citizen, QStringLiteral("Phạm Thị Hoa"));
    who.phone = QStringLiteral("0912 345 678");
    const auto result = m_store->ingestConversation(who,
        {in(citizen + QLatin1String("-1"), citizen, atMs,
            QStringLiteral("Xin hỏi thủ tục đăng ký khai sinh cho con ở phường An Xuyên"))});
    return result.touchedCaseIds.isEmpty() ? 0 : *result.touchedCaseIds.begin();
}

void TestRoutingDialog::classify(qint64 caseId, const QString &kind, const QString &area,
    const QString &procedure, const QString &locality)
{
    QVERIFY(caseId != 0);
    Store::CaseWork work(*m_store);
    QVERIFY2(work.classify(caseId, {kind, area, locality, procedure, QStringLiteral("test")},
                 QStringLiteral("classifier"), m_store->caseById(caseId)->openedAtMs + 1000),
        qPrintable(work.lastError()));
}

QLabel *TestRoutingDialog::label(QWidget *dialog, const char *name) const
{
    return dialog->findChild<QLabel *>(QString::fromLatin1(name));
}

QPushButton *TestRoutingDialog::routeButton(QWidget *dialog) const
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Ok);
}

QString TestRoutingDialog::writeFile(const QString &relative, const QByteArray &content) const
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return QString();
    }
    return path;
}

void TestRoutingDialog::suggestionShown_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("procedure");
    QTest::addColumn<QString>("locality");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("agencyName");
    QTest::addColumn<QString>("why");

    QTest::addRow("commune case -> UBND of that commune") << "question"
                                                          << "ho_tich"
                                                          << ""
                                                          << "32002"
                                                          << "UBND_32002"
                                                          << "Ủy ban nhân dân phường An Xuyên"
                                                          << "Phường An Xuyên";
    QTest::addRow("commune procedure -> UBND of that commune") << "question"
                                                               << ""
                                                               << "1.001193"
                                                               << "31825"
                                                               << "UBND_31825"
                                                               << "Ủy ban nhân dân phường Bạc Liêu"
                                                               << "Đăng ký khai sinh";
    QTest::addRow("province procedure -> the department") << "question"
                                                          << ""
                                                          << "2.000829"
                                                          << "32002"
                                                          << "SO_TP"
                                                          << "Sở Tư pháp tỉnh Cà Mau"
                                                          << "Yêu cầu trợ giúp pháp lý";
    QTest::addRow("routing rule -> provincial police") << "question"
                                                       << "ly_lich_tu_phap"
                                                       << ""
                                                       << ""
                                                       << "CA_TINH"
                                                       << "Công an tỉnh Cà Mau"
                                                       << "Routing rule 30";
    QTest::addRow("complaint -> inspectorate") << "complaint"
                                               << ""
                                               << ""
                                               << ""
                                               << "THANH_TRA"
                                               << "Thanh tra tỉnh Cà Mau"
                                               << "Routing rule 10";
}

void TestRoutingDialog::suggestionShown()
{
    QFETCH(QString, kind);
    QFETCH(QString, area);
    QFETCH(QString, procedure);
    QFETCH(QString, locality);
    QFETCH(QString, agency);
    QFETCH(QString, agencyName);
    QFETCH(QString, why);
    const qint64 caseId = openCase(vn(2026, 11, 25));
    classify(caseId, kind, area, procedure, locality);

    Gui::RoutingDialog dialog(m_store.get(), caseId);
    QCOMPARE(dialog.suggestion().agencyCode, agency);
    QCOMPARE(dialog.selectedAgency(), agency); // preselected: Enter routes to the suggestion
    QVERIFY2(label(&dialog, "suggestionLabel")->text().contains(agencyName),
        qPrintable(label(&dialog, "suggestionLabel")->text()));
    QVERIFY2(label(&dialog, "reasonLabel")->text().contains(why),
        qPrintable(label(&dialog, "reasonLabel")->text()));
    QVERIFY(label(&dialog, "caseLabel")->text().contains(m_store->caseById(caseId)->code));
    QVERIFY(label(&dialog, "openTransferLabel")->isHidden());
    if (!locality.isEmpty()) {
        QCOMPARE(label(&dialog, "localityValue")->text(),
            Store::Directory(*m_store).locality(locality)->name);
    }
}

void TestRoutingDialog::agencySearchIgnoresAccents_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::addRow("commune without accents") << "an xuyen"
                                             << "UBND_32002";
    QTest::addRow("department with accents") << "Sở Tư pháp"
                                             << "SO_TP";
    QTest::addRow("d for đ") << "dan toc"
                             << "SO_DTTG";
    QTest::addRow("code") << "thanh_tra"
                          << "THANH_TRA";
}

void TestRoutingDialog::agencySearchIgnoresAccents()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const qint64 caseId = openCase(vn(2026, 11, 25));
    Gui::RoutingDialog dialog(m_store.get(), caseId);
    const int all = dialog.visibleAgencies().size();
    QVERIFY(all > 64); // provincial agencies and every commune's People's Committee
    dialog.findChild<QLineEdit *>(QStringLiteral("agencyFilterEdit"))->setText(typed);
    const QStringList visible = dialog.visibleAgencies();
    QVERIFY2(visible.contains(expected), qPrintable(visible.join(u',')));
    QVERIFY(visible.size() < all);
    // Never a hidden agency, and typing alone chooses only when one agency is left.
    const QString chosen = dialog.selectedAgency();
    QVERIFY(chosen.isEmpty() || visible.contains(chosen));
    QCOMPARE(chosen.isEmpty(), visible.size() > 1);
}

void TestRoutingDialog::routeNeedsAnExplicitChoice_data()
{
    QTest::addColumn<bool>("classified"); // the rules then suggest (and preselect) an agency
    QTest::addColumn<QString>("typed"); // '' = nothing typed in the search
    QTest::addColumn<QString>("clicked"); // '' = no agency picked by hand
    QTest::addColumn<QString>("chosen"); // '' = Route stays disabled
    QTest::addRow("no suggestion, nothing chosen") << false << ""
                                                   << ""
                                                   << "";
    QTest::addRow("suggestion preselected with its reason") << true << ""
                                                            << ""
                                                            << "UBND_32002";
    QTest::addRow("no suggestion, picked by hand") << false << ""
                                                   << "SO_TP"
                                                   << "SO_TP";
    QTest::addRow("search hides the suggestion") << true << "so_tp"
                                                 << ""
                                                 << "SO_TP";
    QTest::addRow("search leaves many: none chosen") << false << "phuong"
                                                     << ""
                                                     << "";
    QTest::addRow("search leaves many, then picked") << false << "phuong"
                                                     << "UBND_32002"
                                                     << "UBND_32002";
}

void TestRoutingDialog::routeNeedsAnExplicitChoice()
{
    QFETCH(bool, classified);
    QFETCH(QString, typed);
    QFETCH(QString, clicked);
    QFETCH(QString, chosen);
    const qint64 caseId = openCase(vn(2026, 11, 25));
    if (classified) {
        classify(caseId, QStringLiteral("question"), QStringLiteral("ho_tich"), QString(),
            QStringLiteral("32002"));
    }
    Gui::RoutingDialog dialog(m_store.get(), caseId);
    int asked = 0;
    dialog.setConfirm([&asked](const QString &, const QString &) {
        ++asked;
        return false; // only counted here
    });
    if (classified) {
        QVERIFY(!label(&dialog, "reasonLabel")->text().isEmpty());
    }
    if (!typed.isEmpty()) {
        dialog.findChild<QLineEdit *>(QStringLiteral("agencyFilterEdit"))->setText(typed);
    }
    if (!clicked.isEmpty()) {
        QVERIFY(dialog.selectAgency(clicked));
    }
    QCOMPARE(dialog.selectedAgency(), chosen);
    QCOMPARE(dialog.canRoute(), !chosen.isEmpty());
    QCOMPARE(routeButton(&dialog)->isEnabled(), !chosen.isEmpty());
    const QString choice = label(&dialog, "choiceLabel")->text();
    QVERIFY2(chosen.isEmpty() ? choice.contains(QStringLiteral("No agency chosen"))
                              : choice.contains(Store::Directory(*m_store).agency(chosen)->name),
        qPrintable(choice));
    // Enter (accept) with nothing chosen does nothing; with a choice it asks first.
    dialog.accept();
    QCOMPARE(asked, chosen.isEmpty() ? 0 : 1);
    QVERIFY(Store::CaseWork(*m_store).transfers(caseId).isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestRoutingDialog::confirmationSummary()
{
    const qint64 now = vn(2026, 11, 27, 10);
    const qint64 caseId = openCase(now - 3600 * 1000);
    const QString code = m_store->caseById(caseId)->code;
    Gui::RoutingDialog dialog(m_store.get(), caseId);
    dialog.setNow(now);
    QVERIFY(dialog.selectAgency(QStringLiteral("SO_TP")));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))
        ->setPlainText(QStringLiteral("Nhờ Sở hướng dẫn"));
    dialog.setDueDate(QDate(2026, 12, 8));
    QString title;
    QString shown;
    bool answer = false;
    dialog.setConfirm([&](const QString &t, const QString &summary) {
        title = t;
        shown = summary;
        return answer;
    });
    // Declined: nothing written, the dialog stays open.
    dialog.accept();
    QVERIFY(title.contains(code));
    for (const QString &part :
        QStringList {QStringLiteral("Case: ") + code, QStringLiteral("Citizen: Phạm Thị Hoa"),
            QStringLiteral("Agency: Sở Tư pháp tỉnh Cà Mau"),
            QStringLiteral("Note to the agency: Nhờ Sở hướng dẫn"),
            QStringLiteral("Answer due: 08/12/2026"), QStringLiteral("The citizen is told"),
            QStringLiteral("recall the routing within 10 minute")}) {
        QVERIFY2(shown.contains(part), qPrintable(part + QStringLiteral(" in:\n") + shown));
    }
    QCOMPARE(shown, dialog.summaryText());
    QVERIFY(Store::CaseWork(*m_store).transfers(caseId).isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // Confirmed: routed.
    answer = true;
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Store::CaseWork(*m_store).transfers(caseId).size(), 1);
}

void TestRoutingDialog::defaultDueInWorkingDays_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("policyDays"); // 0: the default policy
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("workingDays");

    // Friday: the weekend is not counted.
    QTest::addRow("5 days over a weekend") << vn(2026, 11, 27, 10) << 5 << QDate(2026, 12, 4) << 5;
    // Giỗ Tổ Hùng Vương falls on Sunday 26/04/2026 (nghỉ bù Monday 27/04); 30/4 and 1/5 off.
    QTest::addRow("5 days over Giỗ Tổ, 30/4 and 1/5")
        << vn(2026, 4, 22, 15) << 5 << QDate(2026, 5, 4) << 5;
    QTest::addRow("default policy: 7 days") << vn(2026, 11, 26, 8) << 0 << QDate(2026, 12, 7) << 7;
}

void TestRoutingDialog::defaultDueInWorkingDays()
{
    QFETCH(qint64, now);
    QFETCH(int, policyDays);
    QFETCH(QDate, due);
    QFETCH(int, workingDays);
    const qint64 caseId = openCase(now - 3600 * 1000);
    classify(caseId, QStringLiteral("question"), QStringLiteral("ho_tich"), QString(),
        QStringLiteral("32002"));
    if (policyDays > 0) {
        QVERIFY(Store::Clocks(*m_store).setPolicy(
            QStringLiteral("question"), Core::ClockStep::AgencyAnswer, policyDays));
    }
    Gui::RoutingDialog dialog(m_store.get(), caseId);
    dialog.setNow(now);
    QCOMPARE(dialog.defaultWorkingDays(), policyDays > 0 ? policyDays : 7);
    QCOMPARE(dialog.dueDate().value_or(QDate()), due);
    QCOMPARE(dialog.dueWorkingDays(), workingDays);
    const QString shown = label(&dialog, "dueLabel")->text();
    // The date and the count; the plural's words come from the translation.
    QVERIFY2(shown.contains(QStringLiteral("%1 (%2 ")
                                .arg(due.toString(QStringLiteral("dd/MM/yyyy")))
                                .arg(workingDays)),
        qPrintable(shown));
    // Moving the date moves the count.
    dialog.setDueDate(due.addDays(7));
    QCOMPARE(dialog.dueWorkingDays(), workingDays + 5);
}

void TestRoutingDialog::dueOnDayOffIsFlagged()
{
    const qint64 now = vn(2026, 4, 22, 15);
    const qint64 caseId = openCase(now - 3600 * 1000);
    Gui::RoutingDialog dialog(m_store.get(), caseId);
    dialog.setNow(now);
    dialog.setDueDate(QDate(2026, 4, 30)); // Ngày Chiến thắng
    QVERIFY2(label(&dialog, "dueLabel")->text().contains(QStringLiteral("30/04/2026 is a day off")),
        qPrintable(label(&dialog, "dueLabel")->text()));
    dialog.setDueDate(QDate(2026, 4, 29));
    QVERIFY(!label(&dialog, "dueLabel")->text().contains(QStringLiteral("day off")));
}

void TestRoutingDialog::acceptWritesTransfer()
{
    const qint64 now = vn(2026, 11, 27, 10);
    const qint64 caseId = openCase(now - 3600 * 1000);
    classify(caseId, QStringLiteral("question"), QStringLiteral("ho_tich"), QString(),
        QStringLiteral("32002"));
    Gui::RoutingDialog dialog(m_store.get(), caseId);
    dialog.setActor(QStringLiteral("lan"));
    dialog.setNow(now);
    QVERIFY(dialog.selectAgency(QStringLiteral("SO_TP"))); // staff override the suggestion
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))
        ->setPlainText(QStringLiteral("Nhờ Sở hướng dẫn trường hợp có yếu tố nước ngoài"));
    dialog.setDueDate(QDate(2026, 12, 8));
    dialog.setConfirm([](const QString &, const QString &) { return true; });
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.transferId() > 0);

    Store::CaseWork work(*m_store);
    const auto transfers = work.transfers(caseId);
    QCOMPARE(transfers.size(), 1);
    const Store::Transfer &t = transfers.constFirst();
    QCOMPARE(t.id, dialog.transferId());
    QCOMPARE(t.agencyCode, QStringLiteral("SO_TP"));
    QCOMPARE(t.note, QStringLiteral("Nhờ Sở hướng dẫn trường hợp có yếu tố nước ngoài"));
    QCOMPARE(t.routedAtMs, now);
    QCOMPARE(t.routedBy, QStringLiteral("lan"));
    // The end of the due day in Vietnam.
    QCOMPARE(t.dueAtMs, vn(2026, 12, 9, 0) - 1);
    QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::AwaitingAgency);
    QCOMPARE(m_store->caseById(caseId)->agencyCode, QStringLiteral("SO_TP"));
    QVERIFY(kinds(m_store->caseEvents(caseId)).contains(QStringLiteral("routed")));
}

void TestRoutingDialog::reRoutingAddsHop()
{
    const qint64 now = vn(2026, 11, 27, 10);
    const qint64 caseId = openCase(now - 3600 * 1000);
    Store::CaseWork work(*m_store);
    QVERIFY(
        work.route(caseId, QStringLiteral("SO_TP"), QString(), 0, QStringLiteral("lan"), now - 1000)
        > 0);
    Gui::RoutingDialog dialog(m_store.get(), caseId);
    dialog.setNow(now);
    QLabel *open = label(&dialog, "openTransferLabel");
    QVERIFY(!open->isHidden());
    QVERIFY2(
        open->text().contains(QStringLiteral("Sở Tư pháp tỉnh Cà Mau")), qPrintable(open->text()));
    QVERIFY(dialog.selectAgency(QStringLiteral("UBND_32002")));
    QVERIFY2(dialog.route(), qPrintable(dialog.lastError()));
    const auto transfers = work.transfers(caseId);
    QCOMPARE(transfers.size(), 2);
    QCOMPARE(transfers.at(1).agencyCode, QStringLiteral("UBND_32002"));
    QCOMPARE(work.openTransfer(caseId)->id, dialog.transferId());
}

void TestRoutingDialog::agencyAnswerWithDocuments()
{
    const qint64 now = vn(2026, 11, 27, 10);
    const qint64 caseId = openCase(now - 3600 * 1000);
    Store::CaseWork work(*m_store);
    const qint64 first = work.route(
        caseId, QStringLiteral("SO_TP"), QString(), 0, QStringLiteral("lan"), now - 2000);
    const qint64 second = work.route(caseId, QStringLiteral("UBND_32002"),
        QStringLiteral("Nhờ phường trả lời"), 0, QStringLiteral("lan"), now - 1000);
    QVERIFY(first > 0 && second > first);

    // Two documents with the same name from different folders, one picked twice.
    const QString letter = writeFile(QStringLiteral("in/a/cong-van.pdf"), "%PDF-1.4 first");
    const QString other = writeFile(QStringLiteral("in/b/cong-van.pdf"), "%PDF-1.4 second");
    QVERIFY(!letter.isEmpty() && !other.isEmpty());

    Gui::AgencyAnswerDialog dialog(m_store.get(), caseId);
    dialog.setActor(QStringLiteral("minh"));
    dialog.setNow(now);
    QVERIFY(dialog.hasOpenTransfer());
    QCOMPARE(dialog.transferId(), second); // the latest hop first
    QVERIFY2(label(&dialog, "transferNoteLabel")->text().contains(QStringLiteral("Nhờ phường")),
        qPrintable(label(&dialog, "transferNoteLabel")->text()));
    QVERIFY(dialog.selectTransfer(first));
    dialog.setAnswerText(QStringLiteral("Sở Tư pháp hướng dẫn: nộp hồ sơ tại UBND phường."));
    dialog.addFiles({letter, other, letter});
    QCOMPARE(dialog.files().size(), 2);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto transfers = work.transfers(caseId);
    const Store::Transfer &answered = transfers.at(0);
    QCOMPARE(answered.id, first);
    QCOMPARE(answered.answeredAtMs, now);
    QCOMPARE(answered.recordedBy, QStringLiteral("minh"));
    QCOMPARE(
        answered.answerText, QStringLiteral("Sở Tư pháp hướng dẫn: nộp hồ sơ tại UBND phường."));
    QCOMPARE(answered.answerFiles, dialog.storedFiles());
    QCOMPARE(answered.answerFiles.size(), 2);
    const QString folder
        = Gui::AgencyAnswerDialog::attachmentsDir(*m_store, m_store->caseById(caseId)->code, first);
    QVERIFY(folder.startsWith(m_dir->path()));
    QCOMPARE(QFileInfo(answered.answerFiles.at(0)).absolutePath(), QDir(folder).absolutePath());
    QCOMPARE(QFileInfo(answered.answerFiles.at(0)).fileName(), QStringLiteral("cong-van.pdf"));
    QCOMPARE(QFileInfo(answered.answerFiles.at(1)).fileName(), QStringLiteral("cong-van (2).pdf"));
    for (int i = 0; i < 2; ++i) {
        QFile copy(answered.answerFiles.at(i));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray(i == 0 ? "%PDF-1.4 first" : "%PDF-1.4 second"));
    }
    QVERIFY(QFile::exists(letter)); // copied, not moved
    QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::AgencyAnswered);
    QCOMPARE(work.openTransfer(caseId)->id, second); // the other hop still waits
}

void TestRoutingDialog::agencyAnswerNeedsContent()
{
    const qint64 caseId = openCase(vn(2026, 11, 25));
    Store::CaseWork work(*m_store);
    QVERIFY(work.route(caseId, QStringLiteral("SO_TP"), QString(), 0, QStringLiteral("lan"),
                vn(2026, 11, 25, 10))
        > 0);
    Gui::AgencyAnswerDialog dialog(m_store.get(), caseId);
    dialog.setAnswerText(QStringLiteral("   "));
    QVERIFY(!dialog.record());
    QVERIFY(!dialog.lastError().isEmpty());
    QVERIFY(work.openTransfer(caseId));
    // A missing document is refused before anything is written.
    dialog.addFiles({m_dir->filePath(QStringLiteral("missing.pdf"))});
    QVERIFY(!dialog.record());
    QVERIFY2(
        dialog.lastError().contains(QStringLiteral("missing.pdf")), qPrintable(dialog.lastError()));
    QVERIFY(work.openTransfer(caseId));
    QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::AwaitingAgency);
}

void TestRoutingDialog::agencyAnswerWithoutOpenTransfer()
{
    const qint64 caseId = openCase(vn(2026, 11, 25));
    Gui::AgencyAnswerDialog dialog(m_store.get(), caseId);
    QVERIFY(!dialog.hasOpenTransfer());
    QCOMPARE(dialog.transferId(), 0);
    QVERIFY(!dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                 ->button(QDialogButtonBox::Ok)
                 ->isEnabled());
    dialog.setAnswerText(QStringLiteral("x"));
    QVERIFY(!dialog.record());
}

void TestRoutingDialog::caseMenuFollowsCase()
{
    const qint64 caseId = openCase(vn(2026, 11, 25));
    QWidget window;
    Gui::CaseActions actions(m_store.get(), &window);
    auto enabled = [&actions] {
        return QList<bool> {actions.routeAction()->isEnabled(),
            actions.agencyAnswerAction()->isEnabled(), actions.printSlipAction()->isEnabled(),
            actions.saveSlipAction()->isEnabled()};
    };
    QCOMPARE(enabled(), (QList<bool> {false, false, false, false}));
    actions.setCase(caseId);
    QCOMPARE(enabled(), (QList<bool> {true, false, false, false}));
    QVERIFY(actions.slipHtml().isEmpty());

    Store::CaseWork work(*m_store);
    const qint64 transfer = work.route(caseId, QStringLiteral("UBND_32002"), QString(),
        vn(2026, 12, 4, 23, 59), QStringLiteral("lan"), vn(2026, 11, 27, 10));
    QVERIFY(transfer > 0);
    actions.updateActions();
    QCOMPARE(enabled(), (QList<bool> {true, true, true, true}));
    QVERIFY(work.recordAgencyAnswer(
        transfer, QStringLiteral("Đã hướng dẫn"), {}, QStringLiteral("lan"), vn(2026, 11, 30)));
    actions.updateActions();
    QCOMPARE(enabled(), (QList<bool> {true, false, true, true}));

    const QString code = m_store->caseById(caseId)->code;
    QVERIFY(actions.slipFileName().startsWith(code));
    QVERIFY(actions.slipFileName().endsWith(QStringLiteral("01.pdf")));
    const QString pdf = m_dir->filePath(actions.slipFileName());
    QString error;
    QVERIFY2(actions.saveSlip(pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    actions.setCase(0);
    QCOMPARE(enabled(), (QList<bool> {false, false, false, false}));
}

void TestRoutingDialog::recallFromTheCaseMenu_data()
{
    QTest::addColumn<int>("afterMinutes");
    QTest::addColumn<bool>("recalled");
    QTest::addRow("4 minutes later") << 4 << true;
    QTest::addRow("10 minutes later") << 10 << true;
    QTest::addRow("12 minutes later: refused") << 12 << false;
}

void TestRoutingDialog::recallFromTheCaseMenu()
{
    QFETCH(int, afterMinutes);
    QFETCH(bool, recalled);
    const qint64 routedAt = vn(2026, 11, 27, 10);
    const qint64 caseId = openCase(routedAt - 3600 * 1000);
    const QString code = m_store->caseById(caseId)->code;
    Store::CaseWork work(*m_store);
    QVERIFY(
        work.route(caseId, QStringLiteral("SO_TP"), QString(), 0, QStringLiteral("lan"), routedAt)
        > 0);
    QWidget window;
    Gui::CaseActions actions(m_store.get(), &window);
    actions.setActor(QStringLiteral("minh"));
    actions.setCase(caseId);
    QVERIFY(actions.recallAction()->isEnabled());
    // The side panel says until when, while it can.
    Gui::TransferListWidget list(m_store.get());
    list.setNow([&] { return routedAt + afterMinutes * 60000LL; });
    list.showCase(caseId);
    QCOMPARE(list.hopLabel(0)->text().contains(QStringLiteral("recalled until 10:10")), recalled);

    QString message;
    QCOMPARE(actions.recallLatest(routedAt + afterMinutes * 60000LL, &message), recalled);
    if (recalled) {
        QVERIFY2(message.contains(code) && message.contains(QStringLiteral("Sở Tư pháp")),
            qPrintable(message));
        QVERIFY(work.transfers(caseId).isEmpty());
        QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::New);
        actions.updateActions();
        QVERIFY(!actions.recallAction()->isEnabled());
    } else {
        QCOMPARE(message, Store::recallRefusalText(Store::RecallRefusal::TooLate, 10));
        QVERIFY2(message.contains(QStringLiteral("10 minute")), qPrintable(message));
        QCOMPARE(work.transfers(caseId).size(), 1);
        QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::AwaitingAgency);
    }
}

void TestRoutingDialog::resolvePanelShowsTheRatingQuestion()
{
    const qint64 caseId = openCase(Core::nowMs() - 3600 * 1000);
    const QString code = m_store->caseById(caseId)->code;
    Store::Outbox outbox(*m_store);
    Store::OutboxPart part;
    part.text = QStringLiteral("Chị nộp hồ sơ tại phường An Xuyên.");
    const qint64 reply = outbox
                             .enqueue(caseId, {part}, Store::OutboxPurpose::Reply,
                                 QStringLiteral("lan"), Core::nowMs())
                             .value(0);
    QVERIFY(outbox.markSending(reply, Core::nowMs()));
    QVERIFY(outbox.markSent(reply, QStringLiteral("z1"), Core::nowMs()));

    Gui::ResolvePanel panel(m_store.get());
    panel.setActor(QStringLiteral("minh"));
    panel.showCase(caseId);
    QVERIFY(!panel.isHidden());
    QVERIFY2(panel.planLabel()->text().contains(QStringLiteral("will be sent when the case is "
                                                               "marked resolved")),
        qPrintable(panel.planLabel()->text()));
    QVERIFY(panel.askCheck()->isChecked());

    // Withheld by a click: recorded, and the panel says so.
    panel.askCheck()->click();
    Store::CaseWork work(*m_store);
    QVERIFY(work.ratingPlan(caseId, Core::nowMs()).withheld);
    QCOMPARE(work.ratingPlan(caseId, Core::nowMs()).withheldBy, QStringLiteral("minh"));
    QTRY_VERIFY2(panel.planLabel()->text().contains(QStringLiteral("withheld")),
        qPrintable(panel.planLabel()->text()));
    panel.askCheck()->click(); // allowed again
    QVERIFY(!work.ratingPlan(caseId, Core::nowMs()).withheld);

    QString asked;
    const QString done = Gui::ResolvePanel::resolveCase(m_store.get(), caseId,
        QStringLiteral("minh"), &panel, [&asked](const QString &, const QString &text) {
            asked = text;
            return true;
        });
    QVERIFY2(
        asked.contains(code) && asked.contains(QStringLiteral("asked to rate")), qPrintable(asked));
    QVERIFY2(done.contains(code) && done.contains(QStringLiteral("rating question is queued")),
        qPrintable(done));
    int questions = 0;
    for (const auto &item : outbox.forCase(caseId)) {
        questions += item.purpose == Store::OutboxPurpose::RatingRequest ? 1 : 0;
    }
    QCOMPARE(questions, 1);
    QTRY_VERIFY2(panel.planLabel()->text().contains(QStringLiteral("Resolved")),
        qPrintable(panel.planLabel()->text()));
    QVERIFY(!panel.askCheck()->isEnabled()); // asked: nothing left to withhold
}

void TestRoutingDialog::transferListShowsHops()
{
    const qint64 caseId = openCase(vn(2026, 11, 25));
    Store::CaseWork work(*m_store);
    Gui::TransferListWidget list(m_store.get());
    list.showCase(caseId);
    QVERIFY(list.hopLabel(0)->text().contains(QStringLiteral("Not sent")));

    const qint64 first = work.route(caseId, QStringLiteral("SO_TP"), QStringLiteral("Nhờ Sở xem"),
        vn(2026, 12, 2, 23, 59), QStringLiteral("lan"), vn(2026, 11, 25, 10));
    const QString document = writeFile(QStringLiteral("tra-loi.pdf"), "%PDF-1.4");
    QVERIFY(work.recordAgencyAnswer(first, QStringLiteral("Sở đã trả lời <ngắn>"), {document},
        QStringLiteral("lan"), vn(2026, 11, 27, 14)));
    QVERIFY(work.route(caseId, QStringLiteral("UBND_32002"), QString(), vn(2026, 12, 4, 23, 59),
                QStringLiteral("lan"), vn(2026, 11, 28, 9))
        > 0);
    list.setNow([] { return vn(2026, 12, 1); });
    list.refresh();
    QCOMPARE(list.transfers().size(), 2);
    const QString hop1 = list.hopLabel(0)->text();
    QVERIFY2(hop1.contains(QStringLiteral("Sở Tư pháp tỉnh Cà Mau")), qPrintable(hop1));
    QVERIFY(hop1.contains(QStringLiteral("Sở đã trả lời &lt;ngắn&gt;")));
    QVERIFY(hop1.contains(QStringLiteral("tra-loi.pdf")));
    QVERIFY(hop1.contains(QStringLiteral("Answered 27/11/2026")));
    const QString hop2 = list.hopLabel(1)->text();
    QVERIFY2(hop2.contains(QStringLiteral("due 04/12/2026")), qPrintable(hop2));
    QVERIFY(!hop2.contains(QStringLiteral("Overdue")));
    list.setNow([] { return vn(2026, 12, 7); });
    QVERIFY2(list.hopLabel(1)->text().contains(QStringLiteral("Overdue")),
        qPrintable(list.hopLabel(1)->text()));
    list.showCase(0);
    QVERIFY(list.isHidden());
}

void TestRoutingDialog::caseViewShowsTransfers()
{
    const qint64 caseId = openCase(vn(2026, 11, 25));
    Gui::CaseView view(m_store.get(), nullptr);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.transferList()->isHidden());
    view.showCase(caseId);
    QVERIFY(view.transferList()->isVisible());
    QVERIFY(view.transferList()->transfers().isEmpty());
    // Routed from a dialog: the store's notification brings the hop into the side panel.
    QVERIFY(Store::CaseWork(*m_store).route(caseId, QStringLiteral("UBND_32002"), QString(), 0,
                QStringLiteral("lan"), vn(2026, 11, 26))
        > 0);
    QTRY_COMPARE(view.transferList()->transfers().size(), 1);
    QVERIFY(view.transferList()->hopLabel(0)->text().contains(
        QStringLiteral("Ủy ban nhân dân phường An Xuyên")));
    QVERIFY(view.grab().save(
        QStringLiteral(DESK_TEST_OUTPUT_DIR) + QStringLiteral("/case-view-transfers.png")));
}

void TestRoutingDialog::pictures()
{
    const qint64 now = vn(2026, 11, 27, 10);
    const qint64 caseId = openCase(now - 3600 * 1000);
    classify(caseId, QStringLiteral("question"), QStringLiteral("ho_tich"),
        QStringLiteral("1.001193"), QStringLiteral("32002"));
    Store::CaseWork work(*m_store);
    QVERIFY(work.route(caseId, QStringLiteral("SO_TP"), QStringLiteral("Nhờ Sở hướng dẫn"), 0,
                QStringLiteral("lan"), now - 1000)
        > 0);
    const QString dir = QStringLiteral(DESK_TEST_OUTPUT_DIR);

    Gui::RoutingDialog routing(m_store.get(), caseId);
    routing.setNow(now);
    routing.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))
        ->setPlainText(QStringLiteral("Đề nghị phường hướng dẫn công dân nộp hồ sơ trực tuyến."));
    routing.show();
    QVERIFY(QTest::qWaitForWindowExposed(&routing));
    QVERIFY(routing.grab().save(dir + QStringLiteral("/routing-dialog.png")));

    Gui::AgencyAnswerDialog answer(m_store.get(), caseId);
    answer.setAnswerText(QStringLiteral("Sở Tư pháp trả lời: công dân nộp hồ sơ đăng ký khai sinh "
                                        "tại UBND phường An Xuyên hoặc trên Cổng Dịch vụ công."));
    answer.addFiles({writeFile(QStringLiteral("cong-van-so-tu-phap.pdf"), "%PDF")});
    answer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&answer));
    QVERIFY(answer.grab().save(dir + QStringLiteral("/agency-answer-dialog.png")));
    QVERIFY(answer.record());

    Gui::TransferListWidget list(m_store.get());
    list.showCase(caseId);
    list.resize(300, list.sizeHint().height());
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QVERIFY(list.grab().save(dir + QStringLiteral("/transfer-list.png")));
}

void TestRoutingDialog::picturesInVietnameseAt1366x768()
{
    // Last: the translation stays installed.
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    const qint64 now = Core::nowMs();
    const qint64 caseId = openCase(now - 3600 * 1000);
    classify(caseId, QStringLiteral("question"), QStringLiteral("ho_tich"),
        QStringLiteral("1.001193"), QStringLiteral("32002"));
    const QString dir = QStringLiteral(DESK_TEST_OUTPUT_DIR);
    Gui::RoutingDialog routing(m_store.get(), caseId);
    routing.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))
        ->setPlainText(QStringLiteral("Đề nghị phường hướng dẫn công dân nộp hồ sơ trực tuyến."));
    routing.show();
    QVERIFY(QTest::qWaitForWindowExposed(&routing));
    const QSize size = routing.frameGeometry().size();
    QVERIFY2(size.width() <= 1366 && size.height() <= 768 - 40, // room for the taskbar
        qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
    QVERIFY(routeButton(&routing)->isEnabled()); // the suggestion, its reason beside it
    QCOMPARE(routeButton(&routing)->text(), QStringLiteral("&Chuyển..."));
    const auto labels = routing.findChildren<QLabel *>();
    for (const QLabel *shown : labels) {
        if (shown->isVisible() && shown->wordWrap() && !shown->text().isEmpty()) {
            QVERIFY2(shown->height() >= shown->heightForWidth(shown->width()),
                qPrintable(shown->text()));
        }
    }
    QVERIFY(routing.grab().save(dir + QStringLiteral("/routing-dialog-vi.png")));

    // The nothing-chosen state (the search hides the suggestion).
    routing.findChild<QLineEdit *>(QStringLiteral("agencyFilterEdit"))
        ->setText(QStringLiteral("Sở"));
    QVERIFY(!routeButton(&routing)->isEnabled());
    QVERIFY(routing.grab().save(dir + QStringLiteral("/routing-dialog-none-vi.png")));

    // The confirmation, as the question box shows it.
    routing.findChild<QLineEdit *>(QStringLiteral("agencyFilterEdit"))->clear();
    QVERIFY(routing.selectAgency(QStringLiteral("UBND_32002")));
    QMessageBox box(QMessageBox::Question, QStringLiteral("?"), routing.summaryText());
    box.setTextFormat(Qt::PlainText);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QVERIFY(box.grab().save(dir + QStringLiteral("/routing-confirm-vi.png")));

    Gui::ResolvePanel panel(m_store.get());
    panel.showCase(caseId);
    panel.resize(300, panel.sizeHint().height());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.grab().save(dir + QStringLiteral("/resolve-panel-vi.png")));
}

DESK_TEST_MAIN(TestRoutingDialog)
#include "tst_routingdialog.moc"
