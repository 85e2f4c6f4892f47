// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reportperiod.h"
#include "reports/exportjob.h"
#include "reports/metrics.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Desk::Store {
class Store;
}

namespace Desk::Gui {

/**
 * File -> Export report to Excel... (and the dashboard's button): the periodic report of a
 * month, quarter, half year or year (optionally with the 15 -> 14 cut-off) as an XLSX workbook
 * and / or a CSV file. Reports::ExportJob computes and writes on a worker thread; the dialog
 * shows its progress, cancels it (a cancelled export leaves no file), and on success says
 * where the files are with a button that opens their folder.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(Store::Store *store, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setPeriod(const Core::ReportPeriod &period);
    Core::ReportPeriod period() const;
    /** Only these cases (the dashboard's agency / staff / kind / area boxes). */
    void setFilter(const Reports::ReportFilter &filter);
    /** "" unticks the file. */
    void setXlsxPath(const QString &path);
    void setCsvPath(const QString &path);
    QString xlsxPath() const;
    QString csvPath() const;
    /** The files' language: "vi" (the default: the report goes to supervisors and
     *  inspectors) or "en". */
    void setLanguage(const QString &language);
    QString language() const;
    /** For tests: what "now" is for open cases. */
    void setNow(std::function<qint64()> now);

    /** Starts the export of what the dialog shows; false (with the reason shown) when there
     *  is nothing to write, an export is already running, or staff would not replace a file
     *  that exists (asked for every path the file dialog did not already ask about). */
    bool startExport();
    /** Cancels a running export; finished() follows with State::Cancelled. */
    void cancelExport();
    bool isRunning() const;
    QProgressBar *progressBar() const { return m_progress; }
    QString statusText() const;

    /** Esc / the window's close button cancel a running export instead of closing. */
    void reject() override;

signals:
    void exportProgress(qint64 written, qint64 total);
    void exportFinished(Desk::Reports::ExportJob::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillIndexBox();
    void updatePeriod();
    void browse(QLineEdit *edit, const QString &filter, const QString &suffix);
    void onFinished(Reports::ExportJob::State state);
    void setRunning(bool running);
    QString defaultPath(const QString &suffix) const;
    /** Asks before writing over existing files the save dialog has not confirmed. */
    bool confirmOverwrite(const QStringList &paths);

    Store::Store *m_store;
    std::function<qint64()> m_now;
    Reports::ReportFilter m_filter;
    Reports::ExportJob *m_job = nullptr;
    bool m_autoPaths = true; // the file names follow the period until staff choose their own
    QString m_folder; // where the last export went
    QStringList m_confirmedPaths; // chosen in the save dialog, which asked about replacing

    QComboBox *m_lengthBox;
    QSpinBox *m_yearBox;
    QComboBox *m_indexBox;
    QCheckBox *m_cutoffBox;
    QLabel *m_rangeLabel;
    QLineEdit *m_unitEdit;
    QLabel *m_filterLabel;
    QCheckBox *m_xlsxBox;
    QLineEdit *m_xlsxEdit;
    QPushButton *m_xlsxBrowse;
    QCheckBox *m_csvBox;
    QLineEdit *m_csvEdit;
    QPushButton *m_csvBrowse;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    QPushButton *m_openFolderButton;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;
    QLabel *m_periodLabel;
    QLabel *m_unitLabel;
    QComboBox *m_languageBox;
    QLabel *m_languageLabel;
};

} // namespace Desk::Gui
