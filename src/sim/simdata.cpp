// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simdata.h"

#include "sim/random.h"

#include <algorithm>

namespace Desk::Sim {

SimData::SimData(quint64 seed)
{
    for (int i = 0; i < 4; ++i)
        m_roundKeys[i] = mix64(seed, 0x1D0 + i);
    m_tagKey = mix64(seed, 0x7A6);
}

std::optional<quint32> SimData::findCitizen(QStringView userId) const
{
    // Ids above 2^63 do not fit qint64, so parse unsigned; reject anything but plain digits.
    if (userId.isEmpty() || userId.size() > 20)
        return std::nullopt;
    for (const QChar ch : userId) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = false;
    const quint64 id = userId.toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    const auto it = m_citizenById.constFind(id);
    if (it == m_citizenById.constEnd())
        return std::nullopt;
    return *it;
}

quint32 SimData::addCitizen(const CitizenRecord &record)
{
    const quint32 index = quint32(m_citizens.size());
    m_citizens.push_back(record);
    m_conversations.emplace_back();
    m_citizenById.insert(record.userId, index);
    return index;
}

int SimData::followerCount() const
{
    return int(std::count_if(m_citizens.cbegin(), m_citizens.cend(),
        [](const CitizenRecord &c) { return c.has(CitizenRecord::Follower); }));
}

// Message ids: a 4-round Feistel network over the 64-bit index (a bijection, so the id can
// be decoded back to the index), prefixed with a 16-bit keyed tag so random strings are
// rejected. Same seed, same ids; different seed, different ids.
quint64 SimData::permute(quint64 value) const
{
    quint32 left = quint32(value >> 32);
    quint32 right = quint32(value);
    for (const quint64 key : m_roundKeys) {
        const quint32 next = left ^ quint32(mix64(right, key));
        left = right;
        right = next;
    }
    return (quint64(left) << 32) | right;
}

quint64 SimData::unpermute(quint64 value) const
{
    quint32 left = quint32(value >> 32);
    quint32 right = quint32(value);
    for (int i = 3; i >= 0; --i) {
        const quint32 previous = right ^ quint32(mix64(left, m_roundKeys[i]));
        right = left;
        left = previous;
    }
    return (quint64(left) << 32) | right;
}

quint16 SimData::idTag(quint64 permuted) const
{
    return quint16(mix64(permuted, m_tagKey) >> 48);
}

QString SimData::messageId(quint32 index) const
{
    const quint64 permuted = permute(index);
    char text[21];
    static const char digits[] = "0123456789abcdef";
    const quint16 tag = idTag(permuted);
    for (int i = 0; i < 4; ++i)
        text[i] = digits[(tag >> (12 - 4 * i)) & 0xF];
    for (int i = 0; i < 16; ++i)
        text[4 + i] = digits[(permuted >> (60 - 4 * i)) & 0xF];
    text[20] = '\0';
    return QString::fromLatin1(text, 20);
}

std::optional<quint32> SimData::findMessage(QStringView messageId) const
{
    if (messageId.size() != 20)
        return std::nullopt;
    bool ok = false;
    const quint64 tag = messageId.first(4).toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    const quint64 permuted = messageId.sliced(4).toULongLong(&ok, 16);
    if (!ok || idTag(permuted) != tag)
        return std::nullopt;
    const quint64 index = unpermute(permuted);
    if (index >= m_messages.size())
        return std::nullopt;
    return quint32(index);
}

bool SimData::byTime(quint32 a, quint32 b) const
{
    const qint64 ta = m_messages[a].timeMs;
    const qint64 tb = m_messages[b].timeMs;
    return ta != tb ? ta < tb : a < b;
}

qint64 SimData::latestTime(quint32 citizen) const
{
    const QList<quint32> &list = m_conversations[citizen];
    return list.isEmpty() ? 0 : m_messages[list.constLast()].timeMs;
}

bool SimData::byLatest(quint32 a, quint32 b) const
{
    const qint64 ta = latestTime(a);
    const qint64 tb = latestTime(b);
    return ta != tb ? ta < tb : a < b;
}

quint32 SimData::appendMessage(const MessageRecord &record)
{
    const quint32 index = quint32(m_messages.size());
    const quint32 citizen = record.citizen;
    QList<quint32> &list = m_conversations[citizen];

    // The citizen's place in the by-latest order is keyed by its current latest message;
    // take it out before that changes.
    if (!list.isEmpty()) {
        const auto it = std::lower_bound(m_byLatest.begin(), m_byLatest.end(), citizen,
            [this](quint32 a, quint32 b) { return byLatest(a, b); });
        if (it != m_byLatest.end() && *it == citizen)
            m_byLatest.erase(it);
    }

    m_messages.push_back(record);
    const auto cmp = [this](quint32 a, quint32 b) { return byTime(a, b); };
    // New messages are nearly always the newest, so these inserts are appends in practice.
    list.insert(std::upper_bound(list.begin(), list.end(), index, cmp), index);
    m_byTime.insert(std::upper_bound(m_byTime.begin(), m_byTime.end(), index, cmp), index);
    m_byLatest.insert(std::upper_bound(m_byLatest.begin(), m_byLatest.end(), citizen,
                          [this](quint32 a, quint32 b) { return byLatest(a, b); }),
        citizen);
    if (record.src == 1 && record.timeMs > m_citizens[citizen].lastInboundMs)
        m_citizens[citizen].lastInboundMs = record.timeMs;
    return index;
}

quint32 SimData::appendCustomMessage(MessageRecord record, CustomMessage content)
{
    record.custom = 1;
    record.payload = quint32(m_custom.size());
    m_custom.append(std::move(content));
    return appendMessage(record);
}

void SimData::reserve(int citizens, qint64 messages)
{
    m_citizens.reserve(size_t(citizens));
    m_conversations.reserve(size_t(citizens));
    m_citizenById.reserve(citizens);
    m_messages.reserve(size_t(messages));
}

void SimData::finishBulkLoad()
{
    const auto cmp = [this](quint32 a, quint32 b) { return byTime(a, b); };
    m_byTime.resize(m_messages.size());
    for (size_t i = 0; i < m_messages.size(); ++i)
        m_byTime[i] = quint32(i);
    std::sort(m_byTime.begin(), m_byTime.end(), cmp);

    for (QList<quint32> &list : m_conversations)
        list.clear();
    for (const quint32 index : m_byTime)
        m_conversations[m_messages[index].citizen].append(index);

    m_byLatest.clear();
    for (quint32 c = 0; c < quint32(m_citizens.size()); ++c) {
        if (!m_conversations[c].isEmpty())
            m_byLatest.push_back(c);
    }
    std::sort(m_byLatest.begin(), m_byLatest.end(),
        [this](quint32 a, quint32 b) { return byLatest(a, b); });
}

namespace {
template<typename Container>
QList<quint32> newestFirst(const Container &ordered, int offset, int count)
{
    QList<quint32> page;
    const qsizetype size = qsizetype(ordered.size());
    for (qsizetype i = size - 1 - offset; i >= 0 && page.size() < count; --i)
        page.append(quint32(ordered[i]));
    return page;
}
} // namespace

QList<quint32> SimData::recentMessages(int offset, int count) const
{
    return newestFirst(m_byTime, offset, count);
}

QList<quint32> SimData::recentConversations(int offset, int count) const
{
    QList<quint32> page = newestFirst(m_byLatest, offset, count);
    for (quint32 &entry : page)
        entry = m_conversations[entry].constLast();
    return page;
}

QList<quint32> SimData::conversationPage(quint32 citizen, int offset, int count) const
{
    return newestFirst(m_conversations[citizen], offset, count);
}

} // namespace Desk::Sim
