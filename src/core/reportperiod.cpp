// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reportperiod.h"

#include "core/vietnamtime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace Desk::Core {

namespace {

constexpr int kCutoffDay = 15;

qint64 startOfVietnamDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(kVietnamUtcOffsetSeconds)).toMSecsSinceEpoch();
}

} // namespace

int monthsIn(ReportPeriod::Length length)
{
    switch (length) {
    case ReportPeriod::Length::Month:
        return 1;
    case ReportPeriod::Length::Quarter:
        return 3;
    case ReportPeriod::Length::HalfYear:
        return 6;
    case ReportPeriod::Length::Year:
        return 12;
    }
    return 1;
}

ReportPeriod::ReportPeriod(Length length, int year, int index, bool cutoff)
    : m_length(length)
    , m_year(year)
    , m_index(index)
    , m_cutoff(cutoff)
{
    const int months = monthsIn(length);
    const QDate first(year, (index - 1) * months + 1, 1);
    const QDate afterLast = first.addMonths(months);
    if (cutoff) {
        // 15th of the month before the period up to (not including) the 15th of its last month.
        m_first = QDate(first.addMonths(-1).year(), first.addMonths(-1).month(), kCutoffDay);
        m_afterLast
            = QDate(afterLast.addMonths(-1).year(), afterLast.addMonths(-1).month(), kCutoffDay);
    } else {
        m_first = first;
        m_afterLast = afterLast;
    }
    m_startMs = startOfVietnamDay(m_first);
    m_endMs = startOfVietnamDay(m_afterLast);
}

std::optional<ReportPeriod> ReportPeriod::parse(const QString &text, bool cutoff, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(?:(\\d{2})|([QqHh])(\\d)))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const auto fail = [&]() -> std::optional<ReportPeriod> {
        if (error) {
            *error = QStringLiteral("\"%1\" is not a period like 2026-07, 2026-Q3, 2026-H1 or 2026")
                         .arg(text);
        }
        return std::nullopt;
    };
    if (!match.hasMatch()) {
        return fail();
    }
    const int year = match.captured(1).toInt();
    if (year < 1970 || year > 2200) {
        return fail();
    }
    if (!match.captured(2).isEmpty()) {
        const int month = match.captured(2).toInt();
        return month >= 1 && month <= 12
            ? std::optional(ReportPeriod(Length::Month, year, month, cutoff))
            : fail();
    }
    if (!match.captured(3).isEmpty()) {
        const bool quarter
            = match.captured(3).compare(QLatin1String("q"), Qt::CaseInsensitive) == 0;
        const int index = match.captured(4).toInt();
        if (index < 1 || index > (quarter ? 4 : 2)) {
            return fail();
        }
        return ReportPeriod(quarter ? Length::Quarter : Length::HalfYear, year, index, cutoff);
    }
    return ReportPeriod(Length::Year, year, 1, cutoff);
}

ReportPeriod ReportPeriod::containing(Length length, qint64 utcMs, bool cutoff)
{
    QDate date = vietnamDate(utcMs);
    if (cutoff && date.day() >= kCutoffDay) {
        // From the 15th on, a day belongs to the next month's cut-off period.
        date = date.addMonths(1);
    }
    const int months = monthsIn(length);
    return ReportPeriod(length, date.year(), (date.month() - 1) / months + 1, cutoff);
}

QString ReportPeriod::key() const
{
    switch (m_length) {
    case Length::Month:
        return QStringLiteral("%1-%2").arg(m_year).arg(m_index, 2, 10, QLatin1Char('0'));
    case Length::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_year).arg(m_index);
    case Length::HalfYear:
        return QStringLiteral("%1-H%2").arg(m_year).arg(m_index);
    case Length::Year:
        return QString::number(m_year);
    }
    return {};
}

QVector<ReportPeriod> ReportPeriod::buckets(Length length) const
{
    if (monthsIn(length) >= monthsIn(m_length)) {
        return {*this};
    }
    QVector<ReportPeriod> result;
    const int per = monthsIn(length);
    const int firstMonth = (m_index - 1) * monthsIn(m_length) + 1;
    for (int month = firstMonth; month < firstMonth + monthsIn(m_length); month += per) {
        result.append(ReportPeriod(length, m_year, (month - 1) / per + 1, m_cutoff));
    }
    return result;
}

} // namespace Desk::Core
