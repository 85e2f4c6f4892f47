// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "core/domain.h"
#include "core/ratingscale.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace Desk::Core {

/**
 * One row of the `classification_rules` table (schema v3) and of
 * resources/data/classification-rules.csv (same column names).
 *
 * Pattern syntax (matched against folded text: no diacritics, đ -> d, lower case, so a rule
 * written with or without diacritics matches messages typed either way):
 *  - `a|b|c`        alternatives; the rule counts once however many match;
 *  - `khai sinh`    a phrase: whole words in this order, punctuation between them ignored
 *                   ("khai-sinh", "khai, sinh" match; "khaisinh" does not);
 *  - `chung thuc*`  a trailing `*` makes the last word a prefix ("chung thuc", "chung thucj");
 *  - `@dossier_code`, `@phone`, `@question_mark`, `@rating`, `@area` match when the message
 *                   holds a dossier code, a phone number, a '?', reads as an answer to the
 *                   rating scale, or matched any area rule (for kind rules).
 * Scoring: every enabled rule that matches adds its weight to its (target, value); per target
 * the highest sum wins, a tie goes to the value whose earliest matching rule has the lowest
 * position. That is how khiếu nại / tố cáo beat a "cho hỏi" in the same message: their rules
 * weigh more.
 */
struct ClassificationRule
{
    int position = 0;
    QString target; // "kind" or "area"
    QString value; // a CaseKind key (caseKindKey) or an area code
    QString pattern;
    int weight = 1;
    QString note;
    bool enabled = true;
};

/** What a message is about, with the reasons. */
struct Classification
{
    CaseKind kind = CaseKind::Other;
    QString area; // area code, empty when no area rule matched
    QString areaName;
    QString localityCode; // empty when no (unambiguous) commune was named
    QString localityName;
    QStringList dossierCodes; // normalised: 000.00.00.H12-250815-0001
    QStringList phones; // normalised: 0912345678, 02903831234
    QString ratingLevel; // the rating scale's key when the text reads as a rating answer
    QString rule; // why: "kind=petition: rule 12 'de nghi'; area=ho_tich: rule 40 'khai sinh'; ..."
};

/**
 * Classifies citizens' messages by rules, and recognises dossier codes, phone numbers and
 * communes. Built once (rules compiled into a word index), then classify() is a read-only,
 * thread-safe call that folds the text once and walks its words once per concern. Copies share
 * the compiled data.
 */
class Classifier
{
public:
    /** Rules naming an unknown kind or area code are skipped and reported in warnings(). */
    Classifier(const QList<ClassificationRule> &rules, const QList<Locality> &localities,
        const QList<Area> &areas, const RatingScale &ratingScale = RatingScale::threeLevel());

    /** From :/data/classification-rules.csv, :/data/communes.csv and :/data/areas.csv. */
    static Classifier fromDefaults();

    /** CSV readers for the default files' formats; bad rows go to `errors` ("line 4: ..."). */
    static QList<ClassificationRule> parseRules(const QByteArray &csv, QStringList *errors);
    static QList<Locality> parseLocalities(const QByteArray &csv, QStringList *errors);
    static QList<Area> parseAreas(const QByteArray &csv, QStringList *errors);

    Classification classify(const QString &text) const;

    /**
     * The same result as foldForSearch(), from a per-character table for Latin and Vietnamese
     * text (several times faster: no Unicode normalisation); other scripts take the slow path.
     */
    static QString fold(const QString &text);

    /** Problems found while building: unknown targets, kinds, areas, empty patterns. */
    QStringList warnings() const;
    int ruleCount() const;

    struct Data;

private:
    std::shared_ptr<const Data> m_data;
};

} // namespace Desk::Core
