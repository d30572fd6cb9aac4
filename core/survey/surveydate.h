#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

// Reads the dates survey tools write and gives them as ISO 8601, the one form the map keeps:
// Qualtrics and Typeform "2024-03-05 14:02:11" (in the zone the export names, or UTC), Google
// Forms "2024/03/05 2:02:11 PM GMT+1", SurveyMonkey and Google Sheets "03/05/2024 02:02:11 PM"
// (month first), German Excel "05.03.2024 14:02". A date alone stays a date ("2024-03-05").
class SurveyDate
{
public:
    enum class Order { MonthFirst, DayFirst }; // for "03/05/2024"

    explicit SurveyDate(Order order = Order::MonthFirst, QString zone = {});

    // "Z" (UTC), an IANA zone ("America/Denver") or empty: the zone of times that name none.
    void setZone(const QString &zone);
    void setOrder(Order order) { m_order = order; }

    // The ISO 8601 form of `text`, written to `out`; false when `text` is no date.
    bool toIso(QByteArrayView text, QByteArray &out);
    // Whether `text` is its own ISO 8601 form already (what toIso() would write): the common
    // case of a plain export, which then needs no copy.
    bool isIsoAlready(QByteArrayView text) const;

    // Whether "a/b/yyyy" dates among `values` show their order (a day above 12); nullopt if none do.
    static std::optional<Order> orderShownBy(const QStringList &values);

private:
    QByteArray offsetAt(int year, int month, int day, int hour, int minute);

    Order m_order;
    QString m_zone;
    QHash<qint64, QByteArray> m_offsets; // by local hour, for a named zone
};

} // namespace Waymark
