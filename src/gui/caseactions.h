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
 * The main window's Case menu ("Hồ sơ"): route to an agency, recall that routing within the
 * recall window, record the agency's answer, mark the case resolved (the rating question goes
 * then), print or save the transfer slip of the latest transfer. Each action is enabled only
 * when it applies to the case shown. What each did is confirmed in the status bar (case code
 * and agency; a reply queued).
 */
class CaseActions : public QObject
{
    Q_OBJECT
public:
    CaseActions(Store::Store *store, QWidget *window);
    ~CaseActions() override;

    QMenu *menu() const { return m_menu; }
    QAction *routeAction() const { return m_route; }
    QAction *recallAction() const { return m_recall; }
    QAction *resolveAction() const { return m_resolve; }
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

    /** Takes back the case's latest unanswered routing; the message says what happened or
     *  why not (after the window: refused). */
    bool recallLatest(qint64 nowMs, QString *message);
    /** The status bar's last confirmation (tests). */
    QString lastConfirmation() const { return m_lastConfirmation; }

    /** Shows `text` in the status bar of the window `anyWidget` is in (for a while). */
    static void confirmInStatusBar(QWidget *anyWidget, const QString &text);

public slots:
    /** "Reply to TV-2026-000123 (Lan) queued": every send is confirmed. */
    void confirmReplyQueued(qint64 caseId);

signals:
    void confirmed(const QString &text);

private:
    void announce(const QString &text);
    QString agencyName(const QString &code) const;
    void route();
    void recall();
    void resolve();
    void recordAnswer();
    void printSlip();
    void saveSlipAs();
    qint64 latestTransfer(int *hop = nullptr) const;

    Store::Store *m_store;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_route;
    QAction *m_recall;
    QAction *m_resolve;
    QAction *m_answer;
    QAction *m_print;
    QAction *m_save;
    QString m_actor;
    qint64 m_caseId = 0;
    QString m_lastConfirmation;
};

} // namespace Desk::Gui
