// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/directorymodel.h"

#include "core/textfold.h"
#include "reports/labels.h"

#include <QCoreApplication>

namespace Desk::Gui {

namespace {

constexpr int kShortTextLength = 90;

const char *const kContext = "Desk::Gui::DirectoryModel";

struct ColumnTitle
{
    const char *name;
    const char *title;
};

const ColumnTitle kTitles[] = {
    {"code", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Code")},
    {"name", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Name")},
    {"kind", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Kind")},
    {"parent_code", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Parent agency")},
    {"phone", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Phone")},
    {"email", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Email")},
    {"address", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Address")},
    {"notes", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Notes")},
    {"verified", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Checked")},
    {"active", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Active")},
    {"type", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Type")},
    {"former_units", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Former units")},
    {"provincial_agency", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Provincial agency")},
    {"commune_agency", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Commune agency")},
    {"area_code", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Area")},
    {"level", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Level")},
    {"online_level", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Online")},
    {"portal_url", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Portal link")},
    {"agency_code", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Agency")},
    {"title", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Title")},
    {"body", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Text")},
    {"id", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "No.")},
    {"position", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Order")},
    {"procedure_code", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Procedure")},
    {"note", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Note")},
    {"enabled", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "In use")},
    {"target", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Sets")},
    {"value", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Value")},
    {"pattern", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Pattern")},
    {"weight", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Weight")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

bool isVerifiedColumn(const Core::ColumnSpec &column)
{
    return column.name == QLatin1String("verified");
}

/** Rule notes carry the "unverified" mark in words (rule tables have no verified column). */
bool isUnverifiedNote(const Core::ColumnSpec &column, const QString &value)
{
    return column.name == QLatin1String("note")
        && Core::foldForSearch(value).contains(QLatin1String("chua xac minh"));
}

struct KindName
{
    const char *key;
    const char *name;
};

// The `kind` of an agency row (resources/data/agencies.csv), in words.
const KindName kAgencyKinds[] = {
    {"so", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Department (Sở)")},
    {"nganh_doc", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Central sector agency")},
    {"ubnd_tinh", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Provincial People's Committee")},
    {"ubnd_xa",
        QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Commune / ward People's Committee")},
    {"co_quan_chuyen_mon", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Specialised agency")},
    {"to_chuc_hanh_chinh", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Administrative body")},
    {"co_quan_hanh_chinh_khac",
        QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Other administrative agency")},
    {"don_vi_su_nghiep", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Public service unit")},
    {"phong", QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Division (Phòng)")},
};

/** The column whose text names a row of @p table: `name`, or `title` for templates. */
int nameIndex(Core::DirectoryTable table)
{
    const Core::TableSpec &spec = Core::tableSpec(table);
    const int name = spec.indexOf(QStringLiteral("name"));
    return name >= 0 ? name : spec.indexOf(QStringLiteral("title"));
}

bool markedUnverified(const Core::ColumnSpec &column, const QString &value)
{
    return (isVerifiedColumn(column) && value != QLatin1String("1"))
        || isUnverifiedNote(column, value);
}

} // namespace

QColor unverifiedColor()
{
    return QColor(0xff, 0xd5, 0x80); // amber, like the inbox's "needs attention"
}

QString directoryColumnTitle(const QString &column)
{
    for (const ColumnTitle &t : kTitles) {
        if (column == QLatin1String(t.name)) {
            return translated(t.title);
        }
    }
    return column;
}

DirectoryModel::DirectoryModel(Core::DirectoryTable table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{
    const Core::TableSpec &spec = Core::tableSpec(table);
    const int verified = spec.indexOf(QStringLiteral("verified"));
    if (verified >= 0) {
        m_columns << verified;
    }
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (c != verified) {
            m_columns << c;
        }
    }
}

void DirectoryModel::setRecords(const QVector<QStringList> &records)
{
    beginResetModel();
    m_all = records;
    applyFilter();
    endResetModel();
}

void DirectoryModel::setFilter(const QString &text)
{
    const QString folded = Core::foldForSearch(text.simplified());
    if (folded == m_filter) {
        return;
    }
    beginResetModel();
    m_filter = folded;
    applyFilter();
    endResetModel();
}

void DirectoryModel::applyFilter()
{
    if (m_filter.isEmpty()) {
        m_records = m_all;
        return;
    }
    // A few hundred rows: folding them on each keystroke is instant.
    m_records.clear();
    const Core::TableSpec &spec = Core::tableSpec(m_table);
    for (const QStringList &record : std::as_const(m_all)) {
        QString text = record.join(u' ');
        for (int c = 0; c < spec.columns.size(); ++c) {
            if (spec.columns.at(c).references) {
                text += u' ' + displayValue(spec.columns.at(c), record.value(c), m_names);
            }
        }
        if (Core::foldForSearch(text).contains(m_filter)) {
            m_records << record;
        }
    }
}

QString DirectoryModel::key(int row) const
{
    return m_records.value(row).value(Core::tableSpec(m_table).keyIndex());
}

int DirectoryModel::rowOf(const QString &key) const
{
    const int keyIndex = Core::tableSpec(m_table).keyIndex();
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).value(keyIndex) == key) {
            return row;
        }
    }
    return -1;
}

int DirectoryModel::viewColumn(const QString &name) const
{
    return m_columns.indexOf(Core::tableSpec(m_table).indexOf(name));
}

int DirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int DirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QHash<QString, QString> DirectoryModel::names() const
{
    QHash<QString, QString> names;
    const int keyIndex = Core::tableSpec(m_table).keyIndex();
    const int name = nameIndex(m_table);
    for (const QStringList &record : m_all) {
        if (name >= 0 && !record.value(name).isEmpty()) {
            names.insert(record.value(keyIndex), record.value(name));
        }
    }
    return names;
}

void DirectoryModel::setReferenceNames(const DirectoryNames &names)
{
    beginResetModel();
    m_names = names;
    applyFilter(); // names are searchable too
    endResetModel();
}

QString DirectoryModel::displayValue(
    const Core::ColumnSpec &column, const QString &value, const DirectoryNames &names)
{
    if (column.references && !value.isEmpty()) {
        // The name staff know; a code without a row stays visible as typed.
        return names.value(*column.references).value(value, value);
    }
    if (column.name == QLatin1String("kind") && !value.isEmpty()) {
        for (const KindName &kind : kAgencyKinds) {
            if (value == QLatin1String(kind.key)) {
                return translated(kind.name);
            }
        }
        if (!column.allowed.isEmpty()) {
            return Reports::kindLabel(value); // a case kind (templates, routing rules)
        }
    }
    if (isVerifiedColumn(column)) {
        return value == QLatin1String("1")
            ? translated(QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Verified"))
            : translated(QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Not verified"));
    }
    if (column.type == Core::ColumnType::Boolean) {
        return value == QLatin1String("1")
            ? translated(QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Yes"))
            : translated(QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "No"));
    }
    if (column.name == QLatin1String("level")) {
        if (value == QLatin1String("province")) {
            return translated(QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Province"));
        }
        if (value == QLatin1String("commune")) {
            return translated(QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Commune"));
        }
    }
    if (column.name == QLatin1String("online_level")) {
        if (value == QLatin1String("4")) {
            return translated(QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Full"));
        }
        if (value == QLatin1String("3")) {
            return translated(QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Partial"));
        }
        return translated(QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel", "Unknown"));
    }
    QString line = value;
    line.replace(u'\n', u' ');
    return line.size() > kShortTextLength ? line.left(kShortTextLength - 1) + u'…' : line;
}

QVariant DirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size() || index.column() >= m_columns.size()) {
        return {};
    }
    const int c = m_columns.at(index.column());
    const Core::ColumnSpec &column = Core::tableSpec(m_table).columns.at(c);
    const QString value = m_records.at(index.row()).value(c);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(column, value, m_names);
    case Qt::ToolTipRole:
        if (column.references && !value.isEmpty()) {
            return QStringLiteral("%1 (%2)").arg(displayValue(column, value, m_names), value);
        }
        if (isVerifiedColumn(column) && value != QLatin1String("1")) {
            return translated(QT_TRANSLATE_NOOP("Desk::Gui::DirectoryModel",
                "A default row not yet checked against an official source. Check it, then "
                "edit the row and tick \"Verified\"."));
        }
        // Columns are narrower than long names: the whole text is one hover away.
        return column.type == Core::ColumnType::Text && !value.isEmpty() ? value : QVariant();
    case Qt::BackgroundRole:
        if (markedUnverified(column, value)) {
            return unverifiedColor();
        }
        return {};
    case Qt::ForegroundRole:
        if (markedUnverified(column, value)) {
            return QColor(Qt::black); // readable on amber in dark themes too
        }
        return {};
    case Qt::UserRole:
        return value;
    default:
        return {};
    }
}

QVariant DirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_columns.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return directoryColumnTitle(Core::tableSpec(m_table).columns.at(m_columns.at(section)).name);
}

} // namespace Desk::Gui
