// SPDX-License-Identifier: GPL-3.0-or-later
// `advisory-desk-cli resolve` as a real process on a real single-desk profile: the rating
// question is queued once when a case is resolved (never after only an acknowledgement or a
// request for papers), --no-rating resolves without it, a case waiting for an agency or
// already closed is refused with exit 1, and every outcome has its exit code.
#include "core/profile.h"
#include "core/vietnamtime.h"
#include "store/casework.h"
#include "store/outbox.h"
#include "support/clifixtures.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QtTest>

using namespace Desk;
using namespace Desk::TestSupport;

class TestCliResolve : public QObject
{
    Q_OBJECT
private slots:
    void exitCodes_data();
    void exitCodes();
    void helpNamesTheOptions();
    void recallWindowIsASetting_data();
    void recallWindowIsASetting();
};

void TestCliResolve::exitCodes_data()
{
    // Steps before resolving: reply / ack / interim (sent), route (no answer yet), close.
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("questions"); // rating questions in the outbox afterwards
    QTest::addColumn<QString>("statusAfter");
    const QStringList queueOnly {QStringLiteral("--queue-only")};
    QTest::addRow("answered: the question is queued")
        << "reply" << queueOnly << 0 << 1 << "replied";
    QTest::addRow("--no-rating: closed without it")
        << "reply" << QStringList {QStringLiteral("--no-rating")} << 0 << 0 << "closed";
    QTest::addRow("only an acknowledgement: closed without it")
        << "ack" << queueOnly << 0 << 0 << "closed";
    QTest::addRow("request for papers last: closed without it")
        << "reply interim" << queueOnly << 0 << 0 << "closed";
    QTest::addRow("waiting for an agency: refused")
        << "reply route" << queueOnly << 1 << 0 << "awaiting_agency";
    QTest::addRow("closed: refused") << "reply close" << queueOnly << 1 << 0 << "closed";
    QTest::addRow("unknown case") << "unknown" << queueOnly << 1 << 0 << "replied";
    QTest::addRow("no case code") << "nocode" << queueOnly << 1 << 0 << "replied";
    QTest::addRow("unknown option")
        << "reply" << QStringList {QStringLiteral("--rating=no")} << 1 << 0 << "replied";
}

void TestCliResolve::exitCodes()
{
    QFETCH(QString, steps);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(int, questions);
    QFETCH(QString, statusAfter);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = Core::Profile::open(dir.path()).databasePath();
    qint64 caseId = 0;
    QString code;
    {
        Store::Store store;
        QString error;
        QVERIFY2(store.open(database, &error), qPrintable(error));
        const qint64 t0 = Core::nowMs() - 3600 * 1000;
        const QString citizen = QStringLiteral("8400000000000000077");
        const auto ingested = store.ingestConversation(
            person(citizen, QStringLiteral("Lê Văn Tám")),
            {in(QStringLiteral("q1"), citizen, t0, QStringLiteral("Cho hỏi thủ tục khai sinh"))});
        QVERIFY(ingested.ok);
        caseId = *ingested.touchedCaseIds.cbegin();
        code = store.caseById(caseId)->code;
        Store::Outbox outbox(store);
        Store::CaseWork work(store);
        qint64 at = t0;
        for (const QString &step : steps.split(u' ', Qt::SkipEmptyParts)) {
            at += 60000;
            if (step == QLatin1String("route")) {
                QVERIFY(work.route(caseId, QStringLiteral("SO_TP"), QString(), 0,
                            QStringLiteral("lan"), at)
                    > 0);
            } else if (step == QLatin1String("close")) {
                QVERIFY(
                    store.setCaseStatus(caseId, Core::CaseStatus::Closed, QStringLiteral("lan")));
            } else if (step == QLatin1String("reply") || step == QLatin1String("ack")
                || step == QLatin1String("interim")) {
                Store::OutboxPart part;
                part.text = step;
                const qint64 id
                    = outbox
                          .enqueue(caseId, {part},
                              step == QLatin1String("reply") ? Store::OutboxPurpose::Reply
                                  : step == QLatin1String("ack")
                                  ? Store::OutboxPurpose::Acknowledgement
                                  : Store::OutboxPurpose::Interim,
                              QStringLiteral("lan"), at)
                          .value(0);
                QVERIFY(outbox.markSending(id, at));
                QVERIFY(outbox.markSent(id, QStringLiteral("z%1").arg(id), at));
            }
        }
    }
    QStringList arguments {QStringLiteral("resolve")};
    if (steps == QLatin1String("unknown")) {
        arguments << QStringLiteral("TV-2099-999999");
    } else if (steps != QLatin1String("nocode")) {
        arguments << code;
    }
    arguments << options << QStringLiteral("--profile") << dir.path();
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == exitCode,
        qPrintable(QStringLiteral("exit %1\n%2\n%3")
                       .arg(run.exitCode)
                       .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err))));
    if (exitCode == 0) {
        QVERIFY2(QString::fromUtf8(run.out).contains(code), run.out.constData());
    } else {
        QVERIFY2(!run.err.isEmpty(), "a refusal says why");
    }

    Store::Store store;
    QVERIFY(store.open(database));
    int queued = 0;
    for (const auto &item : Store::Outbox(store).forCase(caseId)) {
        queued += item.purpose == Store::OutboxPurpose::RatingRequest ? 1 : 0;
    }
    QCOMPARE(queued, questions);
    if (steps != QLatin1String("unknown") && steps != QLatin1String("nocode")) {
        QCOMPARE(Core::caseStatusKey(store.caseById(caseId)->status), statusAfter);
    }
}

void TestCliResolve::helpNamesTheOptions()
{
    const CliRun run = runCli({QStringLiteral("resolve"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--no-rating", "--profile", "--queue-only"}) {
        QVERIFY2(run.out.contains(option), option);
    }
    const CliRun usage = runCli({QStringLiteral("--help")});
    QVERIFY(usage.out.contains("resolve"));
}

void TestCliResolve::recallWindowIsASetting_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("minutes"); // the window afterwards
    QTest::addRow("25 minutes") << QStringList {QStringLiteral("--recall-minutes"),
        QStringLiteral("25")} << 0
                                << 25;
    QTest::addRow("0: routings cannot be recalled")
        << QStringList {QStringLiteral("--recall-minutes"), QStringLiteral("0")} << 0 << 0;
    QTest::addRow("negative") << QStringList {QStringLiteral("--recall-minutes"),
        QStringLiteral("-3")} << 1
                              << 10;
    QTest::addRow("not a number") << QStringList {QStringLiteral("--recall-minutes"),
        QStringLiteral("mười")} << 1
                                  << 10;
    QTest::addRow("with a case code") << QStringList {QStringLiteral("TV-2026-000001"),
        QStringLiteral("--recall-minutes"), QStringLiteral("5")}
                                      << 1 << 10;
}

void TestCliResolve::recallWindowIsASetting()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(int, minutes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliRun run = runCli(QStringList {QStringLiteral("route")} + options
        + QStringList {QStringLiteral("--profile"), dir.path()});
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    Store::Store store;
    QVERIFY(store.open(Core::Profile::open(dir.path()).databasePath()));
    QCOMPARE(Store::CaseWork(store).recallMinutes(), minutes);
}

DESK_TEST_GUILESS_MAIN(TestCliResolve)
#include "tst_cliresolve.moc"
