// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/unreadnotifier.h"

#include "core/vietnamtime.h"
#include "gui/inboxmodel.h"
#include "gui/logging.h"
#include "store/inboxlines.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>
#include <algorithm>

namespace Desk::Gui {

namespace {

constexpr auto kGroup = "notifications";
constexpr int kCountCap = 999;
// A sync pass touching more cases than this is a first sync or an import: counted, and
// announced by the count only.
constexpr int kMostRead = 200;

} // namespace

UnreadNotifier::UnreadNotifier(Store::Store *store, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_window(window)
    , m_seenInboundMs(Core::nowMs()) // what came before the desk started is counted, not rung
    , m_menu(new QMenu(window))
    , m_countAction(m_menu->addAction(QString()))
    , m_trayAction(m_menu->addAction(QString()))
    , m_soundAction(m_menu->addAction(QString()))
{
    m_menu->setObjectName(QStringLiteral("notificationsMenu"));
    m_countAction->setObjectName(QStringLiteral("unreadCountAction"));
    m_trayAction->setObjectName(QStringLiteral("trayNotificationAction"));
    m_soundAction->setObjectName(QStringLiteral("notificationSoundAction"));
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    m_settings.count = settings.value(QStringLiteral("count"), m_settings.count).toBool();
    m_settings.tray = settings.value(QStringLiteral("tray"), m_settings.tray).toBool();
    m_settings.sound = settings.value(QStringLiteral("sound"), m_settings.sound).toBool();
    for (QAction *action : {m_countAction, m_trayAction, m_soundAction}) {
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this] {
            Settings chosen;
            chosen.count = m_countAction->isChecked();
            chosen.tray = m_trayAction->isChecked();
            chosen.sound = m_soundAction->isChecked();
            setSettings(chosen);
        });
    }
    syncActions();
    retranslate();
    connect(store, &Store::Store::casesChanged, this, &UnreadNotifier::casesTouched);
    updateTray();
    recount();
}

UnreadNotifier::~UnreadNotifier() = default;

void UnreadNotifier::setBaseTitle(const QString &title)
{
    m_baseTitle = title;
    showCount();
}

void UnreadNotifier::setSettings(const Settings &settings)
{
    m_settings = settings;
    QSettings stored;
    stored.beginGroup(QLatin1String(kGroup));
    stored.setValue(QStringLiteral("count"), settings.count);
    stored.setValue(QStringLiteral("tray"), settings.tray);
    stored.setValue(QStringLiteral("sound"), settings.sound);
    syncActions();
    updateTray();
    showCount();
}

void UnreadNotifier::syncActions()
{
    const QSignalBlocker count(m_countAction);
    const QSignalBlocker tray(m_trayAction);
    const QSignalBlocker sound(m_soundAction);
    m_countAction->setChecked(m_settings.count);
    m_trayAction->setChecked(m_settings.tray);
    m_soundAction->setChecked(m_settings.sound);
}

void UnreadNotifier::retranslate()
{
    m_menu->setTitle(tr("&Notifications"));
    m_countAction->setText(tr("Unread count in the title and the taskbar"));
    m_trayAction->setText(tr("Tray notification when a citizen writes"));
    m_soundAction->setText(tr("Sound when a citizen writes"));
    m_trayChanged = true; // the tray's tooltip in the new language
    showCount();
}

void UnreadNotifier::casesTouched(const QSet<qint64> &caseIds)
{
    recount();
    if (caseIds.isEmpty() || caseIds.size() > kMostRead) {
        return;
    }
    // A citizen wrote when a touched case is unread with a message newer than any seen.
    QVector<Core::CaseSummary> news;
    qint64 newest = m_seenInboundMs;
    for (const qint64 id : caseIds) {
        const auto row = m_store->caseById(id);
        if (row && row->unreadCount > 0 && row->lastInboundAtMs > m_seenInboundMs) {
            news.append(*row);
            newest = std::max(newest, row->lastInboundAtMs);
        }
    }
    m_seenInboundMs = newest;
    if (news.isEmpty()) {
        return;
    }
    std::sort(news.begin(), news.end(),
        [](const auto &a, const auto &b) { return a.lastInboundAtMs > b.lastInboundAtMs; });
    QVector<qint64> ids;
    for (const Core::CaseSummary &row : std::as_const(news)) {
        ids << row.id;
    }
    announce(ids);
}

void UnreadNotifier::announce(const QVector<qint64> &caseIds)
{
    const bool background = !m_window->isActiveWindow();
    const bool message = m_settings.tray && background;
    if (!message && !m_settings.sound) {
        return; // turned off, or staff are looking at the desk (the inbox shows it)
    }
    QString title;
    QString text;
    const auto first = m_store->caseById(caseIds.first());
    if (!first) {
        return;
    }
    const QString firstName = first->citizenName.isEmpty() ? first->citizenId : first->citizenName;
    if (caseIds.size() == 1) {
        title = tr("%1 wrote").arg(firstName);
        Store::InboxLines lines(*m_store);
        text = InboxModel::lineText(lines.forCases({first->id}).value(first->id), *first);
    } else {
        title = tr("%n citizen(s) wrote", nullptr, int(caseIds.size()));
        QStringList names {firstName};
        for (int i = 1; i < std::min<int>(3, caseIds.size()); ++i) {
            if (const auto row = m_store->caseById(caseIds.at(i))) {
                names << (row->citizenName.isEmpty() ? row->citizenId : row->citizenName);
            }
        }
        text = names.join(QStringLiteral(", "))
            + (caseIds.size() > names.size() ? QStringLiteral(", …") : QString());
    }
    m_lastAnnounced = first->id;
    if (message) {
        if (m_tray) {
            m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
        }
        QApplication::alert(m_window); // the taskbar button flashes until the desk is looked at
    }
    if (m_settings.sound) {
        QApplication::beep();
    }
    qCInfo(lcGui) << "announced" << caseIds.size() << "case(s) with new messages";
    emit announced(first->id, title, text, m_settings.sound);
}

void UnreadNotifier::recount()
{
    Store::CaseFilter filter;
    filter.unreadOnly = true;
    const Store::CaseCount count = m_store->countCasesCapped(filter, kCountCap);
    if (!m_store->lastError().isEmpty()) {
        return; // the database did not answer: the count shown stays
    }
    m_unread = count.count;
    m_unreadCapped = count.capped;
    showCount();
}

void UnreadNotifier::showCount()
{
    const bool shown = m_settings.count && m_unread > 0;
    const QString number
        = QLocale().toString(m_unread) + (m_unreadCapped ? QStringLiteral("+") : QString());
    if (!m_baseTitle.isEmpty()) {
        m_window->setWindowTitle(
            shown ? QStringLiteral("(%1) %2").arg(number, m_baseTitle) : m_baseTitle);
    }
    // The taskbar shows the window's icon: the count on it, as chat programs do.
    const int badge = shown ? m_unread : 0;
    if (badge == m_iconCount && !m_trayChanged) {
        return;
    }
    m_iconCount = badge;
    m_trayChanged = false;
    const QIcon icon = badge > 0 ? badged(badge) : QApplication::windowIcon();
    m_window->setWindowIcon(icon);
    if (m_tray) {
        m_tray->setIcon(icon);
        m_tray->setToolTip(shown ? tr("Advisory Desk: %n unread case(s)", nullptr, m_unread)
                                 : tr("Advisory Desk"));
    }
}

void UnreadNotifier::updateTray()
{
    const bool wanted = m_settings.tray && QSystemTrayIcon::isSystemTrayAvailable();
    if (!wanted) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray) {
        return;
    }
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        if (m_lastAnnounced != 0) {
            emit openCaseRequested(m_lastAnnounced);
        }
    });
    connect(
        m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
            if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
    m_tray->show();
    m_trayChanged = true;
    showCount();
}

QIcon UnreadNotifier::badged(int count) const
{
    constexpr int kSize = 64;
    QPixmap pixmap = QApplication::windowIcon().pixmap(kSize, kSize);
    if (pixmap.isNull()) {
        pixmap = QPixmap(kSize, kSize);
        pixmap.fill(Qt::transparent);
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(kSize * 0.38, kSize * 0.38, kSize * 0.62, kSize * 0.62);
    painter.setPen(QPen(Qt::white, 3));
    painter.setBrush(QColor(0xc6, 0x28, 0x28));
    painter.drawEllipse(badge);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(count > 9 ? kSize / 4 : kSize / 3);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(
        badge, Qt::AlignCenter, count > 99 ? QStringLiteral("99+") : QString::number(count));
    return QIcon(pixmap);
}

} // namespace Desk::Gui
