#pragma once

#include "support/testsupport.h"

#include <QTest>

// Checks on a run of the waymark binary that, when they fail, print what the run said.
// `run` is evaluated once: it may be the call that runs the binary.
#define COMPARE_EXIT(run, code)                                                                    \
    do {                                                                                           \
        const ::Waymark::Test::Run &run_ = (run);                                                  \
        QVERIFY2(run_.exitCode == (code), qPrintable(::Waymark::Test::describe(run_)));            \
    } while (false)
#define VERIFY_SAYS(text, fragment)                                                                \
    QVERIFY2((text).contains(fragment, Qt::CaseInsensitive),                                       \
             qPrintable(QStringLiteral("no \"%1\" in:\n").arg(fragment) + (text).left(4000)))
