// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the reports tests: cases written into a real store through Store (citizen, message,
// case), then the v3 milestone columns and transfers rows set with bound UPDATE / INSERTs, the
// way the desk's own code fills them.
#pragma once

#include "core/domain.h"
#include "store/database.h"
#include "store/store.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

#include <optional>

namespace Desk::TestSupport {

/** UTC ms of a Vietnam wall-clock time (UTC+7). */
inline qint64 vnTime(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(7 * 3600))
        .toMSecsSinceEpoch();
}

/** End of a Vietnam day (23:59:59.999), as WorkingCalendar::deadline gives it. */
inline qint64 vnEndOfDay(int year, int month, int day)
{
    return vnTime(year, month, day, 0, 0) + 24 * 3600 * 1000 - 1;
}

struct CaseSpec
{
    qint64 opened = 0;
    QString kind = QStringLiteral("question");
    QString assignee;
    QString agency;
    QString area;
    QString locality;
    std::optional<qint64> firstResponse;
    std::optional<qint64> routed;
    std::optional<qint64> agencyAnswered;
    std::optional<qint64> replied;
    std::optional<qint64> closed;
    std::optional<qint64> due;
    qint64 paused = 0;
    bool prolonged = false;
    QString rating;
    QString citizenName = QStringLiteral("Nguyễn Văn An");
    QString phone = QStringLiteral("0912345678");
    QString text = QStringLiteral("Cho tôi hỏi thủ tục đăng ký khai sinh");
};

inline QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

/** Writes one case (one citizen, one inbound message); returns its id, 0 on failure. */
inline qint64 addCase(Store::Store &store, const CaseSpec &spec)
{
    static int serial = 0;
    const QString citizenId = QStringLiteral("84%1").arg(++serial, 17, 10, QLatin1Char('0'));
    Core::Citizen citizen;
    citizen.zaloId = citizenId;
    citizen.displayName = spec.citizenName;
    citizen.phone = spec.phone;
    Core::Message message;
    message.messageId = QStringLiteral("m-%1").arg(citizenId);
    message.citizenId = citizenId;
    message.direction = Core::Direction::Inbound;
    message.timeMs = spec.opened;
    message.type = QStringLiteral("text");
    message.text = spec.text;
    message.rawJson = QStringLiteral("{}");
    const Store::IngestResult result = store.ingestConversation(citizen, {message});
    if (!result.ok || result.touchedCaseIds.size() != 1) {
        return 0;
    }
    const qint64 id = *result.touchedCaseIds.begin();
    QSqlQuery *update = store.database().query(
        QStringLiteral("UPDATE cases SET kind = ?, assignee = ?, agency_code = ?, area_code = ?, "
                       "locality_code = ?, first_response_at_ms = ?, routed_at_ms = ?, "
                       "agency_answered_at_ms = ?, replied_at_ms = ?, closed_at_ms = ?, "
                       "due_at_ms = ?, paused_total_ms = ?, prolonged = ?, rating = ? "
                       "WHERE id = ?"),
        {Store::textValue(spec.kind), Store::textValue(spec.assignee),
            Store::textValue(spec.agency), Store::textValue(spec.area),
            Store::textValue(spec.locality), optionalValue(spec.firstResponse),
            optionalValue(spec.routed), optionalValue(spec.agencyAnswered),
            optionalValue(spec.replied), optionalValue(spec.closed), optionalValue(spec.due),
            spec.paused, spec.prolonged ? 1 : 0, Store::textValue(spec.rating), id},
        QStringLiteral("test case milestones"));
    return update ? id : 0;
}

inline bool addTransfer(Store::Store &store, qint64 caseId, const QString &agency, qint64 routed,
    std::optional<qint64> answered)
{
    return store.database().query(
               QStringLiteral("INSERT INTO transfers (case_id, agency_code, routed_at_ms, "
                              "routed_by, answered_at_ms) VALUES (?, ?, ?, 'lan', ?)"),
               {caseId, agency, routed, optionalValue(answered)}, QStringLiteral("test transfer"))
        != nullptr;
}

inline bool addAgency(Store::Store &store, const QString &code, const QString &name)
{
    return store.database().query(QStringLiteral("INSERT INTO agencies (code, name) VALUES (?, ?)"),
               {code, name}, QStringLiteral("test agency"))
        != nullptr;
}

} // namespace Desk::TestSupport

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>

namespace Desk::TestSupport {

/** The small export data set: 4 cases, with formula-looking, quoted and Vietnamese text. */
struct ExportSample
{
    QVector<CaseSpec> specs;
    QVector<QString> codes; // case codes, in opened order
    qint64 now = 0;
};

inline ExportSample writeExportSample(Store::Store &store)
{
    ExportSample sample;
    sample.now = vnTime(2026, 8, 20, 9);
    CaseSpec a;
    a.opened = vnTime(2026, 7, 6, 8);
    a.citizenName = QStringLiteral("Trần Thị Bích Ngọc");
    a.phone = QStringLiteral("+84912345678");
    a.assignee = QStringLiteral("lan");
    a.agency = QStringLiteral("STP");
    a.area = QStringLiteral("hotich");
    a.locality = QStringLiteral("P5");
    a.firstResponse = vnTime(2026, 7, 6, 9);
    a.routed = vnTime(2026, 7, 6, 10);
    a.agencyAnswered = vnTime(2026, 7, 8, 10);
    a.replied = vnTime(2026, 7, 8, 15);
    a.closed = vnTime(2026, 7, 9, 9);
    a.due = vnEndOfDay(2026, 7, 27);
    a.rating = QStringLiteral("hai_long");
    CaseSpec b;
    b.opened = vnTime(2026, 7, 10, 16);
    b.citizenName = QStringLiteral("=HYPERLINK(\"http://evil.invalid\",\"x\")");
    b.phone = QStringLiteral("-2+3");
    b.kind = QStringLiteral("complaint");
    b.assignee = QStringLiteral("@SUM(A1)");
    CaseSpec c;
    c.opened = vnTime(2026, 7, 14, 9);
    c.citizenName = QStringLiteral("\tTab đầu dòng");
    c.phone = QString();
    c.kind = QStringLiteral("petition");
    c.assignee = QStringLiteral("\tminh"); // text starting with a tab
    c.replied = vnTime(2026, 7, 14, 14, 30);
    c.due = vnEndOfDay(2026, 7, 31);
    c.prolonged = true;
    CaseSpec d;
    d.opened = vnTime(2026, 7, 20, 9);
    d.citizenName = QStringLiteral("Lê Văn \"Tư\", phường 5\nCà Mau");
    d.kind = QString();
    d.locality = QStringLiteral("Khóm 3, \"Phường 5\"\nCà Mau"); // no directory row: shown as is
    d.rating = QStringLiteral("\r=1"); // text starting with a carriage return
    d.due = vnEndOfDay(2026, 8, 25);
    sample.specs = {a, b, c, d};
    for (const CaseSpec &spec : sample.specs) {
        const qint64 id = addCase(store, spec);
        QSqlQuery *code = id
            ? store.database().query(QStringLiteral("SELECT code FROM cases WHERE id = ?"), {id},
                QStringLiteral("test code"))
            : nullptr;
        sample.codes.append(code && code->next() ? code->value(0).toString() : QString());
        if (code) {
            code->finish();
        }
    }
    // The store tidies citizen names (spaces, line breaks): expect what it kept.
    for (int i = 0; i < sample.specs.size(); ++i) {
        QSqlQuery *name = store.database().query(
            QStringLiteral("SELECT ci.display_name FROM cases c JOIN citizens ci "
                           "ON ci.zalo_id = c.citizen_id WHERE c.code = ?"),
            {sample.codes.at(i)}, QStringLiteral("test name"));
        if (name && name->next()) {
            sample.specs[i].citizenName = name->value(0).toString();
        }
        if (name) {
            name->finish();
        }
    }
    addAgency(store, QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"));
    store.database().query(QStringLiteral("INSERT INTO areas (code, name) VALUES (?, ?)"),
        {QStringLiteral("hotich"), QStringLiteral("Hộ tịch")}, QStringLiteral("test area"));
    return sample;
}

/** Vietnamese for the words the export tests look at, as the app's translation gives them. */
class VietnameseWords : public QTranslator
{
public:
    QString translate(
        const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "Desk::Reports") != 0) {
            return {};
        }
        static const QHash<QByteArray, QString> words {
            {"Summary", QStringLiteral("Tổng hợp")},
            {"Case list", QStringLiteral("Danh sách")},
            {"Yes", QStringLiteral("Có")},
            {"No", QStringLiteral("Không")},
            {"Question", QStringLiteral("Hỏi đáp")},
            {"Petition", QStringLiteral("Kiến nghị")},
            {"Complaint or denunciation", QStringLiteral("Khiếu nại, tố cáo")},
            {"Not classified", QStringLiteral("Chưa phân loại")},
            {"Received", QStringLiteral("Tiếp nhận")},
        };
        return words.value(QByteArray(source));
    }
    bool isEmpty() const override { return false; }
};

/** Runs the system Python (which has openpyxl; a pyenv python3 on PATH may not) on a script
 *  that prints one JSON document. */
/** Reading a file back with Python (openpyxl) needs the Linux test host's python3: a Windows
 *  build, natively or under Wine, skips the read-back after the writing part has run. */
#ifdef Q_OS_WIN
#define DESK_REQUIRE_PYTHON_READER()                                                               \
    QSKIP("the read-back uses Linux's python3 with openpyxl; the Linux run checks the contents")
#else
#define DESK_REQUIRE_PYTHON_READER()                                                               \
    do {                                                                                           \
    } while (false)
#endif

inline QJsonDocument runPython(const QTemporaryDir &dir, const QByteArray &script,
    const QStringList &arguments, QString *error)
{
    const QString path = dir.filePath(QStringLiteral("reader.py"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size()) {
        *error = file.errorString();
        return {};
    }
    file.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), QStringList {path} + arguments);
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
    if (document.isNull()) {
        *error = parseError.errorString();
    }
    return document;
}

} // namespace Desk::TestSupport
