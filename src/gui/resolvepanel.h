// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Desk::Store {
class Store;
}

namespace Desk::Gui {

/**
 * The case's resolution and its rating question, in the case view's side panel: whether the
 * question will go when the case is marked resolved (or why not), a box to withhold it
 * (recorded in the history), and the Resolve button. Resolving is the only way the desk asks
 * a citizen to rate: never after an acknowledgement, a request for papers, or while an agency
 * has the case.
 */
class ResolvePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResolvePanel(Store::Store *store, QWidget *parent = nullptr);

    void setActor(const QString &actor) { m_actor = actor; }
    /** 0 hides the panel. */
    void showCase(qint64 caseId);
    void refresh();

    QLabel *planLabel() const { return m_planLabel; }
    QCheckBox *askCheck() const { return m_askCheck; }
    QPushButton *resolveButton() const { return m_resolveButton; }

    /** Asks (title, text) before resolving; a question box by default. Tests answer it. */
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    /**
     * The desk's one resolve flow (this panel and the Case menu): says whether the rating
     * question will go, asks to confirm, resolves. Returns the confirmation to show, empty
     * when cancelled or refused (the refusal is shown in a message box).
     */
    static QString resolveCase(Store::Store *store, qint64 caseId, const QString &actor,
        QWidget *parent, const Confirm &confirm = {});

signals:
    void confirmed(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void resolve();
    void fitPlanLabel();

    Store::Store *m_store;
    QLabel *m_titleLabel;
    QLabel *m_planLabel;
    QCheckBox *m_askCheck;
    QPushButton *m_resolveButton;
    QString m_actor;
    qint64 m_caseId = 0;
    bool m_updating = false;
};

} // namespace Desk::Gui
