// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace Desk::Gui {

/** Code -> name of the directory tables a reference column points into. */
using DirectoryNames = QHash<Core::DirectoryTable, QHash<QString, QString>>;

/** Background of a default row nobody has checked yet ("Chưa xác minh"). */
QColor unverifiedColor();
/** The header a directory column shows (translated). */
QString directoryColumnTitle(const QString &column);

/**
 * One directory table in memory (a few hundred rows at most, so no paging). The `verified`
 * column comes first so unverified default rows stand out; long texts show their first line
 * and the whole text as a tooltip. Rows are records in Core::tableSpec order. Rule tables
 * have no `verified` column: a note saying "chưa xác minh" is painted amber instead.
 */
class DirectoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit DirectoryModel(Core::DirectoryTable table, QObject *parent = nullptr);

    Core::DirectoryTable table() const { return m_table; }
    void setRecords(const QVector<QStringList> &records);
    /** Shows only rows with a cell containing `text` (folded: case and diacritics ignored). */
    void setFilter(const QString &text);
    int totalCount() const { return int(m_all.size()); }
    QStringList record(int row) const { return m_records.value(row); }
    QString key(int row) const;
    /** The row holding `key`, -1 if none. */
    int rowOf(const QString &key) const;
    /** Index in the record of the view column `column`. */
    int specColumn(int column) const { return m_columns.value(column, -1); }
    int viewColumn(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Display text of one cell value (yes/no, levels, online levels, agency and case kinds
     *  in words; a reference's name from @p names, never its code). */
    static QString displayValue(
        const Core::ColumnSpec &column, const QString &value, const DirectoryNames &names = {});
    /** Code -> name (title for templates) of this table's rows, for other tables' references. */
    QHash<QString, QString> names() const;
    /** The names reference columns show instead of codes (the dialog shares every table's). */
    void setReferenceNames(const DirectoryNames &names);

private:
    Core::DirectoryTable m_table;
    QVector<int> m_columns; // view column -> record index
    void applyFilter();

    QVector<QStringList> m_all;
    QVector<QStringList> m_records; // the rows shown (m_all filtered)
    QString m_filter; // folded
    DirectoryNames m_names;
};

} // namespace Desk::Gui
