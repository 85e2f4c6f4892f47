// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/syncstatuswidget.h"

#include "core/vietnamtime.h"

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
    if (m_syncing) {
        text = tr("Syncing with Zalo OA…");
    } else if (!m_lastReport) {
        text = tr("Not synced yet");
    } else if (m_lastReport->ok()) {
        const QString at
            = Core::toVietnamTime(m_lastReport->finishedAtMs).toString(QStringLiteral("HH:mm:ss"));
        text = m_lastReport->newMessages > 0
            ? tr("Synced at %1: %n new message(s)", nullptr, m_lastReport->newMessages).arg(at)
            : tr("Synced at %1: no new messages").arg(at);
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
}

} // namespace Desk::Gui
