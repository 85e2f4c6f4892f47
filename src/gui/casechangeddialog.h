// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/casechanges.h"

#include <QMessageBox>

namespace Desk::Gui {

/** One change in words: "Trần Văn Minh đã xếp một trả lời lúc 10:02: «…»". */
QString caseChangeText(const Store::CaseChange &change, qint64 nowMs);

/**
 * Asked before queuing a reply on a case that changed since the composer opened it (a colleague
 * answered, the citizen wrote again): what changed, then "Send anyway" or "Review" (the default).
 * Either way the text stays in the composer until it is queued.
 */
class CaseChangedDialog : public QMessageBox
{
    Q_OBJECT
public:
    /** `changes` empty: the case changed in a way not listed (the general sentence is shown). */
    CaseChangedDialog(const QVector<Store::CaseChange> &changes, qint64 nowMs, QWidget *parent);

    /** Runs the dialog; true when staff chose to send anyway. */
    bool sendAnyway();
    QAbstractButton *sendAnywayButton() const { return m_send; }
    QAbstractButton *reviewButton() const { return m_review; }

private:
    QAbstractButton *m_send;
    QAbstractButton *m_review;
};

} // namespace Desk::Gui
