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
    // Qt's own strings (standard buttons, file dialogs): the system's qtbase_<lang>.qm when the
    // Qt installation has one, else the project's (Debian's Qt 6.4 has no Vietnamese).
    auto qt = std::make_unique<QTranslator>();
    const QString qtFile = QStringLiteral("qtbase_%1").arg(lang);
    if (qt->load(qtFile, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(qtFile, QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(qt.get());
        s_qtTranslator = std::move(qt);
    }
    return ok;
}

} // namespace Desk
