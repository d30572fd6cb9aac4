#pragma once

#include <QDate>
#include <QString>

namespace Waymark {

struct MapInfo {
    QString title;
    QString description;
    // A living map: who keeps it up to date, and when it is next to be reviewed (ISO
    // yyyy-mm-dd, or empty for no review planned).
    QString owner;
    QString reviewDate;

    // Whether the review date has passed by `today` (the day after it, the review is due).
    bool reviewDue(const QDate &today) const
    {
        const QDate date = QDate::fromString(reviewDate, Qt::ISODate);
        return date.isValid() && date < today;
    }

    bool operator==(const MapInfo &) const = default;
};

} // namespace Waymark
