// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/labels.h"

#include "core/ratingscale.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <algorithm>

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

QString translated(const char *text)
{
    return reportText(text);
}

// The language of the reports written on this thread. A trivially destructible value: MinGW's
// thread_local objects with destructors (a QString) corrupted the heap when the export's worker
// thread ended (tst_exportdialog crashed in RtlAllocateHeap under Wine).
thread_local ReportLanguageScope::Language t_language = ReportLanguageScope::Language::Application;

/** The app's Vietnamese translation, loaded once; null when the resource is not linked in.
 *  QTranslator::translate() only reads the loaded file, so worker threads may share it. */
const QTranslator *vietnameseWords()
{
    static const QTranslator *const words = [] {
        auto *translator = new QTranslator;
        if (translator->load(QStringLiteral(":/i18n/advisory-desk_vi.qm"))) {
            return translator;
        }
        delete translator;
        return static_cast<QTranslator *>(nullptr);
    }();
    return words;
}

} // namespace

ReportLanguageScope::ReportLanguageScope(const QString &language)
    : m_previous(t_language)
{
    t_language = language.startsWith(QLatin1String("en"))
        ? ReportLanguageScope::Language::English
        : ReportLanguageScope::Language::Vietnamese;
}

ReportLanguageScope::~ReportLanguageScope()
{
    t_language = m_previous;
}

QString reportLanguage()
{
    switch (t_language) {
    case ReportLanguageScope::Language::English:
        return QStringLiteral("en");
    case ReportLanguageScope::Language::Vietnamese:
        return QStringLiteral("vi");
    case ReportLanguageScope::Language::Application:
        break;
    }
    return QLocale().language() == QLocale::Vietnamese ? QStringLiteral("vi")
                                                       : QStringLiteral("en");
}

QString reportText(const char *source)
{
    if (t_language == ReportLanguageScope::Language::English) {
        return QString::fromUtf8(source);
    }
    if (t_language == ReportLanguageScope::Language::Vietnamese) {
        if (const QTranslator *words = vietnameseWords()) {
            const QString text = words->translate("Desk::Reports", source);
            if (!text.isEmpty()) {
                return text;
            }
        }
    }
    return QCoreApplication::translate("Desk::Reports", source);
}

QLocale reportLocale()
{
    return reportLanguage() == QLatin1String("vi")
        ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
        : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString kindLabel(const QString &kindKey)
{
    if (kindKey.isEmpty()) {
        return translated(QT_TRANSLATE_NOOP("Desk::Reports", "Not classified"));
    }
    for (const KindName &name : kKindNames) {
        if (kindKey == QLatin1String(name.key)) {
            return translated(name.label);
        }
    }
    return kindKey;
}

QString measureLabel(Measure measure)
{
    switch (measure) {
    case Measure::FirstResponse:
        return translated(QT_TRANSLATE_NOOP("Desk::Reports", "First response"));
    case Measure::Routing:
        return translated(QT_TRANSLATE_NOOP("Desk::Reports", "Time to route"));
    case Measure::AgencyTurnaround:
        return translated(QT_TRANSLATE_NOOP("Desk::Reports", "Agency turnaround"));
    case Measure::Resolution:
        return translated(QT_TRANSLATE_NOOP("Desk::Reports", "Resolution"));
    }
    return {};
}

QString yesLabel()
{
    return translated(QT_TRANSLATE_NOOP("Desk::Reports", "Yes"));
}

QString noLabel()
{
    return translated(QT_TRANSLATE_NOOP("Desk::Reports", "No"));
}

QString noShareText()
{
    return QStringLiteral("\u2014");
}

QString shareText(const std::optional<double> &share, int decimals)
{
    // No group separator: a share is at most "100".
    return share ? reportLocale().toString(100.0 * *share, 'f', decimals) + QStringLiteral(" %")
                 : noShareText();
}

QString groupKeyLabel(const QString &key)
{
    return key.isEmpty() ? translated(QT_TRANSLATE_NOOP("Desk::Reports", "(none)")) : key;
}

QString periodTitle(const Core::ReportPeriod &period)
{
    using Length = Core::ReportPeriod::Length;
    static const char *const roman[] = {"I", "II", "III", "IV"};
    switch (period.length()) {
    case Length::Month:
        return translated(QT_TRANSLATE_NOOP("Desk::Reports", "Month %1/%2"))
            .arg(period.index())
            .arg(period.year());
    case Length::Quarter:
        return translated(QT_TRANSLATE_NOOP("Desk::Reports", "Quarter %1/%2"))
            .arg(QLatin1String(roman[std::clamp(period.index(), 1, 4) - 1]))
            .arg(period.year());
    case Length::HalfYear:
        return (period.index() == 1
                ? translated(QT_TRANSLATE_NOOP("Desk::Reports", "First half of %1"))
                : translated(QT_TRANSLATE_NOOP("Desk::Reports", "Second half of %1")))
            .arg(period.year());
    case Length::Year:
        return translated(QT_TRANSLATE_NOOP("Desk::Reports", "Year %1")).arg(period.year());
    }
    return period.key();
}

QString periodLabel(const Core::ReportPeriod &period)
{
    const QString format = QStringLiteral("dd/MM/yyyy");
    return QStringLiteral("%1 (%2 - %3)")
        .arg(periodTitle(period), period.firstDay().toString(format),
            period.lastDay().toString(format));
}

QString ratingLabel(const QString &key)
{
    const auto level = Core::RatingScale::threeLevel().level(key);
    return level ? level->label : key;
}

QString filterLabel(const ReportFilter &filter, const QHash<QString, QString> &agencyNames)
{
    QStringList parts;
    const auto part = [&parts](const char *name, const QString &value) {
        if (!value.isEmpty()) {
            parts << translated(QT_TRANSLATE_NOOP("Desk::Reports", "%1: %2"))
                         .arg(translated(name), value);
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
    return translated(QT_TRANSLATE_NOOP("Desk::Reports", "Summary"));
}

QString listSheetName(int part)
{
    const QString name = translated(QT_TRANSLATE_NOOP("Desk::Reports", "Case list"));
    return part <= 1 ? name : QStringLiteral("%1 (%2)").arg(name).arg(part);
}

} // namespace Desk::Reports
