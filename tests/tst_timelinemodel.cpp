// SPDX-License-Identifier: GPL-3.0-or-later
// What a conversation row shows for each kind of Zalo message (English source texts).
#include "gui/timelinemodel.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Desk;

namespace {

Core::Message messageOf(const QString &type)
{
    Core::Message message;
    message.messageId = QStringLiteral("m1");
    message.type = type;
    return message;
}

// What a timeline holding only `message` gives for `role`.
QVariant shownFor(const Core::Message &message, int role)
{
    Gui::TimelineModel model;
    model.setMessages({message}, QStringLiteral("Nguyễn Văn A"));
    return model.index(0, 0).data(role);
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
private slots:
    void displayText_data();
    void displayText();
    void rolesAndSender();
    void pictures_data();
    void pictures();
    void unreadableShowsWhatArrived();
    void notesMergeByTime_data();
    void notesMergeByTime();
};

void TestTimelineModel::displayText_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("shown");
    QTest::addRow("text") << QStringLiteral("text") << QStringLiteral("Cho hỏi thủ tục")
                          << QString() << QStringLiteral("Cho hỏi thủ tục");
    QTest::addRow("image without caption")
        << QStringLiteral("image") << QString() << QString() << QStringLiteral("Image");
    QTest::addRow("image with caption") << QStringLiteral("image") << QStringLiteral("Tờ khai")
                                        << QString() << QStringLiteral("Image\nTờ khai");
    QTest::addRow("photo is an image")
        << QStringLiteral("photo") << QString() << QString() << QStringLiteral("Image");
    QTest::addRow("gif") << QStringLiteral("gif") << QString() << QString()
                         << QStringLiteral("Animated image (GIF)");
    QTest::addRow("file") << QStringLiteral("file") << QString()
                          << QStringLiteral("don-de-nghi.pdf")
                          << QStringLiteral("File: don-de-nghi.pdf");
    QTest::addRow("file with caption keeps its name")
        << QStringLiteral("file") << QStringLiteral("Em gửi đơn ạ") << QStringLiteral("don.docx")
        << QStringLiteral("File: don.docx\nEm gửi đơn ạ");
    QTest::addRow("sticker") << QStringLiteral("sticker") << QString() << QString()
                             << QStringLiteral("Sticker");
    QTest::addRow("link with title and description")
        << QStringLiteral("link") << QStringLiteral("Hướng dẫn nộp hồ sơ")
        << QStringLiteral("Thủ tục khai sinh")
        << QStringLiteral("Link: Thủ tục khai sinh\nHướng dẫn nộp hồ sơ");
    QTest::addRow("location with address")
        << QStringLiteral("location") << QString() << QStringLiteral("Chợ Cà Mau")
        << QStringLiteral("Location: Chợ Cà Mau");
    QTest::addRow("location without address")
        << QStringLiteral("location") << QString() << QString() << QStringLiteral("Location");
    QTest::addRow("voice") << QStringLiteral("voice") << QString() << QString()
                           << QStringLiteral("Voice message");
    QTest::addRow("unreadable") << QStringLiteral("unreadable") << QString() << QString()
                                << QStringLiteral("Unreadable message");
    QTest::addRow("unknown kind") << QStringLiteral("hologram") << QString() << QString()
                                  << QStringLiteral("[hologram message]");
}

void TestTimelineModel::displayText()
{
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(QString, fileName);
    QFETCH(QString, shown);
    Core::Message message = messageOf(type);
    message.text = text;
    message.fileName = fileName;
    QCOMPARE(shownFor(message, Qt::DisplayRole).toString(), shown);
}

void TestTimelineModel::rolesAndSender()
{
    Gui::TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Core::Message in;
    in.messageId = QStringLiteral("a");
    in.type = QStringLiteral("image");
    in.url = QStringLiteral("http://127.0.0.1/full.jpg");
    in.thumbUrl = QStringLiteral("http://127.0.0.1/thumb.jpg");
    in.timeMs = 1000;
    Core::Message out;
    out.messageId = QStringLiteral("b");
    out.direction = Core::Direction::Outbound;
    out.type = QStringLiteral("text");
    out.text = QStringLiteral("Dạ, anh/chị nộp tại Trung tâm ạ.");
    out.timeMs = 2000;
    model.setMessages({in, out}, QStringLiteral("Nguyễn Văn A"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(Gui::TimelineModel::SenderRole).toString(),
        QStringLiteral("Nguyễn Văn A"));
    QCOMPARE(model.index(0, 0).data(Gui::TimelineModel::ImageUrlRole).toString(), in.thumbUrl);
    QCOMPARE(model.index(0, 0).data(Gui::TimelineModel::OutboundRole).toBool(), false);
    QCOMPARE(model.index(1, 0).data(Gui::TimelineModel::OutboundRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(Gui::TimelineModel::SenderRole).toString(),
        QStringLiteral("Advisory team (OA)"));
    QVERIFY(!model.index(1, 0).data(Gui::TimelineModel::ImageUrlRole).isValid());
    QCOMPARE(model.index(1, 0).data(Gui::TimelineModel::TimeRole).toLongLong(), qint64(2000));
}

void TestTimelineModel::pictures_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("thumb");
    QTest::addColumn<QString>("shown");
    const QString full = QStringLiteral("http://127.0.0.1/full");
    const QString small = QStringLiteral("http://127.0.0.1/thumb");
    QTest::addRow("image: its thumbnail") << "image" << full << small << small;
    QTest::addRow("image without thumbnail: the picture") << "image" << full << "" << full;
    QTest::addRow("gif") << "gif" << full << "" << full;
    QTest::addRow("sticker") << "sticker" << full << small << small;
    QTest::addRow("link: its preview") << "link" << full << small << small;
    QTest::addRow("link without preview: none") << "link" << full << ""
                                                << "";
    QTest::addRow("file: none") << "file" << full << small << "";
    QTest::addRow("voice: none") << "voice" << full << ""
                                 << "";
}

void TestTimelineModel::pictures()
{
    QFETCH(QString, type);
    QFETCH(QString, url);
    QFETCH(QString, thumb);
    QFETCH(QString, shown);
    Core::Message message = messageOf(type);
    message.url = url;
    message.thumbUrl = thumb;
    QCOMPARE(shownFor(message, Gui::TimelineModel::ImageUrlRole).toString(), shown);
}

void TestTimelineModel::unreadableShowsWhatArrived()
{
    Core::Message message;
    message.messageId = QStringLiteral("u1");
    message.type = QStringLiteral("unreadable");
    message.rawJson
        = QStringLiteral(R"({"message_id":"u1","type":7,"message":"<b>đơn</b> &amp;"})");
    Gui::TimelineModel model;
    model.setMessages({message}, QString());
    const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    // Escaped inside rich text: the citizen's markup is shown, never applied.
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;đơn&lt;/b&gt; &amp;amp;")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("message_id")));
    QCOMPARE(model.index(0, 0).data(Gui::TimelineModel::RawJsonRole).toString(), message.rawJson);
}

void TestTimelineModel::notesMergeByTime_data()
{
    // Messages at 1000 (in) and 3000 (out); where each note lands, as the row kinds in order.
    QTest::addColumn<QList<qint64>>("noteTimes");
    QTest::addColumn<QString>("rows");
    QTest::addRow("no notes") << QList<qint64> {} << QStringLiteral("mm");
    QTest::addRow("before everything") << QList<qint64> {500} << QStringLiteral("nmm");
    QTest::addRow("between") << QList<qint64> {2000} << QStringLiteral("mnm");
    QTest::addRow("same moment as a message: after it")
        << QList<qint64> {1000} << QStringLiteral("mnm");
    QTest::addRow("after everything, two") << QList<qint64> {4000, 5000} << QStringLiteral("mmnn");
}

void TestTimelineModel::notesMergeByTime()
{
    QFETCH(QList<qint64>, noteTimes);
    QFETCH(QString, rows);
    Gui::TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Core::Message in;
    in.messageId = QStringLiteral("a");
    in.type = QStringLiteral("text");
    in.text = QStringLiteral("Cho hỏi");
    in.timeMs = 1000;
    Core::Message out = in;
    out.messageId = QStringLiteral("b");
    out.direction = Core::Direction::Outbound;
    out.timeMs = 3000;
    QVector<Core::CaseEvent> events;
    Core::CaseEvent read; // other audit rows never show in the conversation
    read.kind = QStringLiteral("read");
    read.atMs = 1500;
    events.append(read);
    for (const qint64 at : noteTimes) {
        Core::CaseEvent note;
        note.kind = QStringLiteral("note");
        note.atMs = at;
        note.actor = QStringLiteral("lan.nguyen");
        note.detail = QStringLiteral("{\"text\":\"Ghi chú lúc %1\"}").arg(at);
        events.append(note);
    }
    model.setEntries({in, out}, events, QStringLiteral("Nguyễn Văn A"));
    QString kinds;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const bool note = index.data(Gui::TimelineModel::NoteRole).toBool();
        kinds += note ? QLatin1Char('n') : QLatin1Char('m');
        QCOMPARE(model.noteAt(row) != nullptr, note);
        QCOMPARE(model.messageAt(row) == nullptr, note);
        if (note) {
            const qint64 at = index.data(Gui::TimelineModel::TimeRole).toLongLong();
            QCOMPARE(index.data().toString(), QStringLiteral("Ghi chú lúc %1").arg(at));
            QVERIFY(!index.data(Gui::TimelineModel::OutboundRole).toBool());
            QCOMPARE(index.data(Gui::TimelineModel::SenderRole).toString(),
                QStringLiteral("Internal note · lan.nguyen"));
        }
    }
    QCOMPARE(kinds, rows);
}

DESK_TEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
