// SPDX-License-Identifier: GPL-3.0-or-later
// Ingest benchmark for the SQLite store (a program, not a test).
//
//   bench_store_ingest [messages=1000000] [dir=.] [batch-conversations=200] [phases=all]
//
// Generates realistic Vietnamese Zalo rows (deterministic; ~165-byte texts, one citizen per
// ~10 messages, so 100,000 conversations at 1M) and measures, each phase in its own child
// process so peak RSS is per phase:
//   store        Store::ingestConversation once per conversation (what sync does: one
//                transaction per citizen);
//   store-batch  the same inside Store::beginBatch/commitBatch every N conversations;
//   raw-bare     sqlite3 C API, one transaction, one prepared INSERT into a bare messages
//                table (same columns, only the message_id UNIQUE index);
//   raw-schema-tx  the same rows, but one transaction per conversation like the store: the
//                floor set by SQLite itself for per-conversation commits.
//   raw-schema   sqlite3 C API, one transaction, the store's full schema (created by Store),
//                inserting the same citizens, cases, messages and one FTS document per case
//                (text folded beforehand, outside the timer).
// Row generation is outside every timer. The store file of the first phase is kept as
// <dir>/bench_store.sqlite for bench_search.
#include "core/casecode.h"
#include "core/textfold.h"
#include "core/vietnamtime.h"
#include "store/connectionspec.h"
#include "store/database.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <random>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Desk;

namespace {

// --- data generator ---------------------------------------------------------------------------

const char *const kGreetings[] = {"Xin chào anh chị", "Chào Trung tâm", "Cho em hỏi",
    "Dạ cho tôi hỏi", "Tôi muốn hỏi", "Kính gửi Trung tâm", "Anh chị ơi", "Em chào anh chị ạ"};
const char *const kTopics[] = {"thủ tục đăng ký khai sinh cho con", "đăng ký kết hôn",
    "trích lục khai sinh bản sao", "xác nhận tình trạng hôn nhân", "đăng ký khai tử cho ông nội",
    "cải chính hộ tịch", "thủ tục ly hôn thuận tình", "cấp giấy chứng nhận quyền sử dụng đất",
    "cấp đổi sổ đỏ bị rách", "chuyển nhượng quyền sử dụng đất", "tách thửa đất ở",
    "đất đai bị tranh chấp ranh giới", "thuế trước bạ nhà đất", "đăng ký hộ kinh doanh",
    "thành lập doanh nghiệp tư nhân", "thay đổi nội dung đăng ký kinh doanh",
    "giấy phép xây dựng nhà ở riêng lẻ", "sửa chữa nhà ở có cần giấy phép không",
    "phiếu lý lịch tư pháp số 2", "hưởng bảo hiểm xã hội một lần", "thẻ bảo hiểm y tế hộ gia đình",
    "chế độ thai sản", "đổi giấy phép lái xe hạng B2", "cấp lại bằng lái xe bị mất",
    "đăng ký thường trú", "đăng ký tạm trú cho người thuê trọ", "cấp căn cước công dân gắn chip",
    "tài khoản định danh điện tử mức 2", "chứng thực bản sao từ bản chính",
    "công chứng hợp đồng mua bán nhà", "trợ cấp cho người cao tuổi", "hộ nghèo năm nay"};
const char *const kComplaints[]
    = {"phản ánh đường bị ngập nước sau mưa", "tiếng ồn quán karaoke khuya",
        "rác thải không được thu gom mấy ngày", "khiếu nại về giá bồi thường giải phóng mặt bằng",
        "đèn đường hư không sáng", "xe tải chở quá tải làm hư đường",
        "hồ sơ bị trễ hẹn trả kết quả", "cán bộ hướng dẫn không rõ ràng"};
const char *const kFillers[] = {"cần những giấy tờ gì", "mất bao lâu thì có kết quả",
    "lệ phí bao nhiêu", "nộp ở đâu", "có làm trực tuyến được không", "trên cổng dịch vụ công",
    "em ở xa không về được", "có thể ủy quyền cho người nhà không", "bản sao có chứng thực",
    "ở phường 5", "xã Tân Thành", "huyện Đầm Dơi", "thành phố Cà Mau", "huyện Năm Căn",
    "xã Khánh Hưng", "tuần trước em đã nộp hồ sơ", "hôm qua có gọi điện nhưng không ai nghe",
    "gấp lắm ạ", "mong được hướng dẫn", "nhận kết quả qua bưu điện được không", "hồ sơ nộp rồi",
    "cho em xin mẫu tờ khai", "thứ bảy có làm việc không", "vì sao hồ sơ bị trả lại",
    "khi nào thì xong", "em cảm ơn nhiều ạ", "trân trọng cảm ơn", "được không ạ"};
const char *const kReplies[]
    = {"Chào anh/chị, Trung tâm Phục vụ hành chính công tỉnh xin trả lời như sau:",
        "Hồ sơ gồm tờ khai theo mẫu, bản sao căn cước công dân và giấy tờ liên quan.",
        "Thời gian giải quyết là 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "Anh/chị có thể nộp trực tuyến trên Cổng dịch vụ công quốc gia.",
        "Lệ phí theo quy định của Hội đồng nhân dân tỉnh.",
        "Anh/chị vui lòng liên hệ bộ phận một cửa cấp xã để được hướng dẫn.", "Trân trọng.",
        "Kết quả được trả qua dịch vụ bưu chính công ích nếu anh/chị có yêu cầu."};
const char *const kSurnames[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ",
    "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Tạ"};
const char *const kMiddles[] = {
    "Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc", "Thị Kim", "Hoàng", "Đức", "Thu", "Bảo"};
const char *const kGiven[]
    = {"An", "Bình", "Châu", "Dũng", "Đào", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng",
        "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Nhung", "Phúc", "Quân",
        "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Uyên", "Vy", "Yến", "Đạt", "Lộc", "Thịnh"};

template<typename T, size_t N> QString pick(std::mt19937_64 &rng, const T (&list)[N])
{
    return QString::fromUtf8(list[rng() % N]);
}

struct Conversation
{
    Core::Citizen citizen;
    QVector<Core::Message> messages;
};

/** Deterministic rows of conversation `index`; `count` messages. */
Conversation makeConversation(int index, int count)
{
    std::mt19937_64 rng(0x5eed0000ULL + quint64(index));
    Conversation conversation;
    Core::Citizen &citizen = conversation.citizen;
    citizen.zaloId
        = QStringLiteral("84%1").arg(rng() % 100000000000000000ULL, 17, 10, QLatin1Char('0'));
    citizen.displayName = pick(rng, kSurnames) + QLatin1Char(' ') + pick(rng, kMiddles)
        + QLatin1Char(' ') + pick(rng, kGiven);
    citizen.avatarUrl
        = QStringLiteral("https://s120-ava-talk.zadn.vn/a/%1.jpg").arg(rng() % 1000000000);

    // Conversations start over two years; messages follow minutes to days apart.
    const qint64 start
        = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone(0)).toMSecsSinceEpoch();
    const qint64 span = 22LL * 30 * 24 * 3600 * 1000;
    qint64 time = start + qint64(rng() % quint64(span));
    for (int i = 0; i < count; ++i) {
        Core::Message m;
        m.messageId = QStringLiteral("%1%2")
                          .arg(rng(), 16, 16, QLatin1Char('0'))
                          .arg(rng(), 16, 16, QLatin1Char('0'));
        m.citizenId = citizen.zaloId;
        m.direction
            = (i == 0 || rng() % 100 >= 35) ? Core::Direction::Inbound : Core::Direction::Outbound;
        time += 60000 + qint64(rng() % (i % 4 == 3 ? 172800000ULL : 3600000ULL));
        m.timeMs = time;
        const int typeRoll = int(rng() % 100);
        if (m.direction == Core::Direction::Inbound && typeRoll < 3) {
            m.type = QStringLiteral("image");
            m.url = QStringLiteral("https://photo-talk.zadn.vn/%1.jpg").arg(rng() % 1000000000);
            m.thumbUrl = m.url + QStringLiteral("?thumb");
        } else if (m.direction == Core::Direction::Inbound && typeRoll < 5) {
            m.type = QStringLiteral("file");
            m.fileName = QStringLiteral("Tờ khai %1.pdf").arg(pick(rng, kTopics));
            m.url = QStringLiteral("https://f.zadn.vn/%1").arg(rng() % 1000000000);
        } else {
            m.type = QStringLiteral("text");
            QStringList words;
            if (m.direction == Core::Direction::Outbound) {
                const int parts = 1 + int(rng() % 3);
                for (int p = 0; p < parts; ++p) {
                    words << pick(rng, kReplies);
                }
            } else {
                if (rng() % 2 == 0) {
                    words << pick(rng, kGreetings);
                }
                words << (rng() % 8 == 0 ? pick(rng, kComplaints) : pick(rng, kTopics));
                const int fillers = 2 + int(rng() % 5);
                for (int f = 0; f < fillers; ++f) {
                    words << pick(rng, kFillers);
                }
                if (rng() % 4 == 0) {
                    words << pick(rng, kTopics);
                }
                const int roll = int(rng() % 1000);
                if (roll < 50) {
                    words << QStringLiteral("mã hồ sơ TV-%1-%2")
                                 .arg(2025 + int(rng() % 2))
                                 .arg(rng() % 60000 + 1, 6, 10, QLatin1Char('0'));
                } else if (roll < 90) {
                    words << QStringLiteral("số điện thoại 09%1")
                                 .arg(rng() % 100000000, 8, 10, QLatin1Char('0'));
                } else if (roll < 91) {
                    words << QStringLiteral("tôi là Nguyễn Thị Thanh Hương");
                }
            }
            QString text = words.join(QLatin1Char(' '));
            if (m.direction == Core::Direction::Inbound && rng() % 10 == 0) {
                text = Core::foldForSearch(text); // ~10 % typed without diacritics
            }
            m.text = text;
        }
        QJsonObject raw {{QStringLiteral("src"), m.direction == Core::Direction::Inbound ? 1 : 0},
            {QStringLiteral("time"), m.timeMs}, {QStringLiteral("type"), m.type},
            {QStringLiteral("message"), m.text}, {QStringLiteral("message_id"), m.messageId},
            {QStringLiteral("from_id"), citizen.zaloId},
            {QStringLiteral("to_id"), QStringLiteral("2512460347021945678")},
            {QStringLiteral("from_display_name"), citizen.displayName},
            {QStringLiteral("from_avatar"), citizen.avatarUrl}};
        if (!m.url.isEmpty()) {
            raw.insert(QStringLiteral("url"), m.url);
        }
        m.rawJson = QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact));
        conversation.messages << m;
    }
    return conversation;
}

/** Messages per conversation (1..19, mean ~10), summing to exactly `total`. */
QVector<int> conversationSizes(qint64 total)
{
    std::mt19937_64 rng(42);
    QVector<int> sizes;
    qint64 sum = 0;
    while (sum < total) {
        const int size = int(std::min<qint64>(1 + qint64(rng() % 19), total - sum));
        sizes << size;
        sum += size;
    }
    return sizes;
}

// --- measurement helpers ----------------------------------------------------------------------

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

qint64 fileBytes(const QString &path)
{
    qint64 bytes = 0;
    for (const char *suffix : {"", "-wal", "-shm"}) {
        bytes += QFileInfo(path + QLatin1String(suffix)).size();
    }
    return bytes;
}

void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

struct PhaseResult
{
    double insertSeconds = 0;
    qint64 messages = 0;
};

/** Runs `phase` in a child process (own QCoreApplication); returns peak RSS in KiB. */
long runChild(const std::function<int()> &phase)
{
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid == 0) {
        const int rc = phase();
        std::fflush(stdout);
        _exit(rc);
    }
    int status = 0;
    struct rusage usage
    {
    };
    wait4(pid, &status, 0, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::printf("  phase failed (status %d)\n", status);
    }
    return usage.ru_maxrss;
}

// --- phases -----------------------------------------------------------------------------------

int phaseGenerate(const QVector<int> &sizes)
{
    QElapsedTimer timer;
    timer.start();
    qint64 messages = 0;
    qint64 textBytes = 0;
    qint64 textRows = 0;
    qint64 rawBytes = 0;
    qint64 foldNs = 0;
    for (int i = 0; i < sizes.size(); ++i) {
        const Conversation c = makeConversation(i, sizes.at(i));
        QElapsedTimer fold;
        fold.start();
        for (const auto &m : c.messages) {
            const QString folded = Core::foldForSearch(m.text);
            Q_UNUSED(folded);
        }
        foldNs += fold.nsecsElapsed();
        for (const auto &m : c.messages) {
            ++messages;
            rawBytes += m.rawJson.toUtf8().size();
            if (!m.text.isEmpty()) {
                textBytes += m.text.toUtf8().size();
                ++textRows;
            }
        }
    }
    std::printf("generate   %lld messages in %d conversations: %.2f s (outside all timers); "
                "text avg %.0f bytes UTF-8 over %lld text rows, raw_json avg %.0f bytes; "
                "foldForSearch of every text %.2f s\n",
        messages, int(sizes.size()), seconds(timer.nsecsElapsed()),
        double(textBytes) / double(std::max<qint64>(textRows, 1)), textRows,
        double(rawBytes) / double(std::max<qint64>(messages, 1)), seconds(foldNs));
    return 0;
}

int phaseStore(
    const QVector<int> &sizes, const QString &path, int batchConversations, const char *label)
{
    int argc = 1;
    char name[] = "bench_store_ingest";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    const bool team = Store::ConnectionSpec::looksLikeUri(path);
    if (!team) {
        removeDb(path);
    }
    Store::Store store;
    QString error;
    if (!store.open(path, &error)) {
        std::printf("%s: cannot open: %s\n", label, qPrintable(error));
        return 1;
    }
    qint64 ns = 0;
    qint64 inserted = 0;
    qint64 opened = 0;
    QElapsedTimer timer;
    for (int i = 0; i < sizes.size(); ++i) {
        Conversation c = makeConversation(i, sizes.at(i));
        timer.start();
        if (batchConversations > 0 && i % batchConversations == 0) {
            if (store.inBatch() && !store.commitBatch()) {
                std::printf("%s: commit failed: %s\n", label, qPrintable(store.lastError()));
                return 1;
            }
            store.beginBatch();
        }
        const auto result = store.ingestConversation(c.citizen, std::move(c.messages));
        ns += timer.nsecsElapsed();
        if (!result.ok) {
            std::printf("%s: ingest failed: %s\n", label, qPrintable(result.error));
            return 1;
        }
        inserted += result.insertedMessages;
        opened += result.openedCases;
        if ((i + 1) % 20000 == 0) {
            std::fprintf(stderr, "  %s: %d conversations, %.1f s\n", label, i + 1, seconds(ns));
        }
    }
    timer.start();
    if (store.inBatch() && !store.commitBatch()) {
        std::printf("%s: commit failed: %s\n", label, qPrintable(store.lastError()));
        return 1;
    }
    ns += timer.nsecsElapsed();
    const qint64 bytes = team
        ? store.database()
              .scalar(QStringLiteral("SELECT pg_database_size(current_database())"), {},
                  QStringLiteral("database size"))
              .toLongLong()
        : fileBytes(path);
    store.close();
    std::printf("%-13s %lld messages, %lld cases: %.2f s = %.0f messages/s; db %.0f MB\n", label,
        inserted, opened, seconds(ns), double(inserted) / seconds(ns), double(bytes) / 1e6);
    if (team) {
        return 0;
    }
    FILE *out = std::fopen(qPrintable(path + QStringLiteral(".seconds")), "w");
    if (out) {
        std::fprintf(out, "%.6f\n", seconds(ns));
        std::fclose(out);
    }
    return 0;
}

bool check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::printf("sqlite error in %s: %s\n", what, sqlite3_errmsg(db));
        return false;
    }
    return true;
}

void bindText(sqlite3_stmt *stmt, int index, const QByteArray &utf8)
{
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

int phaseRaw(const QVector<int> &sizes, const QString &path, bool fullSchema, bool perConversation,
    const char *label)
{
    removeDb(path);
    if (fullSchema) {
        // The store's own schema (v2), created by the store, then closed.
        int argc = 1;
        char name[] = "bench_store_ingest";
        char *argv[] = {name, nullptr};
        QCoreApplication app(argc, argv);
        Store::Store store;
        if (!store.open(path)) {
            return 1;
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(qPrintable(path), &db) != SQLITE_OK) {
        return 1;
    }
    sqlite3_exec(db,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY",
        nullptr, nullptr, nullptr);
    if (!fullSchema) {
        sqlite3_exec(db,
            "CREATE TABLE messages (id INTEGER PRIMARY KEY, message_id TEXT NOT NULL "
            "UNIQUE, citizen_id TEXT NOT NULL, direction TEXT NOT NULL, time_ms INTEGER "
            "NOT NULL, type TEXT NOT NULL, text TEXT NOT NULL, url TEXT NOT NULL, "
            "thumb_url TEXT NOT NULL, file_name TEXT NOT NULL, raw_json TEXT NOT NULL, "
            "case_id INTEGER NOT NULL)",
            nullptr, nullptr, nullptr);
    }
    sqlite3_stmt *message = nullptr;
    sqlite3_stmt *citizen = nullptr;
    sqlite3_stmt *kase = nullptr;
    sqlite3_stmt *fts = nullptr;
    check(sqlite3_prepare_v2(db,
              "INSERT INTO messages(message_id, citizen_id, direction, time_ms, "
              "type, text, url, thumb_url, file_name, raw_json, case_id) "
              "VALUES(?,?,?,?,?,?,?,?,?,?,?)",
              -1, &message, nullptr),
        db, "prepare");
    if (fullSchema) {
        check(sqlite3_prepare_v2(db,
                  "INSERT INTO citizens(zalo_id, display_name, avatar_url, "
                  "search_text) VALUES(?,?,?,?)",
                  -1, &citizen, nullptr),
            db, "prepare");
        check(sqlite3_prepare_v2(db,
                  "INSERT INTO cases(id, code, citizen_id, status, first_line, "
                  "opened_at_ms, last_activity_at_ms, last_inbound_at_ms, "
                  "message_count, unread_count, search_rowid) "
                  "VALUES(?,?,?,'new',?,?,?,?,?,?,?)",
                  -1, &kase, nullptr),
            db, "prepare");
        check(sqlite3_prepare_v2(
                  db, "INSERT INTO case_search(rowid, body) VALUES(?, ?)", -1, &fts, nullptr),
            db, "prepare");
    }
    qint64 ns = 0;
    qint64 rows = 0;
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    ns += timer.nsecsElapsed();
    for (int i = 0; i < sizes.size(); ++i) {
        const Conversation c = makeConversation(i, sizes.at(i));
        const qint64 caseId = i + 1;
        // Everything the rows need, prepared outside the timer (UTF-8, folding, the code).
        struct Row
        {
            QByteArray id, dir, type, text, url, thumb, file, raw, folded;
            qint64 time;
        };
        QVector<Row> prepared;
        for (const auto &m : c.messages) {
            prepared.append({m.messageId.toUtf8(),
                m.direction == Core::Direction::Inbound ? "in" : "out", m.type.toUtf8(),
                m.text.toUtf8(), m.url.toUtf8(), m.thumbUrl.toUtf8(), m.fileName.toUtf8(),
                m.rawJson.toUtf8(),
                Core::foldForSearch(m.text + QLatin1Char(' ') + m.fileName).toUtf8(), m.timeMs});
        }
        const QByteArray citizenId = c.citizen.zaloId.toUtf8();
        const QString citizenText = Core::foldForSearch(c.citizen.displayName);
        const QString code
            = Core::formatCaseCode(Core::vietnamDate(c.messages.first().timeMs).year(), caseId);
        // One search document per case, keyed by last activity (the store's layout).
        QString document = citizenText + QLatin1Char(' ') + Core::foldForSearch(code);
        for (const Row &row : std::as_const(prepared)) {
            document += QLatin1Char('\n') + QString::fromUtf8(row.folded);
        }
        const QByteArray documentUtf8 = document.toUtf8();
        const qint64 searchKey = prepared.last().time * 1024 + caseId % 1024;

        timer.start();
        bool ok = true;
        if (perConversation && i > 0) {
            ok = check(sqlite3_exec(db, "COMMIT; BEGIN", nullptr, nullptr, nullptr), db, "commit");
        }
        if (fullSchema) {
            bindText(citizen, 1, citizenId);
            bindText(citizen, 2, c.citizen.displayName.toUtf8());
            bindText(citizen, 3, c.citizen.avatarUrl.toUtf8());
            bindText(citizen, 4, citizenText.toUtf8());
            ok = ok && check(sqlite3_step(citizen), db, "citizen");
            sqlite3_reset(citizen);
            sqlite3_bind_int64(kase, 1, caseId);
            bindText(kase, 2, code.toUtf8());
            bindText(kase, 3, citizenId);
            bindText(kase, 4, prepared.first().text.left(200));
            sqlite3_bind_int64(kase, 5, prepared.first().time);
            sqlite3_bind_int64(kase, 6, prepared.last().time);
            sqlite3_bind_int64(kase, 7, prepared.last().time);
            sqlite3_bind_int(kase, 8, int(prepared.size()));
            sqlite3_bind_int(kase, 9, int(prepared.size()));
            sqlite3_bind_int64(kase, 10, searchKey);
            ok = ok && check(sqlite3_step(kase), db, "case");
            sqlite3_reset(kase);
        }
        for (const Row &row : std::as_const(prepared)) {
            bindText(message, 1, row.id);
            bindText(message, 2, citizenId);
            bindText(message, 3, row.dir);
            sqlite3_bind_int64(message, 4, row.time);
            bindText(message, 5, row.type);
            bindText(message, 6, row.text);
            bindText(message, 7, row.url);
            bindText(message, 8, row.thumb);
            bindText(message, 9, row.file);
            bindText(message, 10, row.raw);
            sqlite3_bind_int64(message, 11, caseId);
            ok = ok && check(sqlite3_step(message), db, "message");
            sqlite3_reset(message);
            ++rows;
        }
        if (fullSchema) {
            sqlite3_bind_int64(fts, 1, searchKey);
            bindText(fts, 2, documentUtf8);
            ok = ok && check(sqlite3_step(fts), db, "fts");
            sqlite3_reset(fts);
        }
        ns += timer.nsecsElapsed();
        if (!ok) {
            return 1;
        }
    }
    timer.start();
    const bool committed
        = check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    ns += timer.nsecsElapsed();
    for (sqlite3_stmt *stmt : {message, citizen, kase, fts}) {
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    std::printf("%-13s %lld messages: %.2f s = %.0f messages/s; db %.0f MB\n", label, rows,
        seconds(ns), double(rows) / seconds(ns), double(fileBytes(path)) / 1e6);
    FILE *out = std::fopen(qPrintable(path + QStringLiteral(".seconds")), "w");
    if (out) {
        std::fprintf(out, "%.6f\n", seconds(ns));
        std::fclose(out);
    }
    removeDb(path);
    return committed ? 0 : 1;
}

double readSeconds(const QString &path)
{
    QFile file(path + QStringLiteral(".seconds"));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const double value = file.readAll().trimmed().toDouble();
    file.close();
    file.remove();
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(".");
    const int batch = argc > 3 ? QByteArray(argv[3]).toInt() : 200;
    // Optional comma list of phases to run (e.g. "store" under a profiler).
    const QByteArrayList phases = argc > 4 ? QByteArray(argv[4]).split(',') : QByteArrayList {};
    const auto wanted
        = [&](const char *phase) { return phases.isEmpty() || phases.contains(QByteArray(phase)); };
    if (total <= 0 || batch <= 0) {
        std::fprintf(stderr, "usage: bench_store_ingest [messages] [dir] [batch-conversations]\n");
        return 2;
    }
    QDir().mkpath(dir);
    const QVector<int> sizes = conversationSizes(total);
    std::printf("bench_store_ingest: %lld messages, %d conversations (one per citizen), "
                "SQLite %s, batch = %d conversations\n",
        total, int(sizes.size()), sqlite3_libversion(), batch);

    // DESK_BENCH_STORE_URI: the store phases write into that (empty) team database instead.
    const QString teamUri = qEnvironmentVariable("DESK_BENCH_STORE_URI");
    const QString storePath
        = teamUri.isEmpty() ? QDir(dir).filePath(QStringLiteral("bench_store.sqlite")) : teamUri;
    const QString batchPath = teamUri.isEmpty()
        ? QDir(dir).filePath(QStringLiteral("bench_store_batch.sqlite"))
        : teamUri;
    const QString barePath = QDir(dir).filePath(QStringLiteral("bench_raw_bare.sqlite"));
    const QString schemaPath = QDir(dir).filePath(QStringLiteral("bench_raw_schema.sqlite"));

    long rss = 0;
    if (wanted("generate")) {
        rss = runChild([&] { return phaseGenerate(sizes); });
        std::printf("           peak RSS %.0f MB\n", double(rss) / 1024);
    }
    double store = 0;
    if (wanted("store")) {
        rss = runChild([&] { return phaseStore(sizes, storePath, 0, "store"); });
        std::printf("           peak RSS %.0f MB\n", double(rss) / 1024);
        store = readSeconds(storePath);
    }
    double storeBatch = 0;
    if (wanted("store-batch")) {
        rss = runChild([&] { return phaseStore(sizes, batchPath, batch, "store-batch"); });
        std::printf("           peak RSS %.0f MB\n", double(rss) / 1024);
        storeBatch = readSeconds(batchPath);
        removeDb(batchPath);
    }
    double bare = 0;
    if (wanted("raw-bare")) {
        rss = runChild([&] { return phaseRaw(sizes, barePath, false, false, "raw-bare"); });
        std::printf("           peak RSS %.0f MB\n", double(rss) / 1024);
        bare = readSeconds(barePath);
    }
    double schema = 0;
    if (wanted("raw-schema")) {
        rss = runChild([&] { return phaseRaw(sizes, schemaPath, true, false, "raw-schema"); });
        std::printf("           peak RSS %.0f MB\n", double(rss) / 1024);
        schema = readSeconds(schemaPath);
    }
    double schemaTx = 0;
    if (wanted("raw-schema-tx")) {
        rss = runChild([&] { return phaseRaw(sizes, schemaPath, true, true, "raw-schema-tx"); });
        std::printf("           peak RSS %.0f MB\n", double(rss) / 1024);
        schemaTx = readSeconds(schemaPath);
    }

    if (store > 0 && schemaTx > 0) {
        std::printf("  store / raw-schema-tx %.2fx (both one transaction per conversation)\n",
            store / schemaTx);
    }
    if (store > 0 && storeBatch > 0 && bare > 0 && schema > 0) {
        std::printf("ratios (time / raw time; target: store within 3x raw):\n"
                    "  store       / raw-schema %.2fx   store       / raw-bare %.2fx\n"
                    "  store-batch / raw-schema %.2fx   store-batch / raw-bare %.2fx\n",
            store / schema, store / bare, storeBatch / schema, storeBatch / bare);
    }
    std::printf("kept %s for bench_search\n", qPrintable(storePath));
    return 0;
}
