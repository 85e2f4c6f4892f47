// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/directoryrecorddialog.h"
#include "ui_directoryrecorddialog.h"

#include "gui/directorymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <algorithm>

namespace Desk::Gui {

DirectoryRecordDialog::DirectoryRecordDialog(Core::DirectoryTable table, const QStringList &record,
    const Core::KnownKeys &known, QWidget *parent, const DirectoryNames &names)
    : QDialog(parent)
    , m_ui(new Ui::DirectoryRecordDialog)
    , m_table(table)
    , m_names(names)
{
    m_ui->setupUi(this);
    const Core::TableSpec &spec = Core::tableSpec(table);
    const bool isNew = record.value(spec.keyIndex()).isEmpty();
    setWindowTitle(isNew
            ? tr("New %1").arg(Core::DirectoryImport::tableTitle(table))
            : tr("Edit %1 %2")
                  .arg(Core::DirectoryImport::tableTitle(table), record.value(spec.keyIndex())));
    for (int c = 0; c < spec.columns.size(); ++c) {
        const Core::ColumnSpec &column = spec.columns.at(c);
        QWidget *editor = createEditor(
            column, record.value(c, column.defaultValue), known, c == spec.keyIndex() && !isNew);
        QString label = directoryColumnTitle(column.name);
        if (column.required) {
            label += QStringLiteral(" *");
        }
        m_ui->fieldsLayout->addRow(label, editor);
        m_editors << editor;
    }
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DirectoryRecordDialog::~DirectoryRecordDialog() = default;

QWidget *DirectoryRecordDialog::createEditor(
    const Core::ColumnSpec &column, const QString &value, const Core::KnownKeys &known, bool isKey)
{
    QWidget *editor = nullptr;
    if (column.type == Core::ColumnType::Boolean) {
        auto *box = new QCheckBox(this);
        box->setChecked(value == QLatin1String("1"));
        editor = box;
    } else if (column.multiline) {
        auto *text = new QPlainTextEdit(value, this);
        text->setMinimumHeight(160);
        editor = text;
    } else if (!column.allowed.isEmpty() || column.references) {
        // A fixed list (levels, kinds) or the codes of the referenced table; references stay
        // editable so a code can be typed before its row exists (validation says so).
        auto *combo = new QComboBox(this);
        QStringList items = column.allowed;
        if (column.references) {
            const QSet<QString> codes = known.value(*column.references);
            items = QStringList(codes.cbegin(), codes.cend());
            std::sort(items.begin(), items.end());
            combo->setEditable(true);
        }
        if (!column.required && column.defaultValue.isEmpty()) {
            items.prepend(QString());
        }
        for (const QString &item : items) {
            // A reference reads "Sở Tư pháp (STP)": the name to recognise, the code to type.
            const QString name = DirectoryModel::displayValue(column, item, m_names);
            combo->addItem(column.references && name != item && !item.isEmpty()
                    ? QStringLiteral("%1 (%2)").arg(name, item)
                    : name,
                item);
        }
        const int current = combo->findData(value);
        if (current >= 0) {
            combo->setCurrentIndex(current);
        } else {
            combo->setEditText(value);
        }
        editor = combo;
    } else if (column.type == Core::ColumnType::Integer && !isKey
        && column.name != QLatin1String("id")) {
        auto *spin = new QSpinBox(this);
        spin->setRange(column.minimum, column.maximum);
        spin->setValue(value.toInt());
        editor = spin;
    } else {
        auto *line = new QLineEdit(value, this);
        line->setReadOnly(isKey || column.name == QLatin1String("id"));
        editor = line;
    }
    editor->setObjectName(column.name);
    return editor;
}

QStringList DirectoryRecordDialog::record() const
{
    QStringList values;
    for (QWidget *editor : m_editors) {
        if (auto *box = qobject_cast<QCheckBox *>(editor)) {
            values << (box->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            values << text->toPlainText();
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            // An editable list (codes) may hold a typed code that is not in the list yet; a
            // listed entry gives its code, whatever name it shows.
            const bool listed = combo->currentIndex() >= 0
                && combo->currentText() == combo->itemText(combo->currentIndex());
            values << (!combo->isEditable() || listed ? combo->currentData().toString()
                                                      : combo->currentText().trimmed());
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            values << QString::number(spin->value());
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            values << line->text();
        }
    }
    return values;
}

QWidget *DirectoryRecordDialog::editor(const QString &column) const
{
    const int index = Core::tableSpec(m_table).indexOf(column);
    return m_editors.value(index);
}

void DirectoryRecordDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

} // namespace Desk::Gui
