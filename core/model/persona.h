#pragma once

#include "ids.h"

#include <QByteArray>
#include <QColor>
#include <QString>

namespace Waymark {

// An ideal customer profile with its empathy map.
struct Persona {
    static constexpr int MaxAge = 120;

    Id id = 0;
    QString name;
    QString role;
    int age = 0; // 0: not given
    QString gender;
    QString segment;
    QString quote;
    QString goals;       // one per line
    QString needs;       // one per line
    QString pains;       // one per line
    QString motivations; // one per line
    QString says;
    QString thinks;
    QString does;
    QString feels;
    QColor color;     // colour of the persona's emotion curve
    QByteArray photo; // PNG or JPEG bytes, scaled down before storing; empty: none

    bool operator==(const Persona &) const = default;
};

} // namespace Waymark
