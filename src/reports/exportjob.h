// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/businesshours.h"
#include "core/workingcalendar.h"
#include "reports/exporthooks.h"
#include "reports/metrics.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

class QThread;

namespace Desk::Reports {

/** What to export: the store file, the period and rules, and the files to write. */
struct ExportRequest
{
    QString databasePath; // the profile's SQLite file; the job opens its own connection
    ReportOptions options;
    Core::WorkingCalendar calendar;
    Core::BusinessHours hours;
    QString unitName;
    QString xlsxPath; // empty: no workbook
    QString csvPath; // empty: no CSV
    qint64 rowsPerSheet = 0; // 0: Excel's maximum
    // The files' language (sheet names, headers, labels, number formats): "vi" or "en".
    // Vietnamese by default: the workbook goes to supervisors and inspectors.
    QString language = QStringLiteral("vi");
};

/**
 * Computes the report and writes the files on a worker thread, for the GUI (progress bar,
 * cancel button) and the CLI (waits on finished()). The job opens its own Store on the worker
 * thread (a Store belongs to one thread). Signals arrive on the thread that owns the job.
 * Cancel removes partial files and ends in state Cancelled.
 */
class ExportJob : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Finished, Failed, Cancelled };
    Q_ENUM(State)

    explicit ExportJob(ExportRequest request, QObject *parent = nullptr);
    /** Cancels a running export and waits for the worker. */
    ~ExportJob() override;

    void start();
    /** Thread-safe; the job ends with finished(Cancelled) soon after. */
    void cancel();

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    qint64 rowsWritten() const { return m_written; }
    qint64 totalRows() const { return m_total; }
    /** The report the workbook summarised, once finished. */
    std::optional<Report> report() const { return m_report; }

signals:
    /** Rows written so far out of @p total (the case rows of the period, per file). */
    void progress(qint64 written, qint64 total);
    void finished(Desk::Reports::ExportJob::State state);

private:
    struct Outcome
    {
        State state = State::Failed;
        QString error;
        std::optional<Report> report;
    };
    Outcome run();
    void complete(const Outcome &outcome);

    ExportRequest m_request;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel {false};
    State m_state = State::Idle;
    QString m_error;
    qint64 m_written = 0;
    qint64 m_total = 0;
    std::optional<Report> m_report;
};

} // namespace Desk::Reports
