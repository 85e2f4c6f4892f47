// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/datagenerator.h"

#include "core/vietnamtime.h"

#include <algorithm>
#include <cmath>

namespace Desk::Sim {

using Corpus::Role;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kVnOffset = Core::kVietnamUtcOffsetSeconds * kSecond;

int vnHour(qint64 utcMs)
{
    return int(((utcMs + kVnOffset) % kDay) / kHour);
}

qint64 vnStartOfDay(qint64 utcMs)
{
    return utcMs - ((utcMs + kVnOffset) % kDay);
}

/**
 * Moves a time earlier into waking hours. Times are laid out backwards from the last
 * message, so only ever moving earlier keeps every conversation in order.
 */
qint64 plausibleCitizenTime(qint64 t, SplitMix64 &rng)
{
    const int hour = vnHour(t);
    if (hour < 6)
        return vnStartOfDay(t) - rng.between(90 * kMinute, 4 * kHour);
    if (hour == 23)
        return t - rng.between(kHour, 2 * kHour);
    return t;
}

/** OA staff answer in office hours, with an occasional evening reply from the duty officer. */
qint64 plausibleOaTime(qint64 t, SplitMix64 &rng)
{
    const int hour = vnHour(t);
    if (hour >= 7 && hour < 17)
        return t;
    if (hour >= 17 && hour < 21 && rng.chance(0.2))
        return t;
    const qint64 day = vnStartOfDay(t);
    if (hour >= 17)
        return day + 16 * kHour + rng.between(0, 55 * kMinute);
    return day - 8 * kHour + rng.between(0, 55 * kMinute); // 16:xx the day before
}

Scenario pickScenario(SplitMix64 &rng)
{
    const quint32 r = rng.below(100);
    if (r < 58)
        return Scenario::Question;
    if (r < 72)
        return Scenario::Lookup;
    if (r < 84)
        return Scenario::Complaint;
    if (r < 91)
        return Scenario::Postal;
    if (r < 97)
        return Scenario::Petition;
    return Scenario::Denunciation;
}

Role openerRole(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Lookup:
        return Role::Lookup;
    case Scenario::Complaint:
        return Role::Complaint;
    case Scenario::Petition:
        return Role::Petition;
    case Scenario::Denunciation:
        return Role::Denunciation;
    case Scenario::Postal:
        return Role::Postal;
    case Scenario::Question:
        break;
    }
    return Role::AskOpen;
}

Role firstOaRole(Scenario scenario, SplitMix64 &rng)
{
    switch (scenario) {
    case Scenario::Lookup:
        return rng.chance(0.15) ? Role::OaAskCode : Role::OaLookup;
    case Scenario::Complaint:
        return Role::OaComplaintAck;
    case Scenario::Petition:
        return Role::OaPetitionAck;
    case Scenario::Denunciation:
        return Role::OaDenunciationAck;
    case Scenario::Postal:
        return Role::OaPostal;
    case Scenario::Question:
        break;
    }
    return rng.chance(0.1) ? Role::OaGeneric : Role::OaAnswer;
}

Role followRole(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Complaint:
    case Scenario::Petition:
    case Scenario::Denunciation:
        return Role::ComplaintFollow;
    case Scenario::Lookup:
    case Scenario::Postal:
    case Scenario::Question:
        break;
    }
    return Role::AskFollow;
}

} // namespace

DataGenerator::DataGenerator(quint64 seed, qint64 anchorMs)
    : m_seed(seed)
    , m_anchorMs(anchorMs)
    , m_liveRng(mix64(seed, 0x11FE))
{ }

CitizenRecord DataGenerator::makeCitizen(SplitMix64 &rng, const SimData &data, bool highId) const
{
    CitizenRecord c;
    // 19-digit ids, all far above 2^53; some above 2^63 so a client that parses ids as
    // signed 64-bit (or double) breaks in tests, not in production.
    do {
        if (highId)
            c.userId = 9223400000000000000ULL + rng.next() % 776599999999999999ULL;
        else
            c.userId = 1000000000000000000ULL + rng.next() % 9000000000000000000ULL;
    } while (data.hasUserId(c.userId));
    c.appUserId = 1000000000000000000ULL + rng.next() % 9000000000000000000ULL;
    c.personaSeed = rng.next();
    c.commune = quint8(rng.below(quint32(Corpus::communeCount())));
    c.scenario = pickScenario(rng);
    c.area = quint8(rng.below(Corpus::AreaCount));
    c.procedure = quint8(rng.below(quint32(Corpus::procedureCount(c.area))));
    c.dossierSeq = quint16(1 + rng.below(250));
    if (rng.chance(0.10))
        c.flags |= CitizenRecord::NoDiacritics;
    if (rng.chance(0.5))
        c.flags |= CitizenRecord::SharedInfo;
    if (rng.chance(0.8))
        c.flags |= CitizenRecord::Follower;
    if (rng.chance(0.15))
        c.flags |= CitizenRecord::Tagged;
    if (rng.chance(0.3))
        c.flags |= CitizenRecord::ProvinceDossier;
    return c;
}

std::vector<int> DataGenerator::conversationLengths(int citizens, qint64 messages) const
{
    std::vector<int> lengths(size_t(citizens), 1);
    if (citizens == 0)
        return lengths;
    const double mean = double(messages) / citizens;
    const int cap = qMax(15, int(std::ceil(mean * 2.5)));
    SplitMix64 rng(mix64(m_seed, 0x1E6));
    qint64 total = 0;
    for (int &length : lengths) {
        // Exponential around the mean: many short exchanges, a few long threads.
        const double draw = 1.0 - (mean - 1.0) * std::log(1.0 - rng.real());
        length = qBound(1, int(draw), cap);
        total += length;
    }
    // Nudge random conversations until the total is exact, so `--messages N` means N.
    while (total < messages) {
        int &length = lengths[rng.below(quint32(citizens))];
        if (length < cap) {
            ++length;
            ++total;
        }
    }
    while (total > messages) {
        int &length = lengths[rng.below(quint32(citizens))];
        if (length > 1) {
            --length;
            --total;
        }
    }
    return lengths;
}

std::vector<Role> DataGenerator::script(SplitMix64 &rng, Scenario scenario, int length) const
{
    std::vector<Role> roles;
    roles.reserve(size_t(length));
    if (length >= 3 && rng.chance(0.15))
        roles.push_back(Role::Greeting);
    roles.push_back(openerRole(scenario));
    bool answered = false;
    bool ratingAsked = false;
    while (int(roles.size()) < length) {
        const Role previous = roles.back();
        const bool previousOa = Corpus::isOaRole(previous);
        const int left = length - int(roles.size());
        const bool oaNext = previousOa ? rng.chance(0.12) : rng.chance(answered ? 0.4 : 0.5);
        if (oaNext) {
            if (!answered) {
                roles.push_back(firstOaRole(scenario, rng));
                answered = true;
            } else if (left <= 2 && !ratingAsked && rng.chance(0.4)) {
                roles.push_back(Role::OaRatingRequest);
                ratingAsked = true;
            } else {
                const quint32 r = rng.below(100);
                roles.push_back(r < 65 ? Role::OaGeneric
                        : r < 78       ? Role::OaFile
                        : r < 90       ? Role::OaClosing
                                       : Role::OaAskCode);
            }
            continue;
        }
        if (previous == Role::OaRatingRequest) {
            roles.push_back(Role::Rating);
        } else if (previousOa && rng.chance(0.35)) {
            roles.push_back(Role::Thanks);
        } else {
            const quint32 r = rng.below(100);
            // One draw whatever comes out, so adding kinds never shifts a citizen's stream.
            roles.push_back(r < 8 ? Role::Image
                    : r < 9       ? Role::Gif
                    : r < 14      ? Role::File
                    : r < 16      ? Role::Sticker
                    : r < 18      ? Role::Link
                    : r < 19      ? Role::Location
                    : r < 20      ? Role::Voice
                                  : followRole(scenario));
        }
    }
    return roles;
}

quint16 DataGenerator::pickTemplate(SplitMix64 &rng, Role role, int area) const
{
    const QList<quint16> &ids = Corpus::templatesFor(role, area);
    return ids.at(rng.below(quint32(ids.size())));
}

void DataGenerator::generateConversation(
    SimData *data, quint32 citizenIndex, SplitMix64 &rng, int length)
{
    const CitizenRecord &citizen = data->citizen(citizenIndex);
    const std::vector<Role> roles = script(rng, citizen.scenario, length);

    // When the citizen last wrote decides the reply window: ~40% inside 48 h, ~25% inside
    // 7 days, the rest older (-230 territory).
    const double recency = rng.real();
    qint64 ago;
    if (recency < 0.40)
        ago = rng.between(3 * kMinute, 2 * kDay);
    else if (recency < 0.65)
        ago = rng.between(2 * kDay, 7 * kDay);
    else
        ago = rng.between(7 * kDay + kHour, 26 * kDay);

    // Gaps before each message: seconds within a burst, hours for a reply, sometimes days
    // before a citizen comes back.
    std::vector<qint64> gaps(roles.size(), 0);
    qint64 span = 0;
    for (size_t i = 1; i < roles.size(); ++i) {
        const bool oa = Corpus::isOaRole(roles[i]);
        qint64 gap;
        if (Corpus::isOaRole(roles[i - 1]) == oa) {
            gap = rng.between(10 * kSecond, 4 * kMinute);
        } else if (oa) {
            gap = rng.chance(0.7) ? rng.between(3 * kMinute, 3 * kHour)
                                  : rng.between(3 * kHour, 40 * kHour);
        } else {
            const double r = rng.real();
            gap = r < 0.6 ? rng.between(kMinute, kHour)
                : r < 0.9 ? rng.between(kHour, kDay)
                          : rng.between(kDay, 6 * kDay);
        }
        gaps[i] = gap;
        span += gap;
    }
    // Keep whole conversations inside the last 29 days (a desk's first sync reaches back 30):
    // long threads that end long ago are squeezed rather than reaching back months.
    const qint64 allowed = qMax(2 * kDay, 28 * kDay - ago);
    if (span > allowed) {
        for (qint64 &gap : gaps)
            gap = qMax(10 * kSecond, qint64(double(gap) * double(allowed) / double(span)));
    }

    std::vector<qint64> times(roles.size());
    qint64 t = m_anchorMs - ago;
    for (int i = int(roles.size()) - 1; i >= 0; --i) {
        const bool oa = Corpus::isOaRole(roles[size_t(i)]);
        t = oa ? plausibleOaTime(t, rng) : plausibleCitizenTime(t, rng);
        times[size_t(i)] = t;
        t -= gaps[size_t(i)];
    }
    // Moves into waking hours add up over a long thread: pull a thread that would start more
    // than 29 days back into that span, keeping its order.
    const qint64 earliest = m_anchorMs - 29 * kDay;
    const qint64 last = times.back();
    if (times.front() < earliest && last > earliest) {
        const double scale = double(last - earliest) / double(last - times.front());
        for (qint64 &time : times)
            time = last - qint64(double(last - time) * scale);
    }

    // The dossier a citizen quotes was filed a few days before they first wrote.
    const qint64 filed = times.front() - rng.between(kDay, 20 * kDay);
    const qint32 dossierDay = qint32((filed + kVnOffset) / kDay);

    qint64 lastInbound = 0;
    std::vector<quint16> used;
    used.reserve(roles.size());
    for (size_t i = 0; i < roles.size(); ++i) {
        MessageRecord m;
        m.timeMs = times[i];
        m.citizen = citizenIndex;
        // Nobody asks the same question twice in one thread: retry, then borrow from a
        // related role (same side of the conversation). Roles with a single template, like
        // the petition acknowledgement, may still repeat.
        const auto isUsed = [&used](quint16 id) {
            return std::find(used.cbegin(), used.cend(), id) != used.cend();
        };
        m.templateId = pickTemplate(rng, roles[i], citizen.area);
        for (int attempt = 0; attempt < 4 && isUsed(m.templateId); ++attempt)
            m.templateId = pickTemplate(rng, roles[i], citizen.area);
        for (int attempt = 0; attempt < 4 && isUsed(m.templateId); ++attempt)
            m.templateId = pickTemplate(rng, Corpus::fallbackRole(roles[i]), citizen.area);
        used.push_back(m.templateId);
        m.payload = quint32(rng.next());
        m.src = Corpus::isOaRole(roles[i]) ? 0 : 1;
        if (m.src == 1)
            lastInbound = qMax(lastInbound, m.timeMs);
        data->bulkAppend(m);
    }
    data->setLastInbound(citizenIndex, lastInbound);
    data->setDossierDay(citizenIndex, dossierDay);
}

void DataGenerator::generate(SimData *data, int citizens, qint64 messages)
{
    citizens = qMax(0, citizens);
    if (messages <= 0)
        messages = qint64(citizens) * 6;
    messages = qMax<qint64>(messages, citizens);
    const std::vector<int> lengths = conversationLengths(citizens, messages);
    data->reserve(citizens, messages);
    for (int i = 0; i < citizens; ++i) {
        SplitMix64 rng(mix64(m_seed, quint64(i) + 1));
        // The first few citizens always get ids above 2^63, whatever the seed.
        const quint32 index = data->addCitizen(makeCitizen(rng, *data, i < 3));
        generateConversation(data, index, rng, lengths[size_t(i)]);
    }
    data->finishBulkLoad();
}

quint32 DataGenerator::addCitizen(SimData *data, quint64 userId)
{
    CitizenRecord c = makeCitizen(m_liveRng, *data, false);
    if (userId != 0 && !data->hasUserId(userId))
        c.userId = userId;
    // A newcomer's dossier (if they ever quote one) was filed recently.
    c.dossierDay = qint32((m_anchorMs + kVnOffset) / kDay) - qint32(m_liveRng.between(1, 15));
    return data->addCitizen(c);
}

quint32 DataGenerator::addLiveMessage(SimData *data, qint64 nowMs)
{
    SplitMix64 &rng = m_liveRng;
    MessageRecord m;
    m.timeMs = nowMs;
    m.src = 1;
    m.payload = quint32(rng.next());
    Role role;
    if (data->citizenCount() == 0 || rng.chance(0.25)) {
        m.citizen = addCitizen(data, 0);
        role = openerRole(data->citizen(m.citizen).scenario);
    } else {
        m.citizen = rng.below(quint32(data->citizenCount()));
        const CitizenRecord &c = data->citizen(m.citizen);
        const quint32 r = rng.below(100);
        role = r < 10 ? Role::Image
            : r < 25  ? Role::Thanks
            : r < 40  ? Role::Lookup
                      : followRole(c.scenario);
    }
    m.templateId = pickTemplate(rng, role, data->citizen(m.citizen).area);
    return data->appendMessage(m);
}

} // namespace Desk::Sim
