// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casechangeddialog.h"

#include "gui/caseeventtext.h"
#include "gui/displaytext.h"

#include <QPushButton>

namespace Desk::Gui {

namespace {

QString excerpt(const QString &text)
{
    constexpr int kLength = 80;
    const QString flat = text.simplified();
    return flat.size() > kLength ? flat.left(kLength - 1) + QChar(0x2026) : flat;
}

QString statusWord(const QString &key)
{
    const auto status = Core::caseStatusFromKey(key);
    return status ? statusText(*status) : key;
}

} // namespace

QString caseChangeText(const Store::CaseChange &change, qint64 nowMs)
{
    using Kind = Store::CaseChange::Kind;
    const QString who
        = caseEventActorText(change.actorName.isEmpty() ? change.actor : change.actorName);
    const QString at = shortTimeText(change.atMs, nowMs);
    switch (change.kind) {
    case Kind::CitizenMessage:
        return CaseChangedDialog::tr("The citizen wrote again at %1: «%2»")
            .arg(at, excerpt(change.text));
    case Kind::ReplyQueued:
        if (change.to == QLatin1String("reply") && !change.text.isEmpty()) {
            return CaseChangedDialog::tr("%1 queued a reply at %2: «%3»")
                .arg(who, at, excerpt(change.text));
        }
        return CaseChangedDialog::tr("%1 queued a message at %2").arg(who, at);
    case Kind::ReplySent:
        return CaseChangedDialog::tr("The reply queued by %1 was sent at %2").arg(who, at);
    case Kind::ReplyRefused:
        return CaseChangedDialog::tr("Zalo refused a queued reply at %1").arg(at);
    case Kind::ReplyCancelled:
        return CaseChangedDialog::tr("%1 withdrew a queued reply at %2").arg(who, at);
    case Kind::RepliedElsewhere:
        return CaseChangedDialog::tr("An answer was sent from the OA's web console at %1").arg(at);
    case Kind::StatusChanged:
        return CaseChangedDialog::tr("%1 changed the status to «%2» at %3")
            .arg(who, statusWord(change.to), at);
    case Kind::Assigned:
        if (change.to.isEmpty()) {
            return CaseChangedDialog::tr("%1 removed the assignment at %2").arg(who, at);
        }
        return CaseChangedDialog::tr("%1 assigned the case to %2 at %3").arg(who, change.to, at);
    case Kind::Routed:
        return CaseChangedDialog::tr("%1 routed the case to %2 at %3").arg(who, change.to, at);
    case Kind::AgencyAnswered:
        return CaseChangedDialog::tr("%1 recorded the agency's answer at %2").arg(who, at);
    case Kind::Classified:
        return CaseChangedDialog::tr("%1 classified the case at %2").arg(who, at);
    }
    return {};
}

CaseChangedDialog::CaseChangedDialog(
    const QVector<Store::CaseChange> &changes, qint64 nowMs, QWidget *parent)
    : QMessageBox(
        QMessageBox::Warning, tr("The case changed"), QString(), QMessageBox::NoButton, parent)
{
    setObjectName(QStringLiteral("caseChangedMessageBox"));
    setTextFormat(Qt::PlainText); // citizens' and colleagues' words
    QStringList lines;
    for (const Store::CaseChange &change : changes) {
        lines << QStringLiteral("• ") + caseChangeText(change, nowMs);
    }
    if (lines.isEmpty()) {
        lines << tr("The case changed since you opened it.");
    }
    setText(tr("While you were writing, this happened in the case:") + QLatin1Char('\n')
        + lines.join(QLatin1Char('\n')));
    setInformativeText(tr("Send your reply anyway, or review the case first? What you wrote "
                          "stays in the editor."));
    m_send = addButton(tr("Send anyway"), QMessageBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendAnywayButton"));
    auto *review = addButton(tr("Review"), QMessageBox::RejectRole);
    review->setObjectName(QStringLiteral("reviewButton"));
    m_review = review;
    // Looking first is the safe choice: Enter and Esc both review.
    setDefaultButton(review);
    setEscapeButton(review);
}

bool CaseChangedDialog::sendAnyway()
{
    exec();
    return clickedButton() == m_send;
}

} // namespace Desk::Gui
