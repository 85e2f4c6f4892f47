// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/classifier.h"
#include "core/ratingscale.h"

namespace Desk::Store {

class Store;

/**
 * What the desk does by itself after each sync pass, from what is stored (so a crash or a
 * skipped pass only delays it): classifies every case not classified yet from its citizen's
 * messages, whatever its status, leaving the status as it is except new -> classified (a
 * suggestion staff can override),
 * and recognises citizens' answers to a rating request. It never asks the rating question
 * itself: that is the staff's decision when they resolve a case (CaseWork::resolve).
 * Idempotent: each step looks for work that is still undone.
 */
class CaseAutomation
{
public:
    CaseAutomation(Store &store, Core::Classifier classifier, Core::RatingScale scale);

    struct Report
    {
        int classified = 0;
        int rated = 0;
        bool ok = true;
    };
    Report run(qint64 nowMs);

    /** The rating question sent to citizens (translated; lists the scale's answers). */
    static QString ratingQuestion(const Core::RatingScale &scale);
    static constexpr int kBatch = 500;
    /** Classifications written per transaction. */
    static constexpr int kCommitEvery = 100;
    /** The look-up of cases to classify (one bound value: the batch size); public so tests
     *  can check SQLite's plan for it. */
    static QString pendingClassificationSql();

private:
    bool classifyCases(qint64 nowMs, Report &report);
    bool recogniseRatings(Report &report);

    Store &m_store;
    Core::Classifier m_classifier;
    Core::RatingScale m_scale;
};

} // namespace Desk::Store
