// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace Desk {

namespace {
std::unique_ptr<QTranslator> s_appTranslator;
std::unique_ptr<QTranslator> s_qtTranslator;
} // namespace

QString normalizedLanguage(const QString &language)
{
    return language.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("vi");
}

bool installTranslations(const QString &language)
{
    const QString lang = normalizedLanguage(language);
    for (auto *old : {&s_appTranslator, &s_qtTranslator}) {
        if (*old) {
            QCoreApplication::removeTranslator(old->get());
            old->reset();
        }
    }
    QLocale::setDefault(
        QLocale(lang == QLatin1String("en") ? QLocale::English : QLocale::Vietnamese,
            lang == QLatin1String("en") ? QLocale::UnitedStates : QLocale::Vietnam));
    auto app = std::make_unique<QTranslator>();
    const bool ok = app->load(QStringLiteral(":/i18n/advisory-desk_%1.qm").arg(lang));
    if (ok) {
        QCoreApplication::installTranslator(app.get());
        s_appTranslator = std::move(app);
    }
    // Qt's own strings (standard buttons, file dialogs).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_qtTranslator = std::move(qt);
    }
    return ok;
}

} // namespace Desk
