// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/corpus.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace Desk::Sim {

/** What brought a citizen to the OA; decides how the generator scripts the conversation. */
enum class Scenario : quint8 { Question, Lookup, Complaint, Petition, Denunciation, Postal };

/**
 * A citizen in ~48 bytes: names, address, phone and birthday are derived from
 * `personaSeed` when a row is rendered, so 100,000 citizens cost a few MB.
 */
struct CitizenRecord
{
    enum Flag : quint8 {
        NoDiacritics = 1, // types without accents
        SharedInfo = 2, // has shared name/phone/address with the OA
        Follower = 4,
        Tagged = 8,
        ProvinceDossier = 16, // dossier filed at the provincial centre, not the commune
    };

    quint64 userId = 0;
    quint64 appUserId = 0;
    quint64 personaSeed = 0;
    qint64 lastInboundMs = 0; // 0: never wrote
    qint32 dossierDay = 0; // Vietnam date the dossier was filed, days since 1970-01-01
    quint16 dossierSeq = 1;
    quint8 commune = 0;
    quint8 area = 0;
    quint8 procedure = 0;
    Scenario scenario = Scenario::Question;
    quint8 flags = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
};

/**
 * A message in 24 bytes: the text is rendered from a template and a per-message seed when a
 * row is served. A million messages take ~24 MB instead of several hundred MB of QStrings.
 */
struct MessageRecord
{
    qint64 timeMs = 0;
    quint32 citizen = 0;
    quint32 payload = 0; // slot seed, or index into the custom table if `custom`
    quint16 templateId = 0;
    quint8 src = 1; // Zalo's src: 1 citizen -> OA, 0 OA -> citizen
    quint8 custom = 0;
};

/** Messages whose content came from outside: OA replies sent through the API, injected text. */
struct CustomMessage
{
    QString text;
    Corpus::Kind kind = Corpus::Kind::Text;
    QString url;
    QString thumb;
    QString name;
    QString quoteMessageId;
};

/** All citizens and messages, with the orderings the API pages through. */
class SimData
{
public:
    explicit SimData(quint64 seed);

    int citizenCount() const { return int(m_citizens.size()); }
    const CitizenRecord &citizen(quint32 index) const { return m_citizens[index]; }
    std::optional<quint32> findCitizen(QStringView userId) const;
    bool hasUserId(quint64 userId) const { return m_citizenById.contains(userId); }
    quint32 addCitizen(const CitizenRecord &record);
    int followerCount() const;

    qint64 messageCount() const { return qint64(m_messages.size()); }
    const MessageRecord &message(quint32 index) const { return m_messages[index]; }
    const CustomMessage &custom(quint32 payload) const { return m_custom.at(payload); }
    /** 20 lowercase hex digits that encode the index: no id table needed, ids look random. */
    QString messageId(quint32 index) const;
    std::optional<quint32> findMessage(QStringView messageId) const;

    /** Adds one message and keeps every ordering current. */
    quint32 appendMessage(const MessageRecord &record);
    quint32 appendCustomMessage(MessageRecord record, CustomMessage content);

    /** Bulk load for the generator: append citizens' messages, then build orderings once. */
    void reserve(int citizens, qint64 messages);
    void bulkAppend(const MessageRecord &record) { m_messages.push_back(record); }
    void setLastInbound(quint32 citizen, qint64 timeMs)
    {
        m_citizens[citizen].lastInboundMs = timeMs;
    }
    void setDossierDay(quint32 citizen, qint32 day) { m_citizens[citizen].dossierDay = day; }
    void finishBulkLoad();

    /** Newest first. */
    QList<quint32> recentMessages(int offset, int count) const;
    /** Latest message of each conversation, newest conversation first. */
    QList<quint32> recentConversations(int offset, int count) const;
    /** One citizen's messages, newest first. */
    QList<quint32> conversationPage(quint32 citizen, int offset, int count) const;
    const QList<quint32> &conversation(quint32 citizen) const { return m_conversations[citizen]; }

private:
    quint64 permute(quint64 value) const;
    quint64 unpermute(quint64 value) const;
    quint16 idTag(quint64 permuted) const;
    bool byTime(quint32 a, quint32 b) const;
    qint64 latestTime(quint32 citizen) const;
    bool byLatest(quint32 a, quint32 b) const;

    quint64 m_roundKeys[4];
    quint64 m_tagKey;
    std::vector<CitizenRecord> m_citizens;
    std::vector<MessageRecord> m_messages;
    std::vector<QList<quint32>> m_conversations; // per citizen, oldest first
    std::vector<quint32> m_byTime; // every message, oldest first
    std::vector<quint32> m_byLatest; // citizens with messages, by latest message
    QHash<quint64, quint32> m_citizenById;
    QList<CustomMessage> m_custom;
};

} // namespace Desk::Sim
