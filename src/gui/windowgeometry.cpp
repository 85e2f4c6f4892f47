// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/windowgeometry.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QWidget>
#include <algorithm>

namespace Desk::Gui::WindowGeometry {

namespace {

/** The client area that fits inside `available` with the window frame around it. */
QRect clientArea(const QRect &available)
{
    return available.adjusted(kFrameSide, kFrameTop, -kFrameSide, -kFrameSide);
}

QString group(const QString &person)
{
    // One group per person in the profile's settings; a login never holds '/' or '\\'.
    QString key = person.isEmpty() ? QStringLiteral("default") : person;
    key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("layout/") + key;
}

/** Splitters worth remembering: named ones, addressed by their name. */
QList<QSplitter *> namedSplitters(const QWidget *window)
{
    QList<QSplitter *> named;
    const QList<QSplitter *> all = window->findChildren<QSplitter *>();
    for (QSplitter *child : all) {
        if (!child->objectName().isEmpty()) {
            named.append(child);
        }
    }
    return named;
}

/** Column headers by the name of their view (a view names its header rarely). */
QList<QPair<QString, QHeaderView *>> namedHeaders(const QWidget *window)
{
    QList<QPair<QString, QHeaderView *>> named;
    const QList<QHeaderView *> all = window->findChildren<QHeaderView *>();
    for (QHeaderView *header : all) {
        if (header->orientation() != Qt::Horizontal || !header->parentWidget()) {
            continue;
        }
        const QString name = header->parentWidget()->objectName();
        if (!name.isEmpty()) {
            named.append({name, header});
        }
    }
    return named;
}

QList<QRect> availableScreens()
{
    QList<QRect> rects;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens) {
        rects.append(screen->availableGeometry());
    }
    return rects;
}

} // namespace

Placement fitted(const QRect &available)
{
    const QRect area = clientArea(available);
    Placement placement;
    const QSize preferred(kPreferredWidth, kPreferredHeight);
    const QSize size = preferred.boundedTo(area.size());
    placement.rect = QRect(QPoint(0, 0), size);
    placement.rect.moveCenter(area.center());
    // A screen smaller than the desk's design (1366x768, 1920x1080 at 125 %) gets all of it.
    placement.maximised = size != preferred;
    return placement;
}

Placement corrected(
    const Placement &saved, const QList<QRect> &availableScreens, const QRect &fallback)
{
    // The screen that shows most of the saved window, if any shows enough of it.
    QRect home;
    int bestArea = 0;
    for (const QRect &screen : availableScreens) {
        const QRect shown = screen.intersected(saved.rect);
        const int area = shown.width() * shown.height();
        if (shown.width() >= kMinVisible && shown.height() >= kMinVisible && area > bestArea) {
            bestArea = area;
            home = screen;
        }
    }
    if (home.isNull() || !saved.rect.isValid()) {
        Placement first = fitted(fallback);
        first.maximised = first.maximised || saved.maximised;
        return first;
    }
    const QRect area = clientArea(home);
    Placement placement = saved;
    placement.rect.setSize(saved.rect.size().boundedTo(area.size()));
    // Inside the screen entirely: the title bar and the Send button never under a taskbar.
    placement.rect.moveLeft(std::clamp(
        placement.rect.left(), area.left(), area.left() + area.width() - placement.rect.width()));
    placement.rect.moveTop(std::clamp(
        placement.rect.top(), area.top(), area.top() + area.height() - placement.rect.height()));
    return placement;
}

void save(const QWidget *window, const QString &settingsFile, const QString &person)
{
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.beginGroup(group(person));
    settings.setValue(QStringLiteral("geometry"), window->normalGeometry());
    settings.setValue(QStringLiteral("maximised"), window->isMaximized());
    for (QSplitter *splitter : namedSplitters(window)) {
        settings.setValue(
            QStringLiteral("splitter/") + splitter->objectName(), splitter->saveState());
    }
    for (const auto &[name, header] : namedHeaders(window)) {
        settings.setValue(QStringLiteral("header/") + name, header->saveState());
    }
}

bool restore(QWidget *window, const QString &settingsFile, const QString &person)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QRect fallback = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.beginGroup(group(person));
    Placement placement;
    if (settings.contains(QStringLiteral("geometry"))) {
        Placement saved;
        saved.rect = settings.value(QStringLiteral("geometry")).toRect();
        saved.maximised = settings.value(QStringLiteral("maximised")).toBool();
        placement = corrected(saved, availableScreens(), fallback);
    } else {
        placement = fitted(fallback);
    }
    window->setGeometry(placement.rect);
    for (QSplitter *splitter : namedSplitters(window)) {
        const QByteArray state
            = settings.value(QStringLiteral("splitter/") + splitter->objectName()).toByteArray();
        if (!state.isEmpty()) {
            splitter->restoreState(state);
        }
    }
    for (const auto &[name, header] : namedHeaders(window)) {
        const QByteArray state = settings.value(QStringLiteral("header/") + name).toByteArray();
        if (!state.isEmpty()) {
            header->restoreState(state);
        }
    }
    return placement.maximised;
}

} // namespace Desk::Gui::WindowGeometry
