#pragma once

#include "ids.h"

#include <QString>

namespace Waymark {

// The business figures of one period, from which churn and customer lifetime value follow.
struct BusinessPeriod {
    Id id = 0;
    QString period; // free label: "2025", "Q3 2026"...
    qint64 customersStart = 0;
    qint64 customersLost = 0;
    double averageOrderValue = 0;
    double purchasesPerYear = 0;
    double expectedYears = 0;

    bool operator==(const BusinessPeriod &) const = default;
};

} // namespace Waymark
