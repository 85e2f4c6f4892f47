// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/templaterenderer.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Desk::Gui {

/**
 * Asks for the template variables the desk could not fill, one field per variable with what
 * it holds, before the template goes into the editor: a reply never carries a raw {placeholder}.
 * OK stays disabled until every field has a value.
 */
class TemplatePromptDialog : public QDialog
{
    Q_OBJECT
public:
    TemplatePromptDialog(const QString &templateTitle, const QStringList &missing,
        const Core::TemplateRenderer::Values &suggestions, QWidget *parent = nullptr);

    /** The entered values, trimmed, for the variables asked. */
    Core::TemplateRenderer::Values values() const;
    /** The field of one variable (tests fill them); objectName "<variable>LineEdit". */
    QLineEdit *field(const QString &variable) const { return m_fields.value(variable); }

private:
    void updateOk();

    QHash<QString, QLineEdit *> m_fields;
    QDialogButtonBox *m_buttons;
};

} // namespace Desk::Gui
