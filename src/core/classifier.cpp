// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classifier.h"

#include "core/logging.h"
#include "core/textextract.h"
#include "core/textfold.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <vector>

namespace Desk::Core {

namespace {

// --- words --------------------------------------------------------------------------------

/** Every distinct word of the rules and commune names, numbered; message words look up here. */
class Vocabulary
{
public:
    int add(const QString &word)
    {
        if (const auto it = m_ids.constFind(QStringView(word)); it != m_ids.cend()) {
            return *it;
        }
        m_storage.push_back(std::make_unique<QString>(word));
        const int id = int(m_storage.size()) - 1;
        m_ids.insert(QStringView(*m_storage.back()), id); // the view stays valid: heap string
        return id;
    }
    int id(QStringView word) const { return m_ids.value(word, -1); }
    int size() const { return int(m_storage.size()); }

private:
    std::vector<std::unique_ptr<QString>> m_storage;
    QHash<QStringView, int> m_ids;
};

struct Token
{
    QStringView text;
    int id = -1;
};

/** Words of folded text (letters and digits); "p5" / "f5" (phường 5) become two words. */
std::vector<Token> tokenize(const QString &folded, const Vocabulary &vocabulary)
{
    static const QString ward = QStringLiteral("phuong");
    std::vector<Token> tokens;
    tokens.reserve(folded.size() / 4 + 1);
    const QChar *data = folded.constData();
    const qsizetype n = folded.size();
    qsizetype i = 0;
    while (i < n) {
        if (!data[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && data[j].isLetterOrNumber()) {
            ++j;
        }
        QStringView word(data + i, j - i);
        if (word.size() >= 2 && word.size() <= 3 && (word.front() == u'p' || word.front() == u'f')
            && word.at(1).isDigit() && word.back().isDigit()) {
            tokens.push_back({QStringView(ward), vocabulary.id(ward)});
            word = word.mid(1);
        }
        tokens.push_back({word, vocabulary.id(word)});
        i = j;
    }
    return tokens;
}

QStringList splitWords(const QString &folded)
{
    QStringList words;
    for (const Token &t : tokenize(folded, Vocabulary())) {
        words.append(t.text.toString());
    }
    return words;
}

/** Phrases (word sequences, the last word optionally a prefix) indexed by their first word. */
class PhraseTable
{
public:
    struct Phrase
    {
        std::vector<int> ids; // exact words; the prefix word, if any, is not in here
        QString prefix; // last word as a prefix, empty if none
        int owner = 0;
    };

    void add(Vocabulary &vocabulary, const QStringList &words, bool lastIsPrefix, int owner)
    {
        Phrase phrase;
        phrase.owner = owner;
        for (int i = 0; i < words.size(); ++i) {
            if (lastIsPrefix && i == words.size() - 1) {
                phrase.prefix = words.at(i);
            } else {
                phrase.ids.push_back(vocabulary.add(words.at(i)));
            }
        }
        const int index = int(m_phrases.size());
        m_phrases.push_back(std::move(phrase));
        const Phrase &p = m_phrases.back();
        if (p.ids.empty()) {
            m_prefixOnly.push_back(index);
        } else {
            if (int(m_byFirst.size()) <= p.ids.front()) {
                m_byFirst.resize(p.ids.front() + 1);
            }
            m_byFirst[p.ids.front()].push_back(index);
        }
    }

    const Phrase &at(int index) const { return m_phrases[index]; }

    /** Calls `found(phraseIndex, start, length)` for every occurrence. */
    template<typename F> void match(const std::vector<Token> &tokens, F found) const
    {
        const int n = int(tokens.size());
        for (int i = 0; i < n; ++i) {
            const int id = tokens[i].id;
            if (id >= 0 && id < int(m_byFirst.size())) {
                for (const int index : m_byFirst[id]) {
                    const Phrase &p = m_phrases[index];
                    const int length = int(p.ids.size()) + (p.prefix.isEmpty() ? 0 : 1);
                    if (i + length > n) {
                        continue;
                    }
                    bool ok = true;
                    for (size_t k = 1; k < p.ids.size() && ok; ++k) {
                        ok = tokens[i + int(k)].id == p.ids[k];
                    }
                    if (ok && !p.prefix.isEmpty()) {
                        ok = tokens[i + length - 1].text.startsWith(p.prefix);
                    }
                    if (ok) {
                        found(index, i, length);
                    }
                }
            }
            for (const int index : m_prefixOnly) {
                if (tokens[i].text.startsWith(m_phrases[index].prefix)) {
                    found(index, i, 1);
                }
            }
        }
    }

private:
    std::vector<Phrase> m_phrases;
    std::vector<std::vector<int>> m_byFirst;
    std::vector<int> m_prefixOnly;
};

// --- folding ------------------------------------------------------------------------------

// Per-character result of foldForSearch for the Latin, combining-mark and Vietnamese blocks.
constexpr char16_t kDrop = 0xFFFF; // a combining mark: removed
constexpr char16_t kSlow = 0xFFFE; // anything else: fold the whole text the slow way

struct FoldTable
{
    struct Range
    {
        char16_t first;
        char16_t last;
    };
    static constexpr Range kRanges[] = {{0x0000, 0x024F}, {0x0300, 0x036F}, {0x1E00, 0x1EFF}};
    std::vector<char16_t> map; // indexed by code unit, up to 0x1EFF

    FoldTable()
        : map(0x1F00, kSlow)
    {
        // Built from foldForSearch itself, so the two can never disagree. NFD works character
        // by character and the marks it reorders are dropped, so folding each character alone
        // equals folding the text.
        for (const Range &range : kRanges) {
            for (char32_t c = range.first; c <= range.last; ++c) {
                const QString folded = foldForSearch(QString(QChar(c)));
                map[c] = folded.isEmpty() ? kDrop
                    : folded.size() == 1  ? folded.at(0).unicode()
                                          : kSlow;
            }
        }
    }
};

// --- localities ---------------------------------------------------------------------------

enum class UnitType { Any, Commune, Ward, Town };

/** A former unit merged (wholly or partly) into a commune on 1 July 2025. */
struct FormerUnit
{
    int commune = 0;
    UnitType type = UnitType::Any;
    QStringList qualifier; // folded words of its old district: "ca mau", "dong hai"
    bool partial = false; // split between several communes: never resolved alone
};

/** One locality name as it may be written, shared by the current commune and former units. */
struct NameEntry
{
    QString folded;
    int current = -1; // commune whose present name this is
    QList<FormerUnit> formers;
};

// Commune names that are also ordinary words or bigger places in folded text: "năm cần"
// (five needed), "tán thành" (agree), "đất mới" (new land), Bạc Liêu and Hòa Bình (provinces).
// They count only after "xã" / "phường" / "thị trấn".
const QSet<QString> &namesNeedingPrefix()
{
    static const QSet<QString> names {QStringLiteral("nam can"), QStringLiteral("tan thanh"),
        QStringLiteral("dat moi"), QStringLiteral("bac lieu"), QStringLiteral("hoa binh")};
    return names;
}

UnitType typeOfPrefix(const QString &folded)
{
    if (folded == QLatin1String("xa")) {
        return UnitType::Commune;
    }
    if (folded == QLatin1String("phuong")) {
        return UnitType::Ward;
    }
    if (folded == QLatin1String("thi tran")) {
        return UnitType::Town;
    }
    return UnitType::Any;
}

enum class Prefix { None, Commune, Ward, Town, District };

/** What the words just before a name say it is: "xã", "p.", "thị trấn", "huyện", "thị xã", ... */
Prefix prefixBefore(const std::vector<Token> &tokens, int start)
{
    const auto word = [&](int i) { return i >= 0 ? tokens[i].text : QStringView(); };
    const QStringView w1 = word(start - 1);
    const QStringView w2 = word(start - 2);
    if (w2 == u"thi" && w1 == u"xa") {
        return Prefix::District;
    }
    if ((w2 == u"thanh" && w1 == u"pho") || w1 == u"huyen" || w1 == u"tp" || w1 == u"tx"
        || w1 == u"tinh" || w1 == u"quan") {
        return Prefix::District;
    }
    if ((w2 == u"thi" && w1 == u"tran") || w1 == u"tt") {
        return Prefix::Town;
    }
    if (w1 == u"xa" || w1 == u"x" || (w2 == u"dac" && w1 == u"khu")) {
        return Prefix::Commune;
    }
    if (w1 == u"phuong" || w1 == u"p" || w1 == u"f") {
        return Prefix::Ward;
    }
    return Prefix::None;
}

bool containsPhrase(const std::vector<Token> &tokens, const QStringList &words)
{
    if (words.isEmpty()) {
        return false;
    }
    for (size_t i = 0; i + size_t(words.size()) <= tokens.size(); ++i) {
        bool ok = true;
        for (int k = 0; k < words.size() && ok; ++k) {
            ok = tokens[i + size_t(k)].text == words.at(k);
        }
        if (ok) {
            return true;
        }
    }
    return false;
}

} // namespace

// --- compiled data ------------------------------------------------------------------------

struct Classifier::Data
{
    enum Special { None, DossierCode, Phone, QuestionMark, Rating, AreaFound };
    struct Rule
    {
        ClassificationRule row;
        bool isKind = true;
        std::vector<std::pair<Special, int>> specials; // marker, its alternative index
    };
    struct Alternative
    {
        int rule = 0;
        QString text; // folded, for the explanation
    };

    QList<Rule> rules;
    QList<Alternative> alternatives;
    Vocabulary vocabulary;
    PhraseTable rulePhrases; // owner: alternative index
    PhraseTable namePhrases; // owner: name entry index
    QList<NameEntry> names;
    QList<Locality> localities;
    RatingScale ratingScale;
    QStringList warnings;
    QHash<QString, QString> areaNames; // code -> name

    void addRule(const ClassificationRule &row);
    void addLocalities(const QList<Locality> &list);
    int nameEntry(const QString &folded);
};

void Classifier::Data::addRule(const ClassificationRule &row)
{
    const QString where = QStringLiteral("rule %1").arg(row.position);
    Rule rule {row, row.target == QLatin1String("kind"), {}};
    if (row.target != QLatin1String("kind") && row.target != QLatin1String("area")) {
        warnings.append(where + QStringLiteral(": unknown target '%1'").arg(row.target));
        return;
    }
    if (rule.isKind && !caseKindFromKey(row.value)) {
        warnings.append(where + QStringLiteral(": unknown kind '%1'").arg(row.value));
        return;
    }
    if (!rule.isKind && !areaNames.contains(row.value)) {
        warnings.append(where + QStringLiteral(": unknown area '%1'").arg(row.value));
        return;
    }
    if (!row.enabled) {
        return;
    }
    const int ruleIndex = int(rules.size());
    int alternativeCount = 0;
    for (const QString &raw : row.pattern.split(QLatin1Char('|'))) {
        QString alternative = foldForSearch(raw).trimmed();
        if (alternative.startsWith(QLatin1Char('@'))) {
            static const QHash<QString, Special> specials {
                {QStringLiteral("@dossier_code"), DossierCode}, {QStringLiteral("@phone"), Phone},
                {QStringLiteral("@question_mark"), QuestionMark},
                {QStringLiteral("@rating"), Rating}, {QStringLiteral("@area"), AreaFound}};
            const Special special = specials.value(alternative, None);
            if (special == None) {
                warnings.append(where + QStringLiteral(": unknown marker '%1'").arg(alternative));
            } else {
                rule.specials.push_back({special, int(alternatives.size())});
                alternatives.append({ruleIndex, alternative});
                ++alternativeCount;
            }
            continue;
        }
        const bool prefix = alternative.endsWith(QLatin1Char('*'));
        if (prefix) {
            alternative.chop(1);
        }
        const QStringList words = splitWords(alternative);
        if (words.isEmpty()) {
            continue;
        }
        rulePhrases.add(vocabulary, words, prefix, int(alternatives.size()));
        alternatives.append(
            {ruleIndex, words.join(QLatin1Char(' ')) + (prefix ? QStringLiteral("*") : QString())});
        ++alternativeCount;
    }
    if (alternativeCount == 0) {
        warnings.append(where + QStringLiteral(": empty pattern"));
    }
    rules.append(rule);
}

int Classifier::Data::nameEntry(const QString &folded)
{
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).folded == folded) {
            return i;
        }
    }
    names.append(NameEntry {folded, -1, {}});
    namePhrases.add(vocabulary, splitWords(folded), false, int(names.size()) - 1);
    return int(names.size()) - 1;
}

void Classifier::Data::addLocalities(const QList<Locality> &list)
{
    // "Phường 1 (TP Cà Mau, phần còn lại)": unit type, name, old district, split marks.
    static const QRegularExpression unitPattern(
        QStringLiteral("^(xa|phuong|thi tran|dac khu)\\s+(.+?)\\s*(?:\\((.*)\\))?$"));
    static const QRegularExpression districtPrefix(
        QStringLiteral("^(tp|thanh pho|thi xa|tx|huyen)\\s+"));
    localities = list;
    for (int c = 0; c < list.size(); ++c) {
        const QRegularExpressionMatch current = unitPattern.match(foldForSearch(list.at(c).name));
        const QString currentName
            = current.hasMatch() ? current.captured(2) : foldForSearch(list.at(c).name).trimmed();
        names[nameEntry(currentName)].current = c;
    }
    for (int c = 0; c < list.size(); ++c) {
        for (const QString &unit : list.at(c).formerUnits.split(QLatin1Char(';'))) {
            const QRegularExpressionMatch m = unitPattern.match(foldForSearch(unit).trimmed());
            if (!m.hasMatch()) {
                continue;
            }
            FormerUnit former;
            former.commune = c;
            former.type = typeOfPrefix(m.captured(1));
            const QStringList notes = m.captured(3).split(QLatin1Char(','));
            QString district = notes.value(0).trimmed();
            district.remove(districtPrefix);
            former.qualifier = splitWords(district);
            for (const QString &note : notes) {
                former.partial = former.partial || note.contains(QLatin1String("mot phan"))
                    || note.contains(QLatin1String("phan con lai"));
            }
            names[nameEntry(m.captured(2))].formers.append(former);
        }
    }
}

// --- building -----------------------------------------------------------------------------

Classifier::Classifier(const QList<ClassificationRule> &rules, const QList<Locality> &localities,
    const QList<Area> &areas, const RatingScale &ratingScale)
{
    auto data = std::make_shared<Data>();
    data->ratingScale = ratingScale;
    for (const Area &area : areas) {
        data->areaNames.insert(area.code, area.name);
    }
    QList<ClassificationRule> ordered = rules;
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const ClassificationRule &a, const ClassificationRule &b) {
            return a.position < b.position;
        });
    for (const ClassificationRule &rule : ordered) {
        data->addRule(rule);
    }
    data->addLocalities(localities);
    for (const QString &warning : std::as_const(data->warnings)) {
        qCWarning(lcCore) << "classifier:" << warning;
    }
    m_data = std::move(data);
}

QStringList Classifier::warnings() const
{
    return m_data->warnings;
}

int Classifier::ruleCount() const
{
    return int(m_data->rules.size());
}

// --- classifying --------------------------------------------------------------------------

namespace {

struct Score
{
    QString value;
    int total = 0;
    int firstPosition = 0;
    QStringList reasons;
};

/** Highest positive total, then the earliest rule position. */
const Score *winner(const QList<Score> &scores)
{
    const Score *best = nullptr;
    for (const Score &s : scores) {
        if (s.total <= 0) {
            continue; // negative weights can cancel a value out
        }
        if (!best || s.total > best->total
            || (s.total == best->total && s.firstPosition < best->firstPosition)) {
            best = &s;
        }
    }
    return best;
}

void addScore(QList<Score> *scores, const ClassificationRule &rule, const QString &alternative)
{
    auto it = std::find_if(
        scores->begin(), scores->end(), [&](const Score &s) { return s.value == rule.value; });
    if (it == scores->end()) {
        scores->append(Score {rule.value, 0, rule.position, {}});
        it = scores->end() - 1;
    }
    it->total += rule.weight;
    it->firstPosition = std::min(it->firstPosition, rule.position);
    it->reasons.append(QStringLiteral("rule %1 '%2'").arg(rule.position).arg(alternative));
}

} // namespace

QString Classifier::fold(const QString &text)
{
    static const FoldTable table;
    QString folded(text.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(folded.data());
    qsizetype n = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        // Surrogates (emoji) pass through foldForSearch unchanged too.
        const char16_t f = c < table.map.size() ? table.map[c] : ch.isSurrogate() ? c : kSlow;
        if (f == kSlow) {
            return foldForSearch(text);
        }
        if (f != kDrop) {
            out[n++] = f;
        }
    }
    folded.truncate(n);
    return folded;
}

Classification Classifier::classify(const QString &text) const
{
    const Data &d = *m_data;
    Classification result;
    const QString folded = fold(text);
    const std::vector<Token> tokens = tokenize(folded, d.vocabulary);

    QList<TextSpan> spans;
    result.dossierCodes = findDossierCodes(text, &spans);
    result.phones = findPhoneNumbers(text, spans);
    if (const auto level = d.ratingScale.recogniseFolded(folded)) {
        result.ratingLevel = level->key;
    }

    // First matching alternative of every rule.
    std::vector<int> matched(d.rules.size(), -1);
    d.rulePhrases.match(tokens, [&](int phrase, int, int) {
        const int alternative = d.rulePhrases.at(phrase).owner;
        int &slot = matched[d.alternatives.at(alternative).rule];
        if (slot < 0 || alternative < slot) {
            slot = alternative;
        }
    });
    const bool question = folded.contains(QLatin1Char('?'));
    bool areaFound = false;
    for (int r = 0; r < d.rules.size() && !areaFound; ++r) {
        areaFound = !d.rules.at(r).isKind && matched[r] >= 0;
    }
    for (int r = 0; r < d.rules.size(); ++r) {
        for (const auto &[special, alternative] : d.rules.at(r).specials) {
            const bool hit = (special == Data::DossierCode && !result.dossierCodes.isEmpty())
                || (special == Data::Phone && !result.phones.isEmpty())
                || (special == Data::QuestionMark && question)
                || (special == Data::Rating && !result.ratingLevel.isEmpty())
                || (special == Data::AreaFound && areaFound);
            if (hit && (matched[r] < 0 || alternative < matched[r])) {
                matched[r] = alternative;
            }
        }
    }

    QList<Score> kinds;
    QList<Score> areas;
    for (int r = 0; r < d.rules.size(); ++r) {
        if (matched[r] >= 0) {
            const Data::Rule &rule = d.rules.at(r);
            addScore(rule.isKind ? &kinds : &areas, rule.row, d.alternatives.at(matched[r]).text);
        }
    }
    QStringList why;
    if (const Score *kind = winner(kinds)) {
        result.kind = caseKindFromKey(kind->value).value_or(CaseKind::Other);
        why.append(QStringLiteral("kind=%1: %2").arg(kind->value, kind->reasons.join(u", ")));
    } else {
        why.append(QStringLiteral("kind=other: no rule matched"));
    }
    if (const Score *area = winner(areas)) {
        result.area = area->value;
        result.areaName = d.areaNames.value(area->value);
        why.append(QStringLiteral("area=%1: %2").arg(area->value, area->reasons.join(u", ")));
    }

    // Localities: longest name at each place, explicit "xã/phường" mentions first.
    struct NameHit
    {
        int start;
        int length;
        int entry;
    };
    std::vector<NameHit> hits;
    d.namePhrases.match(tokens, [&](int phrase, int start, int length) {
        hits.push_back({start, length, d.namePhrases.at(phrase).owner});
    });
    std::sort(hits.begin(), hits.end(), [](const NameHit &a, const NameHit &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    int resolved = -1;
    bool resolvedWithPrefix = false;
    QString resolvedHow;
    QStringList ambiguous;
    int coveredUntil = 0;
    for (const NameHit &hit : hits) {
        if (hit.start < coveredUntil) {
            continue;
        }
        coveredUntil = hit.start + hit.length;
        const NameEntry &entry = d.names.at(hit.entry);
        const Prefix prefix = prefixBefore(tokens, hit.start);
        if (prefix == Prefix::District) {
            continue; // "huyện Đầm Dơi", "thị xã Giá Rai": a former district, not a commune
        }
        const bool numeric = entry.folded.at(0).isDigit();
        const bool bareOk = !numeric && !namesNeedingPrefix().contains(entry.folded);
        int commune = -1;
        QString how;
        if (entry.current >= 0 && prefix != Prefix::Town && (prefix != Prefix::None || bareOk)) {
            commune = entry.current;
            how = QStringLiteral("'%1'").arg(entry.folded);
        } else if (!entry.formers.isEmpty() && (prefix != Prefix::None || bareOk)) {
            const UnitType wanted = prefix == Prefix::Town ? UnitType::Town
                : prefix == Prefix::Ward                   ? UnitType::Ward
                : prefix == Prefix::Commune                ? UnitType::Commune
                                                           : UnitType::Any;
            QList<FormerUnit> candidates;
            for (const FormerUnit &f : entry.formers) {
                if (wanted == UnitType::Any || f.type == wanted) {
                    candidates.append(f);
                }
            }
            const auto single = [](const QList<FormerUnit> &list) {
                if (list.isEmpty()) {
                    return -1;
                }
                for (const FormerUnit &f : list) {
                    if (f.partial || f.commune != list.first().commune) {
                        return -1;
                    }
                }
                return list.first().commune;
            };
            commune = single(candidates);
            if (commune < 0 && candidates.size() > 1) {
                QList<FormerUnit> qualified;
                for (const FormerUnit &f : std::as_const(candidates)) {
                    if (containsPhrase(tokens, f.qualifier)) {
                        qualified.append(f);
                    }
                }
                commune = single(qualified);
            }
            if (commune < 0) {
                ambiguous.append(entry.folded);
                continue;
            }
            how = QStringLiteral("former unit '%1'").arg(entry.folded);
        }
        const bool withPrefix = prefix != Prefix::None;
        if (commune >= 0 && (resolved < 0 || (withPrefix && !resolvedWithPrefix))) {
            resolved = commune;
            resolvedWithPrefix = withPrefix;
            resolvedHow = how;
        }
    }
    if (resolved >= 0) {
        result.localityCode = d.localities.at(resolved).code;
        result.localityName = d.localities.at(resolved).name;
        why.append(QStringLiteral("locality: %1 -> %2").arg(resolvedHow, result.localityCode));
    } else if (!ambiguous.isEmpty()) {
        why.append(QStringLiteral("locality: '%1' is ambiguous since the 2025 merger")
                       .arg(ambiguous.join(QStringLiteral("', '"))));
    }
    result.rule = why.join(QStringLiteral("; "));
    return result;
}

} // namespace Desk::Core
