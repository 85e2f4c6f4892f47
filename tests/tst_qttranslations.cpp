// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's own buttons and dialogs speak the desk's language: Debian's Qt 6.4 ships no qtbase_vi.qm,
// so installTranslations() falls back to the project's translations/qtbase_vi.ts (compiled
// into desk_i18n). Real widgets, offscreen.
#include "app/translations.h"
#include "support/testmain.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QtTest>

using namespace Desk;

class TestQtTranslations : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

    void standardButtons_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("button");
        QTest::addColumn<QString>("text");
        using B = QDialogButtonBox;
        const struct
        {
            B::StandardButton button;
            const char *vi;
            const char *en;
        } rows[] = {
            {B::Cancel, "Hủy", "Cancel"},
            {B::Save, "Lưu", "Save"},
            {B::Close, "Đóng", "Close"},
            {B::Yes, "Có", "Yes"},
            {B::No, "Không", "No"},
            {B::Ok, "Đồng ý", "OK"},
            {B::Open, "Mở", "Open"},
            {B::Apply, "Áp dụng", "Apply"},
        };
        for (const auto &row : rows) {
            QTest::addRow("vi %s", row.en) << "vi" << int(row.button) << QString::fromUtf8(row.vi);
            QTest::addRow("en %s", row.en) << "en" << int(row.button) << QString::fromUtf8(row.en);
        }
    }
    void standardButtons()
    {
        QFETCH(QString, language);
        QFETCH(int, button);
        QFETCH(QString, text);
        QVERIFY(installTranslations(language));
        const auto standard = QDialogButtonBox::StandardButton(button);
        QDialogButtonBox box {QDialogButtonBox::StandardButtons(standard)};
        // The mnemonic marker is the theme's choice ("&Yes"); the words are the translation's.
        QCOMPARE(box.button(standard)->text().remove(u'&'), text);
    }

    /** The file and colour dialogs (Qt's own widgets, not the platform's) are Vietnamese. */
    void dialogs_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QString>("expected"); // a label or button text the dialog shows
        QTest::addRow("file dialog") << "file"
                                     << "Tìm trong:";
        QTest::addRow("colour dialog") << "colour"
                                       << "Màu cơ bản";
    }
    void dialogs()
    {
        QFETCH(QString, dialog);
        QFETCH(QString, expected);
        QVERIFY(installTranslations(QStringLiteral("vi")));
        std::unique_ptr<QDialog> widget;
        if (dialog == QLatin1String("file")) {
            auto *files = new QFileDialog;
            files->setOption(QFileDialog::DontUseNativeDialog);
            widget.reset(files);
        } else {
            auto *colours = new QColorDialog;
            colours->setOption(QColorDialog::DontUseNativeDialog);
            widget.reset(colours);
        }
        QStringList texts;
        for (const QLabel *label : widget->findChildren<QLabel *>()) {
            texts << label->text().remove(u'&');
        }
        for (const QAbstractButton *button : widget->findChildren<QAbstractButton *>()) {
            texts << button->text().remove(u'&');
        }
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1String(" | "))));
        QVERIFY2(!texts.contains(QStringLiteral("Cancel")), qPrintable(texts.join(u'|')));
    }

    /** The right-click menu of every line edit. */
    void lineEditMenu()
    {
        QVERIFY(installTranslations(QStringLiteral("vi")));
        QLineEdit edit;
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList texts;
        for (const QAction *action : menu->actions()) {
            texts << action->text().remove(u'&').section(u'\t', 0, 0);
        }
        QVERIFY2(texts.contains(QStringLiteral("Dán")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Chọn tất cả")), qPrintable(texts.join(u'|')));
    }
};

DESK_TEST_MAIN(TestQtTranslations)
#include "tst_qttranslations.moc"
