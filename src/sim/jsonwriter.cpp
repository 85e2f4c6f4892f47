// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/jsonwriter.h"

namespace Desk::Sim {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out.append(',');
        m_first.back() = false;
    }
}

void JsonWriter::open(char bracket)
{
    separate();
    m_out.append(bracket);
    m_first.push_back(true);
}

void JsonWriter::close(char bracket)
{
    m_out.append(bracket);
    m_first.pop_back();
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":", 2);
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(const QString &text)
{
    separate();
    appendString(&m_out, text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
}

void JsonWriter::appendString(QByteArray *out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out->append('"');
    // Copy runs between characters that need escaping in one go: per-byte appends were
    // the single largest cost of a conversation page.
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto byte = static_cast<unsigned char>(*p);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue; // UTF-8 passes through, as QJsonDocument writes it too
        out->append(run, p - run);
        run = p + 1;
        switch (byte) {
        case '"':
            out->append("\\\"", 2);
            break;
        case '\\':
            out->append("\\\\", 2);
            break;
        case '\n':
            out->append("\\n", 2);
            break;
        case '\r':
            out->append("\\r", 2);
            break;
        case '\t':
            out->append("\\t", 2);
            break;
        default: {
            const char escaped[6] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
            out->append(escaped, 6);
        }
        }
    }
    out->append(run, end - run);
    out->append('"');
}

} // namespace Desk::Sim
