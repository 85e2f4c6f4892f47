// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connectoadialog.h"

#include "store/store.h"
#include "zalo/oaconnection.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace Desk::Gui {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    // Names and Zalo's answers are shown as they are, never as rich text.
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

ConnectOaDialog::ConnectOaDialog(
    Zalo::OaConnection *connection, Store::Store *store, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("connectOaDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = plainLabel(this);
    layout->addWidget(m_intro);

    m_appBox = new QGroupBox(this);
    auto *appForm = new QFormLayout(m_appBox);
    m_appId = new QLineEdit(m_appBox);
    m_appId->setObjectName(QStringLiteral("appIdEdit"));
    m_secretKey = new QLineEdit(m_appBox);
    m_secretKey->setObjectName(QStringLiteral("secretKeyEdit"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_redirectUri = new QLineEdit(m_appBox);
    m_redirectUri->setObjectName(QStringLiteral("redirectUriEdit"));
    m_appIdLabel = new QLabel(m_appBox);
    m_secretLabel = new QLabel(m_appBox);
    m_redirectLabel = new QLabel(m_appBox);
    m_appIdLabel->setBuddy(m_appId);
    m_secretLabel->setBuddy(m_secretKey);
    m_redirectLabel->setBuddy(m_redirectUri);
    appForm->addRow(m_appIdLabel, m_appId);
    appForm->addRow(m_secretLabel, m_secretKey);
    appForm->addRow(m_redirectLabel, m_redirectUri);
    m_openButton = new QPushButton(m_appBox);
    m_openButton->setObjectName(QStringLiteral("openPermissionButton"));
    appForm->addRow(QString(), m_openButton);
    auto *urlRow = new QHBoxLayout;
    m_urlField = new QLineEdit(m_appBox);
    m_urlField->setObjectName(QStringLiteral("permissionUrlField"));
    m_urlField->setReadOnly(true);
    m_copyButton = new QPushButton(m_appBox);
    m_copyButton->setEnabled(false);
    urlRow->addWidget(m_urlField, 1);
    urlRow->addWidget(m_copyButton);
    appForm->addRow(QString(), urlRow);
    layout->addWidget(m_appBox);

    m_codeBox = new QGroupBox(this);
    auto *codeLayout = new QVBoxLayout(m_codeBox);
    m_codeHint = plainLabel(m_codeBox);
    codeLayout->addWidget(m_codeHint);
    auto *codeRow = new QHBoxLayout;
    m_pasted = new QLineEdit(m_codeBox);
    m_pasted->setObjectName(QStringLiteral("pastedCodeEdit"));
    m_connectButton = new QPushButton(m_codeBox);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    codeRow->addWidget(m_pasted, 1);
    codeRow->addWidget(m_connectButton);
    codeLayout->addLayout(codeRow);
    m_connectStatus = plainLabel(m_codeBox);
    m_connectStatus->setObjectName(QStringLiteral("connectStatus"));
    codeLayout->addWidget(m_connectStatus);
    layout->addWidget(m_codeBox);

    m_testBox = new QGroupBox(this);
    auto *testForm = new QFormLayout(m_testBox);
    m_recipient = new QComboBox(m_testBox);
    m_recipient->setObjectName(QStringLiteral("recipientBox"));
    m_recipient->setEditable(true);
    m_recipient->setInsertPolicy(QComboBox::NoInsert);
    m_testText = new QLineEdit(m_testBox);
    m_testText->setObjectName(QStringLiteral("testTextEdit"));
    m_recipientLabel = new QLabel(m_testBox);
    m_textLabel = new QLabel(m_testBox);
    m_recipientLabel->setBuddy(m_recipient);
    m_textLabel->setBuddy(m_testText);
    testForm->addRow(m_recipientLabel, m_recipient);
    testForm->addRow(m_textLabel, m_testText);
    m_sendButton = new QPushButton(m_testBox);
    m_sendButton->setObjectName(QStringLiteral("sendTestButton"));
    testForm->addRow(QString(), m_sendButton);
    m_testStatus = plainLabel(m_testBox);
    m_testStatus->setObjectName(QStringLiteral("testStatus"));
    testForm->addRow(m_testStatus);
    m_testBox->setEnabled(false);
    layout->addWidget(m_testBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, &ConnectOaDialog::openPermissionPage);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectOaDialog::connectOa);
    connect(m_pasted, &QLineEdit::returnPressed, this, &ConnectOaDialog::connectOa);
    connect(m_sendButton, &QPushButton::clicked, this, &ConnectOaDialog::sendTestMessage);
    connect(m_copyButton, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_urlField->text()); });

    fillRecipients(store);
    setMinimumWidth(720);
    retranslate();
}

ConnectOaDialog::~ConnectOaDialog() = default;

void ConnectOaDialog::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_openUrl = std::move(opener);
}

void ConnectOaDialog::setAlreadyConnected(bool connected)
{
    m_connected = connected;
    m_testBox->setEnabled(connected && !m_busy);
}

QString ConnectOaDialog::connectStatus() const
{
    return m_connectStatus->text();
}

QString ConnectOaDialog::testStatus() const
{
    return m_testStatus->text();
}

void ConnectOaDialog::fillRecipients(Store::Store *store)
{
    // The administrator's own Zalo account is a follower who wrote to the OA, so it is among
    // the citizens of recent cases; otherwise its id is typed.
    if (!store) {
        return;
    }
    QSet<QString> seen;
    const QVector<Core::CaseSummary> cases = store->cases(Store::CaseFilter(), 0, 500);
    for (const Core::CaseSummary &row : cases) {
        if (row.citizenId.isEmpty() || seen.contains(row.citizenId)) {
            continue;
        }
        seen.insert(row.citizenId);
        const QString name = row.citizenName.isEmpty() ? tr("(no name)") : row.citizenName;
        m_recipient->addItem(QStringLiteral("%1 — %2").arg(name, row.citizenId), row.citizenId);
    }
    m_recipient->setCurrentIndex(-1);
}

void ConnectOaDialog::openPermissionPage()
{
    QString problem;
    const QUrl url = m_connection->begin(m_appId->text(), m_redirectUri->text(), &problem);
    if (url.isEmpty()) {
        showStatus(m_connectStatus, false, problem);
        return;
    }
    m_permissionUrl = url;
    m_urlField->setText(url.toString(QUrl::FullyEncoded));
    m_urlField->setCursorPosition(0);
    m_copyButton->setEnabled(true);
    const bool opened = m_openUrl(url);
    showStatus(m_connectStatus, true,
        opened ? tr("Zalo's permission page is open in the browser. Allow the app there with the "
                    "OA administrator's Zalo account, then paste the address the browser shows "
                    "afterwards below.")
               : tr("The browser could not be opened: copy the address above into a browser "
                    "where the OA administrator is logged in to Zalo."));
    m_pasted->setFocus();
}

void ConnectOaDialog::connectOa()
{
    if (m_busy) {
        return;
    }
    setBusy(true);
    showStatus(m_connectStatus, true, tr("Asking Zalo for the tokens..."));
    QPointer<ConnectOaDialog> self(this);
    m_connection->complete(
        m_secretKey->text(), m_pasted->text(), [self](const Zalo::OaConnection::Outcome &outcome) {
            if (!self) {
                return;
            }
            self->setBusy(false);
            self->showStatus(self->m_connectStatus, outcome.ok, outcome.message);
            if (outcome.ok) {
                self->m_pasted->clear();
                self->setAlreadyConnected(true);
                self->m_recipient->setFocus();
                emit self->connected();
            }
            emit self->stepFinished(outcome.ok);
        });
}

void ConnectOaDialog::sendTestMessage()
{
    if (m_busy) {
        return;
    }
    // An item chosen from the list carries the id; a typed text is the id itself.
    const int index = m_recipient->findText(m_recipient->currentText());
    const QString userId = index >= 0 ? m_recipient->itemData(index).toString()
                                      : m_recipient->currentText().trimmed();
    setBusy(true);
    showStatus(m_testStatus, true, tr("Sending..."));
    QPointer<ConnectOaDialog> self(this);
    m_connection->sendTestMessage(
        userId, m_testText->text(), [self](const Zalo::OaConnection::Outcome &outcome) {
            if (!self) {
                return;
            }
            self->setBusy(false);
            self->showStatus(self->m_testStatus, outcome.ok, outcome.message);
            emit self->stepFinished(outcome.ok);
        });
}

void ConnectOaDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_appBox->setEnabled(!busy);
    m_connectButton->setEnabled(!busy);
    m_pasted->setEnabled(!busy);
    m_testBox->setEnabled(m_connected && !busy);
}

void ConnectOaDialog::showStatus(QLabel *label, bool ok, const QString &text)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, ok ? QColor(0x1b5e20) : QColor(0xb71c1c));
    label->setPalette(palette);
    label->setText(text);
    growToFit();
}

void ConnectOaDialog::growToFit()
{
    // The wrapped texts are taller at the dialog's width than at the width their own size
    // hint assumes; a window does not ask its layout for the height at its width, so without
    // this the fields and buttons were squeezed to 16 px (English, three lines of intro).
    layout()->activate();
    const int wanted = std::max(width(), std::max(minimumWidth(), sizeHint().width()));
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(wanted)
                                                     : sizeHint().height();
    if (needed > height() || wanted > width()) {
        resize(wanted, std::max(needed, height()));
    }
}

void ConnectOaDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

void ConnectOaDialog::retranslate()
{
    setWindowTitle(tr("Connect Zalo OA"));
    m_intro->setText(
        tr("Connects the desk to the province's Zalo Official Account. You need the app "
           "created on developers.zalo.me and linked to the OA, and the OA administrator's "
           "Zalo account. The secret key and the tokens are kept in this computer's system "
           "keychain only."));
    m_appBox->setTitle(tr("1. The Zalo app and the permission page"));
    m_appIdLabel->setText(tr("App &ID:"));
    m_secretLabel->setText(tr("&Secret key:"));
    m_redirectLabel->setText(tr("&Callback URL:"));
    m_redirectUri->setPlaceholderText(tr("exactly as registered for the app, https://..."));
    m_openButton->setText(tr("&Open Zalo's permission page"));
    m_copyButton->setText(tr("Cop&y"));
    m_urlField->setPlaceholderText(tr("the permission page's address appears here"));
    m_codeBox->setTitle(tr("2. The address Zalo leads to"));
    m_codeHint->setText(tr("After you allow the app, the browser opens the callback URL with "
                           "a code in it. Paste that whole address (or only the code) here "
                           "within 10 minutes."));
    m_pasted->setPlaceholderText(tr("https://.../callback?code=...&state=..."));
    m_connectButton->setText(tr("Co&nnect"));
    m_testBox->setTitle(tr("3. Send a test message to my own Zalo"));
    m_recipientLabel->setText(tr("My &Zalo user id:"));
    m_recipient->lineEdit()->setPlaceholderText(
        tr("choose yourself among the citizens, or type your id"));
    m_textLabel->setText(tr("&Text:"));
    if (m_testText->text().isEmpty()) {
        m_testText->setText(tr("Test message from Advisory Desk: the OA is connected."));
    }
    m_sendButton->setText(tr("Send &test message"));
    m_closeButton->setText(tr("Close"));
    growToFit();
}

} // namespace Desk::Gui
