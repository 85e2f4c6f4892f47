// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QCoreApplication>
#include <optional>

class QLabel;

namespace Desk::Gui {

/** The first line of the dialogs that act on one case: "TV-2026-000123 · Phạm Thị Hoa". */
class CaseHeading
{
    Q_DECLARE_TR_FUNCTIONS(Desk::Gui::CaseHeading)
public:
    /** Makes `label` a heading (bold, a little larger); call once. */
    static void style(QLabel *label);
    /** The case's code and citizen, or that the case no longer exists. */
    static QString text(const std::optional<Core::CaseSummary> &summary);
};

} // namespace Desk::Gui
