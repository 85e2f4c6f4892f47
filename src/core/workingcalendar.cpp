// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workingcalendar.h"

#include "core/lunarcalendar.h"
#include "core/vietnamtime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace Desk::Core {

namespace {

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

void setError(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
}

bool parseDates(const QJsonValue &value, const QString &what, QVector<NamedDate> *out,
    QVector<QString> *kinds, QString *error)
{
    if (value.isUndefined()) {
        return true;
    }
    if (!value.isArray()) {
        setError(error, QStringLiteral("%1 must be an array").arg(what));
        return false;
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        const QDate date
            = QDate::fromString(object.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!date.isValid()) {
            setError(error, QStringLiteral("%1: missing or invalid date").arg(what));
            return false;
        }
        out->append({date, object.value(QLatin1String("name")).toString()});
        if (kinds) {
            kinds->append(object.value(QLatin1String("kind")).toString());
        }
    }
    return true;
}

QJsonArray datesToJson(const QVector<NamedDate> &dates, const QString &kind)
{
    QJsonArray array;
    for (const NamedDate &named : dates) {
        QJsonObject object {{QStringLiteral("date"), named.date.toString(Qt::ISODate)},
            {QStringLiteral("name"), named.name}};
        if (!kind.isEmpty()) {
            object.insert(QStringLiteral("kind"), kind);
        }
        array.append(object);
    }
    return array;
}

} // namespace

void WorkingCalendar::setOverrides(int year, const YearOverrides &overrides)
{
    m_overrides.insert(year, overrides);
    m_cache.remove(year);
}

bool WorkingCalendar::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        setError(error,
            parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                         : QStringLiteral("not a JSON object"));
        return false;
    }
    QMap<int, YearOverrides> loaded;
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || !it.value().isObject()) {
            setError(error, QStringLiteral("bad year entry \"%1\"").arg(it.key()));
            return false;
        }
        const QJsonObject object = it.value().toObject();
        YearOverrides overrides;
        const QJsonValue tet = object.value(QLatin1String("tetDaysBefore"));
        if (!tet.isUndefined()) {
            const int before = tet.toInt(-1);
            if (before < 0 || before > kTetDays - 1) {
                setError(error, QStringLiteral("%1: tetDaysBefore out of range").arg(year));
                return false;
            }
            overrides.tetDaysBefore = before;
        }
        const QString adjacent = object.value(QLatin1String("nationalDayAdjacent")).toString();
        if (adjacent == QLatin1String("after")) {
            overrides.nationalDayAfter = true;
        } else if (adjacent == QLatin1String("before")) {
            overrides.nationalDayAfter = false;
        } else if (!adjacent.isEmpty()) {
            setError(
                error, QStringLiteral("%1: nationalDayAdjacent must be before or after").arg(year));
            return false;
        }
        QVector<NamedDate> daysOff;
        QVector<QString> kinds;
        if (!parseDates(object.value(QLatin1String("daysOff")), QStringLiteral("daysOff"), &daysOff,
                &kinds, error)
            || !parseDates(object.value(QLatin1String("workingDays")),
                QStringLiteral("workingDays"), &overrides.workingDays, nullptr, error)) {
            return false;
        }
        for (int i = 0; i < daysOff.size(); ++i) {
            if (kinds.at(i) == QLatin1String("compensatory")) {
                overrides.compensatoryDays.append(daysOff.at(i));
            } else if (kinds.at(i).isEmpty() || kinds.at(i) == QLatin1String("holiday")) {
                overrides.extraDaysOff.append(daysOff.at(i));
            } else {
                setError(
                    error, QStringLiteral("%1: unknown kind \"%2\"").arg(year).arg(kinds.at(i)));
                return false;
            }
        }
        loaded.insert(year, overrides);
    }
    m_overrides = loaded;
    m_cache.clear();
    return true;
}

QByteArray WorkingCalendar::toJson() const
{
    QJsonObject root;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        const YearOverrides &overrides = it.value();
        QJsonObject object;
        if (overrides.tetDaysBefore) {
            object.insert(QStringLiteral("tetDaysBefore"), *overrides.tetDaysBefore);
        }
        if (overrides.nationalDayAfter) {
            object.insert(QStringLiteral("nationalDayAdjacent"),
                *overrides.nationalDayAfter ? QStringLiteral("after") : QStringLiteral("before"));
        }
        QJsonArray daysOff = datesToJson(overrides.extraDaysOff, QStringLiteral("holiday"));
        for (const QJsonValue &value :
            datesToJson(overrides.compensatoryDays, QStringLiteral("compensatory"))) {
            daysOff.append(value);
        }
        if (!daysOff.isEmpty()) {
            object.insert(QStringLiteral("daysOff"), daysOff);
        }
        if (!overrides.workingDays.isEmpty()) {
            object.insert(QStringLiteral("workingDays"), datesToJson(overrides.workingDays, {}));
        }
        root.insert(QString::number(it.key()), object);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool WorkingCalendar::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, file.errorString());
        return false;
    }
    return loadJson(file.readAll(), error);
}

bool WorkingCalendar::saveFile(const QString &path, QString *error) const
{
    // QSaveFile so a crash mid-write never leaves the admin's calendar truncated.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, file.errorString());
        return false;
    }
    file.write(toJson());
    if (!file.commit()) {
        setError(error, file.errorString());
        return false;
    }
    return true;
}

WorkingCalendar::YearData WorkingCalendar::computeYear(int year) const
{
    const YearOverrides overrides = m_overrides.value(year);
    YearData data;
    data.workingDays.reserve(overrides.workingDays.size());
    for (const NamedDate &named : overrides.workingDays) {
        data.workingDays.append(named.date);
    }
    std::sort(data.workingDays.begin(), data.workingDays.end());

    QVector<DayOff> holidays;
    holidays.append({QDate(year, 1, 1), QStringLiteral("Tết Dương lịch"), DayOffKind::Holiday});
    const QDate tet = lunarToSolar({1, 1, year, false});
    const int before = overrides.tetDaysBefore.value_or(kDefaultTetDaysBefore);
    for (int i = 0; i < kTetDays; ++i) {
        const int offset = i - before;
        const QString name = offset < 0
            ? QStringLiteral("Tết Nguyên đán (cuối năm Âm lịch)")
            : QStringLiteral("Tết Nguyên đán (mùng %1)").arg(offset + 1);
        holidays.append({tet.addDays(offset), name, DayOffKind::Holiday});
    }
    holidays.append({lunarToSolar({10, 3, year, false}), QStringLiteral("Giỗ Tổ Hùng Vương"),
        DayOffKind::Holiday});
    holidays.append({QDate(year, 4, 30), QStringLiteral("Ngày Chiến thắng"), DayOffKind::Holiday});
    holidays.append({QDate(year, 5, 1), QStringLiteral("Quốc tế Lao động"), DayOffKind::Holiday});
    holidays.append({QDate(year, 9, 2), QStringLiteral("Quốc khánh"), DayOffKind::Holiday});
    const bool after = overrides.nationalDayAfter.value_or(false);
    holidays.append({QDate(year, 9, after ? 3 : 1), QStringLiteral("Quốc khánh (ngày liền kề)"),
        DayOffKind::Holiday});
    std::stable_sort(holidays.begin(), holidays.end(),
        [](const DayOff &a, const DayOff &b) { return a.date < b.date; });

    auto add = [&data](const DayOff &day) {
        auto it = data.daysOff.find(day.date);
        if (it == data.daysOff.end()) {
            data.daysOff.insert(day.date, day);
        } else if (!it->name.contains(day.name)) {
            // Two holidays on one date (possible for Giỗ Tổ) give one day off, named for both.
            it->name += QStringLiteral("; ") + day.name;
        }
    };
    for (const DayOff &day : holidays) {
        add(day);
    }
    for (const NamedDate &named : overrides.extraDaysOff) {
        add({named.date, named.name, DayOffKind::Holiday});
    }

    if (!overrides.compensatoryDays.isEmpty()) {
        // An official notice lists every nghỉ bù itself; adding automatic ones too would
        // double them.
        for (const NamedDate &named : overrides.compensatoryDays) {
            add({named.date, named.name, DayOffKind::Compensatory});
        }
    } else {
        // Art. 111(3): each statutory holiday on a weekend gives the next working day off.
        // Holidays are taken in date order so consecutive ones push their nghỉ bù onward.
        for (const DayOff &day : holidays) {
            if (!isWeekend(day.date) || data.workingDays.contains(day.date)) {
                continue;
            }
            QDate next = day.date.addDays(1);
            while (isWeekend(next) || data.daysOff.contains(next)) {
                next = next.addDays(1);
            }
            add({next, QStringLiteral("Nghỉ bù %1").arg(day.name), DayOffKind::Compensatory});
        }
    }
    return data;
}

const WorkingCalendar::YearData &WorkingCalendar::yearData(int year) const
{
    auto it = m_cache.find(year);
    if (it == m_cache.end()) {
        it = m_cache.insert(year, computeYear(year));
    }
    return *it;
}

QVector<DayOff> WorkingCalendar::daysOff(int year) const
{
    const YearData &data = yearData(year);
    QVector<DayOff> result;
    for (const DayOff &day : data.daysOff) {
        // A holiday moved onto a make-up Saturday by the notice is a working day after all.
        if (day.date.year() == year && !data.workingDays.contains(day.date)) {
            result.append(day);
        }
    }
    return result;
}

QVector<QDate> WorkingCalendar::makeUpWorkingDays(int year) const
{
    return yearData(year).workingDays;
}

std::optional<DayOff> WorkingCalendar::dayOff(const QDate &date) const
{
    if (!date.isValid()) {
        return std::nullopt;
    }
    const YearData &data = yearData(date.year());
    if (data.workingDays.contains(date)) {
        return std::nullopt;
    }
    const auto it = data.daysOff.constFind(date);
    if (it != data.daysOff.cend()) {
        return *it;
    }
    if (isWeekend(date)) {
        return DayOff {date, QString(), DayOffKind::Weekend};
    }
    return std::nullopt;
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    return date.isValid() && !dayOff(date).has_value();
}

QDateTime WorkingCalendar::deadline(const QDateTime &received, int workingDays) const
{
    const QTimeZone vietnam(kVietnamUtcOffsetSeconds);
    QDate day = received.toTimeZone(vietnam).date();
    if (workingDays <= 0) {
        while (!isWorkingDay(day)) {
            day = day.addDays(1);
        }
    } else {
        // Art. 147: the day of receipt is not counted, so counting starts the next day.
        int counted = 0;
        while (counted < workingDays) {
            day = day.addDays(1);
            if (isWorkingDay(day)) {
                ++counted;
            }
        }
    }
    // Art. 148: the period ends at 24:00 of the last day; the last representable instant of
    // that day keeps the deadline on the right calendar date in the UI.
    return QDateTime(day, QTime(23, 59, 59, 999), vietnam);
}

} // namespace Desk::Core
