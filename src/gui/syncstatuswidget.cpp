// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/syncstatuswidget.h"

#include "core/vietnamtime.h"
#include "gui/plaintext.h"

#include <QEvent>

namespace Desk::Gui {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatusLabel"));
    setTextFormat(Qt::PlainText);
    updateText();
}

void SyncStatusWidget::setSyncing()
{
    m_syncing = true;
    updateText();
}

void SyncStatusWidget::setReport(const Zalo::SyncReport &report)
{
    m_syncing = false;
    m_lastReport = report;
    if (report.ok()) {
        m_lastOkMs = report.finishedAtMs;
    }
    updateText();
}

void SyncStatusWidget::setTeamService(bool alive, qint64 lastBeatMs)
{
    m_team = true;
    m_serviceAlive = alive;
    m_lastBeatMs = lastBeatMs;
    updateText();
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateText();
    }
    QLabel::changeEvent(event);
}

void SyncStatusWidget::updateText()
{
    QString text;
    QString style;
    QString tooltip;
    if (m_team) {
        const QString at = Core::toVietnamTime(m_lastBeatMs).toString(QStringLiteral("HH:mm"));
        if (m_serviceAlive) {
            text = tr("The team's Zalo OA service is working");
        } else {
            text = m_lastBeatMs > 0
                ? tr("The team's Zalo OA service has not worked since %1").arg(at)
                : tr("The team's Zalo OA service has not started yet");
            style = QStringLiteral("color: #c62828; font-weight: 600;");
        }
    } else if (m_syncing) {
        text = tr("Syncing with Zalo OA…");
    } else if (!m_lastReport) {
        text = tr("Not synced yet");
    } else if (m_lastReport->ok()) {
        const QString at
            = Core::toVietnamTime(m_lastReport->finishedAtMs).toString(QStringLiteral("HH:mm:ss"));
        text = m_lastReport->newMessages > 0
            ? tr("Synced at %1: %n new message(s)", nullptr, m_lastReport->newMessages).arg(at)
            : tr("Synced at %1: no new messages").arg(at);
        if (m_lastReport->citizensNotSynced > 0) {
            // Zalo keeps refusing these conversations (or sent rows the desk cannot read):
            // the rest is up to date, these are retried by themselves.
            const int notSynced = m_lastReport->citizensNotSynced;
            text += QLatin1Char(' ')
                + tr(
                    "· %n conversation(s) not read yet, retried automatically", nullptr, notSynced);
            style = QStringLiteral("color: #b26a00; font-weight: 600;");
            tooltip = tr("Conversations Zalo has not given the desk yet:") + QLatin1Char('\n')
                + m_lastReport->notSyncedNames.join(QLatin1Char('\n'));
        }
    } else {
        text = m_lastReport->userMessage();
        if (m_lastOkMs > 0) {
            text += QLatin1Char(' ')
                + tr("(last successful sync %1)")
                      .arg(Core::toVietnamTime(m_lastOkMs).toString(QStringLiteral("HH:mm")));
        }
        style = QStringLiteral("color: #c62828; font-weight: 600;");
    }
    setText(text);
    setStyleSheet(style);
    // Names are the citizens' own text: never read as markup.
    setToolTip(tooltip.isEmpty() ? QString() : plainToolTip(tooltip));
}

} // namespace Desk::Gui
