// SPDX-License-Identifier: GPL-3.0-or-later
// The template values the desk knows for a case, on a real SQLite file with the default
// directory: each comes from where the composer promises (profile, case, citizen's text,
// classification, transfer, clock), and what the desk does not know is left out (asked for).
#include "core/templaterenderer.h"
#include "store/casework.h"
#include "store/clocks.h"
#include "store/directory.h"
#include "store/outbox.h"
#include "store/replyvalues.h"
#include "store/store.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk;
using namespace Desk::TestSupport;

class TestReplyValues : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void knownValuesOnly();
    void agencyFollowsTheCase_data();
    void agencyFollowsTheCase();
    void recentStaffLogins();

private:
    qint64 openCase(const QString &citizen, const QString &text, const QString &name = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
    Core::Procedure m_procedure; // a default procedure with a portal link and an agency
    Core::Agency m_other; // another agency, given a phone number
};

void TestReplyValues::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store::Store>();
    QVERIFY(m_store->open(storeLocation(*m_dir, QStringLiteral("desk.sqlite"))));
    Store::Directory directory(*m_store);
    QVERIFY(directory.seedDefaults());
    Store::Clocks(*m_store).policy();
    m_procedure = {};
    for (const auto &procedure : directory.procedures()) {
        if (!procedure.portalUrl.isEmpty() && !procedure.agencyCode.isEmpty()) {
            m_procedure = procedure;
            break;
        }
    }
    QVERIFY(!m_procedure.code.isEmpty());
    m_other = {};
    for (const auto &agency : directory.agencies()) {
        if (agency.code != m_procedure.agencyCode) {
            m_other = agency;
            break;
        }
    }
    QVERIFY(!m_other.code.isEmpty());
    // The defaults carry no phone numbers yet: the administrator fills them in.
    m_other.phone = QStringLiteral("0290 3831 234");
    QVERIFY2(directory.upsert(m_other), qPrintable(directory.lastError()));
}

qint64 TestReplyValues::openCase(const QString &citizen, const QString &text, const QString &name)
{
    std::optional<Core::Citizen> profile;
    if (!name.isEmpty()) {
        profile = person(citizen, name);
    }
    const auto result = m_store->ingestConversation(
        profile, {in(citizen + QStringLiteral("-m1"), citizen, vn(2026, 11, 23, 9, 30), text)});
    return result.touchedCaseIds.isEmpty() ? 0 : *result.touchedCaseIds.begin();
}

void TestReplyValues::knownValuesOnly()
{
    const qint64 caseId = openCase(QStringLiteral("u1"),
        QStringLiteral("Hồ sơ số 000.00.32.H12-251120-0007 của tôi đã có kết quả chưa?"),
        QStringLiteral("Đỗ Thị Mai"));
    const auto summary = m_store->caseById(caseId);
    QVERIFY(summary && summary->dueAtMs > 0);
    auto values = Store::replyValues(*m_store, caseId);
    QCOMPARE(values.value(QStringLiteral("ho_ten")), QStringLiteral("Đỗ Thị Mai"));
    QCOMPARE(values.value(QStringLiteral("ma_yeu_cau")), summary->code);
    QCOMPARE(values.value(QStringLiteral("ma_ho_so")), QStringLiteral("000.00.32.H12-251120-0007"));
    QCOMPARE(values.value(QStringLiteral("ngay_tiep_nhan")), QStringLiteral("23/11/2026"));
    QCOMPARE(values.value(QStringLiteral("han_tra_loi")),
        QDateTime::fromMSecsSinceEpoch(summary->dueAtMs, QTimeZone(7 * 3600))
            .toString(QStringLiteral("dd/MM/yyyy")));
    // Not classified, not routed, no staff name: nothing guessed.
    for (const char *unknown :
        {"thu_tuc", "link_dvc", "don_vi", "so_dien_thoai_don_vi", "can_bo", "noi_dung_tra_loi"}) {
        QVERIFY2(!values.contains(QLatin1String(unknown)), unknown);
    }
    // Every key is a variable templates know, so rendering never meets a stray one.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QVERIFY2(Core::TemplateRenderer::isKnownVariable(it.key()), qPrintable(it.key()));
    }

    // A citizen without a profile name: the name is asked for, not invented.
    const qint64 anonymous = openCase(QStringLiteral("u2"), QStringLiteral("Cho hỏi"));
    QVERIFY(!Store::replyValues(*m_store, anonymous).contains(QStringLiteral("ho_ten")));
    QVERIFY(Store::replyValues(*m_store, 999999).isEmpty());
}

void TestReplyValues::agencyFollowsTheCase_data()
{
    QTest::addColumn<bool>("routed");
    QTest::addColumn<bool>("answered");
    QTest::addRow("procedure's agency") << false << false;
    QTest::addRow("open transfer") << true << false;
    QTest::addRow("agency answered") << true << true;
}

void TestReplyValues::agencyFollowsTheCase()
{
    QFETCH(bool, routed);
    QFETCH(bool, answered);
    const qint64 caseId = openCase(QStringLiteral("u3"), QStringLiteral("Cho hỏi thủ tục"));
    Store::CaseWork work(*m_store);
    Store::CaseClassification classification;
    classification.kind = QStringLiteral("question");
    classification.areaCode = m_procedure.areaCode;
    classification.procedureCode = m_procedure.code;
    QVERIFY(work.classify(caseId, classification, QStringLiteral("lan"), vn(2026, 11, 23, 10)));
    const QString answer = QStringLiteral("Hồ sơ đã được giải quyết, mời công dân nhận kết quả.");
    if (routed) {
        const qint64 transfer = work.route(caseId, m_other.code, QStringLiteral("Nhờ trả lời"), 0,
            QStringLiteral("lan"), vn(2026, 11, 23, 11));
        QVERIFY(transfer > 0);
        if (answered) {
            QVERIFY(work.recordAgencyAnswer(
                transfer, answer, {}, QStringLiteral("lan"), vn(2026, 11, 24, 9)));
        }
    }
    const auto values = Store::replyValues(*m_store, caseId);
    QCOMPARE(values.value(QStringLiteral("thu_tuc")), m_procedure.name);
    QCOMPARE(values.value(QStringLiteral("link_dvc")), m_procedure.portalUrl);
    const auto expected
        = Store::Directory(*m_store).agency(routed ? m_other.code : m_procedure.agencyCode);
    QVERIFY(expected);
    QCOMPARE(values.value(QStringLiteral("don_vi")), expected->name);
    QCOMPARE(values.value(QStringLiteral("so_dien_thoai_don_vi")), expected->phone);
    QCOMPARE(values.contains(QStringLiteral("so_dien_thoai_don_vi")), !expected->phone.isEmpty());
    QCOMPARE(values.value(QStringLiteral("noi_dung_tra_loi")), answered ? answer : QString());
}

void TestReplyValues::recentStaffLogins()
{
    const qint64 oldest = openCase(QStringLiteral("u4"), QStringLiteral("Cho hỏi"));
    openCase(QStringLiteral("u5"), QStringLiteral("Cho hỏi"));
    const qint64 newest = openCase(QStringLiteral("u6"), QStringLiteral("Cho hỏi"));
    Store::CaseWork work(*m_store);
    QVERIFY(
        work.assign(oldest, QStringLiteral("minh.tran"), QStringLiteral("lan"), vn(2026, 11, 23)));
    Store::OutboxPart part;
    part.text = QStringLiteral("Trả lời");
    Store::Outbox outbox(*m_store);
    QVERIFY(!outbox
                 .enqueue(newest, {part}, Store::OutboxPurpose::Reply, QStringLiteral("an.le"),
                     vn(2026, 11, 23))
                 .isEmpty());
    // The desk's own rating question is not somebody to assign a case to.
    QVERIFY(!outbox
                 .enqueue(newest, {part}, Store::OutboxPurpose::RatingRequest,
                     QStringLiteral("desk"), vn(2026, 11, 23))
                 .isEmpty());
    QCOMPARE(Store::recentStaffLogins(*m_store),
        (QStringList {QStringLiteral("an.le"), QStringLiteral("minh.tran")}));
    // Only the newest rows count: with a window of two, the oldest case's assignee drops out.
    QCOMPARE(Store::recentStaffLogins(*m_store, 2), QStringList {QStringLiteral("an.le")});
}

DESK_TEST_GUILESS_MAIN(TestReplyValues)
#include "tst_replyvalues.moc"
