// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/timelinemodel.h"

#include "gui/caseeventtext.h"
#include "gui/messagekindtext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Desk::Gui {

void TimelineModel::setMessages(const QVector<Core::Message> &messages, const QString &citizenName)
{
    setEntries(messages, {}, citizenName);
}

void TimelineModel::setEntries(const QVector<Core::Message> &messages,
    const QVector<Core::CaseEvent> &notes, const QString &citizenName)
{
    beginResetModel();
    m_messages = messages;
    m_notes.clear();
    for (const auto &event : notes) {
        if (event.kind == QLatin1String("note")) {
            m_notes.append(event);
        }
    }
    m_citizenName = citizenName;
    // Both lists are oldest first: merge them, a note after the messages of its moment.
    m_rows.clear();
    m_rows.reserve(m_messages.size() + m_notes.size());
    int m = 0;
    int n = 0;
    while (m < m_messages.size() || n < m_notes.size()) {
        const bool takeNote = n < m_notes.size()
            && (m == m_messages.size() || m_notes.at(n).atMs < m_messages.at(m).timeMs);
        m_rows.append(takeNote ? Row {true, n++} : Row {false, m++});
    }
    endResetModel();
}

const Core::Message *TimelineModel::messageAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).note) {
        return nullptr;
    }
    return &m_messages.at(m_rows.at(row).index);
}

const Core::CaseEvent *TimelineModel::noteAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).note) {
        return nullptr;
    }
    return &m_notes.at(m_rows.at(row).index);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (const Core::CaseEvent *note = noteAt(index.row())) {
        switch (role) {
        case Qt::DisplayRole:
            return QJsonDocument::fromJson(note->detail.toUtf8())
                .object()
                .value(QStringLiteral("text"))
                .toString();
        case NoteRole:
            return true;
        case OutboundRole:
            return false;
        case TimeRole:
            return note->atMs;
        case TypeRole:
            return QStringLiteral("note");
        case SenderRole:
            return tr("Internal note · %1").arg(caseEventActorText(note->actor));
        }
        return {};
    }
    const Core::Message *message = messageAt(index.row());
    if (!message) {
        return {};
    }
    const bool outbound = message->direction == Core::Direction::Outbound;
    switch (role) {
    case Qt::DisplayRole: {
        // The kind's label first (a file keeps its name visible even under a caption), then
        // what the citizen wrote with it.
        QStringList lines;
        const QString label = messageKindLabel(*message);
        if (!label.isEmpty()) {
            lines.append(label);
        }
        if (!message->text.isEmpty() && message->type != QLatin1String("unreadable")) {
            lines.append(message->text);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        if (message->type == QLatin1String("unreadable")) {
            // What Zalo sent, as plain text (escaped: a citizen's `<b>` stays visible).
            const QJsonDocument raw = QJsonDocument::fromJson(message->rawJson.toUtf8());
            const QString shown = raw.isNull()
                ? message->rawJson
                : QString::fromUtf8(raw.toJson(QJsonDocument::Indented)).trimmed();
            return QStringLiteral("<p>%1</p><pre>%2</pre>")
                .arg(tr("Zalo sent this message in a form the desk cannot read. What "
                        "arrived:")
                         .toHtmlEscaped(),
                    shown.toHtmlEscaped());
        }
        if (message->type == QLatin1String("location") || message->type == QLatin1String("link")) {
            // Rich text with the address escaped: shown exactly as it is, never as markup.
            return message->url.isEmpty()
                ? QVariant()
                : QVariant(QStringLiteral("<p>%1</p>").arg(message->url.toHtmlEscaped()));
        }
        return {};
    case RawJsonRole:
        return message->rawJson;
    case OutboundRole:
        return outbound;
    case TimeRole:
        return message->timeMs;
    case TypeRole:
        return message->type;
    case ImageUrlRole:
        // Pictures show themselves (their thumbnail when Zalo gave one); a link its preview.
        if (isPictureKind(message->type)) {
            return message->thumbUrl.isEmpty() ? message->url : message->thumbUrl;
        }
        if (message->type == QLatin1String("link") && !message->thumbUrl.isEmpty()) {
            return message->thumbUrl;
        }
        return {};
    case FileNameRole:
        return message->fileName;
    case SenderRole:
        return outbound ? tr("Advisory team (OA)") : m_citizenName;
    case NoteRole:
        return false;
    }
    return {};
}

} // namespace Desk::Gui
