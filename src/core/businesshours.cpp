// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/businesshours.h"

#include "core/jsonfile.h"
#include "core/vietnamtime.h"
#include "core/workingcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

#include <algorithm>

namespace Desk::Core {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kVietnamOffsetMs = qint64(kVietnamUtcOffsetSeconds) * 1000;
const char *const kDayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

void setError(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
}

qint64 floorDiv(qint64 value, qint64 divisor)
{
    qint64 quotient = value / divisor;
    if (value % divisor != 0 && value < 0) {
        --quotient;
    }
    return quotient;
}

/** "07:30" -> 450; "24:00" is allowed as the end of a day. */
int parseMinute(const QString &text)
{
    if (text == QLatin1String("24:00")) {
        return 24 * 60;
    }
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    return time.isValid() ? time.hour() * 60 + time.minute() : -1;
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

bool parseWeek(const QJsonValue &value, const QString &what, WeekHours *week, QString *error)
{
    if (!value.isObject()) {
        setError(error, QStringLiteral("%1 must be an object").arg(what));
        return false;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString dayKey = it.key();
        const auto key = std::find_if(std::begin(kDayKeys), std::end(kDayKeys),
            [&](const char *name) { return dayKey == QLatin1String(name); });
        if (key == std::end(kDayKeys) || !it.value().isArray()) {
            setError(error, QStringLiteral("%1: bad day \"%2\"").arg(what, it.key()));
            return false;
        }
        QVector<TimeRange> ranges;
        int previousEnd = 0;
        for (const QJsonValue &entry : it.value().toArray()) {
            const QJsonArray pair = entry.toArray();
            const int start = parseMinute(pair.at(0).toString());
            const int end = parseMinute(pair.at(1).toString());
            // Sorted, non-overlapping, non-empty ranges keep the overlap sums simple.
            if (pair.size() != 2 || start < previousEnd || end <= start) {
                setError(error,
                    QStringLiteral("%1.%2: ranges must be [\"HH:mm\",\"HH:mm\"], in "
                                   "order and not overlapping")
                        .arg(what, it.key()));
                return false;
            }
            ranges.append({start, end});
            previousEnd = end;
        }
        week->days[std::size_t(key - std::begin(kDayKeys))] = ranges;
    }
    return true;
}

QJsonObject weekToJson(const WeekHours &week)
{
    QJsonObject object;
    for (std::size_t i = 0; i < week.days.size(); ++i) {
        if (week.days[i].isEmpty()) {
            continue;
        }
        QJsonArray ranges;
        for (const TimeRange &range : week.days[i]) {
            ranges.append(QJsonArray {minuteText(range.startMinute), minuteText(range.endMinute)});
        }
        object.insert(QLatin1String(kDayKeys[i]), ranges);
    }
    return object;
}

} // namespace

WeekHours WeekHours::standard()
{
    WeekHours week;
    for (int day = 0; day < 5; ++day) {
        week.days[std::size_t(day)] = {{7 * 60, 11 * 60 + 30}, {13 * 60 + 30, 17 * 60}};
    }
    return week;
}

qint64 WeekHours::millisOfDay(int isoWeekday) const
{
    qint64 total = 0;
    for (const TimeRange &range : day(isoWeekday)) {
        total += (range.endMinute - range.startMinute) * kMinuteMs;
    }
    return total;
}

BusinessHours::BusinessHours()
    : m_default(WeekHours::standard())
{ }

WeekHours BusinessHours::week(const QString &unit) const
{
    return m_units.value(unit, m_default);
}

void BusinessHours::setUnitWeek(const QString &unit, const WeekHours &week)
{
    m_units.insert(unit, week);
}

void BusinessHours::removeUnit(const QString &unit)
{
    m_units.remove(unit);
}

QStringList BusinessHours::units() const
{
    QStringList keys = m_units.keys();
    keys.sort();
    return keys;
}

bool BusinessHours::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        setError(error,
            parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                         : QStringLiteral("not a JSON object"));
        return false;
    }
    const QJsonObject root = document.object();
    WeekHours defaultWeek = WeekHours::standard();
    if (root.contains(QLatin1String("default"))) {
        defaultWeek = WeekHours();
        if (!parseWeek(root.value(QLatin1String("default")), QStringLiteral("default"),
                &defaultWeek, error)) {
            return false;
        }
    }
    QHash<QString, WeekHours> units;
    const QJsonObject unitObject = root.value(QLatin1String("units")).toObject();
    for (auto it = unitObject.begin(); it != unitObject.end(); ++it) {
        WeekHours week;
        if (!parseWeek(it.value(), it.key(), &week, error)) {
            return false;
        }
        units.insert(it.key(), week);
    }
    m_default = defaultWeek;
    m_units = units;
    return true;
}

QByteArray BusinessHours::toJson() const
{
    QJsonObject units;
    for (auto it = m_units.begin(); it != m_units.end(); ++it) {
        units.insert(it.key(), weekToJson(it.value()));
    }
    const QJsonObject root {
        {QStringLiteral("default"), weekToJson(m_default)}, {QStringLiteral("units"), units}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool BusinessHours::loadFile(const QString &path, QString *error)
{
    QByteArray json;
    return readSettingsFile(path, &json, error) && loadJson(json, error);
}

bool BusinessHours::saveFile(const QString &path, QString *error) const
{
    return writeSettingsFile(path, toJson(), error);
}

WorkingTimeMeter::WorkingTimeMeter(const WorkingCalendar &calendar, const WeekHours &week)
    : m_calendar(calendar)
    , m_week(week)
{ }

void WorkingTimeMeter::ensure(qint64 firstDay, qint64 lastDay)
{
    const qint64 end = m_base + qint64(m_days.size());
    if (!m_days.empty() && firstDay >= m_base && lastDay < end) {
        return;
    }
    // Grow by a year on each side so a report over a period rebuilds the table a few times only.
    qint64 from = firstDay - 366;
    qint64 to = lastDay + 366;
    if (!m_days.empty()) {
        from = std::min(from, m_base);
        to = std::max(to, end - 1);
    }
    const QDate epoch(1970, 1, 1);
    m_days.assign(std::size_t(to - from + 1), Day());
    m_base = from;
    qint64 sum = 0;
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        const QDate date = epoch.addDays(from + qint64(i));
        Day &day = m_days[i];
        day.before = sum;
        if (!m_calendar.isWorkingDay(date)) {
            continue;
        }
        int weekday = date.dayOfWeek();
        if (weekday >= Qt::Saturday && m_week.day(weekday).isEmpty()) {
            weekday = Qt::Monday; // a make-up working Saturday replaces a weekday
        }
        day.schedule = qint8(weekday - 1);
        sum += m_week.millisOfDay(weekday);
    }
}

qint64 WorkingTimeMeter::overlap(qint64 day, qint64 fromInDayMs, qint64 toInDayMs) const
{
    const Day &entry = m_days[std::size_t(day - m_base)];
    if (entry.schedule < 0) {
        return 0;
    }
    qint64 total = 0;
    for (const TimeRange &range : m_week.days[std::size_t(entry.schedule)]) {
        const qint64 start = std::max<qint64>(range.startMinute * kMinuteMs, fromInDayMs);
        const qint64 stop = std::min<qint64>(range.endMinute * kMinuteMs, toInDayMs);
        if (stop > start) {
            total += stop - start;
        }
    }
    return total;
}

qint64 WorkingTimeMeter::between(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs) {
        return 0;
    }
    const qint64 fromLocal = fromMs + kVietnamOffsetMs;
    const qint64 toLocal = toMs + kVietnamOffsetMs;
    const qint64 fromDay = floorDiv(fromLocal, kDayMs);
    const qint64 toDay = floorDiv(toLocal, kDayMs);
    ensure(fromDay, toDay);
    const qint64 fromInDay = fromLocal - fromDay * kDayMs;
    const qint64 toInDay = toLocal - toDay * kDayMs;
    if (fromDay == toDay) {
        return overlap(fromDay, fromInDay, toInDay);
    }
    const qint64 whole = m_days[std::size_t(toDay - m_base)].before
        - m_days[std::size_t(fromDay + 1 - m_base)].before;
    return overlap(fromDay, fromInDay, kDayMs) + whole + overlap(toDay, 0, toInDay);
}

qint64 workingMillisBetween(const WorkingCalendar &calendar, const BusinessHours &hours,
    qint64 fromMs, qint64 toMs, const QString &unit)
{
    WorkingTimeMeter meter(calendar, hours.week(unit));
    return meter.between(fromMs, toMs);
}

} // namespace Desk::Core
