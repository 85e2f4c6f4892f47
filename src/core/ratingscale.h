// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Desk::Core {

/** One answer of a satisfaction scale: "1 - Rất hài lòng". */
struct RatingLevel
{
    QString key; // stable, stored raw: rat_hai_long, hai_long, chua_hai_long, ...
    QString label; // what the citizen is shown (Vietnamese, NFC)
    int digit = 0; // the number the citizen may answer with; 0 = none
    QStringList synonyms; // phrases meaning this level, any diacritics/case (folded on use)
};

/**
 * A satisfaction scale and the recognition of citizens' free-text answers to it.
 *
 * The default is the 3-level scale of Thông tư 32/2017/TT-BTTTT (Rất hài lòng / Hài lòng /
 * Chưa hài lòng, digits 1/2/3 as the OA's rating prompt offers them); fiveLevel() is the
 * ministries' survey variant. Any other scale is a list of levels.
 *
 * recognise() answers only for what reads as an answer: a lone digit (with polite fillers such
 * as "dạ", "chọn", "ạ") or a scale phrase that opens the message or leaves at most a few
 * other words. A question that happens to contain a number or the words "hài lòng" deep inside
 * a sentence is not an answer. When several phrases match, the longest wins, so
 * "không hài lòng" beats "hài lòng" and "rất hài lòng" beats "hài lòng".
 */
class RatingScale
{
public:
    RatingScale() = default;
    explicit RatingScale(const QList<RatingLevel> &levels);

    static RatingScale threeLevel();
    static RatingScale fiveLevel();

    const QList<RatingLevel> &levels() const { return m_levels; }
    std::optional<RatingLevel> level(const QString &key) const;
    bool isEmpty() const { return m_levels.isEmpty(); }

    /** The level `text` answers, or nothing when it is not a rating answer. */
    std::optional<RatingLevel> recognise(const QString &text) const;
    /** The same on text already folded with foldForSearch() (the classifier folds once). */
    std::optional<RatingLevel> recogniseFolded(const QString &folded) const;

    /** "1 - Rất hài lòng; 2 - Hài lòng; 3 - Chưa hài lòng" (levels with a digit). */
    QString promptText() const;

private:
    struct Phrase
    {
        QStringList words;
        int level = 0;
    };
    QList<RatingLevel> m_levels;
    QList<Phrase> m_phrases; // folded synonyms and labels, longest first
};

} // namespace Desk::Core
