// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/caseheading.h"

#include <QLabel>

namespace Desk::Gui {

void CaseHeading::style(QLabel *label)
{
    QFont bold = label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    label->setFont(bold);
}

QString CaseHeading::text(const std::optional<Core::CaseSummary> &summary)
{
    if (!summary) {
        return tr("The case no longer exists.");
    }
    const QString name = summary->citizenName.isEmpty() ? summary->citizenId : summary->citizenName;
    return tr("%1 · %2").arg(summary->code, name);
}

} // namespace Desk::Gui
