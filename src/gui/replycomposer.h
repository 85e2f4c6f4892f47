// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/templaterenderer.h"
#include "store/livefeed.h"

#include <QPointer>
#include <QScopedPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QPlainTextEdit;

namespace Ui {
class ReplyComposer;
}

namespace Desk::Store {
class Store;
enum class OutboxPurpose;
} // namespace Desk::Store

namespace Desk::Gui {

class OutboxListModel;
class TemplateCompleter;

/**
 * Writing the answer to one case. The composer never sends: it queues the reply in the outbox
 * (split at 2,000 characters, only the first part quoting) and emits replyQueued; the sync
 * pass sends it. Around the editor: the Zalo reply window while typing, a live counter,
 * templates with every missing value asked for, the one-click acknowledgement, attachments
 * checked against Zalo's limits before queuing, and the case's
 * replies still in the outbox (flagged when they will miss the window). The text is kept as
 * a draft in the store a second after each pause in typing, and on every case switch.
 *
 * Two people on one case: the composer remembers the case's version when it opens the case
 * (and after each reply it queues); queuing on a changed case first shows what changed and asks.
 * On a team database it tells colleagues that the case is open here, or that a reply is being
 * typed (LiveFeed presence).
 */
class ReplyComposer : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyComposer(Store::Store *store, QWidget *parent = nullptr);
    ~ReplyComposer() override;

    /** Saves the draft of the case shown so far, then shows `caseId` with its draft (0: none). */
    void setCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    /** Re-reads the case (window, outbox, acknowledgement) after a change; keeps the text. */
    void refresh();
    void setActor(const QString &actor) { m_actor = actor; }
    /** Announces open / typing / closed through `feed` (a team desk); nullptr: none. */
    void setLiveFeed(Store::LiveFeed *feed);
    /** The case version this composer last saw (opened, or its own reply queued). */
    qint64 seenVersion() const { return m_seenVersion; }
    /** The citizen message the reply answers (its first part quotes it); '' clears it. */
    void setQuotedMessage(const QString &messageId, const QString &text);
    QString quotedMessageId() const { return m_quoteId; }

    QPlainTextEdit *editor() const;
    OutboxListModel *outboxModel() const { return m_outbox; }
    /** The last reason shown for not doing what staff asked ('' when the last action worked). */
    QString problem() const;
    QStringList attachments() const { return m_attachments; }

    /**
     * Renders a template with the case's values; asks for missing ones in a dialog, then
     * inserts the text at the cursor. False when cancelled or unknown.
     */
    bool insertTemplate(const QString &code);
    /** Checks the file against Zalo's type and size rules; the reason is shown if refused. */
    bool addAttachment(const QString &path);
    /** Queues what is written (after confirming a split); false and a reason when blocked. */
    bool send();
    /** Queues the acknowledgement (case code and due date) without asking anything more. */
    bool sendAcknowledgement();
    /** The template picker (Ctrl+T); the chosen template goes through insertTemplate(). */
    void chooseTemplate();
    /** The "/" type-ahead template list of the editor. */
    TemplateCompleter *templateCompleter() const { return m_completer; }
    /** Inserts text at the cursor (an earlier similar answer). */
    void insertText(const QString &text);
    void saveDraftNow();

    /** For tests: a fixed "now" (the reply window and the outbox flags). */
    void setNow(std::function<qint64()> now);
    static constexpr int kDraftDelayMs = 1000;
    /** Without a keystroke for this long, "typing" becomes "open" again for colleagues. */
    static constexpr int kTypingIdleMs = 8000;
    static constexpr const char *kAcknowledgementTemplate = "TIEP_NHAN";

signals:
    /** A reply was queued: the sync pass should run to send it. */
    void replyQueued(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    Core::TemplateRenderer::Values caseValues() const;
    bool isAcknowledged() const;
    std::optional<QString> renderAsked(
        const QString &title, const QString &body, Core::TemplateRenderer::Values values);
    bool confirmSplit(const QStringList &parts);
    /** True when the case is as it was when seen, or staff chose to send anyway. */
    bool confirmCaseUnchanged();
    /** The case's version now (or `version`, just read) as the one seen. */
    void rememberVersion(std::optional<qint64> version = std::nullopt);
    void announce(Store::Presence::State state);
    bool enqueue(const QString &text, const QString &quoteId, Store::OutboxPurpose purpose);
    void updateCounter();
    void updateWindow();
    void updateActions();
    void updateAttachments();
    void withdrawSelected();
    void chooseAttachment();
    void showProblem(const QString &text);
    QString citizenPhone() const;
    qint64 now() const { return m_now(); }

    const QScopedPointer<Ui::ReplyComposer> m_ui;
    Store::Store *m_store;
    OutboxListModel *m_outbox;
    TemplateCompleter *m_completer = nullptr;
    QTimer m_draftTimer;
    QTimer m_tick;
    QTimer m_typingIdle;
    QPointer<Store::LiveFeed> m_feed;
    qint64 m_seenVersion = -1;
    qint64 m_seenAtMs = 0;
    qint64 m_caseId = 0;
    std::optional<Core::CaseSummary> m_case;
    QString m_actor;
    QString m_quoteId;
    QStringList m_attachments;
    bool m_loading = false; // text set by the program: not a staff edit
    bool m_draftDirty = false;
    std::function<qint64()> m_now;
};

} // namespace Desk::Gui
