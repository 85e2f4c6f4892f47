// SPDX-License-Identifier: GPL-3.0-or-later
// The template prompt over a real seeded SQLite directory: Vietnamese labels (no {placeholder}
// hints), pick-lists of procedures, agencies and staff filtered as staff type, accents
// optional, free text still accepted.
#include "app/translations.h"
#include "gui/templatepromptdialog.h"
#include "store/directory.h"
#include "store/store.h"
#include "support/testmain.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Desk;

class TestTemplatePrompt : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("desk.sqlite"))));
        QVERIFY(Store::Directory(m_store).seedDefaults());
        m_choices = Gui::templateChoices(m_store);
    }
    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

    void choicesComeFromTheDirectory_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("entry");
        QTest::addRow("procedure") << "thu_tuc"
                                   << "Đăng ký khai sinh";
        QTest::addRow("agency") << "don_vi"
                                << "Sở Tư pháp tỉnh Cà Mau";
    }
    void choicesComeFromTheDirectory()
    {
        QFETCH(QString, variable);
        QFETCH(QString, entry);
        QVERIFY2(m_choices.value(variable).contains(entry),
            qPrintable(m_choices.value(variable).mid(0, 10).join(u'|')));
        // Names, never codes.
        for (const QString &each : m_choices.value(variable)) {
            QVERIFY2(!each.contains(u'_'), qPrintable(each));
        }
    }

    void typingFilters_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // "" = nothing offered
        QTest::addRow("with accents") << "don_vi"
                                      << "Sở Tư"
                                      << "Sở Tư pháp tỉnh Cà Mau";
        QTest::addRow("without accents") << "don_vi"
                                         << "so tu phap"
                                         << "Sở Tư pháp tỉnh Cà Mau";
        QTest::addRow("capitals, words apart") << "don_vi"
                                               << "TU PHAP ca mau"
                                               << "Sở Tư pháp tỉnh Cà Mau";
        QTest::addRow("đ typed as d") << "thu_tuc"
                                      << "dang ky khai sinh"
                                      << "Đăng ký khai sinh";
        QTest::addRow("not in the directory") << "thu_tuc"
                                              << "thủ tục chưa có xyz"
                                              << "";
    }
    void typingFilters()
    {
        QFETCH(QString, variable);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        Gui::TemplatePromptDialog dialog(
            QStringLiteral("Hướng dẫn"), {variable}, {}, nullptr, m_choices);
        QLineEdit *edit = dialog.field(variable);
        QVERIFY(edit);
        QCOMPARE(dialog.offered(variable).size(), m_choices.value(variable).size());
        // As a Vietnamese input method delivers it: committed text (QTest::keyClicks takes
        // Latin-1 only).
        edit->setFocus();
        QInputMethodEvent typing;
        typing.setCommitString(typed);
        QApplication::sendEvent(edit, &typing);
        const QStringList offered = dialog.offered(variable);
        if (expected.isEmpty()) {
            QVERIFY2(offered.isEmpty(), qPrintable(offered.join(u'|')));
        } else {
            QVERIFY2(offered.contains(expected), qPrintable(offered.join(u'|')));
            QVERIFY(offered.size() < m_choices.value(variable).size());
        }
        // Free text stays: what was typed is the value, listed or not.
        QCOMPARE(dialog.values().value(variable), typed.trimmed());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
    }

    /** Labels in words, in Vietnamese, and no "{thu_tuc}" hint anywhere. */
    void labelledInVietnamese_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("listed");
        QTest::addRow("procedure") << "thu_tuc"
                                   << "Thủ tục" << true;
        QTest::addRow("agency") << "don_vi"
                                << "Đơn vị" << true;
        QTest::addRow("staff") << "can_bo"
                               << "Cán bộ" << true;
        QTest::addRow("dossier code") << "ma_ho_so"
                                      << "Mã hồ sơ" << false;
    }
    void labelledInVietnamese()
    {
        QFETCH(QString, variable);
        QFETCH(QString, label);
        QFETCH(bool, listed);
        QVERIFY(installTranslations(QStringLiteral("vi")));
        Gui::TemplateChoices choices = m_choices;
        choices.insert(QStringLiteral("can_bo"), {QStringLiteral("Nguyễn Thị Lan")});
        Gui::TemplatePromptDialog dialog(
            QStringLiteral("Hướng dẫn"), {variable}, {}, nullptr, choices);
        QLineEdit *edit = dialog.field(variable);
        auto *form = dialog.findChild<QFormLayout *>();
        QVERIFY(form);
        auto *labelWidget
            = qobject_cast<QLabel *>(form->itemAt(0, QFormLayout::LabelRole)->widget());
        QVERIFY(labelWidget);
        QCOMPARE(labelWidget->text(), label);
        QVERIFY2(!edit->placeholderText().contains(u'{'), qPrintable(edit->placeholderText()));
        QVERIFY(!edit->placeholderText().isEmpty());
        QCOMPARE(
            dialog.findChild<QToolButton *>(variable + QStringLiteral("ListButton")) != nullptr,
            listed);
        QVERIFY(edit->minimumWidth() >= 400);
    }

private:
    QTemporaryDir m_dir;
    Store::Store m_store;
    Gui::TemplateChoices m_choices;
};

DESK_TEST_MAIN(TestTemplatePrompt)
#include "tst_templateprompt.moc"
