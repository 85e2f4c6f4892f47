// SPDX-License-Identifier: GPL-3.0-or-later
// Real OA row shapes through a whole sync (reference §13): a seeded OA whose citizens send
// pictures typed `photo` and `image`, gifs, stickers, links with links[], locations, voice
// notes and files. The desk stores each with what it carries, nothing dropped, and search
// finds a case by a link's title, a location's address or a file's name. Simulator over HTTP
// on 127.0.0.1, real SQLite file.
#include "core/textfold.h"
#include "support/deskfixtures.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace Desk;

class TestSyncShapes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyKindIsStored_data();
    void everyKindIsStored();
    void picturesTypedPhotoAreImages();
    void searchFindsWhatTheyCarry_data();
    void searchFindsWhatTheyCarry();

private:
    /** Every stored message of `type`, with the case it was filed in. */
    QVector<QPair<qint64, Core::Message>> stored(const QString &type) const;

    TestSupport::SimDesk m_desk;
    QVector<QPair<qint64, Core::Message>> m_messages;
};

void TestSyncShapes::initTestCase()
{
    Sim::SimConfig config;
    config.citizens = 300;
    config.rateLimitPerMinute = 0;
    QVERIFY(m_desk.start(config)); // includes the first sync
    m_messages = TestSupport::storedMessages(m_desk.store());
    QVERIFY(m_messages.size() > 1000);
}

QVector<QPair<qint64, Core::Message>> TestSyncShapes::stored(const QString &type) const
{
    QVector<QPair<qint64, Core::Message>> result;
    for (const auto &entry : m_messages) {
        if (entry.second.type == type) {
            result.append(entry);
        }
    }
    return result;
}

void TestSyncShapes::everyKindIsStored_data()
{
    // type, and what each must carry: url, thumbnail, name (file name / title / address).
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("url");
    QTest::addColumn<bool>("thumb");
    QTest::addColumn<bool>("name");
    QTest::addRow("image") << "image" << true << true << false;
    QTest::addRow("gif") << "gif" << true << true << false;
    QTest::addRow("sticker") << "sticker" << true << true << false;
    QTest::addRow("link") << "link" << true << true << true;
    QTest::addRow("location") << "location" << true << false << true;
    QTest::addRow("voice") << "voice" << true << false << false;
    QTest::addRow("file") << "file" << true << false << true;
}

void TestSyncShapes::everyKindIsStored()
{
    QFETCH(QString, type);
    QFETCH(bool, url);
    QFETCH(bool, thumb);
    QFETCH(bool, name);
    const auto messages = stored(type);
    QVERIFY2(!messages.isEmpty(), qPrintable(type));
    for (const auto &[caseId, message] : messages) {
        Q_UNUSED(caseId)
        QCOMPARE(!message.url.isEmpty(), url);
        QCOMPARE(!message.thumbUrl.isEmpty(), thumb);
        QCOMPARE(!message.fileName.isEmpty(), name);
        // The row as Zalo sent it stays with the message.
        const QJsonObject raw = QJsonDocument::fromJson(message.rawJson.toUtf8()).object();
        QCOMPARE(raw.value(QLatin1String("message_id")).toString(), message.messageId);
        if (type == QLatin1String("location")) {
            QVERIFY2(message.url.startsWith(QLatin1String("geo:")), qPrintable(message.url));
            QVERIFY(message.fileName.contains(QStringLiteral("Cà Mau")));
        }
        if (type == QLatin1String("link")) {
            const QJsonObject link = raw.value(QLatin1String("links")).toArray().at(0).toObject();
            QCOMPARE(message.fileName, link.value(QLatin1String("title")).toString());
            QVERIFY(message.text.contains(link.value(QLatin1String("description")).toString()));
        }
    }
    QVERIFY(stored(QStringLiteral("unreadable")).isEmpty()); // every seeded row parses
}

void TestSyncShapes::picturesTypedPhotoAreImages()
{
    // Real OAs type pictures `photo`; older rows say `image`. Both are one kind in the desk.
    int photo = 0;
    int image = 0;
    for (const auto &[caseId, message] : stored(QStringLiteral("image"))) {
        Q_UNUSED(caseId)
        const QString raw = QJsonDocument::fromJson(message.rawJson.toUtf8())
                                .object()
                                .value(QLatin1String("type"))
                                .toString();
        photo += raw == QLatin1String("photo");
        image += raw == QLatin1String("image");
    }
    QVERIFY2(photo > 0 && image > 0, qPrintable(QStringLiteral("%1 %2").arg(photo).arg(image)));
    QVERIFY(stored(QStringLiteral("photo")).isEmpty());
}

void TestSyncShapes::searchFindsWhatTheyCarry_data()
{
    QTest::addColumn<QString>("type");
    QTest::addRow("a link's title") << "link";
    QTest::addRow("a location's address") << "location";
    QTest::addRow("a file's name") << "file";
}

void TestSyncShapes::searchFindsWhatTheyCarry()
{
    QFETCH(QString, type);
    const auto messages = stored(type);
    QVERIFY(!messages.isEmpty());
    // Searched as staff would type it: without diacritics, in lower case.
    const auto &[caseId, message] = messages.constLast();
    QString words = Core::foldForSearch(message.fileName);
    words.replace(QRegularExpression(QStringLiteral("[\\W_]+")), QStringLiteral(" "));
    Store::CaseFilter filter;
    filter.searchText = words.simplified();
    QVERIFY(!filter.searchText.isEmpty());
    const auto hits = m_desk.store().cases(filter, 0, 100000);
    const bool found = std::any_of(hits.cbegin(), hits.cend(),
        [caseId = caseId](const Core::CaseSummary &c) { return c.id == caseId; });
    QVERIFY2(found, qPrintable(filter.searchText));
}

DESK_TEST_GUILESS_MAIN(TestSyncShapes)
#include "tst_syncshapes.moc"
