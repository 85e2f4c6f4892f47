// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace Desk::Core {

/*
 * The directory the administrator edits: agencies (sở, ngành and one UBND per xã/phường),
 * localities (xã, phường), areas (lĩnh vực), procedures (TTHC), reply templates and routing
 * rules. Defaults ship as CSV in resources/data (:/data/...); `verified` false marks a default
 * row nobody has checked against an official source yet ("chưa xác minh").
 */

struct Agency
{
    QString code; // SO_TP, UBND_32002, ...
    QString name;
    QString kind; // ubnd_tinh, so, nganh_doc, ubnd_xa, ...
    QString parentCode;
    QString phone;
    QString email;
    QString address;
    QString notes;
    bool verified = false;
    bool active = true;
};

/** A xã / phường / đặc khu; `code` is the official administrative unit code (e.g. 32002). */
struct Locality
{
    QString code;
    QString name;
    QString type; // xã, phường, đặc khu
    QString formerUnits;
    bool verified = false;
};

/** A procedure area (lĩnh vực) and who handles it at province and commune level. */
struct Area
{
    QString code;
    QString name;
    QString provincialAgency;
    /** A per-commune agency group such as UBND_XA: resolved to UBND_<locality> when known. */
    QString communeAgency;
    bool verified = false;
};

struct Procedure
{
    QString code; // national code, e.g. 1.001193
    QString name;
    QString areaCode;
    QString level; // "province" | "commune"
    int onlineLevel = 0; // 4 toàn trình, 3 một phần, 0 unknown
    QString portalUrl;
    QString agencyCode;
    bool verified = false;
};

/** A canned reply; `body` uses the variables of TemplateRenderer ({ho_ten}, ...). */
struct ReplyTemplate
{
    QString code;
    QString title;
    QString kind; // a CaseKind key, '' = any
    QString areaCode; // '' = any area
    QString body;
    bool verified = false;
};

/** First matching enabled rule (by position) routes a case; empty fields match anything. */
struct RoutingRule
{
    qint64 id = 0; // 0 = not stored yet
    int position = 0;
    QString kind;
    QString areaCode;
    QString procedureCode;
    QString level;
    QString agencyCode;
    QString note;
    bool enabled = true;
};

/** The directory tables, in load order: a table only refers to tables before it. */
enum class DirectoryTable {
    Agencies,
    Localities,
    Areas,
    Procedures,
    ReplyTemplates,
    RoutingRules,
    ClassificationRules,
};

QList<DirectoryTable> allDirectoryTables();

enum class ColumnType { Text, Integer, Boolean };

/** One column of a directory table, as in the database and in its CSV file. */
struct ColumnSpec
{
    QString name; // SQL column and CSV header
    ColumnType type = ColumnType::Text;
    bool required = false; // a non-empty value is needed
    QString defaultValue; // used when the CSV has no such column or an empty cell
    std::optional<DirectoryTable> references; // a code of that table (empty allowed)
    QStringList allowed; // permitted values ('' always allowed unless required); empty = any
    int minimum = 0; // integers only
    int maximum = 0;
    bool multiline = false; // template bodies keep their line breaks
};

/**
 * Table layout. A record is a QStringList in `columns` order: booleans as "1"/"0", integers
 * in decimal. Rule tables have an INTEGER key (`id`): empty on a new row.
 */
struct TableSpec
{
    DirectoryTable table = DirectoryTable::Agencies;
    QString sqlName; // agencies, localities, ...
    QString defaultFile; // :/data/agencies.csv
    QString keyColumn; // code or id
    bool integerKey = false;
    QString orderBy; // column list for listing
    QVector<ColumnSpec> columns;

    int indexOf(const QString &column) const;
    int keyIndex() const { return indexOf(keyColumn); }
};

const TableSpec &tableSpec(DirectoryTable table);

/** Yes/no as the CSV files write it: 1/0, yes/no, true/false, có/không, x. */
std::optional<bool> parseFlag(const QString &text);

/** Plain types <-> records in TableSpec column order. */
QStringList toRecord(const Agency &agency);
QStringList toRecord(const Locality &locality);
QStringList toRecord(const Area &area);
QStringList toRecord(const Procedure &procedure);
QStringList toRecord(const ReplyTemplate &replyTemplate);
QStringList toRecord(const RoutingRule &rule);
Agency agencyFromRecord(const QStringList &record);
Locality localityFromRecord(const QStringList &record);
Area areaFromRecord(const QStringList &record);
Procedure procedureFromRecord(const QStringList &record);
ReplyTemplate replyTemplateFromRecord(const QStringList &record);
RoutingRule routingRuleFromRecord(const QStringList &record);

} // namespace Desk::Core
