// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace Desk::Sim {

/**
 * A forward-only compact JSON writer for the hot paths (conversation rows). Building a
 * QJsonObject of a dozen keys costs ~10 µs and sorts the keys; writing text directly is
 * several times faster and keeps the field order of the reference samples.
 */
class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(4096); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    /** `name` must be plain ASCII without characters that need escaping. */
    JsonWriter &key(const char *name);
    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    /** Already serialised JSON (e.g. from QJsonDocument). */
    void raw(const QByteArray &json);

    QByteArray take() { return std::move(m_out); }

    /** JSON string literal (with quotes) of `text`, UTF-8. */
    static void appendString(QByteArray *out, const QString &text);

private:
    void open(char bracket);
    void close(char bracket);
    void separate();

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: nothing written yet
    bool m_afterKey = false;
};

} // namespace Desk::Sim
