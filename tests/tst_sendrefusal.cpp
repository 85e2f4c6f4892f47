// SPDX-License-Identifier: GPL-3.0-or-later
// Every refusal Zalo gives a consultation message, through the outbox: -230 (7 days passed),
// -232 (no interaction, or expired), -213 (not following), -227 (account banned or inactive),
// -244 (message type restricted). The reply stops at its first part, nothing reaches the
// citizen, the case history has the refusal, and staff read in Vietnamese what to do next,
// with the citizen's phone number when the desk knows one. Transient failures (-32, HTTP 503,
// Zalo's "not now") are retried with back-off and then sent exactly once. The same through
// advisory-desk-cli `reply`, which exits 5 with the reason. Simulator over HTTP on 127.0.0.1,
// real SQLite files; the CLI keeps its secrets in the real keychain (tools/with-keyring.sh).
#include "app/translations.h"
#include "store/casework.h"
#include "store/outbox.h"
#include "support/clifixtures.h"
#include "support/deskfixtures.h"
#include "support/storefixtures.h"
#include "support/testmain.h"
#include "zalo/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QtTest>
#include <algorithm>

using namespace Desk;
using namespace Desk::TestSupport;

/** Which citizen a row needs (each citizen serves one row only). */
enum class Pick {
    OldWithPhone, // last wrote more than 7 days ago; phone in the Zalo profile
    OldWithoutPhone,
    RecentWithPhone, // writes now; phone in the Zalo profile
    RecentWithoutPhone,
    RecentWritesPhone, // writes now, giving a phone number in the message; none in the profile
};
Q_DECLARE_METATYPE(Pick)

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

/** code, pick, setBySimulator (false: Zalo's own rule gives the code). */
void addRefusalColumns()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<Pick>("pick");
    QTest::addColumn<bool>("setBySimulator");
}

const QString kWrittenPhone = QStringLiteral("0913456789");

QStringList receivedTexts(const QList<Sim::SentMessage> &sent, const QString &citizen)
{
    QStringList result;
    for (const auto &message : sent) {
        if (message.userId == citizen) {
            result << QJsonDocument::fromJson(message.body)
                          .object()
                          .value(QStringLiteral("message"))
                          .toObject()
                          .value(QStringLiteral("text"))
                          .toString();
        }
    }
    return result;
}

/** Zalo's phone in the profile (84xxxxxxxxx) as staff dial it. */
QString nationalPhone(const QString &phone)
{
    return phone.startsWith(QLatin1String("84")) ? QLatin1Char('0') + phone.mid(2) : phone;
}

} // namespace

class TestSendRefusal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusalStopsTheReply_data();
    void refusalStopsTheReply();
    void paidReplyWithoutZcaIsExplained_data();
    void paidReplyWithoutZcaIsExplained();
    void rateLimitIsRetriedAfterBackOff();
    void serverErrorIsCheckedThenSent();
    void notNowIsQueuedAgainWithBackOff();
    void cliReplyExplainsRefusal_data();
    void cliReplyExplainsRefusal();

private:
    /** A citizen for `pick` who has not served another row; writes now if the pick is recent. */
    QString citizenFor(Pick pick);
    /** The phone number staff should be shown for `citizen` ('' when the desk has none). */
    QString expectedPhone(const QString &citizen, Pick pick);
    /** Queues a reply of `texts` on the citizen's case; returns the row ids. */
    QVector<qint64> queue(const QString &citizen, const QStringList &texts);
    /** Checks the wording of a refusal in both catalogues; `vi` is what staff were shown. */
    void checkAdvice(const QString &vi, int code, const QString &phone);
    void checkSentOnce(
        const QString &citizen, const QVector<qint64> &ids, const QStringList &expected);

    SimDesk m_desk;
    QHash<QString, qint64> m_lastInbound; // citizen -> as the first sync stored it
    QSet<QString> m_used;
    QString m_cliProfile;
};

void TestSendRefusal::initTestCase()
{
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    Sim::SimConfig config;
    config.citizens = 40;
    config.rateLimitPerMinute = 0;
    QVERIFY(m_desk.start(config));
    for (const auto &summary : m_desk.store().cases(Store::CaseFilter(), 0, 1000)) {
        m_lastInbound.insert(summary.citizenId, summary.lastInboundAtMs);
    }
    QCOMPARE(m_lastInbound.size(), config.citizens);

    // A second desk on the same OA, driven through the CLI.
    QVERIFY(QFileInfo::exists(QStringLiteral(DESK_CLI_PATH)));
#ifndef Q_OS_WIN // Windows: the Credential Manager, no D-Bus
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run through tools/with-keyring.sh: the CLI keeps secrets in the real keychain");
#endif
    m_cliProfile = m_desk.filePath(QStringLiteral("cli-profile"));
    const CliRun run = runCli(setupArguments(m_cliProfile, m_desk.sim()));
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestSendRefusal::cleanupTestCase()
{
    Desk::installTranslations(QStringLiteral("vi"));
}

QString TestSendRefusal::citizenFor(Pick pick)
{
    const qint64 windowStart = m_desk.sim().nowMs() - 7 * kDayMs - 3600 * 1000;
    const bool old = pick == Pick::OldWithPhone || pick == Pick::OldWithoutPhone;
    const bool phone = pick == Pick::OldWithPhone || pick == Pick::RecentWithPhone;
    // A citizen who writes now is recent whenever they wrote before: the old ones are kept
    // for the rows that need them and taken last.
    for (const bool takeOld : {old, true}) {
        for (const QString &citizen : m_desk.sim().citizenIds()) {
            const auto known = m_desk.store().citizen(citizen);
            if (m_used.contains(citizen) || !known || !m_lastInbound.contains(citizen)
                || (m_lastInbound.value(citizen) < windowStart) != takeOld
                || known->phone.isEmpty() == phone) {
                continue;
            }
            m_used.insert(citizen);
            if (!old) {
                m_desk.sim().injectInbound(citizen,
                    pick == Pick::RecentWritesPhone
                        ? QStringLiteral("Nhờ tổ tư vấn gọi lại giúp tôi, số điện thoại của tôi "
                                         "là 0913 456 789.")
                        : QStringLiteral("Cho tôi hỏi đăng ký kết hôn cần giấy tờ gì?"));
            }
            return citizen;
        }
    }
    return {};
}

QString TestSendRefusal::expectedPhone(const QString &citizen, Pick pick)
{
    if (pick == Pick::RecentWritesPhone) {
        return kWrittenPhone;
    }
    const auto known = m_desk.store().citizen(citizen);
    return known ? nationalPhone(known->phone) : QString();
}

QVector<qint64> TestSendRefusal::queue(const QString &citizen, const QStringList &texts)
{
    QVector<Store::OutboxPart> parts;
    for (const QString &text : texts) {
        Store::OutboxPart part;
        part.text = text;
        parts.append(part);
    }
    const qint64 caseId = onlyCaseOf(m_desk.store(), citizen).id;
    return Store::Outbox(m_desk.store())
        .enqueue(caseId, parts, Store::OutboxPurpose::Reply, QStringLiteral("lan.nt"),
            m_desk.sim().nowMs());
}

void TestSendRefusal::checkAdvice(const QString &vi, int code, const QString &phone)
{
    const Zalo::ApiError error = Zalo::ApiError::make(Zalo::ErrorKind::Api, QString(), code);
    QCOMPARE(vi, Zalo::staffMessage(error, phone));
    QVERIFY(Desk::installTranslations(QStringLiteral("en")));
    const QString en = Zalo::staffMessage(error, phone);
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));

    // What to do next, in the source wording.
    const bool window = code == -230 || code == -232;
    if (!phone.isEmpty()) {
        QVERIFY2(en.contains(QStringLiteral("Call the citizen on ") + phone), qPrintable(en));
    } else if (window) {
        QVERIFY2(en.contains(QLatin1String("no phone number")), qPrintable(en));
    } else {
        QVERIFY2(en.contains(QLatin1String("phone")), qPrintable(en));
    }
    if (window) {
        QVERIFY2(en.contains(QLatin1String("ZBS template message")), qPrintable(en));
        QVERIFY2(en.contains(QLatin1String("send the reply again")), qPrintable(en));
    }
    QVERIFY2(!en.contains(QLatin1String("error ")), "a known refusal is explained, not numbered");

    // What staff read: Vietnamese once the catalogue has the sentence.
    if (vi == en) {
        qWarning("not translated yet (Vietnamese catalogue): %s", qPrintable(en));
        return;
    }
    // "gọi điện cho công dân" (call them) or "số điện thoại" (no number known).
    QVERIFY2(vi.contains(QStringLiteral("gọi điện")) || vi.contains(QStringLiteral("điện thoại")),
        qPrintable(vi));
    if (!phone.isEmpty()) {
        QVERIFY2(vi.contains(phone), qPrintable(vi));
    }
    if (window) {
        QVERIFY2(vi.contains(QStringLiteral("tin mẫu ZBS")), qPrintable(vi));
    }
}

void TestSendRefusal::checkSentOnce(
    const QString &citizen, const QVector<qint64> &ids, const QStringList &expected)
{
    const auto sent = m_desk.sim().sentMessages();
    QCOMPARE(receivedTexts(sent, citizen), expected);
    Store::Outbox outbox(m_desk.store());
    for (int i = 0; i < ids.size(); ++i) {
        const auto row = outbox.item(ids.at(i));
        QVERIFY(row);
        QCOMPARE(row->state, Store::OutboxState::Sent);
        const auto match = std::find_if(sent.cbegin(), sent.cend(),
            [&](const Sim::SentMessage &m) { return m.messageId == row->zaloMessageId; });
        QVERIFY(match != sent.cend());
        QCOMPARE(match->userId, citizen);
    }
    const qint64 caseId = onlyCaseOf(m_desk.store(), citizen).id;
    QVERIFY(!kinds(m_desk.store().caseEvents(caseId)).contains(QStringLiteral("reply_refused")));
}

void TestSendRefusal::refusalStopsTheReply_data()
{
    addRefusalColumns();
    QTest::addRow("-230 after 7 days, phone in the Zalo profile")
        << -230 << Pick::OldWithPhone << false;
    QTest::addRow("-230 after 7 days, no phone known") << -230 << Pick::OldWithoutPhone << false;
    QTest::addRow("-232 interaction expired, phone written by the citizen")
        << -232 << Pick::RecentWritesPhone << true;
    QTest::addRow("-232 interaction expired, no phone known")
        << -232 << Pick::RecentWithoutPhone << true;
    QTest::addRow("-213 not following the OA, phone known")
        << -213 << Pick::RecentWithPhone << true;
    QTest::addRow("-213 not following the OA, no phone known")
        << -213 << Pick::RecentWithoutPhone << true;
    QTest::addRow("-227 account banned or inactive") << -227 << Pick::RecentWithPhone << true;
    QTest::addRow("-244 message type restricted") << -244 << Pick::RecentWithoutPhone << true;
}

void TestSendRefusal::refusalStopsTheReply()
{
    QFETCH(int, code);
    QFETCH(Pick, pick);
    QFETCH(bool, setBySimulator);
    const QString citizen = citizenFor(pick);
    QVERIFY2(!citizen.isEmpty(), "the seeded data has no citizen for this row");
    if (setBySimulator) {
        m_desk.sim().setRefusal(citizen, code);
    }
    QVERIFY(m_desk.sync().ok());
    const QString phone = expectedPhone(citizen, pick);
    const qint64 caseId = onlyCaseOf(m_desk.store(), citizen).id;
    QCOMPARE(Store::CaseWork(m_desk.store()).contactPhone(caseId), phone);

    const auto ids = queue(citizen,
        {QStringLiteral("Kính gửi Ông/Bà, phần 1 của câu trả lời."),
            QStringLiteral("Phần 2: Ông/Bà nộp hồ sơ tại bộ phận một cửa.")});
    QCOMPARE(ids.size(), 2);
    const qsizetype sentBefore = m_desk.sim().sentMessages().size();
    const Zalo::DrainReport report = m_desk.drain();

    QCOMPARE(report.refused, 1);
    QCOMPARE(report.sent, 0);
    QCOMPARE(report.lastErrorCode, code);
    QCOMPARE(m_desk.sim().sentMessages().size(), sentBefore);
    QVERIFY(receivedTexts(m_desk.sim().sentMessages(), citizen).isEmpty());
    Store::Outbox outbox(m_desk.store());
    for (const qint64 id : ids) {
        const auto row = outbox.item(id);
        QVERIFY(row);
        QCOMPARE(row->state, Store::OutboxState::Refused);
        QCOMPARE(row->errorCode, code);
        QCOMPARE(row->errorMessage, report.problem);
    }
    QCOMPARE(outbox.item(ids.at(1))->attempts, 0); // the second part never went out

    // The history says who refused what, and why, in staff words.
    const auto events = m_desk.store().caseEvents(caseId);
    const auto refused = std::find_if(events.cbegin(), events.cend(),
        [](const Core::CaseEvent &e) { return e.kind == QLatin1String("reply_refused"); });
    QVERIFY(refused != events.cend());
    QCOMPARE(refused->actor, QStringLiteral("zalo-oa"));
    const QJsonObject detail = QJsonDocument::fromJson(refused->detail.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("error")).toInt(), code);
    QCOMPARE(detail.value(QStringLiteral("message")).toString(), report.problem);
    QCOMPARE(detail.value(QStringLiteral("outbox_id")).toInteger(), ids.first());

    checkAdvice(report.problem, code, phone);
}

void TestSendRefusal::paidReplyWithoutZcaIsExplained_data()
{
    QTest::addColumn<bool>("funded");
    QTest::addRow("no funded Zalo Cloud Account: -320, explained") << false;
    QTest::addRow("funded: the same reply goes out") << true;
}

void TestSendRefusal::paidReplyWithoutZcaIsExplained()
{
    // Between 48 h and 7 days a reply is billed to the app's Zalo Cloud Account (§13).
    QFETCH(bool, funded);
    const qint64 now = m_desk.sim().nowMs();
    QString citizen;
    for (const QString &candidate : m_desk.sim().citizenIds()) {
        const qint64 age = now - m_lastInbound.value(candidate);
        if (!m_used.contains(candidate) && age > 2 * kDayMs + 3600 * 1000
            && age < 7 * kDayMs - 3600 * 1000) {
            citizen = candidate;
            break;
        }
    }
    QVERIFY2(!citizen.isEmpty(), "the seeded data has no citizen in the paid part");
    m_used.insert(citizen);
    Sim::SimConfig config = m_desk.sim().config();
    config.zcaFunded = funded;
    m_desk.sim().setConfig(config);
    const auto ids = queue(citizen, {QStringLiteral("Kính gửi Ông/Bà, hồ sơ đã được tiếp nhận.")});
    QCOMPARE(ids.size(), 1);
    const Zalo::DrainReport report = m_desk.drain();
    config.zcaFunded = true;
    m_desk.sim().setConfig(config);
    if (funded) {
        QCOMPARE(report.sent, 1);
        checkSentOnce(citizen, ids, {QStringLiteral("Kính gửi Ông/Bà, hồ sơ đã được tiếp nhận.")});
        return;
    }
    QCOMPARE(report.refused, 1);
    QCOMPARE(report.lastErrorCode, -320);
    QVERIFY(receivedTexts(m_desk.sim().sentMessages(), citizen).isEmpty());
    QCOMPARE(Store::Outbox(m_desk.store()).item(ids.first())->errorMessage, report.problem);
    // Staff read why and what the administrator must do, in Vietnamese.
    const QString vi = report.problem;
    QVERIFY2(vi.contains(QStringLiteral("Zalo Cloud Account")), qPrintable(vi));
    QVERIFY2(vi.contains(QStringLiteral("quản trị")), qPrintable(vi));
    QVERIFY2(vi.contains(QStringLiteral("48 giờ")), qPrintable(vi));
    QVERIFY2(!vi.contains(QStringLiteral("-320")), "explained, not numbered");
    const Zalo::ApiError lowBalance = Zalo::ApiError::make(Zalo::ErrorKind::Api, QString(), -321);
    QVERIFY(Zalo::staffMessage(lowBalance).contains(QStringLiteral("nạp tiền")));
}

void TestSendRefusal::rateLimitIsRetriedAfterBackOff()
{
    const QString citizen = citizenFor(Pick::RecentWithoutPhone);
    QVERIFY(!citizen.isEmpty());
    QVERIFY(m_desk.sync().ok());
    const QStringList parts {QStringLiteral("Phần 1 (giới hạn tần suất)."),
        QStringLiteral("Phần 2 (giới hạn tần suất).")};
    const auto ids = queue(citizen, parts);

    // One call a minute: the first part goes out, the second meets -32. Once Zalo has said
    // so, the limit is lifted; the client must wait its back-off and then send it.
    Sim::SimConfig config = m_desk.sim().config();
    const qint64 limitedBefore = m_desk.sim().stats().rateLimited;
    config.rateLimitPerMinute = 1;
    m_desk.sim().setConfig(config);
    qint64 limitedAtMs = 0;
    QTimer watch;
    watch.setInterval(10);
    connect(&watch, &QTimer::timeout, this, [&] {
        if (m_desk.sim().stats().rateLimited > limitedBefore) {
            limitedAtMs = m_desk.sim().nowMs();
            config.rateLimitPerMinute = 0;
            m_desk.sim().setConfig(config);
            watch.stop();
        }
    });
    watch.start();
    const Zalo::DrainReport report = m_desk.drain();
    watch.stop();

    QVERIFY2(limitedAtMs > 0, "Zalo never answered -32");
    QCOMPARE(report.sent, 2);
    QCOMPARE(report.refused, 0);
    checkSentOnce(citizen, ids, parts);
    const auto sent = m_desk.sim().sentMessages();
    const QString secondId = Store::Outbox(m_desk.store()).item(ids.at(1))->zaloMessageId;
    const qint64 secondAt = std::find_if(sent.cbegin(), sent.cend(), [&](const auto &m) {
        return m.messageId == secondId;
    })->timeMs;
    // ZaloClient backs off 2 s with equal jitter after the first -32: at least 1 s.
    QVERIFY2(secondAt - limitedAtMs >= 900,
        qPrintable(QStringLiteral("resent %1 ms after -32").arg(secondAt - limitedAtMs)));
    QCOMPARE(Store::Outbox(m_desk.store()).item(ids.at(1))->attempts, 1);
}

void TestSendRefusal::serverErrorIsCheckedThenSent()
{
    const QString citizen = citizenFor(Pick::RecentWithPhone);
    QVERIFY(!citizen.isEmpty());
    QVERIFY(m_desk.sync().ok());
    const QStringList parts {
        QStringLiteral("Phần 1 (lỗi 503)."), QStringLiteral("Phần 2 (lỗi 503).")};
    const auto ids = queue(citizen, parts);
    Sim::SendFaults faults;
    faults.serverErrorNext = 1;
    m_desk.sim().setSendFaults(faults);

    // A 503 may come from a gateway that passed the request on: the part stays unconfirmed
    // and waits for the next pass, which reads the conversation before sending it.
    const Zalo::DrainReport first = m_desk.drain();
    QCOMPARE(first.sent, 0);
    QCOMPARE(first.refused, 0);
    QCOMPARE(first.deferred, 1);
    QCOMPARE(Store::Outbox(m_desk.store()).item(ids.at(0))->state, Store::OutboxState::Sending);
    QCOMPARE(Store::Outbox(m_desk.store()).item(ids.at(1))->state, Store::OutboxState::Queued);
    QVERIFY(receivedTexts(m_desk.sim().sentMessages(), citizen).isEmpty());
    // Staff are told it is unconfirmed and will be checked, not that it failed.
    QVERIFY2(first.problem.contains(QStringLiteral("kiểm tra cuộc trò chuyện")),
        qPrintable(first.problem));

    const Zalo::DrainReport second = m_desk.drain();
    QCOMPARE(second.sent, 2);
    QCOMPARE(second.recovered, 0);
    checkSentOnce(citizen, ids, parts);
}

void TestSendRefusal::notNowIsQueuedAgainWithBackOff()
{
    const QString citizen = citizenFor(Pick::RecentWithoutPhone);
    QVERIFY(!citizen.isEmpty());
    QVERIFY(m_desk.sync().ok());
    const QStringList parts {
        QStringLiteral("Phần 1 (hết hạn mức)."), QStringLiteral("Phần 2 (hết hạn mức).")};
    const auto ids = queue(citizen, parts);
    // -218: the citizen's receive quota is used up for now. Not sent; try again later.
    m_desk.sim().setRefusal(citizen, -218);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Zalo::DrainReport first = m_desk.drain();
    QCOMPARE(first.sent, 0);
    QCOMPARE(first.refused, 0);
    QCOMPARE(first.deferred, 1);
    QCOMPARE(first.lastErrorCode, -218);
    Store::Outbox outbox(m_desk.store());
    auto row = outbox.item(ids.at(0));
    QCOMPARE(row->state, Store::OutboxState::Queued);
    QCOMPARE(row->errorCode, -218);
    QCOMPARE(row->attempts, 1);
    QVERIFY(row->nextAttemptAtMs >= before + 30000);
    QCOMPARE(row->errorMessage,
        Zalo::staffMessage(Zalo::ApiError::make(Zalo::ErrorKind::Api, QString(), -218)));

    // Zalo would accept it now, but the back-off is not over: nothing goes out.
    m_desk.sim().clearRefusal(citizen);
    const Zalo::DrainReport early = m_desk.drain();
    QCOMPARE(early.sent, 0);
    QVERIFY(receivedTexts(m_desk.sim().sentMessages(), citizen).isEmpty());

    // The back-off runs out (its due moment moved into the past instead of waiting 30 s).
    {
        RawConnection db(m_desk.settings().databasePath);
        QVERIFY(db.exec(QStringLiteral("UPDATE outbox SET next_attempt_at_ms = ? WHERE id = ?"),
            {QDateTime::currentMSecsSinceEpoch() - 1, ids.at(0)}));
    }
    const Zalo::DrainReport due = m_desk.drain();
    QCOMPARE(due.sent, 2);
    checkSentOnce(citizen, ids, parts);
    QCOMPARE(outbox.item(ids.at(0))->attempts, 2);
}

void TestSendRefusal::cliReplyExplainsRefusal_data()
{
    addRefusalColumns();
    QTest::addRow("-230 after 7 days, phone known") << -230 << Pick::OldWithPhone << false;
    QTest::addRow("-232 interaction expired, no phone known")
        << -232 << Pick::RecentWithoutPhone << true;
    QTest::addRow("-213 not following the OA, no phone known")
        << -213 << Pick::RecentWithoutPhone << true;
    QTest::addRow("-227 account banned or inactive, phone known")
        << -227 << Pick::RecentWithPhone << true;
    QTest::addRow("-244 message type restricted, phone known")
        << -244 << Pick::RecentWithPhone << true;
}

void TestSendRefusal::cliReplyExplainsRefusal()
{
    QFETCH(int, code);
    QFETCH(Pick, pick);
    QFETCH(bool, setBySimulator);
    const QString citizen = citizenFor(pick);
    QVERIFY(!citizen.isEmpty());
    if (setBySimulator) {
        m_desk.sim().setRefusal(citizen, code);
    }
    const QString phone = expectedPhone(citizen, pick);
    const QStringList profile {QStringLiteral("--profile"), m_cliProfile};
    CliRun run = runCli(QStringList {QStringLiteral("sync"), QStringLiteral("--once")} + profile);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = runCli(QStringList {QStringLiteral("cases"), QStringLiteral("--json")} + profile);
    QString caseCode;
    for (const QJsonValue &value : parseArray(run.out)) {
        if (value.toObject().value(QStringLiteral("citizen_id")).toString() == citizen) {
            caseCode = value.toObject().value(QStringLiteral("code")).toString();
        }
    }
    QVERIFY(!caseCode.isEmpty());

    const qsizetype sentBefore = m_desk.sim().sentMessages().size();
    run = runCli(QStringList {QStringLiteral("reply"), caseCode, QStringLiteral("--text"),
                     longReply(caseCode, 2), QStringLiteral("--json"), QStringLiteral("--as"),
                     QStringLiteral("lan.nt")}
        + profile);
    QCOMPARE(run.exitCode, 5); // ExitZalo: Zalo refused
    QCOMPARE(m_desk.sim().sentMessages().size(), sentBefore);
    const QString expected
        = Zalo::staffMessage(Zalo::ApiError::make(Zalo::ErrorKind::Api, QString(), code), phone);
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    const QJsonArray items = parseArray(run.out);
    QCOMPARE(items.size(), 2);
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("refused"));
        QCOMPARE(item.value(QStringLiteral("error_code")).toInt(), code);
        QCOMPARE(item.value(QStringLiteral("error")).toString(), expected);
    }
    // The outbox listing keeps the reason for whoever looks later.
    run = runCli(QStringList {QStringLiteral("outbox"), QStringLiteral("--json"),
                     QStringLiteral("--state"), QStringLiteral("refused")}
        + profile);
    QCOMPARE(run.exitCode, 0);
    int listed = 0;
    for (const QJsonValue &value : parseArray(run.out)) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("case")).toString() == caseCode) {
            QCOMPARE(item.value(QStringLiteral("error")).toString(), expected);
            ++listed;
        }
    }
    QCOMPARE(listed, 2);
    checkAdvice(expected, code, phone);
}

DESK_TEST_GUILESS_MAIN(TestSendRefusal)
#include "tst_sendrefusal.moc"
