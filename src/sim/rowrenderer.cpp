// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/rowrenderer.h"

#include "core/vietnamtime.h"

#include <QDate>

namespace Desk::Sim {

using Corpus::Kind;

QString OaProfile::name()
{
    return QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Cà Mau");
}

RowRenderer::RowRenderer(const SimData &data)
    : m_data(data)
    , m_personas(4096)
{ }

Corpus::Persona RowRenderer::persona(quint32 citizen) const
{
    if (const Corpus::Persona *hit = m_personas.object(citizen))
        return *hit;
    const CitizenRecord &c = m_data.citizen(citizen);
    auto *made = new Corpus::Persona(Corpus::makePersona(c.personaSeed, c.commune));
    const Corpus::Persona copy = *made;
    m_personas.insert(citizen, made);
    return copy;
}

QString RowRenderer::userId(quint32 citizen) const
{
    return QString::number(m_data.citizen(citizen).userId);
}

QString RowRenderer::vnDate(qint32 day)
{
    return QDate(1970, 1, 1).addDays(day).toString(QStringLiteral("dd/MM/yyyy"));
}

QString RowRenderer::sentTime(qint64 utcMs)
{
    // By hand rather than QDateTime::toString (3 µs, a fifth of a row's cost). Days to a
    // civil date: H. Hinnant's days_from_civil inverse, exact for the proleptic Gregorian
    // calendar.
    constexpr qint64 kDayMs = 86'400'000;
    const qint64 local = utcMs + qint64(Core::kVietnamUtcOffsetSeconds) * 1000;
    qint64 days = local / kDayMs;
    qint64 msOfDay = local % kDayMs;
    if (msOfDay < 0) {
        msOfDay += kDayMs;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const qint64 seconds = msOfDay / 1000;
    char text[20];
    const auto two = [&text](int at, qint64 v) {
        text[at] = char('0' + v / 10);
        text[at + 1] = char('0' + v % 10);
    };
    two(0, seconds / 3600);
    text[2] = ':';
    two(3, seconds / 60 % 60);
    text[5] = ':';
    two(6, seconds % 60);
    text[8] = ' ';
    two(9, day);
    text[11] = '/';
    two(12, month);
    text[14] = '/';
    two(15, year / 100);
    two(17, year % 100);
    text[19] = '\0';
    return QString::fromLatin1(text, 19);
}

QString RowRenderer::dossierCode(const CitizenRecord &c) const
{
    // TT 01/2018/TT-VPCP: <receiving unit>-YYMMDD-<4-digit daily sequence>; Cà Mau is H12.
    // Commune-level units get a middle group from the commune's position; the provincial
    // centre is 000.00.00.H12.
    const QDate filed = QDate(1970, 1, 1).addDays(c.dossierDay);
    const int unit = c.has(CitizenRecord::ProvinceDossier) ? 0 : c.commune + 1;
    return QStringLiteral("000.00.%1.H12-%2-%3")
        .arg(unit, 2, 10, QLatin1Char('0'))
        .arg(filed.toString(QStringLiteral("yyMMdd")))
        .arg(int(c.dossierSeq), 4, 10, QLatin1Char('0'));
}

QString RowRenderer::avatarUrl(quint32 citizen, int size) const
{
    QString url
        = m_baseUrl + QStringLiteral("/media/avatar/") + userId(citizen) + QStringLiteral(".png");
    if (size != 120)
        url += QStringLiteral("?size=") + QString::number(size);
    return url;
}

QString RowRenderer::oaAvatarUrl() const
{
    return m_baseUrl + QStringLiteral("/media/avatar/oa.png");
}

QString RowRenderer::fill(const QString &pattern, quint32 citizen, quint32 payload) const
{
    if (!pattern.contains(QLatin1Char('{')))
        return pattern;
    const CitizenRecord &c = m_data.citizen(citizen);
    QString out;
    out.reserve(pattern.size() + 64);
    qsizetype pos = 0;
    while (pos < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), pos);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            out += QStringView(pattern).sliced(pos);
            break;
        }
        out += QStringView(pattern).sliced(pos, open - pos);
        const QStringView slot = QStringView(pattern).sliced(open + 1, close - open - 1);
        if (slot == u"procedure") {
            out += Corpus::procedureName(c.area, c.procedure);
        } else if (slot == u"commune") {
            out += Corpus::communeInSentence(c.commune);
        } else if (slot == u"code") {
            out += dossierCode(c);
        } else if (slot == u"name") {
            out += persona(citizen).fullName;
        } else if (slot == u"address") {
            out += persona(citizen).street + QStringLiteral(", ")
                + Corpus::communeInSentence(c.commune) + QStringLiteral(", tỉnh Cà Mau");
        } else if (slot == u"phone") {
            out += Corpus::localPhone(persona(citizen).phone);
        } else if (slot == u"date") {
            out += vnDate(c.dossierDay);
        } else if (slot == u"due") {
            out += vnDate(c.dossierDay + 5 + c.dossierSeq % 15);
        } else if (slot == u"agency") {
            out += Corpus::areaAgency(c.area);
        } else if (slot == u"days") {
            out += QString::number(3 + payload % 25);
        } else {
            out += QStringView(pattern).sliced(open, close - open + 1);
        }
        pos = close + 1;
    }
    return out;
}

QString RowRenderer::text(quint32 message) const
{
    const MessageRecord &m = m_data.message(message);
    if (m.custom)
        return m_data.custom(m.payload).text;
    QString text = fill(Corpus::templateText(m.templateId), m.citizen, m.payload);
    if (Corpus::isUnaccented(m.templateId)
        || (m.src == 1 && m_data.citizen(m.citizen).has(CitizenRecord::NoDiacritics)))
        text = Corpus::stripDiacritics(text);
    return text;
}

void RowRenderer::writeMedia(JsonWriter *out, quint32 message) const
{
    const MessageRecord &m = m_data.message(message);
    Kind kind;
    QString url;
    QString thumb;
    QString name;
    QStringList link; // url, title, description
    QString address;
    if (m.custom) {
        const CustomMessage &custom = m_data.custom(m.payload);
        kind = custom.kind;
        url = custom.url;
        thumb = custom.thumb;
        name = custom.name;
    } else {
        const Corpus::Template &t = Corpus::templateAt(m.templateId);
        kind = Corpus::kindOf(t.role);
        const QString extra = QString::fromUtf8(t.extra ? t.extra : "");
        const QString base = m_baseUrl + QStringLiteral("/media/");
        const QString id = m_data.messageId(message);
        switch (kind) {
        case Kind::Image:
            url = base + QStringLiteral("image/") + id + QStringLiteral(".jpg");
            thumb = base + QStringLiteral("image/") + id + QStringLiteral("_thumb.jpg");
            break;
        case Kind::Gif:
            url = base + QStringLiteral("gif/") + id + QStringLiteral(".gif");
            thumb = base + QStringLiteral("image/") + id + QStringLiteral("_thumb.jpg");
            break;
        case Kind::File:
            name = extra;
            url = base + QStringLiteral("files/") + extra;
            break;
        case Kind::Sticker:
            url = base + QStringLiteral("sticker/") + extra + QStringLiteral(".png");
            thumb = url;
            break;
        case Kind::Link:
            link = extra.split(QLatin1Char('\t'));
            url = link.value(0);
            thumb = base + QStringLiteral("attachment/link-") + QString::number(m.templateId)
                + QStringLiteral(".jpg");
            break;
        case Kind::Location:
            address = fill(extra, m.citizen, m.payload);
            break;
        case Kind::Voice:
            url = base + QStringLiteral("voice/") + id + QStringLiteral(".aac");
            break;
        case Kind::Text:
            break;
        }
    }
    // A quarter of the pictures come typed `image`, the rest `photo`, as real OAs mix them.
    out->key("type").value(Corpus::kindName(kind, m.payload % 4 == 0));
    if (kind == Kind::Text)
        return;
    if (kind == Kind::Location) {
        // Somewhere in Cà Mau (8.6-9.6 N, 104.7-105.4 E), fixed by the message's seed.
        const double latitude = 8.6 + double(m.payload % 10000) / 10000.0;
        const double longitude = 104.7 + double((m.payload / 10000) % 7000) / 10000.0;
        out->key("location");
        out->beginObject();
        out->key("latitude").value(QString::number(latitude, 'f', 6));
        out->key("longitude").value(QString::number(longitude, 'f', 6));
        out->key("address").value(address);
        out->endObject();
        return;
    }
    out->key("url").value(url);
    if (!thumb.isEmpty())
        out->key("thumb").value(thumb);
    if (kind == Kind::File)
        out->key("name").value(name);
    if (kind == Kind::Link) {
        out->key("links");
        out->beginArray();
        out->beginObject();
        out->key("url").value(url);
        out->key("title").value(link.value(1));
        out->key("description").value(link.value(2));
        out->key("thumb").value(thumb);
        out->endObject();
        out->endArray();
    }
}

void RowRenderer::writeRow(JsonWriter *out, quint32 message) const
{
    const MessageRecord &m = m_data.message(message);
    const QString citizenId = userId(m.citizen);
    const QString citizenName = persona(m.citizen).displayName;
    const QString citizenAvatar = avatarUrl(m.citizen);
    static const QString oaId = QString::fromLatin1(OaProfile::kOaId);
    const QString oaName = OaProfile::name();
    const bool inbound = m.src == 1;

    out->beginObject();
    out->key("src").value(int(m.src));
    out->key("time").value(m.timeMs);
    out->key("sent_time").value(sentTime(m.timeMs));
    out->key("from_id").value(inbound ? citizenId : oaId);
    out->key("from_display_name").value(inbound ? citizenName : oaName);
    out->key("from_avatar").value(inbound ? citizenAvatar : oaAvatarUrl());
    out->key("to_id").value(inbound ? oaId : citizenId);
    out->key("to_display_name").value(inbound ? oaName : citizenName);
    out->key("to_avatar").value(inbound ? oaAvatarUrl() : citizenAvatar);
    out->key("message_id").value(m_data.messageId(message));
    out->key("message").value(text(message));
    writeMedia(out, message);
    out->endObject();
}

QByteArray RowRenderer::rowsEnvelope(const QList<quint32> &messages) const
{
    JsonWriter out;
    out.beginObject();
    out.key("data");
    out.beginArray();
    for (const quint32 message : messages)
        writeRow(&out, message);
    out.endArray();
    out.key("error").value(0);
    out.key("message").value(QStringLiteral("Success"));
    out.endObject();
    return out.take();
}

QJsonObject RowRenderer::userDetail(quint32 citizen) const
{
    const CitizenRecord &c = m_data.citizen(citizen);
    const Corpus::Persona p = persona(citizen);
    const bool shared = c.has(CitizenRecord::SharedInfo);
    // Same keys whether or not the citizen shared anything, as the real OA answers.
    const QJsonObject sharedInfo {
        {QStringLiteral("address"), shared ? p.street : QString()},
        {QStringLiteral("city"), shared ? QStringLiteral("Cà Mau") : QString()},
        {QStringLiteral("district"), shared ? Corpus::communeName(c.commune) : QString()},
        {QStringLiteral("phone"), shared ? p.phone : qint64(0)},
        {QStringLiteral("name"), shared ? p.fullName : QString()},
        {QStringLiteral("user_dob"), shared ? p.dob : QString()},
    };
    QJsonArray tags;
    if (c.has(CitizenRecord::Tagged))
        tags.append(Corpus::areaLabel(c.area));
    const QString lastInteraction = c.lastInboundMs > 0
        ? Core::toVietnamTime(c.lastInboundMs).toString(QStringLiteral("dd/MM/yyyy"))
        : QString();
    return QJsonObject {
        {QStringLiteral("user_id"), userId(citizen)},
        {QStringLiteral("user_id_by_app"), QString::number(c.appUserId)},
        {QStringLiteral("user_external_id"), QString()},
        {QStringLiteral("display_name"), p.displayName},
        {QStringLiteral("user_alias"), p.alias},
        {QStringLiteral("is_sensitive"), false},
        {QStringLiteral("user_last_interaction_date"), lastInteraction},
        {QStringLiteral("user_is_follower"), c.has(CitizenRecord::Follower)},
        {QStringLiteral("avatar"), avatarUrl(citizen)},
        {QStringLiteral("avatars"),
            QJsonObject {{QStringLiteral("120"), avatarUrl(citizen)},
                {QStringLiteral("240"), avatarUrl(citizen, 240)}}},
        {QStringLiteral("dynamic_param"), QString()},
        {QStringLiteral("tags_and_notes_info"),
            QJsonObject {
                {QStringLiteral("notes"), QJsonArray()}, {QStringLiteral("tag_names"), tags}}},
        {QStringLiteral("shared_info"), sharedInfo},
    };
}

QJsonObject RowRenderer::oaInfo() const
{
    return QJsonObject {
        {QStringLiteral("oaid"), QString::fromLatin1(OaProfile::kOaId)},
        {QStringLiteral("name"), OaProfile::name()},
        {QStringLiteral("description"),
            QStringLiteral("Kênh tiếp nhận hỏi đáp, phản ánh, kiến nghị về thủ tục hành chính "
                           "của Trung tâm Phục vụ hành chính công tỉnh Cà Mau.")},
        {QStringLiteral("oa_alias"), QStringLiteral("ttpvhcc.camau")},
        {QStringLiteral("is_verified"), true},
        {QStringLiteral("oa_type"), 4},
        {QStringLiteral("cate_name"), QStringLiteral("Cơ quan nhà nước")},
        {QStringLiteral("avatar"), oaAvatarUrl()},
        {QStringLiteral("cover"), QString(m_baseUrl + QStringLiteral("/media/oa/cover.jpg"))},
        {QStringLiteral("num_follower"), m_data.followerCount()},
        {QStringLiteral("package_name"), QString()},
        {QStringLiteral("package_valid_through_date"), QString()},
        {QStringLiteral("package_auto_renew_date"), QString()},
        {QStringLiteral("linked_zca"), QString()},
    };
}

} // namespace Desk::Sim
