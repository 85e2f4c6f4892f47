// SPDX-License-Identifier: GPL-3.0-or-later
// The "who else is on this case" line of the case view: typing colleagues first, then those who
// only have it open; hidden when nobody is. Rendered in Vietnamese for a look at the PNG.
#include "app/translations.h"
#include "gui/presencelabel.h"
#include "support/testmain.h"

#include <QVBoxLayout>
#include <QtTest>

using namespace Desk;

namespace {

Store::Presence someone(const QString &login, const QString &name, Store::Presence::State state)
{
    Store::Presence presence;
    presence.login = login;
    presence.name = name;
    presence.caseId = 7;
    presence.state = state;
    return presence;
}

using People = QList<Store::Presence>;
using State = Store::Presence::State;

} // namespace

class TestPresenceLabel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void text_data();
    void text();
    void vietnameseRendering();
};

void TestPresenceLabel::initTestCase()
{
    qRegisterMetaType<People>();
}

void TestPresenceLabel::text_data()
{
    QTest::addColumn<People>("people");
    QTest::addColumn<QString>("expected"); // '' = hidden
    QTest::addRow("nobody") << People {} << QString();
    QTest::addRow("one has it open")
        << People {someone(QStringLiteral("minh"), QStringLiteral("Trần Văn Minh"), State::Open)}
        << QStringLiteral("Trần Văn Minh has this case open");
    QTest::addRow("one is typing")
        << People {someone(QStringLiteral("minh"), QStringLiteral("Trần Văn Minh"), State::Typing)}
        << QStringLiteral("Trần Văn Minh is writing a reply");
    QTest::addRow("typing comes first")
        << People {someone(QStringLiteral("hoa"), QStringLiteral("Lê Thị Hoa"), State::Open),
               someone(QStringLiteral("minh"), QStringLiteral("Trần Văn Minh"), State::Typing)}
        << QStringLiteral("Trần Văn Minh is writing a reply · Lê Thị Hoa has this case open");
    QTest::addRow("markup in a name is text")
        << People {someone(QStringLiteral("x"), QStringLiteral("<b>X</b>"), State::Open)}
        << QStringLiteral("<b>X</b> has this case open");
}

void TestPresenceLabel::text()
{
    QFETCH(People, people);
    QFETCH(QString, expected);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new Gui::PresenceLabel(&window);
    layout->addWidget(label);
    window.show();
    label->setPeople(people);
    QCOMPARE(label->isVisible(), !expected.isEmpty());
    QCOMPARE(label->text(), expected);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    label->setPeople({});
    QVERIFY(!label->isVisible());
}

void TestPresenceLabel::vietnameseRendering()
{
    QVERIFY(Desk::installTranslations(QStringLiteral("vi")));
    QWidget window;
    window.resize(420, 200); // the case view's header column in a narrow window
    auto *layout = new QVBoxLayout(&window);
    auto *label = new Gui::PresenceLabel(&window);
    layout->addWidget(label);
    layout->addStretch(1);
    label->setPeople(
        {someone(QStringLiteral("minh"), QStringLiteral("Trần Văn Minh"), State::Typing),
            someone(QStringLiteral("hoa"), QStringLiteral("Lê Thị Hoa"), State::Open)});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(label->text(),
        QStringLiteral("Trần Văn Minh đang soạn trả lời · Lê Thị Hoa đang mở vụ việc này"));
    QVERIFY(label->height() >= label->heightForWidth(label->width()));
    QVERIFY(window.grab().save(
        QStringLiteral(DESK_TEST_OUTPUT_DIR) + QStringLiteral("/presence-line-vi.png")));
    QVERIFY(Desk::installTranslations(QStringLiteral("en")));
}

DESK_TEST_MAIN(TestPresenceLabel)
#include "tst_presencelabel.moc"
