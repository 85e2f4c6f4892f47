// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "core/templaterenderer.h"

#include <QDialog>
#include <QVector>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Desk::Gui {

/**
 * Chooses a reply template: typing filters by title, code and text (with or without
 * diacritics); the templates for the case's kind and area come first; the text is previewed
 * with the case's values (a value still missing shows as «name»).
 */
class TemplatePickerDialog : public QDialog
{
    Q_OBJECT
public:
    TemplatePickerDialog(const QVector<Core::ReplyTemplate> &templates, const QString &caseKind,
        const QString &caseArea, const Core::TemplateRenderer::Values &values,
        QWidget *parent = nullptr);

    /** The chosen template's code ('' when none). */
    QString chosenCode() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

protected:
    /** Up and Down in the filter move through the list, so the keyboard never leaves it. */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updatePreview();

    QVector<Core::ReplyTemplate> m_templates;
    QVector<QString> m_folded; // per template: folded title, code and body
    Core::TemplateRenderer::Values m_values;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_preview;
};

} // namespace Desk::Gui
