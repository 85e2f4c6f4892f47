// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the report benchmarks: a deterministic year of cases (2026) written quickly with raw
// SQL into the v3 schema that Store::open created, and the peak RSS of the process.
#pragma once

#include "store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

#include <cstdio>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <sys/resource.h>

namespace Desk::Bench {

inline double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux: KiB
}

const char *const kFamily[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi"};
const char *const kMiddle[] = {"Văn", "Thị", "Hoàng", "Minh", "Ngọc", "Thanh"};
const char *const kGiven[] = {"An", "Bình", "Cường", "Dũng", "Hạnh", "Lan", "Phúc", "Tư", "Yến"};
const char *const kKinds[] = {"question", "question", "question", "report", "petition",
    "dossier_lookup", "postal", "submission_help", "complaint"};
const char *const kRatings[] = {"rat_hai_long", "hai_long", "chua_hai_long"};

/** One generated case; times are UTC ms. Pure function of (i, n): the raw baseline uses it too. */
struct BenchCase
{
    std::string code, citizenId, name, phone, kind, assignee, agency, area, locality, rating;
    qint64 opened = 0;
    std::optional<qint64> firstResponse, routed, agencyAnswered, replied, closed, due;
    qint64 paused = 0;
    bool prolonged = false;
};

inline BenchCase benchCase(qint64 i, qint64 n)
{
    static const qint64 yearStart
        = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
    constexpr qint64 hour = 3600 * 1000;
    BenchCase c;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "TV-2026-%07lld", static_cast<long long>(i + 1));
    c.code = buffer;
    std::snprintf(buffer, sizeof buffer, "84%017lld", static_cast<long long>(i));
    c.citizenId = buffer;
    c.name = std::string(kFamily[i % 8]) + ' ' + kMiddle[(i / 8) % 6] + ' ' + kGiven[(i / 48) % 9];
    std::snprintf(
        buffer, sizeof buffer, "09%08lld", static_cast<long long>((i * 7919) % 100000000));
    c.phone = buffer;
    c.kind = kKinds[i % 9];
    c.assignee = "staff" + std::to_string(i % 40);
    c.agency = i % 5 < 3 ? "AG" + std::to_string(i % 30) : "";
    c.area = "AREA" + std::to_string(i % 20);
    c.locality = "LOC" + std::to_string(i % 64);
    c.opened = yearStart + (365LL * 24 * hour) * i / n;
    c.firstResponse = c.opened + (i * 7919) % (48 * hour);
    if (!c.agency.empty()) {
        c.routed = c.opened + (i * 104729) % (24 * hour);
        if (i % 7 != 0) {
            c.agencyAnswered = *c.routed + (i * 15485863) % (10 * 24 * hour);
        }
    }
    if (i % 20 < 17) {
        c.replied = c.opened + (i * 32452843) % (30 * 24 * hour);
        if (i % 10 < 7) {
            c.closed = *c.replied + 24 * hour;
        }
    }
    if (i % 10 >= 3) {
        c.due = c.opened + 21 * 24 * hour; // else: the default 15 working days
    }
    c.paused = i % 20 == 0 ? 6 * hour : 0;
    c.prolonged = i % 100 == 0;
    c.rating = i % 10 < 3 ? kRatings[i % 3] : "";
    return c;
}

inline void bindOptional(sqlite3_stmt *statement, int index, const std::optional<qint64> &value)
{
    if (value) {
        sqlite3_bind_int64(statement, index, *value);
    } else {
        sqlite3_bind_null(statement, index);
    }
}

inline void bindText(sqlite3_stmt *statement, int index, const std::string &text)
{
    sqlite3_bind_text(statement, index, text.data(), int(text.size()), SQLITE_STATIC);
}

/** Creates the schema with Store::open, then inserts @p n citizens, cases and transfers in one
 *  transaction through the sqlite3 C API. Returns false with a message on stderr. */
inline bool createReportDb(const QString &path, qint64 n)
{
    QFile::remove(path);
    {
        Store::Store store;
        QString error;
        if (!store.open(path, &error)) {
            std::fprintf(stderr, "store: %s\n", qPrintable(error));
            return false;
        }
    }
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        return false;
    }
    sqlite3_exec(db, "PRAGMA synchronous=OFF; BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *citizen = nullptr;
    sqlite3_stmt *caseRow = nullptr;
    sqlite3_stmt *transfer = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO citizens (zalo_id, display_name, phone) VALUES (?, ?, ?)",
        -1, &citizen, nullptr);
    sqlite3_prepare_v2(db,
        "INSERT INTO cases (id, code, citizen_id, status, first_line, opened_at_ms, "
        "last_activity_at_ms, closed_at_ms, kind, assignee, agency_code, area_code, "
        "locality_code, first_response_at_ms, routed_at_ms, agency_answered_at_ms, "
        "replied_at_ms, due_at_ms, paused_total_ms, prolonged, rating) "
        "VALUES (?, ?, ?, ?, 'Cho tôi hỏi thủ tục', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)",
        -1, &caseRow, nullptr);
    sqlite3_prepare_v2(db,
        "INSERT INTO transfers (case_id, agency_code, routed_at_ms, routed_by, answered_at_ms) "
        "VALUES (?, ?, ?, 'bench', ?)",
        -1, &transfer, nullptr);
    for (qint64 i = 0; i < n; ++i) {
        const BenchCase c = benchCase(i, n);
        bindText(citizen, 1, c.citizenId);
        bindText(citizen, 2, c.name);
        bindText(citizen, 3, c.phone);
        sqlite3_step(citizen);
        sqlite3_reset(citizen);
        sqlite3_bind_int64(caseRow, 1, i + 1);
        bindText(caseRow, 2, c.code);
        bindText(caseRow, 3, c.citizenId);
        const std::string status = c.closed ? "closed" : c.replied ? "replied" : "classified";
        bindText(caseRow, 4, status);
        sqlite3_bind_int64(caseRow, 5, c.opened);
        sqlite3_bind_int64(caseRow, 6, c.replied.value_or(c.opened));
        bindOptional(caseRow, 7, c.closed);
        bindText(caseRow, 8, c.kind);
        bindText(caseRow, 9, c.assignee);
        bindText(caseRow, 10, c.agency);
        bindText(caseRow, 11, c.area);
        bindText(caseRow, 12, c.locality);
        bindOptional(caseRow, 13, c.firstResponse);
        bindOptional(caseRow, 14, c.routed);
        bindOptional(caseRow, 15, c.agencyAnswered);
        bindOptional(caseRow, 16, c.replied);
        bindOptional(caseRow, 17, c.due);
        sqlite3_bind_int64(caseRow, 18, c.paused);
        sqlite3_bind_int(caseRow, 19, c.prolonged ? 1 : 0);
        bindText(caseRow, 20, c.rating);
        if (sqlite3_step(caseRow) != SQLITE_DONE) {
            std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
            return false;
        }
        sqlite3_reset(caseRow);
        if (c.routed) {
            sqlite3_bind_int64(transfer, 1, i + 1);
            bindText(transfer, 2, c.agency);
            sqlite3_bind_int64(transfer, 3, *c.routed);
            bindOptional(transfer, 4, c.agencyAnswered);
            sqlite3_step(transfer);
            sqlite3_reset(transfer);
        }
    }
    sqlite3_finalize(citizen);
    sqlite3_finalize(caseRow);
    sqlite3_finalize(transfer);
    const bool ok = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    std::printf("created %lld cases in %s in %.1f s\n", static_cast<long long>(n), qPrintable(path),
        timer.elapsed() / 1000.0);
    return ok;
}

} // namespace Desk::Bench
