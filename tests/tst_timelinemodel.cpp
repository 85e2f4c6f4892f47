// SPDX-License-Identifier: GPL-3.0-or-later
// What a conversation row shows for each kind of Zalo message (English source texts).
#include "gui/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Desk;

class TestTimelineModel : public QObject
{
    Q_OBJECT
private slots:
    void displayText_data();
    void displayText();
    void rolesAndSender();
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
        << QStringLiteral("image") << QString() << QString() << QStringLiteral("[Image]");
    QTest::addRow("image with caption") << QStringLiteral("image") << QStringLiteral("Tờ khai")
                                        << QString() << QStringLiteral("Tờ khai");
    QTest::addRow("file") << QStringLiteral("file") << QString()
                          << QStringLiteral("don-de-nghi.pdf")
                          << QStringLiteral("[File] don-de-nghi.pdf");
    QTest::addRow("file with caption keeps its name")
        << QStringLiteral("file") << QStringLiteral("Em gửi đơn ạ") << QStringLiteral("don.docx")
        << QStringLiteral("Em gửi đơn ạ\n[File] don.docx");
    QTest::addRow("sticker") << QStringLiteral("sticker") << QString() << QString()
                             << QStringLiteral("[Sticker]");
    QTest::addRow("unknown kind") << QStringLiteral("location") << QString() << QString()
                                  << QStringLiteral("[location message]");
}

void TestTimelineModel::displayText()
{
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(QString, fileName);
    QFETCH(QString, shown);
    Core::Message message;
    message.messageId = QStringLiteral("m1");
    message.type = type;
    message.text = text;
    message.fileName = fileName;
    Gui::TimelineModel model;
    model.setMessages({message}, QStringLiteral("Nguyễn Văn A"));
    QCOMPARE(model.index(0, 0).data().toString(), shown);
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

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
