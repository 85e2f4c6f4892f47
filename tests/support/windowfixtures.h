// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the main window's keyboard and layout tests: a real SQLite profile in a temporary
// folder with the default directory (templates) and a few citizens' cases written through the
// store API, a main window over it at 1366x768, and a watch that answers the next modal dialog.
#pragma once

#include "gui/imagesource.h"
#include "gui/mainwindow.h"
#include "store/directory.h"
#include "store/store.h"

#include <QApplication>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <functional>
#include <memory>

namespace Desk::TestSupport {

class WindowDesk
{
public:
    /** Opens the profile and seeds the directory; false (and a warning) when it cannot. */
    bool open()
    {
        QString error;
        if (!m_dir.isValid()
            || !m_store.open(m_dir.filePath(QStringLiteral("desk.sqlite")), &error)) {
            qWarning("cannot open the store: %s", qPrintable(error));
            return false;
        }
        Store::Directory directory(m_store);
        return directory.seedDefaults();
    }

    /** A citizen named `name` with `count` messages (every third one the OA's); its case id. */
    qint64 addCase(const QString &zaloId, const QString &name, int count, qint64 endMs = 0)
    {
        Core::Citizen citizen;
        citizen.zaloId = zaloId;
        citizen.displayName = name;
        const qint64 end = endMs ? endMs : QDateTime::currentMSecsSinceEpoch() - 60000;
        QVector<Core::Message> messages;
        for (int m = 0; m < count; ++m) {
            Core::Message message;
            message.messageId = QStringLiteral("%1-%2").arg(zaloId).arg(m);
            message.citizenId = zaloId;
            message.direction = m % 3 == 2 ? Core::Direction::Outbound : Core::Direction::Inbound;
            message.timeMs = end - qint64(count - m) * 60000;
            message.type = QStringLiteral("text");
            // Long questions and short answers, as conversations go.
            message.text = m % 2 == 0
                ? QStringLiteral("Tin nhắn số %1: cho tôi hỏi thủ tục cấp giấy chứng nhận "
                                 "quyền sử dụng đất cần những giấy tờ gì?")
                      .arg(m + 1)
                : QStringLiteral("Dạ, cảm ơn anh/chị (%1).").arg(m + 1);
            messages.append(message);
        }
        const auto result = m_store.ingestConversation(citizen, messages);
        return result.touchedCaseIds.isEmpty() ? 0 : *result.touchedCaseIds.begin();
    }

    /** The main window at 1366x768, shown and active. */
    Gui::MainWindow *makeWindow()
    {
        m_window = std::make_unique<Gui::MainWindow>(&m_store, nullptr, &m_images);
        m_window->resize(1366, 768);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        if (!QTest::qWaitForWindowActive(m_window.get())) {
            qWarning("the main window did not become active");
        }
        m_window->inbox()->refresh();
        return m_window.get();
    }
    void closeWindow() { m_window.reset(); }

    Store::Store &store() { return m_store; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    Store::Store m_store;
    Gui::NullImageSource m_images;
    std::unique_ptr<Gui::MainWindow> m_window;
};

/** Runs `handler` on the next modal dialog, from the event loop of its exec(). */
inline void onNextModal(QObject *owner, std::function<void(QWidget *)> handler)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, handler] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            handler(modal);
        }
    });
    timer->start();
}

} // namespace Desk::TestSupport
