// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>

namespace Desk::Store {
class Database;
}

namespace Desk::Reports {

/** How a file export ended. A cancelled or failed export leaves no file behind. */
enum class ExportResult { Ok, Failed, Cancelled };

/** What the writers report to (and ask of) whoever runs them. */
struct ExportHooks
{
    /** Called with the rows written so far, every few thousand rows and at the end. */
    std::function<void(qint64 rowsWritten)> progress;
    /** Checked once per row; set from any thread to stop. */
    const std::atomic_bool *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

/** Rows between two progress calls. */
constexpr qint64 kProgressEvery = 4096;

/** True for text a spreadsheet would take as a formula or command when typed in: it starts with
 *  = + - @, a tab or a carriage return (OWASP "CSV injection"). */
bool looksLikeFormula(const QString &text);

/** code -> name of the agencies directory, for group labels. */
QHash<QString, QString> agencyNames(Store::Database &database);

} // namespace Desk::Reports
