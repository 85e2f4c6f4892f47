// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ratingscale.h"

#include "core/textfold.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace Desk::Core {

namespace {

// Zalo shorthand for "không" (not): "ko hài lòng", "k hai long", "hong hài lòng".
const QSet<QString> &negationSpellings()
{
    static const QSet<QString> spellings {QStringLiteral("ko"), QStringLiteral("k"),
        QStringLiteral("kg"), QStringLiteral("kh"), QStringLiteral("khg"), QStringLiteral("hok"),
        QStringLiteral("hong"), QStringLiteral("hem"), QStringLiteral("khong")};
    return spellings;
}

// Words people wrap an answer in ("Dạ em chọn 1 ạ", "em đánh giá mức 2 nhé"); they neither make
// nor break an answer. Everything else counts as "other words".
const QSet<QString> &fillerWords()
{
    static const QSet<QString> words {QStringLiteral("da"), QStringLiteral("vang"),
        QStringLiteral("em"), QStringLiteral("toi"), QStringLiteral("minh"), QStringLiteral("con"),
        QStringLiteral("chon"), QStringLiteral("so"), QStringLiteral("muc"), QStringLiteral("diem"),
        QStringLiteral("danh"), QStringLiteral("gia"), QStringLiteral("la"), QStringLiteral("a"),
        QStringLiteral("nhe"), QStringLiteral("nha"), QStringLiteral("nhen"), QStringLiteral("ne"),
        QStringLiteral("oi"), QStringLiteral("ad"), QStringLiteral("ak"), QStringLiteral("ah"),
        QStringLiteral("luon"), QStringLiteral("y"), QStringLiteral("kien"), QStringLiteral("cua"),
        QStringLiteral("voi"), QStringLiteral("thi"), QStringLiteral("ca"), QStringLiteral("on"),
        QStringLiteral("cam"), QStringLiteral("anh"), QStringLiteral("chi")};
    return words;
}

// An answer phrase may leave this many other words and still be an answer ("hài lòng, cảm ơn
// cán bộ" is; "cho hỏi 3 ngày có xong không" is not).
constexpr int kMaxOtherWords = 3;
// An answer that opens with the phrase may give a short reason ("Chưa hài lòng vì phải đi lại
// nhiều lần"); a long text that happens to open with it is a complaint or a petition.
constexpr int kMaxReasonWords = 8;

QStringList words(const QString &folded)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList out = folded.split(separators, Qt::SkipEmptyParts);
    for (QString &word : out) {
        if (negationSpellings().contains(word)) {
            word = QStringLiteral("khong");
        }
    }
    return out;
}

RatingLevel makeLevel(const char *key, const char *label, int digit, QStringList synonyms)
{
    return RatingLevel {QString::fromLatin1(key), QString::fromUtf8(label), digit, synonyms};
}

} // namespace

RatingScale::RatingScale(const QList<RatingLevel> &levels)
    : m_levels(levels)
{
    for (int i = 0; i < m_levels.size(); ++i) {
        QStringList phrases = m_levels.at(i).synonyms;
        phrases.append(m_levels.at(i).label);
        for (const QString &phrase : phrases) {
            const QStringList w = words(foldForSearch(phrase));
            if (!w.isEmpty()) {
                m_phrases.append(Phrase {w, i});
            }
        }
    }
    // Longest first: the first phrase found at a position is the most specific one.
    std::stable_sort(m_phrases.begin(), m_phrases.end(),
        [](const Phrase &a, const Phrase &b) { return a.words.size() > b.words.size(); });
}

RatingScale RatingScale::threeLevel()
{
    return RatingScale({
        makeLevel("rat_hai_long", "Rất hài lòng", 1,
            {QStringLiteral("rat hai long"), QStringLiteral("hai long lam"),
                QStringLiteral("rat la hai long"), QStringLiteral("qua hai long"),
                QStringLiteral("cuc ky hai long"), QStringLiteral("rat hai long luon"),
                QStringLiteral("rat tot"), QStringLiteral("tuyet voi")}),
        makeLevel("hai_long", "Hài lòng", 2, {QStringLiteral("hai long")}),
        makeLevel("chua_hai_long", "Chưa hài lòng", 3,
            {QStringLiteral("chua hai long"), QStringLiteral("khong hai long"),
                QStringLiteral("rat khong hai long"), QStringLiteral("chua duoc hai long"),
                QStringLiteral("khong duoc hai long"), QStringLiteral("khong vui"),
                QStringLiteral("te qua")}),
    });
}

RatingScale RatingScale::fiveLevel()
{
    return RatingScale({
        makeLevel("rat_hai_long", "Rất hài lòng", 1,
            {QStringLiteral("rat hai long"), QStringLiteral("hai long lam"),
                QStringLiteral("rat la hai long"), QStringLiteral("tuyet voi")}),
        makeLevel("hai_long", "Hài lòng", 2, {QStringLiteral("hai long")}),
        makeLevel("binh_thuong", "Bình thường", 3,
            {QStringLiteral("binh thuong"), QStringLiteral("tam duoc"), QStringLiteral("tam tam")}),
        makeLevel("khong_hai_long", "Không hài lòng", 4,
            {QStringLiteral("khong hai long"), QStringLiteral("chua hai long")}),
        makeLevel("rat_khong_hai_long", "Rất không hài lòng", 5,
            {QStringLiteral("rat khong hai long"), QStringLiteral("qua te"),
                QStringLiteral("rat te")}),
    });
}

std::optional<RatingLevel> RatingScale::level(const QString &key) const
{
    for (const RatingLevel &l : m_levels) {
        if (l.key == key) {
            return l;
        }
    }
    return std::nullopt;
}

std::optional<RatingLevel> RatingScale::recognise(const QString &text) const
{
    return recogniseFolded(foldForSearch(text));
}

std::optional<RatingLevel> RatingScale::recogniseFolded(const QString &folded) const
{
    // A question is not an answer, whatever number it carries.
    if (m_levels.isEmpty() || folded.contains(QLatin1Char('?'))) {
        return std::nullopt;
    }
    const QStringList w = words(folded);
    if (w.isEmpty()) {
        return std::nullopt;
    }
    const QSet<QString> &fillers = fillerWords();

    // Longest phrase, earliest position.
    int bestStart = -1;
    int bestLength = 0;
    int bestLevel = -1;
    for (const Phrase &phrase : m_phrases) {
        const int n = int(phrase.words.size());
        if (n < bestLength) {
            break; // sorted longest first
        }
        for (int i = 0; i + n <= w.size(); ++i) {
            if (bestLevel >= 0 && n == bestLength && i >= bestStart) {
                break;
            }
            if (std::equal(phrase.words.cbegin(), phrase.words.cend(), w.cbegin() + i)) {
                bestStart = i;
                bestLength = n;
                bestLevel = phrase.level;
                break;
            }
        }
    }

    int firstContent = 0;
    while (firstContent < w.size() && fillers.contains(w.at(firstContent))) {
        ++firstContent;
    }
    if (bestLevel >= 0) {
        int others = 0;
        for (int i = 0; i < w.size(); ++i) {
            if ((i < bestStart || i >= bestStart + bestLength) && !fillers.contains(w.at(i))) {
                ++others;
            }
        }
        if ((bestStart <= firstContent && others <= kMaxReasonWords) || others <= kMaxOtherWords) {
            return m_levels.at(bestLevel);
        }
        return std::nullopt;
    }

    // A lone digit among fillers: "1", "Dạ em chọn 1 ạ", "mức 2 nhé".
    QString digit;
    for (const QString &word : w) {
        if (fillers.contains(word)) {
            continue;
        }
        if (!digit.isEmpty()) {
            return std::nullopt;
        }
        digit = word;
    }
    bool ok = false;
    const int value = digit.toInt(&ok);
    if (!ok || digit.size() != 1) {
        return std::nullopt;
    }
    for (const RatingLevel &l : m_levels) {
        if (l.digit == value && l.digit != 0) {
            return l;
        }
    }
    return std::nullopt;
}

QString RatingScale::promptText() const
{
    QStringList parts;
    for (const RatingLevel &l : m_levels) {
        if (l.digit != 0) {
            parts.append(QStringLiteral("%1 - %2").arg(l.digit).arg(l.label));
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace Desk::Core
