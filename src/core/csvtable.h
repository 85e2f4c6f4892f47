// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Desk::Core::Csv {

/** One record and the 1-based line it starts on (a quoted field may span lines). */
struct Record
{
    int line = 0;
    QStringList fields;
};

struct ParseResult
{
    QVector<Record> records;
    bool ok = true;
    int errorLine = 0;
    QString error; // English, for logs; callers show their own translated text
};

/**
 * RFC 4180 reader for UTF-8 text: quoted fields with "" escapes and embedded line breaks,
 * CRLF or LF (or a lone CR) between records, a UTF-8 byte order mark tolerated. Lenient
 * like spreadsheet programs: a quote inside an unquoted field, or text after a closing quote,
 * is kept literally. Fails on an unterminated quoted field and on bytes that are not UTF-8
 * (a file saved in a legacy code page must not be imported as mojibake). Empty lines are
 * skipped.
 */
ParseResult parse(const QByteArray &bytes);

struct WriteOptions
{
    bool byteOrderMark = true; // Excel opens a UTF-8 file as UTF-8 only with a BOM
    bool crlf = true; // RFC 4180 line ends
};

/** Quotes a field only when needed (separator, quote, line break, outer spaces). */
QString quoteField(const QString &field);
QByteArray write(const QVector<QStringList> &rows, const WriteOptions &options = {});

/**
 * A cell that a spreadsheet would run as a formula (= + - @ first) is written with a
 * leading apostrophe; so is a cell that already starts with an apostrophe before one of
 * those, so `unguardFormula(guardFormula(x)) == x` for every x.
 */
QString guardFormula(const QString &cell);
QString unguardFormula(const QString &cell);

} // namespace Desk::Core::Csv
