// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The profile the inbox benchmarks share: N citizens with 1-4 messages each, built once through
// the store (as sync would) and reused by every later run.

#include "store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <cstdio>
#include <cstdlib>

namespace Desk::Bench {

inline QString inboxProfilePath(int cases)
{
    return QStringLiteral("/tmp/advisory-desk-bench-inbox-%1.sqlite").arg(cases);
}

inline void buildInboxProfile(const QString &path, int cases)
{
    Store::Store store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        std::exit(1);
    }
    const QStringList texts {
        QStringLiteral("Cho tôi hỏi thủ tục đăng ký khai sinh cho con cần giấy tờ gì?"),
        QStringLiteral(
            "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất của tôi đã nộp 20 ngày chưa có kết quả"),
        QStringLiteral("Tôi muốn đăng ký nhận kết quả qua bưu điện về địa chỉ nhà"),
        QStringLiteral("Xin hỏi đổi giấy phép lái xe hết hạn làm ở đâu"),
        QStringLiteral("Phản ánh cán bộ một cửa yêu cầu bổ sung giấy tờ không có trong quy định")};
    QRandomGenerator random(7);
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - 60LL * 24 * 3600 * 1000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < cases; ++i) {
        Core::Citizen citizen;
        citizen.zaloId = QString::number(4000000000000000000LL + i);
        citizen.displayName = QStringLiteral("Công dân số %1").arg(i);
        QVector<Core::Message> messages;
        const int count = 1 + random.bounded(4);
        for (int m = 0; m < count; ++m) {
            Core::Message message;
            message.messageId = QStringLiteral("%1-%2").arg(i).arg(m);
            message.citizenId = citizen.zaloId;
            message.direction = m % 2 ? Core::Direction::Outbound : Core::Direction::Inbound;
            message.timeMs = base + qint64(i) * 50000 + m * 60000;
            message.type = QStringLiteral("text");
            message.text = texts.at(random.bounded(texts.size()));
            messages.append(message);
        }
        store.ingestConversation(citizen, messages);
    }
    std::printf("built %d cases (%lld messages) in %.1f s\n", cases,
        static_cast<long long>(store.messageCount()), timer.elapsed() / 1000.0);
}

} // namespace Desk::Bench
