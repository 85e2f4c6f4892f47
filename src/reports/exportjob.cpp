// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/exportjob.h"

#include "reports/caserows.h"
#include "reports/csvexport.h"
#include "reports/labels.h"
#include "reports/logging.h"
#include "reports/xlsxexport.h"
#include "store/database.h"
#include "store/store.h"

#include <QFile>
#include <QThread>

namespace Desk::Reports {

ExportJob::ExportJob(ExportRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ExportJob::start()
{
    if (m_state == State::Running) {
        return;
    }
    // The worker opens its own connection: its driver is loaded here, on the owner's thread.
    Store::Database::loadDriverFor(m_request.databasePath);
    m_cancel = false;
    m_state = State::Running;
    m_error.clear();
    m_written = 0;
    delete m_thread;
    m_thread = QThread::create([this] {
        const Outcome outcome = run();
        // Back to the job's thread: state changes and finished() happen there.
        QMetaObject::invokeMethod(
            this, [this, outcome] { complete(outcome); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void ExportJob::cancel()
{
    m_cancel = true;
}

void ExportJob::complete(const Outcome &outcome)
{
    m_thread->wait();
    m_state = outcome.state;
    m_error = outcome.error;
    m_report = outcome.report;
    emit finished(m_state);
}

ExportJob::Outcome ExportJob::run()
{
    const ReportLanguageScope language(m_request.language); // this worker thread's words
    Outcome outcome;
    Store::Store store;
    QString error;
    if (!store.open(m_request.databasePath, &error)) {
        outcome.error = error;
        return outcome;
    }
    ReportBuilder builder(store.database(), m_request.calendar, m_request.hours);
    outcome.report = builder.build(m_request.options, &error);
    if (!outcome.report) {
        outcome.error = error;
        return outcome;
    }
    ExportHooks hooks;
    hooks.cancel = &m_cancel;
    qint64 offset = 0; // the CSV's rows follow the workbook's in the progress count
    hooks.progress = [this, &offset](qint64 written) {
        QMetaObject::invokeMethod(
            this,
            [this, n = offset + written] {
                m_written = n;
                emit progress(n, m_total);
            },
            Qt::QueuedConnection);
    };
    const auto finish = [&](ExportResult result) {
        outcome.state = result == ExportResult::Ok ? State::Finished
            : result == ExportResult::Cancelled    ? State::Cancelled
                                                   : State::Failed;
        outcome.error = error;
        return result == ExportResult::Ok;
    };
    const auto reader = [&] {
        return std::make_unique<CaseRowReader>(
            store.database(), m_request.calendar, m_request.hours, m_request.options);
    };
    const qint64 perFile = reader()->count();
    const int files = int(!m_request.xlsxPath.isEmpty()) + int(!m_request.csvPath.isEmpty());
    QMetaObject::invokeMethod(
        this, [this, total = perFile * files] { m_total = total; }, Qt::QueuedConnection);
    outcome.state = State::Finished;
    if (!m_request.xlsxPath.isEmpty()) {
        XlsxOptions options;
        options.unitName = m_request.unitName;
        options.agencyNames = agencyNames(store.database());
        if (m_request.rowsPerSheet > 0) {
            options.rowsPerSheet = m_request.rowsPerSheet;
        }
        const auto rows = reader();
        if (!finish(
                writeXlsx(m_request.xlsxPath, *outcome.report, *rows, options, hooks, &error))) {
            return outcome;
        }
        offset = perFile;
    }
    if (!m_request.csvPath.isEmpty()) {
        const auto rows = reader();
        if (!finish(writeCsv(m_request.csvPath, *rows, hooks, &error))) {
            if (!m_request.xlsxPath.isEmpty()) {
                QFile::remove(m_request.xlsxPath); // all or nothing
            }
            return outcome;
        }
    }
    return outcome;
}

} // namespace Desk::Reports
