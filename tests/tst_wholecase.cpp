// SPDX-License-Identifier: GPL-3.0-or-later
// One case from the citizen's first message to their rating, over HTTP against the simulator
// with a real SQLite profile: sync opens and classifies it, routing is suggested and done, the
// agency's answer (text and a PDF) is recorded, a reply rendered from a template is queued and
// sent by the sync pass, the OA receives exactly that payload, no rating question follows
// until staff mark the case resolved, the citizen's answer is recognised and stored per case,
// staff member and agency, and the history has every step with who and when.
#include "core/caseclock.h"
#include "core/ratingscale.h"
#include "core/replysplitter.h"
#include "core/templaterenderer.h"
#include "core/vietnamtime.h"
#include "store/caseautomation.h"
#include "store/casework.h"
#include "store/clocks.h"
#include "store/directory.h"
#include "store/outbox.h"
#include "support/deskfixtures.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace Desk;
using namespace Desk::TestSupport;

namespace {

const QString kStaff = QStringLiteral("lan.nt");
constexpr qint64 kClockSkewMs = 2000;
const QString kStaffName = QStringLiteral("Nguyễn Thị Lan");
const QString kQuestion = QStringLiteral(
    "Cho tôi hỏi làm giấy khai sinh cho con ở phường An Xuyên thì cần giấy tờ gì ạ?");

/** The agency's answer: long enough that the rendered reply needs two Zalo messages. */
QString agencyAnswer()
{
    QString answer = QStringLiteral(
        "Hồ sơ đăng ký khai sinh gồm: tờ khai đăng ký khai sinh theo mẫu; giấy chứng sinh do cơ "
        "sở y tế cấp; giấy tờ tùy thân của người đi đăng ký. ");
    while (answer.size() < 1900) {
        answer += QStringLiteral(
            "Người đi đăng ký nộp hồ sơ tại bộ phận một cửa của Ủy ban nhân dân phường An Xuyên "
            "hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia; kết quả được trả trong ngày. ");
    }
    return answer.trimmed();
}

QJsonObject bodyOf(const Sim::SentMessage &sent)
{
    return QJsonDocument::fromJson(sent.body).object();
}

QJsonObject textBody(const QString &userId, const QString &text, const QString &quote)
{
    QJsonObject message {{QStringLiteral("text"), text}};
    if (!quote.isEmpty()) {
        message.insert(QStringLiteral("quote_message_id"), quote);
    }
    return {{QStringLiteral("recipient"), QJsonObject {{QStringLiteral("user_id"), userId}}},
        {QStringLiteral("message"), message}};
}

/** The bytes the OA keeps for an uploaded file (GET /media/upload/<token>). */
QByteArray uploadedBytes(const QUrl &base, const QString &token)
{
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(QStringLiteral("/media/upload/") + token);
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000)) {
        return {};
    }
    return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
}

} // namespace

class TestWholeCase : public QObject
{
    Q_OBJECT
private slots:
    void fromMessageToRating_data();
    void fromMessageToRating();
};

void TestWholeCase::fromMessageToRating_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("level");
    QTest::addRow("digit 1") << QStringLiteral("1") << QStringLiteral("rat_hai_long");
    QTest::addRow("Rất hài lòng") << QStringLiteral("Rất hài lòng")
                                  << QStringLiteral("rat_hai_long");
    QTest::addRow("rat hai long, no diacritics")
        << QStringLiteral("rat hai long") << QStringLiteral("rat_hai_long");
    QTest::addRow("dạ 2") << QStringLiteral("dạ 2") << QStringLiteral("hai_long");
    QTest::addRow("hai long") << QStringLiteral("hai long") << QStringLiteral("hai_long");
    QTest::addRow("chua hai long, no diacritics")
        << QStringLiteral("chua hai long") << QStringLiteral("chua_hai_long");
}

void TestWholeCase::fromMessageToRating()
{
    QFETCH(QString, answer);
    QFETCH(QString, level);
    SimDesk desk;
    Sim::SimConfig config;
    config.citizens = 3;
    config.rateLimitPerMinute = 0;
    QVERIFY(desk.start(config));
    Store::Store &store = desk.store();
    Sim::SimulatorHost &sim = desk.sim();
    const qint64 startedAt = Core::nowMs();

    // 1. A new citizen writes to the OA; the next sync opens a case and classifies it.
    const QString citizen = QStringLiteral("7301945582260148127");
    const QString questionId = sim.injectInbound(citizen, kQuestion);
    QVERIFY(!questionId.isEmpty());
    QVERIFY(desk.sync().ok());
    const Core::CaseSummary opened = onlyCaseOf(store, citizen);
    QCOMPARE(opened.kind, QStringLiteral("question"));
    QCOMPARE(opened.areaCode, QStringLiteral("ho_tich"));
    QCOMPARE(opened.localityCode, QStringLiteral("32002"));
    QCOMPARE(opened.status, Core::CaseStatus::Classified);
    const qint64 caseId = opened.id;
    Store::CaseWork work(store);
    QVERIFY(work.classification(caseId)->rule.contains(QLatin1String("khai sinh")));

    // 2. Routing: the suggestion follows the area's commune agency for the named ward.
    Store::Directory directory(store);
    const Core::RoutingSuggestion suggestion = directory.routingSuggester().suggest(
        {opened.kind, opened.areaCode, opened.procedureCode, opened.localityCode});
    QCOMPARE(suggestion.agencyCode, QStringLiteral("UBND_32002"));
    QVERIFY(!suggestion.reason.isEmpty());
    Store::Clocks clocks(store);
    const int days
        = clocks.policy().workingDays(opened.kind, Core::ClockStep::AgencyAnswer).value_or(0);
    QVERIFY(days > 0);
    const qint64 routedAt = Core::nowMs();
    const qint64 due
        = clocks.calendar().deadline(Core::toVietnamTime(routedAt), days).toMSecsSinceEpoch();
    const qint64 transferId = work.route(caseId, suggestion.agencyCode,
        QStringLiteral("Đề nghị trả lời công dân về hồ sơ khai sinh"), due, kStaff, routedAt);
    QVERIFY2(transferId > 0, qPrintable(store.lastError()));
    Core::CaseSummary routed = *store.caseById(caseId);
    QCOMPARE(routed.status, Core::CaseStatus::AwaitingAgency);
    QCOMPARE(routed.agencyCode, QStringLiteral("UBND_32002"));
    QCOMPARE(routed.routedAtMs, routedAt);
    QVERIFY(routed.dueAtMs > 0); // the final answer's due moment
    auto transfer = work.openTransfer(caseId);
    QVERIFY(transfer);
    QCOMPARE(transfer->id, transferId);
    QCOMPARE(transfer->dueAtMs, due);
    QCOMPARE(transfer->routedBy, kStaff);

    // 3. The agency answers with a text and a signed PDF; the case comes back to the desk.
    const QString pdf = desk.filePath(QStringLiteral("huong-dan-khai-sinh.pdf"));
    QByteArray pdfBytes(
        "%PDF-1.4\n% Huong dan dang ky khai sinh\n1 0 obj<<>>endobj\ntrailer<<>>\n");
    pdfBytes += QByteArray::number(QRandomGenerator::global()->generate()) + "\n%%EOF\n";
    {
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdfBytes);
    }
    const QString answerText = agencyAnswer();
    QVERIFY(work.recordAgencyAnswer(transferId, answerText, {pdf}, kStaff, Core::nowMs()));
    QCOMPARE(store.caseById(caseId)->status, Core::CaseStatus::AgencyAnswered);
    transfer = work.transfers(caseId).constLast();
    QCOMPARE(transfer->answerText, answerText);
    QCOMPARE(transfer->answerFiles, QStringList {pdf});
    QCOMPARE(transfer->recordedBy, kStaff);

    // 4. The reply: the template that relays an agency's answer, with this case's values.
    const auto replyTemplate = directory.replyTemplate(QStringLiteral("TRA_LOI_CUA_DON_VI"));
    QVERIFY(replyTemplate);
    const auto agency = directory.agency(transfer->agencyCode);
    QVERIFY(agency);
    const Core::TemplateRenderer::Values values {
        {QStringLiteral("ho_ten"), store.citizen(citizen)->displayName},
        {QStringLiteral("ma_yeu_cau"), opened.code}, {QStringLiteral("don_vi"), agency->name},
        {QStringLiteral("noi_dung_tra_loi"), transfer->answerText},
        {QStringLiteral("can_bo"), kStaffName}};
    QString problem;
    const auto rendered
        = Core::TemplateRenderer::renderStrict(replyTemplate->body, values, &problem);
    QVERIFY2(rendered, qPrintable(problem));
    QVERIFY(rendered->contains(opened.code));
    QVERIFY(rendered->contains(agency->name));
    QVERIFY(!rendered->contains(QLatin1Char('{')));
    const QStringList pieces = Core::ReplySplitter().split(*rendered);
    QCOMPARE(pieces.size(), 2);
    QVector<Store::OutboxPart> parts;
    for (const QString &piece : pieces) {
        Store::OutboxPart part;
        part.text = piece;
        part.quoteMessageId = parts.isEmpty() ? questionId : QString(); // first part only
        parts.append(part);
    }
    Store::OutboxPart file;
    file.kind = QStringLiteral("file");
    file.filePath = pdf;
    parts.append(file);
    const auto ids = Store::Outbox(store).enqueue(
        caseId, parts, Store::OutboxPurpose::Reply, kStaff, Core::nowMs());
    QCOMPARE(ids.size(), 3);

    // 5. The next sync pass sends it: the OA received exactly these requests, in order.
    const Zalo::SyncReport replied = desk.sync();
    QVERIFY(replied.ok());
    QCOMPARE(replied.repliesSent, 3);
    QList<Sim::SentMessage> sent = sim.sentMessages();
    QCOMPARE(sent.size(), 3);
    QCOMPARE(bodyOf(sent.at(0)), textBody(citizen, pieces.at(0), questionId));
    QCOMPARE(bodyOf(sent.at(1)), textBody(citizen, pieces.at(1), QString()));
    const QJsonObject fileBody = bodyOf(sent.at(2));
    QCOMPARE(
        fileBody.keys(), (QStringList {QStringLiteral("message"), QStringLiteral("recipient")}));
    QCOMPARE(fileBody.value(QStringLiteral("recipient")).toObject(),
        (QJsonObject {{QStringLiteral("user_id"), citizen}}));
    const QJsonObject attachment = fileBody.value(QStringLiteral("message"))
                                       .toObject()
                                       .value(QStringLiteral("attachment"))
                                       .toObject();
    QCOMPARE(attachment.value(QStringLiteral("type")).toString(), QStringLiteral("file"));
    const QString token = attachment.value(QStringLiteral("payload"))
                              .toObject()
                              .value(QStringLiteral("token"))
                              .toString();
    QCOMPARE(uploadedBytes(sim.baseUrl(), token), pdfBytes);
    Store::Outbox outbox(store);
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(outbox.item(ids.at(i))->state, Store::OutboxState::Sent);
        QCOMPARE(outbox.item(ids.at(i))->zaloMessageId, sent.at(i).messageId);
    }
    const Core::CaseSummary answered = *store.caseById(caseId);
    QCOMPARE(answered.status, Core::CaseStatus::Replied);
    QVERIFY(answered.repliedAtMs > 0);
    QVERIFY(answered.agencyAnsweredAtMs > 0);

    // 6. The desk never asks for a rating by itself: the pass after the answer sends nothing.
    // Staff mark the case resolved; the next pass sends the question, once.
    const Zalo::SyncReport quiet = desk.sync();
    QVERIFY(quiet.ok());
    QCOMPARE(quiet.repliesSent, 0);
    QCOMPARE(sim.sentMessages().size(), 3);
    const Store::Resolution resolved = work.resolve(caseId, true, kStaff, Core::nowMs());
    QVERIFY2(resolved.ok(), qPrintable(work.lastError()));
    QVERIFY(resolved.ratingQueued);
    const Zalo::SyncReport asked = desk.sync();
    QVERIFY(asked.ok());
    QCOMPARE(asked.repliesSent, 1);
    sent = sim.sentMessages();
    QCOMPARE(sent.size(), 4);
    const QString question = Store::CaseAutomation::ratingQuestion(Core::RatingScale::threeLevel());
    QCOMPARE(bodyOf(sent.at(3)), textBody(citizen, question, QString()));
    QVERIFY(work.awaitingRating(caseId));
    QCOMPARE(desk.sync().repliesSent, 0);

    // 7. The citizen answers; the next sync recognises it and closes the case.
    const QString answerId = sim.injectInbound(citizen, answer);
    const Zalo::SyncReport rated = desk.sync();
    QVERIFY(rated.ok());
    QCOMPARE(rated.ratingsRecorded, 1);
    const auto rating = work.rating(caseId);
    QVERIFY(rating);
    QCOMPARE(rating->level, level);
    QCOMPARE(rating->rawText, answer);
    QCOMPARE(rating->messageId, answerId);
    QCOMPARE(rating->staff, kStaff);
    QCOMPARE(rating->agencyCode, QStringLiteral("UBND_32002"));
    const Core::CaseSummary closed = *store.caseById(caseId);
    QCOMPARE(closed.rating, level);
    QCOMPARE(closed.status, Core::CaseStatus::Closed);
    QVERIFY(!work.awaitingRating(caseId));

    // 8. The history: every step, in order, by whom, when (other rows may come between).
    const qint64 finishedAt = Core::nowMs();
    const QVector<Core::CaseEvent> events = store.caseEvents(caseId);
    struct Step
    {
        QString kind;
        QString actor;
        QString detail; // a "key":value the row's detail must hold ('' = any)
    };
    const auto to = [](const char *status) {
        return QStringLiteral("\"to\":\"%1\"").arg(QLatin1String(status));
    };
    const QVector<Step> steps {{QStringLiteral("opened"), QStringLiteral("sync"), opened.code},
        {QStringLiteral("classified"), QStringLiteral("classifier"),
            QStringLiteral("\"area\":\"ho_tich\"")},
        {QStringLiteral("status_changed"), QStringLiteral("classifier"), to("classified")},
        {QStringLiteral("routed"), kStaff, QStringLiteral("\"due_at_ms\":%1").arg(due)},
        {QStringLiteral("status_changed"), kStaff, to("awaiting_agency")},
        {QStringLiteral("agency_answered"), kStaff, QStringLiteral("\"files\":1")},
        {QStringLiteral("status_changed"), kStaff, to("agency_answered")},
        {QStringLiteral("reply_queued"), kStaff, QStringLiteral("\"parts\":3")},
        {QStringLiteral("reply_sent"), kStaff, sent.at(0).messageId},
        {QStringLiteral("reply_sent"), kStaff, sent.at(1).messageId},
        {QStringLiteral("status_changed"), kStaff, to("replied")},
        {QStringLiteral("reply_sent"), kStaff, sent.at(2).messageId},
        {QStringLiteral("resolved"), kStaff, QStringLiteral("\"rating\":\"queued\"")},
        {QStringLiteral("reply_queued"), kStaff, QStringLiteral("rating_request")},
        {QStringLiteral("reply_sent"), kStaff, sent.at(3).messageId},
        {QStringLiteral("rated"), QStringLiteral("citizen"), level},
        {QStringLiteral("status_changed"), QStringLiteral("citizen"), to("closed")}};
    int next = 0;
    qint64 previousAt = 0;
    for (const Core::CaseEvent &event : events) {
        QVERIFY2(!event.actor.isEmpty(), qPrintable(event.kind));
        QVERIFY2(event.atMs >= opened.openedAtMs && event.atMs <= finishedAt + 1000,
            qPrintable(event.kind));
        if (next < steps.size() && event.kind == steps.at(next).kind
            && event.detail.contains(steps.at(next).detail)) {
            QCOMPARE(event.actor, steps.at(next).actor);
            // reply_sent carries Zalo's sent_time: another clock than the desk's, so a little
            // skew is allowed (the simulator's runs a few ms behind).
            QVERIFY2(event.atMs >= previousAt - kClockSkewMs, qPrintable(event.kind));
            previousAt = event.atMs;
            ++next;
        }
    }
    QVERIFY2(next == steps.size(),
        qPrintable(QStringLiteral("history stops before step %1 (%2): %3")
                       .arg(next)
                       .arg(next < steps.size() ? steps.at(next).kind : QString())
                       .arg(kinds(events).join(QLatin1Char(' ')))));
    QVERIFY(opened.openedAtMs >= startedAt - 60000);
}

DESK_TEST_GUILESS_MAIN(TestWholeCase)
#include "tst_wholecase.moc"
