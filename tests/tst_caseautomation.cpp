// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic classification over a real SQLite file: every case without a kind that has a
// citizen message is classified from the citizen's messages only, whatever its status, and its
// status stays as it was (new -> classified aside). Conversations that begin with OA console
// answers are the real-OA shape (auto-replies, earlier manual answers).
#include "core/classifier.h"
#include "core/ratingscale.h"
#include "core/vietnamtime.h"
#include "store/caseautomation.h"
#include "store/casework.h"
#include "store/database.h"
#include "store/outbox.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk;
using namespace Desk::TestSupport;

namespace {

const QString kCitizen = QStringLiteral("8400000000000000001");
// What the citizen asks (hộ tịch) and what the OA says (land, complaints): the kind and area
// must come from the first.
const QString kQuestion = QStringLiteral("Cho tôi hỏi thủ tục đăng ký khai sinh cho con");
const QString kOaText = QStringLiteral(
    "Trung tâm trả lời: tranh chấp đất đai, sổ đỏ, cấp giấy chứng nhận quyền sử dụng đất do Sở "
    "Nông nghiệp và Môi trường giải quyết; đơn khiếu nại gửi Thanh tra tỉnh");

/** One conversation row: 'i' = citizen, 'o' = OA. */
using Script = QString;

Core::Message row(QChar who, int index, qint64 at)
{
    const QString id = QStringLiteral("m%1").arg(index);
    return who == QLatin1Char('i') ? in(id, kCitizen, at, kQuestion)
                                   : message(id, kCitizen, Core::Direction::Outbound, at, kOaText);
}

} // namespace

class TestCaseAutomation : public QObject
{
    Q_OBJECT
private slots:
    void init() { openFreshStore(m_dir, m_store); }

    void classifiesWhateverTheStatus_data()
    {
        QTest::addColumn<Script>("script"); // the conversation in time order
        QTest::addColumn<QString>("setStatus"); // '' = as ingest left it
        QTest::addColumn<QString>("statusAfter");
        QTest::addRow("citizen only: new becomes classified") << "ii"
                                                              << ""
                                                              << "classified";
        QTest::addRow("OA auto-reply first") << "oi"
                                             << ""
                                             << "replied";
        QTest::addRow("citizen, auto-reply, citizen again") << "ioi"
                                                            << ""
                                                            << "replied";
        QTest::addRow("earlier manual answers first") << "ooii"
                                                      << ""
                                                      << "replied";
        QTest::addRow("closed from the console") << "io"
                                                 << "closed"
                                                 << "closed";
        QTest::addRow("waiting for the citizen") << "ioi"
                                                 << "waiting_citizen"
                                                 << "waiting_citizen";
        QTest::addRow("routed") << "i"
                                << "routed"
                                << "routed";
    }
    void classifiesWhateverTheStatus()
    {
        QFETCH(Script, script);
        QFETCH(QString, setStatus);
        QFETCH(QString, statusAfter);
        QVector<Core::Message> messages;
        for (int i = 0; i < script.size(); ++i) {
            messages << row(script.at(i), i, vn(2026, 7, 1, 8) + i * 60000);
        }
        QVERIFY(m_store->ingestConversation(person(kCitizen, QStringLiteral("Lan")), messages).ok);
        Core::CaseSummary before = onlyCaseOf(*m_store, kCitizen);
        QCOMPARE(before.kind, QString());
        if (!setStatus.isEmpty()) {
            QVERIFY(m_store->setCaseStatus(
                before.id, *Core::caseStatusFromKey(setStatus), QStringLiteral("test")));
        }

        const auto report = automation().run(vn(2026, 7, 2));
        QVERIFY(report.ok);
        QCOMPARE(report.classified, 1);

        const Core::CaseSummary after = onlyCaseOf(*m_store, kCitizen);
        // From the citizen's words only: what the classifier makes of the question alone.
        const Core::Classification expected = Core::Classifier::fromDefaults().classify(
            QStringList(script.count(QLatin1Char('i')), kQuestion).join(QLatin1Char('\n')));
        // The test can tell: with the OA's words the classifier would decide otherwise.
        const Core::Classification withOa
            = Core::Classifier::fromDefaults().classify(kOaText + QLatin1Char('\n') + kQuestion);
        QVERIFY(withOa.area != expected.area || withOa.kind != expected.kind);
        QCOMPARE(after.kind, Core::caseKindKey(expected.kind));
        QCOMPARE(after.areaCode, expected.area);
        QCOMPARE(after.areaCode, QStringLiteral("ho_tich"));
        QCOMPARE(Core::caseStatusKey(after.status), statusAfter);
        // Done once: the next pass has nothing left.
        QCOMPARE(automation().run(vn(2026, 7, 2)).classified, 0);
    }

    /** A conversation with nothing from the citizen yet (an OA broadcast) waits for the
     *  citizen; their first message gets it classified. */
    void waitsForTheCitizen()
    {
        QVERIFY(m_store
                    ->ingestConversation(person(kCitizen, QStringLiteral("Lan")),
                        {row(QLatin1Char('o'), 0, vn(2026, 7, 1))})
                    .ok);
        QCOMPARE(automation().run(vn(2026, 7, 2)).classified, 0);
        QCOMPARE(onlyCaseOf(*m_store, kCitizen).kind, QString());
        QVERIFY(m_store
                    ->ingestConversation(person(kCitizen, QStringLiteral("Lan")),
                        {row(QLatin1Char('i'), 1, vn(2026, 7, 2))})
                    .ok);
        QCOMPARE(automation().run(vn(2026, 7, 3)).classified, 1);
        QCOMPARE(onlyCaseOf(*m_store, kCitizen).areaCode, QStringLiteral("ho_tich"));
    }

    /** Cases an older version left unclassified (replied, closed) are caught up, a batch per
     *  pass, through the partial index rather than a scan of every case. */
    void catchesUpInBatches()
    {
        const int count = Store::CaseAutomation::kBatch + 7;
        for (int c = 0; c < count; ++c) {
            const QString citizen = QStringLiteral("84%1").arg(c, 17, 10, QLatin1Char('0'));
            const qint64 at = vn(2026, 6, 1) + c * 1000;
            QVERIFY(m_store
                        ->ingestConversation(person(citizen, QStringLiteral("Dân %1").arg(c)),
                            {in(QStringLiteral("q%1").arg(c), citizen, at, kQuestion),
                                message(QStringLiteral("a%1").arg(c), citizen,
                                    Core::Direction::Outbound, at + 500, kOaText)})
                        .ok);
        }
        RawConnection raw(storeLocation(*m_dir, QStringLiteral("desk.sqlite")));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE kind = '' AND "
                                           "status = 'replied'"))
                     .toInt(),
            count);
        if (!onPostgres()) { // PostgreSQL plans by its statistics; the index exists there too
            const QString plan = queryPlan(Store::CaseAutomation::pendingClassificationSql());
            QVERIFY2(plan.contains(QLatin1String("cases_unclassified")), qPrintable(plan));
        }

        QCOMPARE(automation().run(vn(2026, 7, 1)).classified, Store::CaseAutomation::kBatch);
        QCOMPARE(automation().run(vn(2026, 7, 1)).classified, 7);
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE kind = ''")).toInt(), 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE status <> 'replied'"))
                     .toInt(),
            0);
    }

    /** Classifications are written kCommitEvery per transaction: the desk hears of each
     *  group once, and of every case in it. */
    void commitsInGroups()
    {
        const int count = Store::CaseAutomation::kCommitEvery + 50;
        for (int c = 0; c < count; ++c) {
            const QString citizen = QStringLiteral("84%1").arg(c, 17, 10, QLatin1Char('0'));
            QVERIFY(
                m_store
                    ->ingestConversation(person(citizen, QStringLiteral("Dân %1").arg(c)),
                        {in(QStringLiteral("q%1").arg(c), citizen, vn(2026, 6, 1) + c, kQuestion)})
                    .ok);
        }
        QSignalSpy changed(m_store.get(), &Store::Store::casesChanged);
        QCOMPARE(automation().run(vn(2026, 7, 1)).classified, count);
        QCOMPARE(changed.count(), 2);
        QSet<qint64> announced;
        for (const auto &arguments : std::as_const(changed)) {
            announced.unite(arguments.first().value<QSet<qint64>>());
        }
        QCOMPARE(announced.size(), count);
        RawConnection raw(storeLocation(*m_dir, QStringLiteral("desk.sqlite")));
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE kind = ''")).toInt(), 0);
    }

    /** The rating question is the staff's: after the first reply, an acknowledgement, a
     *  request for papers or a routing, the automation queues nothing; resolving queues it
     *  once, and the citizen's answer to it is still recognised. */
    void neverAsksForARatingByItself_data()
    {
        QTest::addColumn<QString>("purpose"); // what the desk sent, an outbox purpose key
        QTest::addColumn<bool>("routed"); // then sent to an agency (no answer yet)
        QTest::addColumn<bool>("resolvable");
        QTest::addRow("first reply") << "reply" << false << true;
        QTest::addRow("acknowledgement") << "acknowledgement" << false << false;
        QTest::addRow("request for more papers") << "interim" << false << false;
        QTest::addRow("reply, then routed") << "reply" << true << false;
    }
    void neverAsksForARatingByItself()
    {
        QFETCH(QString, purpose);
        QFETCH(bool, routed);
        QFETCH(bool, resolvable);
        const qint64 t0 = Core::nowMs() - 3600 * 1000;
        QVERIFY(m_store
                    ->ingestConversation(person(kCitizen, QStringLiteral("Lan")),
                        {in(QStringLiteral("q1"), kCitizen, t0, kQuestion)})
                    .ok);
        const qint64 caseId = onlyCaseOf(*m_store, kCitizen).id;
        Store::Outbox outbox(*m_store);
        Store::OutboxPart part;
        part.text = QStringLiteral("Chị mang CCCD đến phường.");
        const qint64 sent = outbox
                                .enqueue(caseId, {part}, Store::outboxPurposeFromKey(purpose),
                                    QStringLiteral("lan"), t0 + 60000)
                                .value(0);
        QVERIFY(outbox.markSending(sent, t0 + 60000));
        QVERIFY(outbox.markSent(sent, QStringLiteral("z1"), t0 + 60000));
        Store::CaseWork work(*m_store);
        if (routed) {
            QVERIFY(work.route(caseId, QStringLiteral("SO_TP"), QString(), 0, QStringLiteral("lan"),
                        t0 + 120000)
                > 0);
        }
        const auto questions = [&] {
            int count = 0;
            for (const auto &item : outbox.forCase(caseId)) {
                count += item.purpose == Store::OutboxPurpose::RatingRequest ? 1 : 0;
            }
            return count;
        };
        for (int pass = 0; pass < 3; ++pass) {
            QVERIFY(automation().run(Core::nowMs() + pass * 3600 * 1000).ok);
        }
        QCOMPARE(questions(), 0);

        const Store::Resolution resolution
            = work.resolve(caseId, true, QStringLiteral("lan"), Core::nowMs());
        QCOMPARE(resolution.ok(), !routed);
        QCOMPARE(resolution.ratingQueued, resolvable);
        QCOMPARE(questions(), resolvable ? 1 : 0);
        QVERIFY(automation().run(Core::nowMs()).ok);
        QCOMPARE(questions(), resolvable ? 1 : 0);
        if (!resolvable) {
            return;
        }
        // Sent, then answered with a number of the scale: recognised as before.
        qint64 question = 0;
        for (const auto &item : outbox.forCase(caseId)) {
            if (item.purpose == Store::OutboxPurpose::RatingRequest) {
                question = item.id;
            }
        }
        QVERIFY(outbox.markSending(question, t0 + 180000));
        QVERIFY(outbox.markSent(question, QStringLiteral("z2"), t0 + 180000));
        QVERIFY(m_store
                    ->ingestConversation(person(kCitizen, QStringLiteral("Lan")),
                        {in(QStringLiteral("a1"), kCitizen, t0 + 240000, QStringLiteral("1"))})
                    .ok);
        const auto report = automation().run(Core::nowMs());
        QVERIFY(report.ok);
        QCOMPARE(report.rated, 1);
        QCOMPARE(work.rating(caseId)->level,
            Core::RatingScale::threeLevel().recognise(QStringLiteral("1"))->key);
        QCOMPARE(m_store->caseById(caseId)->status, Core::CaseStatus::Closed);
    }

private:
    Store::CaseAutomation automation()
    {
        return Store::CaseAutomation(
            *m_store, Core::Classifier::fromDefaults(), Core::RatingScale::threeLevel());
    }

    /** How SQLite runs `sql` on the test's file (the details of EXPLAIN QUERY PLAN). */
    QString queryPlan(const QString &sql)
    {
        const QString name = QStringLiteral("plan");
        QString text;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(storeLocation(*m_dir, QStringLiteral("desk.sqlite")));
            QSqlQuery query(db);
            if (db.open() && query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
                query.bindValue(0, Store::CaseAutomation::kBatch);
                query.exec();
                while (query.next()) {
                    text += query.value(3).toString() + QLatin1Char('\n');
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return text;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
};

DESK_TEST_GUILESS_MAIN(TestCaseAutomation)
#include "tst_caseautomation.moc"
