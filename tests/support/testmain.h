// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every test program: what QTEST_MAIN, QTEST_GUILESS_MAIN and QTEST_APPLESS_MAIN
// do, then the process ends the way the desk's and the CLI's do (Desk::Core::endProcess).
//
// Why not Qt's macros: they return from main() into the C runtime's exit, and on Windows the
// process then goes through the DLLs' detach phase. A MinGW build (libwinpthread) can hang there
// for ever when ExitProcess stopped another thread while it held a winpthreads lock (see the
// README, Windows). A test program must test the code the way
// the programs run it, so it ends the same way: every object of the test destroyed, the output
// flushed, then the process ended. Off Windows nothing changes.
#pragma once

#include "core/processend.h"

#include <QtTest>

#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#define DESK_TEST_APPLICATION QApplication
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#define DESK_TEST_APPLICATION QGuiApplication
#else
#define DESK_TEST_APPLICATION QCoreApplication
#endif

namespace Desk::TestSupport {

/** Runs @p TestObject's test functions; the application and the test object are gone when it
 *  returns. */
template<typename TestObject> int runTestObject(int argc, char *argv[])
{
    TestObject test;
    return QTest::qExec(&test, argc, argv);
}

template<typename Application, typename TestObject> int runTestObjectInApp(int argc, char *argv[])
{
    Application app(argc, argv);
    // As QTEST_MAIN: layouts and fonts measured at 96 DPI whatever the screen says.
    app.setAttribute(Qt::AA_Use96Dpi, true);
    return runTestObject<TestObject>(argc, argv);
}

} // namespace Desk::TestSupport

/** A main() that runs TestObject inside an Application object, then ends the process. */
#define DESK_TEST_MAIN_IN(Application, TestObject)                                                 \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        return Desk::Core::endProcess(                                                             \
            Desk::TestSupport::runTestObjectInApp<Application, TestObject>(argc, argv));           \
    }

/** QTEST_MAIN: QApplication, QGuiApplication or QCoreApplication, as the test links. */
#define DESK_TEST_MAIN(TestObject) DESK_TEST_MAIN_IN(DESK_TEST_APPLICATION, TestObject)

/** QTEST_GUILESS_MAIN: a QCoreApplication. */
#define DESK_TEST_GUILESS_MAIN(TestObject) DESK_TEST_MAIN_IN(QCoreApplication, TestObject)

/** QTEST_APPLESS_MAIN: no application object. */
#define DESK_TEST_APPLESS_MAIN(TestObject)                                                         \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        return Desk::Core::endProcess(Desk::TestSupport::runTestObject<TestObject>(argc, argv));   \
    }
