// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/csvexport.h"

#include "core/vietnamtime.h"
#include "reports/caserows.h"
#include "reports/logging.h"

#include <QSaveFile>
#include <QStringEncoder>

namespace Desk::Reports {

namespace {

/** "dd/MM/yyyy HH:mm" in Vietnam time, by arithmetic: a QDateTime with a zone per cell costs
 *  more than the rest of the row. */
void appendVietnamTime(QString &text, qint64 utcMs)
{
    constexpr qint64 kDayMs = 24 * 3600 * 1000;
    const qint64 local = utcMs + qint64(Core::kVietnamUtcOffsetSeconds) * 1000;
    qint64 day = local / kDayMs;
    qint64 inDay = local % kDayMs;
    if (inDay < 0) {
        inDay += kDayMs;
        --day;
    }
    const QDate date = QDate(1970, 1, 1).addDays(day);
    const int minutes = int(inDay / 60000);
    const auto two = [&text](int value) {
        text += QLatin1Char(char('0' + value / 10));
        text += QLatin1Char(char('0' + value % 10));
    };
    two(date.day());
    text += QLatin1Char('/');
    two(date.month());
    text += QLatin1Char('/');
    text += QString::number(date.year());
    text += QLatin1Char(' ');
    two(minutes / 60);
    text += QLatin1Char(':');
    two(minutes % 60);
}

} // namespace

QString csvField(const QString &text)
{
    QString value;
    value.reserve(text.size() + 4);
    bool pieceStarts = true; // at the start of the text or right after a tab / line break
    bool quote = false;
    for (const QChar ch : text) {
        if (pieceStarts && looksLikeFormula(QString(ch))) {
            value += QLatin1Char('\'');
        }
        const char16_t c = ch.unicode();
        pieceStarts = c == u'\t' || c == u'\r' || c == u'\n';
        quote = quote || pieceStarts || c == u'"' || c == u',' || c == u';';
        if (c == u'"') {
            value += QLatin1Char('"');
        }
        value += ch;
    }
    return quote ? QLatin1Char('"') + value + QLatin1Char('"') : value;
}

ExportResult writeCsv(
    const QString &path, CaseRowReader &rows, const ExportHooks &hooks, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &why) {
        if (error) {
            *error = why;
        }
        file.cancelWriting();
        return ExportResult::Failed;
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(file.errorString());
    }
    if (!rows.start()) {
        return fail(rows.error());
    }
    QStringEncoder encode(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QString text;
    for (int c = 0; c < kColumnCount; ++c) {
        if (c) {
            text += QChar(kCsvSeparator);
        }
        text += csvField(columnHeader(Column(c)));
    }
    text += QLatin1String("\r\n");
    if (file.write(encode.encode(text)) < 0) {
        return fail(file.errorString());
    }
    qint64 written = 0;
    CaseRow row;
    while (rows.next(&row)) {
        if (hooks.cancelled()) {
            file.cancelWriting(); // QSaveFile drops its temporary file: nothing at `path`
            return ExportResult::Cancelled;
        }
        text.clear();
        for (int c = 0; c < kColumnCount; ++c) {
            if (c) {
                text += QChar(kCsvSeparator);
            }
            switch (columnType(Column(c))) {
            case ColumnType::Text:
                text += csvField(row.texts[c]);
                break;
            case ColumnType::DateTime:
                if (row.times[c]) {
                    appendVietnamTime(text, *row.times[c]);
                }
                break;
            case ColumnType::Hours:
                if (row.hours[c]) {
                    text += QString::number(*row.hours[c], 'f', 2);
                }
                break;
            }
        }
        text += QLatin1String("\r\n");
        if (file.write(encode.encode(text)) < 0) {
            return fail(file.errorString());
        }
        if (++written % kProgressEvery == 0 && hooks.progress) {
            hooks.progress(written);
        }
    }
    if (!rows.error().isEmpty()) {
        return fail(rows.error());
    }
    if (!file.commit()) {
        return fail(file.errorString());
    }
    if (hooks.progress) {
        hooks.progress(written);
    }
    qCInfo(lcReports) << "csv" << written << "rows";
    return ExportResult::Ok;
}

} // namespace Desk::Reports
