// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Desk::Store {
class Store;
}

namespace Desk::Gui {

/**
 * Earlier answered cases that resemble this one (Store::SimilarAnswers): the question and
 * the answer in short, with the case code. Double-click or "Insert" hands the answer to the
 * composer; the lookup runs after the case is on screen, so opening a case never waits for it.
 */
class SimilarAnswersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SimilarAnswersPanel(Store::Store *store, QWidget *parent = nullptr);

    /** Looks up the suggestions for `caseId` on the next turn of the event loop (0 clears). */
    void setCase(qint64 caseId);
    QListWidget *list() const { return m_list; }
    /** The answer text of a row ('' when out of range). */
    QString answerAt(int row) const;

    static constexpr int kLimit = 5;

signals:
    void insertRequested(const QString &answer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(qint64 caseId);
    void retranslate();

    Store::Store *m_store;
    QLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_insert;
    QLabel *m_empty;
    QStringList m_answers; // by row of the list
    qint64 m_caseId = 0;
};

} // namespace Desk::Gui
