// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/transferlistwidget.h"

#include "core/vietnamtime.h"
#include "gui/displaytext.h"
#include "store/directory.h"
#include "store/store.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace Desk::Gui {

namespace {

QString dayText(qint64 utcMs)
{
    return Core::toVietnamTime(utcMs).toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

TransferListWidget::TransferListWidget(Store::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_titleLabel(new QLabel(this))
    , m_hops(new QVBoxLayout)
    , m_now(&Core::nowMs)
{
    setObjectName(QStringLiteral("transferListWidget"));
    m_titleLabel->setObjectName(QStringLiteral("transferTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_hops->setSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_titleLabel);
    layout->addLayout(m_hops);
    // Routing and answers are written from dialogs: show them without waiting for the view.
    connect(m_store, &Store::Store::casesChanged, this, [this](const QSet<qint64> &caseIds) {
        if (m_caseId != 0 && caseIds.contains(m_caseId)) {
            refresh();
        }
    });
    rebuild();
}

void TransferListWidget::showCase(qint64 caseId)
{
    m_caseId = caseId;
    refresh();
}

void TransferListWidget::refresh()
{
    m_transfers = m_caseId != 0 ? Store::CaseWork(*m_store).transfers(m_caseId)
                                : QVector<Store::Transfer>();
    rebuild();
}

void TransferListWidget::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
    rebuild();
}

QLabel *TransferListWidget::hopLabel(int index) const
{
    return m_hopLabels.value(index);
}

void TransferListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

QString TransferListWidget::hopHtml(int hop, const Store::Transfer &transfer, qint64 now) const
{
    const Store::Directory directory(*m_store);
    const auto agency = directory.agency(transfer.agencyCode);
    QStringList lines;
    lines << tr("<b>%1. %2</b>")
                 .arg(hop)
                 .arg((agency ? agency->name : transfer.agencyCode).toHtmlEscaped());
    lines << tr("Sent %1 by %2")
                 .arg(fullTimeText(transfer.routedAtMs), transfer.routedBy.toHtmlEscaped());
    if (!transfer.note.isEmpty()) {
        lines << tr("Note: %1")
                     .arg(transfer.note.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    if (transfer.answeredAtMs == 0) {
        const bool overdue = transfer.dueAtMs > 0 && now > transfer.dueAtMs;
        const QString waiting = transfer.dueAtMs > 0
            ? tr("Waiting for the answer, due %1").arg(dayText(transfer.dueAtMs))
            : tr("Waiting for the answer");
        lines << QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
                     .arg(overdue ? QStringLiteral("#c62828") : QStringLiteral("#8a5300"),
                         overdue
                             ? tr("Overdue: the answer was due %1").arg(dayText(transfer.dueAtMs))
                             : waiting);
        const qint64 recallUntil = Store::CaseWork(*m_store).recallDeadline(transfer);
        if (now <= recallUntil) {
            lines << tr("Sent by mistake? It can be recalled until %1 (Case menu).")
                         .arg(Core::toVietnamTime(recallUntil).toString(QStringLiteral("HH:mm")));
        }
        return lines.join(QStringLiteral("<br>"));
    }
    const bool late = transfer.dueAtMs > 0 && transfer.answeredAtMs > transfer.dueAtMs;
    lines << QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
                 .arg(late ? QStringLiteral("#c62828") : QStringLiteral("#2e7d32"),
                     late ? tr("Answered %1, after the due date %2")
                                .arg(fullTimeText(transfer.answeredAtMs), dayText(transfer.dueAtMs))
                          : tr("Answered %1").arg(fullTimeText(transfer.answeredAtMs)));
    if (!transfer.answerText.isEmpty()) {
        lines << QStringLiteral("<i>%1</i>")
                     .arg(transfer.answerText.toHtmlEscaped().replace(
                         u'\n', QStringLiteral("<br>")));
    }
    for (const QString &file : transfer.answerFiles) {
        lines << QStringLiteral("• <a href=\"%1\">%2</a>")
                     .arg(QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         QFileInfo(file).fileName().toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

void TransferListWidget::rebuild()
{
    qDeleteAll(m_hopLabels);
    m_hopLabels.clear();
    m_titleLabel->setText(tr("Transfers to agencies"));
    setVisible(m_caseId != 0);
    if (m_caseId == 0) {
        return;
    }
    const qint64 now = m_now();
    auto addLabel = [this](const QString &html) {
        auto *label = new QLabel(html, this);
        label->setObjectName(QStringLiteral("transferHop%1").arg(m_hopLabels.size() + 1));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        // A document opens in the program the computer uses for it.
        connect(label, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
        m_hops->addWidget(label);
        m_hopLabels << label;
        label->show();
    };
    if (m_transfers.isEmpty()) {
        addLabel(tr("Not sent to any agency."));
        return;
    }
    for (int i = 0; i < m_transfers.size(); ++i) {
        addLabel(hopHtml(i + 1, m_transfers.at(i), now));
    }
    updateGeometry();
}

} // namespace Desk::Gui
