// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/templaterenderer.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCompleter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace Desk::Store {
class Store;
}

namespace Desk::Gui {

/** What a template variable may be picked from: variable -> entries ("thu_tuc" -> names). */
using TemplateChoices = QHash<QString, QStringList>;

/**
 * The pick-lists the directory offers: procedure names for {thu_tuc}, active agency names for
 * {don_vi}, the staff seen recently for {can_bo} (store APIs, no SQL here).
 */
TemplateChoices templateChoices(Store::Store &store);

/**
 * Asks for the template variables the desk could not fill, one field per variable labelled
 * with what it holds, before the template goes into the editor: a reply never carries a raw
 * {placeholder}. A variable the directory knows offers its entries: typing filters them by
 * every word, accents optional ("so tu phap" finds "Sở Tư pháp"), the ▾ button lists them
 * all, and free text stays allowed for what the directory lacks. OK stays disabled until
 * every field has a value.
 */
class TemplatePromptDialog : public QDialog
{
    Q_OBJECT
public:
    TemplatePromptDialog(const QString &templateTitle, const QStringList &missing,
        const Core::TemplateRenderer::Values &suggestions, QWidget *parent = nullptr,
        const TemplateChoices &choices = {});

    /** The entered values, trimmed, for the variables asked. */
    Core::TemplateRenderer::Values values() const;
    /** The field of one variable (tests fill them); objectName "<variable>LineEdit". */
    QLineEdit *field(const QString &variable) const { return m_fields.value(variable); }
    /** The entries a field offers for what is typed in it now (all of them when empty). */
    QStringList offered(const QString &variable) const;

private:
    void updateOk();
    void filterChoices(const QString &variable, const QString &typed);

    QHash<QString, QLineEdit *> m_fields;
    TemplateChoices m_choices;
    QHash<QString, QStringListModel *> m_offered;
    QHash<QString, QCompleter *> m_completers;
    QDialogButtonBox *m_buttons;
};

} // namespace Desk::Gui
