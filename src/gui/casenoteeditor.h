// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Desk::Store {
class Store;
}

namespace Desk::Gui {

/**
 * An internal note on the case: for colleagues only, never sent to the citizen. Styled as a
 * yellow sticky note so it is never mistaken for the reply editor; stored in the case history.
 */
class CaseNoteEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CaseNoteEditor(Store::Store *store, QWidget *parent = nullptr);

    void setCase(qint64 caseId);
    void setActor(const QString &actor) { m_actor = actor; }
    /** Stores what is written as a note (Ctrl+Enter); false when empty or refused. */
    bool addNote();
    QPlainTextEdit *editor() const { return m_editor; }

signals:
    void noteAdded(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Store::Store *m_store;
    QLabel *m_hint;
    QPlainTextEdit *m_editor;
    QPushButton *m_addButton;
    QLabel *m_problem;
    qint64 m_caseId = 0;
    QString m_actor;
};

} // namespace Desk::Gui
