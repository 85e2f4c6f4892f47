// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "store/casework.h"

#include <QDialog>
#include <QScopedPointer>
#include <QStringList>
#include <QVector>
#include <optional>

namespace Ui {
class AgencyAnswerDialog;
}

namespace Desk::Store {
class Store;
}

namespace Desk::Gui {

/**
 * Case -> Record the agency's answer ("Ghi nhận trả lời của cơ quan"): the text of the answer
 * and the agency's documents for one open transfer of the case (the latest by default). The
 * documents are copied into `<profile>/attachments/<case code>/transfer-<id>/` so the case
 * keeps them; Store::CaseWork records the answer with the copies' paths and the case comes
 * back to the desk (agency answered).
 */
class AgencyAnswerDialog : public QDialog
{
    Q_OBJECT
public:
    AgencyAnswerDialog(Store::Store *store, qint64 caseId, QWidget *parent = nullptr);
    ~AgencyAnswerDialog() override;

    /** The folder a transfer's documents are copied into. */
    static QString attachmentsDir(
        const Store::Store &store, const QString &caseCode, qint64 transferId);

    void setActor(const QString &actor) { m_actor = actor; }
    /** "Now" recorded as the moment of the answer (tests); 0 = the clock. */
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

    /** False when the case waits for no agency (nothing to record). */
    bool hasOpenTransfer() const { return !m_open.isEmpty(); }
    /** The open transfer the answer is for. */
    qint64 transferId() const;
    bool selectTransfer(qint64 transferId);
    void setAnswerText(const QString &text);
    /** The file picker ends here; a path already listed is not added twice. */
    void addFiles(const QStringList &paths);
    QStringList files() const;

    /** Copies the files and records the answer; false (lastError()) when nothing changed. */
    bool record();
    /** The copies the answer refers to, after record(). */
    QStringList storedFiles() const { return m_storedFiles; }
    QString lastError() const { return m_lastError; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void pickFiles();
    void updateTexts();
    /** Copies every listed file; on failure removes what it copied and returns false. */
    bool copyFiles(const QString &dir);

    const QScopedPointer<Ui::AgencyAnswerDialog> m_ui;
    Store::Store *m_store;
    qint64 m_caseId;
    std::optional<Core::CaseSummary> m_case;
    QVector<Store::Transfer> m_open;
    QString m_actor;
    qint64 m_nowMs = 0;
    QStringList m_storedFiles;
    QString m_lastError;
};

} // namespace Desk::Gui
