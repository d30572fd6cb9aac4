#pragma once

#include "ids.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Waymark {

// One survey answer set. Unanswered questions are empty optionals.
struct Response {
    static constexpr int MinNps = 0, MaxNps = 10;
    static constexpr int MinCsat = 1, MaxCsat = 5;
    static constexpr int MinCes = 1, MaxCes = 7;

    Id id = 0;
    Id stage = 0;
    Id touchpoint = 0; // 0: the response names no touchpoint
    QString respondent;
    std::optional<int> nps;
    std::optional<int> csat;
    std::optional<int> ces;
    std::optional<bool> fcr;
    std::optional<double> responseMinutes;
    QString submittedAt;
    QList<QPair<QString, QString>> attributes; // segment attributes in column order

    bool operator==(const Response &) const = default;
};

} // namespace Waymark
