// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"

#include <QListWidget>
#include <QObject>
#include <QPointer>
#include <QVector>
#include <functional>

class QPlainTextEdit;

namespace Desk::Gui {

/**
 * "/" canned replies in an editor: a "/" typed at the start of the text or after a space opens
 * a list of the templates under the cursor, filtered by what follows the "/" (title or code,
 * with or without diacritics). Up / Down choose, Enter or Tab take the template, Esc closes.
 * The list is an overlay in the editor's window, so the focus never leaves the editor.
 */
class TemplateCompleter : public QObject
{
    Q_OBJECT
public:
    using Source = std::function<QVector<Core::ReplyTemplate>()>;
    TemplateCompleter(QPlainTextEdit *editor, Source templates);

    QListWidget *popup() const { return m_popup; }
    bool isOpen() const;
    /** What follows the "/" now ('' right after it). */
    QString query() const { return m_query; }

signals:
    /**
     * Staff chose `code`; the "/query" text has been removed from the editor. `typed` is that
     * text, for putting back if the template is not inserted after all.
     */
    void templateChosen(const QString &code, const QString &typed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void close();
    void accept();
    void place();

    QPlainTextEdit *m_editor;
    Source m_source;
    QPointer<QListWidget> m_popup;
    QVector<Core::ReplyTemplate> m_templates;
    QVector<QString> m_folded;
    int m_start = -1; // position of the "/" in the document; -1 when closed
    QString m_query;
    bool m_dismissed = false; // Esc: stay closed until the "/" is typed again
};

} // namespace Desk::Gui
