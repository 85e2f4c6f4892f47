// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/caseeventtext.h"

#include "gui/displaytext.h"
#include "reports/labels.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Desk::Gui {

namespace {

QString statusWord(const QString &key)
{
    const auto status = Core::caseStatusFromKey(key);
    return status ? statusText(*status) : key;
}

QString purposeWord(const QString &key)
{
    if (key == QLatin1String("acknowledgement")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "acknowledgement");
    }
    if (key == QLatin1String("interim")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "interim reply");
    }
    if (key == QLatin1String("rating_request")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "rating question");
    }
    return QCoreApplication::translate("Desk::Gui::CaseEventText", "reply");
}

QString classificationWords(const QJsonObject &c)
{
    QStringList words;
    if (!c.value(QStringLiteral("kind")).toString().isEmpty()) {
        words << Reports::kindLabel(c.value(QStringLiteral("kind")).toString());
    }
    for (const char *key : {"area", "locality", "procedure"}) {
        const QString value = c.value(QLatin1String(key)).toString();
        if (!value.isEmpty()) {
            words << value;
        }
    }
    return words.join(QStringLiteral(" · "));
}

} // namespace

QString caseEventActorText(const QString &actor)
{
    if (actor == QLatin1String("sync")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "Zalo sync");
    }
    if (actor == QLatin1String("zalo-oa")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "Zalo OA");
    }
    if (actor == QLatin1String("classifier")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "Automatic classification");
    }
    if (actor == QLatin1String("citizen")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "Citizen");
    }
    if (actor == QLatin1String("desk")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "Advisory Desk");
    }
    return actor;
}

QString caseEventText(const Core::CaseEvent &event)
{
    const QJsonObject d = QJsonDocument::fromJson(event.detail.toUtf8()).object();
    const auto text = [&d](const char *key) { return d.value(QLatin1String(key)).toString(); };
    const QString &kind = event.kind;
    if (kind == QLatin1String("opened")) {
        return d.contains(QStringLiteral("previous_case_id"))
            ? QCoreApplication::translate(
                "Desk::Gui::CaseEventText", "Case %1 opened (follows a closed case)")
                  .arg(text("code"))
            : QCoreApplication::translate("Desk::Gui::CaseEventText", "Case %1 opened")
                  .arg(text("code"));
    }
    if (kind == QLatin1String("status_changed")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "Status: %1 → %2")
            .arg(statusWord(text("from")), statusWord(text("to")));
    }
    if (kind == QLatin1String("read")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "Read");
    }
    if (kind == QLatin1String("classified")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "Classified: %1")
            .arg(classificationWords(d));
    }
    if (kind == QLatin1String("classification_overridden")) {
        return QCoreApplication::translate(
            "Desk::Gui::CaseEventText", "Classification changed: %1 → %2")
            .arg(classificationWords(d.value(QStringLiteral("from")).toObject()),
                classificationWords(d.value(QStringLiteral("to")).toObject()));
    }
    if (kind == QLatin1String("assigned")) {
        return text("to").isEmpty()
            ? QCoreApplication::translate("Desk::Gui::CaseEventText", "Assignment removed")
            : QCoreApplication::translate("Desk::Gui::CaseEventText", "Assigned to %1")
                  .arg(text("to"));
    }
    if (kind == QLatin1String("note")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "Internal note: %1")
            .arg(text("text"));
    }
    if (kind == QLatin1String("routed")) {
        QString line = QCoreApplication::translate("Desk::Gui::CaseEventText", "Routed to %1")
                           .arg(text("agency"));
        const qint64 due = d.value(QStringLiteral("due_at_ms")).toVariant().toLongLong();
        if (due > 0) {
            line += QCoreApplication::translate("Desk::Gui::CaseEventText", ", answer due %1")
                        .arg(fullTimeText(due));
        }
        if (!text("note").isEmpty()) {
            line += QStringLiteral(": ") + text("note");
        }
        return line;
    }
    if (kind == QLatin1String("agency_answered")) {
        // The count first: lupdate 6.4 hangs on a call expression as translate()'s count.
        const int files = d.value(QStringLiteral("files")).toInt();
        return QCoreApplication::translate("Desk::Gui::CaseEventText",
            "The agency's answer recorded (%n document(s))", nullptr, files);
    }
    if (kind == QLatin1String("rated")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "Rated: %1")
            .arg(text("text").isEmpty() ? text("level") : text("text"));
    }
    if (kind == QLatin1String("reply_queued")) {
        const int parts = d.value(QStringLiteral("parts")).toInt();
        return QCoreApplication::translate(
            "Desk::Gui::CaseEventText", "Queued a %1 (%n message(s))", nullptr, parts)
            .arg(purposeWord(text("purpose")));
    }
    if (kind == QLatin1String("reply_sent")) {
        return QCoreApplication::translate(
            "Desk::Gui::CaseEventText", "Sent through Zalo: %1, part %2")
            .arg(purposeWord(text("purpose")), text("part"));
    }
    if (kind == QLatin1String("reply_refused")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "Zalo refused the reply: %1")
            .arg(text("message"));
    }
    if (kind == QLatin1String("reply_cancelled")) {
        return QCoreApplication::translate("Desk::Gui::CaseEventText", "Queued reply withdrawn");
    }
    if (kind == QLatin1String("reply_requeued")) {
        return QCoreApplication::translate(
            "Desk::Gui::CaseEventText", "Refused reply queued again");
    }
    if (kind == QLatin1String("replied_elsewhere")) {
        return QCoreApplication::translate(
            "Desk::Gui::CaseEventText", "Answered outside the desk (Zalo OA console)");
    }
    // A kind added later: still shown, with its raw detail.
    return event.detail.isEmpty() ? kind : kind + QStringLiteral(": ") + event.detail;
}

} // namespace Desk::Gui
