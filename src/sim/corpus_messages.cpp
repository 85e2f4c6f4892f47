// SPDX-License-Identifier: GPL-3.0-or-later
// Lookup over the message templates (corpus_templates.cpp): texts converted once, which are
// typed without accents, and which templates serve a role in a procedure area.
#include "sim/corpus.h"

#include <QHash>
#include <algorithm>
#include <iterator>

namespace Desk::Sim::Corpus {

namespace {

struct Index
{
    QList<QString> texts;
    QList<bool> unaccented; // typed without accents: slot values get stripped too
    QHash<int, QList<quint16>> byRoleArea; // key: role * 64 + area + 1

    Index()
    {
        const TemplateTable table = templateTable();
        const int count = table.count;
        texts.reserve(count);
        for (int id = 0; id < count; ++id) {
            texts.append(QString::fromUtf8(table.templates[id].text));
            const QString &text = texts.constLast();
            unaccented.append(std::all_of(text.cbegin(), text.cend(), [](QChar ch) {
                return ch.unicode() < 0x80;
            }) && text.contains(QLatin1Char(' ')));
        }
        for (int role = 0; role < int(Role::Count); ++role) {
            for (int area = -1; area < AreaCount; ++area) {
                QList<quint16> ids;
                for (int id = 0; id < count; ++id) {
                    const Template &t = table.templates[id];
                    if (int(t.role) == role && (t.area == -1 || t.area == area))
                        ids.append(quint16(id));
                }
                byRoleArea.insert(role * 64 + area + 1, ids);
            }
        }
    }
};

const Index &index()
{
    static const Index instance;
    return instance;
}

} // namespace

int templateCount()
{
    return templateTable().count;
}

const Template &templateAt(int id)
{
    return templateTable().templates[id];
}

const QString &templateText(int id)
{
    return index().texts.at(id);
}

bool isUnaccented(int id)
{
    return index().unaccented.at(id);
}

Kind kindOf(Role role)
{
    switch (role) {
    case Role::Image:
        return Kind::Image;
    case Role::File:
    case Role::OaFile:
        return Kind::File;
    case Role::Sticker:
        return Kind::Sticker;
    case Role::Link:
        return Kind::Link;
    case Role::Gif:
        return Kind::Gif;
    case Role::Location:
        return Kind::Location;
    case Role::Voice:
        return Kind::Voice;
    default:
        return Kind::Text;
    }
}

Role fallbackRole(Role role)
{
    switch (role) {
    case Role::AskFollow:
        return Role::ComplaintFollow;
    case Role::ComplaintFollow:
        return Role::AskFollow;
    case Role::Thanks:
    case Role::Rating:
        return Role::Sticker;
    case Role::OaGeneric:
    case Role::OaAskCode:
        return Role::OaClosing;
    default:
        return role;
    }
}

bool isOaRole(Role role)
{
    return role >= Role::OaAnswer;
}

const QList<quint16> &templatesFor(Role role, int area)
{
    const Index &idx = index();
    const auto it = idx.byRoleArea.constFind(int(role) * 64 + area + 1);
    Q_ASSERT(it != idx.byRoleArea.constEnd() && !it->isEmpty());
    return *it;
}

QString kindName(Kind kind, bool legacyImage)
{
    switch (kind) {
    case Kind::Image:
        return legacyImage ? QStringLiteral("image") : QStringLiteral("photo");
    case Kind::Gif:
        return QStringLiteral("gif");
    case Kind::Location:
        return QStringLiteral("location");
    case Kind::Voice:
        return QStringLiteral("voice");
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Sticker:
        return QStringLiteral("sticker");
    case Kind::Link:
        return QStringLiteral("link");
    case Kind::Text:
        break;
    }
    return QStringLiteral("text");
}

} // namespace Desk::Sim::Corpus
