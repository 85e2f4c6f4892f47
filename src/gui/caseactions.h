// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace Desk::Store {
class Store;
}

namespace Desk::Gui {

/**
 * The main window's Case menu ("Hồ sơ"): route to an agency, record the agency's answer,
 * print or save the transfer slip of the latest transfer. Each action is enabled only when
 * it applies to the case shown (a case at all; an open transfer; any transfer).
 */
class CaseActions : public QObject
{
    Q_OBJECT
public:
    CaseActions(Store::Store *store, QWidget *window);
    ~CaseActions() override;

    QMenu *menu() const { return m_menu; }
    QAction *routeAction() const { return m_route; }
    QAction *agencyAnswerAction() const { return m_answer; }
    QAction *printSlipAction() const { return m_print; }
    QAction *saveSlipAction() const { return m_save; }

    void setActor(const QString &actor) { m_actor = actor; }
    /** The case the window shows; 0 = none. */
    void setCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    /** Re-reads the case's transfers (after a write or a sync). */
    void updateActions();
    void retranslate();

    /** The slip of the case's latest transfer; empty when it has none. */
    QString slipHtml() const;
    /** "TV-2026-000123-phieu-chuyen-02.pdf" (translated). */
    QString slipFileName() const;
    bool saveSlip(const QString &path, QString *error = nullptr) const;

private:
    void route();
    void recordAnswer();
    void printSlip();
    void saveSlipAs();
    qint64 latestTransfer(int *hop = nullptr) const;

    Store::Store *m_store;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_route;
    QAction *m_answer;
    QAction *m_print;
    QAction *m_save;
    QString m_actor;
    qint64 m_caseId = 0;
};

} // namespace Desk::Gui
