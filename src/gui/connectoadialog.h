// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>
#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Desk::Store {
class Store;
}
namespace Desk::Zalo {
class OaConnection;
}

namespace Desk::Gui {

/**
 * Administration -> Connect Zalo OA... (and offered at first run): the administrator enters
 * the app's id, secret key and callback URL, opens Zalo's permission page in the browser,
 * pastes back the address Zalo led to (or its code), and the desk stores the tokens; then a
 * test message to the administrator's own Zalo proves the connection. The network and keychain
 * work is Zalo::OaConnection's; the dialog only asks and shows.
 */
class ConnectOaDialog : public QDialog
{
    Q_OBJECT
public:
    /** `store` (may be null) offers the citizens the desk knows as test recipients. */
    ConnectOaDialog(Zalo::OaConnection *connection, Store::Store *store, QWidget *parent = nullptr);
    ~ConnectOaDialog() override;

    /** For tests: what opens the permission page (default: the system browser). */
    void setUrlOpener(std::function<bool(const QUrl &)> opener);
    /** When the keychain already holds credentials, the test message is possible at once. */
    void setAlreadyConnected(bool connected);

    QUrl permissionUrl() const { return m_permissionUrl; }
    QString connectStatus() const;
    QString testStatus() const;
    bool isBusy() const { return m_busy; }

public slots:
    void openPermissionPage();
    void connectOa();
    void sendTestMessage();

signals:
    /** The tokens are stored: the sync can start. */
    void connected();
    /** A connect or test step ended (for tests and the status line). */
    void stepFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void showStatus(QLabel *label, bool ok, const QString &text);
    /** Makes the dialog as tall as its wrapped texts need at its width (never smaller). */
    void growToFit();
    void fillRecipients(Store::Store *store);

    Zalo::OaConnection *m_connection;
    std::function<bool(const QUrl &)> m_openUrl;
    QUrl m_permissionUrl;
    bool m_busy = false;
    bool m_connected = false;

    QLabel *m_intro;
    QGroupBox *m_appBox;
    QLabel *m_appIdLabel;
    QLineEdit *m_appId;
    QLabel *m_secretLabel;
    QLineEdit *m_secretKey;
    QLabel *m_redirectLabel;
    QLineEdit *m_redirectUri;
    QPushButton *m_openButton;
    QLineEdit *m_urlField;
    QPushButton *m_copyButton;
    QGroupBox *m_codeBox;
    QLabel *m_codeHint;
    QLineEdit *m_pasted;
    QPushButton *m_connectButton;
    QLabel *m_connectStatus;
    QGroupBox *m_testBox;
    QLabel *m_recipientLabel;
    QComboBox *m_recipient;
    QLabel *m_textLabel;
    QLineEdit *m_testText;
    QPushButton *m_sendButton;
    QLabel *m_testStatus;
    QPushButton *m_closeButton;
};

} // namespace Desk::Gui
