// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/labels.h"

#include <QCoreApplication>
#include <QStringList>

namespace Desk::Reports {

namespace {

struct KindName
{
    const char *key;
    const char *label;
};

const KindName kKindNames[] = {
    {"question", QT_TRANSLATE_NOOP("Desk::Reports", "Question")},
    {"report", QT_TRANSLATE_NOOP("Desk::Reports", "Report")},
    {"petition", QT_TRANSLATE_NOOP("Desk::Reports", "Petition")},
    {"dossier_lookup", QT_TRANSLATE_NOOP("Desk::Reports", "Dossier look-up")},
    {"postal", QT_TRANSLATE_NOOP("Desk::Reports", "Postal delivery")},
    {"rating", QT_TRANSLATE_NOOP("Desk::Reports", "Rating")},
    {"submission_help", QT_TRANSLATE_NOOP("Desk::Reports", "Online submission help")},
    {"complaint", QT_TRANSLATE_NOOP("Desk::Reports", "Complaint or denunciation")},
    {"other", QT_TRANSLATE_NOOP("Desk::Reports", "Other")},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Desk::Reports", text);
}

} // namespace

QString kindLabel(const QString &kindKey)
{
    if (kindKey.isEmpty()) {
        return tr(QT_TRANSLATE_NOOP("Desk::Reports", "Not classified"));
    }
    for (const KindName &name : kKindNames) {
        if (kindKey == QLatin1String(name.key)) {
            return tr(name.label);
        }
    }
    return kindKey;
}

QString measureLabel(Measure measure)
{
    switch (measure) {
    case Measure::FirstResponse:
        return tr(QT_TRANSLATE_NOOP("Desk::Reports", "First response"));
    case Measure::Routing:
        return tr(QT_TRANSLATE_NOOP("Desk::Reports", "Time to route"));
    case Measure::AgencyTurnaround:
        return tr(QT_TRANSLATE_NOOP("Desk::Reports", "Agency turnaround"));
    case Measure::Resolution:
        return tr(QT_TRANSLATE_NOOP("Desk::Reports", "Resolution"));
    }
    return {};
}

QString yesLabel()
{
    return tr(QT_TRANSLATE_NOOP("Desk::Reports", "Yes"));
}

QString noLabel()
{
    return tr(QT_TRANSLATE_NOOP("Desk::Reports", "No"));
}

QString noShareText()
{
    return QStringLiteral("\u2014");
}

QString shareText(const std::optional<double> &share, int decimals)
{
    return share ? QString::number(100.0 * *share, 'f', decimals) + QStringLiteral(" %")
                 : noShareText();
}

QString groupKeyLabel(const QString &key)
{
    return key.isEmpty() ? tr(QT_TRANSLATE_NOOP("Desk::Reports", "(none)")) : key;
}

QString periodLabel(const Core::ReportPeriod &period)
{
    const QString format = QStringLiteral("dd/MM/yyyy");
    return QStringLiteral("%1 (%2 - %3)")
        .arg(period.key(), period.firstDay().toString(format), period.lastDay().toString(format));
}

QString filterLabel(const ReportFilter &filter, const QHash<QString, QString> &agencyNames)
{
    QStringList parts;
    const auto part = [&parts](const char *name, const QString &value) {
        if (!value.isEmpty()) {
            parts << tr(QT_TRANSLATE_NOOP("Desk::Reports", "%1: %2")).arg(tr(name), value);
        }
    };
    part(QT_TRANSLATE_NOOP("Desk::Reports", "Agency"),
        agencyNames.value(filter.agency, filter.agency));
    part(QT_TRANSLATE_NOOP("Desk::Reports", "Staff"), filter.staff);
    part(QT_TRANSLATE_NOOP("Desk::Reports", "Kind"),
        filter.kind.isEmpty() ? QString() : kindLabel(filter.kind));
    part(QT_TRANSLATE_NOOP("Desk::Reports", "Area"), filter.area);
    return parts.join(QStringLiteral("; "));
}

QString summarySheetName()
{
    return tr(QT_TRANSLATE_NOOP("Desk::Reports", "Summary"));
}

QString listSheetName(int part)
{
    const QString name = tr(QT_TRANSLATE_NOOP("Desk::Reports", "Case list"));
    return part <= 1 ? name : QStringLiteral("%1 (%2)").arg(name).arg(part);
}

} // namespace Desk::Reports
