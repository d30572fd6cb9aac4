#pragma once

#include "support/testsupport.h"

#include <QTest>

// Checks on a run of the waymark binary that, when they fail, print what the run said.
#define COMPARE_EXIT(run, code) QVERIFY2((run).exitCode == (code), qPrintable(::Waymark::Test::describe(run)))
#define VERIFY_SAYS(text, fragment)                                                                \
    QVERIFY2((text).contains(fragment, Qt::CaseInsensitive),                                       \
             qPrintable(QStringLiteral("no \"%1\" in:\n").arg(fragment) + (text).left(4000)))
