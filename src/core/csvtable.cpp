// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvtable.h"

#include <QStringDecoder>

namespace Desk::Core::Csv {

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@';
}

/** Splits decoded text into records; the state machine of RFC 4180 section 2. */
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    ParseResult run()
    {
        ParseResult result;
        const int n = m_text.size();
        int i = 0;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (m_inQuotes) {
                if (c == u'"') {
                    if (i + 1 < n && m_text.at(i + 1) == u'"') {
                        m_field += u'"';
                        i += 2;
                        continue;
                    }
                    m_inQuotes = false;
                    ++i;
                    continue;
                }
                if (c == u'\r' && i + 1 < n && m_text.at(i + 1) == u'\n') {
                    // Inside a field a CRLF becomes one line break, so text does not
                    // depend on the line ends of the program that saved the file.
                    m_field += u'\n';
                    ++m_line;
                    i += 2;
                    continue;
                }
                if (c == u'\n' || c == u'\r') {
                    m_field += u'\n';
                    ++m_line;
                    ++i;
                    continue;
                }
                m_field += c;
                ++i;
                continue;
            }
            if (c == u'"' && m_field.isEmpty() && !m_fieldQuoted) {
                m_inQuotes = true;
                m_fieldQuoted = true;
                m_recordStarted = true;
                ++i;
                continue;
            }
            if (c == u',') {
                endField();
                m_recordStarted = true;
                ++i;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                endRecord(result);
                i += (c == u'\r' && i + 1 < n && m_text.at(i + 1) == u'\n') ? 2 : 1;
                ++m_line;
                m_recordLine = m_line;
                continue;
            }
            m_field += c;
            m_recordStarted = true;
            ++i;
        }
        if (m_inQuotes) {
            result.ok = false;
            result.errorLine = m_recordLine;
            result.error = QStringLiteral("a quoted field is not closed");
            return result;
        }
        endRecord(result);
        return result;
    }

private:
    void endField()
    {
        m_fields << m_field;
        m_field.clear();
        m_fieldQuoted = false;
    }

    void endRecord(ParseResult &result)
    {
        if (!m_recordStarted && m_field.isEmpty() && m_fields.isEmpty()) {
            return; // an empty line
        }
        endField();
        result.records.push_back({m_recordLine, m_fields});
        m_fields.clear();
        m_recordStarted = false;
    }

    const QString &m_text;
    QStringList m_fields;
    QString m_field;
    bool m_inQuotes = false;
    bool m_fieldQuoted = false;
    bool m_recordStarted = false;
    int m_line = 1;
    int m_recordLine = 1;
};

} // namespace

ParseResult parse(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF")) {
        body.remove(0, 3);
    }
    const QString text = decoder.decode(body);
    if (decoder.hasError()) {
        ParseResult result;
        result.ok = false;
        result.errorLine = 1;
        result.error = QStringLiteral("the file is not UTF-8 text");
        return result;
    }
    return Parser(text).run();
}

QString quoteField(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r')
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes) {
        return field;
    }
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray write(const QVector<QStringList> &rows, const WriteOptions &options)
{
    QString text;
    const QString lineEnd = options.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    for (const QStringList &row : rows) {
        QStringList quoted;
        quoted.reserve(row.size());
        for (const QString &field : row) {
            QString value = field;
            if (options.crlf) {
                // Line breaks inside a field follow the file's line ends (Excel expects it).
                value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
                value.replace(u'\n', lineEnd);
            }
            quoted << quoteField(value);
        }
        text += quoted.join(u',') + lineEnd;
    }
    QByteArray bytes = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += text.toUtf8();
    return bytes;
}

QString guardFormula(const QString &cell)
{
    if (cell.isEmpty()) {
        return cell;
    }
    const bool formula = isFormulaStart(cell.front());
    const bool alreadyGuardedLook
        = cell.front() == u'\'' && cell.size() > 1 && isFormulaStart(cell.at(1));
    return (formula || alreadyGuardedLook) ? u'\'' + cell : cell;
}

QString unguardFormula(const QString &cell)
{
    if (cell.size() > 1 && cell.front() == u'\''
        && (isFormulaStart(cell.at(1))
            || (cell.size() > 2 && cell.at(1) == u'\'' && isFormulaStart(cell.at(2))))) {
        return cell.mid(1);
    }
    return cell;
}

} // namespace Desk::Core::Csv
