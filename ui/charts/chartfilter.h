#pragma once

#include "model/ids.h"

#include <QWidget>

class QComboBox;

namespace Waymark {

// What the charts dock shows: all responses, one segment (attribute = value), and optionally
// only the responses about the touchpoints a persona is tagged on. Refilling the choices keeps
// what is chosen where it still exists and does not say changed(); a user's choice does.
class ChartFilter : public QWidget
{
    Q_OBJECT

public:
    explicit ChartFilter(QWidget *parent = nullptr);

    QString attribute() const; // empty: no segment chosen
    QString value() const;     // empty: every value of the attribute
    Id persona() const;        // 0: every response

    void setAttributes(const QStringList &attributes);
    void setValues(const QStringList &values);
    void setPersonas(const QList<std::pair<Id, QString>> &personas);

signals:
    void changed();

private:
    QComboBox *m_attribute;
    QComboBox *m_value;
    QComboBox *m_persona;
};

} // namespace Waymark
