// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline of a case holding every kind of row a real OA sends (reference §13), synced
// from the simulator over HTTP into a real SQLite file and drawn offscreen in Vietnamese at
// 1366x768 with the bubble delegate and the network image source: each kind has its label,
// pictures and link previews load from the simulator, an unreadable row says so and keeps
// what arrived. The picture is written to timelinerender.png for a person to look at.
#include "app/networkimagesource.h"
#include "app/translations.h"
#include "gui/bubbledelegate.h"
#include "gui/messagekindtext.h"
#include "gui/timelinemodel.h"
#include "support/deskfixtures.h"
#include "support/testmain.h"

#include <QDir>
#include <QListView>
#include <QtTest>

using namespace Desk;

class TestTimelineRender : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void labels_data();
    void labels();
    void inboxLineUsesTheLabel_data();
    void inboxLineUsesTheLabel();
    void rendersEveryKind();

private:
    int rowOf(const QString &type) const;

    TestSupport::SimDesk m_desk;
    QVector<Core::Message> m_messages; // one of each kind, oldest first
    Gui::TimelineModel m_model;
};

void TestTimelineRender::initTestCase()
{
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    Sim::SimConfig config;
    config.citizens = 300;
    config.rateLimitPerMinute = 0;
    QVERIFY(m_desk.start(config));
    // One stored message of each kind, as sync kept it; a caption where the data has one.
    QHash<QString, Core::Message> byType;
    for (const auto &[caseId, message] : TestSupport::storedMessages(m_desk.store())) {
        Q_UNUSED(caseId)
        Core::Message &kept = byType[message.type];
        if (kept.messageId.isEmpty() || (kept.text.isEmpty() && !message.text.isEmpty())) {
            kept = message;
        }
    }
    for (const char *type :
        {"text", "image", "gif", "sticker", "link", "location", "voice", "file"}) {
        QVERIFY2(byType.contains(QLatin1String(type)), type);
        m_messages.append(byType.value(QLatin1String(type)));
    }
    // What the sync engine stores for a row it cannot parse; its text is markup on purpose.
    Core::Message unreadable;
    unreadable.messageId = QStringLiteral("broken-1");
    unreadable.citizenId = m_messages.first().citizenId;
    unreadable.type = QStringLiteral("unreadable");
    unreadable.rawJson = QStringLiteral(
        R"({"message_id":"broken-1","src":"x","type":["photo"],"message":"<b>Đơn</b> & hồ sơ"})");
    m_messages.append(unreadable);
    qint64 time = 1'760'000'000'000;
    for (Core::Message &message : m_messages) {
        message.timeMs = time += 60'000;
    }
    m_model.setMessages(m_messages, QStringLiteral("Nguyễn Thị Hồng Nhung"));
}

int TestTimelineRender::rowOf(const QString &type) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).type == type) {
            return row;
        }
    }
    return -1;
}

void TestTimelineRender::labels_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("label"); // what the bubble's first line starts with
    QTest::addColumn<bool>("picture");
    QTest::addRow("image") << "image" << QStringLiteral("Ảnh") << true;
    QTest::addRow("gif") << "gif" << QStringLiteral("Ảnh động (GIF)") << true;
    QTest::addRow("sticker") << "sticker" << QStringLiteral("Nhãn dán") << true;
    QTest::addRow("link") << "link" << QStringLiteral("Liên kết: ") << true;
    QTest::addRow("location") << "location" << QStringLiteral("Vị trí: ") << false;
    QTest::addRow("voice") << "voice" << QStringLiteral("Tin nhắn thoại") << false;
    QTest::addRow("file") << "file" << QStringLiteral("Tệp: ") << false;
    QTest::addRow("unreadable") << "unreadable" << QStringLiteral("Tin nhắn không đọc được")
                                << false;
}

void TestTimelineRender::labels()
{
    QFETCH(QString, type);
    QFETCH(QString, label);
    QFETCH(bool, picture);
    const int row = rowOf(type);
    QVERIFY(row >= 0);
    const Core::Message &message = m_messages.at(row);
    const QModelIndex index = m_model.index(row, 0);
    const QString shown = index.data(Qt::DisplayRole).toString();
    const QString firstLine = shown.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.startsWith(label), qPrintable(shown));
    if (label.endsWith(QLatin1String(": "))) {
        // The title / address / file name follows the label.
        QCOMPARE(firstLine, label + message.fileName);
    }
    QCOMPARE(!index.data(Gui::TimelineModel::ImageUrlRole).toString().isEmpty(), picture);
    if (type == QLatin1String("unreadable")) {
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(
            tip.contains(QStringLiteral("&lt;b&gt;Đơn&lt;/b&gt; &amp; hồ sơ")), qPrintable(tip));
    }
}

void TestTimelineRender::inboxLineUsesTheLabel_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::addRow("image") << "[image]" << QStringLiteral("Ảnh");
    QTest::addRow("gif") << "[gif]" << QStringLiteral("Ảnh động (GIF)");
    QTest::addRow("sticker") << "[sticker]" << QStringLiteral("Nhãn dán");
    QTest::addRow("voice") << "[voice]" << QStringLiteral("Tin nhắn thoại");
    QTest::addRow("link") << QStringLiteral("[link] Cổng Dịch vụ công quốc gia")
                          << QStringLiteral("Liên kết: Cổng Dịch vụ công quốc gia");
    QTest::addRow("location") << QStringLiteral("[location] Chợ Cà Mau")
                              << QStringLiteral("Vị trí: Chợ Cà Mau");
    QTest::addRow("file") << QStringLiteral("[file] đơn.pdf") << QStringLiteral("Tệp: đơn.pdf");
    QTest::addRow("unreadable") << "[unreadable]" << QStringLiteral("Tin nhắn không đọc được");
    QTest::addRow("a citizen's own brackets stay")
        << QStringLiteral("[Ảnh 1] giấy tờ") << QStringLiteral("[Ảnh 1] giấy tờ");
    QTest::addRow("text") << QStringLiteral("Cho hỏi") << QStringLiteral("Cho hỏi");
}

void TestTimelineRender::inboxLineUsesTheLabel()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QCOMPARE(Gui::summaryLineText(stored), shown);
}

void TestTimelineRender::rendersEveryKind()
{
    NetworkImageSource images;
    QListView view;
    view.setModel(&m_model);
    view.setItemDelegate(new Gui::BubbleDelegate(&images, &view));
    view.setResizeMode(QListView::Adjust);
    view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setFrameShape(QFrame::NoFrame);
    connect(&images, &Gui::ImageSource::imageReady, &view, &QListView::doItemsLayout);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Ask for every picture, then wait until the simulator has served them all.
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QString url = m_model.index(row, 0).data(Gui::TimelineModel::ImageUrlRole).toString();
        if (!url.isEmpty()) {
            images.image(QUrl(url));
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(images.pendingCount(), 0, 15000);
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QString url = m_model.index(row, 0).data(Gui::TimelineModel::ImageUrlRole).toString();
        QVERIFY2(url.isEmpty() || !images.image(QUrl(url)).isNull(), qPrintable(url));
    }
    view.doItemsLayout();
    // Everything fits: the rows together are taller than the window, nothing is cut sideways.
    int height = 0;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QRect rect = view.visualRect(m_model.index(row, 0));
        QVERIFY(rect.width() <= view.viewport()->width());
        height += rect.height();
    }
    QVERIFY(height > 0);
    // Two screenshots: the top and the bottom of the conversation.
    const QDir out(QStringLiteral(DESK_TEST_OUTPUT_DIR));
    view.scrollToTop();
    QVERIFY(view.grab().save(out.filePath(QStringLiteral("timelinerender-top.png"))));
    view.scrollToBottom();
    QVERIFY(view.grab().save(out.filePath(QStringLiteral("timelinerender-bottom.png"))));
}

DESK_TEST_MAIN(TestTimelineRender)
#include "tst_timelinerender.moc"
