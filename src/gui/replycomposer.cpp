// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/replycomposer.h"
#include "ui_replycomposer.h"

#include "core/replysplitter.h"
#include "core/replywindow.h"
#include "core/vietnamtime.h"
#include "gui/casechangeddialog.h"
#include "gui/composertext.h"
#include "gui/displaytext.h"
#include "gui/logging.h"
#include "gui/outboxlistmodel.h"
#include "gui/plaintext.h"
#include "gui/templatecompleter.h"
#include "gui/templatepickerdialog.h"
#include "gui/templatepromptdialog.h"
#include "store/casework.h"
#include "store/directory.h"
#include "store/outbox.h"
#include "store/replyvalues.h"
#include "store/store.h"
#include "zalo/attachment.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>
#include <QShortcut>
#include <algorithm>

namespace Desk::Gui {

namespace {

const char *const kStaffNameKey = "composer/staffName";

QString excerpt(const QString &text, int length)
{
    const QString flat = text.simplified();
    return flat.size() > length ? flat.left(length - 1) + QChar(0x2026) : flat;
}

bool isImageFile(const QString &path)
{
    static const QStringList imageSuffixes {QStringLiteral("jpg"), QStringLiteral("jpeg"),
        QStringLiteral("png"), QStringLiteral("gif")};
    return imageSuffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace

ReplyComposer::ReplyComposer(Store::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::ReplyComposer)
    , m_store(store)
    , m_outbox(new OutboxListModel(this))
    , m_now([] { return Core::nowMs(); })
{
    m_ui->setupUi(this);
    // A quoted citizen message, a file name, the citizen's phone number.
    setPlainText({m_ui->quoteLabel, m_ui->problemLabel, m_ui->windowClosedLabel});
    m_ui->outboxListView->setModel(m_outbox);
    // The editor takes the height.
    m_ui->composerLayout->setStretchFactor(m_ui->replyPlainTextEdit, 1);
    m_ui->replyPlainTextEdit->setMinimumHeight(72);
    // One row less above the editor, so the conversation keeps the height at 768 px: the
    // template and attachment buttons join the send row, the window hint sits by the counter.
    m_ui->toolsLayout->removeWidget(m_ui->templatePushButton);
    m_ui->toolsLayout->removeWidget(m_ui->attachPushButton);
    m_ui->actionsLayout->insertWidget(0, m_ui->templatePushButton);
    m_ui->actionsLayout->insertWidget(1, m_ui->attachPushButton);
    m_ui->composerLayout->removeWidget(m_ui->windowHintLabel);
    m_ui->toolsLayout->insertWidget(0, m_ui->windowHintLabel, 1);
    m_ui->windowHintLabel->setWordWrap(true);
    setTabOrder(m_ui->replyPlainTextEdit, m_ui->templatePushButton);
    setTabOrder(m_ui->templatePushButton, m_ui->attachPushButton);
    setTabOrder(m_ui->attachPushButton, m_ui->acknowledgePushButton);
    setTabOrder(m_ui->acknowledgePushButton, m_ui->sendPushButton);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &ReplyComposer::saveDraftNow);
    // The window's countdown and the outbox flags move with the clock, not only with edits.
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &ReplyComposer::refresh);
    m_tick.start();

    m_typingIdle.setSingleShot(true);
    m_typingIdle.setInterval(kTypingIdleMs);
    connect(
        &m_typingIdle, &QTimer::timeout, this, [this] { announce(Store::Presence::State::Open); });
    connect(m_ui->replyPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        updateActions();
        if (!m_loading && m_caseId != 0) {
            m_draftDirty = true;
            m_draftTimer.start();
            announce(Store::Presence::State::Typing);
            m_typingIdle.start();
        }
    });
    connect(m_ui->sendPushButton, &QPushButton::clicked, this, &ReplyComposer::send);
    connect(m_ui->acknowledgePushButton, &QPushButton::clicked, this,
        &ReplyComposer::sendAcknowledgement);
    connect(m_ui->templatePushButton, &QPushButton::clicked, this, &ReplyComposer::chooseTemplate);
    connect(m_ui->attachPushButton, &QPushButton::clicked, this, &ReplyComposer::chooseAttachment);
    connect(m_ui->removeAttachmentPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->attachmentsListWidget->currentRow();
        if (row >= 0 && row < m_attachments.size()) {
            m_attachments.removeAt(row);
            updateAttachments();
        }
    });
    connect(m_ui->clearQuoteToolButton, &QToolButton::clicked, this,
        [this] { setQuotedMessage(QString(), QString()); });
    connect(m_ui->cancelQueuedPushButton, &QPushButton::clicked, this,
        &ReplyComposer::withdrawSelected);
    connect(m_ui->outboxListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ReplyComposer::updateActions);
    for (const QKeySequence &keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ReplyComposer::send);
    }
    // "/" at the start or after a space: the templates, filtered as staff type; the one
    // chosen goes in as from the picker (the same prompts for missing values).
    m_completer = new TemplateCompleter(
        m_ui->replyPlainTextEdit, [this] { return Store::Directory(*m_store).replyTemplates(); });
    connect(m_completer, &TemplateCompleter::templateChosen, this,
        [this](const QString &code, const QString &typed) {
            if (!insertTemplate(code)) {
                m_ui->replyPlainTextEdit->insertPlainText(typed); // cancelled: nothing lost
            }
        });

    setCase(0);
}

ReplyComposer::~ReplyComposer()
{
    saveDraftNow(); // closing the window keeps what was typed
    announce(Store::Presence::State::Closed);
}

void ReplyComposer::setLiveFeed(Store::LiveFeed *feed)
{
    announce(Store::Presence::State::Closed);
    m_feed = feed;
    announce(Store::Presence::State::Open);
}

void ReplyComposer::announce(Store::Presence::State state)
{
    if (m_feed && m_caseId != 0) {
        m_feed->announce(m_caseId, state);
    }
}

void ReplyComposer::rememberVersion(std::optional<qint64> version)
{
    if (m_caseId == 0) {
        m_seenVersion = -1;
        return;
    }
    m_seenVersion = version ? *version : m_store->caseVersion(m_caseId);
    // Citizens' messages carry Zalo's clock, which may run ahead of this computer's: one seen
    // already must not come back as "the citizen wrote again".
    const auto shown = m_store->caseById(m_caseId);
    m_seenAtMs = std::max(now(), shown ? shown->lastInboundAtMs : 0);
}

bool ReplyComposer::confirmCaseUnchanged()
{
    if (m_seenVersion < 0) {
        return true; // the version could not be read when the case was opened
    }
    const Store::CaseChanges changes = m_store->changesSince(m_caseId, m_seenVersion, m_seenAtMs);
    if (changes.currentVersion < 0 || !changes.changed()) {
        return true;
    }
    // Staff's own steps (an assignment, a status) and the automatic classification of a new
    // message need no question; anything else does, and so does a change nobody listed.
    QVector<Store::CaseChange> others;
    for (const Store::CaseChange &change : changes.items) {
        const bool own = !change.actor.isEmpty() && change.actor == m_actor;
        const bool automatic = change.kind == Store::CaseChange::Kind::Classified
            && change.actor == QLatin1String("classifier");
        if (!own && !automatic) {
            others.append(change);
        }
    }
    const bool ask = !others.isEmpty() || changes.items.isEmpty();
    // Asked or not, what changed is now known: the next reply compares with the case as it is.
    rememberVersion(changes.currentVersion);
    if (!ask) {
        return true;
    }
    CaseChangedDialog dialog(others, now(), this);
    if (dialog.sendAnyway()) {
        return true;
    }
    refresh();
    m_ui->replyPlainTextEdit->setFocus();
    return false;
}

QPlainTextEdit *ReplyComposer::editor() const
{
    return m_ui->replyPlainTextEdit;
}

QString ReplyComposer::problem() const
{
    return m_ui->problemLabel->isVisibleTo(this) ? m_ui->problemLabel->text() : QString();
}

void ReplyComposer::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
    m_outbox->setNow(m_now);
    refresh();
}

void ReplyComposer::setCase(qint64 caseId)
{
    saveDraftNow();
    if (caseId != m_caseId) {
        m_typingIdle.stop();
        announce(Store::Presence::State::Closed);
    }
    m_caseId = caseId;
    m_attachments.clear();
    m_quoteId.clear();
    m_ui->quoteFrame->hide();
    m_ui->problemLabel->hide();
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_ui->replyPlainTextEdit->setPlainText(
            caseId != 0 ? Store::CaseWork(*m_store).draft(caseId, m_actor) : QString());
        m_ui->replyPlainTextEdit->moveCursor(QTextCursor::End);
    }
    m_draftDirty = false;
    rememberVersion();
    announce(Store::Presence::State::Open);
    updateAttachments();
    refresh();
}

void ReplyComposer::refresh()
{
    std::optional<Core::CaseSummary> shown
        = m_caseId != 0 ? m_store->caseById(m_caseId) : std::nullopt;
    if (!shown && m_case && m_case->id == m_caseId && !m_store->lastError().isEmpty()) {
        // The database did not answer (see CaseView::reload): staff keep writing meanwhile.
        updateWindow();
        updateCounter();
        updateActions();
        return;
    }
    m_case = std::move(shown);
    setEnabled(m_case.has_value());
    m_outbox->setItems(
        m_case ? Store::Outbox(*m_store).forCase(m_caseId) : QVector<Store::OutboxItem>());
    m_ui->outboxGroupBox->setVisible(m_outbox->rowCount() > 0);
    updateWindow();
    updateCounter();
    updateActions();
}

void ReplyComposer::setQuotedMessage(const QString &messageId, const QString &text)
{
    m_quoteId = messageId;
    m_ui->quoteFrame->setVisible(!messageId.isEmpty());
    m_ui->quoteLabel->setText(tr("Answers: «%1»").arg(excerpt(text, 120)));
    m_ui->quoteLabel->setToolTip(plainToolTip(text));
}

void ReplyComposer::saveDraftNow()
{
    m_draftTimer.stop();
    if (!m_draftDirty || m_caseId == 0) {
        return;
    }
    m_draftDirty = false;
    if (!Store::CaseWork(*m_store).saveDraft(
            m_caseId, m_ui->replyPlainTextEdit->toPlainText(), m_actor, now())) {
        qCWarning(lcGui) << "draft of case" << m_caseId << "not saved:" << m_store->lastError();
    }
}

Core::TemplateRenderer::Values ReplyComposer::caseValues() const
{
    Core::TemplateRenderer::Values values = Store::replyValues(*m_store, m_caseId);
    const QString staffName = QSettings().value(QLatin1String(kStaffNameKey)).toString();
    if (!staffName.trimmed().isEmpty()) {
        values.insert(QStringLiteral("can_bo"), staffName.trimmed());
    }
    return values;
}

std::optional<QString> ReplyComposer::renderAsked(
    const QString &title, const QString &body, Core::TemplateRenderer::Values values)
{
    QStringList missing = Core::TemplateRenderer::missing(body, values);
    if (!missing.isEmpty()) {
        TemplatePromptDialog dialog(title, missing, values, this, templateChoices(*m_store));
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        const auto asked = dialog.values();
        for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
            values.insert(it.key(), it.value());
        }
        if (asked.contains(QStringLiteral("can_bo"))) {
            // Staff sign every reply: ask for the name once, not in every template.
            QSettings().setValue(
                QLatin1String(kStaffNameKey), asked.value(QStringLiteral("can_bo")));
        }
    }
    const auto result = Core::TemplateRenderer::render(body, values);
    if (!result.ok()) {
        showProblem(
            tr("The template still needs: %1").arg(result.missing.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return result.text;
}

bool ReplyComposer::insertTemplate(const QString &code)
{
    if (!m_case) {
        return false;
    }
    const auto replyTemplate = Store::Directory(*m_store).replyTemplate(code);
    if (!replyTemplate) {
        showProblem(tr("The template %1 no longer exists.").arg(code));
        return false;
    }
    const auto text = renderAsked(replyTemplate->title, replyTemplate->body, caseValues());
    if (!text) {
        return false;
    }
    m_ui->problemLabel->hide();
    m_ui->replyPlainTextEdit->insertPlainText(*text);
    m_ui->replyPlainTextEdit->setFocus();
    return true;
}

void ReplyComposer::chooseTemplate()
{
    if (!m_case) {
        return;
    }
    TemplatePickerDialog picker(Store::Directory(*m_store).replyTemplates(), m_case->kind,
        m_case->areaCode, caseValues(), this);
    if (picker.exec() == QDialog::Accepted && !picker.chosenCode().isEmpty()) {
        insertTemplate(picker.chosenCode());
    }
}

bool ReplyComposer::addAttachment(const QString &path)
{
    QString problem;
    const auto attachment = Zalo::Attachment::load(path,
        isImageFile(path) ? Zalo::Attachment::Purpose::Image : Zalo::Attachment::Purpose::File,
        &problem);
    if (!attachment) {
        showProblem(problem);
        return false;
    }
    m_ui->problemLabel->hide();
    m_attachments.append(QFileInfo(path).absoluteFilePath());
    updateAttachments();
    return true;
}

void ReplyComposer::chooseAttachment()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"), QString(),
        tr("Images and documents (*.jpg *.jpeg *.png *.gif *.pdf *.doc *.docx);;All files (*)"));
    for (const QString &path : paths) {
        addAttachment(path);
    }
}

bool ReplyComposer::confirmSplit(const QStringList &parts)
{
    QMessageBox box(QMessageBox::Question, tr("The reply will be split"),
        tr("The reply is longer than Zalo's 2,000 characters and goes out as %n message(s), "
           "in this order. Only the first quotes the citizen's message.",
            nullptr, int(parts.size())),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("splitConfirmMessageBox"));
    QStringList details;
    for (int i = 0; i < parts.size(); ++i) {
        details << tr("— Message %1 of %2 (%3 characters) —")
                       .arg(i + 1)
                       .arg(parts.size())
                       .arg(Core::ReplySplitter::zaloLength(parts.at(i)))
                << parts.at(i);
    }
    box.setDetailedText(details.join(QLatin1Char('\n')));
    QAbstractButton *sendButton = box.addButton(
        tr("Queue %n message(s)", nullptr, int(parts.size())), QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(sendButton));
    box.exec();
    return box.clickedButton() == sendButton;
}

bool ReplyComposer::enqueue(
    const QString &text, const QString &quoteId, Store::OutboxPurpose purpose)
{
    QVector<Store::OutboxPart> parts;
    const QStringList pieces = Core::ReplySplitter().split(text);
    for (int i = 0; i < pieces.size(); ++i) {
        Store::OutboxPart part;
        part.text = pieces.at(i);
        if (i == 0) {
            part.quoteMessageId = quoteId; // only the first part quotes
        }
        parts.append(part);
    }
    for (const QString &path : std::as_const(m_attachments)) {
        Store::OutboxPart part;
        part.kind = isImageFile(path) ? QStringLiteral("image") : QStringLiteral("file");
        part.filePath = path;
        parts.append(part);
    }
    const auto ids = Store::Outbox(*m_store).enqueue(m_caseId, parts, purpose, m_actor, now());
    if (ids.isEmpty()) {
        showProblem(tr("The reply could not be queued: %1").arg(m_store->lastError()));
        return false;
    }
    return true;
}

bool ReplyComposer::send()
{
    if (!m_case) {
        return false;
    }
    const QString text = m_ui->replyPlainTextEdit->toPlainText().trimmed();
    if (text.isEmpty() && m_attachments.isEmpty()) {
        showProblem(tr("Write a reply or attach a file first."));
        return false;
    }
    const QStringList unrendered = Core::TemplateRenderer::variablesIn(text);
    if (!unrendered.isEmpty()) {
        QStringList tokens;
        for (const QString &name : unrendered) {
            tokens << QStringLiteral("{%1}").arg(name);
        }
        showProblem(tr("The reply still contains %1: replace it with the real value (or remove "
                       "it) before sending.")
                        .arg(tokens.join(QStringLiteral(", "))));
        return false;
    }
    if (Core::ReplyWindow::at(m_case->lastInboundAtMs, now()).state
        == Core::ReplyWindow::State::Closed) {
        showProblem(windowClosedText(citizenPhone()));
        return false;
    }
    // Attachments are checked again: the file may have changed since it was added.
    for (const QString &path : std::as_const(m_attachments)) {
        QString problem;
        if (!Zalo::Attachment::load(path,
                isImageFile(path) ? Zalo::Attachment::Purpose::Image
                                  : Zalo::Attachment::Purpose::File,
                &problem)) {
            showProblem(problem);
            return false;
        }
    }
    if (!confirmCaseUnchanged()) {
        return false;
    }
    const QStringList pieces = Core::ReplySplitter().split(text);
    if (pieces.size() > 1 && !confirmSplit(pieces)) {
        return false;
    }
    if (!enqueue(text, m_quoteId, Store::OutboxPurpose::Reply)) {
        return false;
    }
    rememberVersion();
    m_typingIdle.stop();
    announce(Store::Presence::State::Open);
    // The outbox took the text and dropped the draft in the same transaction.
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_draftTimer.stop();
        m_draftDirty = false;
        m_ui->replyPlainTextEdit->clear();
    }
    m_attachments.clear();
    setQuotedMessage(QString(), QString());
    m_ui->problemLabel->hide();
    updateAttachments();
    refresh();
    emit replyQueued(m_caseId);
    return true;
}

bool ReplyComposer::isAcknowledged() const
{
    // One acknowledgement per case: none once anything reached the citizen or one is queued.
    if (m_case && m_case->firstResponseAtMs > 0) {
        return true;
    }
    for (int row = 0; row < m_outbox->rowCount(); ++row) {
        if (m_outbox->itemAt(row)->purpose == Store::OutboxPurpose::Acknowledgement) {
            return true;
        }
    }
    return false;
}

bool ReplyComposer::sendAcknowledgement()
{
    if (!m_case || isAcknowledged()) {
        return false;
    }
    const auto replyTemplate
        = Store::Directory(*m_store).replyTemplate(QLatin1String(kAcknowledgementTemplate));
    Core::TemplateRenderer::Values values = caseValues();
    QString title = tr("Acknowledgement of receipt");
    QString body;
    if (replyTemplate) {
        title = replyTemplate->title;
        body = replyTemplate->body;
    } else {
        // The administrator removed the template: the essentials still go out.
        body = tr("The advisory team has received your request {ma_yeu_cau} and will answer by "
                  "{han_tra_loi}. Please quote the code {ma_yeu_cau} when you write again.");
    }
    const auto text = renderAsked(title, body, values);
    if (!text || !confirmCaseUnchanged()) {
        return false;
    }
    // Attachments and a half-written answer stay where they are: this is a separate message.
    const QStringList keptAttachments = m_attachments;
    m_attachments.clear();
    const bool queued = enqueue(*text, QString(), Store::OutboxPurpose::Acknowledgement);
    m_attachments = keptAttachments;
    if (!queued) {
        return false;
    }
    rememberVersion();
    // enqueue() dropped the stored draft; what is in the editor is still being written.
    m_draftDirty = !m_ui->replyPlainTextEdit->toPlainText().isEmpty();
    saveDraftNow();
    m_ui->problemLabel->hide();
    refresh();
    emit replyQueued(m_caseId);
    return true;
}

void ReplyComposer::insertText(const QString &text)
{
    if (!m_case || text.isEmpty()) {
        return;
    }
    m_ui->replyPlainTextEdit->insertPlainText(text);
    m_ui->replyPlainTextEdit->setFocus();
}

void ReplyComposer::withdrawSelected()
{
    const Store::OutboxItem *selected
        = m_outbox->itemAt(m_ui->outboxListView->currentIndex().row());
    if (!selected || selected->state != Store::OutboxState::Queued) {
        return;
    }
    // A reply goes as a whole or not at all: withdraw every part still queued with it.
    const QString group = selected->clientRef.section(QLatin1Char('/'), 0, 0);
    Store::Outbox outbox(*m_store);
    for (const auto &item : outbox.forCase(m_caseId)) {
        if (item.state == Store::OutboxState::Queued
            && item.clientRef.section(QLatin1Char('/'), 0, 0) == group
            && !outbox.cancel(item.id, m_actor, now())) {
            showProblem(tr("The reply could not be withdrawn: %1").arg(outbox.lastError()));
            break;
        }
    }
    refresh();
}

void ReplyComposer::updateCounter()
{
    const ReplyCount count = countReply(m_ui->replyPlainTextEdit->toPlainText());
    m_ui->counterLabel->setText(replyCountText(count));
    const QColor color = replyCountColor(count);
    m_ui->counterLabel->setStyleSheet(color.isValid()
            ? QStringLiteral("color: %1; font-weight: 600;").arg(color.name())
            : QString());
    m_ui->counterLabel->setToolTip(
        tr("Characters as Zalo counts them; a reply over 2,000 is sent as several messages."));
}

void ReplyComposer::updateWindow()
{
    const Core::ReplyWindow window
        = Core::ReplyWindow::at(m_case ? m_case->lastInboundAtMs : 0, now());
    const bool closed = m_case && window.state == Core::ReplyWindow::State::Closed;
    m_ui->windowHintLabel->setText(m_case ? replyWindowHint(window) : QString());
    const QColor color = replyWindowColor(window);
    m_ui->windowHintLabel->setStyleSheet(color.isValid()
            ? QStringLiteral("color: %1; font-weight: 600;").arg(color.name())
            : QString());
    m_ui->windowClosedLabel->setVisible(closed);
    m_ui->sendPushButton->setVisible(!closed);
    if (closed) {
        m_ui->windowClosedLabel->setText(windowClosedText(citizenPhone()));
    }
}

void ReplyComposer::updateActions()
{
    const bool hasText = !m_ui->replyPlainTextEdit->toPlainText().trimmed().isEmpty();
    m_ui->sendPushButton->setEnabled(m_case && (hasText || !m_attachments.isEmpty()));
    m_ui->sendPushButton->setText(tr("Send"));
    m_ui->sendPushButton->setToolTip(tr("Queue the reply for Zalo (Ctrl+Enter)"));

    const bool acknowledged = isAcknowledged();
    const bool closed = m_case
        && Core::ReplyWindow::at(m_case->lastInboundAtMs, now()).state
            == Core::ReplyWindow::State::Closed;
    m_ui->acknowledgePushButton->setEnabled(m_case && !acknowledged && !closed);
    m_ui->acknowledgePushButton->setToolTip(acknowledged
            ? tr("The citizen already had an answer or an acknowledgement in this case.")
            : tr("Queue the acknowledgement with the case code and the due date at once"));

    const QModelIndex current = m_ui->outboxListView->currentIndex();
    m_ui->cancelQueuedPushButton->setEnabled(
        current.isValid() && current.data(OutboxListModel::CancellableRole).toBool());
}

void ReplyComposer::updateAttachments()
{
    m_ui->attachmentsListWidget->clear();
    for (const QString &path : std::as_const(m_attachments)) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_ui->attachmentsListWidget);
        item->setToolTip(plainToolTip(path));
    }
    const bool any = !m_attachments.isEmpty();
    m_ui->attachmentsListWidget->setVisible(any);
    m_ui->removeAttachmentPushButton->setVisible(any);
    if (any) {
        m_ui->attachmentsListWidget->setCurrentRow(int(m_attachments.size()) - 1);
    }
    updateActions();
}

void ReplyComposer::showProblem(const QString &text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

QString ReplyComposer::citizenPhone() const
{
    return m_case ? Store::CaseWork(*m_store).contactPhone(m_caseId) : QString();
}

void ReplyComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace Desk::Gui
